"""The command line every service shares: migrate, serve, relay (plus its own commands)."""

import argparse
import asyncio
from collections.abc import Callable
from pathlib import Path

import uvicorn

from shared.app import ServiceSpec
from shared.db import create_engine, create_session_factory
from shared.logging import configure_logging
from shared.migrations import revision, upgrade
from shared.relay import OutboxRelay


async def _run_relay(spec: ServiceSpec) -> None:
    assert spec.outbox is not None, "this service has no outbox"
    engine = create_engine(spec.settings)
    try:
        await OutboxRelay(spec.outbox, create_session_factory(engine), spec.settings).run()
    finally:
        await engine.dispose()


def run_cli(
    package: str,
    migrations_dir: Path,
    spec_factory: Callable[[], ServiceSpec],
    extra: dict[str, Callable[[], None]] | None = None,
) -> None:
    """Runs `python -m services.<name> <command>`."""
    commands: dict[str, Callable[[], None]] = {
        "migrate": lambda: upgrade(migrations_dir, spec_factory().settings.database_url),
        "revision": lambda: revision(
            migrations_dir, spec_factory().settings.database_url, args.message or "change"
        ),
        "serve": lambda: _serve(package, spec_factory()),
        "relay": lambda: _relay(spec_factory()),
        **(extra or {}),
    }
    parser = argparse.ArgumentParser(prog=f"python -m {package}")
    parser.add_argument("command", choices=sorted(commands))
    parser.add_argument("-m", "--message", help="the message of a new revision")
    args = parser.parse_args()
    commands[args.command]()


def _serve(package: str, spec: ServiceSpec) -> None:
    uvicorn.run(
        f"{package}.main:create_app",
        factory=True,
        host=spec.settings.host,
        port=spec.settings.port,
        log_config=None,
        access_log=True,
    )


def _relay(spec: ServiceSpec) -> None:
    """Runs the outbox relay as its own process (for deployments that switch it off in the API)."""
    configure_logging(spec.settings.service_name, spec.settings.log_level)
    asyncio.run(_run_relay(spec))
