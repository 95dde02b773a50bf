"""Task rules without I/O: the state machine, deadlines, the tree and access (R2, R3)."""

from datetime import UTC, date, datetime

import pytest

from services.registry.tasks.rules import (
    TRANSITIONS,
    ChildProgress,
    InvalidDeadline,
    TaskAction,
    TaskStatus,
    children_block_completion,
    derived_progress,
    is_overdue,
    may_act,
    may_move,
    may_see,
    resolve_deadline,
    would_create_cycle,
)
from shared.statemachine import IllegalTransition, next_status
from shared.workdays import WorkCalendar, local_date

CAL = WorkCalendar.official()
S, A = TaskStatus, TaskAction


@pytest.mark.parametrize(
    ("current", "action", "expected"),
    [
        (S.ASSIGNED, A.START, S.IN_PROGRESS),
        (S.IN_PROGRESS, A.COMPLETE, S.COMPLETED),
        (S.IN_PROGRESS, A.MARK_OVERDUE, S.OVERDUE),
        (S.OVERDUE, A.COMPLETE, S.COMPLETED_LATE),
        (S.OVERDUE, A.CANCEL, S.CANCELLED),
    ],
)
def test_legal_transitions(current: TaskStatus, action: TaskAction, expected: TaskStatus) -> None:
    assert next_status(TRANSITIONS, current, action, what="task") == expected


def test_every_other_transition_is_illegal() -> None:
    illegal = [(s, a) for s in TaskStatus for a in TaskAction if (s, a) not in TRANSITIONS]
    assert (S.COMPLETED, A.START) in illegal and (S.OVERDUE, A.START) in illegal
    for status, action in illegal:
        with pytest.raises(IllegalTransition) as raised:
            next_status(TRANSITIONS, status, action, what="task")
        assert raised.value.status == 409
        assert raised.value.detail == f"a task that is {status} cannot {action}"


def test_finished_tasks_never_move() -> None:
    for status in (S.COMPLETED, S.COMPLETED_LATE, S.CANCELLED):
        assert not [a for a in TaskAction if (status, a) in TRANSITIONS]


def test_working_day_deadline_across_national_day_with_adjusted_saturday() -> None:
    # 2026-09-30 + 3 working days: 1-7 Oct off, then Thu 8, Fri 9 and Saturday 10 Oct (调休).
    assert resolve_deadline(date(2026, 9, 30), CAL, working_days=3) == date(2026, 10, 10)


def test_deadline_is_a_date_or_working_days_never_before_assignment() -> None:
    assert resolve_deadline(date(2026, 3, 1), CAL, deadline=date(2026, 3, 1)) == date(2026, 3, 1)
    for kwargs in (
        {"deadline": date(2026, 2, 28)},
        {},
        {"deadline": date(2026, 4, 1), "working_days": 3},
        {"working_days": 0},
    ):
        with pytest.raises(InvalidDeadline):
            resolve_deadline(date(2026, 3, 1), CAL, **kwargs)


def test_overdue_is_after_the_deadline_day_and_only_for_active_tasks() -> None:
    deadline = date(2026, 10, 10)
    assert not is_overdue(S.IN_PROGRESS, deadline, date(2026, 10, 10))
    assert is_overdue(S.IN_PROGRESS, deadline, date(2026, 10, 11))
    assert not is_overdue(S.COMPLETED, deadline, date(2026, 10, 11))


def test_local_date_is_china_time() -> None:
    assert local_date(datetime(2026, 9, 30, 17, 0, tzinfo=UTC)) == date(2026, 10, 1)


def test_a_task_cannot_go_under_its_own_descendant_R3() -> None:
    parent_of: dict[str, str | None] = {"child": "root", "grandchild": "child"}
    assert would_create_cycle("root", "grandchild", parent_of)
    assert would_create_cycle("root", "root", parent_of)
    assert not would_create_cycle("grandchild", "root", parent_of)


def test_parent_progress_is_the_mean_of_its_children_R3() -> None:
    children = [
        ChildProgress(S.COMPLETED, 100),
        ChildProgress(S.IN_PROGRESS, 50),
        ChildProgress(S.CANCELLED, 0),
    ]
    assert derived_progress(children) == 75
    assert derived_progress([]) is None
    assert children_block_completion([S.COMPLETED, S.IN_PROGRESS])
    assert not children_block_completion([S.COMPLETED, S.CANCELLED])


def test_access_lead_and_co_units_see_gov_office_and_supervision_see_all_R2() -> None:
    assert may_see("SZ-LEGAL", None, "SZ-LEGAL", [])
    assert may_see("SZ-AUDIT", "AUDIT", "SZ-LEGAL", ["SZ-AUDIT"])
    assert not may_see("SZ-FINANCE", "FINANCE", "SZ-LEGAL", ["SZ-AUDIT"])
    assert may_see("SZ-SUPERVISION", "SUPERVISION", "SZ-LEGAL", [])
    assert may_see("SZ-GOV-OFFICE", "GOV_OFFICE", "SZ-LEGAL", [])


def test_a_lead_unit_moves_only_tasks_of_its_own_decomposition_R3() -> None:
    # The government office moves any task.
    assert may_move("SZ-GOV-OFFICE", "GOV_OFFICE", "SZ-AUDIT", None, "SZ-URBAN-MGMT")
    # The new parent's lead moves its own task, or one from under another parent it leads.
    assert may_move("SZ-URBAN-MGMT", None, "SZ-URBAN-MGMT", None, "SZ-URBAN-MGMT")
    assert may_move("SZ-URBAN-MGMT", None, "SZ-FUTIAN", "SZ-URBAN-MGMT", "SZ-URBAN-MGMT")
    # It may not take another department's task into its own tree…
    assert not may_move("SZ-URBAN-MGMT", None, "SZ-AUDIT", None, "SZ-URBAN-MGMT")
    assert not may_move("SZ-URBAN-MGMT", None, "SZ-FUTIAN", "SZ-AUDIT", "SZ-URBAN-MGMT")
    # …nor hang its own task under a parent another department leads.
    assert not may_move("SZ-URBAN-MGMT", None, "SZ-URBAN-MGMT", None, "SZ-AUDIT")


def test_lead_works_on_a_task_and_the_assigner_cancels_it() -> None:
    assert may_act(A.COMPLETE, "SZ-LEGAL", None, "SZ-LEGAL", "SZ-GOV-OFFICE")
    assert not may_act(A.COMPLETE, "SZ-AUDIT", None, "SZ-LEGAL", "SZ-GOV-OFFICE")
    assert may_act(A.CANCEL, "SZ-GOV-OFFICE", "GOV_OFFICE", "SZ-LEGAL", "SZ-GOV-OFFICE")
    assert not may_act(A.CANCEL, "SZ-LEGAL", None, "SZ-LEGAL", "SZ-GOV-OFFICE")
    assert not may_act(A.MARK_OVERDUE, "SZ-GOV-OFFICE", "GOV_OFFICE", "SZ-LEGAL", "SZ-GOV-OFFICE")
