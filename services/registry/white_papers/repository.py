"""Queries on white papers."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.white_papers.models import WhitePaper, WhitePaperLateMark
from services.registry.white_papers.rules import WhitePaperStatus


async def add(session: AsyncSession, paper: WhitePaper) -> WhitePaper:
    """Adds a paper and flushes it."""
    session.add(paper)
    await session.flush()
    return paper


async def get(session: AsyncSession, paper_id: uuid.UUID, lock: bool = False) -> WhitePaper | None:
    """Gets a paper by id (locked for update when asked)."""
    return await session.get(WhitePaper, paper_id, with_for_update=lock or None)


async def versions(session: AsyncSession, department: str, year: int) -> list[int]:
    """Lists the version numbers a department's paper for a year already has."""
    query = select(WhitePaper.version).where(
        WhitePaper.department == department, WhitePaper.year == year
    )
    return list((await session.scalars(query)).all())


async def published(
    session: AsyncSession, department: str | None, year: int | None
) -> Sequence[WhitePaper]:
    """Lists up to 500 published papers by department, year and version."""
    query = select(WhitePaper).where(WhitePaper.status == WhitePaperStatus.PUBLISHED)
    if department:
        query = query.where(WhitePaper.department == department)
    if year:
        query = query.where(WhitePaper.year == year)
    query = query.order_by(WhitePaper.department, WhitePaper.year, WhitePaper.version)
    return (await session.scalars(query.limit(500))).all()


async def published_departments(session: AsyncSession, year: int) -> set[str]:
    """Gets the departments that published a paper for a year."""
    query = select(WhitePaper.department).where(
        WhitePaper.year == year, WhitePaper.status == WhitePaperStatus.PUBLISHED
    )
    return set((await session.scalars(query)).all())


async def late_marks(session: AsyncSession, year: int) -> Sequence[WhitePaperLateMark]:
    """Lists the departments flagged late for a year, by department."""
    query = select(WhitePaperLateMark).where(WhitePaperLateMark.year == year)
    return (await session.scalars(query.order_by(WhitePaperLateMark.department))).all()
