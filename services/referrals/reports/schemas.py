"""Request and response bodies of referral reports."""

import uuid
from datetime import datetime

from pydantic import Field

from services.referrals.reports.rules import ReportKind, ReportPurpose
from shared.schemas import ReadModel, StrictModel


class ReportCreate(StrictModel):
    """A referral report as filed by an agency system."""

    kind: ReportKind
    purpose: ReportPurpose = Field(description="information (R4) or referral of a violation (R5)")
    title: str = Field(min_length=1, max_length=200)
    summary: str = Field(min_length=1, max_length=4000)
    concerned_department: str | None = Field(
        default=None, max_length=40, description="Code of the department the report concerns"
    )


class ReportRead(ReadModel):
    """A filed referral report."""

    id: uuid.UUID
    kind: ReportKind
    purpose: ReportPurpose
    title: str
    summary: str
    filed_by: str
    concerned_department: str | None
    filed_at: datetime
