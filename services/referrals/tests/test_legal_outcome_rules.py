"""R16: which outcomes open a responsibility review, its deadline and how it ends (no I/O)."""

from datetime import date

import pytest

from services.referrals.legal_outcomes.rules import (
    REPORT_KINDS,
    TRANSITIONS,
    Finding,
    Outcome,
    Proceeding,
    ReviewAction,
    ReviewStatus,
    action_for,
    is_overdue,
    is_possible,
    opens_review,
    report_title,
    review_due,
)
from services.referrals.reports.rules import ReportKind, may_file
from shared.directory import FunctionalRole
from shared.statemachine import IllegalTransition, next_status
from shared.workdays import WorkCalendar


@pytest.mark.parametrize(
    ("outcome", "opens"),
    [
        (Outcome.UPHELD, False),
        (Outcome.CHANGED, False),
        (Outcome.REVOKED, True),
        (Outcome.LOST, True),
    ],
)
def test_only_a_revoked_or_lost_act_opens_a_review_R16(outcome: Outcome, opens: bool) -> None:
    assert opens_review(outcome) is opens


def test_a_reconsideration_is_not_lost_but_a_lawsuit_may_be() -> None:
    assert not is_possible(Proceeding.RECONSIDERATION, Outcome.LOST)
    assert is_possible(Proceeding.RECONSIDERATION, Outcome.REVOKED)
    assert all(is_possible(Proceeding.LAWSUIT, outcome) for outcome in Outcome)


def test_the_review_is_due_in_working_days_across_national_day_R16() -> None:
    calendar = WorkCalendar.official()
    # 30 Sep 2026 + 3 working days: 1–7 Oct are holidays, Thu 8, Fri 9, adjusted Sat 10.
    assert review_due(date(2026, 9, 30), calendar, 3) == date(2026, 10, 10)
    assert review_due(date(2026, 11, 2), calendar, 20) == date(2026, 11, 30)


def test_a_fault_is_referred_and_no_fault_closes_once_R16() -> None:
    assert action_for(Finding.FAULT) == ReviewAction.REFER
    assert action_for(Finding.NO_FAULT) == ReviewAction.CLOSE
    referred = next_status(TRANSITIONS, ReviewStatus.OPEN, ReviewAction.REFER, what="review")
    assert referred == ReviewStatus.REFERRED
    with pytest.raises(IllegalTransition):
        next_status(TRANSITIONS, referred, ReviewAction.CLOSE, what="review")


def test_an_open_review_is_overdue_the_day_after_its_deadline() -> None:
    due = date(2026, 11, 30)
    assert not is_overdue(ReviewStatus.OPEN, due, due)
    assert is_overdue(ReviewStatus.OPEN, due, date(2026, 12, 1))
    assert not is_overdue(ReviewStatus.CLOSED, due, date(2026, 12, 1))


def test_the_fault_becomes_a_report_legal_may_file_R5() -> None:
    for proceeding, kind in REPORT_KINDS.items():
        assert may_file(FunctionalRole.LEGAL, kind), proceeding
    assert REPORT_KINDS[Proceeding.LAWSUIT] == ReportKind.LITIGATION_FINDING
    assert len(report_title(Proceeding.LAWSUIT, "罚" * 300)) == 200
