from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="DistrictReportCreate")


@_attrs_define
class DistrictReportCreate:
    """ A district's half-year report, as its supervision body files it.

        Attributes:
            year (int):
            half (int):
            summary (str):
            cases (int):
            decisions (int):
            sanctioned_persons (int):
     """

    year: int
    half: int
    summary: str
    cases: int
    decisions: int
    sanctioned_persons: int

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        half = self.half

        summary = self.summary

        cases = self.cases

        decisions = self.decisions

        sanctioned_persons = self.sanctioned_persons

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
            "half": half,
            "summary": summary,
            "cases": cases,
            "decisions": decisions,
            "sanctioned_persons": sanctioned_persons,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        half = d.pop("half")

        summary = d.pop("summary")

        cases = d.pop("cases")

        decisions = d.pop("decisions")

        sanctioned_persons = d.pop("sanctioned_persons")

        district_report_create = cls(
            year=year,
            half=half,
            summary=summary,
            cases=cases,
            decisions=decisions,
            sanctioned_persons=sanctioned_persons,
        )

        return district_report_create
