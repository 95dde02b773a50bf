"""Request and response bodies of complaints."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints

from services.complaints.complaints.rules import (
    Appraisal,
    Category,
    Channel,
    Outcome,
    Status,
    StepKind,
)
from shared.schemas import FROM_STRING, IsoDate, ReadModel, StrictModel

# Mainland mobile numbers, or landlines with an area code (0755-12345678), optional extension.
PHONE_PATTERN = r"^(\+?86[- ]?)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$"
Department = Annotated[str, StringConstraints(min_length=1, max_length=40)]
Text4000 = Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class ComplainantIn(StrictModel):
    """A named complainant: visible only to the handling department, never in events."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"name": "张三", "phone": "13800138000", "address": "深圳市福田区某街道"}]
        }
    )

    name: str = Field(min_length=1, max_length=100)
    phone: str | None = Field(default=None, max_length=30, pattern=PHONE_PATTERN)
    address: str | None = Field(default=None, min_length=1, max_length=300)


class ComplaintCreate(StrictModel):
    """A complaint from the public web form; leave `complainant` out to stay anonymous."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "target_department": "SZ-URBAN-MGMT",
                    "target_post": "执法队",
                    "category": "delay",
                    "description": "申请占道施工许可已两个月未答复。",
                    "event_date": "2026-09-01",
                }
            ]
        }
    )

    target_department: Department = Field(description="Code of the department complained about")
    target_post: str | None = Field(default=None, min_length=1, max_length=200)
    category: Annotated[Category, FROM_STRING]
    description: Text4000
    event_date: IsoDate = Field(description="When the events happened (not in the future)")
    complainant: ComplainantIn | None = None


class ComplaintEntry(ComplaintCreate):
    """A complaint an officer registers from another channel (hotline, letters and visits...)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "target_department": "SZ-URBAN-MGMT",
                    "category": "inaction",
                    "description": "热线来电反映投诉后无人处理。",
                    "event_date": "2026-09-01",
                    "complainant": {"name": "张三", "phone": "13800138000"},
                    "channel": "mayor_hotline",
                }
            ]
        }
    )

    channel: Annotated[Channel, FROM_STRING]


class ComplaintReceipt(ReadModel):
    """What the complainant keeps: the tracking code and the secret (shown only here)."""

    id: uuid.UUID
    tracking_code: str
    secret: str
    status: Status
    handling_department: str
    received_at: datetime
    acknowledge_due: date
    acknowledge_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    handle_due: date
    handle_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )


class StepRead(ReadModel):
    """An entry of a complaint's history."""

    kind: StepKind
    department: str | None
    officer: str | None
    to_department: str | None
    note: str | None
    at: datetime


class ComplaintRead(ReadModel):
    """A complaint as the departments that may read it see it (without the complainant)."""

    id: uuid.UUID
    tracking_code: str
    channel: Channel
    category: Category
    target_department: str
    target_post: str | None
    description: str
    event_date: date
    anonymous: bool
    first_contact_department: str
    handling_department: str
    forwarded_by: str | None
    feedback_to: str | None
    suggested_scope: str | None = Field(
        default=None, description="the business scope the category falls in (R10)"
    )
    feedback_due: date | None = Field(
        default=None, description="the result owed to the petition office by this day (R10)"
    )
    status: Status
    received_at: datetime
    acknowledge_due: date
    acknowledge_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    handle_due: date
    handle_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    acknowledged_at: datetime | None
    handled_at: datetime | None
    outcome: Outcome | None
    findings: str | None
    legal_basis: str | None
    public_result: str | None
    internal_notes: str | None
    escalated: bool
    appraisal: Appraisal | None
    accountability_result: str | None = Field(
        default=None, description="supervision's result on the case the complaint generated"
    )
    accountability_reported_at: datetime | None = None
    lat: float | None = Field(default=None, description="Where the fault happened (Open311)")
    long: float | None = None
    address_string: str | None = Field(
        default=None, description="The place of the fault, as the complainant wrote it"
    )
    media_url: str | None = Field(default=None, description="A picture of the fault (Open311)")
    steps: list[StepRead] = Field(default_factory=list)


class ComplaintSummary(ReadModel):
    """A line of a complaint list."""

    id: uuid.UUID
    category: Category
    channel: Channel
    target_department: str
    handling_department: str
    status: Status
    escalated: bool
    received_at: datetime
    handle_due: date
    handle_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )


class ComplainantRead(ReadModel):
    """The complainant's identity (each read is logged)."""

    name: str
    phone: str | None
    address: str | None


class IdentityReadRecord(ReadModel):
    """One read of a complainant's identity: who, when and why (the access log)."""

    department: str
    subject: str
    purpose: str | None
    read_at: datetime
