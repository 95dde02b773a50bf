"""Brokers of a three-node cluster crash (SIGKILL) during a steady stream of referral reports.

Kafka's promise with 3 replicas, min.insync.replicas 2 and acks=all: an acknowledged write
survives the loss of a broker, and writes go on. With two brokers lost no write is
acknowledged, so the events wait in the outbox until a quorum is back. Either way every report
reaches SUPERVISION's and PERSONNEL's inboxes exactly once (R6), with no manual step.

Runs on the cluster `make test-faults` starts (KAFKA_NODES=3, deploy/kafka/kafka.sh).
"""

import asyncio
import os
import subprocess
import time
from collections import Counter
from dataclasses import dataclass

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from tests.e2e.faults_support import Stream, wait_all_copied_once
from tests.support.stack import BOOTSTRAP, KAFKA_NODES, ROOT, Stack, kafka

pytestmark = [pytest.mark.stack, pytest.mark.faults, pytest.mark.cluster]
# The issue asks for 10,000; FAULTS_CLUSTER_REPORTS lets a developer try a shorter stream.
REPORTS = int(os.environ.get("FAULTS_CLUSTER_REPORTS", "10000"))
RATE = float(os.environ.get("FAULTS_CLUSTER_RATE", "60"))
DOWN_S = 10.0  # how long a killed broker stays dead
OUTBOX_TOPIC = "referrals.reports"


@pytest.fixture(autouse=True)
def on_the_cluster() -> None:
    assert KAFKA_NODES == 3, "run on the three-node cluster: make test-faults"


async def leader_of(stack: Stack, topic: str) -> int:
    """Gets the node that leads most partitions of a topic."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:
        [described] = await admin.describe_topics([stack.prefix + topic])
    finally:
        await admin.close()
    leaders = Counter(p["leader"] for p in described["partitions"])
    return int(leaders.most_common(1)[0][0])


def active_controller() -> int:
    """Gets the KRaft quorum's leader (deploy/kafka/kafka.sh controller)."""
    output = subprocess.run(
        [str(ROOT / "deploy/kafka/kafka.sh"), "controller"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(output.stdout.strip())


@dataclass
class Loss:
    """One loss of brokers: which, what was filed meanwhile, how long until all were back."""

    nodes: list[int]
    filed_while_down: int
    down_s: float
    recovery_s: float  # from the restart until every node is in the metadata, round trip done


async def lose(stream: Stream, nodes: list[int]) -> Loss:
    """Kills the nodes, keeps them dead a while, restarts them."""
    for node in nodes:
        await asyncio.to_thread(kafka, "kill", node)
    killed_at, killed = stream.sent, time.monotonic()
    await asyncio.sleep(DOWN_S)
    restarting = time.monotonic()
    # Two JVMs starting beside the services on 2 cores can take minutes to rejoin.
    await asyncio.to_thread(kafka, "up", None, 600)
    return Loss(
        nodes,
        stream.sent - killed_at,
        round(restarting - killed, 1),
        round(time.monotonic() - restarting, 1),
    )


def assert_all_filed(stream: Stream) -> list[str]:
    failed = [o for o in stream.outcomes if o.status != 201]
    assert not failed, f"{len(failed)} filings failed, first: {failed[0]}"
    return [o.report_id for o in stream.outcomes]


async def test_leader_then_controller_killed_mid_stream_every_report_copied_once(
    stack: Stack,
) -> None:
    stream = Stream(stack, total=REPORTS, rate=RATE, clients=8, tag="cluster-leader")
    filing = asyncio.create_task(stream.run())

    await stream.when_sent(REPORTS // 4)
    leader = await leader_of(stack, OUTBOX_TOPIC)
    first = await lose(stream, [leader])
    await stream.when_sent(REPORTS // 2)
    controller = await asyncio.to_thread(active_controller)
    second = await lose(stream, [controller])
    await filing

    ids = assert_all_filed(stream)
    assert first.filed_while_down > 0 and second.filed_while_down > 0
    await wait_all_copied_once(stack, ids, timeout=900)
    print(
        f"\n{REPORTS} reports at {RATE}/s: outbox leader {first}; controller {second}; "
        f"all {2 * REPORTS} copies once after {time.monotonic() - stream.started:.0f}s"
    )


async def test_two_brokers_lost_at_once_filings_succeed_and_are_delivered_after(
    stack: Stack,
) -> None:
    # Long enough that filing goes on through the whole loss and the restart.
    total = max(REPORTS // 5, int(RATE * (DOWN_S + 60)))
    stream = Stream(stack, total=total, rate=RATE, clients=8, tag="cluster-two-down")
    filing = asyncio.create_task(stream.run())

    await stream.when_sent(total // 4)
    leader = await leader_of(stack, OUTBOX_TOPIC)
    other = next(n for n in (1, 2, 3) if n != leader)
    loss = await lose(stream, [leader, other])
    await filing

    ids = assert_all_filed(stream)
    # Far more than the 8 clients in flight: the API kept answering (the outbox took them).
    assert loss.filed_while_down >= RATE * DOWN_S / 4, loss
    await wait_all_copied_once(stack, ids, timeout=900)
    print(
        f"\n{total} reports at {RATE}/s: two nodes lost {loss}; all {2 * total} copies once "
        f"after {time.monotonic() - stream.started:.0f}s"
    )
