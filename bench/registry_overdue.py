"""Benchmark: list one department's overdue tasks among 1,000,000 (target p99 < 50 ms).

    .venv/bin/python bench/registry_overdue.py [--tasks 1000000] [--requests 500]

Builds a throw-away database (registry_bench<suffix>), migrates it, seeds the directory,
bulk-loads the tasks with generate_series, starts the registry API as a real process and
times GET /tasks?overdue=true (the department's own view, first page of 50) over HTTP.
Not a test: it prints the figures for docs/registry.md.
"""

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import httpx

from shared.auth import mint_token
from shared.settings import DEV_DATABASE

ROOT = Path(__file__).resolve().parents[1]
DSN = DEV_DATABASE.replace("postgresql+asyncpg://", "postgresql://")

# Statuses by share: most tasks are finished, a tenth are overdue, the rest still active.
LOAD = """
WITH codes AS (SELECT array_agg(code ORDER BY code) AS c FROM departments)
INSERT INTO tasks (id, work_item, content, target, source, lead_unit, co_units, status,
                   assigned_on, deadline, deadline_provisional, assigned_by, progress,
                   urge_count, created_at)
SELECT gen_random_uuid(), '基准任务 ' || i, '内容', '目标', 'leader_instruction',
       c[1 + i % array_length(c, 1)],
       ARRAY[c[1 + (i * 7 + 3) % array_length(c, 1)]],
       CASE WHEN i % 10 < 7 THEN 'completed' WHEN i % 10 = 7 THEN 'overdue' ELSE 'in_progress' END,
       DATE '2024-01-01' + (i % 700),
       DATE '2024-01-01' + (i % 700) + 30 + (i % 200),
       false, 'SZ-GOV-OFFICE', 0, 0,
       TIMESTAMPTZ '2024-01-01' + make_interval(secs => i)
FROM generate_series(1, $1::int) AS i, codes
"""


async def recreate(database: str) -> None:
    """Drops and creates the bench database."""
    conn = await asyncpg.connect(f"{DSN}/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{database}"')
    finally:
        await conn.close()


async def load(database: str, tasks: int) -> None:
    """Bulk-loads the tasks and refreshes the planner's statistics."""
    conn = await asyncpg.connect(f"{DSN}/{database}")
    try:
        started = time.perf_counter()
        await conn.execute(LOAD, tasks)
        await conn.execute("VACUUM ANALYZE tasks")
        total = await conn.fetchval("select count(*) from tasks")
        print(f"loaded {total} tasks in {time.perf_counter() - started:.1f}s")
    finally:
        await conn.close()


def prepare(database: str, tasks: int) -> None:
    """Recreates the bench database, migrates and seeds it, loads the tasks."""
    asyncio.run(recreate(database))
    env = {**os.environ, "REGISTRY_DATABASE_URL": f"{DEV_DATABASE}/{database}"}
    for command in ("migrate", "seed"):
        subprocess.run(
            [sys.executable, "-m", "services.registry", command], check=True, cwd=ROOT, env=env
        )
    asyncio.run(load(database, tasks))


async def measure(port: int, department: str, requests: int) -> list[float]:
    """Times the overdue listing of one department over HTTP; returns milliseconds."""
    url = f"http://127.0.0.1:{port}/tasks"
    headers = {"Authorization": f"Bearer {mint_token(department, ['officer'])}"}
    params = {"overdue": "true", "limit": "50"}
    async with httpx.AsyncClient(timeout=30) as client:
        for _ in range(20):  # warm-up: connections, plans, caches
            response = await client.get(url, params=params, headers=headers)
            assert response.status_code == 200, response.text
        assert len(response.json()["items"]) == 50
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            response = await client.get(url, params=params, headers=headers)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
    return timings


async def wait_healthy(port: int, process: subprocess.Popen[bytes]) -> None:
    """Waits for the API process to answer /healthz."""
    async with httpx.AsyncClient() as client:
        for _ in range(300):
            if process.poll() is not None:
                raise SystemExit("the registry process exited")
            with contextlib.suppress(httpx.TransportError):
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return
            await asyncio.sleep(0.2)
    raise SystemExit("the registry did not start")


def main() -> None:
    """Runs the benchmark and prints p50, p95, p99."""
    parser = argparse.ArgumentParser(prog="bench/registry_overdue.py")
    parser.add_argument("--tasks", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--department", default="SZ-FINANCE")
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "19009")))
    parser.add_argument(
        "--database", default="registry_bench" + os.environ.get("STACK_DB_SUFFIX", "")
    )
    parser.add_argument("--skip-load", action="store_true", help="reuse the loaded database")
    args = parser.parse_args()
    if not args.skip_load:
        prepare(args.database, args.tasks)
    env = {
        **os.environ,
        "REGISTRY_DATABASE_URL": f"{DEV_DATABASE}/{args.database}",
        "REGISTRY_PORT": str(args.port),
        "REGISTRY_RELAY_ENABLED": "false",
        "REGISTRY_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "services.registry", "serve"], cwd=ROOT, env=env
    )
    try:
        asyncio.run(wait_healthy(args.port, process))
        timings = sorted(asyncio.run(measure(args.port, args.department, args.requests)))
    finally:
        process.terminate()
        process.wait(timeout=30)
    p = statistics.quantiles(timings, n=100)
    print(
        f"GET /tasks?overdue=true as {args.department}, {args.requests} requests: "
        f"p50 {p[49]:.1f} ms, p95 {p[94]:.1f} ms, p99 {p[98]:.1f} ms, max {timings[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
