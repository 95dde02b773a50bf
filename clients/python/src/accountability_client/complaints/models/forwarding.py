from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="Forwarding")


@_attrs_define
class Forwarding:
    """ PETITION forwards a complaint to a department (R10).

        Attributes:
            to_department (str):
            note (None | str | Unset):
     """

    to_department: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to_department = self.to_department

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to_department": to_department,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_department = d.pop("to_department")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        forwarding = cls(
            to_department=to_department,
            note=note,
        )

        return forwarding
