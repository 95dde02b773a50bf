"""Major incident review (责任检讨, R12): its deadlines and who circulates the result.

Pure data and functions; the incident service and the overdue check use them.
"""

import calendar as months
from datetime import date
from enum import StrEnum

from services.referrals.incidents.rules import Severity
from shared.workdays import WorkCalendar

# R12 applies after a major accident or event.
REVIEWED = frozenset({Severity.ESPECIALLY_MAJOR, Severity.MAJOR})
EXPLANATION_MONTHS = 1  # 000 item 18: explain to the superior within one month
EXPLANATION_WORKING_DAYS = 20  # 003: complete the review within 20 working days
CIRCULATION_MONTHS = 3  # circulate within 3 months after the investigation


class ReviewLimit(StrEnum):
    """The deadlines of a review."""

    EXPLANATION = "explanation"
    CIRCULATION = "circulation"


class Circulator(StrEnum):
    """Who circulates the review's result inside government."""

    GOVERNMENT = "government"  # the same-level government, when the department head is involved
    DEPARTMENT = "department"  # the responsible department itself


def add_months(day: date, count: int) -> date:
    """Gets the same day `count` months later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + count
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, months.monthrange(year, month)[1]))


def is_reviewed(severity: Severity) -> bool:
    """Tells whether an incident calls for the R12 review."""
    return severity in REVIEWED


def explanation_due(occurred_on: date, calendar: WorkCalendar) -> date:
    """Gets the explanation deadline: the earlier of one month and 20 working days (R12)."""
    return min(
        add_months(occurred_on, EXPLANATION_MONTHS),
        calendar.add_working_days(occurred_on, EXPLANATION_WORKING_DAYS),
    )


def circulation_due(investigation_concluded_on: date) -> date:
    """Gets the circulation deadline: 3 months after the investigation concluded (R12)."""
    return add_months(investigation_concluded_on, CIRCULATION_MONTHS)


def circulator(department_head_involved: bool) -> Circulator:
    """Gets who circulates the result: the government when the department head is involved."""
    return Circulator.GOVERNMENT if department_head_involved else Circulator.DEPARTMENT
