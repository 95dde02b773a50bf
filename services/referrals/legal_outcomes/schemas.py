"""Request and response bodies of legal outcomes and their responsibility reviews."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.referrals.legal_outcomes.rules import Finding, Outcome, Proceeding, ReviewStatus
from shared.schemas import FROM_STRING, IsoDate, ReadModel, StrictModel


class LegalOutcomeCreate(StrictModel):
    """A reconsideration or lawsuit outcome against a department's act, as LEGAL records it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "proceeding": "reconsideration",
                    "case_number": "深府复〔2026〕118号",
                    "act": "市城管局对某商户作出的罚款5万元的行政处罚决定",
                    "department": "SZ-URBAN-MGMT",
                    "outcome": "revoked",
                    "decided_on": "2026-11-20",
                }
            ]
        }
    )

    proceeding: Annotated[Proceeding, FROM_STRING]
    case_number: str = Field(
        min_length=1, max_length=100, description="案号, unique per proceeding"
    )
    act: str = Field(
        min_length=1, max_length=500, description="The administrative act (具体行政行为)"
    )
    department: str = Field(min_length=1, max_length=40, description="Code of the act's department")
    outcome: Annotated[Outcome, FROM_STRING] = Field(
        description="upheld, changed, revoked; lost (lawsuits only)"
    )
    decided_on: IsoDate = Field(description="Not in the future")


class ReviewFinding(StrictModel):
    """What the responsibility review found: a fault is referred to supervision (R16, R5)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "finding": "fault",
                    "reasons": "执法人员未履行告知程序即作出处罚决定，存在行政过错。",
                }
            ]
        }
    )

    finding: Annotated[Finding, FROM_STRING]
    reasons: str = Field(min_length=1, max_length=4000)


class ReviewRead(ReadModel):
    """A responsibility review (责任追究审查)."""

    id: uuid.UUID
    status: ReviewStatus
    opened_on: date
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    finding: Finding | None
    reasons: str | None
    report_id: uuid.UUID | None = Field(description="The referral report of a fault found")
    closed_by: str | None
    closed_at: datetime | None
    escalated: bool = Field(default=False, description="passed its deadline open: escalated")


class LegalOutcomeRead(ReadModel):
    """A recorded legal outcome and the review it opened (None: the outcome opens none)."""

    id: uuid.UUID
    proceeding: Proceeding
    case_number: str
    act: str
    department: str
    outcome: Outcome
    decided_on: date
    recorded_by: str
    recorded_at: datetime
    review: ReviewRead | None = None


class ReviewDeadlineRun(ReadModel):
    """What one run of the review deadline check did."""

    checked_at: datetime
    review_escalations: int
