from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.calendar_day_create import CalendarDayCreate


T = TypeVar("T", bound="CalendarUpdate")


@_attrs_define
class CalendarUpdate:
    """ Days to add or replace, and years to declare fully entered.

        Attributes:
            days (list[CalendarDayCreate] | Unset):
            years (list[int] | Unset):
     """

    days: list[CalendarDayCreate] | Unset = UNSET
    years: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_day_create import CalendarDayCreate # noqa: PLC0415
        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        years: list[int] | Unset = UNSET
        if not isinstance(self.years, Unset):
            years = self.years

        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if days is not UNSET:
            field_dict["days"] = days
        if years is not UNSET:
            field_dict["years"] = years

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_day_create import CalendarDayCreate # noqa: PLC0415
        d = dict(src_dict)
        _days = d.pop("days", UNSET)
        days: list[CalendarDayCreate] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = CalendarDayCreate.from_dict(days_item_data)

                days.append(days_item)

        years = cast(list[int], d.pop("years", UNSET))

        calendar_update = cls(
            days=days,
            years=years,
        )

        return calendar_update
