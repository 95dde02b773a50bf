"""Request and response bodies of white papers."""

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import ConfigDict, Field

from services.registry.white_papers.rules import WhitePaperStatus
from shared.schemas import ReadModel, StrictModel


class WhitePaperCreate(StrictModel):
    """A department's white paper for a year (a new version when one exists)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "year": 2006,
                    "duties": "负责全市财政收支管理……",
                    "goals": "完善部门预算改革……",
                    "schedule": "一季度完成方案，四季度全面推行。",
                }
            ]
        }
    )

    year: int = Field(ge=2000, le=2100)
    duties: str = Field(min_length=1, max_length=8000, description="部门职责")
    goals: str = Field(min_length=1, max_length=8000, description="工作目标")
    schedule: str = Field(min_length=1, max_length=8000, description="进度安排")


class WhitePaperUpdate(StrictModel):
    """Changes to a draft."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"goals": "完善部门预算改革，推进国库集中支付。"}]}
    )

    duties: str | None = Field(default=None, min_length=1, max_length=8000)
    goals: str | None = Field(default=None, min_length=1, max_length=8000)
    schedule: str | None = Field(default=None, min_length=1, max_length=8000)


class PaperTask(ReadModel):
    """A task the white paper publishes."""

    task_id: uuid.UUID
    work_item: str
    content: str
    target: str
    deadline: date


class PaperCompletion(ReadModel):
    """How one of the previous year's tasks ended (R13)."""

    task_id: uuid.UUID
    work_item: str
    content: str
    deadline: date
    completion: str
    progress: int
    finished_on: date | None


class WhitePaperRead(ReadModel):
    """A white paper version."""

    id: uuid.UUID
    department: str
    year: int
    version: int
    status: WhitePaperStatus
    duties: str
    goals: str
    schedule: str
    tasks: list[PaperTask]
    previous_year: list[PaperCompletion]
    previous_year_assessment: dict[str, Any] | None = Field(
        description="the department's scorecard of the previous year's published evaluation "
        "(评估): total, rank, each indicator's score (loop 1)"
    )
    created_at: datetime
    published_at: datetime | None
