from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.status import check_status
from ..models.status import Status
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ComplaintReceipt")


@_attrs_define
class ComplaintReceipt:
    """ What the complainant keeps: the tracking code and the secret (shown only here).

        Attributes:
            id (UUID):
            tracking_code (str):
            secret (str):
            status (Status): Where a complaint is in its handling.
            handling_department (str):
            received_at (datetime.datetime):
            acknowledge_due (datetime.date):
            acknowledge_due_provisional (bool): the working-day date crosses a year whose holidays nobody entered
            handle_due (datetime.date):
            handle_due_provisional (bool): the working-day date crosses a year whose holidays nobody entered
     """

    id: UUID
    tracking_code: str
    secret: str
    status: Status
    handling_department: str
    received_at: datetime.datetime
    acknowledge_due: datetime.date
    acknowledge_due_provisional: bool
    handle_due: datetime.date
    handle_due_provisional: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        tracking_code = self.tracking_code

        secret = self.secret

        status: str = self.status

        handling_department = self.handling_department

        received_at = self.received_at.isoformat()

        acknowledge_due = self.acknowledge_due.isoformat()

        acknowledge_due_provisional = self.acknowledge_due_provisional

        handle_due = self.handle_due.isoformat()

        handle_due_provisional = self.handle_due_provisional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "tracking_code": tracking_code,
            "secret": secret,
            "status": status,
            "handling_department": handling_department,
            "received_at": received_at,
            "acknowledge_due": acknowledge_due,
            "acknowledge_due_provisional": acknowledge_due_provisional,
            "handle_due": handle_due,
            "handle_due_provisional": handle_due_provisional,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        tracking_code = d.pop("tracking_code")

        secret = d.pop("secret")

        status = check_status(d.pop("status"))

        handling_department = d.pop("handling_department")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        acknowledge_due = datetime.date.fromisoformat(d.pop("acknowledge_due"))

        acknowledge_due_provisional = d.pop("acknowledge_due_provisional")

        handle_due = datetime.date.fromisoformat(d.pop("handle_due"))

        handle_due_provisional = d.pop("handle_due_provisional")

        complaint_receipt = cls(
            id=id,
            tracking_code=tracking_code,
            secret=secret,
            status=status,
            handling_department=handling_department,
            received_at=received_at,
            acknowledge_due=acknowledge_due,
            acknowledge_due_provisional=acknowledge_due_provisional,
            handle_due=handle_due,
            handle_due_provisional=handle_due_provisional,
        )

        complaint_receipt.additional_properties = d
        return complaint_receipt

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
