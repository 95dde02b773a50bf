"""Fan-out stays cheap and flat: a consumer batch is a few statements whatever its size, each
event still applied exactly once; the relay's read of pending rows stays short however many
sent rows pile up. Each on a database of its own, so the stack's flow is left alone."""

import asyncio
import json
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import asyncpg
import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from sqlalchemy import MetaData, event

from services.notifications.config import NotificationsSettings
from services.notifications.database import processed_events
from services.notifications.main import service_spec
from services.referrals.config import ReferralsSettings
from shared.consumer import EventConsumer
from shared.db import create_engine, create_session_factory
from shared.events import Envelope
from shared.outbox import Outbox, outbox_table
from shared.relay import OutboxRelay
from tests.support.stack import (
    BOOTSTRAP,
    DATABASE,
    DB_SUFFIX,
    ROOT,
    Stack,
    fresh_database,
    wait_for,
)

pytestmark = pytest.mark.stack

URBAN = "SZ-URBAN-MGMT"
UNKNOWN = "SZ-NOT-YET-CREATED"
PENDING_READ = "select * from outbox where sent_at is null order by id limit 200"


@dataclass(frozen=True)
class Record:
    """What the consumer reads of a Kafka record."""

    topic: str
    partition: int
    offset: int
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]


@pytest.fixture
async def notifications_copy(stack: Stack) -> AsyncIterator[NotificationsSettings]:
    """A migrated notifications database of its own, with the stack's directory copy."""
    name = f"notifications_batches{DB_SUFFIX}"
    await fresh_database(name)
    url = f"{DATABASE}/{name}"
    subprocess.run(
        [sys.executable, "-m", "services.notifications", "migrate"],
        check=True,
        cwd=ROOT,
        env=stack.env("notifications", database_url=url),
        capture_output=True,
    )
    departments = await stack.fetch("notifications", "select * from department_copy")
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        columns = list(departments[0].keys())
        await conn.copy_records_to_table(
            "department_copy", records=[tuple(r.values()) for r in departments], columns=columns
        )
    finally:
        await conn.close()
    yield NotificationsSettings(database_url=url, kafka_topic_prefix=stack.prefix)


def _urge(task: str, lead_unit: str = URBAN, event_id: uuid.UUID | None = None) -> Envelope:
    return Envelope(
        id=event_id or uuid.uuid4(),
        source="registry",
        type="registry.urge_notice.issued.v1",
        subject=task,
        data={"task_id": task, "sequence": 1, "lead_unit": lead_unit, "co_units": []},
    )


def _records(envelopes: list[Envelope]) -> list[Record]:
    return [
        Record("t.registry.tasks", 0, n, e.subject.encode(), e.kafka_value(), e.kafka_headers())
        for n, e in enumerate(envelopes)
    ]


async def _apply(settings: NotificationsSettings, envelopes: list[Envelope]) -> tuple[Any, int]:
    """Applies events as one consumer batch; gets the records left over and the statements."""
    [consumer_spec] = [c for c in service_spec(settings).consumers if c.group == "notifications"]
    engine = create_engine(settings)
    statements = 0

    def count(*_: object) -> None:
        nonlocal statements
        statements += 1

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        consumer = EventConsumer(
            consumer_spec, create_session_factory(engine), processed_events, settings
        )
        left = await consumer.apply_batch(_records(envelopes))
    finally:
        await engine.dispose()
    return left, statements


async def _scalar(settings: NotificationsSettings, query: str, *args: Any) -> Any:
    dsn = settings.database_url.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval(query, *args)
    finally:
        await conn.close()


async def test_a_batch_of_urge_notices_is_a_few_statements_each_item_once_R4(
    notifications_copy: NotificationsSettings,
) -> None:
    """R4: each urge notice reaches its lead unit and SUPERVISION, once, even when the batch
    holds it twice (a relay republished it); the whole batch costs a few statements, not a
    few per event (what lets fan-out reach 1,000 events/s)."""
    notices = [_urge(str(uuid.uuid4())) for _ in range(60)]
    unrouted = Envelope(source="registry", type="registry.nothing.v1", subject="x", data={})
    left, statements = await _apply(notifications_copy, [*notices, unrouted, notices[0]])

    assert left == []
    ids = [n.id for n in notices]
    items = "select count(*) from inbox_items where source_event_id = any($1)"
    assert await _scalar(notifications_copy, items, ids) == 2 * len(notices)
    duplicates = (
        "select count(*) from (select 1 from inbox_items group by source_event_id, department "
        "having count(*) > 1) d"
    )
    assert await _scalar(notifications_copy, duplicates) == 0
    delivered = "select count(*) from outbox where event_type = 'notifications.item.delivered.v1'"
    assert await _scalar(notifications_copy, delivered) == 2 * len(notices)
    marks = "select count(*) from processed_events where event_id = any($1)"
    assert await _scalar(notifications_copy, marks, ids) == len(notices)
    assert statements <= 10, f"{statements} statements for one batch of {len(notices)} events"

    again, _ = await _apply(notifications_copy, notices[:5])  # redelivered later: skipped
    assert again == []
    assert await _scalar(notifications_copy, items, ids) == 2 * len(notices)


