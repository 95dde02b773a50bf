"""Each service's migrations build exactly the schema its models declare."""

import importlib
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from tests.support.stack import DATABASE, DB_SUFFIX, SERVICES, Stack

pytestmark = pytest.mark.stack


@pytest.mark.parametrize("service", list(SERVICES))
async def test_migrations_build_what_the_models_declare(stack: Stack, service: str) -> None:
    importlib.import_module(f"services.{service}.main")  # imports every model
    metadata = importlib.import_module(f"services.{service}.database").Base.metadata

    def differences(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))

    engine = create_async_engine(f"{DATABASE}/{service}{DB_SUFFIX}")
    try:
        async with engine.connect() as connection:
            assert await connection.run_sync(differences) == []
    finally:
        await engine.dispose()
