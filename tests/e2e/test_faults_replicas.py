"""Two notifications replicas in one consumer group: one dies, the other takes over; the
background jobs (acknowledgement timers, webhook worker) do each thing once between them."""

import asyncio
import signal
import subprocess
import uuid
from typing import Any

import httpx
import pytest

from tests.e2e.faults_support import (
    Stream,
    holdings,
    start_replica,
    stop_replica,
    wait_all_copied_once,
)
from tests.e2e.notifications_support import (
    NOTIFICATIONS_TEST_SETTINGS,
    fresh_unit,
    publish,
    settle,
    start_receiver,
    subscribe,
)
from tests.support.stack import PORT_BASE, Stack, wait_for

pytestmark = [pytest.mark.stack, pytest.mark.faults]
REPLICA_PORT = PORT_BASE + 5
REPORTS_TOPIC = "referrals.reports"
GROUP = "notifications"
REMINDER = "notifications.acknowledgement.reminder.v1"
ESCALATION = "notifications.acknowledgement.escalated.v1"
URGE = "registry.urge_notice.issued.v1"


async def _start_replica(stack: Stack, **settings: str) -> subprocess.Popen[bytes]:
    """Starts a second notifications process on its own port, in the same group."""
    return await start_replica(
        stack, "notifications", REPLICA_PORT, "notifications-replica", **settings
    )


async def test_replica_killed_mid_stream_the_other_takes_over_losing_and_doubling_nothing(
    stack: Stack,
) -> None:
    survivor = stack.processes["notifications"].pid
    replica = await _start_replica(stack)
    try:

        async def shared() -> dict[int, set[int]] | None:
            held = await holdings(stack, GROUP, REPORTS_TOPIC)
            both = set(held) == {survivor, replica.pid} and all(held.values())
            return held if both else None

        before = await wait_for(shared, timeout=60, interval=0.5)
        stream = Stream(stack, total=600, rate=30, tag=f"replicas-{uuid.uuid4().hex[:8]}")
        filing = asyncio.create_task(stream.run())

        async def replica_working() -> bool:
            log = stack.log_text("notifications", "replica")
            return stream.sent >= 150 and log.count('"event applied"') >= 20

        await wait_for(replica_working, timeout=120, interval=0.1)
        replica.send_signal(signal.SIGKILL)
        replica.wait(timeout=10)
        killed_at = stream.sent

        async def taken_over() -> bool:
            held = await holdings(stack, GROUP, REPORTS_TOPIC)
            return set(held) == {survivor} and held[survivor] == set(range(6))

        await wait_for(taken_over, timeout=90, interval=0.5)
        outcomes = await filing
        assert all(o.status == 201 for o in outcomes)
        assert killed_at < len(outcomes), "the replica died mid-stream"
        await wait_all_copied_once(stack, [o.report_id for o in outcomes], timeout=180)
        assert before[replica.pid], "the killed replica held partitions the survivor took over"
    finally:
        stop_replica(replica)


async def _urge(stack: Stack, unit: str) -> Any:
    task = str(uuid.uuid4())
    return await publish(
        stack,
        "registry.tasks",
        URGE,
        {
            "task_id": task,
            "notice_id": str(uuid.uuid4()),
            "sequence": 1,
            "lead_unit": unit,
            "issued_by": "SZ-GOV-OFFICE",
        },
        subject=task,
    )


async def _derived(stack: Stack, item_ids: list[str]) -> dict[tuple[str, str, str], int]:
    """Counts reminders and escalations per (item, department, kind)."""
    rows = await stack.fetch(
        "notifications",
        "select subject, department, source_event_type, count(*) from inbox_items "
        "where subject = any($1::text[]) group by 1, 2, 3",
        item_ids,
    )
    return {(r[0], r[1], r[2]): r[3] for r in rows}


async def test_two_replicas_remind_escalate_and_call_webhooks_once_per_item(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    # Both replicas run the timers every 0.2 s and the webhook worker, racing for the same rows.
    settings = {**NOTIFICATIONS_TEST_SETTINGS, "ack_timer_interval_s": "0.2"}
    stack.stop("notifications")
    await stack.start("notifications", **settings)
    replica = await _start_replica(stack, **settings)
    unit = await fresh_unit(stack, http)
    try:
        with start_receiver() as receiver:
            subscription = await subscribe(http, stack, unit, receiver.url, [])
            receiver.secret = subscription["secret"]
            urges = [await _urge(stack, unit) for _ in range(30)]
            item_sql = (
                "select id::text from inbox_items where department = $1 and source_event_type = $2"
            )

            async def delivered() -> list[str]:
                rows = await stack.fetch("notifications", item_sql, unit, URGE)
                return [r[0] for r in rows] if len(rows) == len(urges) else []

            items = await wait_for(delivered, timeout=60, interval=0.5)
            # The items were delivered 30 days ago: both replicas' timers find them due at once.
            await stack.fetch(
                "notifications",
                "update inbox_items set created_at = created_at - interval '30 days' "
                "where id = any($1::uuid[])",
                items,
            )
            expected = {
                **{(i, unit, REMINDER): 1 for i in items},
                **{(i, "SZ-GOV-OFFICE", ESCALATION): 1 for i in items},
                **{(i, "SZ-SUPERVISION", ESCALATION): 1 for i in items},
            }

            async def reminded_and_escalated() -> bool:
                return len(await _derived(stack, items)) == len(expected)

            await wait_for(reminded_and_escalated, timeout=90, interval=0.5)
            await settle(3)  # both replicas keep running the timers: nothing more may come
            assert await _derived(stack, items) == expected

            async def all_posted() -> bool:
                return len(receiver.received) >= 2 * len(items)  # each item and its reminder

            await wait_for(all_posted, timeout=60, interval=0.5)
            await settle(3)
            ids = [r.headers["webhook-id"] for r in receiver.received]
            assert len(ids) == 2 * len(items) and len(set(ids)) == len(ids), "posted once each"
            assert all(r.signature_ok for r in receiver.received)
            assert replica.poll() is None
    finally:
        stop_replica(replica)
        stack.stop("notifications")
        await stack.start("notifications")
        stack.notifications_test_settings = False  # type: ignore[attr-defined]
