"""Queries on complaints, their complainants, the reads of them and their history."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Table, select, tuple_, union
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.models import Complainant, Complaint, IdentityRead, Step
from services.complaints.complaints.rules import Status
from shared import tail

# Rows written once are inserted through the tables: no unit of work, no ORM insert path.
COMPLAINTS: Table = Complaint.__table__  # type: ignore[assignment]
STEPS: Table = Step.__table__  # type: ignore[assignment]
COMPLAINANTS: Table = Complainant.__table__  # type: ignore[assignment]


async def add(session: AsyncSession, *rows: Complaint | Complainant | IdentityRead | Step) -> None:
    """Adds rows and flushes them."""
    session.add_all(rows)
    await session.flush()


async def add_received(
    session: AsyncSession, complaint: Complaint, step: Step, *, claim: bool
) -> None:
    """Inserts a new complaint and its receipt step with the request's other writes
    (shared/tail.py; the objects stay out of the session). `claim`: the complaint's
    idempotency key decides whether the request is new (tail.claimed tells).
    """
    values = {c.key: getattr(complaint, c.key) for c in COMPLAINTS.columns}
    await tail.insert(session, COMPLAINTS, values, claim="uq_complaint_idem" if claim else None)
    steps = {c.key: getattr(step, c.key) for c in STEPS.columns if c.key != "seq"}
    await tail.insert(session, STEPS, steps)


async def add_complainant(session: AsyncSession, person: Complainant) -> None:
    """Inserts a complaint's complainant with the request's other writes (shared/tail.py)."""
    await tail.insert(
        session, COMPLAINANTS, {c.key: getattr(person, c.key) for c in COMPLAINANTS.columns}
    )


async def get(
    session: AsyncSession, complaint_id: uuid.UUID, lock: bool = False
) -> Complaint | None:
    """Gets a complaint by id (optionally locked for update)."""
    query = select(Complaint).where(Complaint.id == complaint_id)
    if lock:
        query = query.with_for_update()
    return (await session.scalars(query)).first()


async def by_code(session: AsyncSession, code: str) -> Complaint | None:
    """Gets a complaint by tracking code."""
    return (await session.scalars(select(Complaint).where(Complaint.tracking_code == code))).first()


async def by_codes(session: AsyncSession, codes: Sequence[str]) -> Sequence[Complaint]:
    """Gets the complaints with these tracking codes."""
    return (
        await session.scalars(select(Complaint).where(Complaint.tracking_code.in_(codes)))
    ).all()


async def by_idempotency(session: AsyncSession, scope: str, key_hash: str) -> Complaint | None:
    """Gets the complaint a submission with this idempotency key created."""
    query = select(Complaint).where(
        Complaint.idempotency_scope == scope, Complaint.idempotency_key_hash == key_hash
    )
    return (await session.scalars(query)).first()


async def complainant(session: AsyncSession, complaint_id: uuid.UUID) -> Complainant | None:
    """Gets a complaint's complainant."""
    return await session.get(Complainant, complaint_id)


async def identity_reads(session: AsyncSession, complaint_id: uuid.UUID) -> Sequence[IdentityRead]:
    """Gets the reads of a complaint's identity, oldest first."""
    query = (
        select(IdentityRead)
        .where(IdentityRead.complaint_id == complaint_id)
        .order_by(IdentityRead.read_at, IdentityRead.id)
    )
    return (await session.scalars(query)).all()


async def steps(session: AsyncSession, complaint_id: uuid.UUID) -> Sequence[Step]:
    """Gets a complaint's history, oldest first."""
    query = select(Step).where(Step.complaint_id == complaint_id).order_by(Step.seq)
    return (await session.scalars(query)).all()


async def page(
    session: AsyncSession,
    *,
    visible_to: str | None,
    limit: int,
    after: tuple[datetime, uuid.UUID] | None,
    status: Status | None,
) -> Sequence[Complaint]:
    """Lists complaints newest first; `visible_to` limits them to one department's."""
    newest_first = (Complaint.received_at.desc(), Complaint.id.desc())

    def narrowed(query: Select[Any]) -> Select[Any]:
        if status is not None:
            query = query.where(Complaint.status == status)
        if after is not None:
            query = query.where(tuple_(Complaint.received_at, Complaint.id) < tuple_(*after))
        return query.order_by(*newest_first).limit(limit)

    if visible_to is None:
        return (await session.scalars(narrowed(select(Complaint)))).all()
    # A department sees what it handles, first received, forwarded or oversees. One
    # newest-first index per role, each read for at most `limit` rows, then merged: fast
    # however rare the department's complaints are among millions (an OR would scan the
    # shared index).
    parties = (
        Complaint.handling_department,
        Complaint.first_contact_department,
        Complaint.forwarded_by,
        Complaint.overseen_by,
    )
    ids = union(*(narrowed(select(Complaint.id).where(c == visible_to)) for c in parties))
    query = select(Complaint).where(Complaint.id.in_(ids.scalar_subquery()))
    return (await session.scalars(query.order_by(*newest_first).limit(limit))).all()
