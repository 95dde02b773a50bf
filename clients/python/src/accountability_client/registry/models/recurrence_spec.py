from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recurrence import check_recurrence
from ..models.recurrence import Recurrence
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="RecurrenceSpec")


@_attrs_define
class RecurrenceSpec:
    """ How a task recurs and when each period is due: one of the three due rules.

        Attributes:
            every (Recurrence): How often a duty comes back.
            days_after (int | None | Unset): N calendar days after the period ends
            working_days_after (int | None | Unset): N working days after the period ends
            by_month (int | None | Unset): by the end of the period's k-th month
     """

    every: Recurrence
    days_after: int | None | Unset = UNSET
    working_days_after: int | None | Unset = UNSET
    by_month: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        every: str = self.every

        days_after: int | None | Unset
        if isinstance(self.days_after, Unset):
            days_after = UNSET
        else:
            days_after = self.days_after

        working_days_after: int | None | Unset
        if isinstance(self.working_days_after, Unset):
            working_days_after = UNSET
        else:
            working_days_after = self.working_days_after

        by_month: int | None | Unset
        if isinstance(self.by_month, Unset):
            by_month = UNSET
        else:
            by_month = self.by_month

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "every": every,
        })
        if days_after is not UNSET:
            field_dict["days_after"] = days_after
        if working_days_after is not UNSET:
            field_dict["working_days_after"] = working_days_after
        if by_month is not UNSET:
            field_dict["by_month"] = by_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        every = check_recurrence(d.pop("every"))

        def _parse_days_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_after = _parse_days_after(d.pop("days_after", UNSET))

        def _parse_working_days_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_days_after = _parse_working_days_after(d.pop("working_days_after", UNSET))

        def _parse_by_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        by_month = _parse_by_month(d.pop("by_month", UNSET))

        recurrence_spec = cls(
            every=every,
            days_after=days_after,
            working_days_after=working_days_after,
            by_month=by_month,
        )

        return recurrence_spec
