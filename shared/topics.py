"""Topic layout as configuration: partitions, replicas and min.insync.replicas, checked.

Replication is a deployment's choice, never the code's: a single development broker runs with
one replica, a cluster with three and `min.insync.replicas` 2, so that with `acks=all` an
acknowledged write survives the loss of a broker. The code declares each topic's name, its
default partition count and its own settings (compaction); the settings decide the rest.
`ensure_topics` creates what is missing with that layout; `check_topics` names every topic
whose layout on the cluster is weaker than configured (created earlier, or by hand).
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from shared.kafka import Topic
from shared.settings import ServiceSettings

log = logging.getLogger(__name__)

T = TypeVar("T")
MIN_INSYNC = "min.insync.replicas"
# How often the start-up check retries while the cluster is unreachable.
RETRY_S = 5.0


@dataclass(frozen=True)
class TopicLayout:
    """How one physical topic must be laid out on the cluster."""

    name: str
    partitions: int
    replicas: int
    config: dict[str, str]


@dataclass(frozen=True)
class ObservedTopic:
    """What the cluster says about a topic: replicas per partition and its settings."""

    partitions: int
    replicas: int  # the fewest replicas of any partition
    config: dict[str, str]


def layout(settings: ServiceSettings, topic: Topic) -> TopicLayout:
    """Gets a topic's layout under these settings (partition overrides by logical name)."""
    return TopicLayout(
        name=settings.topic(topic.name),
        partitions=settings.kafka_topic_partitions.get(topic.name, topic.partitions),
        replicas=settings.kafka_replication_factor,
        config={MIN_INSYNC: str(settings.kafka_min_insync_replicas), **topic.config},
    )


def problems(wanted: TopicLayout, observed: ObservedTopic | None) -> list[str]:
    """Names every way the topic on the cluster falls short of its layout (none: [])."""
    if observed is None:
        return [f"{wanted.name}: missing"]
    found = []
    if observed.replicas < wanted.replicas:
        found.append(f"{wanted.name}: {observed.replicas} replica(s), {wanted.replicas} configured")
    if observed.partitions < wanted.partitions:
        found.append(
            f"{wanted.name}: {observed.partitions} partition(s), {wanted.partitions} configured"
        )
    have, want = int(observed.config.get(MIN_INSYNC, "1")), int(wanted.config[MIN_INSYNC])
    if have < want:
        found.append(f"{wanted.name}: {MIN_INSYNC}={have}, {want} configured")
    for key, value in wanted.config.items():
        if key != MIN_INSYNC and observed.config.get(key) != value:
            found.append(f"{wanted.name}: {key}={observed.config.get(key)}, {value} configured")
    return found


async def _with_admin(
    settings: ServiceSettings, work: Callable[[AIOKafkaAdminClient], Awaitable[T]], attempts: int
) -> T:
    """Runs admin requests, again on a fresh client when one went to a broker that is down.

    The admin client sends some requests to a broker picked at random from the metadata, which
    still lists a broker that has just died: another attempt picks again.
    """
    for attempt in range(1, attempts + 1):
        admin = AIOKafkaAdminClient(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            request_timeout_ms=max(settings.kafka_request_timeout_ms, 10_000),
        )
        try:
            await admin.start()
            return await work(admin)
        except KafkaError:
            if attempt == attempts:
                raise
            await asyncio.sleep(1.0)
        finally:
            await admin.close()
    raise AssertionError("attempts must be at least 1")


async def _observe(admin: AIOKafkaAdminClient, names: list[str]) -> dict[str, ObservedTopic]:
    existing = set(await admin.list_topics())
    present = [n for n in names if n in existing]
    if not present:
        return {}
    described: list[dict[str, Any]] = await admin.describe_topics(present)
    responses = await admin.describe_configs(
        [ConfigResource(ConfigResourceType.TOPIC, n) for n in present]
    )
    configs = {
        resource[3]: {entry[0]: entry[1] for entry in resource[4]}
        for response in responses
        for resource in response.resources
    }
    return {
        d["topic"]: ObservedTopic(
            partitions=len(d["partitions"]),
            replicas=min((len(p["replicas"]) for p in d["partitions"]), default=0),
            config=configs.get(d["topic"], {}),
        )
        for d in described
    }


async def ensure_topics(
    settings: ServiceSettings, topics: Sequence[Topic], attempts: int = 5
) -> list[str]:
    """Creates the topics that do not exist yet, laid out as configured; returns their names."""

    async def create(admin: AIOKafkaAdminClient) -> list[str]:
        existing = set(await admin.list_topics())
        new = [
            NewTopic(t.name, t.partitions, t.replicas, topic_configs=t.config)
            for t in (layout(settings, topic) for topic in topics)
            if t.name not in existing
        ]
        if new:
            try:
                await admin.create_topics(new)
            except TopicAlreadyExistsError:
                log.info("topics created concurrently by another process")
        return [t.name for t in new]

    return await _with_admin(settings, create, attempts)


async def check_topics(
    settings: ServiceSettings, topics: Sequence[Topic], attempts: int = 5
) -> list[str]:
    """Names every topic that is missing or laid out more weakly than configured."""
    wanted = [layout(settings, t) for t in topics]

    async def check(admin: AIOKafkaAdminClient) -> list[str]:
        observed = await _observe(admin, [w.name for w in wanted])
        return [p for w in wanted for p in problems(w, observed.get(w.name))]

    return await _with_admin(settings, check, attempts)


class TopicCheck:
    """The start-up check of a service's topics; readiness reports what it found."""

    def __init__(self, settings: ServiceSettings, topics: Sequence[Topic]) -> None:
        self.settings, self.topics = settings, list(topics)
        self.found: list[str] = []

    async def run(self) -> None:
        """Checks once the cluster answers (retrying until then) and logs each problem."""
        while True:
            try:
                self.found = await check_topics(self.settings, self.topics)
                break
            except Exception as exc:  # the cluster is down: readiness already says so
                log.warning("topic check postponed", extra={"error": repr(exc)})
                await asyncio.sleep(RETRY_S)
        for problem in self.found:
            log.error("topic laid out more weakly than configured", extra={"topic": problem})
