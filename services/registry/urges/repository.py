"""Queries on urge notices."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.urges.models import UrgeNotice


async def add(session: AsyncSession, notice: UrgeNotice) -> UrgeNotice:
    """Adds a notice and flushes it."""
    session.add(notice)
    await session.flush()
    return notice


async def of_task(session: AsyncSession, task_id: uuid.UUID) -> Sequence[UrgeNotice]:
    """Lists a task's urge notices by number."""
    query = select(UrgeNotice).where(UrgeNotice.task_id == task_id).order_by(UrgeNotice.sequence)
    return (await session.scalars(query)).all()
