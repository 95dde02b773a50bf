"""Runs every benchmark against a freshly started system and prints the table: `make bench`.

    python -m bench [--quick] [--json PATH]
    python -m bench --table PATH    (prints the table of figures written before)

Starts the four services (databases <service>_bench, ports 19001-19004, their own topics)
and the bare baseline, runs intake, end-to-end, fan-out, the soak and scale (the lists read
while intake runs), samples each process's memory, prints each target of issue 18 (bench/targets.py)
beside its figure with the verdict, and writes the figures as JSON (.data/bench/<date>.json).
"""

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# The benchmark's system must not collide with `make run` (800x) or the tests (180xx).
os.environ.setdefault("STACK_PORT_BASE", "19000")
os.environ.setdefault("STACK_DB_SUFFIX", "_bench")

import asyncpg
import httpx

from bench import end_to_end, fan_out, intake, load, measure, scale, soak
from bench.report import table
from bench.settle import settle
from tests.support.stack import DSN, ROOT, Stack, drop_database, running_system, wait_for

BASELINE_PORT = int(os.environ["STACK_PORT_BASE"]) + 10
BASELINE_DB = "bench_baseline" + os.environ["STACK_DB_SUFFIX"]
# Settings of the benchmarked services: citizens arrive from many addresses, so the public
# per-client rate limit is not what we measure; logs are kept (a real cost) at INFO.
SETTINGS = {"public_rate_limit_per_minute": "100000000"}
# API worker processes per service; the baseline runs as many (the like-for-like rule).
WORKERS = int(os.environ.get("BENCH_API_WORKERS", "1"))
# BENCH_APART=1 runs each service's relay and consumers in a `work` process beside its API, as
# deploy/k8s does, at a lower CPU priority (`background_nice`, BENCH_WORK_NICE, 10). Not the
# default: on 2 shared cores the quick run of 2026-12-04 gave intake less (docs/performance.md,
# "2026-12-04"), though the tasks lists at 1,000,000 rows held their p99 far better.
APART = os.environ.get("BENCH_APART", "0") == "1"
WORK_NICE = os.environ.get("BENCH_WORK_NICE", "10")
# The fixed rate of each intake endpoint while the lists are read: one the machine carries
# beside the reads (100/s each saturated 2 cores, so the lists' p99 measured the queue).
SCALE_INTAKE_RATE = 30


async def _commit_timestamps_on() -> None:
    conn = await asyncpg.connect(f"{DSN}/postgres")
    try:
        if await conn.fetchval("show track_commit_timestamp") != "on":
            raise SystemExit(
                "bench: PostgreSQL runs without track_commit_timestamp; restart it with the "
                "project's script so the setting applies: deploy/local/postgres.sh down && "
                "deploy/local/postgres.sh up"
            )
        await drop_database(conn, BASELINE_DB)
        await conn.execute(f'CREATE DATABASE "{BASELINE_DB}"')
    finally:
        await conn.close()


async def _start_baseline(logs: Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(  # noqa: ASYNC220 (started once, before any load)
        [
            sys.executable,
            "-m",
            "bench.baseline",
            f"--port={BASELINE_PORT}",
            f"--dsn={DSN}/{BASELINE_DB}",
            f"--workers={WORKERS}",
        ],
        cwd=ROOT,
        stdout=(logs / "baseline.log").open("ab"),
        stderr=subprocess.STDOUT,
    )

    async def up() -> bool:
        try:
            async with httpx.AsyncClient() as client:
                await client.get(f"http://127.0.0.1:{BASELINE_PORT}/docs")
                return True
        except httpx.TransportError:
            return False

    await wait_for(up, timeout=30)
    return process


def _memory(stack: Stack, baseline: subprocess.Popen[bytes]) -> dict[str, dict[str, float]]:
    pids = {name: p.pid for name, p in stack.processes.items()} | {"baseline": baseline.pid}
    return {name: measure.memory_mb(pid) for name, pid in pids.items()}


async def run(args: argparse.Namespace) -> dict[str, Any]:
    """Runs the benchmarks; gets every figure."""
    seconds = 5.0 if args.quick else 10.0
    results: dict[str, Any] = {
        "machine": measure.machine(),
        "quick": args.quick,
        "baseline_workers": WORKERS,
        "apart": APART,
        "work_nice": int(WORK_NICE) if APART else None,
    }
    load.build_loadgen()
    await _commit_timestamps_on()
    logs = Path(tempfile.mkdtemp(prefix="bench-logs-"))
    settings = {**SETTINGS, "background_nice": WORK_NICE} if APART else SETTINGS
    async with running_system(logs, settings, apart=APART) as stack:
        baseline = await _start_baseline(logs)
        try:
            await asyncio.sleep(2)
            results["memory_at_rest"] = _memory(stack, baseline)
            print("intake …")
            rates = [100, 300, 500] if args.quick else [100, 300, 500, 1000]
            results["intake"] = await asyncio.to_thread(
                intake.run,
                stack,
                f"http://127.0.0.1:{BASELINE_PORT}",
                baseline.pid,
                rates,
                seconds,
            )
            results["intake_backlog_drained_s"] = await settle(stack)
            print("end to end …")
            e2e_rates = [50, 100, 200] if args.quick else [50, 100, 200, 500]
            results["end_to_end"] = await end_to_end.run(stack, e2e_rates, seconds)
            await settle(stack)
            print("fan-out …")
            results["fan_out"] = await fan_out.run(stack, 1000 if args.quick else 5000)
            results["memory_under_load"] = _memory(stack, baseline)
            await settle(stack)
            print("soak …")
            results["soak"] = await soak.run(stack, rate=100, minutes=3 if args.quick else 15)
            results["memory_after_soak"] = _memory(stack, baseline)
            results["soak_backlog_drained_s"] = await settle(stack)
            print("scale …")
            rows = 100_000 if args.quick else 1_000_000
            results["scale"] = await scale.run(
                stack, rows, rate=50, seconds=seconds, intake_rate=SCALE_INTAKE_RATE
            )
            results["memory_after_scale"] = _memory(stack, baseline)
        finally:
            baseline.terminate()
            baseline.wait(timeout=30)
    print(f"service logs: {logs}")
    return results


def main() -> None:
    """Runs the benchmarks, prints the table and writes the JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="shorter runs, 100,000 rows")
    parser.add_argument("--json", type=Path, help="where to write the figures")
    parser.add_argument("--table", type=Path, help="only print the table of a JSON file")
    args = parser.parse_args()
    if args.table:
        print(table(json.loads(args.table.read_text())))
        return
    started = time.monotonic()
    results = asyncio.run(run(args))
    results["total_s"] = round(time.monotonic() - started, 1)
    path = args.json or ROOT / ".data/bench" / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    print(table(results))
    print(f"figures written to {path}")


if __name__ == "__main__":
    main()
