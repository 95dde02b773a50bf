"""Task rules: the lifecycle state machine, deadlines, decomposition and access (R2, R3)."""

from collections.abc import Hashable, Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import NamedTuple, TypeVar

from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

K = TypeVar("K", bound=Hashable)


class TaskStatus(StrEnum):
    """Where a task is in its lifecycle."""

    ASSIGNED = "assigned"  # 已交办
    IN_PROGRESS = "in_progress"  # 办理中
    COMPLETED = "completed"  # 已办结
    OVERDUE = "overdue"  # 逾期未办结
    COMPLETED_LATE = "completed_late"  # 逾期办结
    CANCELLED = "cancelled"  # 已撤销


class TaskAction(StrEnum):
    """What moves a task from one status to another."""

    START = "start"  # 开始办理
    COMPLETE = "complete"  # 办结
    CANCEL = "cancel"  # 撤销 (with a reason)
    MARK_OVERDUE = "mark_overdue"  # the overdue job only


class TaskSource(StrEnum):
    """Where a task comes from."""

    LEADER_INSTRUCTION = "leader_instruction"  # 领导交办 (R2)
    GOVERNMENT_WORK_REPORT = "government_work_report"  # 政府工作报告
    MEETING_DECISION = "meeting_decision"  # 会议决定
    WHITE_PAPER = "white_paper"  # 白皮书 (R13)
    RESPONSIBILITY_TABLE = "responsibility_table"  # 责任制一览表
    RECTIFICATION = "rectification"  # 整改: an indicator failed the assessment (loop 1)


class TaskKind(StrEnum):
    """What a task is: a duty, or a matter a leader assigned by instruction (R2)."""

    DUTY = "duty"  # 职责任务
    LEADER_MATTER = "leader_matter"  # 领导交办批示事项 (R2)


class LeaderPost(StrEnum):
    """The post of the leader who assigned a matter (the circular covers the mayor's, R2)."""

    MAYOR = "mayor"  # 市长
    VICE_MAYOR = "vice_mayor"  # 副市长
    SECRETARY_GENERAL = "secretary_general"  # 市政府秘书长
    OTHER = "other"  # 其他市（区）领导


# R2: what a leader matter records besides the task: who instructed it, what, and when.
LEADER_FIELDS = ("leader", "leader_post", "instruction", "instructed_on")


def leader_fields_problem(
    kind: TaskKind, source: TaskSource, given: Mapping[str, object], assigned_on: date
) -> tuple[str, str] | None:
    """Gets the (field, message) a task's leader fields break, or None (R2).

    A leader matter names its leader, post, instruction and its date (not after the
    assignment) and comes from a leader's instruction; a duty names none of them.
    """
    if kind == TaskKind.DUTY:
        named = [name for name in LEADER_FIELDS if given.get(name) is not None]
        return (named[0], "only a leader matter names a leader") if named else None
    missing = [name for name in LEADER_FIELDS if given.get(name) is None]
    if missing:
        return missing[0], "a leader matter needs its leader, post, instruction and its date"
    if source != TaskSource.LEADER_INSTRUCTION:
        return "source", "a leader matter comes from a leader's instruction (leader_instruction)"
    instructed_on = given["instructed_on"]
    if isinstance(instructed_on, date) and instructed_on > assigned_on:
        return "instructed_on", "the instruction cannot be after the assignment"
    return None


ACTIVE = frozenset({TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS})
OPEN = ACTIVE | {TaskStatus.OVERDUE}  # not finished: what the open-task index holds
FINISHED = frozenset({TaskStatus.COMPLETED, TaskStatus.COMPLETED_LATE, TaskStatus.CANCELLED})

# The whole lifecycle: any (status, action) pair not listed here is an illegal transition
# (`shared.statemachine.next_status(TRANSITIONS, …)` raises IllegalTransition, a 409).
TRANSITIONS: Mapping[tuple[TaskStatus, TaskAction], TaskStatus] = {
    (TaskStatus.ASSIGNED, TaskAction.START): TaskStatus.IN_PROGRESS,
    (TaskStatus.ASSIGNED, TaskAction.COMPLETE): TaskStatus.COMPLETED,
    (TaskStatus.IN_PROGRESS, TaskAction.COMPLETE): TaskStatus.COMPLETED,
    (TaskStatus.OVERDUE, TaskAction.COMPLETE): TaskStatus.COMPLETED_LATE,
    (TaskStatus.ASSIGNED, TaskAction.MARK_OVERDUE): TaskStatus.OVERDUE,
    (TaskStatus.IN_PROGRESS, TaskAction.MARK_OVERDUE): TaskStatus.OVERDUE,
    (TaskStatus.ASSIGNED, TaskAction.CANCEL): TaskStatus.CANCELLED,
    (TaskStatus.IN_PROGRESS, TaskAction.CANCEL): TaskStatus.CANCELLED,
    (TaskStatus.OVERDUE, TaskAction.CANCEL): TaskStatus.CANCELLED,
}


