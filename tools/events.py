"""Watch the event flow: tail topics, consumer lag, dead letters, replay.

  python -m tools.events tail [--type T] [--subject S] [--from-beginning] [--limit N]
  python -m tools.events lag
  python -m tools.events dlq --group notifications
  python -m tools.events replay --group notifications --offset 3

Kafka's address and the topic prefix come from the REGISTRY_ settings, like every service.
"""

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from services.registry.config import RegistrySettings
from shared.events import Envelope, InvalidEnvelope
from shared.settings import ServiceSettings

SERVICES = ("registry", "complaints", "referrals", "notifications")


def describe(record: Any) -> dict[str, Any]:
    """Decodes a record into the fields an operator reads."""
    line: dict[str, Any] = {
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
    }
    try:
        envelope = Envelope.from_kafka(record.headers, record.value)
    except InvalidEnvelope as exc:
        return {**line, "invalid": str(exc)}
    return {
        **line,
        "time": envelope.time.isoformat(),
        "type": envelope.type,
        "subject": envelope.subject,
        "source": envelope.source,
        "correlationid": envelope.correlationid,
        "id": str(envelope.id),
        **envelope.trace_context(),  # traceparent when the producer traces
    }


async def tail(settings: ServiceSettings, args: argparse.Namespace) -> int:
    """Prints each event of the services' topics as one JSON line."""
    prefix = settings.kafka_topic_prefix.replace(".", r"\.")
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        auto_offset_reset="earliest" if args.from_beginning else "latest",
        enable_auto_commit=False,
        metadata_max_age_ms=5000,
    )
    await consumer.start()
    shown = 0
    try:
        consumer.subscribe(pattern=f"^{prefix}({'|'.join(SERVICES)})\\.[^.]+$")
        while args.limit is None or shown < args.limit:
            batches = await consumer.getmany(timeout_ms=args.idle_ms)
            if not batches and args.exit_when_idle:
                break
            for records in batches.values():
                for record in records:
                    line = describe(record)
                    if args.type and line.get("type") != args.type:
                        continue
                    if args.subject and line.get("subject") != args.subject:
                        continue
                    print(json.dumps(line, ensure_ascii=False), flush=True)
                    shown += 1
                    if shown == args.limit:
                        return 0
    finally:
        await consumer.stop()
    return 0


async def lag(settings: ServiceSettings, _: argparse.Namespace) -> int:
    """Prints each consumer group's lag per partition, and each dead-letter topic's size."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
    await admin.start()
    await consumer.start()
    try:
        # Each service's group, and the group that applies its directory copy (shared/directory.py).
        ours = {settings.topic(g) for s in SERVICES for g in (s, f"{s}-directory")}
        groups = sorted(g[0] for g in await admin.list_consumer_groups() if g[0] in ours)
        print(f"{'group':32} {'topic':40} {'part':>4} {'committed':>10} {'end':>10} {'lag':>8}")
        for group in groups:
            committed = await admin.list_consumer_group_offsets(group)
            ends = await consumer.end_offsets(list(committed))
            for tp in sorted(committed, key=lambda t: (t.topic, t.partition)):
                done = committed[tp].offset
                print(
                    f"{group:32} {tp.topic:40} {tp.partition:>4} {done:>10} {ends[tp]:>10} "
                    f"{ends[tp] - done:>8}"
                )
        existing = set(await admin.list_topics())
        dead = sorted(f"{group}.dlq" for group in ours if f"{group}.dlq" in existing)
        sizes = await consumer.end_offsets([TopicPartition(t, 0) for t in dead])
        for tp, size in sorted(sizes.items()):
            print(f"dead letters: {tp.topic} holds {size}")
    finally:
        await consumer.stop()
        await admin.close()
    return 0


async def _dead_letters(settings: ServiceSettings, group: str) -> list[Any]:
    partition = TopicPartition(settings.topic(f"{group}.dlq"), 0)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
    await consumer.start()
    try:
        consumer.assign([partition])
        await consumer.seek_to_beginning(partition)
        end = (await consumer.end_offsets([partition]))[partition]
        records: list[Any] = []
        while len(records) < end:
            records += (await consumer.getmany(partition, timeout_ms=2000)).get(partition, [])
        return records
    finally:
        await consumer.stop()


async def dlq(settings: ServiceSettings, args: argparse.Namespace) -> int:
    """Prints a group's dead letters with the error that sent them there."""
    for record in await _dead_letters(settings, args.group):
        headers = {k: v.decode(errors="replace") for k, v in record.headers}
        print(
            json.dumps(
                {
                    **describe(record),
                    "dlq_offset_in_dead_letters": record.offset,
                    **{k: v for k, v in headers.items() if k.startswith("dlq_")},
                },
                ensure_ascii=False,
            )
        )
    return 0


def original_headers(headers: Sequence[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Gets a dead letter's headers without the ones the dead-lettering added."""
    return [(k, v) for k, v in headers if not k.startswith("dlq_")]


async def replay(settings: ServiceSettings, args: argparse.Namespace) -> int:
    """Sends a dead letter back to its original topic; the consumer applies it at most once."""
    found = [r for r in await _dead_letters(settings, args.group) if r.offset == args.offset]
    if not found:
        print(f"no dead letter at offset {args.offset} of {args.group}.dlq", file=sys.stderr)
        return 1
    record = found[0]
    topic = dict(record.headers)["dlq_topic"].decode()
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    await producer.start()
    try:
        sent = await producer.send_and_wait(
            topic, record.value, key=record.key, headers=original_headers(record.headers)
        )
    finally:
        await producer.stop()
    print(f"replayed {args.group}.dlq@{args.offset} to {topic}[{sent.partition}]@{sent.offset}")
    return 0


def main() -> int:
    """Parses the command line and runs the command."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.events",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    t = commands.add_parser("tail", help="print events as they flow")
    t.add_argument("--type")
    t.add_argument("--subject")
    t.add_argument("--from-beginning", action="store_true")
    t.add_argument("--limit", type=int)
    t.add_argument("--exit-when-idle", action="store_true", help="stop when nothing new arrives")
    t.add_argument("--idle-ms", type=int, default=2000)
    commands.add_parser("lag", help="consumer group lag and dead-letter sizes")
    d = commands.add_parser("dlq", help="list a group's dead letters")
    d.add_argument("--group", required=True)
    r = commands.add_parser("replay", help="replay one dead letter")
    r.add_argument("--group", required=True)
    r.add_argument("--offset", type=int, required=True)
    args = parser.parse_args()
    run = {"tail": tail, "lag": lag, "dlq": dlq, "replay": replay}[args.command]
    return asyncio.run(run(RegistrySettings(), args))


if __name__ == "__main__":
    sys.exit(main())
