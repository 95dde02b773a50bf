"""Queries on the operators' calendar, and the working-day calendar built from it."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar.models import CalendarDayRow, CalendarYear
from shared.workdays import CalendarDay, WorkCalendar


async def work_calendar(session: AsyncSession) -> WorkCalendar:
    """Builds the official calendar (package data) extended by the operators' days and years."""
    days = (await session.scalars(select(CalendarDayRow))).all()
    years = (await session.scalars(select(CalendarYear.year))).all()
    return WorkCalendar.official(
        extra=[CalendarDay(d.day, d.working, d.name) for d in days], extra_years=years
    )


async def upsert_days(session: AsyncSession, days: Sequence[CalendarDay]) -> None:
    """Adds or replaces operator days."""
    for entry in days:
        statement = insert(CalendarDayRow).values(
            day=entry.day, working=entry.working, name=entry.name
        )
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[CalendarDayRow.day],
                set_={"working": entry.working, "name": entry.name},
            )
        )


async def declare_years(session: AsyncSession, years: Sequence[int]) -> None:
    """Declares years as fully entered."""
    for year in years:
        await session.execute(insert(CalendarYear).values(year=year).on_conflict_do_nothing())


async def list_days(session: AsyncSession) -> Sequence[CalendarDayRow]:
    """Lists the operator days by date."""
    return (await session.scalars(select(CalendarDayRow).order_by(CalendarDayRow.day))).all()


async def list_years(session: AsyncSession) -> Sequence[int]:
    """Lists the declared years."""
    return (await session.scalars(select(CalendarYear.year).order_by(CalendarYear.year))).all()
