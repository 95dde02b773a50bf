"""Transactional outbox: events are rows written in the same transaction as the state change."""

from collections.abc import Sequence

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Identity,
    Index,
    MetaData,
    String,
    Table,
    Uuid,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from shared.events import Envelope, EventPayload


def outbox_table(metadata: MetaData) -> Table:
    """Defines a service's outbox table in its own metadata."""
    return Table(
        "outbox",
        metadata,
        # The identity gives the publishing order.
        Column("id", BigInteger, Identity(), primary_key=True),
        Column("event_id", Uuid, nullable=False, unique=True),
        Column("topic", String(200), nullable=False),
        Column("key", String(200), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("headers", JSONB, nullable=False),
        Column("payload", JSONB, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Column("sent_at", DateTime(timezone=True)),
        Index("ix_outbox_pending", "id", postgresql_where=text("sent_at IS NULL")),
        Index("ix_outbox_sent_at", "sent_at"),
    )


class Outbox:
    """A service's outbox: adds events inside the caller's transaction."""

    def __init__(self, source: str, table: Table) -> None:
        self.source = source
        self.table = table
        # The channel the relay LISTENs on; a trigger on the outbox table NOTIFYs it at commit
        # (shared/migrations.py create_outbox_notify_trigger).
        self.channel = f"outbox_{source}"
        self._insert = insert(table)

    async def add(self, session: AsyncSession, payload: EventPayload, subject: str) -> Envelope:
        """Adds an event to the session's transaction; published after commit by the relay."""
        return (await self.add_many(session, [(payload, subject)]))[0]

    async def add_many(
        self, session: AsyncSession, events: Sequence[tuple[EventPayload, str]]
    ) -> list[Envelope]:
        """Adds events (payload, subject) in one statement, published in this order."""
        envelopes = [Envelope.wrap(self.source, payload, subject) for payload, subject in events]
        if envelopes:
            rows = [
                {
                    "event_id": envelope.id,
                    "topic": payload.topic,
                    "key": subject,
                    "event_type": envelope.type,
                    "headers": envelope.model_dump(mode="json", exclude={"data"}),
                    "payload": envelope.data,
                }
                for envelope, (payload, subject) in zip(envelopes, events, strict=True)
            ]
            # One statement built once (its compiled form is reused); several rows go as one
            # batch, their ids (the publishing order) given in this order.
            await session.execute(self._insert, rows)
        return envelopes

    async def pending_count(self, session: AsyncSession) -> int:
        """Counts the events not yet published."""
        query = select(func.count()).select_from(self.table).where(self.table.c.sent_at.is_(None))
        return int((await session.execute(query)).scalar_one())
