from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.inbox_item_read_data import InboxItemReadData


T = TypeVar("T", bound="InboxItemRead")


@_attrs_define
class InboxItemRead:
    """ An item in a department's inbox.

        Attributes:
            id (UUID):
            seq (int):
            department (str):
            source_event_id (UUID):
            source_event_type (str):
            source_service (str):
            subject (str):
            title (str):
            sender (None | str):
            rule (str):
            rules (list[str]):
            data (InboxItemReadData):
            created_at (datetime.datetime):
            read_at (datetime.datetime | None):
            requires_ack (bool):
            acknowledged_at (datetime.datetime | None):
            acknowledged_by (None | str):
            reminded_at (datetime.datetime | None):
            escalated_at (datetime.datetime | None):
     """

    id: UUID
    seq: int
    department: str
    source_event_id: UUID
    source_event_type: str
    source_service: str
    subject: str
    title: str
    sender: None | str
    rule: str
    rules: list[str]
    data: InboxItemReadData
    created_at: datetime.datetime
    read_at: datetime.datetime | None
    requires_ack: bool
    acknowledged_at: datetime.datetime | None
    acknowledged_by: None | str
    reminded_at: datetime.datetime | None
    escalated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbox_item_read_data import InboxItemReadData # noqa: PLC0415
        id = str(self.id)

        seq = self.seq

        department = self.department

        source_event_id = str(self.source_event_id)

        source_event_type = self.source_event_type

        source_service = self.source_service

        subject = self.subject

        title = self.title

        sender: None | str
        sender = self.sender

        rule = self.rule

        rules = self.rules

        data = self.data.to_dict()

        created_at = self.created_at.isoformat()

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        requires_ack = self.requires_ack

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: None | str
        acknowledged_by = self.acknowledged_by

        reminded_at: None | str
        if isinstance(self.reminded_at, datetime.datetime):
            reminded_at = self.reminded_at.isoformat()
        else:
            reminded_at = self.reminded_at

        escalated_at: None | str
        if isinstance(self.escalated_at, datetime.datetime):
            escalated_at = self.escalated_at.isoformat()
        else:
            escalated_at = self.escalated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "seq": seq,
            "department": department,
            "source_event_id": source_event_id,
            "source_event_type": source_event_type,
            "source_service": source_service,
            "subject": subject,
            "title": title,
            "sender": sender,
            "rule": rule,
            "rules": rules,
            "data": data,
            "created_at": created_at,
            "read_at": read_at,
            "requires_ack": requires_ack,
            "acknowledged_at": acknowledged_at,
            "acknowledged_by": acknowledged_by,
            "reminded_at": reminded_at,
            "escalated_at": escalated_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbox_item_read_data import InboxItemReadData # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        seq = d.pop("seq")

        department = d.pop("department")

        source_event_id = UUID(d.pop("source_event_id"))

        source_event_type = d.pop("source_event_type")

        source_service = d.pop("source_service")

        subject = d.pop("subject")

        title = d.pop("title")

        def _parse_sender(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender = _parse_sender(d.pop("sender"))

        rule = d.pop("rule")

        rules = cast(list[str], d.pop("rules"))

        data = InboxItemReadData.from_dict(d.pop("data"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        requires_ack = d.pop("requires_ack")

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        def _parse_acknowledged_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acknowledged_by = _parse_acknowledged_by(d.pop("acknowledged_by"))

        def _parse_reminded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reminded_at_type_0 = datetime.datetime.fromisoformat(data)

                return reminded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reminded_at = _parse_reminded_at(d.pop("reminded_at"))

        def _parse_escalated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                escalated_at_type_0 = datetime.datetime.fromisoformat(data)

                return escalated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        escalated_at = _parse_escalated_at(d.pop("escalated_at"))

        inbox_item_read = cls(
            id=id,
            seq=seq,
            department=department,
            source_event_id=source_event_id,
            source_event_type=source_event_type,
            source_service=source_service,
            subject=subject,
            title=title,
            sender=sender,
            rule=rule,
            rules=rules,
            data=data,
            created_at=created_at,
            read_at=read_at,
            requires_ack=requires_ack,
            acknowledged_at=acknowledged_at,
            acknowledged_by=acknowledged_by,
            reminded_at=reminded_at,
            escalated_at=escalated_at,
        )

        inbox_item_read.additional_properties = d
        return inbox_item_read

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
