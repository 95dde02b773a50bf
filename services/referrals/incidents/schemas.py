"""Request and response bodies of incidents."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.referrals.cases.schemas import Level, Tier
from services.referrals.incidents.rules import (
    ApologyReason,
    Circulator,
    Decider,
    IncidentKind,
    OfficialRole,
    Severity,
)
from services.referrals.sanctions.rules import Sanction
from shared.schemas import FROM_STRING, Instant, IsoDate, ReadModel, StrictModel


class OfficialIn(StrictModel):
    """An official holding one of the roles of art. 13–16."""

    role: Annotated[OfficialRole, FROM_STRING]
    name: str = Field(min_length=1, max_length=100)
    post: str = Field(min_length=1, max_length=100)
    unit: str = Field(min_length=1, max_length=200)


class IncidentCreate(StrictModel):
    """An incident as registered by supervision after the on-site meeting."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "某街道燃气爆炸事故",
                    "kind": "accident",
                    "severity": "large",
                    "district": "SZ-NANSHAN",
                    "occurred_at": "2026-11-20T08:30:00+08:00",
                    "on_site_meeting_at": "2026-11-20T15:00:00+08:00",
                    "department_head_involved": False,
                    "officials": [
                        {
                            "role": "street_principal",
                            "name": "李某",
                            "post": "街道办主任",
                            "unit": "某街道办事处",
                        }
                    ],
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    kind: Annotated[IncidentKind, FROM_STRING] = IncidentKind.ACCIDENT
    severity: Annotated[Severity, FROM_STRING]
    district: str | None = Field(default=None, max_length=40)
    occurred_at: Instant = Field(description="Not in the future")
    on_site_meeting_at: Instant | None = Field(
        default=None,
        description="After the incident, not in the future; an accident's 24 hours start "
        "there (or when it is recorded later, POST /incidents/{id}/on-site-meeting)",
    )
    department_head_involved: bool = False
    officials: list[OfficialIn] = Field(min_length=1, max_length=50)


class OnSiteMeeting(StrictModel):
    """The on-site meeting (现场会) of an accident: the 24 hours of art. 13 start there."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"held_at": "2026-11-20T15:00:00+08:00", "convened_by": "district"}]
        }
    )

    held_at: Instant = Field(description="After the incident, not in the future")
    convened_by: Annotated[Decider, FROM_STRING] = Field(
        description="the level that decides this severity (art. 13–16) convenes it"
    )


class InitialDecisionCreate(StrictModel):
    """The deciding level adopts the table's proposals as its decision (art. 13–16)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"facts": "现场会认定街道监管失职，按规定初步问责。"}]}
    )

    facts: str = Field(min_length=1, max_length=8000)


class DerelictionFinding(StrictModel):
    """The review found a dereliction of duty (R12: the head's public apology follows)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"finding": "安全生产责任制未落实，监管严重失职。"}]}
    )

    finding: str = Field(min_length=1, max_length=4000)


class HeadIn(StrictModel):
    """The head of the responsible department (行政首长)."""

    name: str = Field(min_length=1, max_length=100)
    post: str = Field(min_length=1, max_length=100)
    unit: str = Field(min_length=1, max_length=200)
    level: Annotated[Level, FROM_STRING] = Level.PRINCIPAL
    tier: Annotated[Tier, FROM_STRING] = Tier.DEPARTMENT


class ApologyDecisionCreate(StrictModel):
    """The deciding level orders the responsible head's public apology (R12)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "facts": "未在一个月内向上级作出说明，责令公开道歉。",
                    "head": {
                        "name": "张某",
                        "post": "局长",
                        "unit": "市安全生产监督管理局",
                        "level": "principal",
                        "tier": "department",
                    },
                }
            ]
        }
    )

    facts: str = Field(min_length=1, max_length=8000)
    head: HeadIn


class Conclusion(StrictModel):
    """The day the investigation concluded (the circulation deadline starts)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"concluded_on": "2026-11-27"}]})

    concluded_on: IsoDate = Field(description="After the incident, not in the future")


class Circulation(StrictModel):
    """Who circulated the review's result."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"by": "department"}]})

    by: Annotated[Circulator, FROM_STRING]


class OfficialRead(ReadModel):
    """An official with the initial form the table proposes (None: the table names none)."""

    role: OfficialRole
    name: str
    post: str
    unit: str
    proposed_sanction: Sanction | None


class IncidentRead(ReadModel):
    """An incident, its proposed initial decisions and its review."""

    id: uuid.UUID
    title: str
    kind: IncidentKind
    severity: Severity
    district: str | None
    occurred_at: datetime
    on_site_meeting_at: datetime | None
    decider: Decider
    initial_decision_due: datetime | None
    initial_decision_case: uuid.UUID | None = Field(description="the case of the decision")
    department_head_involved: bool
    circulator: Circulator | None
    explanation_due: date | None
    explanation_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    explained_at: datetime | None
    investigation_concluded_on: date | None
    circulation_due: date | None
    circulated_at: datetime | None
    apology_reason: ApologyReason | None = Field(description="why the apology is proposed (R12)")
    apology_finding: str | None
    apology_proposed_at: datetime | None
    apology_case: uuid.UUID | None = Field(description="the case of the apology decision")
    registered_by: str
    registered_at: datetime
    officials: list[OfficialRead] = Field(default_factory=list)
    escalated: list[str] = Field(default_factory=list)


class IncidentDeadlineRun(ReadModel):
    """What one run of the incident review deadline check did."""

    checked_at: datetime
    incident_escalations: int
