"""The live stream (SSE) of a department's new items, read with httpx-sse as a client would:
woken by PostgreSQL LISTEN/NOTIFY, pinged when idle, resumed with Last-Event-ID."""

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import httpx
import pytest
from httpx_sse import ServerSentEvent, aconnect_sse
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from services.notifications.inbox import repository
from services.notifications.inbox.schemas import NewItem
from shared.events import Envelope
from tests.e2e.helpers import metric
from tests.e2e.notifications_support import (
    fresh_unit,
    inbox_url,
    publish,
    wait_item,
    with_test_settings,
)
from tests.support.stack import DATABASE, DB_SUFFIX, DSN, Stack, token, wait_for

pytestmark = pytest.mark.stack

FORWARDED = "complaints.complaint.forwarded.v1"


async def _forward(stack: Stack, department: str) -> Envelope:
    complaint = str(uuid.uuid4())
    return await publish(
        stack,
        "complaints.complaints",
        FORWARDED,
        {"complaint_id": complaint, "to_department": department, "forwarded_by": "SZ-PETITION"},
        subject=complaint,
        source="complaints",
    )


@asynccontextmanager
async def _stream(
    http: httpx.AsyncClient, stack: Stack, department: str, last_event_id: str | None = None
) -> AsyncIterator[AsyncIterator[ServerSentEvent]]:
    headers = token(department) | ({"Last-Event-ID": last_event_id} if last_event_id else {})
    url = inbox_url(stack, department, "/stream")
    async with aconnect_sse(http, "GET", url, headers=headers) as source:
        assert source.response.status_code == 200
        assert source.response.headers["content-type"].startswith("text/event-stream")
        yield source.aiter_sse()  # one iterator per connection: the body is read once


async def _items(
    source: AsyncIterator[ServerSentEvent], n: int, timeout: float = 30
) -> list[dict[str, Any]]:
    """Reads the next n items (pings skipped), each with the time it arrived."""
    taken: list[dict[str, Any]] = []

    async def read() -> None:
        async for event in source:
            if event.event == "inbox.item":
                taken.append({**json.loads(event.data), "sse_id": event.id, "at": time.time()})
                if len(taken) == n:
                    return

    await asyncio.wait_for(read(), timeout)
    return taken


async def _reads(http: httpx.AsyncClient, stack: Stack) -> float:
    return await metric(http, stack, "notifications", "inbox_stream_reads_total")


