"""Bad input gets 422 problem+json and changes nothing: no row, no event.

Strict input (issue 13): a value of another JSON type is refused, never converted; dates and
instants are ISO 8601 strings, instants with their offset, in bodies and queries alike; an
impossible value (an incident in the future, a quarter 5) is refused.
"""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.e2e.complaints_helpers import client_headers, complaint_body
from tests.e2e.helpers import FINANCE, SUPERVISION, report_body
from tests.e2e.registry_helpers import GOV, assign, task_body
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack

CASES = {
    "malformed-json": b'{"kind": "financial_inspection_report", ',
    "unknown-field": report_body(severity="high"),
    "missing-field": {k: v for k, v in report_body().items() if k != "title"},
    "wrong-type": report_body(title=["not", "a", "string"]),
    "over-long-title": report_body(title="长" * 201),
    "over-long-summary": report_body(summary="x" * 4001),
    "unknown-kind": report_body(kind="gossip"),
    "empty-title": report_body(title="   "),
    "unknown-concerned-department": report_body(concerned_department="SZ-NOWHERE"),
    # Found by schemathesis: PostgreSQL text cannot hold NUL (was 500), and a body that is not
    # UTF-8 got FastAPI's undocumented 400.
    "nul-in-title": report_body(title="专项\x00检查"),
    "not-utf8": b'{"kind": "financial_inspection_report", "title": "\xe4\xb8"}',
}


async def _counts(stack: Stack) -> tuple[int, int]:
    return (
        await stack.scalar("referrals", "select count(*) from referral_reports"),
        await stack.scalar("referrals", "select count(*) from outbox"),
    )


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
async def test_bad_report_is_422_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient, case: str
) -> None:
    before = await _counts(stack)
    body = CASES[case]
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        content=body if isinstance(body, bytes) else None,
        json=None if isinstance(body, bytes) else body,
        headers={**token(FINANCE), "content-type": "application/json"},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith("/validation-error")
    assert problem["status"] == 422
    assert problem["errors"], "the problem lists what is wrong"
    assert await _counts(stack) == before


def _incident(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "某街道燃气爆炸事故",
        "severity": "large",
        "occurred_at": "2026-11-02T10:00:00+08:00",
        "on_site_meeting_at": "2026-11-02T20:00:00+08:00",
        "officials": [{"role": "street_principal", "name": "李某", "post": "主任", "unit": "街道"}],
        **overrides,
    }


def _in(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


# Where each kind of body is posted, by whom, and what it writes.
TARGETS = {
    "task": ("registry", "/tasks", token(GOV), "tasks"),
    "incident": ("referrals", "/incidents", token(SUPERVISION), "incidents"),
    "complaint": ("complaints", "/public/complaints", client_headers(), "complaints"),
}
# Valid bodies but for one field: the value pydantic's lax mode converted (to what is beside
# it) and stored, or an impossible one.
BAD_BODIES: dict[str, tuple[str, dict[str, Any], str]] = {
    "bool-for-int": ("task", task_body(deadline_working_days=True), "deadline_working_days"),  # 1
    "string-for-int": ("task", task_body(deadline_working_days="20"), "deadline_working_days"),
    "float-for-int": ("task", task_body(deadline_working_days=20.0), "deadline_working_days"),
    "string-for-bool": (
        "incident",
        _incident(department_head_involved="yes"),
        "department_head_involved",
    ),
    "number-for-bool": (
        "incident",
        _incident(department_head_involved=1),
        "department_head_involved",
    ),
    "number-for-instant": ("incident", _incident(occurred_at=0), "occurred_at"),  # 1970
    "digits-for-instant": ("incident", _incident(occurred_at="1700000000"), "occurred_at"),  # 2023
    "instant-without-offset": (
        "incident",
        _incident(occurred_at="2026-11-02T10:00:00"),
        "occurred_at",
    ),
    "number-for-date": ("complaint", complaint_body(event_date=0), "event_date"),  # 1970-01-01
    "digit-for-date": ("complaint", complaint_body(event_date="0"), "event_date"),  # 1970-01-01
    "instant-for-date": (
        "complaint",
        complaint_body(event_date="2026-11-02T00:00:00+08:00"),
        "event_date",
    ),
    "incident-in-the-future": (
        "incident",
        _incident(occurred_at=_in(1), on_site_meeting_at=_in(1.1)),
        "occurred_at",
    ),
    "meeting-in-the-future": (
        "incident",
        _incident(on_site_meeting_at=_in(1)),
        "on_site_meeting_at",
    ),
    "deadline-before-the-start": (
        "task",
        task_body(deadline="2020-01-01", deadline_working_days=None),
        "deadline",
    ),
    "complaint-about-the-future": (
        "complaint",
        complaint_body(event_date=_in(2)[:10]),
        "event_date",
    ),
}


def _assert_refused(response: httpx.Response, field: str | int, where: str = "body") -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith("/validation-error") and problem["status"] == 422
    assert any(e["loc"][0] == where and field in e["loc"] for e in problem["errors"]), problem


@pytest.mark.parametrize("case", BAD_BODIES, ids=list(BAD_BODIES))
async def test_a_value_of_another_type_or_an_impossible_one_is_422_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient, case: str
) -> None:
    """A bool is not an int, a string not a bool, a number not a date; nothing in the future."""
    target, body, field = BAD_BODIES[case]
    service, path, headers, table = TARGETS[target]
    counts = f"select (select count(*) from {table}), (select count(*) from outbox)"
    before = await stack.fetch(service, counts)
    response = await http.post(stack.url(service) + path, json=body, headers=headers)
    _assert_refused(response, field)
    assert await stack.fetch(service, counts) == before


