"""The console's pure parts: which topics it reads, how a record is shown, lag arithmetic."""

import re
from typing import Any

from aiokafka import TopicPartition

from services.notifications.console.schemas import FlowEvent, GroupLag
from shared.events import Envelope, InvalidEnvelope

SERVICES = ("registry", "complaints", "referrals", "notifications")


def topic_pattern(prefix: str) -> re.Pattern[str]:
    """Matches the physical names of the services' topics (dead-letter topics included)."""
    return re.compile(f"^{re.escape(prefix)}(?:{'|'.join(SERVICES)})\\.[^.]+$")


def flow_event(seq: int, topic: str, headers: Any, value: bytes, prefix: str) -> FlowEvent:
    """Decodes one record into what the console shows; a bad envelope is shown as such."""
    logical = topic.removeprefix(prefix)
    try:
        envelope = Envelope.from_kafka(headers, value)
    except InvalidEnvelope as exc:
        return FlowEvent(seq=seq, topic=logical, type="(invalid envelope)", detail=str(exc))
    return FlowEvent(
        seq=seq,
        topic=logical,
        type=envelope.type,
        subject=envelope.subject,
        source=envelope.source.strip("/"),
        time=envelope.time,
        correlationid=envelope.correlationid,
    )


def watching(last_look: float, now: float, idle_s: float) -> bool:
    """Tells whether the watcher goes on reading: someone looked in the last `idle_s`."""
    return now - last_look <= idle_s


def history_depth(history: int, buffer: int, partitions: int) -> int:
    """How many of each partition's last records a first look reads: at most `history`, and
    few enough that all of them fit the buffer, so that no partition's newest records are
    pushed out by older ones of the partitions fetched after it."""
    return min(history, buffer // max(partitions, 1))


def resume_at(known: int | None, start: int, end: int, history: int, first_look: bool) -> int:
    """Where to read a partition from: where we were, a short history at first, all of a new one."""
    if known is not None:
        return max(known, start)
    return max(start, end - history) if first_look else start


def group_lags(
    committed: dict[str, dict[TopicPartition, int]], ends: dict[TopicPartition, int], prefix: str
) -> list[GroupLag]:
    """Adds up each group's lag per topic: records past its committed offsets."""
    totals: dict[tuple[str, str], list[int]] = {}
    for group, offsets in committed.items():
        for tp, offset in offsets.items():
            key = (group.removeprefix(prefix), tp.topic.removeprefix(prefix))
            end = ends.get(tp, offset)
            done = max(offset, 0)
            entry = totals.setdefault(key, [0, 0])
            entry[0] += done
            entry[1] += max(end - done, 0)
    return [
        GroupLag(group=g, topic=t, committed=c, lag=lag)
        for (g, t), (c, lag) in sorted(totals.items())
    ]