class InvalidDeadline(ValueError):
    """A deadline that cannot be accepted."""


def resolve_deadline(
    assigned_on: date,
    calendar: WorkCalendar,
    deadline: date | None = None,
    working_days: int | None = None,
) -> date:
    """Gets the deadline: a date, or N working days after assignment on the official calendar."""
    if (deadline is None) == (working_days is None):
        raise InvalidDeadline("give either a deadline date or a number of working days")
    if working_days is not None:
        if working_days < 1:
            raise InvalidDeadline("the number of working days must be at least 1")
        return calendar.add_working_days(assigned_on, working_days)
    assert deadline is not None
    if deadline < assigned_on:
        raise InvalidDeadline(f"the deadline {deadline} is before the assignment on {assigned_on}")
    return deadline


def is_overdue(status: TaskStatus, deadline: date, today: date) -> bool:
    """Tells whether an active task has passed its deadline (the deadline day itself is in time)."""
    return status in ACTIVE and deadline < today


def would_create_cycle(task_id: K, new_parent_id: K, parent_of: Mapping[K, K | None]) -> bool:
    """Tells whether hanging a task under a new parent would make the tree a cycle (R3)."""
    seen: set[K] = set()
    current: K | None = new_parent_id
    while current is not None and current not in seen:
        if current == task_id:
            return True
        seen.add(current)
        current = parent_of.get(current)
    return current is not None


class ChildProgress(NamedTuple):
    """What a parent needs of one child to derive its own progress."""

    status: TaskStatus
    progress: int


def derived_progress(children: Iterable[ChildProgress]) -> int | None:
    """Gets a parent's progress: the mean of its children's, cancelled children left out (R3)."""
    counted = [
        100 if c.status in FINISHED else c.progress
        for c in children
        if c.status != TaskStatus.CANCELLED
    ]
    if not counted:
        return None
    return round(sum(counted) / len(counted))


def children_block_completion(children: Iterable[TaskStatus]) -> bool:
    """Tells whether a parent still has sub-tasks that are not finished."""
    return any(status not in FINISHED for status in children)


# Who sees every task: the government office tracks them, supervision checks them (R1, R2).
OVERSEERS = frozenset({FunctionalRole.GOV_OFFICE, FunctionalRole.SUPERVISION})


def sees_all(role: str | None) -> bool:
    """Tells whether a department with this functional role sees every task."""
    return role in OVERSEERS


def holds(department: str, lead_unit: str, co_units: Iterable[str]) -> bool:
    """Tells whether a department is the lead or a co-responsible unit of a task."""
    return department == lead_unit or department in set(co_units)


def may_see(department: str, role: str | None, lead_unit: str, co_units: Iterable[str]) -> bool:
    """Tells whether a department may read a task."""
    return sees_all(role) or holds(department, lead_unit, co_units)


# Who assigns top-level tasks (and may move any task): the government office.
ASSIGNERS = frozenset({FunctionalRole.GOV_OFFICE})


def may_move(
    department: str,
    role: str | None,
    task_lead: str,
    old_parent_lead: str | None,
    new_parent_lead: str,
) -> bool:
    """Tells whether a department may hang a task under a new parent (R3).

    The government office may move any task; a lead unit reorganises only its own
    decomposition: it leads the new parent and the task or the task's current parent.
    """
    if role in ASSIGNERS:
        return True
    return department == new_parent_lead and department in {task_lead, old_parent_lead}


def may_act(
    action: TaskAction, department: str, role: str | None, lead: str, assigner: str
) -> bool:
    """Tells whether a department may apply an action: the lead works, the assigner cancels."""
    if action in (TaskAction.START, TaskAction.COMPLETE):
        return department == lead
    if action == TaskAction.CANCEL:
        return department == assigner or role == FunctionalRole.GOV_OFFICE
    return False
