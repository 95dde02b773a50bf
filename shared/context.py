"""The correlation id of the work in progress (HTTP request or consumed event)."""

import uuid
from contextvars import ContextVar

correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)


def current_correlation_id() -> str:
    """Gets the current correlation id, or a new one when there is none."""
    return correlation_id.get() or uuid.uuid4().hex
