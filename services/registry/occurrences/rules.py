"""Recurring duties: periods, due dates, an occurrence's lifecycle (seed 000 items 13, 19, 30)."""

from calendar import monthrange
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from shared.workdays import WorkCalendar


class Recurrence(StrEnum):
    """How often a duty comes back."""

    QUARTERLY = "quarterly"  # 每季度
    HALF_YEARLY = "half_yearly"  # 每半年
    YEARLY = "yearly"  # 每年


MONTHS = {Recurrence.QUARTERLY: 3, Recurrence.HALF_YEARLY: 6, Recurrence.YEARLY: 12}
_LABEL = {Recurrence.QUARTERLY: "Q", Recurrence.HALF_YEARLY: "H", Recurrence.YEARLY: ""}


class DueRule(NamedTuple):
    """When a period's occurrence is due: N (working) days after the period, or by the end of
    its k-th month ("by the end of February" of a year is month 2)."""

    days_after: int | None = None
    working_days_after: int | None = None
    by_month: int | None = None


class Period(NamedTuple):
    """One period of a recurring duty: the year and its quarter, half or 0 for the year."""

    recurrence: Recurrence
    year: int
    part: int

    @property
    def label(self) -> str:
        """Gets the period's name: 2026-Q3, 2026-H1, 2026."""
        tag = _LABEL[self.recurrence]
        return f"{self.year}-{tag}{self.part}" if tag else str(self.year)

    @property
    def starts_on(self) -> date:
        """Gets the period's first day."""
        months = MONTHS[self.recurrence]
        return date(self.year, max(self.part - 1, 0) * months + 1, 1)

    @property
    def ends_on(self) -> date:
        """Gets the period's last day."""
        return _month_end(self.starts_on, MONTHS[self.recurrence])


class OccurrenceStatus(StrEnum):
    """Where one period's occurrence of a duty stands."""

    OPEN = "open"  # 办理中
    COMPLETED = "completed"  # 按期完成
    OVERDUE = "overdue"  # 逾期未完成
    COMPLETED_LATE = "completed_late"  # 逾期完成


class OccurrenceAction(StrEnum):
    """What moves an occurrence: its lead unit completes it, the job marks it overdue."""

    COMPLETE = "complete"
    MARK_OVERDUE = "mark_overdue"


TRANSITIONS: Mapping[tuple[OccurrenceStatus, OccurrenceAction], OccurrenceStatus] = {
    (OccurrenceStatus.OPEN, OccurrenceAction.COMPLETE): OccurrenceStatus.COMPLETED,
    (OccurrenceStatus.OPEN, OccurrenceAction.MARK_OVERDUE): OccurrenceStatus.OVERDUE,
    (OccurrenceStatus.OVERDUE, OccurrenceAction.COMPLETE): OccurrenceStatus.COMPLETED_LATE,
}
FINISHED = frozenset({OccurrenceStatus.COMPLETED, OccurrenceStatus.COMPLETED_LATE})


def _month_end(start: date, months: int) -> date:
    month = start.month + months - 1
    year, month = start.year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, monthrange(year, month)[1])


def period_of(recurrence: Recurrence, day: date) -> Period:
    """Gets the period a day falls in."""
    if recurrence == Recurrence.YEARLY:
        return Period(recurrence, day.year, 0)
    return Period(recurrence, day.year, (day.month - 1) // MONTHS[recurrence] + 1)


def next_period(period: Period) -> Period:
    """Gets the period after one."""
    return period_of(period.recurrence, period.ends_on + timedelta(days=1))


def periods_between(first: Period, last: Period) -> list[Period]:
    """Lists the periods from first to last inclusive."""
    periods, current = [], first
    while current.starts_on <= last.starts_on:
        periods.append(current)
        current = next_period(current)
    return periods


def check_due_rule(recurrence: Recurrence, rule: DueRule) -> str | None:
    """Tells what is wrong with a due rule for a recurrence, or None when it is sound."""
    given = [v for v in rule if v is not None]
    if len(given) != 1:
        return "give exactly one of days_after, working_days_after, by_month"
    if rule.by_month is not None and not 1 <= rule.by_month <= MONTHS[recurrence]:
        return f"by_month is a month of the period: 1 to {MONTHS[recurrence]}"
    return None


def due_date(period: Period, rule: DueRule, calendar: WorkCalendar) -> date:
    """Gets the day a period's occurrence is due (working days on the official calendar)."""
    if rule.by_month is not None:
        return _month_end(period.starts_on, rule.by_month)
    if rule.working_days_after is not None:
        return calendar.add_working_days(period.ends_on, rule.working_days_after)
    return period.ends_on + timedelta(days=rule.days_after or 0)


def first_period(recurrence: Recurrence, assigned_on: date, today: date) -> Period:
    """Gets where a duty's occurrences start: the period of its assignment, or today's when the
    assignment is older (a duty tracked from now on is not back-dated)."""
    return period_of(recurrence, max(assigned_on, today))


def is_overdue(status: OccurrenceStatus, due: date, today: date) -> bool:
    """Tells whether an open occurrence has passed its due day (the due day itself is in time)."""
    return status == OccurrenceStatus.OPEN and due < today
