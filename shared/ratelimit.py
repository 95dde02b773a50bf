"""Rate limits every replica of a service shares: the `limits` package on PostgreSQL.

`limits` counts hits with its strategies (a fixed window here) in a storage; it ships Redis,
Memcached, MongoDB and in-memory storages, none of which this deployment runs. `PostgresStorage`
is its storage interface on the service's own database, registered under `async+postgresql`:
hits are counted by one prepared statement (an upsert) on a few connections of its own,
outside the request's transaction, so a request that fails still counts and every replica
sees the same counters. Hits that arrive while a count is in flight wait for it and are then
counted together, one statement for all of them (`_Coalesced`): each still gets the count it
would have got alone, so the limit is as exact as with one statement per hit. The table is
UNLOGGED: counters cost no WAL and are not replicated; after a crash or a fail-over they
start again from zero, which only forgives a minute of hits.
"""

import asyncio
import itertools
import math
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any

import asyncpg
from fastapi import Depends, Request
from limits import RateLimitItem, RateLimitItemPerMinute
from limits.aio.storage import Storage
from limits.aio.strategies import FixedWindowRateLimiter
from limits.storage import storage_from_string
from pydantic import BaseModel
from sqlalchemy import BigInteger, Column, DateTime, MetaData, String, Table, text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.errors import TooManyRequests
from shared.settings import ServiceSettings

SCHEME = "async+postgresql"
TABLE = "rate_limits"
# One statement per hit: a new key starts a window, an expired one starts the next.
_INCR = f"""
INSERT INTO {TABLE} AS r (key, hits, expires_at)
VALUES ($1, $3, now() + make_interval(secs => $2))
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.expires_at <= now() THEN $3 ELSE r.hits + $3 END,
  expires_at = CASE WHEN r.expires_at <= now() THEN excluded.expires_at ELSE r.expires_at END
RETURNING hits
"""
# The hits of several waiting requests in one statement: each key once, with their sum.
_INCR_MANY = f"""
INSERT INTO {TABLE} AS r (key, hits, expires_at)
SELECT u.key, u.hits, now() + make_interval(secs => u.expiry)
FROM unnest($1::text[], $2::float8[], $3::bigint[]) AS u(key, expiry, hits)
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.expires_at <= now() THEN excluded.hits ELSE r.hits + excluded.hits END,
  expires_at = CASE WHEN r.expires_at <= now() THEN excluded.expires_at ELSE r.expires_at END
RETURNING key, hits
"""
_GET = f"SELECT hits FROM {TABLE} WHERE key = $1 AND expires_at > now()"
_EXPIRY = f"SELECT extract(epoch FROM expires_at) FROM {TABLE} WHERE key = $1"
_CLEAR = f"DELETE FROM {TABLE} WHERE key = $1"
_RESET = f"DELETE FROM {TABLE}"
_SWEEP = f"DELETE FROM {TABLE} WHERE expires_at < now()"


def rate_limit_table(metadata: MetaData) -> Table:
    """Defines the counters' table in a service's metadata (its migration creates it)."""
    return Table(
        TABLE,
        metadata,
        Column("key", String(300), primary_key=True),
        Column("hits", BigInteger, nullable=False),
        Column("expires_at", DateTime(timezone=True), nullable=False),
        prefixes=["UNLOGGED"],
    )


class _Line:
    """One connection of the storage, carrying one statement at a time."""

    def __init__(self) -> None:
        self.connection: asyncpg.Connection | None = None
        self.lock = asyncio.Lock()


