"""The case at supervision: its state machine, time limits and readers (R5, R9, R15).

Pure data and functions; `shared.statemachine.next_status(TRANSITIONS, …)` refuses a
transition the table does not list (409).
"""

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum

from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar, local_date


class CaseSource(StrEnum):
    """Where a case comes from; each source item opens at most one case."""

    REPORT = "report"  # a referral report with purpose=referral (R5)
    URGE_REFERRAL = "urge_referral"  # the second urge notice on one task (R5)
    COMPLAINT_REFERRAL = "complaint_referral"  # a missed time limit or substantiated fault (R15)
    MEDIA_LEAD = "media_lead"  # a problem the media reported (R9)
    INCIDENT = "incident"  # the initial decisions of an incident (001 art. 13–16)
    INCIDENT_REVIEW = "incident_review"  # the public apology after a failed review (R12)


class CaseStatus(StrEnum):
    """The steps of a case."""

    RECEIVED = "received"  # 受理前
    ACCEPTED = "accepted"  # 已受理
    REJECTED = "rejected"  # 不予受理 (reason fed back)
    UNDER_INVESTIGATION = "under_investigation"  # 调查中
    DECIDED = "decided"  # 已作出问责决定
    FEEDBACK_SENT = "feedback_sent"  # 已反馈
    CLOSED = "closed"  # 结案


class Action(StrEnum):
    """What supervision does to a case."""

    ACCEPT = "accept"
    REJECT = "reject"
    INVESTIGATE = "investigate"
    DECIDE = "decide"
    SEND_FEEDBACK = "send_feedback"
    CLOSE = "close"


S = CaseStatus
# The only legal transitions: (from, action) -> to.
TRANSITIONS: dict[tuple[CaseStatus, Action], CaseStatus] = {
    (S.RECEIVED, Action.ACCEPT): S.ACCEPTED,
    (S.RECEIVED, Action.REJECT): S.REJECTED,
    (S.ACCEPTED, Action.INVESTIGATE): S.UNDER_INVESTIGATION,
    (S.UNDER_INVESTIGATION, Action.DECIDE): S.DECIDED,
    (S.DECIDED, Action.SEND_FEEDBACK): S.FEEDBACK_SENT,
    (S.FEEDBACK_SENT, Action.CLOSE): S.CLOSED,
    (S.REJECTED, Action.CLOSE): S.CLOSED,
}


class Limit(StrEnum):
    """The time limits of a case."""

    ACCEPTANCE = "acceptance"  # accept or reject
    INVESTIGATION = "investigation"  # from acceptance to the decision
    FEEDBACK = "feedback"  # from the decision to the feedback


# Working days each limit allows, counted from the day the case entered the step. No seed
# gives these numbers: they are the defaults of settings (REFERRALS_CASE_*_WORKING_DAYS).
DEFAULT_LIMIT_WORKING_DAYS: dict[Limit, int] = {
    Limit.ACCEPTANCE: 5,
    Limit.INVESTIGATION: 60,
    Limit.FEEDBACK: 5,
}
CaseLimits = Mapping[Limit, int]
# The limit running while a case is in a status (none once fed back or closed).
RUNNING_LIMIT: dict[CaseStatus, Limit] = {
    S.RECEIVED: Limit.ACCEPTANCE,
    S.ACCEPTED: Limit.INVESTIGATION,
    S.UNDER_INVESTIGATION: Limit.INVESTIGATION,
    S.DECIDED: Limit.FEEDBACK,
}
# Entering these statuses starts a new limit (under_investigation keeps acceptance's).
STARTS_LIMIT = frozenset({S.RECEIVED, S.ACCEPTED, S.DECIDED})


def due_date(
    status: CaseStatus,
    entered_at: datetime,
    calendar: WorkCalendar,
    limits: Mapping[Limit, int] = DEFAULT_LIMIT_WORKING_DAYS,
) -> date | None:
    """Gets the due date of the limit a status starts, or None when it starts none."""
    limit = RUNNING_LIMIT.get(status)
    if limit is None or status not in STARTS_LIMIT:
        return None
    return calendar.add_working_days(local_date(entered_at), limits[limit])


def is_overdue(due: date | None, now: datetime) -> bool:
    """Tells whether a limit was missed: its due date has passed in China."""
    return due is not None and local_date(now) > due


# Who handles cases: supervision only (R5, R9, R15); the policy of the case routes.
HANDLERS = frozenset({FunctionalRole.SUPERVISION})


def may_handle(role: str | None) -> bool:
    """Tells whether a department handles cases: supervision only."""
    return role in HANDLERS


def may_read(reader: str, reader_role: str | None, referring: str | None, decided: bool) -> bool:
    """Tells whether a department reads a case: supervision, referrer, personnel once decided."""
    if reader_role == FunctionalRole.SUPERVISION or (referring and reader == referring):
        return True
    return reader_role == FunctionalRole.PERSONNEL and decided
