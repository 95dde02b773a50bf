from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ProgressReportRead")


@_attrs_define
class ProgressReportRead:
    """ A filed progress report.

        Attributes:
            id (UUID):
            task_id (UUID):
            year (int):
            quarter (int):
            department (str):
            percent (int):
            summary (str):
            reported_on (datetime.date):
            late (bool):
            created_at (datetime.datetime):
     """

    id: UUID
    task_id: UUID
    year: int
    quarter: int
    department: str
    percent: int
    summary: str
    reported_on: datetime.date
    late: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        year = self.year

        quarter = self.quarter

        department = self.department

        percent = self.percent

        summary = self.summary

        reported_on = self.reported_on.isoformat()

        late = self.late

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "task_id": task_id,
            "year": year,
            "quarter": quarter,
            "department": department,
            "percent": percent,
            "summary": summary,
            "reported_on": reported_on,
            "late": late,
            "created_at": created_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        year = d.pop("year")

        quarter = d.pop("quarter")

        department = d.pop("department")

        percent = d.pop("percent")

        summary = d.pop("summary")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        late = d.pop("late")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        progress_report_read = cls(
            id=id,
            task_id=task_id,
            year=year,
            quarter=quarter,
            department=department,
            percent=percent,
            summary=summary,
            reported_on=reported_on,
            late=late,
            created_at=created_at,
        )

        progress_report_read.additional_properties = d
        return progress_report_read

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
