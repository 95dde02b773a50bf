"""Urge notices (催办通知书): who issues them, on what, and when they become a referral (R4, R5)."""

from datetime import date

from services.registry.tasks.rules import TaskStatus
from shared.directory import FunctionalRole

# R5: the government office's second urge notice on the same overdue matter is referred.
REFERRAL_SEQUENCE = 2


# R4: urge notices are the government office's supervision documents (the route's policy).
ISSUERS = frozenset({FunctionalRole.GOV_OFFICE})


def may_be_urged(status: TaskStatus) -> bool:
    """Tells whether a task is overdue, the only state an urge notice answers."""
    return status == TaskStatus.OVERDUE


def valid_new_deadline(new_deadline: date, today: date) -> bool:
    """Tells whether an urge notice's new deadline lies in the future."""
    return new_deadline > today


def refers_to_supervision(sequence: int) -> bool:
    """Tells whether the notice with this number sends the matter to supervision (R5)."""
    return sequence >= REFERRAL_SEQUENCE
