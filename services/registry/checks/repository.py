"""Queries of the half-year checks and of the reports owed (R1)."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.checks.models import ProgressCheck
from services.registry.progress.models import ProgressReport
from services.registry.tasks.models import Task
from services.registry.tasks.rules import TaskStatus


async def add_once(session: AsyncSession, check: ProgressCheck) -> bool:
    """Adds a check unless the unit already has one for the half year (two racing callers:
    the unique key lets one in); True when added."""
    values = {c.name: getattr(check, c.key) for c in ProgressCheck.__table__.columns}
    result = await session.execute(
        insert(ProgressCheck)
        .values(**values)
        .on_conflict_do_nothing(constraint="uq_progress_check")
        .returning(ProgressCheck.id)
    )
    return result.first() is not None


async def find(
    session: AsyncSession, year: int, half: int, department: str
) -> ProgressCheck | None:
    """Gets a unit's check for a half year."""
    query = select(ProgressCheck).where(
        ProgressCheck.year == year,
        ProgressCheck.half == half,
        ProgressCheck.department == department,
    )
    return (await session.scalars(query)).first()


async def listed(
    session: AsyncSession, *, year: int, half: int | None, department: str | None
) -> Sequence[ProgressCheck]:
    """Lists the checks of a year (a half, a unit), by half and unit."""
    query = select(ProgressCheck).where(ProgressCheck.year == year)
    if half is not None:
        query = query.where(ProgressCheck.half == half)
    if department is not None:
        query = query.where(ProgressCheck.department == department)
    query = query.order_by(ProgressCheck.half, ProgressCheck.department)
    return (await session.scalars(query)).all()


def _running(starts: date, ends: date) -> object:
    return and_(
        Task.assigned_on <= ends,
        Task.status != TaskStatus.CANCELLED,
        or_(Task.finished_on.is_(None), Task.finished_on >= starts),
    )


async def led_during(
    session: AsyncSession, department: str, starts: date, ends: date
) -> Sequence[Task]:
    """Lists the tasks a unit led at some time between two days (cancelled ones left out)."""
    query = select(Task).where(Task.lead_unit == department, _running(starts, ends))  # type: ignore[arg-type]
    return (await session.scalars(query.order_by(Task.created_at, Task.id))).all()


async def unreported(
    session: AsyncSession,
    *,
    year: int,
    quarter: int,
    starts: date,
    ends: date,
    department: str | None,
) -> Sequence[Task]:
    """Lists the tasks running in a quarter whose lead unit filed no report for it (R1)."""
    filed = exists().where(
        ProgressReport.task_id == Task.id,
        ProgressReport.department == Task.lead_unit,
        ProgressReport.year == year,
        ProgressReport.quarter == quarter,
    )
    query = select(Task).where(_running(starts, ends), ~filed)  # type: ignore[arg-type]
    if department is not None:
        query = query.where(Task.lead_unit == department)
    return (await session.scalars(query.order_by(Task.lead_unit, Task.created_at, Task.id))).all()
