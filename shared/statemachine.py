"""Lifecycles as transition tables: one lookup, one 409 for an illegal move."""

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from shared.errors import Conflict

S = TypeVar("S", bound=StrEnum)
A = TypeVar("A", bound=StrEnum)


class IllegalTransition(Conflict):
    """An action the current status does not allow (409 problem+json)."""


def next_status(transitions: Mapping[tuple[S, A], S], current: S, action: A, *, what: str) -> S:
    """Gets the status an action leads to, or raises IllegalTransition naming `what` moved."""
    try:
        return transitions[(current, action)]
    except KeyError:
        raise IllegalTransition(f"a {what} that is {current} cannot {action}") from None


def allowed_actions(transitions: Mapping[tuple[S, A], S], current: S) -> list[A]:
    """Gets the actions the current status allows, in the table's order."""
    return [action for (status, action) in transitions if status == current]
