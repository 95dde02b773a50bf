"""Working days (工作日) on the PRC official calendar: holidays and adjusted working weekends.

The data comes from the `chinesecalendar` package for the years it covers, plus days the
operators add (for years the package does not cover yet). For a year nobody has covered,
Monday to Friday are working days and `covers(year)` says False, so callers can flag a
deadline as provisional rather than pretend it is exact.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from chinese_calendar import constants

log = logging.getLogger(__name__)

# The city's time zone: deadlines are dates there, and working days are counted there.
CITY_TZ = ZoneInfo("Asia/Shanghai")


def local_date(at: datetime) -> date:
    """Gets the city's calendar date of an instant."""
    return at.astimezone(CITY_TZ).date()


def quarter_bounds(year: int, quarter: int) -> tuple[datetime, datetime]:
    """Gets the start (inclusive) and end (exclusive) of a calendar quarter in the city."""
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1 to 4")
    return _month_start(year, 3 * quarter - 2), _month_start(year, 3 * quarter + 1)


def half_year_bounds(year: int, half: int) -> tuple[datetime, datetime]:
    """Gets the start (inclusive) and end (exclusive) of a half year in the city."""
    if half not in (1, 2):
        raise ValueError("half must be 1 or 2")
    return _month_start(year, 6 * half - 5), _month_start(year, 6 * half + 1)


def _month_start(year: int, month: int) -> datetime:
    # Month 13 is January of the next year.
    return datetime(year + (month - 1) // 12, (month - 1) % 12 + 1, 1, tzinfo=CITY_TZ)


class CalendarDay(NamedTuple):
    """An operator's entry: a date that is (or is not) a working day, against the weekday rule."""

    day: date
    working: bool
    name: str = ""


@dataclass(frozen=True)
class WorkCalendar:
    """Tells working days apart and counts them."""

    holidays: frozenset[date]
    adjusted_workdays: frozenset[date]
    covered_years: frozenset[int]

    @classmethod
    def official(
        cls, extra: Iterable[CalendarDay] = (), extra_years: Iterable[int] = ()
    ) -> "WorkCalendar":
        """Builds the calendar from the package's data plus operators' days and declared years."""
        holidays = set(constants.holidays)
        workdays = set(constants.workdays)
        for entry in extra:
            (workdays if entry.working else holidays).add(entry.day)
            (holidays if entry.working else workdays).discard(entry.day)
        years = {d.year for d in constants.holidays} | set(extra_years)
        return cls(frozenset(holidays), frozenset(workdays), frozenset(years))

    def covers(self, year: int) -> bool:
        """Tells whether the official holidays of a year are known."""
        return year in self.covered_years

    def is_provisional(self, start: date, deadline: date) -> bool:
        """Tells whether counting from `start` to `deadline` crosses a year nobody covered."""
        return any(not self.covers(y) for y in range(start.year, deadline.year + 1))

    def is_working_day(self, day: date) -> bool:
        """Tells whether a date is a working day."""
        if day in self.holidays:
            return False
        if day in self.adjusted_workdays:
            return True
        return day.weekday() < 5

    def add_working_days(self, start: date, days: int) -> date:
        """Gets the date that is `days` working days after `start` (start itself not counted)."""
        if days < 0:
            raise ValueError("days must not be negative")
        current, counted = start, 0
        while counted < days:
            current += timedelta(days=1)
            if self.is_working_day(current):
                counted += 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Counts the working days after `start` up to and including `end`."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_working_day(current)
        return count


_logged_years: set[int] = set()


def flag_provisional(calendar: WorkCalendar, start: date, deadline: date) -> bool:
    """Tells whether a working-day deadline is provisional; logs each uncovered year once.

    Once per process, that is once per service and year: the log says that operators have
    to enter that year's holidays (docs/operations.md), not every deadline that needs them.
    """
    provisional = calendar.is_provisional(start, deadline)
    for year in range(start.year, deadline.year + 1):
        if not calendar.covers(year) and year not in _logged_years:
            _logged_years.add(year)
            log.warning(
                "working-day deadlines in %s are provisional: no holidays are known for it",
                year,
                extra={"year": year},
            )
    return provisional
