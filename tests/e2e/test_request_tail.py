"""A request's rows written once, outbox events and audit entries are written as it commits, in
one statement (shared/tail.py): a rollback or a failing row leaves none of them, a commit
leaves all in the order they were added, in one transaction, chained. Sessions without a stage
(relay, consumers, jobs) write at once. On a database
of its own: PostgreSQL only."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any, ClassVar

import asyncpg
import pytest
import sqlalchemy as sa
from sqlalchemy import MetaData, event
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.ext.asyncio import AsyncEngine

from shared import tail
from shared.audit import AuditLog
from shared.auth import Principal
from shared.db import create_engine, create_session_factory
from shared.events import EventPayload
from shared.migrations import (
    create_audit_head,
    create_audit_pending,
    create_audit_table,
    create_shared_tables,
)
from shared.outbox import Outbox, outbox_table
from shared.settings import ServiceSettings
from shared.tail import Tail
from tests.support.stack import DATABASE, DB_SUFFIX, DSN, fresh_database

NAME = f"request_tail{DB_SUFFIX}"
OFFICER = Principal(
    subject="李四", department="SZ-FINANCE", roles=frozenset({"officer", "auditor"})
)
AT = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
_METADATA = MetaData()
OUTBOX, AUDIT = Outbox("tail", outbox_table(_METADATA)), AuditLog("tail", _METADATA)
NOTES = sa.Table(
    "notes",
    MetaData(),
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("body", JSONB, nullable=False),
    sa.Column("tags", ARRAY(sa.String(20)), nullable=False),
    sa.Column("state", sa.String(20), nullable=False, default="new"),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    sa.Column("key", sa.String(40), nullable=True),
    sa.UniqueConstraint("key", name="uq_notes_key"),
)


class Noted(EventPayload):
    """An event of this test."""

    event_type: ClassVar[str] = "tail.noted.v1"
    topic: ClassVar[str] = "tail"
    note: str


@pytest.fixture
async def engine() -> AsyncIterator[AsyncEngine]:
    """A fresh database with an outbox and an audit trail, created as the migrations do."""
    await fresh_database(NAME)
    engine = create_engine(ServiceSettings(database_url=f"{DATABASE}/{NAME}"))
    async with engine.begin() as conn:
        for create in (create_shared_tables, create_audit_table, create_audit_head):
            await conn.run_sync(create)
        await conn.run_sync(create_audit_pending)
        await conn.run_sync(NOTES.metadata.create_all)
    yield engine
    await engine.dispose()


def _statements(engine: AsyncEngine) -> list[str]:
    sent: list[str] = []

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _sent(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        sent.append(statement)

    return sent


async def _rows(engine: AsyncEngine, query: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(f"{DSN}/{NAME}")
    try:
        return list(await conn.fetch(query))
    finally:
        await conn.close()


async def test_a_requests_events_and_audit_entries_go_in_one_statement_as_it_commits(
    engine: AsyncEngine,
) -> None:
    sent = _statements(engine)
    async with create_session_factory(engine)() as session:
        Tail(OUTBOX, AUDIT).open(session)
        await tail.insert(session, NOTES, {"id": 1, "body": {"说明": "一"}, "tags": ["甲", "乙"]})
        await OUTBOX.add_many(session, [(Noted(note="一"), "a"), (Noted(note="二"), "b")])
        await AUDIT.append(
            session,
            principal=OFFICER,
            at=AT,
            action="noted",
            record=("note", "a"),
            detail={"说明": "第一条"},
        )
        await OUTBOX.add(session, Noted(note="三"), "c")
        await AUDIT.append(session, principal=None, at=AT, action="noted", record=("note", "c"))
        assert sent == []  # nothing is sent before the commit
        await session.commit()

    assert len(sent) == 1 and sent[0].startswith("WITH r0 AS (INSERT INTO notes")
    notes = await _rows(engine, "select body, tags, state, created_at from notes")
    assert [(n["body"], n["tags"], n["state"]) for n in notes] == [
        ('{"说明": "一"}', ["甲", "乙"], "new")
    ]
    assert notes[0]["created_at"] is not None  # the database's default fills what was left out
    one_transaction = (
        "select count(distinct x) from (select xmin::text as x from notes union all "
        "select xmin::text from outbox union all select xmin::text from audit_log) as rows"
    )
    assert (await _rows(engine, one_transaction))[0][0] == 1
    events = await _rows(engine, "select key, event_type, payload from outbox order by id")
    assert [(r["key"], r["event_type"]) for r in events] == [
        ("a", "tail.noted.v1"),
        ("b", "tail.noted.v1"),
        ("c", "tail.noted.v1"),
    ]
    assert '"note": "三"' in events[2]["payload"]
    entries = await _rows(engine, "select * from audit_log order by seq")
    assert [(e["seq"], e["subject"], e["roles"], e["record_id"]) for e in entries] == [
        (1, "李四", ["auditor", "officer"], "a"),
        (2, "public", [], "c"),
    ]
    assert await _rows(engine, "select * from audit_pending") == []
    async with create_session_factory(engine)() as session:
        checked, _, broken = await AUDIT.verify(session)
    assert (checked, broken) == (2, None)


async def test_a_rolled_back_request_leaves_neither_its_events_nor_its_audit_entries(
    engine: AsyncEngine,
) -> None:
    async with create_session_factory(engine)() as session:
        Tail(OUTBOX, AUDIT).open(session)
        await OUTBOX.add(session, Noted(note="撤回"), "dropped")
        await AUDIT.append(session, principal=OFFICER, at=AT, action="x", record=("note", "d"))
        await session.rollback()
        await OUTBOX.add(session, Noted(note="保留"), "kept")
        await session.commit()

    assert [r["key"] for r in await _rows(engine, "select key from outbox")] == ["kept"]
    assert await _rows(engine, "select * from audit_log") == []


async def test_a_session_without_a_stage_writes_at_once_and_its_savepoint_takes_them_back(
    engine: AsyncEngine,
) -> None:
    """The consumers' sessions: an event that fails in its savepoint leaves no row behind."""
    sent = _statements(engine)
    async with create_session_factory(engine)() as session, session.begin():
        await OUTBOX.add(session, Noted(note="立即"), "now")
        await AUDIT.append(session, principal=OFFICER, at=AT, action="x", record=("note", "n"))
        assert any(s.startswith("INSERT INTO outbox") for s in sent)
        assert any(s.startswith("INSERT INTO audit_pending") for s in sent)
        nested = await session.begin_nested()
        await OUTBOX.add(session, Noted(note="失败"), "failed")
        await nested.rollback()

    assert [r["key"] for r in await _rows(engine, "select key from outbox")] == ["now"]
    entries = await _rows(engine, "select roles, record_id from audit_log")
    assert [(e["roles"], e["record_id"]) for e in entries] == [(["auditor", "officer"], "n")]


