from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="WhitePaperCreate")


@_attrs_define
class WhitePaperCreate:
    """ A department's white paper for a year (a new version when one exists).

        Attributes:
            year (int):
            duties (str): 部门职责
            goals (str): 工作目标
            schedule (str): 进度安排
     """

    year: int
    duties: str
    goals: str
    schedule: str

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        duties = self.duties

        goals = self.goals

        schedule = self.schedule

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
            "duties": duties,
            "goals": goals,
            "schedule": schedule,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        duties = d.pop("duties")

        goals = d.pop("goals")

        schedule = d.pop("schedule")

        white_paper_create = cls(
            year=year,
            duties=duties,
            goals=goals,
            schedule=schedule,
        )

        return white_paper_create
