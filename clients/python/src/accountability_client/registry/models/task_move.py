from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID


T = TypeVar("T", bound="TaskMove")


@_attrs_define
class TaskMove:
    """ Hangs a task under another parent (cycles are refused).

        Attributes:
            parent_id (UUID):
     """

    parent_id: UUID

    def to_dict(self) -> dict[str, Any]:
        parent_id = str(self.parent_id)

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "parent_id": parent_id,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = UUID(d.pop("parent_id"))

        task_move = cls(
            parent_id=parent_id,
        )

        return task_move