async def test_a_staged_row_that_fails_takes_the_events_and_audit_entries_with_it(
    engine: AsyncEngine,
) -> None:
    """Nothing else ran in the request, so its one statement is the transaction: atomic."""
    factory = create_session_factory(engine)
    async with factory() as session:
        await tail.insert(session, NOTES, {"id": 7, "body": {}, "tags": []})  # at once
        await session.commit()
    async with factory() as session:
        Tail(OUTBOX, AUDIT).open(session)
        await tail.insert(session, NOTES, {"id": 7, "body": {}, "tags": []})  # taken
        await OUTBOX.add(session, Noted(note="不应发布"), "never")
        await AUDIT.append(session, principal=OFFICER, at=AT, action="x", record=("note", "7"))
        with pytest.raises(sa.exc.IntegrityError):
            await session.commit()

    assert await _rows(engine, "select * from outbox") == []
    assert await _rows(engine, "select * from audit_log") == []
    assert [n["id"] for n in await _rows(engine, "select id from notes")] == [7]


async def test_a_claim_that_yields_writes_nothing_of_its_request(engine: AsyncEngine) -> None:
    """The first row is an idempotency claim: a second request with its key writes nothing."""
    factory = create_session_factory(engine)
    won = []
    for note_id in (1, 2):
        async with factory() as session:
            Tail(OUTBOX, AUDIT).open(session)
            row: dict[str, Any] = {"id": note_id, "body": {}, "tags": [], "key": "同一个键"}
            await tail.insert(session, NOTES, row, claim="uq_notes_key")
            await tail.insert(session, NOTES, {"id": 10 + note_id, "body": {}, "tags": []})
            await OUTBOX.add(session, Noted(note=str(note_id)), f"n{note_id}")
            await AUDIT.append(session, principal=None, at=AT, action="x", record=("n", note_id))
            await session.commit()
            won.append(await tail.claimed(session))

    assert won == [True, False]
    assert [n["id"] for n in await _rows(engine, "select id from notes order by id")] == [1, 11]
    assert [r["key"] for r in await _rows(engine, "select key from outbox")] == ["n1"]
    assert [e["record_id"] for e in await _rows(engine, "select record_id from audit_log")] == ["1"]
