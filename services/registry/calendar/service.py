"""The operators' calendar: entering, correcting and removing days, each change published."""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar import repository
from services.registry.calendar.repository import source
from services.registry.database import outbox
from services.registry.events import (
    CalendarDayRemoved,
    CalendarDaySet,
    CalendarYearDeclared,
    CalendarYearWithdrawn,
)
from shared.errors import NotFound
from shared.workdays import CalendarDay


async def set_days(session: AsyncSession, days: list[CalendarDay]) -> None:
    """Enters or corrects days; every service's copy receives them."""
    for entry in days:
        await source.set_day(session, entry)
    await outbox.add_many(
        session,
        [
            (CalendarDaySet(day=d.day, working=d.working, name=d.name), d.day.isoformat())
            for d in days
        ],
    )


async def remove_day(session: AsyncSession, day: date) -> None:
    """Removes a day an operator entered; 404 unless there is one."""
    if not await source.remove_day(session, day):
        raise NotFound(f"no operator day on {day}")
    await outbox.add(session, CalendarDayRemoved(day=day), subject=day.isoformat())


async def declare_years(session: AsyncSession, years: list[int]) -> None:
    """Declares years complete; every service's copy receives them."""
    known = set(await repository.list_years(session))
    for year in years:
        await source.declare_year(session, year)
    new = sorted(set(years) - known)
    await outbox.add_many(session, [(CalendarYearDeclared(year=y), str(y)) for y in new])


async def withdraw_year(session: AsyncSession, year: int) -> None:
    """Withdraws a year's declaration; 404 unless it was declared."""
    if not await source.withdraw_year(session, year):
        raise NotFound(f"the year {year} is not declared")
    await outbox.add(session, CalendarYearWithdrawn(year=year), subject=str(year))
