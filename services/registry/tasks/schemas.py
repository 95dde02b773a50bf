"""Request and response bodies of tasks."""

import uuid
from datetime import date, datetime

from pydantic import Field

from services.registry.tasks.rules import TaskAction, TaskSource, TaskStatus
from shared.pagination import Page
from shared.schemas import ReadModel, StrictModel


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
    deadline: date | None = Field(default=None, description="A date, or give deadline_working_days")
    deadline_working_days: int | None = Field(
        default=None, ge=1, le=3650, description="N working days after assignment (PRC calendar)"
    )


class TaskCreate(_Assignment):
    """A top-level task assigned by the government office."""

    source: TaskSource


class SubtaskCreate(_Assignment):
    """A sub-task the lead unit decomposes its task into (R3); it inherits the source."""


class TaskTransition(StrictModel):
    """An action on a task's lifecycle; cancelling needs a reason."""

    action: TaskAction = Field(description="start, complete or cancel")
    reason: str | None = Field(default=None, min_length=1, max_length=2000)


class TaskMove(StrictModel):
    """Hangs a task under another parent (cycles are refused)."""

    parent_id: uuid.UUID


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


TaskPage = Page[TaskRead]


class OverdueRun(ReadModel):
    """What one run of the overdue job did."""

    today: date
    marked_overdue: int
