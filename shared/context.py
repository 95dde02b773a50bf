"""The work in progress (HTTP request or consumed event): its correlation id, the caller's token."""

import uuid
from contextvars import ContextVar

correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)
# The caller's bearer token, relayed on the one synchronous call to registry (directory.py).
caller_token: ContextVar[str | None] = ContextVar("caller_token", default=None)


def current_correlation_id() -> str:
    """Gets the current correlation id, or a new one when there is none."""
    return correlation_id.get() or uuid.uuid4().hex
