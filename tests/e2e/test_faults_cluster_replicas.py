"""Two replicas of every service on the three-node cluster; one of each SIGKILLed mid-stream.

Each service process runs its API, its outbox relay and its consumer groups (shared/app.py),
so a second replica is a second `python -m services.<name> serve` on its own port with the
same database, topic prefix and groups. A stream of referral filings goes round robin to the
two referrals replicas, each filing with its Idempotency-Key; a filing whose replica is gone
is retried with the same key on the other, as a load balancer would. Once both notifications
replicas hold partitions of `referrals.reports` and have applied events, the second replica
of each of the four services is SIGKILLed at once.

R6: "every referral report is automatically copied to the supervision and personnel
departments." Through the kill: one report per filing (no key answered twice with different
reports, none lost), each report copied to SUPERVISION and PERSONNEL exactly once, the
survivors' consumer groups hold every partition again, and the outboxes drain.

Runs on the cluster `make test-faults` starts (KAFKA_NODES=3, deploy/kafka/kafka.sh).
"""

import asyncio
import contextlib
import os
import signal
import subprocess
import time
import uuid
from collections import Counter
from dataclasses import dataclass

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import (
    ConsumerProtocolMemberAssignment,
    ConsumerProtocolMemberMetadata,
)

from tests.e2e.faults_support import (
    Outcome,
    Stream,
    copies_per_report,
    holdings,
    start_replica,
    stop_replica,
    wait_all_copied_once,
)
from tests.support.stack import BOOTSTRAP, KAFKA_NODES, PORT_BASE, SERVICES, Stack, wait_for

pytestmark = [pytest.mark.stack, pytest.mark.faults, pytest.mark.cluster]
REPORTS = int(os.environ.get("FAULTS_CLUSTER_REPORTS", "1500"))
RATE = float(os.environ.get("FAULTS_CLUSTER_REPLICAS_RATE", "30"))
REPLICA_PORTS = {name: PORT_BASE + 10 + n for n, name in enumerate(SERVICES, start=1)}
REPORTS_TOPIC = "referrals.reports"
OUTBOX_PENDING = "select count(*) from outbox where sent_at is null"


@pytest.fixture(autouse=True)
def on_the_cluster() -> None:
    assert KAFKA_NODES == 3, "run on the three-node cluster: make test-faults"


@dataclass
class Group:
    """One consumer group of the stack: who is in it and what it holds of what it reads."""

    name: str
    pids: set[int]
    held: set[tuple[str, int]]
    wanted: set[tuple[str, int]]  # every partition of the topics its members subscribe to


async def groups(stack: Stack) -> list[Group]:
    """Describes every consumer group of the stack's topic prefix."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:
        names = sorted(g[0] for g in await admin.list_consumer_groups())
        names = [n for n in names if n.startswith(stack.prefix)]
        found: list[tuple[str, set[int], set[tuple[str, int]], set[str]]] = []
        for name in names:
            # One group per request: aiokafka 0.14 fails to decode an answer describing several.
            [response] = await admin.describe_consumer_groups([name])
            members = response.groups[0][5]
            pids: set[int] = set()
            held: set[tuple[str, int]] = set()
            topics: set[str] = set()
            for member in members:
                pids.add(int(member[1].rsplit("-", 1)[1]))  # client id ends with the pid
                if member[3]:
                    topics |= set(ConsumerProtocolMemberMetadata.decode(member[3]).subscription)
                if member[4]:
                    assigned = ConsumerProtocolMemberAssignment.decode(member[4]).assignment
                    held |= {(t, p) for t, parts in assigned for p in parts}
            found.append((name, pids, held, topics))
        layout = await admin.describe_topics(sorted({t for *_, ts in found for t in ts}))
    finally:
        await admin.close()
    partitions = {d["topic"]: {p["partition"] for p in d["partitions"]} for d in layout}
    return [
        Group(name, pids, held, {(t, p) for t in topics for p in partitions.get(t, set())})
        for name, pids, held, topics in found
    ]


def rebalanced(found: list[Group], names: set[str], survivors: set[int]) -> bool:
    """Tells whether each of these groups has only survivors in it, holding all it reads."""
    return {g.name for g in found} >= names and all(
        g.pids and g.pids <= survivors and g.wanted and g.held == g.wanted
        for g in found
        if g.name in names
    )


async def reports_per_title(stack: Stack, tag: str) -> Counter[str]:
    """Counts the referral reports of a stream by title (each filing has its own title)."""
    rows = await stack.fetch(
        "referrals",
        "select title, count(*) from referral_reports where title like $1 group by title",
        f"{tag}-%",
    )
    return Counter({r[0]: r[1] for r in rows})


async def answers_per_key(stack: Stack, outcomes: list[Outcome]) -> dict[str, str]:
    """Gets the report id stored as each filing's answer, by Idempotency-Key."""
    rows = await stack.fetch(
        "referrals",
        "select key, body->>'id' from idempotent_requests where key = any($1::text[])",
        [o.key for o in outcomes],
    )
    return {r[0]: r[1] for r in rows}


def replica_of(outcome: Outcome) -> int:
    """Gets which referrals replica gave a filing its answer (0: the stack's, 1: the second)."""
    return (outcome.index + len(outcome.attempts) - 1) % 2  # each try goes to the next one


