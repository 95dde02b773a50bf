"""White papers (白皮书, R13): what a department publishes each February, and immutability."""

from enum import StrEnum

from services.registry.tasks.rules import TaskStatus


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
