"""python -m services.registry migrate|serve|relay|seed|overdue|period-duties (jobs: e.g. cron)"""

import asyncio
from pathlib import Path

from services.registry.departments.service import seed_demo_directory
from services.registry.main import service_spec
from services.registry.occurrences.jobs import period_duties
from services.registry.tasks.jobs import task_deadlines
from services.registry.tasks.seed import seed_demo_tasks
from shared.cli import run_cli
from shared.clock import Clock
from shared.db import create_engine, create_session_factory


async def _seed() -> None:
    engine = create_engine(service_spec().settings)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            added = await seed_demo_directory(session)
            tasks = await seed_demo_tasks(session)
        print(f"registry: demo data seeded ({added} departments, {tasks} tasks added)")
    finally:
        await engine.dispose()


async def _overdue() -> None:
    engine = create_engine(service_spec().settings)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            run = await task_deadlines(session, Clock().now())
        print(f"registry: {run.marked_overdue} tasks marked overdue on {run.today}")
    finally:
        await engine.dispose()


async def _period_duties() -> None:
    engine = create_engine(service_spec().settings)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            run = await period_duties(session, Clock().now())
        print(f"registry: period duties on {run.today}: {run.model_dump_json()}")
    finally:
        await engine.dispose()


run_cli(
    "services.registry",
    Path(__file__).parent / "migrations",
    service_spec,
    extra={
        "seed": lambda: asyncio.run(_seed()),
        "overdue": lambda: asyncio.run(_overdue()),
        "period-duties": lambda: asyncio.run(_period_duties()),
    },
)
