"""Handling rules: forwarding within the R10 scope, a new unit's own limit (R15), faults."""

from datetime import date, datetime

from services.complaints.complaints.rules import Outcome, TimeLimit
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar, local_date

# R10: matters within these departments' business scope are forwarded by PETITION and fed back.
R10_SCOPE = frozenset(
    {
        FunctionalRole.SUPERVISION,
        FunctionalRole.FINANCE,
        FunctionalRole.AUDIT,
        FunctionalRole.LEGAL,
    }
)
# A (partly) substantiated fault is referred to SUPERVISION, which opens a case (R5, R15).
FAULT_OUTCOMES = frozenset({Outcome.SUBSTANTIATED, Outcome.PARTLY_SUBSTANTIATED})


def feedback_required(receiver_role: str | None) -> bool:
    """Tells whether a department receiving a forwarded petition must feed back (R10)."""
    return receiver_role in R10_SCOPE


def acknowledge_due_on_hand_over(
    due: date, handed_over: datetime, limit: TimeLimit, calendar: WorkCalendar
) -> date:
    """Gets the new unit's last day to acknowledge: its own full limit, never earlier (R15)."""
    return max(due, calendar.add_working_days(local_date(handed_over), limit.acknowledge_days))
