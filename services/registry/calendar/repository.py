"""Queries on the operators' calendar, and the working-day calendar built from it."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar.models import CalendarDayRow, CalendarYear
from services.registry.database import Base
from shared.calendar_copy import CalendarSource
from shared.workdays import WorkCalendar

# The registry's own rows, read the way every other service reads its copy of them.
source = CalendarSource(
    Base.metadata.tables[CalendarDayRow.__tablename__],
    Base.metadata.tables[CalendarYear.__tablename__],
)


async def work_calendar(session: AsyncSession) -> WorkCalendar:
    """Gets the official calendar (package data) extended by the operators' days and years."""
    return await source.current(session)


async def get_day(session: AsyncSession, day: object) -> CalendarDayRow | None:
    """Gets an operator day."""
    return await session.get(CalendarDayRow, day)


async def list_days(session: AsyncSession) -> Sequence[CalendarDayRow]:
    """Lists the operator days by date."""
    return (await session.scalars(select(CalendarDayRow).order_by(CalendarDayRow.day))).all()


async def list_years(session: AsyncSession) -> Sequence[int]:
    """Lists the declared years."""
    return (await session.scalars(select(CalendarYear.year).order_by(CalendarYear.year))).all()
