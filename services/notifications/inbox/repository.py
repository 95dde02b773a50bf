"""Queries on inbox items."""

import json
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.inbox.models import InboxItem
from services.notifications.inbox.schemas import DeliveredItem, NewItem


@dataclass(frozen=True)
class InboxFilter:
    """What a department's inbox listing keeps."""

    unread: bool | None = None
    event_type: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    awaiting_ack: bool | None = None

    def apply(self, query: Select[Any]) -> Select[Any]:
        """Adds the filter's conditions to a query on inbox items."""
        if self.unread is not None:
            query = query.where(
                InboxItem.read_at.is_(None) if self.unread else InboxItem.read_at.isnot(None)
            )
        if self.event_type is not None:
            query = query.where(InboxItem.source_event_type == self.event_type)
        if self.source is not None:
            query = query.where(InboxItem.source_service == self.source)
        if self.since is not None:
            query = query.where(InboxItem.created_at >= self.since)
        if self.until is not None:
            query = query.where(InboxItem.created_at < self.until)
        if self.awaiting_ack is not None:
            waiting = InboxItem.requires_ack.is_(True) & InboxItem.acknowledged_at.is_(None)
            query = query.where(waiting if self.awaiting_ack else ~waiting)
        return query


# One statement whatever the number of items, its shape fixed (parsed and prepared once, not
# a multi-row VALUES compiled for each batch size); the rule lists travel as space-separated
# text and the data as JSON text, since unnest flattens arrays of arrays.
ADD_ONCE = text(
    """
    INSERT INTO inbox_items (id, department, source_event_id, source_event_type,
        source_service, subject, title, sender, rule, rules, data, requires_ack)
    SELECT id, department, event_id, event_type, service, subject, title, sender,
        rules[1], rules, data::jsonb, requires_ack
    FROM (
        SELECT *, string_to_array(rule_list, ' ') AS rules
        FROM unnest(
            CAST(:ids AS uuid[]), CAST(:departments AS text[]), CAST(:event_ids AS uuid[]),
            CAST(:event_types AS text[]), CAST(:services AS text[]),
            CAST(:subjects AS text[]), CAST(:titles AS text[]), CAST(:senders AS text[]),
            CAST(:rule_lists AS text[]), CAST(:data AS text[]), CAST(:requires_ack AS boolean[])
        ) AS new(id, department, event_id, event_type, service, subject, title, sender,
            rule_list, data, requires_ack)
    ) AS rows
    ON CONFLICT ON CONSTRAINT uq_inbox_event_department DO NOTHING
    RETURNING id, source_event_id, department
    """
)


# The live stream reads `seq > position`, so a department's items must become visible in
# `seq` order: an item numbered 10 that commits after item 11 would be behind every stream
# that already read 11. The identity numbers rows as they are inserted, not as they commit;
# holding this lock from the numbering to the commit makes the two orders one. One key for
# all departments: a transaction may add items more than once (the ack timers) and a single
# lock cannot deadlock; nearly every batch reaches the supervision bureau anyway.
SEQ_ORDER_LOCK = zlib.crc32(b"inbox-items:seq-in-commit-order")
LOCK_SEQ_ORDER = text("SELECT pg_advisory_xact_lock(:key)")


async def add_once(session: AsyncSession, items: Sequence[NewItem]) -> list[DeliveredItem]:
    """Adds items unless their event already reached their department; gets the new ones.

    The transaction holds the stream's order lock until it ends (see SEQ_ORDER_LOCK).
    """
    await session.execute(LOCK_SEQ_ORDER, {"key": SEQ_ORDER_LOCK})
    result = await session.execute(
        ADD_ONCE,
        {
            "ids": [uuid.uuid4() for _ in items],
            "departments": [i.department for i in items],
            "event_ids": [i.source_event_id for i in items],
            "event_types": [i.source_event_type for i in items],
            "services": [i.source_service for i in items],
            "subjects": [i.subject for i in items],
            "titles": [i.title for i in items],
            "senders": [i.sender for i in items],
            "rule_lists": [" ".join(i.rules) for i in items],
            "data": [json.dumps(i.data, ensure_ascii=False) for i in items],
            "requires_ack": [i.requires_ack for i in items],
        },
    )
    added = {(event_id, department): item_id for item_id, event_id, department in result.all()}
    return [
        DeliveredItem(added[key], i)
        for i in items
        if (key := (i.source_event_id, i.department)) in added
    ]


async def get(session: AsyncSession, item_id: uuid.UUID) -> InboxItem | None:
    """Gets an item by id."""
    return await session.get(InboxItem, item_id)


async def page(
    session: AsyncSession,
    *,
    department: str,
    limit: int,
    after: tuple[datetime, uuid.UUID] | None = None,
    where: InboxFilter | None = None,
) -> Sequence[InboxItem]:
    """Lists a department's items, newest first, after a keyset position."""
    query = (where or InboxFilter()).apply(
        select(InboxItem).where(InboxItem.department == department)
    )
    if after is not None:
        query = query.where(tuple_(InboxItem.created_at, InboxItem.id) < tuple_(*after))
    query = query.order_by(InboxItem.created_at.desc(), InboxItem.id.desc()).limit(limit)
    return (await session.scalars(query)).all()


async def unread_count(session: AsyncSession, department: str) -> int:
    """Counts a department's unread items."""
    query = select(func.count()).where(
        InboxItem.department == department, InboxItem.read_at.is_(None)
    )
    return int(await session.scalar(query) or 0)


async def after_seq(
    session: AsyncSession, *, department: str, seq: int, limit: int
) -> Sequence[InboxItem]:
    """Lists a department's items delivered after a position of the live stream."""
    query = (
        select(InboxItem)
        .where(InboxItem.department == department, InboxItem.seq > seq)
        .order_by(InboxItem.seq)
        .limit(limit)
    )
    return (await session.scalars(query)).all()


async def last_seq(session: AsyncSession, department: str) -> int:
    """Gets the stream position of a department's latest item (0 when empty)."""
    query = select(func.max(InboxItem.seq)).where(InboxItem.department == department)
    return int(await session.scalar(query) or 0)


async def awaiting_ack(
    session: AsyncSession, *, reminded: bool, delivered_before: datetime, limit: int
) -> Sequence[InboxItem]:
    """Lists unacknowledged, unescalated items (reminded or not) delivered before a time."""
    query = (
        select(InboxItem)
        .where(
            InboxItem.requires_ack.is_(True),
            InboxItem.acknowledged_at.is_(None),
            InboxItem.escalated_at.is_(None),
            InboxItem.reminded_at.isnot(None) if reminded else InboxItem.reminded_at.is_(None),
            InboxItem.created_at < delivered_before,
        )
        .order_by(InboxItem.created_at, InboxItem.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()
