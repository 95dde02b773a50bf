"""Benchmark (not part of the suite; run it by path):

    .venv/bin/pytest -q -s tests/e2e/bench_notifications.py

Fan-out into inboxes in events per second, and the time from a referral POST to both
copies (SUPERVISION, PERSONNEL) being readable over the inbox API (p50, p99)."""

import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from shared.events import Envelope
from tests.e2e.helpers import FINANCE, PERSONNEL, SUPERVISION, report_body
from tests.e2e.notifications_support import inbox_url
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

pytestmark = pytest.mark.stack
EVENTS, REPORTS = 2000, 100


async def test_fan_out_rate_into_inboxes(stack: Stack) -> None:
    run = str(uuid.uuid4())
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", linger_ms=5)
    await producer.start()
    started = time.monotonic()
    try:
        for n in range(EVENTS):
            task = f"{run}-{n}"
            envelope = Envelope(
                source="registry",
                type="registry.urge_notice.issued.v1",
                subject=task,
                data={
                    "task_id": task,
                    "sequence": 1,
                    "run": run,
                    "addressees": ["SZ-URBAN-MGMT"],
                    "issued_by": "SZ-GOV-OFFICE",
                },
            )
            await producer.send(
                stack.prefix + "registry.tasks",
                value=envelope.kafka_value(),
                key=task.encode(),
                headers=envelope.kafka_headers(),
            )
        await producer.flush()
    finally:
        await producer.stop()
    published = time.monotonic() - started
    query = "select count(*) from inbox_items where data->>'run' = $1"

    async def all_delivered() -> bool:
        return bool(await stack.scalar("notifications", query, run) == 2 * EVENTS)

    await wait_for(all_delivered, timeout=600, interval=0.2)
    elapsed = time.monotonic() - started
    print(
        f"\nfan-out: {EVENTS} events -> {2 * EVENTS} inbox items in {elapsed:.1f}s "
        f"(published in {published:.1f}s): {EVENTS / elapsed:.0f} events/s, "
        f"{2 * EVENTS / elapsed:.0f} items/s"
    )


async def test_referral_post_to_both_copies_readable(stack: Stack) -> None:
    latencies = []
    async with httpx.AsyncClient(timeout=30) as http:
        for _ in range(REPORTS):
            since = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
            started = time.monotonic()
            response = await http.post(
                stack.url("referrals") + "/referral-reports",
                json=report_body(),
                headers=token(FINANCE),
            )
            assert response.status_code == 201
            report_id = response.json()["id"]

            async def readable(
                department: str, report_id: str = report_id, since: str = since
            ) -> bool:
                page = await http.get(
                    inbox_url(stack, department),
                    params={"type": "referrals.report.filed.v1", "since": since},
                    headers=token(department),
                )
                return any(i["subject"] == report_id for i in page.json()["items"])

            pending = {SUPERVISION, PERSONNEL}
            while pending:
                pending = {d for d in pending if not await readable(d)}
                assert time.monotonic() - started < 60
            latencies.append(time.monotonic() - started)
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"\nreferral POST -> both copies readable: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"
    )