async def outbox_pending(stack: Stack) -> dict[str, int]:
    """Counts each service's outbox rows not yet sent."""
    return {name: await stack.scalar(name, OUTBOX_PENDING) for name in SERVICES}


def failed_over(outcome: Outcome) -> bool:
    """Tells whether a filing met a transport error and was answered by a later try."""
    return outcome.status == 201 and any(a.error for a in outcome.attempts[:-1])


async def test_second_replica_of_every_service_killed_mid_stream_nothing_lost_or_doubled_R6(
    stack: Stack,
) -> None:
    firsts = {name: stack.processes[name].pid for name in SERVICES}
    seconds: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name in SERVICES:
            seconds[name] = await start_replica(stack, name, REPLICA_PORTS[name], f"{name}-second")
        notifications = (firsts["notifications"], seconds["notifications"].pid)

        async def reports_shared() -> dict[int, set[int]] | None:
            held = await holdings(stack, "notifications", REPORTS_TOPIC)
            both = set(held) == set(notifications) and all(held.values())
            return held if both else None

        before = await wait_for(reports_shared, timeout=120, interval=0.5)
        tag = f"cluster-replicas-{uuid.uuid4().hex[:8]}"
        bases = [stack.url("referrals"), f"http://127.0.0.1:{REPLICA_PORTS['referrals']}"]
        stream = Stream(stack, total=REPORTS, rate=RATE, clients=8, tag=tag, bases=bases)
        filing = asyncio.create_task(stream.run())

        async def second_working() -> bool:
            log = stack.log_text("notifications", "second")
            return stream.sent >= REPORTS // 3 and log.count('"event applied"') >= 20

        await wait_for(second_working, timeout=5 * REPORTS / RATE + 120, interval=0.1)
        running = {g.name for g in await groups(stack) if g.pids}
        for process in seconds.values():
            process.send_signal(signal.SIGKILL)
        for process in seconds.values():
            process.wait(timeout=10)
        killed_at, killed = stream.sent, time.monotonic()
        survivors = set(firsts.values())

        async def taken_over() -> list[Group] | None:
            found = await groups(stack)
            return found if rebalanced(found, running, survivors) else None

        await wait_for(taken_over, timeout=180, interval=0.5)
        rebalance_s, filed_meanwhile = time.monotonic() - killed, stream.sent - killed_at
        outcomes = await filing

        failed = [o for o in outcomes if o.status != 201]
        assert not failed, f"{len(failed)} filings failed, first: {failed[0]}"
        assert killed_at < REPORTS, "the replicas died mid-stream"
        ids = [o.report_id for o in outcomes]

        # One report per filing, and each key's stored answer is the report it was answered.
        titles = await reports_per_title(stack, tag)
        answers = await answers_per_key(stack, outcomes)
        lost_reports = REPORTS - len(titles)
        doubled_reports = sum(n - 1 for n in titles.values())
        mismatched = sum(answers.get(o.key) != o.report_id for o in outcomes)

        async def copied() -> bool:
            return len(await copies_per_report(stack, ids)) == 2 * len(ids)

        with contextlib.suppress(AssertionError):  # what is missing is counted below
            await wait_for(copied, timeout=600, interval=1.0)
        copies = await copies_per_report(stack, ids)
        lost_copies = 2 * len(ids) - len(copies)
        doubled_copies = sum(n - 1 for n in copies.values())

        async def drained() -> bool:
            return not any((await outbox_pending(stack)).values())

        with contextlib.suppress(AssertionError):  # what is left is named below
            await wait_for(drained, timeout=120, interval=1.0)
        pending = await outbox_pending(stack)
        answered_by = Counter(replica_of(o) for o in outcomes[:killed_at])
        retried = [o for o in outcomes if failed_over(o)]
        print(
            f"\n{REPORTS} reports at {RATE}/s, round robin to 2 referrals replicas; the second "
            f"replica of each service SIGKILLed after {killed_at} filings (the first "
            f"{killed_at} answered {answered_by[0]} by the first replica, {answered_by[1]} by "
            f"the second); {filed_meanwhile} filed until the survivors held every partition of "
            f"their {len(running)} groups, {rebalance_s:.1f}s after the kill; "
            f"{len(retried)} filings answered after a transport error, retried with their key "
            f"on the other replica ({sum(o.replayed for o in retried)} got the stored answer: "
            f"committed by the killed one); notifications' {REPORTS_TOPIC} partitions before "
            f"{before}; reports lost {lost_reports}, doubled {doubled_reports}, key answers "
            f"mismatched {mismatched}; copies lost {lost_copies}, doubled {doubled_copies}; "
            f"outbox rows unsent {pending}; {time.monotonic() - stream.started:.0f}s in all"
        )
        assert (lost_reports, doubled_reports, mismatched) == (0, 0, 0)
        assert len(set(ids)) == REPORTS
        await wait_all_copied_once(stack, ids, timeout=10)
        assert not any(pending.values()), pending
        assert answered_by[1] > 0, "the second referrals replica took filings before the kill"
        assert before[seconds["notifications"].pid], "the killed replica held partitions"
    finally:
        for process in seconds.values():
            stop_replica(process)
