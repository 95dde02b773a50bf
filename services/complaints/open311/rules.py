"""Open311 GeoReport v2 rules as data and pure functions: statuses, query bounds, keys, privacy.

No I/O: the service applies them, the tests prove them without a database.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from services.complaints.complaints.rules import Status
from shared.workdays import CITY_TZ

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
# The discovery document's changeset: when this endpoint's interface last changed.
CHANGESET = datetime(2026, 12, 2, tzinfo=CITY_TZ)
FORMATS = {"json": "application/json", "xml": "text/xml"}
# GET requests without ids: the most recent 90 days, at most 1,000 requests (the spec's bounds).
DEFAULT_SPAN = timedelta(days=90)
MAX_SPAN = timedelta(days=90)
MAX_ROWS = 1000
MAX_IDS = 50  # ids of one GET requests?service_request_id=a,b,…
KEY_PREFIX = "o311_"


class Open311Status(StrEnum):
    """The two statuses of GeoReport v2."""

    OPEN = "open"
    CLOSED = "closed"


# A complaint is open until it is handled (办结): received (已受理) and acknowledged (已签收)
# are both "open"; handled is "closed".
STATUS_OF: dict[Status, Open311Status] = {
    Status.RECEIVED: Open311Status.OPEN,
    Status.ACKNOWLEDGED: Open311Status.OPEN,
    Status.HANDLED: Open311Status.CLOSED,
}


def open311_status(status: str) -> Open311Status:
    """Maps a complaint's status onto GeoReport's open/closed."""
    return STATUS_OF[Status(status)]


def complaint_statuses(wanted: set[Open311Status]) -> set[Status]:
    """Gets the complaint statuses that answer to these GeoReport statuses."""
    return {status for status, mapped in STATUS_OF.items() if mapped in wanted}


def expected_datetime(handle_due: date) -> datetime:
    """Gets when a complaint is due as a W3C datetime: the end of its last day, city time."""
    return datetime.combine(handle_due, time(23, 59, 59), tzinfo=CITY_TZ)


def service_notice(handling_department: str, handle_due: date) -> str:
    """Says who handles a request and by when (the same on POST and on every GET)."""
    return f"已受理，承办单位 {handling_department}，办理时限 {handle_due.isoformat()}"


@dataclass(frozen=True)
class Window:
    """The requested_datetime range of a GET requests without ids."""

    start: datetime
    end: datetime


def query_window(start: datetime | None, end: datetime | None, now: datetime) -> Window | str:
    """Gets the range to search (the last 90 days by default), or why it is refused.

    One bound alone spans 90 days from it; both may not span more than 90 days.
    """
    if start is None and end is None:
        return Window(now - DEFAULT_SPAN, now)
    if start is None:
        assert end is not None
        return Window(end - DEFAULT_SPAN, end)
    if end is None:
        return Window(start, start + DEFAULT_SPAN)
    if start > end:
        return "start_date must not be after end_date"
    if end - start > MAX_SPAN:
        return "start_date and end_date may not span more than 90 days"
    return Window(start, end)


def comma_list(value: str | None) -> list[str]:
    """Splits a comma-delimited parameter, dropping blanks."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def new_api_key() -> str:
    """Makes an api key for a partner app (256 random bits)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def api_key_hash(key: str) -> str:
    """Hashes an api key or a token for storage and lookup."""
    return hashlib.sha256(key.encode()).hexdigest()


def token_of(pepper: str, complaint_id: str) -> str:
    """Gets a request's token (GET tokens/{token} answers its service_request_id).

    Derived from the complaint with the server's pepper: a retried POST gets the same token.
    """
    digest = hmac.new(pepper.encode(), f"open311-token|{complaint_id}".encode(), "sha256")
    return base64.urlsafe_b64encode(digest.digest()[:18]).decode()
