"""Idempotency-Key on creating POSTs: a retry gets the first answer and creates nothing more."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.e2e.authz_resources import copy_rule_body
from tests.e2e.complaints_helpers import client_headers, submit_public
from tests.e2e.helpers import AUDIT, FINANCE, SUPERVISION, post_retried, report_body
from tests.e2e.registry_helpers import task_body
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
REPORT_FILED = "referrals.report.filed.v1"
PROBLEMS = "https://accountability.example.gov.cn/problems/"


def _key() -> str:
    return f"test-{uuid.uuid4()}"


async def _filed(stack: Stack, title: str) -> tuple[int, int, int]:
    """Counts the reports with this title, their filed events and their cases."""
    row = (
        await stack.fetch(
            "referrals",
            "select count(*), "
            "(select count(*) from outbox o join referral_reports r on o.key = r.id::text "
            " where r.title = $1 and o.event_type = $2), "
            "(select count(*) from cases c join referral_reports r on c.source_id = r.id "
            " where r.title = $1) "
            "from referral_reports where title = $1",
            title,
            REPORT_FILED,
        )
    )[0]
    return row[0], row[1], row[2]


@asynccontextmanager
async def _slow_commits(stack: Stack, title: str, seconds: float) -> AsyncIterator[None]:
    """Makes the commit of a report with this title last `seconds` (a deferred trigger)."""
    name = f"slow_{uuid.uuid4().hex[:8]}"
    await stack.execute(
        "referrals",
        f"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep({seconds}); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER {name} AFTER INSERT ON referral_reports
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (NEW.title = '{title}') EXECUTE FUNCTION {name}();
        """,
    )
    try:
        yield
    finally:
        await stack.execute(
            "referrals", f"DROP TRIGGER {name} ON referral_reports; DROP FUNCTION {name}()"
        )


async def _file(
    http: httpx.AsyncClient, stack: Stack, key: str, body: dict[str, Any], by: str = FINANCE
) -> httpx.Response:
    return await http.post(
        stack.url("referrals") + "/referral-reports",
        json=body,
        headers={**token(by), "Idempotency-Key": key},
    )


async def test_a_retried_filing_gets_the_first_answer_and_files_one_report_and_case_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    key, body = _key(), report_body(title=f"retried-{uuid.uuid4().hex[:8]}")
    first = await _file(http, stack, key, body)
    again = await _file(http, stack, key, {**dict(reversed(body.items()))})  # same JSON
    assert first.status_code == again.status_code == 201, again.text
    assert again.json() == first.json()
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert await _filed(stack, body["title"]) == (1, 1, 1)


async def test_the_same_key_with_another_body_is_refused_422_and_files_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    key, title = _key(), f"first-{uuid.uuid4().hex[:8]}"
    assert (await _file(http, stack, key, report_body(title=title))).status_code == 201
    other = await _file(http, stack, key, report_body(title=f"other-{title}"))
    assert other.status_code == 422, other.text
    assert other.headers["content-type"] == "application/problem+json"
    assert other.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assert await _filed(stack, f"other-{title}") == (0, 0, 0)
    assert await _filed(stack, title) == (1, 1, 1)


@pytest.mark.parametrize("key", ["short", "x" * 101, "has space in it!!", "slash/in/the/key/x"])
async def test_a_malformed_key_is_refused_422_and_files_nothing(
    stack: Stack, http: httpx.AsyncClient, key: str
) -> None:
    title = f"bad-key-{uuid.uuid4().hex[:8]}"
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(title=title),
        headers={**token(FINANCE), "Idempotency-Key": key},
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assert await _filed(stack, title) == (0, 0, 0)


async def test_a_key_belongs_to_its_department(stack: Stack, http: httpx.AsyncClient) -> None:
    key, tag = _key(), uuid.uuid4().hex[:8]
    finance = await _file(http, stack, key, report_body(title=f"finance-{tag}"))
    audit = await _file(
        http, stack, key, report_body(title=f"audit-{tag}", kind="audit_result_report"), AUDIT
    )
    assert finance.status_code == audit.status_code == 201, audit.text
    assert "idempotent-replayed" not in audit.headers
    assert audit.json()["id"] != finance.json()["id"]


