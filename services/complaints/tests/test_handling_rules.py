"""Handling rules without I/O: feedback to PETITION (R10), a new unit's own limit (R15)."""

from datetime import UTC, date, datetime

import pytest

from services.complaints.complaints.rules import TimeLimit
from services.complaints.handling.rules import (
    FAULT_OUTCOMES,
    R10_SCOPE,
    acknowledge_due_on_hand_over,
    feedback_required,
)
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

CALENDAR = WorkCalendar.official()


@pytest.mark.parametrize("role", list(FunctionalRole))
def test_feedback_to_petition_is_owed_within_the_four_scopes_R10(role: FunctionalRole) -> None:
    expected = role in {"SUPERVISION", "FINANCE", "AUDIT", "LEGAL"}
    assert feedback_required(role) is expected
    assert (role in R10_SCOPE) is expected
    assert not feedback_required(None)


def test_a_unit_handed_the_complaint_gets_its_own_time_to_acknowledge_R15() -> None:
    # Handed over on Friday 4 December 2026 (city date) with two days to acknowledge.
    handed_over = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
    limit = TimeLimit(2, 10)
    assert acknowledge_due_on_hand_over(date(2026, 12, 1), handed_over, limit, CALENDAR) == date(
        2026, 12, 8
    )
    # Never earlier than the limit already running.
    later = date(2026, 12, 10)
    assert acknowledge_due_on_hand_over(later, handed_over, limit, CALENDAR) == later


def test_substantiated_faults_are_the_ones_referred_to_supervision() -> None:
    assert {"substantiated", "partly_substantiated"} == FAULT_OUTCOMES
