"""Registering incidents with their proposed initial decisions, and their review (R12)."""

import uuid
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import calendar_copy
from services.referrals.incidents import repository
from services.referrals.incidents.models import Incident, IncidentOfficial
from services.referrals.incidents.rules import (
    Circulator,
    circulation_due,
    circulator,
    decider,
    explanation_due,
    initial_decision_due,
    initial_sanction,
    is_reviewed,
)
from services.referrals.incidents.schemas import IncidentCreate, IncidentRead, OfficialRead
from shared.auth import Principal
from shared.errors import Conflict, NotFound, invalid_field
from shared.workdays import flag_provisional, local_date


async def register(
    session: AsyncSession, *, principal: Principal, body: IncidentCreate, now: datetime
) -> Incident:
    """Registers an incident; proposes the table's initial forms due 24 hours after the meeting."""
    if body.occurred_at > now:
        raise invalid_field("the incident cannot be in the future", "occurred_at", kind="future")
    if body.on_site_meeting_at < body.occurred_at:
        raise invalid_field("the on-site meeting cannot precede the incident", "on_site_meeting_at")
    if body.on_site_meeting_at > now:
        # The incident is registered after the on-site meeting: a later one did not happen yet.
        raise invalid_field(
            "the on-site meeting cannot be in the future", "on_site_meeting_at", kind="future"
        )
    reviewed = is_reviewed(body.severity)
    calendar, occurred_on = await calendar_copy.current(session), local_date(body.occurred_at)
    explanation = explanation_due(occurred_on, calendar) if reviewed else None
    incident = Incident(
        id=uuid.uuid4(),
        title=body.title,
        severity=body.severity,
        district=body.district,
        occurred_at=body.occurred_at,
        on_site_meeting_at=body.on_site_meeting_at,
        decider=decider(body.severity),
        initial_decision_due=initial_decision_due(body.on_site_meeting_at),
        department_head_involved=body.department_head_involved,
        circulator=circulator(body.department_head_involved) if reviewed else None,
        explanation_due=explanation,
        explanation_due_provisional=explanation is not None
        and flag_provisional(calendar, occurred_on, explanation),
        registered_by=principal.department,
        registered_at=now,
    )
    officials = [
        IncidentOfficial(
            position=index,
            role=o.role,
            name=o.name,
            post=o.post,
            unit=o.unit,
            proposed_sanction=initial_sanction(body.severity, o.role),
        )
        for index, o in enumerate(body.officials)
    ]
    return await repository.add(session, incident, officials)


async def view(session: AsyncSession, incident: Incident) -> IncidentRead:
    """Builds the response of an incident with its officials and escalations."""
    read = IncidentRead.model_validate(incident)
    officials = await repository.officials(session, incident.id)
    read.officials = [OfficialRead.model_validate(o) for o in officials]
    read.escalated = await repository.escalated(session, incident.id)
    return read


async def readable(session: AsyncSession, incident_id: uuid.UUID) -> Incident:
    """Gets an incident (the route lets SUPERVISION and PERSONNEL read it)."""
    incident = await repository.get(session, incident_id)
    if incident is None:
        raise NotFound(f"no incident {incident_id}")
    return incident


async def _reviewed(session: AsyncSession, incident_id: uuid.UUID) -> Incident:
    incident = await repository.get(session, incident_id, lock=True)
    if incident is None:
        raise NotFound(f"no incident {incident_id}")
    if incident.circulator is None:
        raise Conflict("only a major incident is reviewed (R12)")
    return incident


async def explain(session: AsyncSession, incident_id: uuid.UUID, now: datetime) -> Incident:
    """Records that the responsible department explained to its superior (R12)."""
    incident = await _reviewed(session, incident_id)
    if incident.explained_at is not None:
        raise Conflict("the explanation was already recorded")
    incident.explained_at = now
    return incident


async def conclude(
    session: AsyncSession, *, incident_id: uuid.UUID, concluded_on: date, now: datetime
) -> Incident:
    """Records the end of the investigation; circulation is due within 3 months (R12)."""
    incident = await _reviewed(session, incident_id)
    if incident.investigation_concluded_on is not None:
        raise Conflict("the investigation's conclusion was already recorded")
    if concluded_on < local_date(incident.occurred_at):
        raise invalid_field("the investigation cannot conclude before the incident", "concluded_on")
    if concluded_on > local_date(now):
        raise invalid_field(
            "the investigation cannot conclude in the future", "concluded_on", kind="future"
        )
    incident.investigation_concluded_on = concluded_on
    incident.circulation_due = circulation_due(concluded_on)
    return incident


async def circulate(
    session: AsyncSession,
    *,
    incident_id: uuid.UUID,
    by: Circulator,
    now: datetime,
) -> Incident:
    """Records the circulation of the result, by the government when the head is involved."""
    incident = await _reviewed(session, incident_id)
    if incident.investigation_concluded_on is None:
        raise Conflict("the investigation has not concluded yet")
    if incident.circulated_at is not None:
        raise Conflict("the result was already circulated")
    if by != incident.circulator:
        raise invalid_field(f"the result is circulated by the {incident.circulator} (R12)", "by")
    incident.circulated_at = now
    return incident
