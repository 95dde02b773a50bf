"""Queries of the circulars and of the mayor's matters they list."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.leader_matters.models import LeaderMatterCircular
from services.registry.tasks.models import Task
from services.registry.tasks.rules import LeaderPost, TaskKind


async def get(session: AsyncSession, year: int, quarter: int) -> LeaderMatterCircular | None:
    """Gets the circular of a quarter."""
    return await session.get(LeaderMatterCircular, (year, quarter))


async def mayors_matters(session: AsyncSession, first: date, last: date) -> Sequence[Task]:
    """Lists the mayor's matters assigned by `last` and not finished before `first`."""
    query = (
        select(Task)
        .where(
            Task.kind == TaskKind.LEADER_MATTER,
            Task.leader_post == LeaderPost.MAYOR,
            Task.assigned_on <= last,
            or_(Task.finished_on.is_(None), Task.finished_on >= first),
        )
        .order_by(Task.lead_unit, Task.deadline, Task.created_at, Task.id)
    )
    return (await session.scalars(query)).all()
