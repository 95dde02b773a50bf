"""Kafka wiring: topics, producers, consumers, readiness (their layout: shared/topics.py)."""

import asyncio
import logging
import os
import socket
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from shared.settings import ServiceSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Topic:
    """A logical topic and how it is created."""

    name: str
    partitions: int
    config: dict[str, str] = field(default_factory=dict)


def dead_letter_topic(group: str) -> Topic:
    """Gets the dead-letter topic of a consumer group."""
    return Topic(f"{group}.dlq", partitions=1)


def create_producer(settings: ServiceSettings) -> AIOKafkaProducer:
    """Creates a producer: every write acknowledged by all replicas, idempotent when allowed."""
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        acks="all",
        enable_idempotence=settings.kafka_idempotent_producer,
        request_timeout_ms=settings.kafka_request_timeout_ms,
        linger_ms=5,
    )


def create_consumer(settings: ServiceSettings, group: str, topics: list[str]) -> AIOKafkaConsumer:
    """Creates a group consumer that commits offsets only when told to."""
    return AIOKafkaConsumer(
        *[settings.topic(t) for t in topics],
        bootstrap_servers=settings.kafka_bootstrap_servers,
        group_id=settings.topic(group),
        # Tells the replicas of a group apart in `kafka-consumer-groups --describe`.
        client_id=f"{settings.service_name}-{socket.gethostname()}-{os.getpid()}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        request_timeout_ms=max(settings.kafka_request_timeout_ms, 30_000),
    )


async def delete_topics(settings: ServiceSettings, names: list[str]) -> None:
    """Deletes topics (used by test runs to clean their namespace)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    await admin.start()
    try:
        await admin.delete_topics(names)
    finally:
        await admin.close()


async def kafka_reachable(settings: ServiceSettings, timeout_s: float = 3.0) -> None:
    """Raises unless the cluster answers a metadata request within the timeout."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap_servers, request_timeout_ms=int(timeout_s * 1000)
    )
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
        await asyncio.wait_for(admin.list_topics(), timeout_s)
    finally:
        await admin.close()
