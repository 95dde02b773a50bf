"""Request and response bodies of inboxes, and the items a delivery adds."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.schemas import ReadModel, StrictModel


class InboxItemRead(ReadModel):
    """An item in a department's inbox."""

    id: uuid.UUID
    seq: int
    department: str
    source_event_id: uuid.UUID
    source_event_type: str
    source_service: str
    subject: str
    title: str
    sender: str | None
    rule: str
    rules: list[str]
    data: dict[str, Any]
    created_at: datetime
    read_at: datetime | None
    requires_ack: bool
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    reminded_at: datetime | None
    escalated_at: datetime | None


class UnreadCount(ReadModel):
    """How many items of an inbox are unread."""

    department: str
    unread: int


class Acknowledgement(StrictModel):
    """Receipt (签收) of an item by a named officer of the department."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"officer_name": "李四"}]})

    officer_name: str = Field(min_length=1, max_length=100)


class TimerRun(BaseModel):
    """What one run of the acknowledgement timers produced."""

    checked: int
    reminders: int
    escalations: int


@dataclass(frozen=True)
class NewItem:
    """An item to deliver: one event for one department, with the rules that reach it."""

    department: str
    rules: tuple[str, ...]
    source_event_id: uuid.UUID
    source_event_type: str
    source_service: str
    subject: str
    title: str
    sender: str | None
    data: dict[str, Any]  # the event's data, as published
    requires_ack: bool

    @property
    def rule(self) -> str:
        """Gets the rule the item records: the first one that reached the department."""
        return self.rules[0]


@dataclass(frozen=True)
class DeliveredItem:
    """An item a delivery added (its event had not reached the department yet)."""

    item_id: uuid.UUID
    item: NewItem

    def as_json(self) -> dict[str, Any]:
        """Gets the item as agency systems receive it in a webhook's `data`."""
        item = self.item
        return {
            "item_id": str(self.item_id),
            "rule": item.rule,
            "rules": list(item.rules),
            "department": item.department,
            "source_event_id": str(item.source_event_id),
            "source_event_type": item.source_event_type,
            "source_service": item.source_service,
            "subject": item.subject,
            "title": item.title,
            "sender": item.sender,
            "data": item.data,
            "requires_ack": item.requires_ack,
        }
