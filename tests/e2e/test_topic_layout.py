"""Topic layout on the real broker: created as configured, and a weaker layout is named.

Replication is configuration (DESIGN.md, "Scale"): the deploy step and every service check
the cluster's topics against the settings instead of trusting whatever exists.
"""

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient

from services.topics import ALL_TOPICS
from tests.support.stack import BOOTSTRAP, ROOT, Stack, wait_for

pytestmark = pytest.mark.stack


def topics_command(prefix: str, **settings: str) -> subprocess.CompletedProcess[str]:
    """Runs the deploy step `python -m services.topics` in its own topic namespace."""
    env = {
        **os.environ,
        "REGISTRY_KAFKA_BOOTSTRAP_SERVERS": BOOTSTRAP,
        "REGISTRY_KAFKA_TOPIC_PREFIX": prefix,
        **{f"REGISTRY_{k.upper()}": v for k, v in settings.items()},
    }
    return subprocess.run(
        [sys.executable, "-m", "services.topics"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def prefix() -> Iterator[str]:
    name = f"layout{uuid.uuid4().hex[:8]}."
    yield name
    subprocess.run(
        [sys.executable, "-m", "services.topics", "--delete"],
        cwd=ROOT,
        env={
            **os.environ,
            "REGISTRY_KAFKA_BOOTSTRAP_SERVERS": BOOTSTRAP,
            "REGISTRY_KAFKA_TOPIC_PREFIX": name,
        },
        check=False,
    )


async def partitions_of(name: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:
        [described] = await admin.describe_topics([name])
        return len(described["partitions"])
    finally:
        await admin.close()


async def test_the_deploy_step_creates_topics_with_the_configured_partitions(prefix: str) -> None:
    created = topics_command(prefix, kafka_topic_partitions='{"referrals.reports": 9}')

    assert created.returncode == 0, created.stderr
    assert f"{len(ALL_TOPICS)} declared, {len(ALL_TOPICS)} created" in created.stdout
    assert await partitions_of(f"{prefix}referrals.reports") == 9
    assert await partitions_of(f"{prefix}referrals.cases") == 6  # the code's default


def test_the_deploy_step_names_every_topic_with_too_few_replicas(prefix: str) -> None:
    assert topics_command(prefix).returncode == 0  # one replica: the development broker

    checked = topics_command(prefix, kafka_replication_factor="2")

    assert checked.returncode != 0
    assert f"{len(ALL_TOPICS)} problem(s)" in checked.stderr
    for topic in ALL_TOPICS:
        assert f"{prefix}{topic.name}: 1 replica(s), 2 configured" in checked.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_service_is_not_ready_while_its_topics_are_weaker_than_configured(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    port = free_port()
    process = stack.spawn(
        "referrals",
        log_name="referrals-layout",
        port=str(port),
        kafka_replication_factor="2",
        relay_enabled="false",
        consumers_enabled="false",
    )
    try:

        async def named() -> dict[str, str] | None:
            try:
                response = await http.get(f"http://127.0.0.1:{port}/readyz")
            except httpx.TransportError:
                return None
            checks = response.json().get("checks", {}) if response.status_code == 503 else {}
            return checks if "topics" in checks else None

        checks = await wait_for(named, timeout=60)
        assert f"{stack.prefix}referrals.reports: 1 replica(s), 2 configured" in checks["topics"]
        assert "database" not in checks and "kafka" not in checks
        log = (stack.logs / "referrals-layout.log").read_text()
        assert "topic laid out more weakly than configured" in log
        # The services started with the configured layout are ready.
        assert (await http.get(stack.url("referrals") + "/readyz")).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