async def test_progress_takes_a_percent_and_a_quarter_as_numbers_within_their_bounds(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """`false` is not 0 percent, "50" is not 50, 101 % and the 5th quarter do not exist."""
    task = await assign(http, stack)
    url = f"{stack.url('registry')}/tasks/{task['id']}/progress"
    today = datetime.now(UTC)
    valid = {"year": today.year, "quarter": (today.month - 1) // 3 + 1, "percent": 40}
    count = "select count(*) from progress_reports where task_id = $1"
    for field, value in [
        ("percent", False),
        ("percent", "50"),
        ("percent", 101),
        ("percent", -1),
        ("quarter", 5),
        ("quarter", 0),
        ("quarter", "4"),
        ("year", 2026.0),
    ]:
        body = {**valid, field: value, "summary": "已完成方案起草"}
        response = await http.post(url, json=body, headers=token(task["lead_unit"]))
        _assert_refused(response, field)
    assert await stack.scalar("registry", count, uuid.UUID(task["id"])) == 0
    accepted = {**valid, "summary": "已完成方案起草"}
    response = await http.post(url, json=accepted, headers=token(task["lead_unit"]))
    assert response.status_code == 201, response.text  # the same body, valid, is taken


QUERY_CASES = {
    "unix-time-for-since": ("since", "0"),
    "digits-for-since": ("since", "1700000000"),
    "since-without-offset": ("since", "2026-12-01T00:00:00"),
    "date-for-since": ("since", "2026-12-01"),
    "since-after-until": ("since", "2026-12-02T00:00:00%2B08:00&until=2026-12-01T00:00:00%2B08:00"),
}


@pytest.mark.parametrize("case", QUERY_CASES, ids=list(QUERY_CASES))
async def test_an_inbox_query_instant_is_iso_8601_with_an_offset(
    stack: Stack, http: httpx.AsyncClient, case: str
) -> None:
    """`?since=0` is not 1970: 422; the same filter in ISO 8601 with its offset works."""
    field, value = QUERY_CASES[case]
    url = f"{stack.url('notifications')}/departments/{FINANCE}/inbox"
    response = await http.get(f"{url}?{field}={value}", headers=token(FINANCE))
    _assert_refused(response, field, where="query")
    good = await http.get(f"{url}?since=2026-12-01T00:00:00%2B08:00", headers=token(FINANCE))
    assert good.status_code == 200, good.text


@pytest.mark.parametrize(
    "query",
    [
        "deadline_to=0",
        "deadline_from=20261201",
        "deadline_to=2026-12-01T00:00:00%2B08:00",
        "deadline_from=2026-12-31&deadline_to=2026-12-01",
    ],
)
async def test_a_task_query_date_is_iso_8601(
    stack: Stack, http: httpx.AsyncClient, query: str
) -> None:
    """`?deadline_to=0` is not 1970-01-01, and a range must not end before it starts: 422."""
    url = stack.url("registry") + "/tasks"
    response = await http.get(f"{url}?{query}", headers=token(GOV))
    _assert_refused(response, query.split("=")[0], where="query")
    good = await http.get(
        f"{url}?deadline_from=2026-12-01&deadline_to=2026-12-31", headers=token(GOV)
    )
    assert good.status_code == 200, good.text
