from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="UrgeReferralRead")


@_attrs_define
class UrgeReferralRead:
    """ A task referred to supervision after its second urge notice (R5).

        Attributes:
            id (UUID):
            task_id (UUID):
            notice_id (UUID):
            sequence (int):
            work_item (str):
            lead_unit (str):
            referred_by (str):
            source_event_id (UUID):
            referred_at (datetime.datetime):
     """

    id: UUID
    task_id: UUID
    notice_id: UUID
    sequence: int
    work_item: str
    lead_unit: str
    referred_by: str
    source_event_id: UUID
    referred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        notice_id = str(self.notice_id)

        sequence = self.sequence

        work_item = self.work_item

        lead_unit = self.lead_unit

        referred_by = self.referred_by

        source_event_id = str(self.source_event_id)

        referred_at = self.referred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "task_id": task_id,
            "notice_id": notice_id,
            "sequence": sequence,
            "work_item": work_item,
            "lead_unit": lead_unit,
            "referred_by": referred_by,
            "source_event_id": source_event_id,
            "referred_at": referred_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        notice_id = UUID(d.pop("notice_id"))

        sequence = d.pop("sequence")

        work_item = d.pop("work_item")

        lead_unit = d.pop("lead_unit")

        referred_by = d.pop("referred_by")

        source_event_id = UUID(d.pop("source_event_id"))

        referred_at = datetime.datetime.fromisoformat(d.pop("referred_at"))

        urge_referral_read = cls(
            id=id,
            task_id=task_id,
            notice_id=notice_id,
            sequence=sequence,
            work_item=work_item,
            lead_unit=lead_unit,
            referred_by=referred_by,
            source_event_id=source_event_id,
            referred_at=referred_at,
        )

        urge_referral_read.additional_properties = d
        return urge_referral_read

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
