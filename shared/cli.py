"""The command line every service shares: migrate, serve, relay, work (plus its own commands)."""

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import uvicorn

from shared import crypto, heap, tracing
from shared.app import ServiceSpec, background_work
from shared.audit import verdict
from shared.crypto import reencrypt
from shared.db import create_engine, create_session_factory
from shared.logging import configure_logging
from shared.migrations import revision, upgrade

log = logging.getLogger(__name__)


async def _run_background(spec: ServiceSpec, *, consumers: bool) -> None:
    """Runs the outbox relay, and the consumers if asked, until one of them fails."""
    tracing.start_tracing(spec.settings.service_name)
    groups = [c.group for c in spec.consumers] if consumers else []
    try:
        async with background_work(spec, relay=True, consumers=consumers) as runs:
            heap.freeze_startup()
            log.info(
                "background work started",
                extra={"relay": spec.outbox is not None, "groups": groups},
            )
            await asyncio.gather(*(run() for run in runs))
    finally:
        await asyncio.to_thread(tracing.stop_tracing)


async def _reencrypt(spec: ServiceSpec) -> None:
    engine = create_engine(spec.settings)
    try:
        count = await reencrypt(engine, spec.settings.key_ring(), list(spec.sealed))
        print(f"{count} rows sealed under {spec.settings.data_key_id}")
    finally:
        await engine.dispose()


async def _audit_verify(spec: ServiceSpec) -> bool:
    assert spec.audit is not None, "this service has no audit trail"
    engine = create_engine(spec.settings)
    try:
        async with create_session_factory(engine)() as session:
            answer = verdict(await spec.audit.verify(session))
    finally:
        await engine.dispose()
    print(answer.model_dump_json(indent=2))
    return answer.ok


def run_cli(
    package: str,
    migrations_dir: Path,
    spec_factory: Callable[[], ServiceSpec],
    extra: dict[str, Callable[[], None]] | None = None,
) -> None:
    """Runs `python -m services.<name> <command>`: migrate, revision, serve, relay, work, extras.

    `work` runs the service's outbox relay and its consumers in a process of their own, for
    deployments whose API processes switch them off (`<NAME>_RELAY_ENABLED=false`,
    `<NAME>_CONSUMERS_ENABLED=false`) so their CPU serves requests; `relay` runs the relay only.

    Every service has `audit-verify` (exit status 1 when the chain is broken); one with sealed
    columns has `reencrypt`, which `migrate` runs too (it seals rows written before).
    """
    parser = argparse.ArgumentParser(prog=f"python -m {package}")
    builtin = ["migrate", "revision", "serve", "relay", "work", "audit-verify", "reencrypt"]
    parser.add_argument("command", choices=sorted([*builtin, *(extra or {})]))
    parser.add_argument("-m", "--message", default="change", help="the message of a new revision")
    args = parser.parse_args()
    if args.command in (extra or {}):
        (extra or {})[args.command]()
        return
    spec = spec_factory()
    if args.command == "migrate":
        upgrade(migrations_dir, spec.settings.database_url)
        if spec.sealed:
            asyncio.run(_reencrypt(spec))
    elif args.command == "reencrypt":
        if not spec.sealed:
            parser.error(f"{package} seals no column")
        asyncio.run(_reencrypt(spec))
    elif args.command == "audit-verify":
        if not asyncio.run(_audit_verify(spec)):
            sys.exit(1)
    elif args.command == "revision":
        revision(migrations_dir, spec.settings.database_url, args.message)
    elif args.command == "serve":
        _serve(package, spec)
    else:
        _background(spec, consumers=args.command == "work")


def _serve(package: str, spec: ServiceSpec) -> None:
    uvicorn.run(
        f"{package}.main:create_app",
        factory=True,
        host=spec.settings.host,
        port=spec.settings.port,
        log_config=None,
        access_log=True,
        timeout_keep_alive=spec.settings.http_keep_alive_s,
    )


def _background(spec: ServiceSpec, *, consumers: bool) -> None:
    """Runs the relay (and the consumers) as a process of its own; SIGTERM stops it."""
    if spec.outbox is None and not (consumers and spec.consumers):
        sys.exit(f"{spec.settings.service_name} has no outbox and no consumers to run")
    configure_logging(spec.settings.service_name, spec.settings.log_level)
    if spec.settings.background_nice:
        os.nice(spec.settings.background_nice)
    if spec.sealed:  # the consumers write sealed columns, as the API does
        crypto.install(spec.settings.key_ring())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run_background(spec, consumers=consumers))
