"""Queries on tasks."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, Table, bindparam, extract, func, or_, select, tuple_
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from services.registry.tasks.models import Task
from services.registry.tasks.rules import ACTIVE, OPEN, TaskStatus

TASKS: Table = Task.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class TaskFilter:
    """The filters of the task list; `visible_to` limits it to the tasks a department holds."""

    visible_to: str | None = None
    department: str | None = None
    status: TaskStatus | None = None
    kind: str | None = None
    source: str | None = None
    deadline_from: date | None = None
    deadline_to: date | None = None
    overdue_on: date | None = None
    parent_id: uuid.UUID | None = None
    top_level: bool | None = None
    text: str | None = None


async def get(session: AsyncSession, task_id: uuid.UUID, lock: bool = False) -> Task | None:
    """Gets a task by id, optionally locking its row for the transaction."""
    query = select(Task).where(Task.id == task_id)
    if lock:
        query = query.with_for_update()
    return (await session.scalars(query)).first()


async def add(session: AsyncSession, task: Task) -> Task:
    """Adds a task and flushes it."""
    session.add(task)
    await session.flush()
    return task


async def children(session: AsyncSession, parent_id: uuid.UUID) -> Sequence[Task]:
    """Lists a task's direct sub-tasks."""
    query = select(Task).where(Task.parent_id == parent_id).order_by(Task.created_at, Task.id)
    return (await session.scalars(query)).all()


async def ancestors_of(session: AsyncSession, task_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """Maps each ancestor of a task (and the task) to its parent, walking up the tree."""
    parents: dict[uuid.UUID, uuid.UUID] = {}
    current: uuid.UUID | None = task_id
    while current is not None and current not in parents:
        parent = await session.scalar(select(Task.parent_id).where(Task.id == current))
        if parent is None:
            break
        parents[current] = parent
        current = parent
    return parents


# Written into the SQL, not bound: a prepared statement's generic plan can only use the
# partial open-task index when the statuses are constants.
_OPEN_LITERAL: BindParameter[list[str]] = bindparam(
    "open_statuses", sorted(OPEN), expanding=True, literal_execute=True
)


def _holds(department: str) -> object:
    return or_(Task.lead_unit == department, Task.co_units.contains(array([department])))


def _filtered(f: TaskFilter) -> Select[Any]:
    # The table's columns, not the entity: a Core select whose rows skip the ORM's loading.
    query = select(*TASKS.c)
    if f.visible_to is not None:
        query = query.where(_holds(f.visible_to))  # type: ignore[arg-type]
    if f.department is not None:
        query = query.where(_holds(f.department))  # type: ignore[arg-type]
    if f.status is not None:
        query = query.where(Task.status == f.status)
    if f.kind is not None:
        query = query.where(Task.kind == f.kind)
    if f.source is not None:
        query = query.where(Task.source == f.source)
    if f.deadline_from is not None:
        query = query.where(Task.deadline >= f.deadline_from)
    if f.deadline_to is not None:
        query = query.where(Task.deadline <= f.deadline_to)
    if f.overdue_on is not None:
        # Overdue: marked by the job, or active and past the deadline before the job ran. Both
        # are open, said outright so the planner reads the open-task index, not all history.
        query = query.where(
            Task.status.in_(_OPEN_LITERAL),
            or_(
                Task.status == TaskStatus.OVERDUE,
                (Task.status.in_(list(ACTIVE)))
                & (Task.deadline < f.overdue_on)
                & Task.recurrence.is_(None),
            ),
        )
    if f.parent_id is not None:
        query = query.where(Task.parent_id == f.parent_id)
    if f.top_level is not None:
        query = query.where(Task.parent_id.is_(None) if f.top_level else Task.parent_id.isnot(None))
    if f.text:
        pattern = f"%{f.text}%"
        query = query.where(
            or_(
                Task.work_item.ilike(pattern),
                Task.content.ilike(pattern),
                Task.target.ilike(pattern),
            )
        )
    return query


async def page(
    session: AsyncSession, *, f: TaskFilter, limit: int, after: tuple[datetime, uuid.UUID] | None
) -> Sequence[Row[Any]]:
    """Lists tasks in assignment order (created_at, id) after a keyset position.

    Rows of a Core select, not ORM objects: a page is read once and answered; building and
    tracking 51 `Task` instances was a third of the page's CPU, and an ORM-enabled select of
    the columns still ran each row through the ORM's loading (docs/performance.md).
    """
    query = _filtered(f)
    if after is not None:
        query = query.where(tuple_(Task.created_at, Task.id) > tuple_(*after))
    query = query.order_by(Task.created_at, Task.id).limit(limit)
    return (await session.execute(query)).all()


async def overdue_candidates(session: AsyncSession, today: date, limit: int) -> Sequence[Task]:
    """Locks active tasks past their deadline (skipping rows another job run holds)."""
    query = (
        select(Task)
        .where(Task.status.in_(list(ACTIVE)), Task.deadline < today, Task.recurrence.is_(None))
        .order_by(Task.deadline, Task.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()


async def count(session: AsyncSession, f: TaskFilter) -> int:
    """Counts the tasks matching a filter."""
    sub = _filtered(f).subquery()
    return int(await session.scalar(select(func.count()).select_from(sub)) or 0)


async def led_in_year(session: AsyncSession, department: str, year: int) -> Sequence[Task]:
    """Lists the one-off tasks a department leads whose deadline falls in a year, by deadline
    (a recurring duty's deadline is only its latest period's)."""
    query = (
        select(Task)
        .where(
            Task.lead_unit == department,
            extract("year", Task.deadline) == year,
            Task.recurrence.is_(None),
        )
        .order_by(Task.deadline, Task.created_at, Task.id)
    )
    return (await session.scalars(query)).all()


async def seed_keys(session: AsyncSession) -> set[str]:
    """Gets the seed keys of the tasks the demo table already added."""
    query = select(Task.seed_key).where(Task.seed_key.isnot(None))
    return {key for key in (await session.scalars(query)).all() if key is not None}


async def seeded(session: AsyncSession) -> Sequence[Task]:
    """Lists the tasks the demo table added."""
    query = select(Task).where(Task.seed_key.isnot(None)).order_by(Task.created_at, Task.id)
    return (await session.scalars(query)).all()
