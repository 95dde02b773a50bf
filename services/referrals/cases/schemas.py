"""Request and response bodies of cases and decisions."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import ConfigDict, Field

from services.referrals.cases.rules import CaseSource, CaseStatus
from services.referrals.sanctions.rules import Sanction
from shared.schemas import FROM_STRING, ReadModel, StrictModel


class Level(StrEnum):
    """An official's level."""

    PRINCIPAL = "principal"  # 正职
    DEPUTY_IN_CHARGE = "deputy_in_charge"  # 分管副职


class Tier(StrEnum):
    """Where an official serves."""

    CITY = "city"
    DISTRICT = "district"
    STREET = "street"
    DEPARTMENT = "department"


class MediaLeadCreate(StrictModel):
    """A problem the media reported, taken up by supervision on its own initiative (R9)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "outlet": "深圳特区报",
                    "title": "某街道违规审批占道经营",
                    "summary": "媒体报道某街道办事处违规批准占道经营，群众反映强烈。",
                    "concerned_department": "SZ-URBAN-MGMT",
                }
            ]
        }
    )

    outlet: str = Field(min_length=1, max_length=100)
    title: str = Field(min_length=1, max_length=200)
    summary: str = Field(min_length=1, max_length=4000)
    concerned_department: str | None = Field(default=None, max_length=40)


class Rejection(StrictModel):
    """Why supervision does not accept a case (fed back to the referrer)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "不属于监察机关管辖范围，已告知移送单位。"}]}
    )

    reason: str = Field(min_length=1, max_length=2000)


class Feedback(StrictModel):
    """The feedback letter sent to the referring department."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"note": "已将处理结果反馈移送单位，并抄送人事部门。"}]}
    )

    note: str = Field(min_length=1, max_length=4000)


class PersonIn(StrictModel):
    """An official held accountable and the forms decided for them."""

    name: str = Field(min_length=1, max_length=100)
    post: str = Field(min_length=1, max_length=100)
    unit: str = Field(min_length=1, max_length=200)
    level: Annotated[Level, FROM_STRING]
    tier: Annotated[Tier, FROM_STRING]
    department_head: bool = Field(
        default=False, description="head of a government department: part 2 forms apply"
    )
    sanctions: list[Annotated[Sanction, FROM_STRING]] = Field(min_length=1, max_length=6)


class DecisionCreate(StrictModel):
    """Supervision's decision on a case."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "facts": "该局未按期完成专项资金清理整改，经两次催办仍未办结。",
                    "legal_basis": "《深圳市行政过错责任追究办法》第十条",
                    "serious": False,
                    "persons": [
                        {
                            "name": "王某",
                            "post": "副局长",
                            "unit": "市交通局",
                            "level": "deputy_in_charge",
                            "tier": "department",
                            "department_head": False,
                            "sanctions": ["written_self_criticism", "circulated_criticism"],
                        }
                    ],
                }
            ]
        }
    )

    facts: str = Field(min_length=1, max_length=8000)
    legal_basis: str = Field(min_length=1, max_length=2000)
    serious: bool = Field(description="serious loss or bad influence (001 art. 10)")
    persons: list[PersonIn] = Field(min_length=1, max_length=50)


class PersonRead(ReadModel):
    """An official held accountable."""

    name: str
    post: str
    unit: str
    level: Level
    tier: Tier
    department_head: bool
    sanctions: list[Sanction]


class DecisionRead(ReadModel):
    """A decision with the persons it holds accountable."""

    id: uuid.UUID
    facts: str
    legal_basis: str
    serious: bool
    decided_by: str
    decided_at: datetime
    persons: list[PersonRead]


class CaseRead(ReadModel):
    """A case at supervision."""

    id: uuid.UUID
    source: CaseSource
    source_id: uuid.UUID
    title: str
    summary: str
    referring_department: str | None
    concerned_department: str | None
    status: CaseStatus
    status_changed_at: datetime
    due_date: date | None
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    rejection_reason: str | None
    feedback_note: str | None
    opened_at: datetime
    escalated: list[str] = Field(default_factory=list)
    decision: DecisionRead | None = None


class CaseDeadlineRun(ReadModel):
    """What one run of the case deadline check did."""

    checked_at: datetime
    case_escalations: int


class OverdueRun(ReadModel):
    """What one run of the time-limit check did."""

    checked_at: datetime
    case_escalations: int
    incident_escalations: int = 0
    review_escalations: int = 0
    missing_district_reports: int = 0
