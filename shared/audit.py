"""The audit trail: every state change a person makes, hash-chained per service.

`append()` writes an entry in the caller's transaction: who (department, subject, roles),
when, what (action, record type and id, a small JSON detail) and
`hash = sha256(prev_hash || canonical entry)`. `verify()` walks the chain and names the
first entry that was edited, or the place where entries were deleted.

The chain is linked at commit, not at the append. The request inserts the entry into
`audit_pending` (UNLOGGED, no lock) with its canonical bytes around the seq it does not know
yet; a deferred constraint trigger (`audit_chain`, shared/migrations.py) runs as the
transaction commits: it moves the chain's head (`audit_head`, one row: the last seq and
hash), writes the entry into `audit_log` with the hash PostgreSQL computes, and deletes the
pending row, which therefore never outlives its transaction. The head's row lock orders the
appends as before, but it is taken inside COMMIT and held only until the commit's WAL flush,
not across the request's remaining round trips, so concurrent requests no longer queue
behind it. A rolled-back request leaves no entry; the service has one chain in commit order.
"""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Identity,
    Index,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from shared import tail
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.errors import invalid_field
from shared.schemas import ReadModel

GENESIS = "0" * 64
HEAD_ROW = 1  # the id of audit_head's one row


def audit_table(metadata: MetaData) -> Table:
    """Defines a service's audit_log table in its own metadata."""
    return Table(
        "audit_log",
        metadata,
        # Given under the lock, one more than the last: a gap is a deleted entry.
        Column("seq", BigInteger, primary_key=True, autoincrement=False),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("department", String(40), nullable=False),
        Column("subject", String(200), nullable=False),
        Column("roles", ARRAY(String(40)), nullable=False),
        Column("action", String(60), nullable=False),
        Column("record_type", String(40), nullable=False),
        Column("record_id", String(100), nullable=False),
        Column("detail", JSONB, nullable=False),
        Column("prev_hash", String(64), nullable=False),
        Column("hash", String(64), nullable=False),
        Index("ix_audit_log_record", "record_type", "record_id", "seq"),
    )


def audit_head_table(metadata: MetaData) -> Table:
    """Defines a service's audit_head table (one row: the chain's last seq and hash)."""
    return Table(
        "audit_head",
        metadata,
        Column("id", SmallInteger, primary_key=True, autoincrement=False),
        Column("seq", BigInteger, nullable=False),
        Column("prev_hash", String(64), nullable=False),
        Column("hash", String(64), nullable=False),
    )


