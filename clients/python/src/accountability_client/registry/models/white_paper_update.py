from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="WhitePaperUpdate")


@_attrs_define
class WhitePaperUpdate:
    """ Changes to a draft.

        Attributes:
            duties (None | str | Unset):
            goals (None | str | Unset):
            schedule (None | str | Unset):
     """

    duties: None | str | Unset = UNSET
    goals: None | str | Unset = UNSET
    schedule: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duties: None | str | Unset
        if isinstance(self.duties, Unset):
            duties = UNSET
        else:
            duties = self.duties

        goals: None | str | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        else:
            goals = self.goals

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if duties is not UNSET:
            field_dict["duties"] = duties
        if goals is not UNSET:
            field_dict["goals"] = goals
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_duties(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duties = _parse_duties(d.pop("duties", UNSET))

        def _parse_goals(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goals = _parse_goals(d.pop("goals", UNSET))

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        white_paper_update = cls(
            duties=duties,
            goals=goals,
            schedule=schedule,
        )

        return white_paper_update
