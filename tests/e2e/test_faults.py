"""Faults lose nothing and duplicate nothing: broker down, duplicates, processes killed."""

import asyncio
import json
import signal

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from tests.e2e.faults_support import Stream, copies_per_report, wait_all_copied_once
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
    await wait_all_copied_once(stack, [report["id"]])


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
    # Small batches, so the kill lands between two transactions (one fetch applies at once).
    await stack.start("notifications", consumer_batch_records="10")

    async def some_delivered() -> int:
        return len(await copies_per_report(stack, reports))

    delivered_at_kill = await wait_for(some_delivered, timeout=60, interval=0.02)
    stack.stop("notifications", signal.SIGKILL)
    assert delivered_at_kill < 2 * len(reports), "the kill must land mid-stream to prove anything"

    await stack.start("notifications")
    await wait_all_copied_once(stack, reports)


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
        await wait_all_copied_once(stack, reports)
        assert await stack.scalar("referrals", pending_sql, reports) == 0
    finally:
        relay.terminate()
        relay.wait(timeout=30)
        stack.stop("referrals")
        await stack.start("referrals")


async def test_relay_and_consumer_killed_again_and_again_during_a_steady_stream(
    stack: Stack,
) -> None:
    stack.stop("referrals")
    await stack.start("referrals", relay_enabled="false")
    relay = stack.spawn("referrals", "relay", relay_batch_size="20")
    stream = Stream(stack, total=800, rate=30, tag="kill-again")
    filing = asyncio.create_task(stream.run())
    try:
        for at, victims in ((150, "relay"), (300, "consumer"), (450, "both"), (600, "both")):
            await stream.when_sent(at)
            if victims in ("relay", "both"):
                relay.send_signal(signal.SIGKILL)
                relay.wait(timeout=10)
            if victims in ("consumer", "both"):
                stack.stop("notifications", signal.SIGKILL)
            await asyncio.sleep(1)  # dead a moment while the stream goes on
            if victims in ("relay", "both"):
                relay = stack.spawn("referrals", "relay", relay_batch_size="20")
            if victims in ("consumer", "both"):
                await stack.start("notifications")
        outcomes = await filing
        assert all(o.status == 201 for o in outcomes)
        await wait_all_copied_once(stack, [o.report_id for o in outcomes], timeout=180)
    finally:
        relay.terminate()
        relay.wait(timeout=30)
        stack.stop("referrals")
        await stack.start("referrals")
