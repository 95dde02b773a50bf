from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="DistrictReportRead")


@_attrs_define
class DistrictReportRead:
    """ A filed district report.

        Attributes:
            id (UUID):
            district (str):
            year (int):
            half (int):
            filed_by (str):
            summary (str):
            cases (int):
            decisions (int):
            sanctioned_persons (int):
            filed_at (datetime.datetime):
     """

    id: UUID
    district: str
    year: int
    half: int
    filed_by: str
    summary: str
    cases: int
    decisions: int
    sanctioned_persons: int
    filed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        district = self.district

        year = self.year

        half = self.half

        filed_by = self.filed_by

        summary = self.summary

        cases = self.cases

        decisions = self.decisions

        sanctioned_persons = self.sanctioned_persons

        filed_at = self.filed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "district": district,
            "year": year,
            "half": half,
            "filed_by": filed_by,
            "summary": summary,
            "cases": cases,
            "decisions": decisions,
            "sanctioned_persons": sanctioned_persons,
            "filed_at": filed_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        district = d.pop("district")

        year = d.pop("year")

        half = d.pop("half")

        filed_by = d.pop("filed_by")

        summary = d.pop("summary")

        cases = d.pop("cases")

        decisions = d.pop("decisions")

        sanctioned_persons = d.pop("sanctioned_persons")

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        district_report_read = cls(
            id=id,
            district=district,
            year=year,
            half=half,
            filed_by=filed_by,
            summary=summary,
            cases=cases,
            decisions=decisions,
            sanctioned_persons=sanctioned_persons,
            filed_at=filed_at,
        )

        district_report_read.additional_properties = d
        return district_report_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
