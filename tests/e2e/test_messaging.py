"""The messaging mechanisms on the real broker: dead letters, replicas, outbox retention."""

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from services.referrals.config import ReferralsSettings
from services.referrals.database import outbox
from shared.db import create_engine, create_session_factory
from shared.relay import OutboxRelay
from tests.e2e.helpers import PERSONNEL, SUPERVISION, file_report, wait_for_copies
from tests.support.stack import BACKGROUND_OFF, BOOTSTRAP, DATABASE, DB_SUFFIX, Stack, wait_for

pytestmark = pytest.mark.stack


async def _dead_letters(stack: Stack, group: str) -> list[Any]:
    """Reads every record of a group's dead-letter topic."""
    topic = f"{stack.prefix}{group}.dlq"
    consumer = AIOKafkaConsumer(bootstrap_servers=BOOTSTRAP, enable_auto_commit=False)
    await consumer.start()
    try:
        partition = TopicPartition(topic, 0)
        consumer.assign([partition])
        await consumer.seek_to_beginning(partition)
        end = (await consumer.end_offsets([partition]))[partition]
        records: list[Any] = []
        while len(records) < end:
            batch = await consumer.getmany(partition, timeout_ms=2000)
            records += batch.get(partition, [])
        return records
    finally:
        await consumer.stop()


async def _wait_for_both_copies(stack: Stack, ids: list[str], timeout: float) -> None:
    """Waits until every report of `ids` has its two inbox items (SUPERVISION, PERSONNEL)."""

    async def all_copied() -> bool:
        count = await stack.scalar(
            "notifications",
            "select count(*) from inbox_items where subject = any($1::text[])",
            ids,
        )
        return bool(count == 2 * len(ids))

    await wait_for(all_copied, timeout=timeout, interval=0.5)


async def test_poison_events_are_dead_lettered_and_the_consumer_moves_on(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    marker = uuid.uuid4().hex
    bad_payload = [
        ("ce_specversion", b"1.0"),
        ("ce_id", str(uuid.uuid4()).encode()),
        ("ce_source", b"referrals"),
        ("ce_type", b"referrals.report.filed.v1"),
        ("ce_subject", marker.encode()),
        ("ce_time", b"2026-11-22T08:00:00Z"),
        ("ce_correlationid", marker.encode()),
    ]
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP)
    await producer.start()
    try:
        topic = stack.prefix + "referrals.reports"
        # Not a CloudEvent at all, then a CloudEvent whose payload breaks the contract.
        await producer.send_and_wait(topic, b"not json", key=marker.encode())
        await producer.send_and_wait(
            topic,
            json.dumps({"title": marker, "sender": 42}).encode(),
            key=marker.encode(),
            headers=bad_payload,
        )
    finally:
        await producer.stop()

    async def both_dead_lettered() -> list[Any]:
        found = [r for r in await _dead_letters(stack, "notifications") if r.key == marker.encode()]
        return found if len(found) == 2 else []

    dead = await wait_for(both_dead_lettered, timeout=60, interval=1)
    headers = [dict(record.headers) for record in dead]
    assert headers[0]["dlq_error_type"] == b"InvalidEnvelope"
    assert b"missing CloudEvents headers" in headers[0]["dlq_error"]
    assert headers[0]["dlq_attempts"] == b"0"
    assert headers[1]["dlq_error_type"] == b"ValidationError"
    assert b"sender" in headers[1]["dlq_error"]
    assert headers[1]["dlq_attempts"] == b"5"
    assert headers[1]["dlq_group"] == b"notifications"

    # The consumer moved on: the next good report is delivered.
    report = await file_report(http, stack)
    await wait_for_copies(http, stack, report["id"])


async def test_two_relays_side_by_side_lose_and_duplicate_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    stack.stop("referrals")
    await stack.start("referrals", relay_enabled="false")
    relays = [stack.spawn("referrals", "relay", relay_batch_size="7") for _ in range(2)]
    try:
        reports = await asyncio.gather(*[file_report(http, stack) for _ in range(60)])
        ids = [r["id"] for r in reports]
        await _wait_for_both_copies(stack, ids, timeout=90)
        duplicates = await stack.scalar(
            "notifications",
            "select count(*) from (select 1 from inbox_items where subject = any($1::text[]) "
            "group by source_event_id, department having count(*) > 1) d",
            ids,
        )
        assert duplicates == 0
        assert all(relay.poll() is None for relay in relays), "both relays kept running"
    finally:
        for relay in relays:
            relay.terminate()
            relay.wait(timeout=30)
        stack.stop("referrals")
        await stack.start("referrals")