async def test_concurrent_requests_with_one_key_file_one_report_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    key, body = _key(), report_body(title=f"concurrent-{uuid.uuid4().hex[:8]}")
    async with _slow_commits(stack, body["title"], 1.5):
        first = asyncio.create_task(_file(http, stack, key, body))
        await asyncio.sleep(0.5)  # the first holds the key while it commits
        others = await asyncio.gather(*[_file(http, stack, key, body) for _ in range(5)])
        created = await first
    assert created.status_code == 201, created.text
    for other in others:
        assert other.status_code == 409, other.text
        assert other.json()["type"] == PROBLEMS + "request-in-progress"
        assert int(other.headers["retry-after"]) >= 1
    later = await _file(http, stack, key, body)
    assert later.status_code == 201 and later.headers["idempotent-replayed"] == "true"
    assert later.json() == created.json()
    assert await _filed(stack, body["title"]) == (1, 1, 1)


async def test_a_client_that_timed_out_retries_with_its_key_and_files_once_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    body = report_body(title=f"timed-out-{uuid.uuid4().hex[:8]}")
    async with _slow_commits(stack, body["title"], 2.0):
        retried = await post_retried(
            http,
            stack.url("referrals") + "/referral-reports",
            json=body,
            headers=token(FINANCE),
            timeout=1.0,
        )
    assert retried.attempts[0].error and "Timeout" in retried.attempts[0].error, retried
    assert retried.response is not None and retried.response.status_code == 201, retried
    assert retried.response.headers["idempotent-replayed"] == "true"
    assert retried.response.json()["title"] == body["title"]
    assert await _filed(stack, body["title"]) == (1, 1, 1)


@dataclass(frozen=True)
class Create:
    """One creating route: where, as whom, with what; how to count what it made (by `marker`)."""

    service: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    count: str  # SQL counting the rows holding the marker ($1)
    marker: str


Setup = Callable[[httpx.AsyncClient, Stack, str], Awaitable[Create]]


async def _task(http: httpx.AsyncClient, stack: Stack, marker: str) -> Create:
    count = "select count(*) from tasks where work_item = $1"
    body = task_body(work_item=marker)
    return Create("registry", "/tasks", token("SZ-GOV-OFFICE"), body, count, marker)


async def _media_lead(http: httpx.AsyncClient, stack: Stack, marker: str) -> Create:
    body = {"title": marker, "outlet": "深圳特区报", "summary": "媒体报道。"}
    count = "select count(*) from cases where title = $1"
    return Create("referrals", "/cases/media-leads", token(SUPERVISION), body, count, marker)


async def _copy_rule(http: httpx.AsyncClient, stack: Stack, marker: str) -> Create:
    body = {**copy_rule_body(), "description": marker}
    count = "select count(*) from copy_rules where description = $1"
    admin = token("SZ-GOV-OFFICE", "admin")
    return Create("notifications", "/copy-rules", admin, body, count, marker)


async def _public_message(http: httpx.AsyncClient, stack: Stack, marker: str) -> Create:
    headers = client_headers()
    receipt = await submit_public(http, stack, headers=headers)
    path = f"/public/complaints/{receipt['tracking_code']}/messages"
    headers["X-Complaint-Secret"] = receipt["secret"]
    count = "select count(*) from complaint_messages where body = $1"
    return Create("complaints", path, headers, {"body": marker}, count, marker)


@pytest.mark.parametrize("setup", [_task, _media_lead, _copy_rule, _public_message])
async def test_a_create_retried_with_its_key_in_each_service_creates_once(
    stack: Stack, http: httpx.AsyncClient, setup: Setup
) -> None:
    marker = f"idem-{uuid.uuid4().hex[:8]}"
    create = await setup(http, stack, marker)
    url = stack.url(create.service) + create.path
    headers = {**create.headers, "Idempotency-Key": _key()}
    first = await http.post(url, json=create.body, headers=headers)
    again = await http.post(url, json=create.body, headers=headers)
    assert first.status_code == again.status_code == 201, again.text
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    other_body = json.loads(json.dumps(create.body).replace(marker, f"{marker}-other"))
    other = await http.post(url, json=other_body, headers=headers)
    assert other.status_code == 422, other.text
    assert other.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assert await stack.scalar(create.service, create.count, marker) == 1
    assert await stack.scalar(create.service, create.count, f"{marker}-other") == 0
