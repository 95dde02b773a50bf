"""Request and response bodies of progress reports."""

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field

from services.registry.progress.rules import QuarterState
from shared.schemas import ReadModel, StrictModel


class ProgressReportCreate(StrictModel):
    """A quarterly progress report (季报) on a task."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "year": 2006,
                    "quarter": 1,
                    "percent": 40,
                    "summary": "已完成全市机关工作人员集中学习，正在组织各区培训。",
                }
            ]
        }
    )

    year: int = Field(ge=2000, le=2100)
    quarter: int = Field(ge=1, le=4)
    percent: int = Field(ge=0, le=100, description="How much of the task is done")
    summary: str = Field(min_length=1, max_length=4000)


class ProgressReportRead(ReadModel):
    """A filed progress report."""

    id: uuid.UUID
    task_id: uuid.UUID
    year: int
    quarter: int
    department: str
    percent: int
    summary: str
    reported_on: date
    late: bool
    created_at: datetime


class QuarterRead(ReadModel):
    """The lead unit's report for one quarter: reported, late, missing or not yet due."""

    year: int
    quarter: int
    due: date
    state: QuarterState


class TaskProgressRead(ReadModel):
    """A task's reports and its quarter-by-quarter reporting record."""

    task_id: uuid.UUID
    progress: int
    reports: list[ProgressReportRead]
    quarters: list[QuarterRead]
