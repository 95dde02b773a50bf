"""The relay and consumers keep working while requests hold every pooled connection."""

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest

from tests.e2e.helpers import FINANCE, file_report, report_body
from tests.e2e.referrals_helpers import street_unit
from tests.support.stack import DB_SUFFIX, DSN, Stack, token, wait_for

pytestmark = pytest.mark.stack

DISTRICT = "SZ-FUTIAN"
POOL = 2


async def _waiting_on_the_lock(stack: Stack) -> int:
    count = await stack.scalar(
        "referrals",
        "select count(*) from pg_stat_activity where datname = current_database() "
        "and wait_event_type = 'Lock' and query like '%INSERT INTO referral_reports%'",
    )
    return int(count)


async def _pool_held(stack: Stack) -> bool:
    return await _waiting_on_the_lock(stack) == POOL


@contextlib.asynccontextmanager
async def _locked_referrals(stack: Stack, timeout_s: str) -> AsyncIterator[asyncpg.Connection]:
    """Runs referrals on a pool of POOL connections with a `database_timeout_s`, while a
    transaction of the yielded connection holds referral_reports locked (roll it back to let
    the filings go); restarts referrals as it was at the end."""
    before = stack.overrides.get("referrals", {})
    stack.stop("referrals")
    await stack.start(
        "referrals", **before, database_pool_size=str(POOL), database_timeout_s=timeout_s
    )
    blocker = await asyncpg.connect(f"{DSN}/referrals{DB_SUFFIX}")
    try:
        await blocker.execute("BEGIN; LOCK TABLE referral_reports IN EXCLUSIVE MODE")
        yield blocker
    finally:
        await blocker.close()
        stack.stop("referrals")
        await stack.start("referrals", **before)


async def test_a_directory_event_applies_while_requests_hold_the_whole_request_pool(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Requests that hold every connection of the request pool do not stop the consumers:
    they run on a pool of their own, so a new unit reaches referrals' directory copy (and
    from there who may file, R1) while the filings wait, and the filings then all land."""
    filings: list[asyncio.Task[dict[str, object]]] = []
    async with _locked_referrals(stack, timeout_s="60") as blocker:
        try:
            filings = [asyncio.create_task(file_report(http, stack)) for _ in range(POOL + 2)]
            await wait_for(lambda: _pool_held(stack), timeout=30)
            await street_unit(stack, http, DISTRICT)  # created in registry, waited for in the copy
            assert await _waiting_on_the_lock(stack) == POOL, "still held when the copy applied"
            assert not any(f.done() for f in filings)
            await blocker.execute("ROLLBACK")
            reports = await asyncio.wait_for(asyncio.gather(*filings), timeout=60)
            assert len({r["id"] for r in reports}) == POOL + 2
        finally:
            for filing in filings:
                filing.cancel()


async def test_a_request_that_waits_past_the_database_timeout_gets_503_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Requests beyond the pool wait their turn for a connection; one that waits longer than
    `database_timeout_s` is refused with 503 problem+json and Retry-After, and filed nothing,
    while the requests that hold the pool land once the database moves again."""
    holders: list[asyncio.Task[httpx.Response]] = []
    title = f"超时 {uuid.uuid4()}"
    url = stack.url("referrals") + "/referral-reports"
    async with _locked_referrals(stack, timeout_s="2") as blocker:
        try:
            holders = [
                asyncio.create_task(
                    http.post(url, json=report_body(), headers=token(FINANCE), timeout=60)
                )
                for _ in range(POOL)
            ]
            await wait_for(lambda: _pool_held(stack), timeout=30)
            refused = await http.post(url, json=report_body(title=title), headers=token(FINANCE))
            assert refused.status_code == 503, refused.text
            assert refused.headers["content-type"] == "application/problem+json"
            assert refused.json()["type"].endswith("/database-unavailable")
            assert int(refused.headers["Retry-After"]) >= 1
            await blocker.execute("ROLLBACK")
            landed = await asyncio.wait_for(asyncio.gather(*holders), timeout=60)
            assert [r.status_code for r in landed] == [201] * POOL
            kept = "select count(*) from referral_reports where title = $1"
            assert await stack.scalar("referrals", kept, title) == 0
        finally:
            for holder in holders:
                holder.cancel()
