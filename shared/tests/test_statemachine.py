from enum import StrEnum

import pytest

from shared.errors import Conflict
from shared.statemachine import IllegalTransition, allowed_actions, next_status


class Light(StrEnum):
    RED = "red"
    GREEN = "green"


class Act(StrEnum):
    GO = "go"
    STOP = "stop"


TABLE = {(Light.RED, Act.GO): Light.GREEN, (Light.GREEN, Act.STOP): Light.RED}


def test_a_listed_move_gives_its_status() -> None:
    assert next_status(TABLE, Light.RED, Act.GO, what="light") == Light.GREEN


def test_an_unlisted_move_is_a_409_naming_the_move() -> None:
    with pytest.raises(IllegalTransition) as raised:
        next_status(TABLE, Light.RED, Act.STOP, what="light")
    assert isinstance(raised.value, Conflict) and raised.value.status == 409
    assert raised.value.detail == "a light that is red cannot stop"


def test_allowed_actions_follow_the_table() -> None:
    assert allowed_actions(TABLE, Light.GREEN) == [Act.STOP]
