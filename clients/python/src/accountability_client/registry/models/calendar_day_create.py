from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="CalendarDayCreate")


@_attrs_define
class CalendarDayCreate:
    """ One day against the weekday rule: a weekday holiday or a working weekend day (调休).

        Attributes:
            day (datetime.date):
            working (bool): true for an adjusted working day, false for a holiday
            name (str | Unset):  Default: ''.
     """

    day: datetime.date
    working: bool
    name: str | Unset = ''

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        working = self.working

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "day": day,
            "working": working,
        })
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        working = d.pop("working")

        name = d.pop("name", UNSET)

        calendar_day_create = cls(
            day=day,
            working=working,
            name=name,
        )

        return calendar_day_create