async def test_a_relay_that_only_notify_wakes_publishes_each_report_after_a_short_batch(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    # A batch shorter than the batch size ends the relay's drain without another read: a row
    # committed while a batch is published must come on its NOTIFY. The poll (60 s here)
    # would be far too late: a report filed every 50 ms lands in the middle of batches.
    stack.stop("referrals")
    await stack.start("referrals", relay_enabled="false")
    relay = stack.spawn("referrals", "relay", relay_poll_interval_s="60")
    try:
        ids = []
        for _ in range(40):
            ids.append((await file_report(http, stack))["id"])
            await asyncio.sleep(0.05)
        await _wait_for_both_copies(stack, ids, timeout=30)
        assert relay.poll() is None, "the relay kept running"
    finally:
        relay.terminate()
        relay.wait(timeout=30)
        stack.stop("referrals")
        await stack.start("referrals")


def _nice(pid: int) -> int:
    """Gets a process's nice value (field 19 of /proc/<pid>/stat)."""
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


async def test_apis_serving_only_and_work_processes_carry_a_report_to_both_inboxes_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """The production topology: referrals' and notifications' APIs run no relay and no
    consumer; a `work` process per service does, at the CPU priority `background_nice` asks
    for. A report still reaches SUPERVISION and PERSONNEL, once each (R6)."""
    services = ("referrals", "notifications")
    before = {service: stack.overrides.get(service, {}) for service in services}
    for service in services:
        stack.stop(service)
        await stack.start(service, **before[service], **BACKGROUND_OFF)
    workers = [
        stack.spawn(service, "work", **before[service], background_nice="10")
        for service in services
    ]
    try:

        async def niced() -> bool:
            return all(_nice(w.pid) == 10 for w in workers)

        await wait_for(niced, timeout=30)
        assert all(_nice(stack.processes[service].pid) == 0 for service in services)
        reports = await asyncio.gather(*[file_report(http, stack) for _ in range(20)])
        for report in reports:
            await wait_for_copies(http, stack, report["id"])
        copies = await stack.fetch(
            "notifications",
            "select subject, department, count(*) from inbox_items "
            "where subject = any($1::text[]) group by 1, 2",
            [r["id"] for r in reports],
        )
        assert len(copies) == 2 * len(reports) and all(c["count"] == 1 for c in copies)
        assert {c["department"] for c in copies} == {SUPERVISION, PERSONNEL}
        assert all(worker.poll() is None for worker in workers), "the work processes run on"
        api_log = stack.log_text("notifications")
        assert '"event applied"' not in api_log.split('"service started"')[-1]
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)
        for service in services:
            stack.stop(service)
            await stack.start(service, **before[service])


async def test_sent_outbox_rows_are_cleaned_after_retention_pending_ones_kept(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    await wait_for_copies(http, stack, report["id"])
    pending_id = uuid.uuid4()
    await stack.fetch(
        "referrals",
        "insert into outbox (event_id, topic, key, event_type, headers, payload) "
        "values ($1, 'nowhere', 'k', 't', '{}'::jsonb, '{}'::jsonb)",
        pending_id,
    )
    try:
        settings = ReferralsSettings(
            database_url=f"{DATABASE}/referrals{DB_SUFFIX}", outbox_retention_hours=0
        )
        engine = create_engine(settings)
        try:
            relay = OutboxRelay(outbox, create_session_factory(engine), settings)
            assert await relay.cleanup() >= 1
        finally:
            await engine.dispose()
        sent = await stack.scalar(
            "referrals", "select count(*) from outbox where sent_at is not null"
        )
        kept = await stack.scalar(
            "referrals", "select count(*) from outbox where event_id = $1", pending_id
        )
        assert (sent, kept) == (0, 1)
    finally:
        await stack.fetch("referrals", "delete from outbox where event_id = $1", pending_id)
