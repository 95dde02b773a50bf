"""Request and response bodies of the half-year checks and missing reports (R1)."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from shared.schemas import FROM_STRING, ReadModel, StrictModel


class CheckFinding(StrictModel):
    """A finding on one task the checked unit holds."""

    task_id: Annotated[uuid.UUID, FROM_STRING]
    finding: str = Field(min_length=1, max_length=2000)


class ProgressCheckCreate(StrictModel):
    """A check of one unit's reported progress for a half year (R1)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "year": 2006,
                    "half": 1,
                    "department": "SZ-ENVIRONMENT",
                    "summary": "上半年季报按时报送，一项任务进度滞后",
                    "findings": [
                        {
                            "task_id": "0b7e4f6a-3c1d-4b8e-9f2a-5d6c7e8f9a0b",
                            "finding": "二季度进度未达目标",
                        }
                    ],
                }
            ]
        }
    )

    year: int = Field(ge=2000, le=2100)
    half: int = Field(ge=1, le=2, description="1: January–June, 2: July–December")
    department: str = Field(min_length=1, max_length=40, description="the unit checked")
    summary: str | None = Field(default=None, min_length=1, max_length=4000)
    findings: list[CheckFinding] = Field(default_factory=list, max_length=200)


class FindingRead(ReadModel):
    """A finding as recorded, with the task's work item."""

    task_id: uuid.UUID
    work_item: str
    finding: str


class ProgressCheckRead(ReadModel):
    """A recorded half-year check."""

    id: uuid.UUID
    year: int
    half: int
    department: str
    checked_by: str
    summary: str | None
    findings: list[FindingRead]
    reporting: dict[str, int] = Field(
        description="the unit's quarter reports in the half year by state, as checked"
    )
    created_at: datetime


class MissingReport(ReadModel):
    """A quarterly report a task's lead unit owes and has not filed (R1)."""

    task_id: uuid.UUID
    work_item: str
    item_no: int | None
    lead_unit: str
    year: int
    quarter: int
    due: date
