"""Assigning, decomposing, moving and transitioning tasks, with their events."""

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.assessment import repository as assessment_repository
from services.registry.calendar import repository as calendar_repository
from services.registry.database import outbox
from services.registry.departments import repository as departments_repository
from services.registry.departments import service as department_service
from services.registry.events import TaskAssigned, TaskMoved, TaskStatusChanged
from services.registry.occurrences import service as occurrence_service
from services.registry.tasks import repository
from services.registry.tasks.models import Task
from services.registry.tasks.repository import TaskFilter
from services.registry.tasks.rules import (
    FINISHED,
    LEADER_FIELDS,
    TRANSITIONS,
    ChildProgress,
    InvalidDeadline,
    TaskAction,
    TaskKind,
    TaskSource,
    TaskStatus,
    children_block_completion,
    derived_progress,
    leader_fields_problem,
    may_act,
    may_move,
    may_see,
    resolve_deadline,
    sees_all,
    would_create_cycle,
)
from services.registry.tasks.schemas import (
    SubtaskCreate,
    TaskCreate,
    TaskPage,
    TaskRead,
    TaskTransition,
)
from shared.auth import Principal
from shared.directory import named_role
from shared.errors import Conflict, Forbidden, NotFound, invalid_field
from shared.pagination import decode_cursor, encode_cursor
from shared.statemachine import IllegalTransition, next_status
from shared.workdays import flag_provisional, local_date


async def _check_units(session: AsyncSession, lead: str, co_units: list[str]) -> list[str]:
    for field, code in [("lead_unit", lead), *(("co_units", c) for c in co_units)]:
        named_role(await departments_repository.get(session, code), field, code)
    if lead in co_units or len(set(co_units)) != len(co_units):
        raise invalid_field(
            "co-responsible units repeat a unit", "co_units", kind="duplicate_department"
        )
    return co_units


async def visible_task(session: AsyncSession, principal: Principal, task_id: uuid.UUID) -> Task:
    """Gets a task the caller may see, else the 404 of a task that does not exist."""
    task = await repository.get(session, task_id)
    role = await department_service.caller_role(session, principal.department)
    if task is None or not may_see(principal.department, role, task.lead_unit, task.co_units):
        raise NotFound(f"no task {task_id}")  # outside its scope: nothing leaks existence
    return task


async def _new_task(
    session: AsyncSession,
    *,
    principal: Principal,
    body: TaskCreate | SubtaskCreate,
    source: TaskSource,
    now: datetime,
    parent: Task | None,
) -> Task:
    co_units = await _check_units(session, body.lead_unit, body.co_units)
    assigned_on = local_date(now)
    calendar = await calendar_repository.work_calendar(session)
    recurrence = body.recurrence if isinstance(body, TaskCreate) else None
    due_rule = None
    try:
        if recurrence is not None:
            if body.deadline is not None or body.deadline_working_days is not None:
                raise InvalidDeadline("a recurring task has a deadline per period, not one")
            due_rule = occurrence_service.stored_rule(recurrence)
            deadline = occurrence_service.first_due(recurrence, assigned_on, calendar)
        else:
            deadline = resolve_deadline(
                assigned_on, calendar, body.deadline, body.deadline_working_days
            )
    except InvalidDeadline as exc:
        raise invalid_field(str(exc), "deadline", kind="deadline") from exc
    if parent is not None and deadline > parent.deadline:
        message = f"after the parent task's deadline {parent.deadline}"
        raise invalid_field(message, "deadline", kind="deadline")
    # R2: a top-level task may be a leader matter; a sub-task is a step of its parent, a duty.
    kind = body.kind if isinstance(body, TaskCreate) else TaskKind.DUTY
    leader = {name: getattr(body, name, None) for name in LEADER_FIELDS}
    problem = leader_fields_problem(kind, source, leader, assigned_on)
    if problem is not None:
        raise invalid_field(problem[1], problem[0], kind="leader_matter")
    task = await repository.add(
        session,
        Task(
            id=uuid.uuid4(),
            parent_id=parent.id if parent else None,
            kind=kind,
            **leader,
            work_item=body.work_item,
            content=body.content,
            target=body.target,
            source=source,
            lead_unit=body.lead_unit,
            co_units=co_units,
            post=body.post,
            status=TaskStatus.ASSIGNED,
            assigned_on=assigned_on,
            deadline=deadline,
            deadline_working_days=body.deadline_working_days,
            deadline_provisional=body.deadline_working_days is not None
            and flag_provisional(calendar, assigned_on, deadline),
            recurrence=recurrence.every if recurrence else None,
            due_rule=due_rule,
            assigned_by=principal.department,
            progress=0,
            urge_count=0,
            created_at=now,
        ),
    )
    await publish_assigned(session, task)
    if recurrence is not None:
        await occurrence_service.open_periods(
            session, task=task, today=assigned_on, calendar=calendar, now=now
        )
    return task


