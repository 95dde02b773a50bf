"""The console's job: watches the event flow, the recent events of every topic, and lag.

One consumer without a group reads the four services' topics (it commits nothing, so it
changes no one's offsets); every `console_lag_interval_s` an admin client reads each consumer
group's committed offsets. Each replica keeps its own view in memory: the console is
read-only and best effort, never a source of truth.

It reads only while someone looks: the first look starts it (from a short history, so the
page is not empty), and `console_idle_s` after the last one it stops. Unwatched, it would
fetch every record of every topic and ask the broker for every group's offsets each second,
for no one (docs/performance.md).
"""

import asyncio
import logging
import time
from collections import deque

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from fastapi import FastAPI
from prometheus_client import Gauge

from services.notifications.config import NotificationsSettings
from services.notifications.console.rules import (
    SERVICES,
    flow_event,
    group_lags,
    history_depth,
    resume_at,
    topic_pattern,
    watching,
)
from services.notifications.console.schemas import FlowEvent, FlowSnapshot, GroupLag, TopicSize
from shared.clock import Clock

log = logging.getLogger(__name__)
REDISCOVER_S = 30.0
READING = Gauge("console_watcher_reading", "1 while the operator console reads Kafka")


class FlowWatcher:
    """The console's in-memory view: the last events and the latest lag figures."""

    def __init__(self, settings: NotificationsSettings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock
        self.prefix = settings.kafka_topic_prefix
        self.events: deque[FlowEvent] = deque(maxlen=settings.console_buffer)
        self.lags: list[GroupLag] = []
        self.sizes: list[TopicSize] = []
        self.error: str | None = None
        self.seq = 0
        self.positions: dict[TopicPartition, int] = {}
        self.looked = False
        self.last_look = -float("inf")  # time.monotonic() of the last snapshot
        self.wanted = asyncio.Event()

    def snapshot(self, after: int) -> FlowSnapshot:
        """Gets the events after a sequence number (newest last) and the lag figures; a look
        keeps the watcher reading (or starts it)."""
        self.last_look = time.monotonic()
        self.wanted.set()
        return FlowSnapshot(
            at=self.clock.now(),
            events=[e for e in self.events if e.seq > after],
            lags=self.lags,
            topics=self.sizes,
            error=self.error,
        )

    async def _topics(self, admin: AIOKafkaAdminClient) -> list[str]:
        pattern = topic_pattern(self.prefix)
        return sorted(t for t in await admin.list_topics() if pattern.match(t))

    async def _assign(
        self, admin: AIOKafkaAdminClient, consumer: AIOKafkaConsumer, topics: list[str]
    ) -> list[TopicPartition]:
        described = await admin.describe_topics(topics) if topics else []
        partitions = [
            TopicPartition(d["topic"], p["partition"]) for d in described for p in d["partitions"]
        ]
        consumer.assign(partitions)
        starts = await consumer.beginning_offsets(partitions)
        ends = await consumer.end_offsets(partitions)
        # A short history, so that a page opened now is not empty.
        history = history_depth(
            self.settings.console_history, self.settings.console_buffer, len(partitions)
        )
        for tp in partitions:
            known = self.positions.get(tp)
            consumer.seek(tp, resume_at(known, starts[tp], ends[tp], history, not self.looked))
        self.looked = True
        return partitions

    async def _refresh_lag(
        self, admin: AIOKafkaAdminClient, consumer: AIOKafkaConsumer, parts: list[TopicPartition]
    ) -> None:
        ours = {f"{self.prefix}{s}" for s in SERVICES}
        groups = [g[0] for g in await admin.list_consumer_groups() if g[0] in ours]
        committed = {
            g: {
                tp: meta.offset for tp, meta in (await admin.list_consumer_group_offsets(g)).items()
            }
            for g in groups
        }
        ends = await consumer.end_offsets(parts)
        self.lags = group_lags(committed, ends, self.prefix)
        by_topic: dict[str, int] = {}
        for tp, end in ends.items():
            logical = tp.topic.removeprefix(self.prefix)
            by_topic[logical] = by_topic.get(logical, 0) + end
        self.sizes = [TopicSize(topic=t, records=n) for t, n in sorted(by_topic.items())]

    async def _watch_once(self) -> None:
        servers = self.settings.kafka_bootstrap_servers
        consumer = AIOKafkaConsumer(
            bootstrap_servers=servers, enable_auto_commit=False, group_id=None
        )
        admin = AIOKafkaAdminClient(bootstrap_servers=servers)
        await consumer.start()
        await admin.start()
        try:
            topics = await self._topics(admin)
            parts = await self._assign(admin, consumer, topics)
            loop = asyncio.get_running_loop()
            next_lag = next_look = 0.0
            while watching(self.last_look, time.monotonic(), self.settings.console_idle_s):
                if loop.time() >= next_look:  # topics created since (a new deployment)
                    latest = await self._topics(admin)
                    if latest != topics:
                        topics, parts = latest, await self._assign(admin, consumer, latest)
                    next_look = loop.time() + REDISCOVER_S
                if loop.time() >= next_lag:
                    await self._refresh_lag(admin, consumer, parts)
                    next_lag = loop.time() + self.settings.console_lag_interval_s
                    self.error = None
                batches = await consumer.getmany(timeout_ms=300)
                for tp, records in batches.items():
                    self.positions[tp] = records[-1].offset + 1
                    # Only what the buffer keeps is decoded: under load most records would
                    # be pushed out by the next ones before anyone looks.
                    kept = records[-self.settings.console_buffer :]
                    self.seq += len(records) - len(kept)
                    for r in kept:
                        self.seq += 1
                        self.events.append(
                            flow_event(self.seq, r.topic, r.headers, r.value, self.prefix)
                        )
        finally:
            await consumer.stop()
            await admin.close()

    def _forget(self) -> None:
        """Drops the view of a pause: the next look starts from a short history again."""
        self.events.clear()
        self.positions.clear()
        self.lags, self.sizes, self.looked = [], [], False

    async def run(self) -> None:
        """Watches while someone looks, until cancelled; a broker outage is shown and retried."""
        while True:
            await self.wanted.wait()
            self.wanted.clear()  # a look from now on starts the next round
            READING.set(1)
            try:
                await self._watch_once()
                self._forget()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.error = f"Kafka unreachable, retrying: {exc!r}"
                log.warning("console watcher failed, will retry", extra={"error": repr(exc)})
                await asyncio.sleep(2.0)
                if watching(self.last_look, time.monotonic(), self.settings.console_idle_s):
                    self.wanted.set()  # again from where it was, while someone looks
            finally:
                READING.set(0)


async def watch_flow(app: FastAPI) -> None:
    """The background job that feeds the console (ServiceSpec.jobs)."""
    watcher = FlowWatcher(app.state.settings, app.state.clock)
    app.state.flow_watcher = watcher
    await watcher.run()
