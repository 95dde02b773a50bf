"""Events the registry publishes, and its topics."""

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from shared.calendar_copy import (
    CALENDAR_TOPIC,
    DAY_REMOVED,
    DAY_SET,
    YEAR_DECLARED,
    YEAR_WITHDRAWN,
)
from shared.directory import DEPARTMENTS_TOPIC
from shared.events import EventPayload
from shared.kafka import Topic

TASKS_TOPIC = "registry.tasks"
WHITE_PAPERS_TOPIC = "registry.white-papers"

TOPICS = [
    # Compacted: the latest event per department code is the directory other services replay.
    Topic(DEPARTMENTS_TOPIC, partitions=3, config={"cleanup.policy": "compact"}),
    # Compacted: the latest event per day or year is the calendar other services replay; one
    # partition keeps a year's declaration behind the days entered before it.
    Topic(CALENDAR_TOPIC, partitions=1, config={"cleanup.policy": "compact"}),
    # Keyed by task id: one task's assignment, progress, urge notices stay in order (a
    # quarter's circular on the mayor's matters, R2, by its quarter).
    Topic(TASKS_TOPIC, partitions=6),
    # Keyed by department and year: one paper's versions stay in order.
    Topic(WHITE_PAPERS_TOPIC, partitions=3),
]


class DepartmentChanged(EventPayload):
    """The full state of a department after a change (consumers keep a copy)."""

    topic = DEPARTMENTS_TOPIC

    code: str
    name_zh: str
    name_en: str
    kind: str
    role: str | None
    parent_code: str | None
    active: bool
    version: int


class DepartmentCreated(DepartmentChanged):
    """A department was added to the directory."""

    event_type = "registry.department.created.v1"


class DepartmentUpdated(DepartmentChanged):
    """A department's details changed (names, complaint channels, R11)."""

    event_type = "registry.department.updated.v1"


class DepartmentDeactivated(DepartmentChanged):
    """A department left the directory (merged or abolished); its history stays."""

    event_type = "registry.department.deactivated.v1"


class CalendarDaySet(EventPayload):
    """An operator entered or corrected a day against the weekday rule (holiday or 调休)."""

    event_type = DAY_SET
    topic = CALENDAR_TOPIC

    day: date
    working: bool
    name: str


class CalendarDayRemoved(EventPayload):
    """An operator removed a day they had entered: the weekday rule (or the package) applies."""

    event_type = DAY_REMOVED
    topic = CALENDAR_TOPIC

    day: date


class CalendarYearDeclared(EventPayload):
    """Operators declared a year's holidays complete: its deadlines are no longer provisional."""

    event_type = YEAR_DECLARED
    topic = CALENDAR_TOPIC

    year: int


class CalendarYearWithdrawn(EventPayload):
    """Operators withdrew a year's declaration: its deadlines are provisional again."""

    event_type = YEAR_WITHDRAWN
    topic = CALENDAR_TOPIC

    year: int


class TaskAssigned(EventPayload):
    """A task was assigned to a lead unit (and co-responsible units), top-level or decomposed."""

    event_type = "registry.task.assigned.v1"
    topic = TASKS_TOPIC

    task_id: uuid.UUID
    parent_id: uuid.UUID | None
    kind: str = Field(description="duty, or leader_matter (R2, read by the assessment)")
    work_item: str
    source: str
    lead_unit: str
    co_units: list[str]
    post: str | None
    deadline: date
    deadline_provisional: bool = Field(
        description="the working-day deadline crosses a year whose holidays nobody entered"
    )
    assigned_by: str


class TaskMoved(EventPayload):
    """A task was hung under another parent task (R3)."""

    event_type = "registry.task.moved.v1"
    topic = TASKS_TOPIC

    task_id: uuid.UUID
    from_parent_id: uuid.UUID | None
    to_parent_id: uuid.UUID
    moved_by: str
    lead_unit: str
    to_parent_lead_unit: str


class TaskStatusChanged(EventPayload):
    """A task moved through its lifecycle (started, completed, overdue, cancelled...)."""

    event_type = "registry.task.status_changed.v1"
    topic = TASKS_TOPIC

    task_id: uuid.UUID
    kind: str = Field(description="duty, or leader_matter (R2, read by the assessment)")
    from_status: str
    to_status: str
    reason: str | None
    changed_by: str
    deadline: date
    deadline_provisional: bool = Field(
        description="the working-day deadline crosses a year whose holidays nobody entered"
    )
    lead_unit: str
    co_units: list[str]
    assigned_by: str


class ProgressReported(EventPayload):
    """A unit reported a task's quarterly progress (R1: to GOV_OFFICE, copied to SUPERVISION)."""

    event_type = "registry.progress.reported.v1"
    topic = TASKS_TOPIC

    task_id: uuid.UUID
    report_id: uuid.UUID
    year: int
    quarter: int
    percent: int
    reported_by: str
    late: bool


class UrgeNoticeIssued(EventPayload):
    """GOV_OFFICE issued an urge notice (R4: copied to SUPERVISION; the 2nd one refers, R5)."""

    event_type = "registry.urge_notice.issued.v1"
    topic = TASKS_TOPIC

    task_id: uuid.UUID
    notice_id: uuid.UUID
    sequence: int
    refers_to_supervision: bool = Field(
        description="R5, decided by registry (urges/rules.py): the notice refers its task"
    )
    new_deadline: date
    work_item: str
    lead_unit: str
    co_units: list[str]
    issued_by: str


class WhitePaperPublished(EventPayload):
    """A department published its white paper for a year (R13: supervision reviews it)."""

    event_type = "registry.white_paper.published.v1"
    topic = WHITE_PAPERS_TOPIC

    white_paper_id: uuid.UUID
    department: str
    year: int
    version: int
    tasks: int


class CircularMatter(BaseModel):
    """One of the mayor's matters in a circular, as it stood at the end of the quarter (R2)."""

    task_id: uuid.UUID
    work_item: str
    leader: str
    instruction: str
    instructed_on: date
    lead_unit: str
    deadline: date
    finished_on: date | None = Field(description="When it was finished, if by the quarter's end")
    standing: Literal["done", "late", "open"] = Field(
        description="done by its deadline, late (finished after it or open past it), open"
    )


class LeaderMatterCircularIssued(EventPayload):
    """GOV_OFFICE's quarterly circular on the mayor's matters (R2): to their lead units and
    SUPERVISION."""

    event_type = "registry.leader_matter.circular_issued.v1"
    topic = TASKS_TOPIC

    year: int
    quarter: int
    title: str
    issued_by: str
    lead_units: list[str] = Field(description="The lead units of the matters it lists")
    done: int
    late: int
    open: int
    matters: list[CircularMatter]
    issued_at: datetime
