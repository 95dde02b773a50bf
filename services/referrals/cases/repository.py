"""Queries on cases, escalations and decisions."""

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.models import AccountablePerson, Case, CaseEscalation, Decision
from shared import tail

CASES: Table = Case.__table__  # type: ignore[assignment]
# Through the table, built once: a row written once needs no ORM insert path, and SQLAlchemy
# reuses the statement's cache key and compiled form (the values are parameters).
INSERT_ONCE = (
    insert(CASES).on_conflict_do_nothing(constraint="uq_case_source").returning(CASES.c.id)
)


async def insert_once(session: AsyncSession, **values: object) -> uuid.UUID | None:
    """Inserts a case unless its source item already opened one; gets the new id or None."""
    result = await session.execute(INSERT_ONCE, {"id": uuid.uuid4(), **values})
    return result.scalar_one_or_none()


async def add(session: AsyncSession, **values: object) -> uuid.UUID:
    """Inserts a new case as the request commits (shared/tail.py); gets its id."""
    case_id = uuid.uuid4()
    await tail.insert(session, CASES, {"id": case_id, **values})
    return case_id


async def get(session: AsyncSession, case_id: uuid.UUID, lock: bool = False) -> Case | None:
    """Gets a case by id (locked for update when asked)."""
    query = select(Case).where(Case.id == case_id)
    if lock:
        query = query.with_for_update()
    return (await session.scalars(query)).one_or_none()


async def by_source(session: AsyncSession, source: str, source_id: uuid.UUID) -> Case | None:
    """Gets the case a source item opened."""
    query = select(Case).where(Case.source == source, Case.source_id == source_id)
    return (await session.scalars(query)).one_or_none()


async def page(
    session: AsyncSession,
    *,
    referring: str | None,
    status: str | None,
    source_id: uuid.UUID | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
    decided_only: bool = False,
    concerning: Sequence[str] = (),
) -> Sequence[Case]:
    """Gets a page of cases, oldest first, after a (opened_at, id) key.

    `referring` keeps one department's referrals, with the cases `concerning` these units.
    """
    query = select(Case).order_by(Case.opened_at, Case.id).limit(limit)
    if decided_only:
        query = query.where(select(Decision.id).where(Decision.case_id == Case.id).exists())
    if referring is not None:
        query = query.where(
            or_(Case.referring_department == referring, Case.concerned_department.in_(concerning))
        )
    if status is not None:
        query = query.where(Case.status == status)
    if source_id is not None:
        query = query.where(Case.source_id == source_id)
    if after is not None:
        at, row_id = after
        query = query.where(or_(Case.opened_at > at, and_(Case.opened_at == at, Case.id > row_id)))
    return (await session.scalars(query)).all()


async def escalated(session: AsyncSession, case_id: uuid.UUID) -> list[str]:
    """Gets the limits of a case that were escalated."""
    query = select(CaseEscalation.limit).where(CaseEscalation.case_id == case_id)
    return sorted((await session.scalars(query)).all())


async def overdue_candidates(
    session: AsyncSession, statuses: Sequence[str], today: date
) -> Sequence[Case]:
    """Gets the cases in a limited status whose due date has passed (locked, skip others')."""
    query = (
        select(Case)
        .where(Case.status.in_(statuses), Case.due_date < today)
        .order_by(Case.seq)
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()


async def decision(
    session: AsyncSession, case_id: uuid.UUID
) -> tuple[Decision, Sequence[AccountablePerson]] | None:
    """Gets the decision of a case with its persons in the order given."""
    found = (await session.scalars(select(Decision).where(Decision.case_id == case_id))).first()
    if found is None:
        return None
    persons = await session.scalars(
        select(AccountablePerson)
        .where(AccountablePerson.decision_id == found.id)
        .order_by(AccountablePerson.position)
    )
    return found, persons.all()


async def add_decision(
    session: AsyncSession, decision: Decision, persons: Sequence[AccountablePerson]
) -> Decision:
    """Adds a decision, then the persons it holds accountable (in the order given)."""
    session.add(decision)
    await session.flush()
    for person in persons:
        person.decision_id = decision.id
    session.add_all(persons)
    return decision
