"""Request and response bodies of referral reports."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.referrals.reports.rules import ReportKind, ReportPurpose
from shared.schemas import FROM_STRING, ReadModel, StrictModel


class ReportCreate(StrictModel):
    """A referral report as filed by an agency system."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "audit_result_report",
                    "purpose": "referral",
                    "title": "关于某局专项资金使用情况的审计结果报告",
                    "summary": "审计发现专项资金被挪用，涉嫌违纪，移送监察机关处理。",
                    "concerned_department": "SZ-TRANSPORT",
                }
            ]
        }
    )

    kind: Annotated[ReportKind, FROM_STRING]
    purpose: Annotated[ReportPurpose, FROM_STRING] = Field(
        description="information (R4) or referral of a violation (R5)"
    )
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
