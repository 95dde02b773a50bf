"""Idempotent Kafka consumer: one effect per event id, offsets committed after the effect."""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from sqlalchemy import Column, DateTime, Index, MetaData, String, Table, Uuid, func, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared import tracing
from shared.context import correlation_id
from shared.db import SessionFactory, database_unavailable
from shared.events import Envelope, InvalidEnvelope
from shared.kafka import create_consumer, create_producer, dead_letter_topic
from shared.metrics import CONSUMER_EVENTS, CONSUMER_HANDLER_ERRORS, CONSUMER_LAG, CONSUMER_WAITING
from shared.settings import ServiceSettings

log = logging.getLogger(__name__)

Handler = Callable[[AsyncSession, Envelope], Awaitable[None]]
BatchHandler = Callable[[AsyncSession, list[Envelope]], Awaitable[None]]
WAIT_CAP_S = 5.0  # the longest pause between two tries of an event that waits
# The lag gauges are set at most this often: at low rates the loop turns once per record, and
# walking every assigned partition each turn cost more than a scrape (every 15 s) needs.
LAG_EVERY_S = 1.0
PROCESSED_AT_INDEX = "ix_processed_events_processed_at"


class NotYet(Exception):
    """The event cannot apply yet, through no fault of its own (e.g. a department the local
    directory copy does not hold yet): it waits and is tried again, without end and without
    counting toward the dead-letter attempts."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Waiting:
    """An event a consumer holds until what it needs arrives (shown on operator pages)."""

    group: str
    event_id: str
    event_type: str
    reason: str
    detail: str
    since: float  # time.time() of the first try that had to wait
    tries: int


# What waits in this process, by (group, event id): the operator page and /metrics show it.
WAITING: dict[tuple[str, str], Waiting] = {}


def processed_events_table(metadata: MetaData, *, version: int = 2) -> Table:
    """Defines the table of events a service's consumers have already applied.

    Version 2 indexes `processed_at` for the retention sweep (shared/retention.py); each
    service's first revision creates version 1, a later one adds the index.
    """
    table = Table(
        "processed_events",
        metadata,
        Column("consumer", String(100), primary_key=True),
        Column("event_id", Uuid, primary_key=True),
        Column("event_type", String(200), nullable=False),
        Column("processed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    )
    if version >= 2:
        Index(PROCESSED_AT_INDEX, table.c.processed_at)
    return table


@dataclass(frozen=True)
class Batched:
    """A handler that applies several events at once (a few multi-row statements for all).

    The consumer hands it each run of consecutive new events of a batch that it handles, in
    their order, inside the batch's transaction; one event alone when events apply one by one.
    """

    apply: BatchHandler


@dataclass(frozen=True)
class ConsumerSpec:
    """What one consumer group reads and which handler applies each event type."""

    group: str
    topics: list[str]
    handlers: Mapping[str, Handler | Batched] = field(default_factory=dict)
    # The group whose dead-letter topic receives this one's (default: its own).
    dead_letter_group: str | None = None


class EventConsumer:
    """Runs one consumer group.

    Each event's effect and its processed mark commit in one transaction, so a redelivered
    event is skipped. Offsets are committed after a batch is applied: a crash replays at most
    that batch, which the processed marks absorb. An event whose handler keeps failing goes to
    the group's dead-letter topic with the error in its headers, and the consumer moves on.
    An event whose handler raises `NotYet` waits instead: it is tried again with a growing
    pause (capped at WAIT_CAP_S) until it applies, and the consumer reads nothing further
    meanwhile (what follows may depend on it; the events of its own batch after it have been
    applied already); it is never dead-lettered for that reason.
    A lost database is not the event's fault: the batch is abandoned uncommitted and read again
    once the consumer has reconnected, so an outage never dead-letters anything.
    """

    def __init__(
        self,
        spec: ConsumerSpec,
        sessions: SessionFactory,
        processed: Table,
        settings: ServiceSettings,
    ) -> None:
        self.spec = spec
        self.sessions = sessions
        self.processed = processed
        self.settings = settings
        self.dead_letters = dead_letter_topic(spec.dead_letter_group or spec.group)
        # One statement marks a whole batch (a fixed shape: compiled and prepared once).
        self._mark_batch = text(
            f"INSERT INTO {processed.name} (consumer, event_id, event_type) "
            "SELECT :consumer, e, t FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS text[])) "
            "AS u(e, t) ON CONFLICT DO NOTHING RETURNING event_id"
        )

    async def _apply_in(self, session: AsyncSession, envelope: Envelope) -> bool:
        handler = self.spec.handlers.get(envelope.type)
        if handler is None:
            return False
        marked = await session.execute(
            insert(self.processed)
            .values(consumer=self.spec.group, event_id=envelope.id, event_type=envelope.type)
            .on_conflict_do_nothing()
            .returning(self.processed.c.event_id)
        )
        if marked.first() is None:
            return False
        if isinstance(handler, Batched):
            await handler.apply(session, [envelope])
        else:
            await handler(session, envelope)
        return True

    async def _mark(self, session: AsyncSession, envelopes: list[Envelope]) -> set[Any]:
        """Marks handled events processed in one statement; gets the ids not marked before."""
        handled = [e for e in envelopes if e.type in self.spec.handlers]
        if not handled:
            return set()
        result = await session.execute(
            self._mark_batch,
            {
                "consumer": self.spec.group,
                "ids": [e.id for e in handled],
                "types": [e.type for e in handled],
            },
        )
        return set(result.scalars())

    async def apply(self, envelope: Envelope) -> bool:
        """Applies one event exactly once; returns False when it was already applied."""
        async with self.sessions() as session, session.begin():
            return await self._apply_in(session, envelope)

    async def apply_batch(self, records: list[Any]) -> list[Any]:
        """Applies a fetched batch in one transaction; gets the records left to `handle`.

        One commit for the batch, one statement marking its events processed, and no
        savepoint while every event applies (the usual case: a savepoint costs two round
        trips per event). When an event fails, the batch is rolled
        back and applied again with each event in its own savepoint; the failing events are
        returned, with records that are not CloudEvents, for `handle` (retries, then the
        dead-letter topic).
        """
        events: list[tuple[Any, Envelope]] = []
        leftovers: list[Any] = []
        for record in records:
            try:
                events.append((record, Envelope.from_kafka(record.headers, record.value)))
            except InvalidEnvelope:
                leftovers.append(record)
        try:
            outcomes = await self._apply_events(events, isolated=False)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if database_unavailable(exc):
                raise
            log.info(
                "an event of the batch failed, applying each alone", extra={"error": repr(exc)}
            )
            outcomes = await self._apply_events(events, isolated=True)
        failed = [record for (record, _), ok in zip(events, outcomes, strict=True) if ok is None]
        return leftovers + failed

    async def _apply_events(
        self, events: list[tuple[Any, Envelope]], isolated: bool
    ) -> list[bool | None]:
        """Applies events in one transaction; isolated, each in a savepoint (None if it fails)."""
        async with self.sessions() as session, session.begin():
            if isolated:
                return [await self._apply_one(session, record, e) for record, e in events]
            return await self._apply_together(session, events)

    async def _apply_one(
        self, session: AsyncSession, record: Any, envelope: Envelope
    ) -> bool | None:
        token = correlation_id.set(envelope.correlationid)
        try:
            with self._span(envelope, record):
                applied = await self._apply_isolated(session, envelope)
                if applied is not None:  # logged in the event's span and correlation
                    self._log_outcome(envelope, applied)
                return applied
        finally:
            correlation_id.reset(token)

    async def _apply_together(
        self, session: AsyncSession, events: list[tuple[Any, Envelope]]
    ) -> list[bool | None]:
        """Marks the batch in one statement, then applies the new events in order.

        Consecutive events of one `Batched` handler go to it together (traced, one by one, so
        that each event's span times its own work).
        """
        fresh = await self._mark(session, [envelope for _, envelope in events])
        outcomes: list[bool | None] = [False] * len(events)
        run: list[tuple[Any, Envelope]] = []
        for n, (record, envelope) in enumerate(events):
            handler = self.spec.handlers.get(envelope.type)
            if handler is None or envelope.id not in fresh:
                self._log_in(envelope, applied=False)
                continue
            fresh.discard(envelope.id)  # the same event twice in a batch applies once
            outcomes[n] = True
            if not isinstance(handler, Batched):
                token = correlation_id.set(envelope.correlationid)
                try:
                    with self._span(envelope, record):
                        await handler(session, envelope)
                        self._log_outcome(envelope, True)
                finally:
                    correlation_id.reset(token)
                continue
            run.append((record, envelope))
            following = events[n + 1][1] if n + 1 < len(events) else None
            joins = (
                following is not None
                and following.id in fresh
                and self.spec.handlers.get(following.type) is handler
            )
            if tracing.tracing_on() or not joins:
                await self._apply_run(session, handler, run)
                run = []
        return outcomes

    async def _apply_run(
        self, session: AsyncSession, handler: Batched, run: list[tuple[Any, Envelope]]
    ) -> None:
        if len(run) > 1:
            await handler.apply(session, [envelope for _, envelope in run])
            for _, envelope in run:
                self._log_in(envelope, applied=True)
            return
        record, envelope = run[0]
        token = correlation_id.set(envelope.correlationid)
        try:
            with self._span(envelope, record):
                await handler.apply(session, [envelope])
                self._log_outcome(envelope, True)
        finally:
            correlation_id.reset(token)

    def _log_in(self, envelope: Envelope, applied: bool) -> None:
        """Logs an event's outcome under its own correlation id."""
        token = correlation_id.set(envelope.correlationid)
        try:
            self._log_outcome(envelope, applied)
        finally:
            correlation_id.reset(token)

    async def _apply_isolated(self, session: AsyncSession, envelope: Envelope) -> bool | None:
        try:
            async with session.begin_nested():
                return await self._apply_in(session, envelope)
        except asyncio.CancelledError:
            raise
        except NotYet:
            return None  # `handle` makes it wait
        except Exception as exc:
            if database_unavailable(exc):
                raise
            self._count_failure(envelope, exc, "event handler failed in a batch, will retry alone")
            return None

    def _span(self, envelope: Envelope, record: Any) -> AbstractContextManager[None]:
        """Traces the handling of one event (a no-op when tracing is off)."""
        if not tracing.tracing_on():
            return nullcontext()
        return tracing.consumer_span(
            envelope.trace_context(),
            record.topic,
            self.settings.topic(self.spec.group),
            {
                "messaging.message.id": str(envelope.id),
                "messaging.destination.partition.id": str(record.partition),
                "messaging.kafka.offset": record.offset,
                "cloudevents.event_id": str(envelope.id),
                "cloudevents.event_type": envelope.type,
                "cloudevents.event_source": envelope.source,
                "cloudevents.event_subject": envelope.subject,
                "correlation_id": envelope.correlationid,
            },
        )

    def _count_failure(
        self, envelope: Envelope, exc: Exception, message: str, **extra: Any
    ) -> None:
        CONSUMER_HANDLER_ERRORS.labels(self.spec.group, envelope.type).inc()
        log.warning(
            message,
            extra={
                "event_id": str(envelope.id),
                "type": envelope.type,
                "error": repr(exc),
                **extra,
            },
        )

    def _log_outcome(self, envelope: Envelope, applied: bool) -> None:
        CONSUMER_EVENTS.labels(self.spec.group, "applied" if applied else "skipped").inc()
        log.info(
            "event applied" if applied else "event skipped (duplicate or not handled)",
            extra={"event_id": str(envelope.id), "type": envelope.type, "group": self.spec.group},
        )

    async def handle(self, record: Any, producer: AIOKafkaProducer) -> None:
        """Applies a record with bounded retries, or dead-letters it."""
        try:
            envelope = Envelope.from_kafka(record.headers, record.value)
        except InvalidEnvelope as exc:
            await self._dead_letter(record, producer, exc, attempts=0)
            return
        token = correlation_id.set(envelope.correlationid)
        try:
            attempt = 0
            while True:
                try:
                    with self._span(envelope, record):
                        self._log_outcome(envelope, await self.apply(envelope))
                    return
                except asyncio.CancelledError:
                    raise
                except NotYet as exc:
                    await self._wait(envelope, exc)
                    continue
                except Exception as exc:
                    if database_unavailable(exc):
                        raise
                    attempt += 1
                    self._count_failure(envelope, exc, "event handler failed", attempt=attempt)
                    if attempt == self.settings.consumer_max_attempts:
                        await self._dead_letter(record, producer, exc, attempts=attempt)
                        return
                    await asyncio.sleep(self.settings.consumer_retry_backoff_s * 2 ** (attempt - 1))
        finally:
            self._stop_waiting(envelope)
            correlation_id.reset(token)

    async def _wait(self, envelope: Envelope, exc: NotYet) -> None:
        """Records that an event waits, then pauses before its next try (growing, capped)."""
        key = (self.spec.group, str(envelope.id))
        before = WAITING.get(key)
        tries = before.tries + 1 if before else 1
        if before is None:
            CONSUMER_WAITING.labels(self.spec.group, exc.reason).inc()
            log.info(
                "event waits",
                extra={"event_id": str(envelope.id), "type": envelope.type, "why": str(exc)},
            )
        WAITING[key] = Waiting(
            self.spec.group,
            str(envelope.id),
            envelope.type,
            exc.reason,
            exc.detail,
            before.since if before else time.time(),
            tries,
        )
        backoff = self.settings.consumer_retry_backoff_s * 2 ** min(tries - 1, 10)
        await asyncio.sleep(min(backoff, WAIT_CAP_S))

    def _stop_waiting(self, envelope: Envelope) -> None:
        """Forgets a waiting event once it applied, was dead-lettered or the consumer stops."""
        waited = WAITING.pop((self.spec.group, str(envelope.id)), None)
        if waited is not None:
            CONSUMER_WAITING.labels(self.spec.group, waited.reason).dec()
            log.info(
                "event no longer waits",
                extra={
                    "event_id": waited.event_id,
                    "type": waited.event_type,
                    "tries": waited.tries,
                },
            )

    async def run(self) -> None:
        """Consumes until cancelled; reconnects with backoff when Kafka is unavailable."""
        backoff = 0.5
        while True:
            consumer: AIOKafkaConsumer | None = None
            producer: AIOKafkaProducer | None = None
            try:
                consumer = create_consumer(self.settings, self.spec.group, self.spec.topics)
                producer = create_producer(self.settings)
                await consumer.start()
                await producer.start()
                backoff = 0.5
                uncommitted, committed_at = False, time.monotonic()
                lag_at = 0.0
                while True:
                    batches = await consumer.getmany(
                        timeout_ms=1000, max_records=self.settings.consumer_batch_records
                    )
                    # Every partition's records in one transaction (each partition's order
                    # is kept; partitions are independent).
                    records = [record for part in batches.values() for record in part]
                    if records:
                        for record in await self.apply_batch(records):
                            await self.handle(record, producer)
                        uncommitted = True
                    # The offsets go to the broker in a round trip of their own: not after
                    # every batch while the records pour in, at once when they stop.
                    due = (
                        time.monotonic() - committed_at >= self.settings.consumer_commit_interval_s
                    )
                    if uncommitted and (due or not records):
                        await consumer.commit()
                        uncommitted, committed_at = False, time.monotonic()
                    if time.monotonic() - lag_at >= LAG_EVERY_S:
                        await self._record_lag(consumer)
                        lag_at = time.monotonic()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning(
                    "consumer stopped, restarting",
                    extra={"group": self.spec.group, "error": repr(exc)},
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
            finally:
                for client in (consumer, producer):
                    if client is not None:
                        try:
                            await asyncio.wait_for(client.stop(), 5.0)
                        except Exception as exc:
                            log.warning("kafka client stop failed", extra={"error": repr(exc)})

    async def _record_lag(self, consumer: AIOKafkaConsumer) -> None:
        """Records, per assigned partition, how far the group is behind the partition's end."""
        for partition in consumer.assignment():
            end = consumer.highwater(partition)
            if end is None:
                continue  # nothing fetched from this partition yet
            behind = end - await consumer.position(partition)
            CONSUMER_LAG.labels(self.spec.group, partition.topic, partition.partition).set(behind)

    async def _dead_letter(
        self, record: Any, producer: AIOKafkaProducer, error: Exception, attempts: int
    ) -> None:
        headers = [
            *(record.headers or ()),
            ("dlq_error_type", type(error).__name__.encode()),
            ("dlq_error", str(error)[:2000].encode()),
            ("dlq_attempts", str(attempts).encode()),
            ("dlq_topic", record.topic.encode()),
            ("dlq_partition", str(record.partition).encode()),
            ("dlq_offset", str(record.offset).encode()),
            ("dlq_group", self.spec.group.encode()),
        ]
        CONSUMER_EVENTS.labels(self.spec.group, "dead_lettered").inc()
        await producer.send_and_wait(
            self.settings.topic(self.dead_letters.name),
            value=record.value,
            key=record.key,
            headers=headers,
        )
        log.error(
            "event dead-lettered",
            extra={"topic": record.topic, "offset": record.offset, "error": repr(error)},
        )
