"""PostgreSQL killed during commits: each filing, retried with its key, is filed exactly once."""

import asyncio
import subprocess
import uuid
from collections import Counter

import httpx
import pytest

from tests.e2e.faults_support import Stream, wait_all_copied_once
from tests.support.stack import ROOT, Stack

pytestmark = [pytest.mark.stack, pytest.mark.faults]
REPORT_FILED = "referrals.report.filed.v1"
CRASHES = 3
COMMIT_PAUSE_S = 0.05


def crash_postgres() -> None:
    """Kills PostgreSQL as a crash would and starts it again (deploy/local/postgres.sh crash)."""
    subprocess.run([str(ROOT / "deploy/local/postgres.sh"), "crash"], check=True, cwd=ROOT)


async def _slow_commits(stack: Stack, tag: str) -> None:
    # A deferred trigger runs inside COMMIT: this stream's commits last COMMIT_PAUSE_S, so the
    # crashes land while commits are in flight rather than between requests.
    await stack.execute(
        "referrals",
        f"""
        CREATE OR REPLACE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep({COMMIT_PAUSE_S}); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON referral_reports
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (NEW.title LIKE '{tag}-%') EXECUTE FUNCTION slow_commit();
        """,
    )


async def test_postgres_killed_during_commits_each_filing_retried_with_its_key_filed_once_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Exactly one report, one case and one filed event per key; both copies (R6) once."""
    tag = f"pg-crash-{uuid.uuid4().hex[:8]}"
    await _slow_commits(stack, tag)
    try:
        stream = Stream(stack, total=450, rate=25, clients=8, tag=tag, timeout_s=30, retries=12)
        filing = asyncio.create_task(stream.run())
        for crash in range(CRASHES):
            await stream.when_sent(100 * (crash + 1))
            await asyncio.to_thread(crash_postgres)
        outcomes = await filing
    finally:
        await stack.execute(
            "referrals",
            "DROP TRIGGER IF EXISTS slow_commit ON referral_reports; "
            "DROP FUNCTION IF EXISTS slow_commit()",
        )

    failed = [o for o in outcomes if o.status != 201]
    assert not failed, f"{len(failed)} filings not accepted after retries, first: {failed[:3]}"
    tries = Counter(a.status or "transport error" for o in outcomes for a in o.attempts)
    assert sum(n for status, n in tries.items() if status != 201) >= CRASHES, tries

    rows = await stack.fetch(
        "referrals",
        "select r.title, r.id::text, "
        "(select count(*) from outbox o where o.key = r.id::text and o.event_type = $2), "
        "(select count(*) from cases c where c.source_id = r.id) "
        "from referral_reports r where r.title like $1",
        f"{tag}-%",
        REPORT_FILED,
    )
    reports = Counter(r[0] for r in rows)
    assert sorted(reports) == sorted(o.title for o in outcomes)
    assert set(reports.values()) == {1}, [t for t, n in reports.items() if n > 1][:5]
    written = {r[0]: (r[1], r[2], r[3]) for r in rows}
    for outcome in outcomes:
        # The answer names the one report, even when it is the replay of a lost answer.
        assert written[outcome.title] == (outcome.report_id, 1, 1), outcome
    await wait_all_copied_once(stack, [o.report_id for o in outcomes], timeout=180)
    replayed = sum(o.replayed for o in outcomes)
    print(
        f"\n{len(outcomes)} filings, {CRASHES} crashes during commits: tries {dict(tries)}, "
        f"{sum(len(o.attempts) > 1 for o in outcomes)} retried, {replayed} answered by replay"
    )
