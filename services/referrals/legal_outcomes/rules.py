"""Legal outcomes against departments' acts and the responsibility review they open (R16).

Seed 001: an act revoked (or partly revoked) in reconsideration or litigation is reviewed for
responsibility (责任审查); a fault found is referred to supervision (R5), as a referral report
copied to SUPERVISION and PERSONNEL (R6). Pure data and functions.
"""

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from services.referrals.reports.rules import ReportKind
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

# LEGAL (法制办) records reconsideration and litigation outcomes and the reviews' findings;
# SUPERVISION, which receives the referrals, reads them too (and the department its own).
RECORDERS = frozenset({FunctionalRole.LEGAL})
READERS = frozenset({FunctionalRole.LEGAL, FunctionalRole.SUPERVISION})


class Proceeding(StrEnum):
    """The proceeding against an administrative act."""

    RECONSIDERATION = "reconsideration"  # 行政复议
    LAWSUIT = "lawsuit"  # 行政诉讼


class Outcome(StrEnum):
    """What the proceeding decided about the act."""

    UPHELD = "upheld"  # 维持
    CHANGED = "changed"  # 变更
    REVOKED = "revoked"  # 撤销
    LOST = "lost"  # 败诉 (litigation only)


# R16: a revoked act, or a lawsuit the department lost, opens a responsibility review.
OPENS_REVIEW = frozenset({Outcome.REVOKED, Outcome.LOST})
# A reconsideration revokes, changes or upholds an act; only a lawsuit is lost (败诉).
OUTCOMES: Mapping[Proceeding, frozenset[Outcome]] = {
    Proceeding.RECONSIDERATION: frozenset({Outcome.UPHELD, Outcome.CHANGED, Outcome.REVOKED}),
    Proceeding.LAWSUIT: frozenset(Outcome),
}
# The referral report a fault found in the review becomes (reports/rules.py FILERS: LEGAL).
REPORT_KINDS: Mapping[Proceeding, ReportKind] = {
    Proceeding.RECONSIDERATION: ReportKind.RECONSIDERATION_FINDING,
    Proceeding.LAWSUIT: ReportKind.LITIGATION_FINDING,
}
NAMES_ZH: Mapping[Proceeding, str] = {
    Proceeding.RECONSIDERATION: "行政复议",
    Proceeding.LAWSUIT: "行政诉讼",
}


class ReviewStatus(StrEnum):
    """Where a responsibility review is."""

    OPEN = "open"  # 审查中
    REFERRED = "referred"  # 发现行政过错，已移送监察
    CLOSED = "closed"  # 未发现行政过错，已结案


class Finding(StrEnum):
    """What the review found."""

    FAULT = "fault"  # 存在行政过错
    NO_FAULT = "no_fault"  # 不存在行政过错


class ReviewAction(StrEnum):
    """What ends a review."""

    REFER = "refer"  # a fault found: referred to supervision (R5)
    CLOSE = "close"  # no fault found: closed with its reasons


TRANSITIONS: Mapping[tuple[ReviewStatus, ReviewAction], ReviewStatus] = {
    (ReviewStatus.OPEN, ReviewAction.REFER): ReviewStatus.REFERRED,
    (ReviewStatus.OPEN, ReviewAction.CLOSE): ReviewStatus.CLOSED,
}


def is_possible(proceeding: Proceeding, outcome: Outcome) -> bool:
    """Tells whether a proceeding can end with this outcome."""
    return outcome in OUTCOMES[proceeding]


def opens_review(outcome: Outcome) -> bool:
    """Tells whether an outcome opens a responsibility review of the department (R16)."""
    return outcome in OPENS_REVIEW


def review_due(opened_on: date, calendar: WorkCalendar, working_days: int) -> date:
    """Gets the review's deadline: `working_days` working days after it opened."""
    return calendar.add_working_days(opened_on, working_days)


def action_for(finding: Finding) -> ReviewAction:
    """Gets the action a finding takes: a fault is referred, none closes the review."""
    return ReviewAction.REFER if finding == Finding.FAULT else ReviewAction.CLOSE


def is_overdue(status: ReviewStatus, due_date: date, today: date) -> bool:
    """Tells whether an open review has passed its deadline (the day itself is in time)."""
    return status == ReviewStatus.OPEN and due_date < today


def report_title(proceeding: Proceeding, act: str) -> str:
    """Gets the title of the referral report of a fault found (at most 200 characters)."""
    return f"{NAMES_ZH[proceeding]}纠错责任审查发现行政过错：{act}"[:200]
