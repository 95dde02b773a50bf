from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..models.category import check_category
from ..models.channel import Channel
from ..models.channel import check_channel
from ..models.status import check_status
from ..models.status import Status
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ComplaintSummary")


@_attrs_define
class ComplaintSummary:
    """ A line of a complaint list.

        Attributes:
            id (UUID):
            category (Category): What kind of administrative fault the complaint alleges.
            channel (Channel): How a complaint reached the government.
            target_department (str):
            handling_department (str):
            status (Status): Where a complaint is in its handling.
            escalated (bool):
            received_at (datetime.datetime):
            handle_due (datetime.date):
            handle_due_provisional (bool): the working-day date crosses a year whose holidays nobody entered
     """

    id: UUID
    category: Category
    channel: Channel
    target_department: str
    handling_department: str
    status: Status
    escalated: bool
    received_at: datetime.datetime
    handle_due: datetime.date
    handle_due_provisional: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        category: str = self.category

        channel: str = self.channel

        target_department = self.target_department

        handling_department = self.handling_department

        status: str = self.status

        escalated = self.escalated

        received_at = self.received_at.isoformat()

        handle_due = self.handle_due.isoformat()

        handle_due_provisional = self.handle_due_provisional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "category": category,
            "channel": channel,
            "target_department": target_department,
            "handling_department": handling_department,
            "status": status,
            "escalated": escalated,
            "received_at": received_at,
            "handle_due": handle_due,
            "handle_due_provisional": handle_due_provisional,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        category = check_category(d.pop("category"))

        channel = check_channel(d.pop("channel"))

        target_department = d.pop("target_department")

        handling_department = d.pop("handling_department")

        status = check_status(d.pop("status"))

        escalated = d.pop("escalated")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        handle_due = datetime.date.fromisoformat(d.pop("handle_due"))

        handle_due_provisional = d.pop("handle_due_provisional")

        complaint_summary = cls(
            id=id,
            category=category,
            channel=channel,
            target_department=target_department,
            handling_department=handling_department,
            status=status,
            escalated=escalated,
            received_at=received_at,
            handle_due=handle_due,
            handle_due_provisional=handle_due_provisional,
        )

        complaint_summary.additional_properties = d
        return complaint_summary

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