async def publish_assigned(session: AsyncSession, task: Task) -> None:
    """Adds the assignment event of a task to the transaction."""
    await outbox.add(
        session,
        TaskAssigned(
            task_id=task.id,
            parent_id=task.parent_id,
            kind=task.kind,
            work_item=task.work_item,
            source=task.source,
            lead_unit=task.lead_unit,
            co_units=list(task.co_units),
            post=task.post,
            deadline=task.deadline,
            deadline_provisional=task.deadline_provisional,
            assigned_by=task.assigned_by,
        ),
        subject=str(task.id),
    )


async def assign(
    session: AsyncSession, *, principal: Principal, body: TaskCreate, now: datetime
) -> Task:
    """Assigns a top-level task and publishes registry.task.assigned.v1.

    The route lets only the government office call (its policy: ASSIGNERS).
    """
    return await _new_task(
        session, principal=principal, body=body, source=body.source, now=now, parent=None
    )


async def decompose(
    session: AsyncSession,
    *,
    principal: Principal,
    parent_id: uuid.UUID,
    body: SubtaskCreate,
    now: datetime,
) -> Task:
    """Adds a sub-task under a task its lead unit decomposes (R3)."""
    parent = await repository.get(session, parent_id, lock=True)
    if parent is None:
        raise NotFound(f"no task {parent_id}")
    await department_service.caller_role(session, principal.department)
    if principal.department != parent.lead_unit:
        raise Forbidden("only the task's lead unit decomposes it (R3)")
    if parent.status in FINISHED:
        raise Conflict(f"the task is {parent.status}; it can no longer be decomposed")
    child = await _new_task(
        session,
        principal=principal,
        body=body,
        source=TaskSource(parent.source),
        now=now,
        parent=parent,
    )
    await refresh_ancestors(session, child)
    return child


async def move(
    session: AsyncSession, *, principal: Principal, task_id: uuid.UUID, parent_id: uuid.UUID
) -> Task:
    """Hangs a task under another parent held by the caller; a cycle is refused (R3)."""
    task = await repository.get(session, task_id, lock=True)
    new_parent = await repository.get(session, parent_id, lock=True)
    if task is None or new_parent is None:
        raise NotFound(f"no task {task_id if task is None else parent_id}")
    role = await department_service.caller_role(session, principal.department)
    current = await repository.get(session, task.parent_id) if task.parent_id else None
    old_lead = current.lead_unit if current else None
    if not may_move(principal.department, role, task.lead_unit, old_lead, new_parent.lead_unit):
        raise Forbidden(
            "only GOV_OFFICE, or the lead unit of the new parent that also leads the task or "
            "its current parent, moves a task (R3)"
        )
    chain = await repository.ancestors_of(session, parent_id)
    if would_create_cycle(task_id, parent_id, dict(chain)):
        raise invalid_field("the task would become its own ancestor", "parent_id", kind="cycle")
    if task.deadline > new_parent.deadline:
        message = f"after the new parent's deadline {new_parent.deadline}"
        raise invalid_field(message, "parent_id", kind="deadline")
    old_parent = task.parent_id
    task.parent_id = parent_id
    await session.flush()
    await outbox.add(
        session,
        TaskMoved(
            task_id=task.id,
            from_parent_id=old_parent,
            to_parent_id=parent_id,
            moved_by=principal.department,
            lead_unit=task.lead_unit,
            to_parent_lead_unit=new_parent.lead_unit,
        ),
        subject=str(task.id),
    )
    await refresh_ancestors(session, task)
    if old_parent is not None:
        previous = await repository.get(session, old_parent)
        if previous is not None:
            await _refresh(session, previous)
            await refresh_ancestors(session, previous)
    return task


async def _refresh(session: AsyncSession, task: Task) -> None:
    kids = await repository.children(session, task.id)
    progress = derived_progress(ChildProgress(TaskStatus(k.status), k.progress) for k in kids)
    if progress is not None:
        task.progress = progress


