"""One inbox item per (event, recipient) whatever the redeliveries: an event consumed twice,
a lost processed mark, and a whole partition replayed from the start."""

import uuid
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from services.topics import ALL_TOPICS
from tests.e2e.helpers import SUPERVISION, file_report, wait_for_copies
from tests.e2e.notifications_support import (
    NOTIFICATIONS_TEST_SETTINGS,
    items_about,
    publish,
    wait_item,
    with_test_settings,
)
from tests.support.stack import BOOTSTRAP, Stack, wait_for

pytestmark = pytest.mark.stack

URBAN = "SZ-URBAN-MGMT"
DUPLICATES = """
    select count(*) from (
        select source_event_id, department from inbox_items
        group by 1, 2 having count(*) > 1
    ) d
"""


async def _urge(stack: Stack, task: str, event_id: uuid.UUID | None = None) -> Any:
    return await publish(
        stack,
        "registry.tasks",
        "registry.urge_notice.issued.v1",
        {"task_id": task, "sequence": 2, "lead_unit": URBAN, "issued_by": "SZ-GOV-OFFICE"},
        subject=task,  # same key, same partition: later events are applied after it
        event_id=event_id,
    )


async def test_an_event_consumed_twice_gives_one_item_per_recipient(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    task = str(uuid.uuid4())
    event = await _urge(stack, task)
    for department in (URBAN, SUPERVISION):
        await wait_item(http, stack, department, event)

    await _urge(stack, task, event_id=event.id)  # redelivered: the processed mark absorbs it
    await wait_item(http, stack, URBAN, await _urge(stack, task))  # applied after it
    # A lost mark (e.g. restored backup): the unique (event, department) key absorbs it.
    await stack.fetch("notifications", "delete from processed_events where event_id = $1", event.id)
    await _urge(stack, task, event_id=event.id)
    await wait_item(http, stack, URBAN, await _urge(stack, task))

    for department in (URBAN, SUPERVISION):
        assert len(await items_about(http, stack, department, event)) == 1
    assert (
        await stack.scalar(
            "notifications", "select count(*) from processed_events where event_id = $1", event.id
        )
        == 1
    )
    assert await stack.scalar("notifications", DUPLICATES) == 0


async def _rewind(stack: Stack, topic: str) -> None:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=BOOTSTRAP,
        group_id=stack.prefix + "notifications",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        [declared] = [t for t in ALL_TOPICS if t.name == topic]
        tps = [TopicPartition(stack.prefix + topic, p) for p in range(declared.partitions)]
        consumer.assign(tps)
        await consumer.commit({tp: OffsetAndMetadata(0, "") for tp in tps})
    finally:
        await consumer.stop()


async def test_a_replayed_partition_gives_one_item_per_recipient_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    for _ in range(3):
        await wait_for_copies(http, stack, (await file_report(http, stack))["id"])
    reports = "select count(*) from referral_reports"
    marks = "select count(*) from processed_events where event_type = 'referrals.report.filed.v1'"
    items = "select count(*) from inbox_items where source_event_type = 'referrals.report.filed.v1'"
    filed = await stack.scalar("referrals", reports)
    before = await stack.scalar("notifications", items)
    assert before == 2 * filed

    stack.stop("notifications")
    # Replay every report from offset 0, with the processed marks lost too.
    await stack.fetch("notifications", marks.replace("select count(*) from", "delete from"))
    await _rewind(stack, "referrals.reports")
    await stack.start("notifications", **NOTIFICATIONS_TEST_SETTINGS)

    async def replayed() -> bool:
        return bool(await stack.scalar("notifications", marks) == filed)

    await wait_for(replayed, timeout=60, interval=0.5)
    assert await stack.scalar("notifications", items) == before
    assert await stack.scalar("notifications", DUPLICATES) == 0
    delivered = "select count(*) from outbox where payload->>'source_event_type' = $1"
    assert await stack.scalar("notifications", delivered, "referrals.report.filed.v1") == before