class _Coalesced:
    """Counts hits one statement at a time; the hits that arrive meanwhile go in the next.

    At saturation every public request is a hit, most on a few keys (one proxy, one
    office): one statement per hit cost a round trip of CPU in the API and a row lock that
    queued the upserts of one key behind each other (docs/performance.md). A batch counts
    each key once, by the sum of its hits, and hands each waiter, in arrival order, the
    count it would have got from a statement of its own: the window's count after the
    batch, less the hits that arrived after it.
    """

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run
        self._waiting: list[tuple[str, float, int, asyncio.Future[int]]] = []
        self._counting: asyncio.Task[None] | None = None

    async def incr(self, key: str, expiry: float, amount: int) -> int:
        """Counts `amount` hits on a key; gets the key's count including them."""
        found: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiting.append((key, expiry, amount, found))
        if self._counting is None:
            self._counting = asyncio.get_running_loop().create_task(self._count())
        return await found

    async def _count(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                try:
                    totals = await self._totals(batch)
                except asyncio.CancelledError:  # stopping: nobody is left waiting
                    for *_, found in batch + self._waiting:
                        found.cancel()
                    raise
                except Exception as exc:  # the database failed: so did these hits
                    for *_, found in batch:
                        if not found.done():
                            found.set_exception(exc)
                    continue
                for key, _, amount, found in reversed(batch):
                    if not found.done():
                        found.set_result(totals[key])
                    totals[key] -= amount
        finally:
            self._counting = None

    async def _totals(self, batch: list[tuple[str, float, int, Any]]) -> dict[str, int]:
        hits: dict[str, int] = {}
        expiries: dict[str, float] = {}
        for key, expiry, amount, _ in batch:
            hits[key] = hits.get(key, 0) + amount
            expiries.setdefault(key, expiry)
        if len(hits) == 1:
            [(key, amount)] = hits.items()
            return {key: int(await self._run("fetchval", _INCR, key, expiries[key], amount))}
        rows = await self._run(
            "fetch", _INCR_MANY, list(hits), list(expiries.values()), list(hits.values())
        )
        return {row["key"]: int(row["hits"]) for row in rows}


class PostgresStorage(Storage):
    """The `limits` storage on a PostgreSQL table: `async+postgresql://user:pw@host:port/db`.

    A few connections of its own (`pool_size`, 4), each carrying one statement at a time: a
    hit takes the first idle one. Half the CPU of an asyncpg pool, whose acquire and release
    cost as much as the statement. A connection that fails is dropped and opened again at
    the next hit. Options (query string or keywords): `pool_size`, `timeout` (seconds, 5).
    """

    STORAGE_SCHEME = [SCHEME]  # noqa: RUF012 (the registry of limits reads it)

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options: Any) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        address, _, query = uri.partition("?")  # the options are ours, not the server's
        options = {**dict(urllib.parse.parse_qsl(query)), **options}
        self.dsn = "postgresql" + address.removeprefix(SCHEME)
        self.timeout = float(options.get("timeout", 5))
        self._lines = [_Line() for _ in range(int(options.get("pool_size", 4)))]
        self._turn = itertools.cycle(self._lines)
        self._hits = _Coalesced(self._run)

    @property
    def base_exceptions(self) -> tuple[type[Exception], ...]:
        """What the storage raises when the database fails."""
        return (asyncpg.PostgresError, asyncpg.InterfaceError, OSError)

    async def _run(self, method: str, query: str, *args: Any) -> Any:
        """Runs one statement on an idle connection (opened at the first use)."""
        line = next((x for x in self._lines if not x.lock.locked()), None) or next(self._turn)
        async with line.lock:
            if line.connection is None or line.connection.is_closed():
                line.connection = await asyncpg.connect(
                    self.dsn, timeout=self.timeout, command_timeout=self.timeout
                )
            try:
                return await getattr(line.connection, method)(query, *args)
            except (OSError, asyncpg.InterfaceError, asyncpg.PostgresConnectionError):
                line.connection.terminate()
                line.connection = None
                raise

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """Counts `amount` hits on a key whose window lasts `expiry` seconds; gets the count."""
        return await self._hits.incr(key, float(expiry), amount)

    async def get(self, key: str) -> int:
        """Gets a key's count in its current window (0 when none is open)."""
        return int(await self._run("fetchval", _GET, key) or 0)

    async def get_expiry(self, key: str) -> float:
        """Gets when a key's window ends (epoch seconds; now when none is open)."""
        expiry = await self._run("fetchval", _EXPIRY, key)
        return float(expiry) if expiry is not None else time.time()

    async def check(self) -> bool:
        """Tells whether the database answers."""
        try:
            return bool(await self._run("fetchval", "SELECT true"))
        except self.base_exceptions:
            return False

    async def reset(self) -> int | None:
        """Clears every counter; gets how many there were."""
        return int((await self._run("execute", _RESET)).split()[-1])

    async def clear(self, key: str) -> None:
        """Clears one key's counter."""
        await self._run("execute", _CLEAR, key)

    async def close(self) -> None:
        """Closes the connections."""
        for line in self._lines:
            async with line.lock:
                if line.connection is not None:
                    await line.connection.close()
                    line.connection = None


class Swept(BaseModel):
    """What a sweep deleted."""

    counters: int


async def sweep(session: AsyncSession, now: datetime) -> Swept:
    """Deletes the counters whose window has ended (a job: `every(…, sweep)`)."""
    result = await session.execute(text(_SWEEP))
    return Swept(counters=int(getattr(result, "rowcount", 0) or 0))


def storage_uri(settings: ServiceSettings) -> str:
    """Gets the storage the settings name: RATE_LIMIT_STORAGE, else the service's database."""
    if settings.rate_limit_storage:
        return settings.rate_limit_storage
    return SCHEME + "://" + settings.database_url.split("://", 1)[1]


def per_minute(amount: int) -> RateLimitItem:
    """Builds a limit of `amount` hits a minute."""
    return RateLimitItemPerMinute(amount)


class RateLimits:
    """A service's limiter: `limits`' fixed windows on the storage its settings name."""

    def __init__(self, uri: str) -> None:
        self.storage = storage_from_string(uri)
        self.limiter = FixedWindowRateLimiter(self.storage)

    async def hit(self, limit: RateLimitItem, *identifiers: str, detail: str) -> None:
        """Counts a hit; over the limit raises 429 with the seconds until the window ends."""
        if await self.limiter.hit(limit, *identifiers):
            return
        reset, _ = await self.limiter.get_window_stats(limit, *identifiers)
        problem = TooManyRequests(detail)
        problem.headers = {"Retry-After": str(max(1, math.ceil(reset - time.time())))}
        raise problem

    async def close(self) -> None:
        """Closes the storage's connections (at shutdown)."""
        if isinstance(self.storage, PostgresStorage):
            await self.storage.close()


async def app_rate_limits(request: Request) -> RateLimits:
    """Gets the app's limiter (made by the lifespan)."""
    limits: RateLimits = request.app.state.rate_limits
    return limits


RateLimitsDep = Annotated[RateLimits, Depends(app_rate_limits)]
