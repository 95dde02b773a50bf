"""PostgreSQL restarted under load: clean 503s, no partial writes, recovery with no manual step."""

import asyncio
import subprocess
import uuid

import httpx
import pytest

from tests.e2e.faults_support import Stream, wait_all_copied_once
from tests.support.stack import ROOT, SERVICES, Stack, wait_for

pytestmark = [pytest.mark.stack, pytest.mark.faults]
REPORT_FILED = "referrals.report.filed.v1"


def postgres(command: str) -> None:
    """Runs deploy/local/postgres.sh (the project's own script) on the suite's cluster."""
    subprocess.run([str(ROOT / "deploy/local/postgres.sh"), command], check=True, cwd=ROOT)


async def _written(stack: Stack, tag: str) -> dict[str, tuple[str, int, int]]:
    """Gets, per title of this stream, the report's id, its filed events and its cases."""
    rows = await stack.fetch(
        "referrals",
        "select r.title, r.id::text, "
        "(select count(*) from outbox o where o.key = r.id::text and o.event_type = $2), "
        "(select count(*) from cases c where c.source_id = r.id) "
        "from referral_reports r where r.title like $1",
        f"{tag}-%",
        REPORT_FILED,
    )
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


async def _all_ready(http: httpx.AsyncClient, stack: Stack) -> bool:
    for service in SERVICES:
        try:
            if (await http.get(stack.url(service) + "/readyz")).status_code != 200:
                return False
        except httpx.TransportError:
            return False
    return True


async def _outboxes_drained(stack: Stack) -> bool:
    for service in SERVICES:
        if await stack.scalar(service, "select count(*) from outbox where sent_at is null"):
            return False
    return True


async def test_postgres_restarted_under_load_fails_cleanly_and_recovers_unattended(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    pids = {service: process.pid for service, process in stack.processes.items()}
    tag = f"pg-restart-{uuid.uuid4().hex[:8]}"
    stream = Stream(stack, total=600, rate=30, clients=8, tag=tag, timeout_s=30)
    filing = asyncio.create_task(stream.run())
    await stream.when_sent(200)
    await asyncio.to_thread(postgres, "restart")
    outcomes = await filing

    # Every try succeeded or failed cleanly: no 500, no dropped connection, no time-out.
    attempts = [a for o in outcomes for a in o.attempts]
    unclean = [a for a in attempts if a.status not in (201, 503)]
    assert not unclean, f"{len(unclean)} unclean tries, first: {unclean[:3]}"
    refusals = [a for a in attempts if a.status == 503]
    assert refusals, "the restart must land under load (some requests refused)"
    for refusal in refusals:
        assert refusal.headers["content-type"] == "application/problem+json", refusal
        assert int(refusal.headers["retry-after"]) >= 1
    slowest = max(a.elapsed for a in attempts)
    assert slowest < 15, f"a request hung for {slowest:.1f}s"
    rejected = [o for o in outcomes if len(o.attempts) > 1]
    # Each client retried its refused filing with the same key until it was accepted.
    accepted = [o for o in outcomes if o.status == 201]
    assert len(accepted) == len(outcomes), [o for o in outcomes if o.status != 201][:3]

    # No partial writes: each filing has its row, one event and one case; a refused try left
    # nothing, so its retry filed once.
    written = await _written(stack, tag)
    assert set(written) == {o.title for o in accepted}
    for outcome in accepted:
        assert written[outcome.title] == (outcome.report_id, 1, 1), outcome

    # Recovery with no manual step: the same processes serve, relay and consume again.
    assert {s: p.pid for s, p in stack.processes.items()} == pids
    assert all(process.poll() is None for process in stack.processes.values())
    await wait_for(lambda: _all_ready(http, stack), timeout=60, interval=0.5)
    await wait_all_copied_once(stack, [o.report_id for o in accepted], timeout=180)
    await wait_for(lambda: _outboxes_drained(stack), timeout=60, interval=0.5)
    print(
        f"\n{len(outcomes)} filings around a PostgreSQL restart: {len(accepted)} accepted, "
        f"{len(rejected)} after {len(refusals)} refusals (503) retried; slowest try {slowest:.2f}s"
    )
