"""Which complaint events open a referral, and how many (R15), without I/O."""

import pytest

from services.referrals.complaint_referrals.rules import (
    ESCALATED,
    FAULT_SUBSTANTIATED,
    trigger,
)


def test_each_missed_time_limit_opens_its_own_referral_R15() -> None:
    assert trigger(ESCALATED, "acknowledge") != trigger(ESCALATED, "handle")
    assert trigger(ESCALATED, "acknowledge") == trigger(ESCALATED, "acknowledge")


def test_a_substantiated_fault_opens_one_referral() -> None:
    assert trigger(FAULT_SUBSTANTIATED) == "substantiated_fault"


def test_other_events_open_nothing() -> None:
    with pytest.raises(ValueError):
        trigger("complaints.complaint.received.v1")
    with pytest.raises(ValueError):
        trigger(ESCALATED)
