"""Events the registry publishes, and its topics."""

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field

from shared.calendar_copy import (
    CALENDAR_TOPIC,
    DAY_REMOVED,
    DAY_SET,
    YEAR_DECLARED,
    YEAR_WITHDRAWN,
)
from shared.directory import DEPARTMENTS_TOPIC
from shared.events import ConsumedPayload, EventPayload
from shared.kafka import Topic, dead_letter_topic

TASKS_TOPIC = "registry.tasks"
WHITE_PAPERS_TOPIC = "registry.white-papers"
ASSESSMENTS_TOPIC = "registry.assessments"
CONSUMER_GROUP = "registry-assessment"
# What the assessment reads (R17): registry's own tasks and papers, complaints, referrals.
COMPLAINTS_TOPIC = "complaints.complaints"
CASES_TOPIC = "referrals.cases"
LEGAL_OUTCOMES_TOPIC = "referrals.legal-outcomes"
CONSUMED_TOPICS = [
    TASKS_TOPIC,
    WHITE_PAPERS_TOPIC,
    COMPLAINTS_TOPIC,
    CASES_TOPIC,
    LEGAL_OUTCOMES_TOPIC,
]
TASK_STATUS_CHANGED = "registry.task.status_changed.v1"
PROGRESS_REPORTED = "registry.progress.reported.v1"
WHITE_PAPER_PUBLISHED = "registry.white_paper.published.v1"
COMPLAINT_ESCALATED = "complaints.complaint.escalated.v1"
COMPLAINT_APPRAISED = "complaints.complaint.appraised.v1"
CASE_DECIDED = "referrals.case.decided.v1"
LEGAL_OUTCOME_RECORDED = "referrals.legal_outcome.recorded.v1"

TOPICS = [
    # Compacted: the latest event per department code is the directory other services replay.
    Topic(DEPARTMENTS_TOPIC, partitions=3, config={"cleanup.policy": "compact"}),
    # Compacted: the latest event per day or year is the calendar other services replay; one
    # partition keeps a year's declaration behind the days entered before it.
    Topic(CALENDAR_TOPIC, partitions=1, config={"cleanup.policy": "compact"}),
    # Keyed by task id: one task's assignment, progress, urge notices stay in order.
    Topic(TASKS_TOPIC, partitions=6),
    # Keyed by department and year: one paper's versions stay in order.
    Topic(WHITE_PAPERS_TOPIC, partitions=3),
    # Keyed by year: a year's publication and its commendation proposal stay in order.
    Topic(ASSESSMENTS_TOPIC, partitions=1),
    # Declared here too (referrals produces it): keyed by outcome id.
    Topic(LEGAL_OUTCOMES_TOPIC, partitions=3),
    dead_letter_topic(CONSUMER_GROUP),
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


class AssessmentPublished(EventPayload):
    """GOV_OFFICE closed a year's evaluation (评估): scores final, scheme locked (R17)."""

    event_type = "registry.assessment.published.v1"
    topic = ASSESSMENTS_TOPIC

    year: int
    title: str
    published_by: str
    published_at: datetime
    units: int
    rectifications: int
    failing_units: list[str]


class ProposedUnit(BaseModel):
    """A unit proposed as an advanced unit, with its total and rank in its kind."""

    department: str
    kind: str
    rank: int
    total: int


class AdvancedUnitsProposed(EventPayload):
    """The year's top units are proposed for commendation as advanced units (先进单位)."""

    event_type = "registry.assessment.advanced_units_proposed.v1"
    topic = ASSESSMENTS_TOPIC

    year: int
    title: str
    proposed_by: str
    departments: list[str]
    units: list[ProposedUnit]


class TaskStatusChangedView(ConsumedPayload):
    """The assessment's view of a task's status change (R2, R3)."""

    task_id: uuid.UUID
    to_status: str
    lead_unit: str
    deadline: date


class ProgressReportedView(ConsumedPayload):
    """The assessment's view of a progress report (R1)."""

    report_id: uuid.UUID
    reported_by: str
    year: int
    quarter: int
    late: bool


class WhitePaperPublishedView(ConsumedPayload):
    """The assessment's view of a published white paper (R13)."""

    white_paper_id: uuid.UUID
    department: str
    year: int
    version: int


class ComplaintEscalatedView(ConsumedPayload):
    """The assessment's view of a missed complaint time limit (R15)."""

    complaint_id: uuid.UUID
    limit: str
    due_date: date
    answerable_department: str


class ComplaintAppraisedView(ConsumedPayload):
    """The assessment's view of the complainant's appraisal (群众评议)."""

    complaint_id: uuid.UUID
    handling_department: str
    appraisal: str
    appraised_at: datetime


class SanctionedPersonView(ConsumedPayload):
    """Who a decision sanctions, as far as the assessment counts them."""

    sanctions: list[str]


class CaseDecidedView(ConsumedPayload):
    """The assessment's view of a decided case (R5)."""

    case_id: uuid.UUID
    title: str
    concerned_department: str | None
    persons: list[SanctionedPersonView]
    decided_at: datetime


class LegalOutcomeRecordedView(ConsumedPayload):
    """The assessment's view of a reconsideration or lawsuit outcome LEGAL recorded (R16)."""

    outcome_id: uuid.UUID
    department: str
    proceeding: str
    act: str
    outcome: str
    decided_on: date
