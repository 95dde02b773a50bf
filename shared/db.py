"""Database engine, sessions and the request-scoped session dependency."""

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import asyncpg
from fastapi import Depends, Request
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from shared.settings import ServiceSettings

SessionFactory = async_sessionmaker[AsyncSession]
# What PostgreSQL being down, restarting or out of reach looks like through asyncpg and the pool.
_UNREACHABLE = (
    ConnectionError,  # refused, reset, broken pipe
    TimeoutError,  # connect timed out
    asyncpg.PostgresConnectionError,  # SQLSTATE class 08
    asyncpg.exceptions.AdminShutdownError,  # 57P01: the server is stopping
    asyncpg.exceptions.CrashShutdownError,  # 57P02
    asyncpg.exceptions.CannotConnectNowError,  # 57P03: starting up or shutting down
    sa_exc.TimeoutError,  # no pooled connection freed in time
)


def create_engine(settings: ServiceSettings, pool_size: int | None = None) -> AsyncEngine:
    """Creates an async engine on a pool of `pool_size` (the settings' database_pool_size)."""
    return create_async_engine(
        settings.database_url,
        # A fixed pool, no overflow: an overflow connection is closed when it is returned, so
        # a load above the pool's size reconnected on every request (TCP, startup, auth).
        # Above the pool's size a request waits for a connection (up to pool_timeout).
        pool_size=pool_size or settings.database_pool_size,
        max_overflow=0,
        # No pre-ping: it costs a round trip on every checkout. After a database restart the
        # first use of a dead connection fails (503 to that caller) and SQLAlchemy then
        # discards every connection older than the failure, so the pool heals by itself.
        pool_pre_ping=False,
        # Fail fast rather than hang while PostgreSQL is unreachable.
        pool_timeout=settings.database_timeout_s,
        connect_args={"timeout": settings.database_timeout_s},
    )


def database_unavailable(error: BaseException) -> bool:
    """Tells whether an error means the database could not be reached, not that a query failed."""
    seen: BaseException | None = error
    for _ in range(10):  # the drivers wrap each other's errors a few levels deep
        if seen is None:
            return False
        if isinstance(seen, sa_exc.DBAPIError) and seen.connection_invalidated:
            return True
        if isinstance(seen, _UNREACHABLE):
            return True
        if isinstance(seen, asyncpg.InterfaceError) and "connection is closed" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    """Creates the session factory; objects stay readable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """Yields one session per request; the endpoint commits once, anything else rolls back.

    Its rows written once, outbox events and audit entries go in one statement (shared/tail.py).
    Requests beyond the pool's size wait their turn here, on the app's semaphore of as many
    slots (`session_gate`), not inside SQLAlchemy's pool: a request waiting there holds a
    greenlet with its saved stack and a timer task, which at 512 requests in flight kept
    14 MB more at the peak and answered hundreds of them 503 (docs/performance.md). One that
    waits longer than `database_timeout_s` is answered 503, as the pool would.
    """
    factory: SessionFactory = request.app.state.sessions
    gate: asyncio.Semaphore = request.app.state.session_gate
    try:
        async with asyncio.timeout(request.app.state.settings.database_timeout_s):
            await gate.acquire()
    except TimeoutError:
        raise sa_exc.TimeoutError("no database connection freed in time") from None
    try:
        async with factory() as session:
            if request.app.state.tail is not None:
                request.app.state.tail.open(session)
            yield session
    finally:
        gate.release()


SessionDep = Annotated[AsyncSession, Depends(get_session)]
