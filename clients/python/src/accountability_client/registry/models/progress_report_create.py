from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="ProgressReportCreate")


@_attrs_define
class ProgressReportCreate:
    """ A quarterly progress report (季报) on a task.

        Attributes:
            year (int):
            quarter (int):
            percent (int): How much of the task is done
            summary (str):
     """

    year: int
    quarter: int
    percent: int
    summary: str

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        quarter = self.quarter

        percent = self.percent

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
            "quarter": quarter,
            "percent": percent,
            "summary": summary,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        percent = d.pop("percent")

        summary = d.pop("summary")

        progress_report_create = cls(
            year=year,
            quarter=quarter,
            percent=percent,
            summary=summary,
        )

        return progress_report_create
