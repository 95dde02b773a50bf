"""Request and response bodies of tasks."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.registry.tasks.rules import TaskAction, TaskSource, TaskStatus
from shared.pagination import Page
from shared.schemas import FROM_STRING, IsoDate, ReadModel, StrictModel


class _Assignment(StrictModel):
    """What every assignment names: the work, its target, who holds it and by when."""

    work_item: str = Field(min_length=1, max_length=200, description="工作项目")
    content: str = Field(min_length=1, max_length=4000, description="主要内容")
    target: str = Field(min_length=1, max_length=4000, description="目标进度要求")
    lead_unit: str = Field(min_length=1, max_length=40, description="Lead unit code (牵头单位)")
    co_units: list[str] = Field(
        default_factory=list, max_length=60, description="Co-responsible unit codes (协办单位)"
    )
    post: str | None = Field(default=None, max_length=100, description="Post (岗位), R3")
    deadline: IsoDate | None = Field(
        default=None, description="A date, or give deadline_working_days"
    )
    deadline_working_days: int | None = Field(
        default=None, ge=1, le=3650, description="N working days after assignment (PRC calendar)"
    )


class TaskCreate(_Assignment):
    """A top-level task assigned by the government office."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "work_item": "印发“1＋6”文件小册子",
                    "content": "把“1＋6”文件印发到每一位机关工作人员",
                    "target": "市、区行政机关工作人员人手一册。2005年12月底前完成。",
                    "lead_unit": "SZ-SUPERVISION",
                    "co_units": ["SZ-PERSONNEL"],
                    "deadline": "2006-12-31",
                    "source": "responsibility_table",
                }
            ]
        }
    )

    source: Annotated[TaskSource, FROM_STRING]


class SubtaskCreate(_Assignment):
    """A sub-task the lead unit decomposes its task into (R3); it inherits the source."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "work_item": "区级印发",
                    "content": "向区属行政机关印发小册子",
                    "target": "区行政机关工作人员人手一册",
                    "lead_unit": "SZ-FUTIAN",
                    "post": "办公室主任",
                    "deadline_working_days": 20,
                }
            ]
        }
    )


class TaskTransition(StrictModel):
    """An action on a task's lifecycle; cancelling needs a reason."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"action": "cancel", "reason": "市政府常务会议决定撤销该项工作"}]
        }
    )

    action: Annotated[TaskAction, FROM_STRING] = Field(description="start, complete or cancel")
    reason: str | None = Field(default=None, min_length=1, max_length=2000)


class TaskMove(StrictModel):
    """Hangs a task under another parent (cycles are refused)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"parent_id": "0b7e4f6a-3c1d-4b8e-9f2a-5d6c7e8f9a0b"}]}
    )

    parent_id: Annotated[uuid.UUID, FROM_STRING]


class TaskRead(ReadModel):
    """A task."""

    id: uuid.UUID
    parent_id: uuid.UUID | None
    group_no: int | None
    group_title: str | None
    item_no: int | None
    work_item: str
    content: str
    target: str
    source: TaskSource
    lead_unit: str
    co_units: list[str]
    post: str | None
    responsible_text: str | None
    status: TaskStatus
    assigned_on: date
    deadline: date
    deadline_working_days: int | None
    deadline_provisional: bool
    assigned_by: str
    progress: int
    urge_count: int
    cancel_reason: str | None
    finished_on: date | None
    created_at: datetime
    answers_to_assessment: int | None = Field(
        default=None,
        description="the year of the evaluation (评估) the task answers to: its rectification's, "
        "else the lead unit's published evaluation of the year before (loop 1)",
    )


TaskPage = Page[TaskRead]


class OverdueRun(ReadModel):
    """What one run of the overdue job did."""

    today: date
    marked_overdue: int
