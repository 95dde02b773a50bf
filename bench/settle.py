"""Waits until the system has caught up, so one benchmark's backlog does not time the next."""

import time

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient

from tests.support.stack import BOOTSTRAP, SERVICES, Stack, wait_for

PENDING = "select count(*) from outbox where sent_at is null"


async def settle(stack: Stack, limit_s: float = 1800) -> float:
    """Waits for empty outboxes and zero lag in every consumer group, on two checks a second
    apart; gets the seconds waited."""
    started = time.monotonic()
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    consumer = AIOKafkaConsumer(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    await consumer.start()
    try:
        groups = [stack.prefix + service for service in SERVICES]

        async def caught_up() -> bool:
            for service in SERVICES:
                if await stack.scalar(service, PENDING):
                    return False
            existing = {g[0] for g in await admin.list_consumer_groups()}
            for group in (g for g in groups if g in existing):
                committed = await admin.list_consumer_group_offsets(group)
                ends = await consumer.end_offsets(list(committed))
                if any(ends[tp] > meta.offset for tp, meta in committed.items()):
                    return False
            return True

        # Applying the last events writes outbox rows of their own, and a check can fall
        # between an outbox read empty and the consumer that fills it: caught up twice running.
        streak = 0

        async def twice() -> bool:
            nonlocal streak
            streak = streak + 1 if await caught_up() else 0
            return streak >= 2

        await wait_for(twice, timeout=limit_s, interval=1.0)
    finally:
        await consumer.stop()
        await admin.close()
    return round(time.monotonic() - started, 1)
