"""The operators' calendar: entering, correcting and removing days, each change published."""

from datetime import date, datetime
from typing import Any

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


async def _audit(
    session: AsyncSession,
    principal: Principal,
    now: datetime,
    action: str,
    record: str,
    **detail: Any,
) -> None:
    await audit.append(
        session,
        principal=principal,
        at=now,
        action=f"calendar.{action}",
        record=("calendar", record),
        detail=detail,
    )


async def set_days(
    session: AsyncSession, *, principal: Principal, now: datetime, days: list[CalendarDay]
) -> None:
    """Enters or corrects days; every service's copy receives them."""
    for entry in days:
        await source.set_day(session, entry)
        detail = {"working": entry.working, "name": entry.name}
        await _audit(session, principal, now, "day_set", entry.day.isoformat(), **detail)
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
    await _audit(session, principal, now, "day_removed", day.isoformat())
    await outbox.add(session, CalendarDayRemoved(day=day), subject=day.isoformat())


async def declare_years(
    session: AsyncSession, *, principal: Principal, now: datetime, years: list[int]
) -> None:
    """Declares years complete; every service's copy receives them."""
    known = set(await repository.list_years(session))
    for year in years:
        await source.declare_year(session, year)
    new = sorted(set(years) - known)
    for year in new:
        await _audit(session, principal, now, "year_declared", str(year))
    await outbox.add_many(session, [(CalendarYearDeclared(year=y), str(y)) for y in new])


async def withdraw_year(
    session: AsyncSession, *, principal: Principal, now: datetime, year: int
) -> None:
    """Withdraws a year's declaration; 404 unless it was declared."""
    if not await source.withdraw_year(session, year):
        raise NotFound(f"the year {year} is not declared")
    await _audit(session, principal, now, "year_withdrawn", str(year))
    await outbox.add(session, CalendarYearWithdrawn(year=year), subject=str(year))
