"""Major incident review deadlines and circulation (R12), without I/O."""

from datetime import date

import pytest

from services.referrals.incidents.review import (
    Circulator,
    add_months,
    circulation_due,
    circulator,
    explanation_due,
    is_reviewed,
)
from services.referrals.incidents.rules import Severity
from shared.workdays import WorkCalendar

CAL = WorkCalendar.official()


@pytest.mark.parametrize(
    ("severity", "reviewed"),
    [
        (Severity.ESPECIALLY_MAJOR, True),
        (Severity.MAJOR, True),
        (Severity.LARGE, False),
        (Severity.ORDINARY_LARGE_LOSS, False),
    ],
)
def test_only_major_incidents_are_reviewed_R12(severity: Severity, reviewed: bool) -> None:
    assert is_reviewed(severity) is reviewed


def test_the_explanation_is_due_at_the_earlier_of_a_month_and_20_working_days_R12() -> None:
    # From Monday 2026-11-02, 20 working days end on Monday 2026-11-30, before 12-02.
    assert explanation_due(date(2026, 11, 2), CAL) == date(2026, 11, 30)
    # Over the national day holiday, one month (11-01) comes before 20 working days.
    assert explanation_due(date(2026, 10, 1), CAL) == date(2026, 11, 1)


def test_circulation_is_due_three_months_after_the_investigation_R12() -> None:
    assert circulation_due(date(2026, 11, 30)) == date(2027, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_the_government_circulates_when_the_department_head_is_involved_R12() -> None:
    assert circulator(True) == Circulator.GOVERNMENT
    assert circulator(False) == Circulator.DEPARTMENT
