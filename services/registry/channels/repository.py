"""Queries on channel publications."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.channels.models import ChannelPublication


async def get(session: AsyncSession, year: int, quarter: int) -> ChannelPublication | None:
    """Gets a quarter's publication."""
    return await session.get(ChannelPublication, (year, quarter))


async def latest(session: AsyncSession) -> ChannelPublication | None:
    """Gets the newest publication."""
    query = select(ChannelPublication).order_by(
        ChannelPublication.year.desc(), ChannelPublication.quarter.desc()
    )
    return (await session.scalars(query.limit(1))).first()
