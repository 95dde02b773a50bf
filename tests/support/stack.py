"""The whole system for tests: four real service processes on real PostgreSQL and Kafka.

Each test run gets fresh <service>_test databases and its own topic namespace, so it never
touches what `make run` started.
"""

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from shared.auth import mint_token
from shared.settings import DEV_DATABASE

ROOT = Path(__file__).resolve().parents[2]
# Several suites can share one PostgreSQL and Kafka: each takes its own ports and databases.
PORT_BASE = int(os.environ.get("STACK_PORT_BASE", "18000"))
DB_SUFFIX = os.environ.get("STACK_DB_SUFFIX", "_test")
SERVICES = {
    name: PORT_BASE + n
    for n, name in enumerate(("registry", "complaints", "referrals", "notifications"), start=1)
}
SEEDED_DEPARTMENTS = 21
# What the suite's services run with beside the defaults: a sweep a second, so that a test
# sees what an hour-scale job does (tests/e2e/test_retention.py).
# The console's watcher stops 3 s after the last look (tests/e2e/test_notifications_console.py).
TEST_SETTINGS = {"retention_sweep_interval_s": "1", "console_idle_s": "3"}
# The same variables deploy/local/postgres.sh and deploy/kafka/kafka.sh read, so a suite can
# run against its own PostgreSQL and broker (the fault suite restarts and kills them).
DATABASE = DEV_DATABASE.replace(":5433", ":" + os.environ.get("PG_PORT", "5433"))
DSN = DATABASE.replace("postgresql+asyncpg://", "postgresql://")
# KAFKA_NODES=3: the suite runs on the three-node cluster deploy/kafka/kafka.sh starts (node N
# on KAFKA_PORT + 2(N-1)), every topic on 3 replicas with min.insync.replicas 2.
KAFKA_NODES = int(os.environ.get("KAFKA_NODES", "1"))
KAFKA_PORTS = [int(os.environ.get("KAFKA_PORT", "9092")) + 2 * n for n in range(KAFKA_NODES)]
BOOTSTRAP = ",".join(f"127.0.0.1:{port}" for port in KAFKA_PORTS)
# STACK_APART=1: each service's outbox relay and consumers run in a `work` process of their
# own (stack.processes["<service>-work"]) and its API process serves requests only, as the
# benchmark and deploy/k8s run them.
APART = os.environ.get("STACK_APART") == "1"
BACKGROUND_OFF = {"relay_enabled": "false", "consumers_enabled": "false"}
TOPIC_LAYOUT = {
    "KAFKA_REPLICATION_FACTOR": str(min(KAFKA_NODES, 3)),
    "KAFKA_MIN_INSYNC_REPLICAS": "2" if KAFKA_NODES >= 3 else "1",
}


def token(department: str, *roles: str) -> dict[str, str]:
    """Gets an Authorization header for a department and roles (officer by default)."""
    return {"Authorization": f"Bearer {mint_token(department, list(roles) or ['officer'])}"}


