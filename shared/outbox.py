"""Transactional outbox: events are rows written in the same transaction as the state change."""

import json
from collections.abc import Sequence
from typing import Any

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
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from shared import tail
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
        # One statement whatever the number of events, its shape fixed (parsed and prepared
        # once, not a multi-row VALUES compiled anew for each count); ordinality keeps the
        # identity order the order given. shared/tail.py puts it in a request's commit.
        self._add = text(self.insert(None))

    def insert(self, only_if: str | None) -> str:
        """Gets the INSERT of events; `only_if`: a condition on the statement's other rows."""
        where = f" WHERE {only_if}" if only_if else ""
        return (
            f"INSERT INTO {self.table.name} (event_id, topic, key, event_type, headers, payload) "
            "SELECT e, t, k, y, CAST(h AS jsonb), CAST(p AS jsonb) FROM unnest("
            "CAST(:ids AS uuid[]), CAST(:topics AS text[]), CAST(:keys AS text[]), "
            "CAST(:types AS text[]), CAST(:headers AS text[]), CAST(:payloads AS text[])"
            f") WITH ORDINALITY AS new(e, t, k, y, h, p, n){where} ORDER BY n"
        )

    async def add(self, session: AsyncSession, payload: EventPayload, subject: str) -> Envelope:
        """Adds an event to the session's transaction; published after commit by the relay."""
        return (await self.add_many(session, [(payload, subject)]))[0]

    async def add_many(
        self, session: AsyncSession, events: Sequence[tuple[EventPayload, str]]
    ) -> list[Envelope]:
        """Adds events (payload, subject) in one statement, published in this order.

        In a request's session they are staged and inserted as it commits (shared/tail.py).
        """
        rows = [
            (Envelope.wrap(self.source, payload, subject), payload.topic)
            for payload, subject in events
        ]
        staged = tail.stage(session)
        if staged is not None:
            staged.events += rows
        elif rows:
            await session.execute(self._add, self.params(rows))
        return [envelope for envelope, _ in rows]

    @staticmethod
    def params(rows: Sequence[tuple[Envelope, str]]) -> dict[str, list[Any]]:
        """Gets insert()'s parameters for events (envelope, topic), in their order."""
        return {
            "ids": [envelope.id for envelope, _ in rows],
            "topics": [topic for _, topic in rows],
            "keys": [envelope.subject for envelope, _ in rows],
            "types": [envelope.type for envelope, _ in rows],
            "headers": [envelope.model_dump_json(exclude={"data"}) for envelope, _ in rows],
            "payloads": [json.dumps(envelope.data) for envelope, _ in rows],
        }

    async def pending_count(self, session: AsyncSession) -> int:
        """Counts the events not yet published."""
        query = select(func.count()).select_from(self.table).where(self.table.c.sent_at.is_(None))
        return int((await session.execute(query)).scalar_one())
