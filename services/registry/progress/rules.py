"""Quarterly progress reports (R1): which quarters are due, late or missing."""

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from shared.workdays import WorkCalendar

# R1: every quarter; we take the report as due within 10 working days after the quarter ends.
REPORT_DUE_WORKING_DAYS = 10

Quarter = tuple[int, int]


class QuarterState(StrEnum):
    """Where a task's report for one quarter stands."""

    REPORTED = "reported"  # 按时报送
    REPORTED_LATE = "reported_late"  # 逾期报送
    MISSING = "missing"  # 未报送 (past due)
    PENDING = "pending"  # not due yet


class QuarterStatus(NamedTuple):
    """One quarter of a task's reporting."""

    year: int
    quarter: int
    due: date
    state: QuarterState


def quarter_of(day: date) -> Quarter:
    """Gets the (year, quarter) a date falls in."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> date:
    """Gets the last day of a quarter."""
    first_of_next = date(year + quarter // 4, quarter % 4 * 3 + 1, 1)
    return first_of_next - timedelta(days=1)


def report_due(year: int, quarter: int, calendar: WorkCalendar) -> date:
    """Gets the last day a quarter's report is on time (R1)."""
    return calendar.add_working_days(quarter_end(year, quarter), REPORT_DUE_WORKING_DAYS)


def quarters_between(first: Quarter, last: Quarter) -> list[Quarter]:
    """Lists the quarters from first to last inclusive."""
    quarters, (year, quarter) = [], first
    while (year, quarter) <= last:
        quarters.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return quarters


def reportable(quarter: Quarter, assigned_on: date, today: date) -> bool:
    """Tells whether a report may be filed for a quarter: from assignment to the current one."""
    return quarter_of(assigned_on) <= quarter <= quarter_of(today)


def is_late(quarter: Quarter, reported_on: date, calendar: WorkCalendar) -> bool:
    """Tells whether a report came after its due day."""
    return reported_on > report_due(*quarter, calendar)


def quarter_statuses(
    assigned_on: date,
    until: date,
    today: date,
    reported: Mapping[Quarter, date],
    calendar: WorkCalendar,
) -> list[QuarterStatus]:
    """Lists every quarter a task owes a report for, and whether it came, late, or not (R1)."""
    statuses = []
    for year, quarter in quarters_between(quarter_of(assigned_on), quarter_of(until)):
        due = report_due(year, quarter, calendar)
        on = reported.get((year, quarter))
        if on is not None:
            state = QuarterState.REPORTED_LATE if on > due else QuarterState.REPORTED
        else:
            state = QuarterState.MISSING if today > due else QuarterState.PENDING
        statuses.append(QuarterStatus(year, quarter, due, state))
    return statuses
