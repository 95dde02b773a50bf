"""The operators' calendar: entering, correcting and removing days, each change published."""

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar import repository
from services.registry.calendar.repository import source
from services.registry.database import audit, outbox
from services.registry.events import (
    CalendarDayRemoved,
    CalendarDaySet,
    CalendarYearDeclared,
    CalendarYearWithdrawn,
)
from shared.auth import Principal
from shared.errors import NotFound
from shared.workdays import CalendarDay


async def set_days(
    session: AsyncSession, *, principal: Principal, now: datetime, days: list[CalendarDay]
) -> None:
    """Enters or corrects days; every service's copy receives them."""
    for entry in days:
        await source.set_day(session, entry)
    acts = [
        (
            "calendar.day_set",
            ("calendar", d.day.isoformat()),
            {"working": d.working, "name": d.name},
        )
        for d in days
    ]
    await audit.append_many(session, principal=principal, at=now, acts=acts)
    await outbox.add_many(
        session,
        [
            (CalendarDaySet(day=d.day, working=d.working, name=d.name), d.day.isoformat())
            for d in days
        ],
    )


async def remove_day(
    session: AsyncSession, *, principal: Principal, now: datetime, day: date
) -> None:
    """Removes a day an operator entered; 404 unless there is one."""
    if not await source.remove_day(session, day):
        raise NotFound(f"no operator day on {day}")
    record = ("calendar", day.isoformat())
    await audit.append(
        session, principal=principal, at=now, action="calendar.day_removed", record=record
    )
    await outbox.add(session, CalendarDayRemoved(day=day), subject=day.isoformat())


async def declare_years(
    session: AsyncSession, *, principal: Principal, now: datetime, years: list[int]
) -> None:
    """Declares years complete; every service's copy receives them."""
    known = set(await repository.list_years(session))
    for year in years:
        await source.declare_year(session, year)
    new = sorted(set(years) - known)
    acts = [("calendar.year_declared", ("calendar", str(y)), None) for y in new]
    await audit.append_many(session, principal=principal, at=now, acts=acts)
    await outbox.add_many(session, [(CalendarYearDeclared(year=y), str(y)) for y in new])


async def withdraw_year(
    session: AsyncSession, *, principal: Principal, now: datetime, year: int
) -> None:
    """Withdraws a year's declaration; 404 unless it was declared."""
    if not await source.withdraw_year(session, year):
        raise NotFound(f"the year {year} is not declared")
    record = ("calendar", str(year))
    await audit.append(
        session, principal=principal, at=now, action="calendar.year_withdrawn", record=record
    )
    await outbox.add(session, CalendarYearWithdrawn(year=year), subject=str(year))