def audit_pending_table(metadata: MetaData) -> Table:
    """Defines audit_pending: entries of transactions not yet committed, chained at commit."""
    return Table(
        "audit_pending",
        metadata,
        Column("id", BigInteger, Identity(), primary_key=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("department", String(40), nullable=False),
        Column("subject", String(200), nullable=False),
        Column("roles", ARRAY(String(40)), nullable=False),
        Column("action", String(60), nullable=False),
        Column("record_type", String(40), nullable=False),
        Column("record_id", String(100), nullable=False),
        Column("detail", JSONB, nullable=False),
        # The canonical entry is bytes_before + str(seq) + bytes_after (around_seq).
        Column("bytes_before", LargeBinary, nullable=False),
        Column("bytes_after", LargeBinary, nullable=False),
        prefixes=["UNLOGGED"],
    )


def canonical(entry: dict[str, Any]) -> bytes:
    """Gets the bytes an entry is hashed as: sorted keys, no spaces, UTC instant."""
    fields = {k: v for k, v in entry.items() if k not in ("prev_hash", "hash")}
    fields["at"] = fields["at"].astimezone(UTC).isoformat()
    fields["roles"] = sorted(fields["roles"])
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def around_seq(entry: dict[str, Any]) -> tuple[bytes, bytes]:
    """Gets the canonical bytes of an entry before and after its seq (not yet known).

    `canonical` sorts the keys, and `seq` comes last but for `subject`: the canonical entry
    is `before + str(seq) + after`, so the database can hash it once it has given the seq.
    """
    head = canonical({k: v for k, v in entry.items() if k not in ("seq", "subject")})
    subject = json.dumps(entry["subject"], ensure_ascii=False)
    return head[:-1] + b',"seq":', f',"subject":{subject}}}'.encode()


def chain_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    """Gets an entry's hash: sha256 of the previous hash's bytes and the canonical entry."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical(entry)).hexdigest()


@dataclass(frozen=True)
class Broken:
    """The first entry the chain does not vouch for, and why."""

    seq: int
    reason: str


class AuditLog:
    """A service's audit trail."""

    def __init__(self, source: str, metadata: MetaData) -> None:
        self.source = source
        self.table = audit_table(metadata)
        audit_head_table(metadata)  # in the service's metadata; only the trigger writes it
        self.pending = audit_pending_table(metadata)
        self._append = text(self.insert(None))

    def insert(self, only_if: str | None) -> str:
        """Gets the INSERT of pending entries; `only_if`: a condition on the statement's rows.

        One statement of fixed shape whatever the number of entries (as the outbox's);
        shared/tail.py puts it in a request's commit. Roles go as JSON: unnest flattens a
        two-dimensional array.
        """
        where = f" WHERE {only_if}" if only_if else ""
        return (
            f"INSERT INTO {self.pending.name} (at, department, subject, roles, action, "
            "record_type, record_id, detail, bytes_before, bytes_after) "
            "SELECT t, d, s, CAST(ARRAY(SELECT jsonb_array_elements_text(CAST(r AS jsonb))) "
            "AS varchar[]), a, rt, ri, CAST(x AS jsonb), b, f FROM unnest("
            "CAST(:audit_at AS timestamptz[]), CAST(:audit_departments AS text[]), "
            "CAST(:audit_subjects AS text[]), CAST(:audit_roles AS text[]), "
            "CAST(:audit_actions AS text[]), CAST(:audit_record_types AS text[]), "
            "CAST(:audit_record_ids AS text[]), CAST(:audit_details AS text[]), "
            "CAST(:audit_before AS bytea[]), CAST(:audit_after AS bytea[])"
            f") WITH ORDINALITY AS new(t, d, s, r, a, rt, ri, x, b, f, n){where} ORDER BY n"
        )

    async def append(
        self,
        session: AsyncSession,
        *,
        principal: Principal | None,
        at: datetime,
        action: str,
        record: tuple[str, object],
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Appends an entry in the caller's transaction (principal None: the public, no token)."""
        await self.append_many(session, principal=principal, at=at, acts=[(action, record, detail)])

    async def append_many(
        self,
        session: AsyncSession,
        *,
        principal: Principal | None,
        at: datetime,
        acts: Sequence[tuple[str, tuple[str, object], dict[str, Any] | None]],
    ) -> None:
        """Appends several entries (action, record, detail) of one request, in that order.

        One INSERT of pending rows (in a request's session, staged and inserted as it commits:
        shared/tail.py); the database chains them as the transaction commits.
        """
        entries = []
        for action, record, detail in acts:
            entry = {
                "at": at,
                "department": principal.department if principal else "-",
                "subject": principal.subject if principal else "public",
                "roles": sorted(principal.roles) if principal else [],
                "action": action,
                "record_type": record[0],
                "record_id": str(record[1]),
                "detail": detail or {},
            }
            entries.append((entry, *around_seq(entry)))
        staged = tail.stage(session)
        if staged is not None:
            staged.entries += entries
        elif entries:
            await session.execute(self._append, self.params(entries))

    @staticmethod
    def params(entries: Sequence[tuple[dict[str, Any], bytes, bytes]]) -> dict[str, list[Any]]:
        """Gets insert()'s parameters for entries (entry, bytes before, bytes after)."""
        return {
            "audit_at": [e["at"] for e, _, _ in entries],
            "audit_departments": [e["department"] for e, _, _ in entries],
            "audit_subjects": [e["subject"] for e, _, _ in entries],
            "audit_roles": [json.dumps(e["roles"]) for e, _, _ in entries],
            "audit_actions": [e["action"] for e, _, _ in entries],
            "audit_record_types": [e["record_type"] for e, _, _ in entries],
            "audit_record_ids": [e["record_id"] for e, _, _ in entries],
            "audit_details": [json.dumps(e["detail"]) for e, _, _ in entries],
            "audit_before": [before for _, before, _ in entries],
            "audit_after": [after for _, _, after in entries],
        }

    async def page(
        self,
        session: AsyncSession,
        *,
        record_type: str | None,
        record_id: str | None,
        after: int,
        limit: int,
    ) -> Sequence[dict[str, Any]]:
        """Gets entries after a sequence number, oldest first, optionally for one record."""
        query = select(self.table).where(self.table.c.seq > after)
        if record_type is not None:
            query = query.where(self.table.c.record_type == record_type)
        if record_id is not None:
            query = query.where(self.table.c.record_id == record_id)
        rows = await session.execute(query.order_by(self.table.c.seq).limit(limit))
        return [dict(row._mapping) for row in rows]

    async def verify(
        self, session: AsyncSession, batch: int = 1000
    ) -> tuple[int, str, Broken | None]:
        """Walks the chain: (entries checked, head hash, the first broken entry or None)."""
        prev_seq, prev_hash, count = 0, GENESIS, 0
        while True:
            rows = await session.execute(
                select(self.table)
                .where(self.table.c.seq > prev_seq)
                .order_by(self.table.c.seq)
                .limit(batch)
            )
            entries = [dict(row._mapping) for row in rows]
            for entry in entries:
                broken = _check(entry, prev_seq, prev_hash)
                if broken is not None:
                    return count, prev_hash, broken
                prev_seq, prev_hash, count = entry["seq"], entry["hash"], count + 1
            if len(entries) < batch:
                return count, prev_hash, None

    async def count(self, session: AsyncSession) -> int:
        """Counts the entries."""
        return int(
            (await session.execute(select(func.count()).select_from(self.table))).scalar_one()
        )


def _check(entry: dict[str, Any], prev_seq: int, prev_hash: str) -> Broken | None:
    seq = entry["seq"]
    if seq != prev_seq + 1:
        return Broken(seq, f"entries {prev_seq + 1}..{seq - 1} are missing (deleted)")
    if entry["prev_hash"] != prev_hash:
        return Broken(seq, "its prev_hash is not the hash of the entry before (edited or deleted)")
    if chain_hash(prev_hash, entry) != entry["hash"]:
        return Broken(seq, "its content does not match its hash (edited)")
    return None


class AuditEntryRead(ReadModel):
    """One entry of the audit trail."""

    seq: int
    at: datetime
    department: str
    subject: str
    roles: list[str]
    action: str
    record_type: str
    record_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


class AuditPage(BaseModel):
    """Entries oldest first; pass next_cursor back for the following page."""

    items: list[AuditEntryRead]
    next_cursor: str | None


class AuditVerdict(BaseModel):
    """What verify found: the entries it checked, the head hash, the first broken entry."""

    ok: bool
    entries: int = Field(description="entries checked before the first broken one (all if ok)")
    head_hash: str = Field(description="the hash of the last good entry: record it elsewhere")
    broken_seq: int | None = None
    reason: str | None = None


def verdict(checked: tuple[int, str, Broken | None]) -> AuditVerdict:
    """Builds the answer of a verification."""
    count, head, broken = checked
    return AuditVerdict(
        ok=broken is None,
        entries=count,
        head_hash=head,
        broken_seq=broken.seq if broken else None,
        reason=broken.reason if broken else None,
    )


def _after(cursor: str | None) -> int:
    if cursor is None:
        return 0
    if not (cursor.isascii() and cursor.isdigit()) or len(cursor) > 18:
        raise invalid_field("the cursor is not one this API issued", "cursor", where="query")
    return int(cursor)


def audit_router(log: AuditLog) -> APIRouter:
    """Builds GET /audit (entries, by record) and GET /audit/verify for operators."""
    router = APIRouter(prefix="/audit", tags=["audit"])
    Operator = Annotated[Principal, Depends(authorize(Role.OPERATOR))]

    @router.get("", response_model=AuditPage)
    async def list_audit(
        session: SessionDep,
        _: Operator,
        record_type: Annotated[str | None, Query(max_length=40)] = None,
        record_id: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        cursor: Annotated[str | None, Query(max_length=20)] = None,
    ) -> AuditPage:
        """Lists the audit trail oldest first, optionally of one record. Callers: operators."""
        rows = await log.page(
            session,
            record_type=record_type,
            record_id=record_id,
            after=_after(cursor),
            limit=limit + 1,
        )
        items = [AuditEntryRead.model_validate(row) for row in rows[:limit]]
        more = len(rows) > limit
        return AuditPage(items=items, next_cursor=str(items[-1].seq) if more else None)

    @router.get("/verify", response_model=AuditVerdict)
    async def verify_audit(session: SessionDep, _: Operator) -> AuditVerdict:
        """Checks the whole chain; names the first entry edited or deleted. Callers: operators."""
        return verdict(await log.verify(session))

    return router
