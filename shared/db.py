"""Database engine, sessions and the request-scoped session dependency."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from shared.settings import ServiceSettings

SessionFactory = async_sessionmaker[AsyncSession]


def create_engine(settings: ServiceSettings) -> AsyncEngine:
    """Creates the service's async engine."""
    return create_async_engine(
        settings.database_url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_pool_size,
        # No pre-ping: it costs a round trip on every checkout. After a database restart the
        # first use of a dead connection fails (503 to that caller) and SQLAlchemy then
        # discards every connection older than the failure, so the pool heals by itself.
        pool_pre_ping=False,
    )


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    """Creates the session factory; objects stay readable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """Yields one session per request; the endpoint commits once, anything else rolls back."""
    factory: SessionFactory = request.app.state.sessions
    async with factory() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
