"""The outbox relay: publishes pending outbox rows to Kafka in order, then marks them sent."""

import asyncio
import logging
import zlib
from datetime import timedelta
from typing import Any

import asyncpg
from aiokafka import AIOKafkaProducer
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Row

from shared import tracing
from shared.db import SessionFactory
from shared.events import Envelope
from shared.kafka import create_producer
from shared.metrics import RELAY_FAILURES, RELAY_PUBLISHED
from shared.outbox import Outbox
from shared.settings import ServiceSettings

log = logging.getLogger(__name__)
CLEANUP_EVERY_S = 300.0


def _envelope(row: Row[Any]) -> Envelope:
    return Envelope(**row.headers, data=row.payload)


def _attributes(row: Row[Any]) -> dict[str, str]:
    return {
        "messaging.message.id": str(row.event_id),
        "messaging.kafka.message.key": row.key,
        "cloudevents.event_id": str(row.event_id),
        "cloudevents.event_type": row.event_type,
    }


class OutboxRelay:
    """Publishes one service's outbox.

    One batch at a time holds a transaction-level advisory lock, so several replicas can run
    side by side while rows are still published in id order. Kafka is written before the rows
    are marked sent: a crash in between republishes, and consumers drop the duplicate by id.
    """

    def __init__(self, outbox: Outbox, sessions: SessionFactory, settings: ServiceSettings) -> None:
        self.outbox = outbox
        self.sessions = sessions
        self.settings = settings
        self.lock_key = zlib.crc32(f"outbox-relay:{outbox.source}".encode())
        self.producer: AIOKafkaProducer | None = None
        self.wakeup = asyncio.Event()
        self._listener: asyncpg.Connection | None = None
        self._sent_since_vacuum = 0

    async def publish_batch(self) -> int:
        """Publishes up to one batch of pending events; returns how many were published."""
        producer = await self._producer()
        table = self.outbox.table
        async with self.sessions() as session, session.begin():
            # The lock and the read are one round trip: the lock is the query's one-time
            # filter, taken before the pending rows are read. Not taken: another replica is
            # publishing, and this one reads nothing.
            locked = select(func.pg_try_advisory_xact_lock(self.lock_key)).scalar_subquery()
            rows = (
                await session.execute(
                    select(table)
                    .where(locked, table.c.sent_at.is_(None))
                    .order_by(table.c.id)
                    .limit(self.settings.relay_batch_size)
                )
            ).all()
            if not rows:
                return 0
            with tracing.send_spans() as spans:
                sends = []
                for row in rows:
                    envelope = _envelope(row)
                    topic = self.settings.topic(row.topic)
                    if tracing.tracing_on():
                        # The record carries the send span's context: the consumer's parent.
                        # Untraced, the row's context goes on as it is.
                        sent = spans.start(envelope.trace_context(), topic, _attributes(row))
                        envelope = envelope.model_copy(update=sent)
                    sends.append(
                        await producer.send(
                            topic,
                            value=envelope.kafka_value(),
                            key=row.key.encode(),
                            headers=envelope.kafka_headers(),
                        )
                    )
                await asyncio.wait_for(asyncio.gather(*sends), self.settings.relay_send_timeout_s)
            await session.execute(
                update(table).where(table.c.id.in_([r.id for r in rows])).values(sent_at=func.now())
            )
        return len(rows)

    async def cleanup(self) -> int:
        """Deletes sent rows older than the retention period."""
        table = self.outbox.table
        cutoff = func.now() - timedelta(hours=self.settings.outbox_retention_hours)
        async with self.sessions() as session, session.begin():
            result = await session.execute(delete(table).where(table.c.sent_at < cutoff))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def run(self) -> None:
        """Publishes until cancelled: wakes on NOTIFY, polls as a fallback, backs off on errors."""
        backoff = 0.5
        since_cleanup = CLEANUP_EVERY_S
        try:
            while True:
                try:
                    await self._listen()
                    # Cleared before the batch is read, so a NOTIFY that arrives while it is
                    # published wakes the next round instead of being lost.
                    self.wakeup.clear()
                    published = await self.publish_batch()
                    backoff = 0.5
                    if published:
                        RELAY_PUBLISHED.inc(published)
                        log.info("outbox published", extra={"events": published})
                        self._sent_since_vacuum += published
                        if self._sent_since_vacuum >= self.settings.relay_vacuum_every_rows:
                            await self._vacuum()
                        if published == self.settings.relay_batch_size or self._listener is None:
                            continue  # drain before waiting
                        # A short batch was all there was: whatever commits after its read
                        # NOTIFYs, and the wait below returns at once. No empty read per event.
                    if since_cleanup >= CLEANUP_EVERY_S:
                        since_cleanup = 0.0
                        removed = await self.cleanup()
                        if removed:
                            log.info("outbox cleaned", extra={"rows": removed})
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    RELAY_FAILURES.inc()
                    log.warning("outbox relay failed, will retry", extra={"error": repr(exc)})
                    await self._reset_producer()
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, 10.0)
                    continue
                try:
                    await asyncio.wait_for(self.wakeup.wait(), self.settings.relay_poll_interval_s)
                except TimeoutError:
                    since_cleanup += self.settings.relay_poll_interval_s
        finally:
            await self._reset_producer()
            await self._close_listener()

    async def _producer(self) -> AIOKafkaProducer:
        if self.producer is None:
            producer = create_producer(self.settings)
            await producer.start()
            self.producer = producer
        return self.producer

    async def _reset_producer(self) -> None:
        if self.producer is not None:
            producer, self.producer = self.producer, None
            try:
                # A stop flushes what is buffered; with the broker gone that must not hang.
                await asyncio.wait_for(producer.stop(), 5.0)
            except Exception as exc:
                log.warning("producer stop failed", extra={"error": repr(exc)})

    async def _listen(self) -> None:
        """(Re)opens the LISTEN connection; polling covers any gap while it is down."""
        if self._listener is not None and not self._listener.is_closed():
            return
        dsn = self.settings.database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
        try:
            self._listener = await asyncpg.connect(dsn, timeout=5)
            await self._listener.add_listener(self.outbox.channel, self._notified)
        except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
            log.warning("outbox LISTEN unavailable, polling", extra={"error": repr(exc)})
            self._listener = None

    async def _vacuum(self) -> None:
        """Vacuums the outbox every `relay_vacuum_every_rows` sent rows.

        Marking a row sent leaves its old version, and that version's entry in the pending
        index, until a vacuum; the relay's next query walks every such entry before the first
        pending row. Autovacuum waits for dead rows to reach a fifth of the table (and on a
        server of many databases may come late), so as the outbox grew each batch read
        slower: at 300,000 sent rows a read took 20 ms instead of 0.1. A vacuum of what
        changed since the last one keeps the walk short whatever the table's size (the
        visibility map spares the pages already clean).
        """
        self._sent_since_vacuum = 0
        if self._listener is None or self._listener.is_closed():
            return  # polling without a connection of our own: autovacuum only
        try:
            await self._listener.execute(f"VACUUM (SKIP_LOCKED) {self.outbox.table.name}")
        except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
            log.warning("outbox vacuum failed", extra={"error": repr(exc)})

    def _notified(self, *_: object) -> None:
        self.wakeup.set()

    async def _close_listener(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            await self._listener.close()
        self._listener = None
