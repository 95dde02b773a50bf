"""CPU of one rate-limit hit: `RateLimits.hit` on the PostgreSQL storage vs a bare round trip.

  python -m bench.ratelimit_hit [--dsn postgresql://…/complaints] [--hits 5000]

Runs on uvloop as the services do, against a database that has the `rate_limits` table (the
complaints database after `make migrate`); prints CPU milliseconds per hit of this process.
"""

import argparse
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import uvloop

from shared.ratelimit import _INCR, RateLimits, per_minute
from shared.settings import DEV_DATABASE

DSN = DEV_DATABASE.replace("postgresql+asyncpg", "postgresql") + "/complaints"


async def _cpu_per_call(call: Callable[[], Awaitable[Any]], hits: int) -> float:
    for _ in range(200):  # warm: connections open, statements prepared
        await call()
    started = time.process_time()
    for _ in range(hits):
        await call()
    return (time.process_time() - started) / hits * 1e3


async def measure(dsn: str, hits: int) -> dict[str, float]:
    """Gets CPU ms per call of a bare upsert and of a limiter hit."""
    limits = RateLimits("async+postgresql://" + dsn.split("://", 1)[1])
    connection = await asyncpg.connect(dsn)
    key, limit = uuid.uuid4().hex, per_minute(10**9)
    try:
        return {
            "bare upsert (asyncpg)": await _cpu_per_call(
                lambda: connection.fetchval(_INCR, key, 60.0, 1), hits
            ),
            "RateLimits.hit": await _cpu_per_call(
                lambda: limits.hit(limit, "bench", key, detail=""), hits
            ),
        }
    finally:
        await connection.execute("DELETE FROM rate_limits WHERE key LIKE $1", f"%{key}%")
        await connection.close()
        await limits.close()


def main() -> None:
    """Prints the CPU per hit."""
    parser = argparse.ArgumentParser(prog="python -m bench.ratelimit_hit")
    parser.add_argument("--dsn", default=DSN)
    parser.add_argument("--hits", type=int, default=5000)
    args = parser.parse_args()
    for name, ms in uvloop.run(measure(args.dsn, args.hits)).items():
        print(f"{name}: {ms:.3f} ms CPU per call")


if __name__ == "__main__":
    main()