async def wait_for(check: Any, timeout: float = 60.0, interval: float = 0.2) -> Any:
    """Awaits check() until it returns something truthy, or fails after the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s (last: {result!r})")
        await asyncio.sleep(interval)


def kafka(command: str, node: int | None = None, ready_timeout_s: int = 90) -> None:
    """Runs deploy/kafka/kafka.sh up|down|kill [node] (the project's own script)."""
    args = [str(ROOT / "deploy/kafka/kafka.sh"), command, *([str(node)] if node else [])]
    environment = {**os.environ, "KAFKA_READY_TIMEOUT": str(ready_timeout_s)}
    subprocess.run(args, check=True, cwd=ROOT, env=environment)


@dataclass
class Stack:
    """Handles on the running system."""

    prefix: str
    logs: Path
    # Settings every service gets (the benchmarks raise rate limits), unprefixed names.
    settings: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    # The prefixed settings each service was last started with (kept across restarts).
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    # Unprefixed variables a service's processes get (e.g. the standard OTEL_* ones).
    environ: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def jwks_file(self) -> Path:
        """Gets the JWKS file every service verifies tokens with (beside the development key)."""
        return self.logs / "jwks.json"

    def url(self, service: str) -> str:
        """Gets a service's base URL."""
        return f"http://127.0.0.1:{SERVICES[service]}"

    def env(self, service: str, **overrides: str) -> dict[str, str]:
        """Gets the environment a service process runs with."""
        p = service.upper() + "_"
        env = {
            **os.environ,
            f"{p}DATABASE_URL": f"{DATABASE}/{service}{DB_SUFFIX}",
            f"{p}KAFKA_BOOTSTRAP_SERVERS": BOOTSTRAP,
            **{p + key: value for key, value in TOPIC_LAYOUT.items()},
            f"{p}PORT": str(SERVICES[service]),
            f"{p}ENVIRONMENT": "test",
            f"{p}KAFKA_TOPIC_PREFIX": self.prefix,
            f"{p}RELAY_POLL_INTERVAL_S": "0.5",
            # The tests run the period duties on a set clock (POST /jobs/period-duties) only.
            f"{p}PERIOD_JOB_INTERVAL_S": "0",
            f"{p}REGISTRY_URL": self.url("registry"),
        }
        env.update({p + k.upper(): v for k, v in {**self.settings, **overrides}.items()})
        return env

    def run(self, service: str, *args: str, **overrides: str) -> None:
        """Runs a service command (migrate, seed...) to completion."""
        subprocess.run(
            [sys.executable, "-m", f"services.{service}", *args],
            check=True,
            cwd=ROOT,
            env=self.env(service, **overrides),
        )

    async def run_async(self, service: str, *args: str, **overrides: str) -> tuple[int, str]:
        """Runs a service command beside the test's requests; gets its exit status and output."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            f"services.{service}",
            *args,
            cwd=ROOT,
            env=self.env(service, **overrides),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await process.communicate()
        return int(process.returncode or 0), output.decode()

    def spawn(
        self, service: str, command: str = "serve", log_name: str | None = None, **overrides: str
    ) -> subprocess.Popen[bytes]:
        """Starts a long-running service command, its output appended to a log file."""
        log = (self.logs / f"{log_name or f'{service}-{command}'}.log").open("ab")
        return subprocess.Popen(
            [sys.executable, "-m", f"services.{service}", command],
            cwd=ROOT,
            env={**self.env(service, **overrides), **self.environ.get(service, {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    async def start(self, service: str, **overrides: str) -> None:
        """Starts a service process and waits until it is ready."""
        self.overrides[service] = overrides
        self.processes[service] = self.spawn(service, **overrides)
        async with httpx.AsyncClient() as client:

            async def ready() -> bool:
                if self.processes[service].poll() is not None:
                    raise AssertionError(f"{service} exited; see {self.logs}")
                try:
                    return (await client.get(self.url(service) + "/readyz")).status_code == 200
                except httpx.TransportError:
                    return False

            await wait_for(ready, timeout=60)

    async def restart(self, service: str, environ: dict[str, str] | None = None) -> None:
        """Restarts a service with the settings it had and these unprefixed variables."""
        self.stop(service)
        self.environ[service] = environ or {}
        await self.start(service, **self.overrides.get(service, {}))

    def stop(self, service: str, sig: signal.Signals = signal.SIGTERM) -> None:
        """Stops a service process (SIGKILL to simulate a crash)."""
        process = self.processes.pop(service)
        process.send_signal(sig)
        process.wait(timeout=30)

    def log_text(self, service: str, command: str = "serve") -> str:
        """Gets what a service process has logged."""
        return (self.logs / f"{service}-{command}.log").read_text()

    async def fetch(self, service: str, query: str, *args: Any) -> list[asyncpg.Record]:
        """Runs a query on a service's test database (assertions only)."""
        conn = await asyncpg.connect(f"{DSN}/{service}{DB_SUFFIX}")
        try:
            return list(await conn.fetch(query, *args))
        finally:
            await conn.close()

    async def execute(self, service: str, statements: str) -> None:
        """Runs SQL statements on a service's test database (fault set-up only)."""
        conn = await asyncpg.connect(f"{DSN}/{service}{DB_SUFFIX}")
        try:
            await conn.execute(statements)
        finally:
            await conn.close()

    async def scalar(self, service: str, query: str, *args: Any) -> Any:
        """Runs a query returning one value on a service's test database."""
        return (await self.fetch(service, query, *args))[0][0]


async def drop_database(conn: asyncpg.Connection, name: str) -> None:
    """Drops a database if it exists, ending its sessions.

    PostgreSQL 15 refuses FORCE to a user who is not a superuser while an autovacuum worker
    is in the database (the worker has no role to be a member of), so the drop is tried again
    until the worker is done: it works on a test's small database for moments.
    """
    for attempt in range(40):
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            break
        except asyncpg.InsufficientPrivilegeError:
            if attempt == 39:
                raise
            await asyncio.sleep(0.25)


async def _recreate(conn: asyncpg.Connection, name: str) -> None:
    await drop_database(conn, name)
    await conn.execute(f'CREATE DATABASE "{name}"')


async def fresh_database(name: str) -> None:
    """Drops and creates an empty database of this name (a test's own)."""
    conn = await asyncpg.connect(f"{DSN}/postgres")
    try:
        await _recreate(conn, name)
    finally:
        await conn.close()


async def _recreate_databases() -> None:
    conn = await asyncpg.connect(f"{DSN}/postgres")
    try:
        for service in SERVICES:
            await _recreate(conn, f"{service}{DB_SUFFIX}")
    finally:
        await conn.close()


@asynccontextmanager
async def running_system(
    logs: Path, overrides: dict[str, str] | None = None, apart: bool = APART
) -> AsyncIterator[Stack]:
    """Starts the four services on fresh databases and topics; stops them on exit.

    `overrides` are settings every service gets (the benchmarks raise rate limits); `apart`
    runs each service's relay and consumers in a `work` process beside its API.
    """
    # Every service reads this key set beside the static development key (tests rotate it).
    jwks = logs / "jwks.json"
    jwks.write_text('{"keys": []}')
    settings = {
        "jwt_jwks_file": str(jwks),
        **(BACKGROUND_OFF if apart else {}),
        **(overrides or {}),
    }
    stack = Stack(prefix=f"t{uuid.uuid4().hex[:8]}.", logs=logs, settings=settings)
    await _recreate_databases()
    for service in SERVICES:
        stack.run(service, "migrate")
    subprocess.run(
        [sys.executable, "-m", "services.topics"], check=True, cwd=ROOT, env=stack.env("registry")
    )
    stack.run("registry", "seed")
    try:
        for service in SERVICES:
            await stack.start(service)
            if apart:
                stack.processes[f"{service}-work"] = stack.spawn(service, "work")
        for service in ("complaints", "referrals", "notifications"):
            await wait_for(
                lambda s=service: stack.scalar(
                    s, "select count(*) = $1 from department_copy", SEEDED_DEPARTMENTS
                )
            )
        yield stack
    finally:
        for service in list(stack.processes):
            stack.stop(service)
        print(f"\nservice logs of this run: {stack.logs}")
        subprocess.run(
            [sys.executable, "-m", "services.topics", "--delete"],
            cwd=ROOT,
            env=stack.env("registry"),
            check=False,
        )


@pytest.fixture(scope="session")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    """Starts the whole system once per test run (the retention sweep every second)."""
    async with running_system(tmp_path_factory.mktemp("logs"), TEST_SETTINGS) as stack:
        yield stack


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the tests."""
    async with httpx.AsyncClient(timeout=30) as client:
        yield client
