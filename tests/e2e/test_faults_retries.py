"""PostgreSQL killed during commits: each filing, retried with its key, is filed exactly once.

Two kinds of commit are in flight when PostgreSQL is killed: ones not yet durable (lost: the
retry files the report) and ones durable but not yet answered (kept: the retry must get the
stored answer, not a second report). The second kind is made certain, not left to luck: a few
filings commit with synchronous replication to a standby that does not exist, so their
commit is in the WAL and waits for an acknowledgement until the crash.
"""

import asyncio
import subprocess
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest

from tests.e2e.faults_support import Stream, wait_all_copied_once
from tests.support.stack import ROOT, Stack, wait_for

pytestmark = [pytest.mark.stack, pytest.mark.faults]
REPORT_FILED = "referrals.report.filed.v1"
CRASHES = 3
PER_CRASH = 100  # filings sent between crashes
UNANSWERED = [PER_CRASH * crash + 60 for crash in range(CRASHES)]  # durable, answer lost
COMMIT_PAUSE_S = 0.05


def postgres(*args: str) -> None:
    """Runs deploy/local/postgres.sh (the project's own script) on the suite's cluster."""
    subprocess.run([str(ROOT / "deploy/local/postgres.sh"), *args], check=True, cwd=ROOT)


def _settings(sql: str) -> None:
    postgres("psql", "-c", sql)


def _answer_commits() -> None:
    for sql in (
        "ALTER SYSTEM RESET synchronous_standby_names",
        "ALTER SYSTEM RESET synchronous_commit",
        "SELECT pg_reload_conf()",
    ):
        _settings(sql)


async def _waiting_for_standby(stack: Stack) -> bool:
    query = "select count(*) from pg_stat_activity where wait_event = 'SyncRep'"
    return bool(await stack.scalar("referrals", query))


@asynccontextmanager
async def _commits_in_flight(stack: Stack, tag: str) -> AsyncIterator[None]:
    """Slows this stream's commits; makes the UNANSWERED ones durable but never answered."""
    # Commits wait for a synchronous standby only where a transaction asks for it.
    for sql in (
        "ALTER SYSTEM SET synchronous_commit = 'local'",
        "ALTER SYSTEM SET synchronous_standby_names = 'nobody'",
        "SELECT pg_reload_conf()",
    ):
        _settings(sql)
    unanswered = ", ".join(f"'{tag}-{index}'" for index in UNANSWERED)
    await stack.execute(
        "referrals",
        f"""
        CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep({COMMIT_PAUSE_S}); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON referral_reports
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (NEW.title LIKE '{tag}-%') EXECUTE FUNCTION slow_commit();
        CREATE FUNCTION unanswered_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM set_config('synchronous_commit', 'on', true); RETURN NULL; END $$;
        CREATE TRIGGER unanswered_commit AFTER INSERT ON referral_reports FOR EACH ROW
        WHEN (NEW.title IN ({unanswered})) EXECUTE FUNCTION unanswered_commit();
        """,
    )
    try:
        yield
    finally:
        _answer_commits()
        await stack.execute(
            "referrals",
            "DROP TRIGGER slow_commit ON referral_reports; DROP FUNCTION slow_commit(); "
            "DROP TRIGGER unanswered_commit ON referral_reports; "
            "DROP FUNCTION unanswered_commit()",
        )


async def test_postgres_killed_during_commits_each_filing_retried_with_its_key_filed_once_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Exactly one report, one case and one filed event per key; both copies (R6) once."""
    tag = f"pg-crash-{uuid.uuid4().hex[:8]}"
    stream = Stream(stack, total=CRASHES * PER_CRASH + 150, rate=25, tag=tag, retries=12)
    async with _commits_in_flight(stack, tag):
        filing = asyncio.create_task(stream.run())
        for index in UNANSWERED:
            # The unanswered commit holds PostgreSQL's NOTIFY lock (the outbox trigger), so
            # the other commits queue behind it: the crash comes once it is durable and
            # waiting, while they are in flight.
            await stream.when_sent(index + 1)
            await wait_for(lambda: _waiting_for_standby(stack), timeout=60, interval=0.05)
            await asyncio.to_thread(postgres, "crash")
        _answer_commits()  # a lost unanswered commit, retried, must not wait for ever
        outcomes = await filing

    failed = [o for o in outcomes if o.status != 201]
    assert not failed, f"{len(failed)} filings not accepted after retries, first: {failed[:3]}"
    tries = Counter(a.status or "transport error" for o in outcomes for a in o.attempts)
    # The commits that were durable when PostgreSQL died: their retry got the stored answer.
    for index in UNANSWERED:
        assert outcomes[index].replayed and len(outcomes[index].attempts) > 1, outcomes[index]

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
        # The answer names the one report, a replayed answer included.
        assert written[outcome.title] == (outcome.report_id, 1, 1), outcome
    await wait_all_copied_once(stack, [o.report_id for o in outcomes], timeout=180)
    print(
        f"\n{len(outcomes)} filings, {CRASHES} crashes during commits: tries {dict(tries)}, "
        f"{sum(len(o.attempts) > 1 for o in outcomes)} retried, "
        f"{sum(o.replayed for o in outcomes)} answered by replay"
    )
