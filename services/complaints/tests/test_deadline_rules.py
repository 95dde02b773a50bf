"""Time-limit rules without I/O (R15): open limits, reminders, escalation, who answers."""

from datetime import date

import pytest

from services.complaints.complaints.rules import Status
from services.complaints.deadlines.rules import (
    OPEN_LIMITS,
    DeadlineAction,
    LimitKind,
    answerable_unit,
    deadline_actions,
    open_in,
    open_limits,
)
from shared.workdays import WorkCalendar

CALENDAR = WorkCalendar.official()
ACK_DUE, HANDLE_DUE = date(2026, 12, 3), date(2026, 12, 22)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.RECEIVED, {LimitKind.ACKNOWLEDGE: ACK_DUE, LimitKind.HANDLE: HANDLE_DUE}),
        (Status.ACKNOWLEDGED, {LimitKind.HANDLE: HANDLE_DUE}),
        (Status.HANDLED, {}),
    ],
)
def test_a_limit_is_open_until_the_step_it_times_is_done_R15(
    status: Status, expected: dict[LimitKind, date]
) -> None:
    assert open_limits(status, ACK_DUE, HANDLE_DUE) == expected


def test_the_check_selects_the_statuses_where_each_limit_is_open_R15() -> None:
    assert set(OPEN_LIMITS) == set(Status)
    assert open_in(LimitKind.ACKNOWLEDGE) == [Status.RECEIVED]
    assert open_in(LimitKind.HANDLE) == [Status.RECEIVED, Status.ACKNOWLEDGED]


def test_reminder_before_the_limit_escalation_after_it_R15() -> None:
    limits = {LimitKind.ACKNOWLEDGE: date(2026, 12, 3), LimitKind.HANDLE: date(2026, 12, 22)}
    assert deadline_actions(date(2026, 12, 1), limits, CALENDAR, 1) == []
    assert deadline_actions(date(2026, 12, 2), limits, CALENDAR, 1) == [
        (LimitKind.ACKNOWLEDGE, DeadlineAction.REMINDER)
    ]
    assert deadline_actions(date(2026, 12, 3), limits, CALENDAR, 1) == [
        (LimitKind.ACKNOWLEDGE, DeadlineAction.REMINDER)
    ]
    assert deadline_actions(date(2026, 12, 4), limits, CALENDAR, 1) == [
        (LimitKind.ACKNOWLEDGE, DeadlineAction.ESCALATION)
    ]
    assert deadline_actions(date(2026, 12, 23), limits, CALENDAR, 1) == [
        (LimitKind.ACKNOWLEDGE, DeadlineAction.ESCALATION),
        (LimitKind.HANDLE, DeadlineAction.ESCALATION),
    ]


def test_reminder_lead_counts_working_days_over_a_weekend() -> None:
    # Due Monday 7 December 2026: on Friday the 4th one working day remains.
    limits = {LimitKind.HANDLE: date(2026, 12, 7)}
    assert deadline_actions(date(2026, 12, 4), limits, CALENDAR, 1) == [
        (LimitKind.HANDLE, DeadlineAction.REMINDER)
    ]
    assert deadline_actions(date(2026, 12, 3), limits, CALENDAR, 1) == []


def test_first_contact_answers_until_the_hand_over_is_acknowledged_R15() -> None:
    assert answerable_unit("SZ-GOV-OFFICE", "SZ-URBAN-MGMT", acknowledged=False) == "SZ-GOV-OFFICE"
    assert answerable_unit("SZ-GOV-OFFICE", "SZ-URBAN-MGMT", acknowledged=True) == "SZ-URBAN-MGMT"
