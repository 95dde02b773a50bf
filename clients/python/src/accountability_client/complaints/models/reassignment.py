from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="Reassignment")


@_attrs_define
class Reassignment:
    """ The handling department is not competent: the complaint moves on, with the reason.

        Attributes:
            to_department (str):
            reason (str):
     """

    to_department: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        to_department = self.to_department

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to_department": to_department,
            "reason": reason,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_department = d.pop("to_department")

        reason = d.pop("reason")

        reassignment = cls(
            to_department=to_department,
            reason=reason,
        )

        return reassignment
