"""Queries on progress reports."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.progress.models import ProgressReport


async def add(session: AsyncSession, report: ProgressReport) -> ProgressReport:
    """Adds a report and flushes it."""
    session.add(report)
    await session.flush()
    return report


async def exists(
    session: AsyncSession, *, task_id: uuid.UUID, year: int, quarter: int, department: str
) -> bool:
    """Tells whether a unit already reported a task's quarter."""
    found = await session.scalar(
        select(ProgressReport.id).where(
            ProgressReport.task_id == task_id,
            ProgressReport.year == year,
            ProgressReport.quarter == quarter,
            ProgressReport.department == department,
        )
    )
    return found is not None


async def of_task(session: AsyncSession, task_id: uuid.UUID) -> Sequence[ProgressReport]:
    """Lists a task's reports by quarter, then as filed."""
    query = (
        select(ProgressReport)
        .where(ProgressReport.task_id == task_id)
        .order_by(ProgressReport.year, ProgressReport.quarter, ProgressReport.created_at)
    )
    return (await session.scalars(query)).all()
