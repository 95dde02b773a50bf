"""Operators' command line on the real broker: tail, lag, dead letters, replay."""

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import httpx
import pytest
from aiokafka import AIOKafkaProducer, TopicPartition

from shared.events import Envelope
from tests.e2e.helpers import (
    PERSONNEL,
    SUPERVISION,
    file_report,
    inbox_items_for,
    wait_consumed,
)
from tests.support.stack import BOOTSTRAP, ROOT, Stack, wait_for

pytestmark = pytest.mark.stack


def events_cli(stack: Stack, *args: str) -> str:
    """Runs python -m tools.events in the test run's topic namespace."""
    result = subprocess.run(
        [sys.executable, "-m", "tools.events", *args],
        cwd=ROOT,
        env=stack.env("registry"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


async def test_tail_shows_a_report_travelling_with_its_correlation_id(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    out = events_cli(stack, "tail", "--from-beginning", "--subject", report["id"], "--limit", "1")
    event = json.loads(out.splitlines()[0])
    assert event["type"] == "referrals.report.filed.v1"
    assert event["source"] == "referrals"
    assert event["correlationid"]


async def test_lag_lists_each_group_and_its_dead_letters(stack: Stack) -> None:
    out = events_cli(stack, "lag")
    assert f"{stack.prefix}notifications" in out
    assert f"dead letters: {stack.prefix}notifications.dlq holds" in out


async def test_replayed_dead_letter_is_delivered_once_however_often_replayed(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report_id = str(uuid.uuid4())
    envelope = Envelope(
        source="referrals",
        type="referrals.report.filed.v1",
        subject=report_id,
        data={
            "report_id": report_id,
            "kind": "audit_result_report",
            "purpose": "information",
            "title": "审计结果报告（重放）",
            "filed_by": "SZ-AUDIT",
            "concerned_department": None,
            "filed_at": datetime.now(UTC).isoformat(),
        },
    )
    headers = [
        *envelope.kafka_headers(),
        ("dlq_topic", f"{stack.prefix}referrals.reports".encode()),
        ("dlq_error", b"cause since fixed"),
    ]
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP)
    await producer.start()
    try:
        dead = await producer.send_and_wait(
            f"{stack.prefix}notifications.dlq",
            envelope.kafka_value(),
            key=report_id.encode(),
            headers=headers,
        )
    finally:
        await producer.stop()

    listed = [
        json.loads(line)
        for line in events_cli(stack, "dlq", "--group", "notifications").splitlines()
    ]
    assert any(item.get("subject") == report_id for item in listed)
    for _ in range(2):
        out = events_cli(stack, "replay", "--group", "notifications", "--offset", str(dead.offset))
    # "replayed <group>.dlq@N to <topic>[<partition>]@<offset>"
    target = out.split(" to ")[1]
    topic, rest = target.split("[")
    partition, offset = rest.strip().split("]@")
    await wait_consumed(
        f"{stack.prefix}notifications", TopicPartition(topic, int(partition)), int(offset)
    )

    async def delivered() -> bool:
        return all(
            [
                await inbox_items_for(http, stack, SUPERVISION, report_id),
                await inbox_items_for(http, stack, PERSONNEL, report_id),
            ]
        )

    await wait_for(delivered, timeout=60, interval=0.5)
    assert len(await inbox_items_for(http, stack, SUPERVISION, report_id)) == 1
    assert len(await inbox_items_for(http, stack, PERSONNEL, report_id)) == 1
