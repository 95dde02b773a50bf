"""Time-limit rules (R15 限时办结): which limits are open, reminders, escalation, who answers."""

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from services.complaints.complaints.rules import Status
from shared.workdays import WorkCalendar


class LimitKind(StrEnum):
    """The two time limits of a complaint (限时办结, R15)."""

    ACKNOWLEDGE = "acknowledge"  # 签收时限
    HANDLE = "handle"  # 办结时限


class DeadlineAction(StrEnum):
    """What a time limit produces."""

    REMINDER = "reminder"
    ESCALATION = "escalation"


# R15: a limit runs until the step it times is done; a handled complaint has none open.
OPEN_LIMITS: Mapping[Status, frozenset[LimitKind]] = {
    Status.RECEIVED: frozenset({LimitKind.ACKNOWLEDGE, LimitKind.HANDLE}),
    Status.ACKNOWLEDGED: frozenset({LimitKind.HANDLE}),
    Status.HANDLED: frozenset(),
}


def open_limits(status: Status, acknowledge_due: date, handle_due: date) -> dict[LimitKind, date]:
    """Gets the limits open in a status, with their due dates (R15)."""
    due = {LimitKind.ACKNOWLEDGE: acknowledge_due, LimitKind.HANDLE: handle_due}
    return {kind: due[kind] for kind in LimitKind if kind in OPEN_LIMITS[status]}


def open_in(kind: LimitKind) -> list[Status]:
    """Gets the statuses in which a limit is open (R15), in the order of the statuses."""
    return [status for status in Status if kind in OPEN_LIMITS[status]]


def deadline_actions(
    today: date,
    open_limits: dict[LimitKind, date],
    calendar: WorkCalendar,
    reminder_lead_days: int,
) -> list[tuple[LimitKind, DeadlineAction]]:
    """Gets what the open time limits call for today: a reminder before, an escalation after."""
    actions: list[tuple[LimitKind, DeadlineAction]] = []
    for kind, due in open_limits.items():
        if today > due:
            actions.append((kind, DeadlineAction.ESCALATION))
        elif calendar.working_days_between(today, due) <= reminder_lead_days:
            actions.append((kind, DeadlineAction.REMINDER))
    return actions


def answerable_unit(first_contact_unit: str, handler: str, acknowledged: bool) -> str:
    """Gets who answers for the complaint: the first contact until the hand-over is acknowledged."""
    return handler if acknowledged else first_contact_unit
