"""The complaint lifecycle without I/O: every legal move, and every other one refused (409)."""

import pytest

from services.complaints.complaints.rules import TRANSITIONS, Action, Status
from shared.errors import Conflict
from shared.statemachine import IllegalTransition, allowed_actions, next_status

S, A = Status, Action
# Forwarding and reassignment hand the complaint to a unit that must acknowledge it anew (R10,
# R15); only an acknowledged complaint is handled; only a handled one is appraised (R17).
LEGAL = {
    (S.RECEIVED, A.FORWARD): S.RECEIVED,
    (S.ACKNOWLEDGED, A.FORWARD): S.RECEIVED,
    (S.RECEIVED, A.REASSIGN): S.RECEIVED,
    (S.ACKNOWLEDGED, A.REASSIGN): S.RECEIVED,
    (S.RECEIVED, A.ACKNOWLEDGE): S.ACKNOWLEDGED,
    (S.ACKNOWLEDGED, A.HANDLE): S.HANDLED,
    (S.HANDLED, A.APPRAISE): S.HANDLED,
}
ILLEGAL = [
    (status, action) for status in Status for action in Action if (status, action) not in LEGAL
]


def test_the_table_holds_exactly_the_legal_moves() -> None:
    assert dict(TRANSITIONS) == LEGAL


@pytest.mark.parametrize(("current", "action"), list(LEGAL))
def test_every_legal_move_leads_to_its_status(current: Status, action: Action) -> None:
    assert next_status(TRANSITIONS, current, action, what="complaint") == LEGAL[(current, action)]


@pytest.mark.parametrize(("current", "action"), ILLEGAL)
def test_every_other_move_is_refused_as_a_conflict(current: Status, action: Action) -> None:
    with pytest.raises(IllegalTransition) as refused:
        next_status(TRANSITIONS, current, action, what="complaint")
    assert isinstance(refused.value, Conflict)  # 409 problem+json
    assert refused.value.detail == f"a complaint that is {current} cannot {action}"


def test_a_handled_complaint_can_only_be_appraised_R17() -> None:
    assert allowed_actions(TRANSITIONS, S.HANDLED) == [A.APPRAISE]
    assert allowed_actions(TRANSITIONS, S.RECEIVED) == [A.FORWARD, A.REASSIGN, A.ACKNOWLEDGE]
    assert allowed_actions(TRANSITIONS, S.ACKNOWLEDGED) == [A.FORWARD, A.REASSIGN, A.HANDLE]
