"""The live stream (SSE) of a department's new items, resumed with Last-Event-ID."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.e2e.notifications_support import inbox_url, publish, wait_item, with_test_settings
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack

PETITION = "SZ-PETITION"


async def _feedback(stack: Stack) -> Any:
    complaint = str(uuid.uuid4())
    return await publish(
        stack,
        "complaints.complaints",
        "complaints.complaint.feedback_given.v1",
        {"complaint_id": complaint, "feedback_to": PETITION, "from_department": "SZ-AUDIT"},
        subject=complaint,
        source="complaints",
    )


async def _events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    fields: dict[str, str] = {}
    async for line in response.aiter_lines():
        if line == "":
            if "data" in fields:
                item = json.loads(fields["data"])
                yield {**item, "sse_id": fields.get("id"), "sse_event": fields.get("event")}
            fields = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            fields[name] = value.removeprefix(" ")


async def _take(response: httpx.Response, n: int) -> list[dict[str, Any]]:
    taken: list[dict[str, Any]] = []

    async def read() -> None:
        async for event in _events(response):
            taken.append(event)
            if len(taken) == n:
                return

    await asyncio.wait_for(read(), timeout=30)
    return taken


async def test_stream_sends_new_items_and_resumes_after_last_event_id(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    url = inbox_url(stack, PETITION, "/stream")
    async with http.stream("GET", url, headers=token(PETITION)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        first_event = await _feedback(stack)
        [first] = await _take(response, 1)
    assert first["sse_event"] == "inbox.item"
    assert first["source_event_id"] == str(first_event.id)  # only new items, not the backlog
    assert first["sse_id"] == str(first["seq"])

    missed = [await _feedback(stack) for _ in range(2)]
    for event in missed:
        await wait_item(http, stack, PETITION, event)
    resume = {**token(PETITION), "Last-Event-ID": first["sse_id"]}
    async with http.stream("GET", url, headers=resume) as response:
        assert response.status_code == 200
        replayed = await _take(response, 2)
    assert [e["source_event_id"] for e in replayed] == [str(e.id) for e in missed]
    assert int(replayed[0]["sse_id"]) > int(first["sse_id"])


async def test_stream_is_authenticated_and_limited_to_the_own_department(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = inbox_url(stack, PETITION, "/stream")
    assert (await http.get(url)).status_code == 401
    assert (await http.get(url, headers=token("SZ-AUDIT"))).status_code == 403
    bad = await http.get(url, headers={**token(PETITION), "Last-Event-ID": "abc"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
