"""Faults lose nothing and duplicate nothing: broker down, duplicates, processes killed."""

import json
import signal

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from tests.e2e.helpers import (
    PERSONNEL,
    SUPERVISION,
    file_report,
    inbox_items_for,
    wait_consumed,
    wait_for_copies,
)
from tests.support.stack import BOOTSTRAP, Stack, kafka, wait_for

pytestmark = [pytest.mark.stack, pytest.mark.faults]


async def _items_per_report(stack: Stack, report_ids: list[str]) -> dict[tuple[str, str], int]:
    rows = await stack.fetch(
        "notifications",
        "select subject, department, count(*) from inbox_items "
        "where subject = any($1::text[]) group by subject, department",
        report_ids,
    )
    return {(r[0], r[1]): r[2] for r in rows}


async def _all_copied_once(stack: Stack, report_ids: list[str]) -> dict[tuple[str, str], int]:
    counts = await wait_for(lambda: _ready_counts(stack, report_ids), timeout=120, interval=0.5)
    assert all(n == 1 for n in counts.values()), "an inbox item was duplicated"
    return dict(counts)


async def _ready_counts(stack: Stack, report_ids: list[str]) -> dict[tuple[str, str], int] | None:
    counts = await _items_per_report(stack, report_ids)
    return counts if len(counts) == 2 * len(report_ids) else None


async def test_broker_down_request_succeeds_and_event_is_delivered_after_restart(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    kafka("down")
    try:
        ready = await http.get(stack.url("referrals") + "/readyz")
        assert ready.status_code == 503
        assert ready.headers["content-type"] == "application/problem+json"
        assert "kafka" in ready.json()["checks"]
        report = await file_report(http, stack)
        pending = await stack.scalar(
            "referrals",
            "select count(*) from outbox where key = $1 and sent_at is null",
            report["id"],
        )
        assert pending == 1, "the event waits in the outbox while Kafka is down"
    finally:
        kafka("up")
    await wait_for_copies(http, stack, report["id"], timeout=120)
    await _all_copied_once(stack, [report["id"]])


async def test_same_event_consumed_twice_gives_one_item_per_department(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    await wait_for_copies(http, stack, report["id"])
    row = (await stack.fetch("referrals", "select * from outbox where key = $1", report["id"]))[0]
    headers = json.loads(row["headers"])
    record_headers = [(f"ce_{k}", str(v).encode()) for k, v in headers.items() if k != "data"]
    record_headers.append(("content-type", b"application/json"))

    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP)
    await producer.start()
    try:
        sent = [
            await producer.send_and_wait(
                stack.prefix + row["topic"],
                value=json.dumps(json.loads(row["payload"])).encode(),
                key=row["key"].encode(),
                headers=record_headers,
            )
            for _ in range(2)
        ]
    finally:
        await producer.stop()

    await wait_consumed(stack.prefix + "notifications", sent[-1].topic_partition, sent[-1].offset)
    for department in (SUPERVISION, PERSONNEL):
        assert len(await inbox_items_for(http, stack, department, report["id"])) == 1


async def test_consumer_killed_mid_batch_loses_and_duplicates_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    stack.stop("notifications")
    reports = [(await file_report(http, stack))["id"] for _ in range(150)]
    await stack.start("notifications")

    async def some_delivered() -> int:
        return len(await _items_per_report(stack, reports))

    delivered_at_kill = await wait_for(some_delivered, timeout=60, interval=0.02)
    stack.stop("notifications", signal.SIGKILL)
    assert delivered_at_kill < 2 * len(reports), "the kill must land mid-stream to prove anything"

    await stack.start("notifications")
    await _all_copied_once(stack, reports)


async def test_relay_killed_mid_batch_loses_and_duplicates_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    stack.stop("referrals")
    await stack.start("referrals", relay_enabled="false")
    reports = [(await file_report(http, stack))["id"] for _ in range(150)]
    pending_sql = "select count(*) from outbox where sent_at is null and key = any($1::text[])"
    assert await stack.scalar("referrals", pending_sql, reports) == len(reports)

    relay = stack.spawn("referrals", "relay", relay_batch_size="5")

    async def some_sent() -> bool:
        return bool(await stack.scalar("referrals", pending_sql, reports) < len(reports))

    await wait_for(some_sent, timeout=60, interval=0.02)
    relay.send_signal(signal.SIGKILL)
    relay.wait(timeout=10)
    assert await stack.scalar("referrals", pending_sql, reports) > 0, "killed mid-stream"

    relay = stack.spawn("referrals", "relay", relay_batch_size="5")
    try:
        await _all_copied_once(stack, reports)
        assert await stack.scalar("referrals", pending_sql, reports) == 0
    finally:
        relay.terminate()
        relay.wait(timeout=30)
        stack.stop("referrals")
        await stack.start("referrals")
