"""The live stream of a department's items, woken by PostgreSQL LISTEN/NOTIFY.

One PostgreSQL connection per process listens on `inbox_items`, whatever the number of open
streams; the trigger of migration 0007 notifies once per insert statement with the distinct
recipient departments, so a stream wakes only for its own. While the connection is down the
streams fall back on their periodic re-read; when it is back every stream is woken once, as
notifications sent meanwhile are lost.
"""

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Iterator

import asyncpg
from fastapi import FastAPI
from prometheus_client import Counter, Gauge
from sse_starlette import ServerSentEvent

from services.notifications.inbox import repository
from services.notifications.inbox.schemas import InboxItemRead
from shared.db import SessionFactory

log = logging.getLogger(__name__)
STREAMS_OPEN = Gauge("inbox_streams_open", "Live inbox streams open in this process")
STREAM_READS = Counter(
    "inbox_stream_reads_total", "Reads of the live streams: on a wake-up or the periodic refresh"
)
CHANNEL = "inbox_items"
BATCH = 100
RETRY_MS = 2000  # how long a client waits before reconnecting (the SSE retry field)
EVERYONE = "*"  # the trigger's payload when the department list would not fit


class InboxListener:
    """The process's LISTEN connection and the streams waiting on it, by department."""

    def __init__(self, database_url: str, check_s: float) -> None:
        self.dsn = database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
        self.check_s = check_s
        self.waiting: dict[str, set[asyncio.Event]] = {}
        self.connected = asyncio.Event()

    @contextlib.contextmanager
    def watch(self, department: str) -> Iterator[asyncio.Event]:
        """Gets an event set whenever the department may have new items (for one stream)."""
        woken = asyncio.Event()
        self.waiting.setdefault(department, set()).add(woken)
        try:
            yield woken
        finally:
            streams = self.waiting.get(department, set())
            streams.discard(woken)
            if not streams:
                self.waiting.pop(department, None)

    def wake(self, departments: list[str]) -> None:
        """Wakes the streams of these departments."""
        for department in departments:
            for woken in self.waiting.get(department, ()):
                woken.set()

    def notified(self, _connection: object, _pid: int, _channel: str, payload: str) -> None:
        """Handles one notification: the comma-separated departments, or `*` for all."""
        self.wake(list(self.waiting) if payload == EVERYONE else payload.split(","))

    async def run(self) -> None:
        """Listens until cancelled; reconnects when the connection is lost."""
        retry_s = 0.5
        while True:
            connection: asyncpg.Connection | None = None
            try:
                connection = await asyncpg.connect(self.dsn, timeout=5)
                await connection.add_listener(CHANNEL, self.notified)
                self.connected.set()
                retry_s = 0.5
                self.wake(list(self.waiting))  # items may have come while nobody listened
                while True:
                    # An idle connection notices a vanished server only when it speaks.
                    await asyncio.sleep(self.check_s)
                    await connection.fetchval("SELECT 1", timeout=5)
            except asyncio.CancelledError:
                raise
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                log.warning("inbox LISTEN lost, will reconnect", extra={"error": repr(exc)})
            finally:
                self.connected.clear()
                if connection is not None:
                    connection.terminate()
            self.wake(list(self.waiting))
            await asyncio.sleep(retry_s)
            retry_s = min(retry_s * 2, 10.0)


def listener_of(app: FastAPI) -> InboxListener:
    """Gets the app's listener (made on first use, by the job or by a stream)."""
    listener: InboxListener | None = getattr(app.state, "inbox_listener", None)
    if listener is None:
        settings = app.state.settings
        listener = InboxListener(settings.database_url, settings.stream_check_interval_s)
        app.state.inbox_listener = listener
    return listener


async def listen_for_items(app: FastAPI) -> None:
    """The job that keeps the process's LISTEN connection (ServiceSpec.jobs)."""
    await listener_of(app).run()


def sse_event(item: InboxItemRead) -> ServerSentEvent:
    """Renders an item as one SSE event whose id is its stream position."""
    data = json.dumps(item.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return ServerSentEvent(data, event="inbox.item", id=str(item.seq))


def ping() -> ServerSentEvent:
    """The keep-alive of an idle stream: an event without data, which browsers ignore."""
    return ServerSentEvent(event="ping")


async def live_items(
    sessions: SessionFactory,
    listener: InboxListener,
    department: str,
    *,
    after: int,
    refresh_s: float,
) -> AsyncIterator[ServerSentEvent]:
    """Yields a department's items after a stream position, as they come, until cancelled.

    The stream reads when woken, and every `refresh_s` anyway (the safety net of a lost
    notification); sse-starlette cancels it when the client leaves.
    """
    position = after
    yield ServerSentEvent(retry=RETRY_MS)
    with listener.watch(department) as woken, STREAMS_OPEN.track_inprogress():
        while True:
            # Cleared before reading: items added during the read wake the next round.
            woken.clear()
            STREAM_READS.inc()
            async with sessions() as session:
                rows = await repository.after_seq(
                    session, department=department, seq=position, limit=BATCH
                )
            for row in rows:
                item = InboxItemRead.model_validate(row)
                position = item.seq
                yield sse_event(item)
            if len(rows) == BATCH:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(woken.wait(), refresh_s)
