"""End to end: a referral POST committed → both inbox items (SUPERVISION, PERSONNEL) committed.

Referrals are sent at a fixed rate; the latency of each is the difference of PostgreSQL's
commit timestamps (track_commit_timestamp) of the report row and of the later of its two
inbox rows, so nothing is lost to polling. Beside it, a bare aiokafka produce → consume
round trip on the same broker at the same rate.
"""

import asyncio
import json
import time
import uuid
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from bench import load
from bench.intake import REFERRAL
from bench.settle import settle
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

COPIED_TO = ["SZ-SUPERVISION", "SZ-PERSONNEL"]


def percentiles(values: list[float]) -> dict[str, float]:
    """Gets p50, p99 and max (nearest rank) in milliseconds."""
    ordered = sorted(values)
    if not ordered:
        return {"p50_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0}

    def rank(share: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]

    return {
        "p50_ms": round(rank(0.50) * 1000, 1),
        "p99_ms": round(rank(0.99) * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


async def referrals_at(stack: Stack, rate: int, seconds: float) -> dict[str, Any]:
    """Files referrals at a fixed rate; gets the commit-to-commit latencies."""
    run = uuid.uuid4().hex[:8]
    body = REFERRAL.replace("基准 {{seq}}", f"e2e-{run}-{{{{seq}}}}")
    intake = await asyncio.to_thread(
        load.run,
        stack.url("referrals") + "/referral-reports",
        rate=rate,
        seconds=seconds,
        workers=512,
        body=body,
        headers=token("SZ-FINANCE"),
    )
    reports = await stack.fetch(
        "referrals",
        "select id::text, pg_xact_commit_timestamp(xmin) from referral_reports where title like $1",
        f"e2e-{run}-%",
    )
    ids = [r[0] for r in reports]
    count = "select count(*) from inbox_items where subject = any($1) and department = any($2)"

    async def all_copied() -> bool:
        return bool(await stack.scalar("notifications", count, ids, COPIED_TO) >= 2 * len(ids))

    started = time.monotonic()
    await wait_for(all_copied, timeout=600, interval=0.5)
    drained = time.monotonic() - started
    copies = await stack.fetch(
        "notifications",
        "select subject, max(pg_xact_commit_timestamp(xmin)), count(*) from inbox_items "
        "where subject = any($1) and department = any($2) group by subject",
        ids,
        COPIED_TO,
    )
    committed = {r[0]: r[1] for r in reports}
    latencies = [(c[1] - committed[c[0]]).total_seconds() for c in copies]
    return {
        "rate": rate,
        "referrals": len(ids),
        "intake_errors": intake["errors"],
        "intake_p99_ms": intake["p99_ms"],
        "both_copies_exactly_once": all(c[2] == 2 for c in copies) and len(copies) == len(ids),
        "drain_after_last_post_s": round(drained, 1),
        **percentiles(latencies),
    }


async def kafka_round_trip(prefix: str, rate: int, seconds: float) -> dict[str, Any]:
    """Produces at a fixed rate and consumes on the same broker; gets produce→consume latency."""
    topic = f"{prefix}bench.roundtrip.{rate}"
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(bootstrap_servers=BOOTSTRAP, enable_auto_commit=False)
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    total = int(rate * seconds)
    latencies: list[float] = []
    try:
        partitions = [TopicPartition(topic, p) for p in range(3)]
        for tp in partitions:  # waits until each new partition has its leader
            await producer.send_and_wait(topic, value=b"{}", partition=tp.partition)
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)

        async def consume() -> None:
            while len(latencies) < total:
                batches = await consumer.getmany(timeout_ms=100)
                now = time.perf_counter()
                for records in batches.values():
                    latencies.extend(now - json.loads(r.value)["scheduled"] for r in records)

        consuming = asyncio.create_task(consume())
        start = time.perf_counter()
        for n in range(total):
            scheduled = start + n / rate
            await asyncio.sleep(max(0.0, scheduled - time.perf_counter()))
            value = json.dumps({"scheduled": scheduled, "n": n}).encode()
            await producer.send(topic, value=value, key=str(n).encode())
        await asyncio.wait_for(consuming, timeout=120)
    finally:
        await producer.stop()
        await consumer.stop()
    return {"rate": rate, "messages": total, **percentiles(latencies)}


async def run(stack: Stack, rates: list[int], seconds: float) -> dict[str, Any]:
    """Measures the referral flow and the bare broker round trip at each rate."""
    results: dict[str, Any] = {"referral_to_both_inboxes": {}, "baseline_kafka_round_trip": {}}
    for rate in rates:
        await settle(stack)
        flow = await referrals_at(stack, rate, seconds)
        bare = await kafka_round_trip(stack.prefix, rate, seconds)
        results["referral_to_both_inboxes"][f"rate_{rate}"] = flow
        results["baseline_kafka_round_trip"][f"rate_{rate}"] = bare
        print(f"  end to end at {rate}/s: p99 {flow['p99_ms']} ms (bare Kafka {bare['p99_ms']} ms)")
    return results
