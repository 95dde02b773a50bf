"""Request and response bodies of incidents."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.referrals.incidents.rules import Circulator, Decider, OfficialRole, Severity
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
    severity: Annotated[Severity, FROM_STRING]
    district: str | None = Field(default=None, max_length=40)
    occurred_at: Instant = Field(description="Not in the future")
    on_site_meeting_at: Instant = Field(description="After the incident, not in the future")
    department_head_involved: bool = False
    officials: list[OfficialIn] = Field(min_length=1, max_length=50)


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
    severity: Severity
    district: str | None
    occurred_at: datetime
    on_site_meeting_at: datetime
    decider: Decider
    initial_decision_due: datetime
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
    registered_by: str
    registered_at: datetime
    officials: list[OfficialRead] = Field(default_factory=list)
    escalated: list[str] = Field(default_factory=list)


class IncidentDeadlineRun(ReadModel):
    """What one run of the incident review deadline check did."""

    checked_at: datetime
    incident_escalations: int
