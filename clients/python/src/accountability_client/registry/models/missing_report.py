from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="MissingReport")


@_attrs_define
class MissingReport:
    """ A quarterly report a task's lead unit owes and has not filed (R1).

        Attributes:
            task_id (UUID):
            work_item (str):
            item_no (int | None):
            lead_unit (str):
            year (int):
            quarter (int):
            due (datetime.date):
     """

    task_id: UUID
    work_item: str
    item_no: int | None
    lead_unit: str
    year: int
    quarter: int
    due: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        work_item = self.work_item

        item_no: int | None
        item_no = self.item_no

        lead_unit = self.lead_unit

        year = self.year

        quarter = self.quarter

        due = self.due.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "task_id": task_id,
            "work_item": work_item,
            "item_no": item_no,
            "lead_unit": lead_unit,
            "year": year,
            "quarter": quarter,
            "due": due,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        work_item = d.pop("work_item")

        def _parse_item_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        item_no = _parse_item_no(d.pop("item_no"))

        lead_unit = d.pop("lead_unit")

        year = d.pop("year")

        quarter = d.pop("quarter")

        due = datetime.date.fromisoformat(d.pop("due"))

        missing_report = cls(
            task_id=task_id,
            work_item=work_item,
            item_no=item_no,
            lead_unit=lead_unit,
            year=year,
            quarter=quarter,
            due=due,
        )

        missing_report.additional_properties = d
        return missing_report

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
