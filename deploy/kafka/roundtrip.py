"""Proves Kafka is ready: every node is in the metadata, a record produced is consumed back."""

import argparse
import asyncio
import logging
import sys
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

TOPIC = "_readiness"
logging.getLogger("aiokafka").setLevel(
    logging.CRITICAL
)  # connection refusals are expected while starting


async def attempt(bootstrap: str, brokers: int) -> None:
    """Waits for every node, creates the health topic if needed, produces and consumes a record."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    await admin.start()
    try:
        found = len((await admin.describe_cluster())["brokers"])
        if found < brokers:
            raise RuntimeError(f"{found} of {brokers} nodes in the cluster's metadata")
        replicas = min(brokers, 3)
        await admin.create_topics([NewTopic(TOPIC, num_partitions=1, replication_factor=replicas)])
    except TopicAlreadyExistsError:
        pass
    finally:
        await admin.close()
    marker = uuid.uuid4().hex.encode()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", request_timeout_ms=5000)
    await producer.start()
    try:
        sent = await producer.send_and_wait(TOPIC, marker)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign([sent.topic_partition])
        consumer.seek(sent.topic_partition, sent.offset)
        record = await asyncio.wait_for(consumer.getone(), timeout=10)
        if record.value != marker:
            raise RuntimeError("round trip returned another record")
    finally:
        await consumer.stop()


async def main() -> int:
    """Retries the round trip until it succeeds or the timeout passes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("bootstrap")
    parser.add_argument("--timeout", type=float, default=90)
    parser.add_argument("--brokers", type=int, default=1, help="nodes the cluster must have")
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout
    while True:
        try:
            await attempt(args.bootstrap, args.brokers)
            print(f"kafka: ready at {args.bootstrap} (produce/consume round trip ok)")
            return 0
        except (TimeoutError, KafkaError, OSError, RuntimeError) as exc:
            if time.monotonic() > deadline:
                print(f"kafka: round trip failed: {exc!r}", file=sys.stderr)
                return 1
            await asyncio.sleep(1)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
