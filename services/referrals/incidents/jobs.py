"""The background steps of incidents: missed initial decisions (art. 13) and review deadlines
(R12) escalate once; a review not explained in time proposes the head's public apology."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import outbox
from services.referrals.events import IncidentDecisionOverdue, IncidentReviewOverdue
from services.referrals.incidents import repository
from services.referrals.incidents import service as incident_service
from services.referrals.incidents.models import Incident, IncidentEscalation
from services.referrals.incidents.rules import (
    ApologyReason,
    ReviewLimit,
    initial_decision_missed,
    missed_limits,
)
from services.referrals.incidents.schemas import IncidentDeadlineRun
from shared.marks import mark_once
from shared.workdays import local_date


async def incident_deadlines(session: AsyncSession, now: datetime) -> IncidentDeadlineRun:
    """Escalates each missed deadline once; a missed explanation proposes the apology (R12)."""
    today = local_date(now)
    candidates = await repository.overdue_candidates(session, today, now)
    count = 0
    for incident in candidates:
        count += await _initial_decision(session, incident, now)
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
            if limit == ReviewLimit.EXPLANATION and incident.apology_proposed_at is None:
                await incident_service.propose_apology(
                    session,
                    incident,
                    reason=ApologyReason.EXPLANATION_MISSED,
                    finding=None,
                    now=now,
                )
    return IncidentDeadlineRun(checked_at=now, incident_escalations=count)


async def _initial_decision(session: AsyncSession, incident: Incident, now: datetime) -> int:
    """Escalates the initial decisions once when 24 hours passed without them (art. 13)."""
    due = incident.initial_decision_due
    if due is None or not initial_decision_missed(
        due, incident.initial_decision_case is not None, now
    ):
        return 0
    if not await mark_once(
        session,
        IncidentEscalation,
        incident_id=incident.id,
        limit=ReviewLimit.INITIAL_DECISION,
        due_date=local_date(due),
        escalated_at=now,
    ):
        return 0
    assert incident.on_site_meeting_at is not None  # the 24 hours start at the meeting
    await outbox.add(
        session,
        IncidentDecisionOverdue(
            incident_id=incident.id,
            title=incident.title,
            severity=incident.severity,
            decider=incident.decider,
            on_site_meeting_at=incident.on_site_meeting_at,
            initial_decision_due=due,
            escalated_at=now,
        ),
        subject=str(incident.id),
    )
    return 1
