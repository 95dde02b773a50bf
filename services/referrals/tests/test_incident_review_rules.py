"""Major incident review deadlines and circulation (R12), without I/O."""

from datetime import date

import pytest

from services.referrals.incidents.rules import (
    Circulator,
    ReviewLimit,
    Severity,
    add_months,
    circulation_due,
    circulator,
    explanation_due,
    is_reviewed,
    missed_limits,
)
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


def _missed(today: date, *, explained: bool = False, circulated: bool = False) -> list[object]:
    return list(
        missed_limits(
            explanation_due=date(2026, 11, 30),
            explained=explained,
            circulation_due=date(2027, 2, 28),
            circulated=circulated,
            today=today,
        )
    )


def test_a_review_deadline_is_missed_after_its_day_until_it_is_met_R12() -> None:
    assert _missed(date(2026, 11, 30)) == []
    assert _missed(date(2026, 12, 1)) == [(ReviewLimit.EXPLANATION, date(2026, 11, 30))]
    assert _missed(date(2027, 3, 1)) == [
        (ReviewLimit.EXPLANATION, date(2026, 11, 30)),
        (ReviewLimit.CIRCULATION, date(2027, 2, 28)),
    ]
    assert _missed(date(2027, 3, 1), explained=True, circulated=True) == []
    unset = missed_limits(
        explanation_due=None,
        explained=False,
        circulation_due=None,
        circulated=False,
        today=date(2030, 1, 1),
    )
    assert unset == []
