"""White papers (白皮书, R13): what a department publishes each February, and immutability."""

from calendar import monthrange
from datetime import date
from enum import StrEnum

from services.registry.departments.rules import DepartmentKind
from services.registry.tasks.rules import TaskStatus

# R13 (000 item 7): the year's paper is published each February.
DUE_MONTH = 2
# Who publishes one: the city's departments and the district governments.
OWE_A_PAPER = frozenset({DepartmentKind.CITY_DEPARTMENT, DepartmentKind.DISTRICT_GOVERNMENT})


class WhitePaperStatus(StrEnum):
    """A white paper is edited as a draft; once published it never changes."""

    DRAFT = "draft"  # 草稿
    PUBLISHED = "published"  # 已公布


def may_edit(status: WhitePaperStatus) -> bool:
    """Tells whether a white paper may still change (a correction is a new version, R13)."""
    return status == WhitePaperStatus.DRAFT


def next_version(existing: list[int]) -> int:
    """Gets the number of a department's next version for a year."""
    return max(existing, default=0) + 1


def completion_label(status: TaskStatus) -> str:
    """Gets how a task ended up, as the next year's white paper reports it (R13)."""
    return {
        TaskStatus.COMPLETED: "completed",  # 按期完成
        TaskStatus.COMPLETED_LATE: "completed_late",  # 逾期完成
        TaskStatus.CANCELLED: "cancelled",  # 撤销
        TaskStatus.OVERDUE: "overdue",  # 逾期未完成
    }.get(status, "unfinished")  # 未完成


class ReviewOutcome(StrEnum):
    """SUPERVISION's review of a published paper (R13)."""

    ACCEPTED = "accepted"  # 审查通过
    RETURNED = "returned"  # 退回 (with findings)


def paper_due(year: int) -> date:
    """Gets the last day a year's white paper is on time: the end of February (R13)."""
    return date(year, DUE_MONTH, monthrange(year, DUE_MONTH)[1])


def is_late(year: int, published_on: date) -> bool:
    """Tells whether a paper came after its February due day (R13)."""
    return published_on > paper_due(year)


def owes_a_paper(kind: str, active: bool) -> bool:
    """Tells whether a department publishes a white paper each year (R13)."""
    return active and kind in OWE_A_PAPER


def review_problem(outcome: ReviewOutcome, findings: str | None) -> str | None:
    """Tells what is wrong with a review: a returned paper needs its findings (R13)."""
    if outcome == ReviewOutcome.RETURNED and not findings:
        return "a returned white paper needs findings"
    return None
