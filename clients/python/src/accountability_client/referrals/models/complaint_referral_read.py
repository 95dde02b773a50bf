from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ComplaintReferralRead")


@_attrs_define
class ComplaintReferralRead:
    """ A complaint referred to supervision.

        Attributes:
            id (UUID):
            complaint_id (UUID):
            trigger (str):
            category (str):
            concerned_department (str):
            due_date (datetime.date | None):
            opened_at (datetime.datetime):
     """

    id: UUID
    complaint_id: UUID
    trigger: str
    category: str
    concerned_department: str
    due_date: datetime.date | None
    opened_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        complaint_id = str(self.complaint_id)

        trigger = self.trigger

        category = self.category

        concerned_department = self.concerned_department

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        opened_at = self.opened_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "complaint_id": complaint_id,
            "trigger": trigger,
            "category": category,
            "concerned_department": concerned_department,
            "due_date": due_date,
            "opened_at": opened_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        complaint_id = UUID(d.pop("complaint_id"))

        trigger = d.pop("trigger")

        category = d.pop("category")

        concerned_department = d.pop("concerned_department")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        complaint_referral_read = cls(
            id=id,
            complaint_id=complaint_id,
            trigger=trigger,
            category=category,
            concerned_department=concerned_department,
            due_date=due_date,
            opened_at=opened_at,
        )

        complaint_referral_read.additional_properties = d
        return complaint_referral_read

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