async def refresh_ancestors(session: AsyncSession, task: Task) -> None:
    """Derives every ancestor's progress from its children, bottom up (R3)."""
    await session.flush()
    current = task
    while current.parent_id is not None:
        parent = await repository.get(session, current.parent_id)
        if parent is None:
            return
        await _refresh(session, parent)
        await session.flush()
        current = parent


async def apply_transition(
    session: AsyncSession,
    *,
    task: Task,
    action: TaskAction,
    by: str,
    now: datetime,
    reason: str | None,
) -> None:
    """Moves a task to its next status and publishes registry.task.status_changed.v1."""
    before = TaskStatus(task.status)
    after = next_status(TRANSITIONS, before, action, what="task")
    task.status = after
    if after in FINISHED:
        task.finished_on = local_date(now)
        if after != TaskStatus.CANCELLED:
            task.progress = 100
    if after == TaskStatus.CANCELLED:
        task.cancel_reason = reason
    await outbox.add(
        session,
        TaskStatusChanged(
            task_id=task.id,
            kind=task.kind,
            from_status=before,
            to_status=after,
            reason=reason,
            changed_by=by,
            deadline=task.deadline,
            deadline_provisional=task.deadline_provisional,
            lead_unit=task.lead_unit,
            co_units=list(task.co_units),
            assigned_by=task.assigned_by,
        ),
        subject=str(task.id),
    )
    await refresh_ancestors(session, task)


async def transition(
    session: AsyncSession,
    *,
    principal: Principal,
    task_id: uuid.UUID,
    body: TaskTransition,
    now: datetime,
) -> Task:
    """Applies a caller's action; an illegal transition is 409 and changes nothing."""
    task = await repository.get(session, task_id, lock=True)
    if task is None:
        raise NotFound(f"no task {task_id}")
    role = await department_service.caller_role(session, principal.department)
    if not may_act(body.action, principal.department, role, task.lead_unit, task.assigned_by):
        raise Forbidden(f"{principal.department} may not {body.action} this task")
    if body.action == TaskAction.CANCEL and not body.reason:
        raise invalid_field("cancelling a task needs a reason", "reason", kind="missing")
    try:
        next_status(TRANSITIONS, TaskStatus(task.status), body.action, what="task")
    except IllegalTransition as illegal:
        illegal.extensions.update(current_status=task.status, action=body.action)
        raise
    if body.action == TaskAction.COMPLETE:
        kids = await repository.children(session, task.id)
        if children_block_completion(TaskStatus(k.status) for k in kids):
            raise Conflict("the task has sub-tasks that are not finished")
    await apply_transition(
        session, task=task, action=body.action, by=principal.department, now=now, reason=body.reason
    )
    return task


async def list_tasks(
    session: AsyncSession,
    *,
    principal: Principal,
    filters: TaskFilter,
    limit: int,
    cursor: str | None,
) -> TaskPage:
    """Lists tasks in assignment order: all for GOV_OFFICE and SUPERVISION, else those held."""
    role = await department_service.caller_role(session, principal.department)
    if not sees_all(role):
        filters = replace(filters, visible_to=principal.department)
    after = decode_cursor(cursor) if cursor else None
    rows = await repository.page(session, f=filters, limit=limit + 1, after=after)
    more = len(rows) > limit
    items = await present_all(session, rows[:limit])
    next_cursor = encode_cursor(items[-1].created_at, items[-1].id) if more else None
    return TaskPage(items=items, next_cursor=next_cursor)


async def present_all(session: AsyncSession, tasks: Sequence[Task | Row[Any]]) -> list[TaskRead]:
    """Reads tasks (ORM objects or rows of the table) with the evaluation each answers to
    (loop 1): its rectification's year, else the published evaluation of the year before it
    was assigned."""
    rectified, published = await assessment_repository.answers_for(
        session, [t.id for t in tasks], {t.assigned_on.year - 1 for t in tasks}
    )

    def answers_to(t: Task | Row[Any]) -> int | None:
        year = t.assigned_on.year - 1
        return rectified.get(t.id) or (year if year in published else None)

    return [
        TaskRead.model_validate(
            {
                **(t._asdict() if isinstance(t, Row) else _fields(t)),
                "answers_to_assessment": answers_to(t),
            }
        )
        for t in tasks
    ]


_READ = [name for name in TaskRead.model_fields if name != "answers_to_assessment"]


def _fields(task: Task) -> dict[str, Any]:
    return {name: getattr(task, name) for name in _READ}


async def present(session: AsyncSession, task: Task) -> TaskRead:
    """Reads one task with the evaluation it answers to."""
    return (await present_all(session, [task]))[0]
