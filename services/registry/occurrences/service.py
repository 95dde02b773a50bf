"""Recurring duties: opening each period's occurrence, its progress and its overdue status."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.database import outbox
from services.registry.events import OccurrenceOpened, OccurrenceStatusChanged
from services.registry.occurrences import repository
from services.registry.occurrences.models import Occurrence
from services.registry.occurrences.rules import (
    FINISHED,
    TRANSITIONS,
    DueRule,
    OccurrenceAction,
    OccurrenceStatus,
    Period,
    Recurrence,
    check_due_rule,
    due_date,
    first_period,
    is_overdue,
    next_period,
    period_of,
    periods_between,
)
from services.registry.occurrences.schemas import OccurrenceProgress, RecurrenceSpec
from services.registry.tasks.models import Task
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, NotFound, invalid_field
from shared.statemachine import next_status
from shared.workdays import WorkCalendar, flag_provisional, local_date

JOB = "registry.period-duties-job"


def stored_rule(spec: RecurrenceSpec) -> dict[str, Any]:
    """Checks a recurrence body and gets the due rule as the task stores it (422 if unsound)."""
    rule = spec.due_rule()
    problem = check_due_rule(spec.every, rule)
    if problem is not None:
        raise invalid_field(problem, "recurrence", kind="due_rule")
    return {k: v for k, v in rule._asdict().items() if v is not None}


def _rule(task: Task) -> DueRule:
    return DueRule(**(task.due_rule or {}))


def first_due(spec: RecurrenceSpec, assigned_on: date, calendar: WorkCalendar) -> date:
    """Gets the due day of a new recurring task's first period (the task's deadline)."""
    return due_date(first_period(spec.every, assigned_on, assigned_on), spec.due_rule(), calendar)


async def open_periods(
    session: AsyncSession, *, task: Task, today: date, calendar: WorkCalendar, now: datetime
) -> int:
    """Opens every period of a task from its latest occurrence up to today's, each once."""
    recurrence = Recurrence(str(task.recurrence))
    latest = await repository.latest_start(session, task.id)
    start = (
        next_period(period_of(recurrence, latest))
        if latest is not None
        else first_period(recurrence, task.assigned_on, today)
    )
    opened = 0
    for period in periods_between(start, period_of(recurrence, today)):
        opened += await _open(session, task=task, period=period, calendar=calendar, now=now)
    return opened


async def _open(
    session: AsyncSession, *, task: Task, period: Period, calendar: WorkCalendar, now: datetime
) -> int:
    due = due_date(period, _rule(task), calendar)
    occurrence = Occurrence(
        id=uuid.uuid4(),
        task_id=task.id,
        period=period.label,
        starts_on=period.starts_on,
        ends_on=period.ends_on,
        due=due,
        due_provisional=flag_provisional(calendar, period.ends_on, due),
        status=OccurrenceStatus.OPEN,
        progress=0,
        created_at=now,
    )
    if not await repository.add_once(session, occurrence):
        return 0
    task.deadline, task.deadline_provisional = due, occurrence.due_provisional
    await outbox.add(
        session,
        OccurrenceOpened(
            task_id=task.id,
            occurrence_id=occurrence.id,
            period=occurrence.period,
            due=due,
            due_provisional=occurrence.due_provisional,
            work_item=task.work_item,
            item_no=task.item_no,
            lead_unit=task.lead_unit,
            co_units=list(task.co_units),
        ),
        subject=str(task.id),
    )
    return 1


async def apply(
    session: AsyncSession,
    *,
    task: Task,
    occurrence: Occurrence,
    action: OccurrenceAction,
    by: str,
    now: datetime,
) -> None:
    """Moves an occurrence to its next status with its event (409 when not allowed)."""
    before = OccurrenceStatus(occurrence.status)
    after = next_status(TRANSITIONS, before, action, what="occurrence")
    occurrence.status = after
    if after in FINISHED:
        occurrence.progress, occurrence.finished_on = 100, local_date(now)
    await outbox.add(
        session,
        OccurrenceStatusChanged(
            task_id=task.id,
            occurrence_id=occurrence.id,
            period=occurrence.period,
            from_status=before,
            to_status=after,
            due=occurrence.due,
            changed_by=by,
            work_item=task.work_item,
            lead_unit=task.lead_unit,
            co_units=list(task.co_units),
            assigned_by=task.assigned_by,
        ),
        subject=str(task.id),
    )


async def report(
    session: AsyncSession,
    *,
    principal: Principal,
    task: Task,
    period: str,
    body: OccurrenceProgress,
    now: datetime,
) -> Occurrence:
    """Records the lead unit's progress on a period; 100 completes it (late after its due day)."""
    if principal.department != task.lead_unit:
        raise Forbidden("only the task's lead unit reports a period's progress")
    occurrence = await repository.get(session, task.id, period, lock=True)
    if occurrence is None:
        raise NotFound(f"the task has no occurrence for {period}")
    if occurrence.status in FINISHED:
        raise Conflict(f"the {period} occurrence is {occurrence.status}; it no longer changes")
    if body.progress == 100:
        if is_overdue(OccurrenceStatus(occurrence.status), occurrence.due, local_date(now)):
            await apply(
                session,
                task=task,
                occurrence=occurrence,
                action=OccurrenceAction.MARK_OVERDUE,
                by=JOB,
                now=now,
            )
        await apply(
            session,
            task=task,
            occurrence=occurrence,
            action=OccurrenceAction.COMPLETE,
            by=principal.department,
            now=now,
        )
    else:
        occurrence.progress = body.progress
    await session.flush()
    return occurrence
