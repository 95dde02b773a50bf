from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="CalendarDayCorrection")


@_attrs_define
class CalendarDayCorrection:
    """ What a day is, entered or corrected at its own address.

        Attributes:
            working (bool): true for an adjusted working day, false for a holiday
            name (str | Unset):  Default: ''.
     """

    working: bool
    name: str | Unset = ''

    def to_dict(self) -> dict[str, Any]:
        working = self.working

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "working": working,
        })
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        working = d.pop("working")

        name = d.pop("name", UNSET)

        calendar_day_correction = cls(
            working=working,
            name=name,
        )

        return calendar_day_correction
