"""The case state machine, its time limits and readers (R5, R9, R15), without I/O."""

from datetime import UTC, date, datetime

import pytest

from services.referrals.cases.rules import (
    TRANSITIONS,
    Action,
    CaseStatus,
    Limit,
    due_date,
    is_overdue,
    may_handle,
    may_read,
)
from services.referrals.reports.rules import ReportPurpose, opens_case
from shared.statemachine import IllegalTransition, allowed_actions, next_status
from shared.workdays import WorkCalendar

S = CaseStatus
CAL = WorkCalendar.official()


def _legal(status: CaseStatus, action: Action) -> bool:
    try:
        next_status(TRANSITIONS, status, action, what="case")
    except IllegalTransition:
        return False
    return True


def test_the_happy_path_goes_received_to_closed_R5() -> None:
    status = S.RECEIVED
    for action in (
        Action.ACCEPT,
        Action.INVESTIGATE,
        Action.DECIDE,
        Action.SEND_FEEDBACK,
        Action.CLOSE,
    ):
        assert _legal(status, action), (status, action)
        status = next_status(TRANSITIONS, status, action, what="case")
    assert status == S.CLOSED


def test_a_rejected_case_can_only_be_closed() -> None:
    assert next_status(TRANSITIONS, S.RECEIVED, Action.REJECT, what="case") == S.REJECTED
    assert [a for a in Action if _legal(S.REJECTED, a)] == [Action.CLOSE]
    assert allowed_actions(TRANSITIONS, S.REJECTED) == [Action.CLOSE]


LEGAL = {
    (S.RECEIVED, Action.ACCEPT),
    (S.RECEIVED, Action.REJECT),
    (S.ACCEPTED, Action.INVESTIGATE),
    (S.UNDER_INVESTIGATION, Action.DECIDE),
    (S.DECIDED, Action.SEND_FEEDBACK),
    (S.FEEDBACK_SENT, Action.CLOSE),
    (S.REJECTED, Action.CLOSE),
}


@pytest.mark.parametrize("status", list(CaseStatus))
@pytest.mark.parametrize("action", list(Action))
def test_only_the_listed_transitions_are_legal(status: CaseStatus, action: Action) -> None:
    assert _legal(status, action) == ((status, action) in LEGAL)


def test_nothing_leaves_a_closed_case_and_a_decided_case_is_not_decided_again() -> None:
    assert not any(_legal(S.CLOSED, a) for a in Action)
    assert not _legal(S.DECIDED, Action.DECIDE)
    assert not _legal(S.RECEIVED, Action.DECIDE)  # out of order


def test_an_out_of_order_step_is_a_409_naming_the_case_status() -> None:
    with pytest.raises(IllegalTransition) as raised:
        next_status(TRANSITIONS, S.CLOSED, Action.ACCEPT, what="case")
    assert raised.value.status == 409
    assert raised.value.detail == "a case that is closed cannot accept"


def test_limits_are_counted_in_working_days_over_the_national_day_holiday() -> None:
    # Received on Monday 2026-09-28 (Beijing): 5 working days skip the 10-01..10-07 holiday.
    received = datetime(2026, 9, 28, 2, 0, tzinfo=UTC)
    due = due_date(S.RECEIVED, received, CAL)
    assert due == CAL.add_working_days(date(2026, 9, 28), 5)
    assert due is not None and due > date(2026, 10, 7)
    assert due_date(S.ACCEPTED, received, CAL) == CAL.add_working_days(date(2026, 9, 28), 60)
    assert due_date(S.DECIDED, received, CAL) == CAL.add_working_days(date(2026, 9, 28), 5)


def test_starting_the_investigation_keeps_the_acceptance_limit_and_ends_start_none() -> None:
    now = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    assert due_date(S.UNDER_INVESTIGATION, now, CAL) is None
    assert due_date(S.FEEDBACK_SENT, now, CAL) is None
    assert due_date(S.CLOSED, now, CAL) is None
    assert {Limit.ACCEPTANCE, Limit.INVESTIGATION, Limit.FEEDBACK} == set(Limit)


def test_a_limit_is_missed_only_after_its_due_day_in_china() -> None:
    due = date(2026, 11, 6)
    assert not is_overdue(due, datetime(2026, 11, 6, 15, 59, tzinfo=UTC))  # 23:59 Beijing
    assert is_overdue(due, datetime(2026, 11, 6, 16, 0, tzinfo=UTC))  # 00:00 the next day
    assert not is_overdue(None, datetime(2030, 1, 1, tzinfo=UTC))


def test_only_supervision_handles_and_readers_are_limited_R5() -> None:
    assert may_handle("SUPERVISION") and not may_handle("PERSONNEL") and not may_handle(None)
    assert may_read("SZ-SUPERVISION", "SUPERVISION", "SZ-FINANCE", decided=False)
    assert may_read("SZ-FINANCE", "FINANCE", "SZ-FINANCE", decided=False)
    assert not may_read("SZ-AUDIT", "AUDIT", "SZ-FINANCE", decided=True)
    assert not may_read("SZ-PERSONNEL", "PERSONNEL", "SZ-FINANCE", decided=False)
    assert may_read("SZ-PERSONNEL", "PERSONNEL", "SZ-FINANCE", decided=True)
    assert not may_read("SZ-AUDIT", "AUDIT", None, decided=False)


def test_referral_reports_open_cases_information_reports_do_not_R4_R5() -> None:
    assert opens_case(ReportPurpose.REFERRAL)
    assert not opens_case(ReportPurpose.INFORMATION)
