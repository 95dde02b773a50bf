"""Schemathesis hooks for tests/contracts/test_schemathesis.py (loaded by schemathesis.toml)."""

import itertools
from typing import Any

import schemathesis

_clients = itertools.count(1)


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: Any, kwargs: dict[str, Any]) -> None:
    """Sends each request as a distinct public client, as the front end's proxy would.

    The complaints service limits public requests per client and minute; one fuzzing client
    would get 429 after 30 requests and never reach the endpoints' own validation.
    """
    n = next(_clients)
    case.headers = {**(case.headers or {}), "X-Forwarded-For": f"10.77.{n // 250 % 250}.{n % 250}"}


@schemathesis.serializer("application/pdf", "image/png", "image/jpeg")
def file_body(context: Any, value: Any) -> bytes:
    """Sends an evidence file as the whole body (the documented example is the PDF's text).

    Schemathesis has no serializer of its own for these media types.
    """
    return value if isinstance(value, bytes) else str(value).encode()