async def test_an_event_that_cannot_apply_yet_is_left_over_the_rest_of_its_batch_applied(
    notifications_copy: NotificationsSettings,
) -> None:
    before, waiting, after = (_urge(str(uuid.uuid4())) for _ in range(3))
    waiting = _urge(waiting.subject, lead_unit=UNKNOWN)
    left, _ = await _apply(notifications_copy, [before, waiting, after])

    assert [Envelope.from_kafka(r.headers, r.value).id for r in left] == [waiting.id]
    items = "select count(*) from inbox_items where source_event_id = $1"
    assert await _scalar(notifications_copy, items, before.id) == 2
    assert await _scalar(notifications_copy, items, after.id) == 2
    assert await _scalar(notifications_copy, items, waiting.id) == 0
    mark = "select count(*) from processed_events where event_id = $1"
    assert await _scalar(notifications_copy, mark, waiting.id) == 0  # tried again later


async def test_the_relay_read_of_pending_rows_stays_short_as_sent_rows_pile_up(
    stack: Stack,
) -> None:
    """Marking rows sent leaves dead versions in the pending index; without the relay's own
    vacuum every read walked them all, and the outbox slowed as it grew."""
    name = f"outbox_growth{DB_SUFFIX}"
    await fresh_database(name)
    settings = ReferralsSettings(
        database_url=f"{DATABASE}/{name}",
        kafka_bootstrap_servers=BOOTSTRAP,
        kafka_topic_prefix=stack.prefix,
        relay_vacuum_every_rows=1000,
        relay_batch_size=500,
    )
    metadata = MetaData()
    outbox = Outbox("growth", outbox_table(metadata))
    engine = create_engine(settings)
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    await admin.create_topics([NewTopic(stack.prefix + "growth", 1, 1)])
    try:
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
        dsn = settings.database_url.replace("postgresql+asyncpg://", "postgresql://")
        db = await asyncpg.connect(dsn)
        try:
            sample = Envelope(source="growth", type="growth.happened.v1", subject="k", data={})
            headers = json.dumps(sample.model_dump(mode="json", exclude={"data"}))
            await db.execute(
                "insert into outbox (event_id, topic, key, event_type, headers, payload) "
                "select gen_random_uuid(), 'growth', 'k', 'growth.happened.v1', $1::jsonb, "
                "'{}'::jsonb from generate_series(1, 20000)",
                headers,
            )
            relay = asyncio.create_task(
                OutboxRelay(outbox, create_session_factory(engine), settings).run()
            )
            try:
                pending = "select count(*) from outbox where sent_at is null"
                await wait_for(lambda: _none(db, pending), timeout=300, interval=0.5)
            finally:
                relay.cancel()
                await asyncio.gather(relay, return_exceptions=True)
            await db.execute(
                "insert into outbox (event_id, topic, key, event_type, headers, payload) "
                "values (gen_random_uuid(), 'growth', 'k', 'growth.happened.v1', $1::jsonb, "
                "'{}'::jsonb)",
                headers,
            )
            plan = json.loads(
                await db.fetchval(f"explain (analyze, buffers, format json) {PENDING_READ}")
            )[0]["Plan"]
        finally:
            await db.close()
    finally:
        await engine.dispose()
        await admin.delete_topics([stack.prefix + "growth"])
        await admin.close()
    pages = plan["Shared Hit Blocks"] + plan["Shared Read Blocks"]
    assert pages <= 20, f"the read of one pending row touched {pages} pages"


async def _none(db: asyncpg.Connection, query: str) -> bool:
    return bool(await db.fetchval(query) == 0)
