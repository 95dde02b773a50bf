"""The background steps of incidents: a missed review deadline escalates once (R12)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import outbox
from services.referrals.events import IncidentReviewOverdue
from services.referrals.incidents import repository
from services.referrals.incidents.models import IncidentEscalation
from services.referrals.incidents.rules import ReviewLimit, missed_limits
from services.referrals.incidents.schemas import IncidentDeadlineRun
from shared.marks import mark_once
from shared.workdays import local_date


async def incident_deadlines(session: AsyncSession, now: datetime) -> IncidentDeadlineRun:
    """Escalates each missed review deadline once (failure calls for a public apology, R12)."""
    today = local_date(now)
    candidates = await repository.overdue_candidates(session, today)
    count = 0
    for incident in candidates:
        missed = missed_limits(
            explanation_due=incident.explanation_due,
            explained=incident.explained_at is not None,
            circulation_due=incident.circulation_due,
            circulated=incident.circulated_at is not None,
            today=today,
        )
        for limit, due in missed:
            if not await mark_once(
                session,
                IncidentEscalation,
                incident_id=incident.id,
                limit=limit,
                due_date=due,
                escalated_at=now,
            ):
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
                    # Circulation is counted in calendar months: only the explanation depends
                    # on the working-day calendar.
                    due_date_provisional=limit == ReviewLimit.EXPLANATION
                    and incident.explanation_due_provisional,
                    circulator=incident.circulator,
                    escalated_at=now,
                ),
                subject=str(incident.id),
            )
    return IncidentDeadlineRun(checked_at=now, incident_escalations=count)
