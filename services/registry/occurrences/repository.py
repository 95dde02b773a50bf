"""Queries on occurrences of recurring duties."""

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.occurrences.models import Occurrence
from services.registry.occurrences.rules import OccurrenceStatus
from services.registry.tasks.models import Task
from services.registry.tasks.rules import ACTIVE


async def add_once(session: AsyncSession, occurrence: Occurrence) -> bool:
    """Inserts an occurrence unless its period exists (one per period); True when inserted."""
    values = {c.name: getattr(occurrence, c.key) for c in Occurrence.__table__.columns}
    result = await session.execute(
        insert(Occurrence)
        .values(**values)
        .on_conflict_do_nothing(constraint="uq_occurrence_period")
        .returning(Occurrence.id)
    )
    return result.first() is not None


async def of_task(session: AsyncSession, task_id: uuid.UUID) -> Sequence[Occurrence]:
    """Lists a task's occurrences, oldest period first."""
    query = select(Occurrence).where(Occurrence.task_id == task_id).order_by(Occurrence.starts_on)
    return (await session.scalars(query)).all()


async def get(
    session: AsyncSession, task_id: uuid.UUID, period: str, lock: bool = False
) -> Occurrence | None:
    """Gets one period's occurrence of a task."""
    query = select(Occurrence).where(Occurrence.task_id == task_id, Occurrence.period == period)
    if lock:
        query = query.with_for_update()
    return (await session.scalars(query)).first()


async def latest_start(session: AsyncSession, task_id: uuid.UUID) -> date | None:
    """Gets the first day of a task's latest period."""
    query = select(Occurrence.starts_on).where(Occurrence.task_id == task_id)
    return await session.scalar(query.order_by(Occurrence.starts_on.desc()).limit(1))


async def recurring_tasks(session: AsyncSession) -> Sequence[Task]:
    """Lists the active recurring tasks."""
    query = select(Task).where(Task.recurrence.isnot(None), Task.status.in_(list(ACTIVE)))
    return (await session.scalars(query.order_by(Task.created_at, Task.id))).all()


async def overdue_candidates(
    session: AsyncSession, today: date, limit: int
) -> Sequence[Occurrence]:
    """Locks open occurrences past their due day (skipping rows another run holds)."""
    query = (
        select(Occurrence)
        .where(Occurrence.status == OccurrenceStatus.OPEN, Occurrence.due < today)
        .order_by(Occurrence.due, Occurrence.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()
