"""Queries on fault filings."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.filings.models import FaultFiling


async def add(session: AsyncSession, filing: FaultFiling) -> FaultFiling:
    """Adds a filing and flushes it."""
    session.add(filing)
    await session.flush()
    return filing


async def get(session: AsyncSession, filing_id: uuid.UUID) -> FaultFiling | None:
    """Gets a filing by id."""
    return await session.get(FaultFiling, filing_id)


async def filed_between(
    session: AsyncSession, start: datetime, end: datetime, filed_by: str | None = None
) -> Sequence[FaultFiling]:
    """Gets the filings filed in [start, end), oldest first (one department's when given)."""
    query = (
        select(FaultFiling)
        .where(FaultFiling.filed_at >= start, FaultFiling.filed_at < end)
        .order_by(FaultFiling.seq)
    )
    if filed_by is not None:
        query = query.where(FaultFiling.filed_by == filed_by)
    return (await session.scalars(query)).all()
