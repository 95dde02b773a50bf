"""The overdue check of major incident reviews (R12): a missed deadline escalates once."""

from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import directory, outbox
from services.referrals.events import IncidentReviewOverdue
from services.referrals.incidents.models import Incident, IncidentEscalation
from services.referrals.incidents.review import ReviewLimit
from shared.directory import FunctionalRole
from shared.workdays import local_date


def _missed(incident: Incident, today: date) -> list[tuple[ReviewLimit, date]]:
    missed: list[tuple[ReviewLimit, date]] = []
    if (
        incident.explained_at is None
        and incident.explanation_due
        and incident.explanation_due < today
    ):
        missed.append((ReviewLimit.EXPLANATION, incident.explanation_due))
    if (
        incident.circulated_at is None
        and incident.circulation_due
        and incident.circulation_due < today
    ):
        missed.append((ReviewLimit.CIRCULATION, incident.circulation_due))
    return missed


async def check_incidents(session: AsyncSession, now: datetime) -> int:
    """Escalates each missed review deadline once (failure calls for a public apology, R12)."""
    today = local_date(now)
    candidates = await session.scalars(
        select(Incident)
        .where(
            or_(
                (Incident.explained_at.is_(None)) & (Incident.explanation_due < today),
                (Incident.circulated_at.is_(None)) & (Incident.circulation_due < today),
            )
        )
        .order_by(Incident.seq)
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    supervision = await directory.codes_with_role(session, FunctionalRole.SUPERVISION)
    count = 0
    for incident in candidates.all():
        for limit, due in _missed(incident, today):
            marked = await session.execute(
                insert(IncidentEscalation)
                .values(incident_id=incident.id, limit=limit, due_date=due, escalated_at=now)
                .on_conflict_do_nothing()
                .returning(IncidentEscalation.incident_id)
            )
            if marked.first() is None:
                continue
            count += 1
            await outbox.add(
                session,
                IncidentReviewOverdue(
                    incident_id=incident.id,
                    title=incident.title,
                    severity=incident.severity,
                    limit=limit,
                    due_date=due,
                    circulator=incident.circulator,
                    addressees=supervision[:1],
                    escalated_at=now,
                ),
                subject=str(incident.id),
            )
    return count
