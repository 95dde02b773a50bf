from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID


T = TypeVar("T", bound="CheckFinding")


@_attrs_define
class CheckFinding:
    """ A finding on one task the checked unit holds.

        Attributes:
            task_id (UUID):
            finding (str):
     """

    task_id: UUID
    finding: str

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        finding = self.finding

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "task_id": task_id,
            "finding": finding,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        finding = d.pop("finding")

        check_finding = cls(
            task_id=task_id,
            finding=finding,
        )

        return check_finding
