"""White paper rules (R13), without I/O."""

from services.registry.tasks.rules import TaskStatus
from services.registry.white_papers.rules import (
    WhitePaperStatus,
    completion_label,
    may_edit,
    next_version,
)


def test_a_published_white_paper_is_immutable_R13() -> None:
    assert may_edit(WhitePaperStatus.DRAFT)
    assert not may_edit(WhitePaperStatus.PUBLISHED)


def test_a_correction_is_the_next_version_R13() -> None:
    assert next_version([]) == 1
    assert next_version([1, 2]) == 3


def test_previous_year_completion_per_task_R13() -> None:
    assert completion_label(TaskStatus.COMPLETED) == "completed"
    assert completion_label(TaskStatus.COMPLETED_LATE) == "completed_late"
    assert completion_label(TaskStatus.OVERDUE) == "overdue"
    assert completion_label(TaskStatus.IN_PROGRESS) == "unfinished"
