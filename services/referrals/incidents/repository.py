"""Queries on incidents, their officials and escalations."""

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.incidents.models import Incident, IncidentEscalation, IncidentOfficial


async def add(
    session: AsyncSession, incident: Incident, officials: Sequence[IncidentOfficial]
) -> Incident:
    """Adds an incident, then its officials (in the order given), and flushes them."""
    session.add(incident)
    await session.flush()
    for official in officials:
        official.incident_id = incident.id
    session.add_all(officials)
    await session.flush()
    return incident


async def get(session: AsyncSession, incident_id: uuid.UUID, lock: bool = False) -> Incident | None:
    """Gets an incident by id (locked for update when asked)."""
    return await session.get(Incident, incident_id, with_for_update=lock or None)


async def officials(session: AsyncSession, incident_id: uuid.UUID) -> Sequence[IncidentOfficial]:
    """Gets an incident's officials in the order given."""
    query = (
        select(IncidentOfficial)
        .where(IncidentOfficial.incident_id == incident_id)
        .order_by(IncidentOfficial.position)
    )
    return (await session.scalars(query)).all()


async def escalated(session: AsyncSession, incident_id: uuid.UUID) -> list[str]:
    """Gets the review deadlines of an incident that were escalated."""
    query = select(IncidentEscalation.limit).where(IncidentEscalation.incident_id == incident_id)
    return sorted((await session.scalars(query)).all())


async def overdue_candidates(
    session: AsyncSession, today: date, now: datetime
) -> Sequence[Incident]:
    """Gets the incidents with a deadline passed and not met (locked, skip others')."""
    query = (
        select(Incident)
        .where(
            or_(
                (Incident.initial_decision_case.is_(None)) & (Incident.initial_decision_due < now),
                (Incident.explained_at.is_(None)) & (Incident.explanation_due < today),
                (Incident.circulated_at.is_(None)) & (Incident.circulation_due < today),
            )
        )
        .order_by(Incident.seq)
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()
