"""Rate limits every replica of a service shares: the `limits` package on PostgreSQL.

`limits` counts hits with its strategies (a fixed window here) in a storage; it ships Redis,
Memcached, MongoDB and in-memory storages, none of which this deployment runs. `PostgresStorage`
is its storage interface on the service's own database, registered under `async+postgresql`:
a hit is one prepared statement (an upsert) on a few connections of its own, outside the
request's transaction, so a request that fails still counts and every replica sees the same
counters. The table is UNLOGGED: counters cost no WAL and are not replicated; after a crash or
a fail-over they start again from zero, which only forgives a minute of hits.
"""

import asyncio
import itertools
import math
import time
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
        self.dsn = "postgresql" + uri.removeprefix(SCHEME)
        self.timeout = float(options.get("timeout", 5))
        self._lines = [_Line() for _ in range(int(options.get("pool_size", 4)))]
        self._turn = itertools.cycle(self._lines)

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
        return int(await self._run("fetchval", _INCR, key, float(expiry), amount))

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
