"""The working-day calendar every service computes its deadlines on: package data + operators' days.

Registry owns the operators' days (holidays, adjusted working days, years declared complete) and
publishes every change on a compacted topic keyed by day or year; each other service applies
them to a local copy. Registry reads its own tables through the same class, so every service
builds the same `WorkCalendar` from the same kind of rows.
"""

import time
from datetime import date

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    event,
    select,
)
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.consumer import Handler
from shared.events import ConsumedPayload, Envelope
from shared.workdays import CalendarDay, WorkCalendar

CALENDAR_TOPIC = "registry.calendar"
DAY_SET = "registry.calendar.day_set.v1"
DAY_REMOVED = "registry.calendar.day_removed.v1"
YEAR_DECLARED = "registry.calendar.year_declared.v1"
YEAR_WITHDRAWN = "registry.calendar.year_withdrawn.v1"
CALENDAR_EVENT_TYPES = (DAY_SET, DAY_REMOVED, YEAR_DECLARED, YEAR_WITHDRAWN)


class CalendarDayView(ConsumedPayload):
    """What a consumer reads of a day event (a removal carries the day only)."""

    day: date
    working: bool = False
    name: str = ""


class CalendarYearView(ConsumedPayload):
    """What a consumer reads of a year event."""

    year: int


def calendar_copy_tables(metadata: MetaData) -> tuple[Table, Table]:
    """Defines the local copy of the operators' days and declared years in a service's metadata."""
    days = Table(
        "calendar_day_copy",
        metadata,
        Column("day", Date, primary_key=True),
        Column("working", Boolean, nullable=False),
        Column("name", String(50), nullable=False),
    )
    years = Table("calendar_year_copy", metadata, Column("year", Integer, primary_key=True))
    return days, years


class CalendarSource:
    """Builds one service's current calendar from its rows, and keeps those rows current.

    The calendar is read once per request or job and cached in the process for a few
    seconds; applying a change clears the cache, again when its transaction commits, so this
    process sees the change at once and other replicas within `cache_seconds`.
    """

    def __init__(self, days: Table, years: Table, cache_seconds: float = 5.0) -> None:
        self.days = days
        self.years = years
        self.cache_seconds = cache_seconds
        self._cached: tuple[float, WorkCalendar] | None = None

    async def current(self, session: AsyncSession) -> WorkCalendar:
        """Gets the calendar: the package's data plus the operators' days and years."""
        now = time.monotonic()
        if self._cached is not None and self._cached[0] > now:
            return self._cached[1]
        days = (await session.execute(select(self.days))).all()
        years = (await session.scalars(select(self.years.c.year))).all()
        calendar = WorkCalendar.official(
            extra=[CalendarDay(d.day, d.working, d.name) for d in days], extra_years=years
        )
        self._cached = (now + self.cache_seconds, calendar)
        return calendar

    def changed(self, session: AsyncSession) -> None:
        """Clears the cache now and once more when the session's transaction commits."""
        self._clear()
        # A request may rebuild the old calendar before this commits: clear once more after it.
        event.listen(session.sync_session, "after_commit", self._clear, once=True)

    def _clear(self, *_: object) -> None:
        self._cached = None

    async def set_day(self, session: AsyncSession, entry: CalendarDay) -> None:
        """Adds or replaces a day."""
        values = {"working": entry.working, "name": entry.name}
        statement = insert(self.days).values(day=entry.day, **values)
        await session.execute(
            statement.on_conflict_do_update(index_elements=[self.days.c.day], set_=values)
        )
        self.changed(session)

    async def remove_day(self, session: AsyncSession, day: date) -> bool:
        """Removes a day; tells whether it was there."""
        result = await session.execute(delete(self.days).where(self.days.c.day == day))
        self.changed(session)
        return bool(getattr(result, "rowcount", 0))

    async def declare_year(self, session: AsyncSession, year: int) -> None:
        """Declares a year complete."""
        await session.execute(insert(self.years).values(year=year).on_conflict_do_nothing())
        self.changed(session)

    async def withdraw_year(self, session: AsyncSession, year: int) -> bool:
        """Withdraws a year's declaration; tells whether it was declared."""
        result = await session.execute(delete(self.years).where(self.years.c.year == year))
        self.changed(session)
        return bool(getattr(result, "rowcount", 0))

    async def apply(self, session: AsyncSession, envelope: Envelope) -> None:
        """Applies a calendar event of the registry to this copy."""
        if envelope.type in (DAY_SET, DAY_REMOVED):
            view = envelope.payload(CalendarDayView)
            if envelope.type == DAY_SET:
                await self.set_day(session, CalendarDay(view.day, view.working, view.name))
            else:
                await self.remove_day(session, view.day)
            return
        year = envelope.payload(CalendarYearView).year
        if envelope.type == YEAR_DECLARED:
            await self.declare_year(session, year)
        else:
            await self.withdraw_year(session, year)

    def handlers(self) -> dict[str, Handler]:
        """Gets the consumer handlers that keep the copy current."""
        return dict.fromkeys(CALENDAR_EVENT_TYPES, self.apply)
