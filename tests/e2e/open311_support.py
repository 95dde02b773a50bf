"""Third-party GeoReport v2 clients pointed at the live stack, and the partner app's api key.

civicbot's `Open311Client` speaks JSON and has all six methods; `georeport.GeoReport` reads
XML (with xmltodict). Neither can add a header of the caller's choosing, so the transport
below adds what the front end does (X-Forwarded-For, one client per test) and, to follow a
request, its X-Complaint-Secret.
"""

import contextlib
import json
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import requests.sessions
from civicbot.http import HttpError, HttpTransport, RateLimiter
from civicbot.open311 import Open311Client
from civicbot.registry import Endpoint
from georeport import GeoReport

from services.complaints.config import ComplaintsSettings
from tests.e2e.complaints_helpers import URBAN, client_headers
from tests.support.stack import Stack, token

JURISDICTION = ComplaintsSettings().open311_jurisdiction_id
KEY_ADMIN = ("SZ-GOV-OFFICE", "admin")
ATTRIBUTES = {"target_department": URBAN, "event_date": "2026-11-01", "target_post": "服务窗口"}


class HeaderTransport(HttpTransport):
    """civicbot's transport with the headers a front end adds (no delay between calls)."""

    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__(rate_limiter=RateLimiter(min_interval=0))
        self.headers = headers

    def _open(self, req: urllib.request.Request) -> bytes:
        for name, value in self.headers.items():
            req.add_header(name, value)
        return bytes(super()._open(req))


def base(stack: Stack) -> str:
    """Gets the GeoReport v2 endpoint of the stack."""
    return stack.url("complaints") + "/open311/v2"


def civic(
    stack: Stack,
    *,
    jurisdiction: str | None = JURISDICTION,
    keyless: bool = False,
    secret: str | None = None,
) -> Any:
    """Gets civicbot's client (JSON) for a distinct public client, holding a request's secret.

    `keyless`: the client posts without an api key (civicbot refuses to, by default).
    """
    endpoint = Endpoint(
        id="shenzhen-test",
        name="Shenzhen (test)",
        base_url=base(stack),
        write=True,
        api_key_required_for_write=not keyless,
    )
    extra = {"X-Complaint-Secret": secret} if secret is not None else {}
    transport = HeaderTransport(client_headers(**extra))
    return Open311Client(endpoint, transport=transport, jurisdiction_id=jurisdiction)


def georeport(stack: Stack) -> Any:
    """Gets georeport's client, reading XML."""
    return GeoReport(base(stack), jurisdiction=JURISDICTION, output_format="xml")


@contextlib.contextmanager
def front_end(**headers: str) -> Iterator[None]:
    """Sends these headers (and a distinct X-Forwarded-For) with every `requests` call.

    georeport calls `requests.get` with no way to add a header; the session's defaults are
    where a front end's headers go.
    """
    original = requests.sessions.default_headers

    def with_front_end() -> Any:
        defaults = original()
        defaults.update(client_headers(**headers))
        return defaults

    requests.sessions.default_headers = with_front_end
    try:
        yield
    finally:
        requests.sessions.default_headers = original


def spec_errors(error: HttpError) -> list[dict[str, Any]]:
    """Gets the error list of a refused call (asserting the specification's shape)."""
    listed = json.loads(error.body)
    assert isinstance(listed, list) and listed, error.body
    assert all(set(e) == {"code", "description"} for e in listed), listed
    assert all(e["code"] == error.status for e in listed), listed
    return listed


async def issue_key(http: httpx.AsyncClient, stack: Stack, name: str = "") -> tuple[str, str]:
    """Issues a partner app's api key as the government office's admin: (id, key)."""
    response = await http.post(
        stack.url("complaints") + "/open311/api-keys",
        json={"name": name or f"partner-{uuid.uuid4().hex[:8]}"},
        headers=token(*KEY_ADMIN),
    )
    assert response.status_code == 201, response.text
    issued = response.json()
    return str(issued["id"]), str(issued["key"])


def request_form(**overrides: Any) -> dict[str, Any]:
    """The keyword arguments of civicbot's create_request for a valid complaint."""
    return {
        "lat": 22.543096,
        "lng": 114.057865,
        "address_string": "深圳市福田区福中三路行政服务大厅",
        "description": "办理营业执照拖延两个月未果。",
        "attributes": dict(ATTRIBUTES),
        "media_url": "https://example.org/photos/window-queue.jpg",
        **overrides,
    }
