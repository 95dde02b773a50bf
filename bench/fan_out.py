"""Fan-out: urge-notice events published straight to the topic, turned into inbox items."""

import asyncio
import time
import uuid
from typing import Any

from aiokafka import AIOKafkaProducer

from bench import measure
from shared.events import Envelope
from tests.support.stack import BOOTSTRAP, Stack, wait_for

IDLE_SAMPLE_S = 10.0


async def run(stack: Stack, events: int) -> dict[str, Any]:
    """Publishes `events` urge notices (two recipients each); gets events and items per second."""
    run_id = str(uuid.uuid4())
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", linger_ms=5)
    await producer.start()
    # Every process of notifications (the API, and the relay and consumers wherever they run).
    pids = [p.pid for name, p in stack.processes.items() if name.startswith("notifications")]
    # What the processes use idle (jobs, the console, polling), so CPU per event leaves it out.
    idle_before = sum(measure.cpu_seconds(pid) for pid in pids)
    await asyncio.sleep(IDLE_SAMPLE_S)
    cpu_before = sum(measure.cpu_seconds(pid) for pid in pids)
    idle_share = (cpu_before - idle_before) / IDLE_SAMPLE_S
    started = time.monotonic()
    try:
        for n in range(events):
            task = str(uuid.uuid4())
            envelope = Envelope(
                source="registry",
                type="registry.urge_notice.issued.v1",
                subject=task,
                # R4: the lead unit and SUPERVISION receive it (two recipients).
                data={
                    "task_id": task,
                    "notice_id": str(uuid.uuid4()),
                    "sequence": 1,
                    "refers_to_supervision": False,
                    "new_deadline": "2026-12-31",
                    "work_item": f"fan-out {n}",
                    "lead_unit": "SZ-URBAN-MGMT",
                    "co_units": [],
                    "issued_by": "SZ-GOV-OFFICE",
                    "run": run_id,
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
    items = await wait_for(
        lambda: _delivered(stack, query, run_id, 2 * events), timeout=900, interval=0.2
    )
    elapsed = time.monotonic() - started
    cpu = sum(measure.cpu_seconds(pid) for pid in pids) - cpu_before
    result = {
        "events": events,
        "inbox_items": items,
        "published_in_s": round(published, 1),
        "seconds": round(elapsed, 1),
        "events_per_s": round(events / elapsed, 1),
        "items_per_s": round(items / elapsed, 1),
        "cpu_ms_per_event": round(cpu * 1000 / events, 2),
        "idle_cpu_share": round(idle_share, 3),
        "cpu_ms_per_event_less_idle": round((cpu - idle_share * elapsed) * 1000 / events, 2),
    }
    print(
        f"  fan-out: {result['events_per_s']} events/s, {result['cpu_ms_per_event']} ms CPU/event"
    )
    return result


async def _delivered(stack: Stack, query: str, run_id: str, expected: int) -> int:
    count = int(await stack.scalar("notifications", query, run_id))
    return count if count >= expected else 0
