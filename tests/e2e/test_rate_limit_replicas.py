"""The public rate limit is one limit for every replica: counters in PostgreSQL (`limits`).

Two `python -m services.complaints serve` processes on one database: a client's requests
spread over both are counted together. The storage itself (shared/ratelimit.py) is checked on
the same database: windows, expiry, clearing.
"""

import asyncio
import subprocess
import time
import uuid

import httpx
import pytest

from shared.ratelimit import PostgresStorage
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
