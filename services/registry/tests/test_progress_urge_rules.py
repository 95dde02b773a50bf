"""Quarterly reports (R1) and urge notices (R4, R5) without I/O."""

from datetime import date

from services.registry.progress.rules import (
    QuarterState,
    is_late,
    quarter_end,
    quarter_of,
    quarter_statuses,
    quarters_between,
    report_due,
    reportable,
)
from services.registry.tasks.rules import TaskStatus
from services.registry.urges.rules import (
    ISSUERS,
    may_be_urged,
    refers_to_supervision,
    valid_new_deadline,
)
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

CAL = WorkCalendar.official()


def test_quarters() -> None:
    assert quarter_of(date(2026, 3, 31)) == (2026, 1)
    assert quarter_of(date(2026, 10, 1)) == (2026, 4)
    assert quarter_end(2026, 4) == date(2026, 12, 31)
    assert quarter_end(2026, 1) == date(2026, 3, 31)
    assert quarters_between((2025, 4), (2026, 2)) == [(2025, 4), (2026, 1), (2026, 2)]


def test_q3_report_is_due_ten_working_days_after_quarter_skipping_national_day_R1() -> None:
    # 30 Sep + 10 working days: 8, 9, 10 (adjusted Saturday), 12-16, 19, 20 Oct.
    assert report_due(2026, 3, CAL) == date(2026, 10, 20)
    assert not is_late((2026, 3), date(2026, 10, 20), CAL)
    assert is_late((2026, 3), date(2026, 10, 21), CAL)


def test_reports_only_for_quarters_from_assignment_to_now_R1() -> None:
    assert reportable((2026, 1), date(2026, 3, 20), date(2026, 4, 3))
    assert not reportable((2025, 4), date(2026, 3, 20), date(2026, 4, 3))
    assert not reportable((2026, 3), date(2026, 3, 20), date(2026, 4, 3))


def test_late_and_missing_quarters_are_visible_R1() -> None:
    states = quarter_statuses(
        date(2026, 2, 1),
        date(2026, 8, 3),
        date(2026, 8, 3),
        {(2026, 1): date(2026, 5, 20)},
        CAL,
    )
    assert [(s.quarter, s.state) for s in states] == [
        (1, QuarterState.REPORTED_LATE),
        (2, QuarterState.MISSING),
        (3, QuarterState.PENDING),
    ]


def test_only_gov_office_urges_and_only_overdue_tasks_R4() -> None:
    assert {FunctionalRole.GOV_OFFICE} == ISSUERS
    assert may_be_urged(TaskStatus.OVERDUE)
    assert not may_be_urged(TaskStatus.IN_PROGRESS)
    assert valid_new_deadline(date(2026, 10, 13), date(2026, 10, 12))
    assert not valid_new_deadline(date(2026, 10, 12), date(2026, 10, 12))


def test_second_urge_notice_refers_to_supervision_R5() -> None:
    assert not refers_to_supervision(1)
    assert refers_to_supervision(2)
    assert refers_to_supervision(3)  # later notices find the task already referred (unique task id)