async def test_a_new_item_reaches_a_live_stream_well_under_the_old_half_second_poll(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    unit = await fresh_unit(stack, http)
    committed: dict[str, float] = {}  # when the test heard the insert's commit (NOTIFY)
    listener = await asyncpg.connect(f"{DSN}/notifications{DB_SUFFIX}")
    await listener.add_listener(
        "inbox_items", lambda *args: committed.setdefault(args[3], time.time())
    )
    latencies = []
    try:
        async with _stream(http, stack, unit) as source:
            await asyncio.sleep(0.3)  # the stream is open and waiting
            for _ in range(7):
                committed.pop(unit, None)
                event = await _forward(stack, unit)
                [item] = await _items(source, 1)
                assert item["source_event_id"] == str(event.id)  # only new items
                await wait_for(lambda: _noted(committed, unit), timeout=5, interval=0.01)
                latencies.append(item["at"] - committed[unit])
                await asyncio.sleep(0.2)
    finally:
        await listener.close()
    # From the commit to the client: a wake-up and one read, never a poll's wait (a 0.5 s
    # poll would lag 0.25 s on average and pass 0.3 s four times in ten).
    assert sorted(latencies)[3] < 0.15, latencies
    assert max(latencies) < 0.3, latencies


async def _noted(committed: dict[str, float], department: str) -> bool:
    return department in committed


async def test_an_idle_stream_is_pinged(stack: Stack, http: httpx.AsyncClient) -> None:
    await with_test_settings(stack)  # a ping every second
    unit = await fresh_unit(stack, http)
    async with _stream(http, stack, unit) as source:
        seen: list[str] = []

        async def read() -> None:
            async for event in source:
                seen.append(event.event)

        with pytest.raises(TimeoutError):
            await asyncio.wait_for(read(), 2.6)
    assert seen.count("ping") >= 2 and "inbox.item" not in seen, seen


async def test_a_stream_resumes_after_last_event_id_without_loss_or_duplicates(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    unit = await fresh_unit(stack, http)
    async with _stream(http, stack, unit) as source:
        await asyncio.sleep(0.3)
        sent = [await _forward(stack, unit) for _ in range(12)]
        first = await _items(source, 4)  # the client leaves while items keep coming
    missed = [await _forward(stack, unit) for _ in range(3)]
    sent += missed
    for event in missed:
        await wait_item(http, stack, unit, event)
    async with _stream(http, stack, unit, last_event_id=first[-1]["sse_id"]) as source:
        rest = await _items(source, len(sent) - len(first))
        live = await _forward(stack, unit)
        [last] = await _items(source, 1)
    received = [*first, *rest]
    # Events on other partitions may be delivered in another order than published.
    assert sorted(i["source_event_id"] for i in received) == sorted(str(e.id) for e in sent)
    assert last["source_event_id"] == str(live.id)
    positions = [int(i["sse_id"]) for i in [*received, last]]
    assert positions == sorted(set(positions))  # in delivery order, each once
    assert all(i["sse_id"] == str(i["seq"]) for i in received)


def _item(department: str) -> NewItem:
    return NewItem(
        department=department,
        rules=("TEST",),
        source_event_id=uuid.uuid4(),
        source_event_type=FORWARDED,
        source_service="complaints",
        subject=str(uuid.uuid4()),
        title="迟到的提交",
        sender=None,
        data={},
        requires_ack=False,
    )


async def test_an_item_numbered_first_but_committed_last_still_reaches_the_stream(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Two deliveries to one inbox, the first held open (a slow consumer batch) while the
    second commits: the stream, which reads after the highest position it has sent, must
    still get both. Before the order lock it sent the second and never the first."""
    await with_test_settings(stack)
    unit = await fresh_unit(stack, http)
    engine = create_async_engine(f"{DATABASE}/notifications{DB_SUFFIX}")
    sessions = async_sessionmaker(engine, class_=AsyncSession)
    slow, fast = _item(unit), _item(unit)

    async def deliver_fast() -> None:
        async with sessions.begin() as session:
            await repository.add_once(session, [fast])

    try:
        async with _stream(http, stack, unit) as source:
            await asyncio.sleep(0.3)
            async with sessions.begin() as held:
                await repository.add_once(held, [slow])  # numbered, not committed
                second = asyncio.create_task(deliver_fast())
                # Time for the second delivery to commit and wake the stream, if it can.
                await asyncio.wait([second], timeout=1.5)
                await asyncio.sleep(0.5)
            await second
            received = await _items(source, 2, timeout=10)
    finally:
        await engine.dispose()
    ids = [item["source_event_id"] for item in received]
    assert ids == [str(slow.source_event_id), str(fast.source_event_id)]
    assert [int(i["sse_id"]) for i in received] == sorted(int(i["sse_id"]) for i in received)


async def test_a_stream_never_wakes_for_another_departments_items(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    a, b = await fresh_unit(stack, http), await fresh_unit(stack, http)
    notified: list[str] = []
    listener = await asyncpg.connect(f"{DSN}/notifications{DB_SUFFIX}")
    await listener.add_listener("inbox_items", lambda *args: notified.append(args[3]))
    try:
        async with _stream(http, stack, a) as source:
            await asyncio.sleep(0.5)
            before = await _reads(http, stack)
            for_b = [await _forward(stack, b) for _ in range(3)]
            for event in for_b:
                await wait_item(http, stack, b, event)
            await wait_for(lambda: _has(notified, b, 3), timeout=10, interval=0.1)
            assert await _reads(http, stack) == before  # B's items woke nothing here

            for_a = await _forward(stack, a)
            [item] = await _items(source, 1)
            assert item["source_event_id"] == str(for_a.id)
            assert await _reads(http, stack) > before
    finally:
        await listener.close()
    # One notification per delivered event, carrying only its recipient department.
    ours = [p for p in notified if {a, b} & set(p.split(","))]
    assert ours == [b, b, b, a], notified


async def _has(notified: list[str], department: str, n: int) -> bool:
    return sum(department in p.split(",") for p in notified) >= n


async def test_stream_is_authenticated_and_limited_to_the_own_department(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = inbox_url(stack, "SZ-PETITION", "/stream")
    assert (await http.get(url)).status_code == 401
    assert (await http.get(url, headers=token("SZ-AUDIT"))).status_code == 403
    bad = await http.get(url, headers={**token("SZ-PETITION"), "Last-Event-ID": "abc"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
