"""The public rate limit is one limit for every replica: counters in PostgreSQL (`limits`).

Two `python -m services.complaints serve` processes on one database: a client's requests
spread over both are counted together. The storage itself (shared/ratelimit.py) is checked on
the same database: windows, expiry, clearing.
"""

import asyncio
import subprocess
import time
import uuid

import asyncpg
import httpx
import pytest

from shared.errors import TooManyRequests
from shared.ratelimit import PostgresStorage, RateLimits, per_minute
from tests.e2e.complaints_helpers import client_headers
from tests.support.stack import DB_SUFFIX, DSN, PORT_BASE, Stack, wait_for

pytestmark = pytest.mark.stack
REPLICA_PORT = PORT_BASE + 6
LIMIT = 30  # COMPLAINTS_PUBLIC_RATE_LIMIT_PER_MINUTE of the test stack (the default)


async def _replica(stack: Stack) -> subprocess.Popen[bytes]:
    """Starts a second complaints process on its own port (serving only)."""
    replica = stack.spawn(
        "complaints",
        log_name="complaints-replica",
        port=str(REPLICA_PORT),
        relay_enabled="false",
        consumers_enabled="false",
    )
    async with httpx.AsyncClient() as client:

        async def ready() -> bool:
            assert replica.poll() is None, "the replica exited"
            try:
                url = f"http://127.0.0.1:{REPLICA_PORT}/readyz"
                return (await client.get(url)).status_code == 200
            except httpx.TransportError:
                return False

        await wait_for(ready, timeout=60)
    return replica


async def test_two_replicas_share_one_limit(stack: Stack, http: httpx.AsyncClient) -> None:
    replica = await _replica(stack)
    try:
        headers = client_headers(**{"X-Complaint-Secret": "x"})
        path = "/public/complaints/TS-0000000000AB"
        urls = [stack.url("complaints") + path, f"http://127.0.0.1:{REPLICA_PORT}{path}"]
        statuses = [
            (await http.get(urls[n % 2], headers=headers)).status_code for n in range(LIMIT)
        ]
        assert statuses == [404] * LIMIT  # 15 on each replica: within one limit of 30
        for url in urls:
            limited = await http.get(url, headers=headers)
            assert limited.status_code == 429, url
            assert limited.headers["content-type"] == "application/problem+json"
            assert 0 < int(limited.headers["Retry-After"]) <= 60
        other = await http.get(urls[1], headers=client_headers(**{"X-Complaint-Secret": "x"}))
        assert other.status_code == 404  # another client has its own count
    finally:
        replica.terminate()
        replica.wait(timeout=30)


async def test_the_postgres_storage_counts_windows(stack: Stack) -> None:
    storage = PostgresStorage(
        f"async+postgresql{DSN.removeprefix('postgresql')}/complaints{DB_SUFFIX}"
    )
    key = f"test/{uuid.uuid4()}"
    try:
        assert await storage.check()
        assert [await storage.incr(key, 1) for _ in range(3)] == [1, 2, 3]
        assert await storage.incr(key, 1, amount=2) == 5
        assert await storage.get(key) == 5
        assert time.time() < await storage.get_expiry(key) <= time.time() + 1.5
        await asyncio.sleep(1.2)  # the window ends: the next hit opens a new one
        assert await storage.get(key) == 0
        assert await storage.incr(key, 60) == 1
        await storage.clear(key)
        assert await storage.get(key) == 0
    finally:
        await storage.close()


URI = f"async+postgresql{DSN.removeprefix('postgresql')}/complaints{DB_SUFFIX}"


async def test_concurrent_hits_are_counted_together_and_exactly(stack: Stack) -> None:
    """Hits that arrive while a count is in flight share the next statement, yet each gets
    the count a statement of its own would have given: a limit of 20 admits exactly 20."""
    limits = RateLimits(URI)
    storage = limits.storage
    assert isinstance(storage, PostgresStorage)
    statements = 0
    run = storage._run

    async def counted(method: str, query: str, *args: object) -> object:
        nonlocal statements
        statements += 1
        return await run(method, query, *args)

    storage._hits._run = counted  # the statements that count hits
    one, other = f"test/{uuid.uuid4()}", f"test/{uuid.uuid4()}"
    try:
        counts = await asyncio.gather(
            *(storage.incr(one if n % 3 else other, 60) for n in range(60))
        )
        assert sorted(counts[n] for n in range(60) if n % 3) == list(range(1, 41))
        assert sorted(counts[n] for n in range(60) if not n % 3) == list(range(1, 21))
        assert [await storage.get(one), await storage.get(other)] == [40, 20]
        assert statements <= 2  # all in one statement (the first alone, at most)
        limit = per_minute(20)
        client = f"client-{uuid.uuid4()}"

        async def admitted() -> bool:
            try:
                await limits.hit(limit, "public", client, detail="too many")
            except TooManyRequests:
                return False
            return True

        assert sum(await asyncio.gather(*(admitted() for _ in range(50)))) == 20
    finally:
        await storage.close()


async def test_a_failed_count_fails_its_hits_and_the_next_one_counts(stack: Stack) -> None:
    """A statement carries its hits whole: when it fails, every hit in it fails, none counts."""
    storage = PostgresStorage(URI)
    key, other = f"test/{uuid.uuid4()}", f"test/{uuid.uuid4()}"
    try:
        assert await storage.incr(key, 60) == 1
        failed = await asyncio.gather(  # a window too long for an interval fails the statement
            storage.incr(key, 60), storage.incr(other, 10**300), return_exceptions=True
        )
        assert isinstance(failed[0], asyncpg.DataError)
        assert failed[1] is failed[0]  # one statement carried both, and failed for both
        assert await storage.incr(key, 60) == 2
        assert await storage.get(other) == 0
    finally:
        await storage.close()
