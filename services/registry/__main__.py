"""python -m services.registry migrate|serve|relay|seed"""

import asyncio
from pathlib import Path

from services.registry.departments.service import seed_demo_directory
from services.registry.main import service_spec
from shared.cli import run_cli
from shared.db import create_engine, create_session_factory


async def _seed() -> None:
    engine = create_engine(service_spec().settings)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            added = await seed_demo_directory(session)
        print(f"registry: demo directory seeded ({added} departments added)")
    finally:
        await engine.dispose()


run_cli(
    "services.registry",
    Path(__file__).parent / "migrations",
    service_spec,
    extra={"seed": lambda: asyncio.run(_seed())},
)
