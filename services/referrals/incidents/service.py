"""Registering incidents with their proposed initial decisions, and their review (R12)."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases import service as case_service
from services.referrals.cases.rules import CaseLimits, CaseSource
from services.referrals.cases.schemas import DecisionCreate, PersonIn
from services.referrals.database import audit, calendar_copy, outbox
from services.referrals.events import ApologyProposed
from services.referrals.incidents import repository
from services.referrals.incidents.models import Incident, IncidentOfficial
from services.referrals.incidents.rules import (
    APOLOGY_BASIS,
    INITIAL_DECISION_BASIS,
    ROLE_LEVEL,
    ROLE_TIER,
    ApologyReason,
    Circulator,
    IncidentKind,
    OfficialRole,
    circulation_due,
    circulator,
    decider,
    explanation_due,
    initial_decision_due,
    initial_sanction,
    is_reviewed,
    is_serious_form,
)
from services.referrals.incidents.schemas import (
    ApologyDecisionCreate,
    IncidentCreate,
    IncidentRead,
    InitialDecisionCreate,
    OfficialRead,
    OnSiteMeeting,
)
from services.referrals.sanctions.rules import Sanction, sanction_problems
from shared.auth import Principal
from shared.errors import Conflict, InvalidInput, NotFound, invalid_field
from shared.workdays import flag_provisional, local_date


async def register(
    session: AsyncSession, *, principal: Principal, body: IncidentCreate, now: datetime
) -> Incident:
    """Registers an incident; proposes the table's initial forms due 24 hours after the meeting."""
    if body.occurred_at > now:
        raise invalid_field("the incident cannot be in the future", "occurred_at", kind="future")
    meeting = body.on_site_meeting_at
    if meeting is not None:
        _check_meeting(meeting, body.occurred_at, now, "on_site_meeting_at")
    on_clock = body.kind == IncidentKind.ACCIDENT
    reviewed = is_reviewed(body.severity)
    calendar, occurred_on = await calendar_copy.current(session), local_date(body.occurred_at)
    explanation = explanation_due(occurred_on, calendar) if reviewed else None
    incident = Incident(
        id=uuid.uuid4(),
        title=body.title,
        kind=body.kind,
        severity=body.severity,
        district=body.district,
        occurred_at=body.occurred_at,
        on_site_meeting_at=meeting,
        decider=decider(body.severity),
        initial_decision_due=initial_decision_due(meeting) if meeting and on_clock else None,
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
            proposed_sanction=initial_sanction(body.kind, body.severity, o.role),
        )
        for index, o in enumerate(body.officials)
    ]
    added = await repository.add(session, incident, officials)
    await _audit(session, principal, added, "incident.registered", now, {"severity": body.severity})
    return added


def _check_meeting(held_at: datetime, occurred_at: datetime, now: datetime, field: str) -> None:
    if held_at < occurred_at:
        raise invalid_field("the on-site meeting cannot precede the incident", field)
    if held_at > now:
        # The meeting is recorded once it was held: a later one did not happen yet.
        raise invalid_field("the on-site meeting cannot be in the future", field, kind="future")


async def record_meeting(
    session: AsyncSession,
    *,
    principal: Principal,
    incident_id: uuid.UUID,
    body: OnSiteMeeting,
    now: datetime,
) -> Incident:
    """Records that the deciding level convened the on-site meeting; the 24 hours start."""
    incident = await _locked(session, incident_id)
    if incident.kind != IncidentKind.ACCIDENT:
        raise Conflict("only an accident has the on-site meeting of art. 13")
    if incident.on_site_meeting_at is not None:
        raise Conflict("the on-site meeting was already recorded")
    _check_meeting(body.held_at, incident.occurred_at, now, "held_at")
    if body.convened_by != incident.decider:
        raise invalid_field(
            f"the {incident.decider} convenes this meeting (art. 13)", "convened_by"
        )
    incident.on_site_meeting_at = body.held_at
    incident.initial_decision_due = initial_decision_due(body.held_at)
    await _audit(session, principal, incident, "incident.on_site_meeting_recorded", now)
    return incident


async def decide_initial(
    session: AsyncSession,
    *,
    principal: Principal,
    incident_id: uuid.UUID,
    body: InitialDecisionCreate,
    limits: CaseLimits,
    now: datetime,
) -> Incident:
    """Turns the table's proposals into the deciding level's decision, in one step."""
    incident = await _locked(session, incident_id)
    if incident.on_site_meeting_at is None:
        raise Conflict("the on-site meeting was not recorded: the decisions follow it (art. 13)")
    if incident.initial_decision_case is not None:
        raise Conflict("the initial decisions were already recorded")
    officials = await repository.officials(session, incident.id)
    proposed = [(o, Sanction(o.proposed_sanction)) for o in officials if o.proposed_sanction]
    if not proposed:
        raise Conflict("the table proposes no form for these officials")
    persons = [
        PersonIn(
            name=o.name,
            post=o.post,
            unit=o.unit,
            level=ROLE_LEVEL[OfficialRole(o.role)],
            tier=ROLE_TIER[OfficialRole(o.role)],
            sanctions=[form],
        )
        for o, form in proposed
    ]
    # Each official's form comes from the table; its weight (art. 10) is checked per person.
    errors = [
        {"loc": ["officials", index, "proposed_sanction"], "msg": problem, "type": "sanctions"}
        for index, p in enumerate(persons)
        for problem in sanction_problems(p.sanctions, is_serious_form(p.sanctions[0]))
    ]
    if errors:
        raise InvalidInput("the proposals may not be decided as listed (art. 10)", errors=errors)
    case = await case_service.open_decided(
        session,
        source=CaseSource.INCIDENT,
        source_id=incident.id,
        title=f"事故初步问责：{incident.title}",
        summary=f"{incident.severity} 事故现场会后 24 小时内初步问责（第十三条至第十六条）。",
        principal=principal,
        body=DecisionCreate(
            facts=body.facts,
            legal_basis=INITIAL_DECISION_BASIS,
            serious=any(is_serious_form(p.sanctions[0]) for p in persons),
            persons=persons,
        ),
        limits=limits,
        now=now,
    )
    incident.initial_decision_case = case.id
    return incident


async def find_dereliction(
    session: AsyncSession,
    *,
    principal: Principal,
    incident_id: uuid.UUID,
    finding: str,
    now: datetime,
) -> Incident:
    """Records a dereliction the review found; the head's public apology is proposed (R12)."""
    incident = await _reviewed(session, incident_id)
    await propose_apology(
        session, incident, reason=ApologyReason.DERELICTION_FOUND, finding=finding, now=now
    )
    await _audit(session, principal, incident, "incident.dereliction_found", now)
    return incident


async def propose_apology(
    session: AsyncSession,
    incident: Incident,
    *,
    reason: ApologyReason,
    finding: str | None,
    now: datetime,
) -> None:
    """Proposes the responsible head's public apology to the deciding level, once (R12)."""
    if incident.apology_proposed_at is not None:
        raise Conflict("the public apology was already proposed")
    incident.apology_reason, incident.apology_finding = reason, finding
    incident.apology_proposed_at = now
    await outbox.add(
        session,
        ApologyProposed(
            incident_id=incident.id,
            title=incident.title,
            kind=incident.kind,
            severity=incident.severity,
            decider=incident.decider,
            reason=reason,
            proposed_at=now,
        ),
        subject=str(incident.id),
    )


async def decide_apology(
    session: AsyncSession,
    *,
    principal: Principal,
    incident_id: uuid.UUID,
    body: ApologyDecisionCreate,
    limits: CaseLimits,
    now: datetime,
) -> Incident:
    """Turns the proposed apology into the deciding level's decision on the head (R12)."""
    incident = await _reviewed(session, incident_id)
    if incident.apology_proposed_at is None:
        raise Conflict("no public apology was proposed: the review has not failed (R12)")
    if incident.apology_case is not None:
        raise Conflict("the public apology was already decided")
    head = PersonIn(
        **body.head.model_dump(), department_head=True, sanctions=[Sanction.PUBLIC_APOLOGY]
    )
    case = await case_service.open_decided(
        session,
        source=CaseSource.INCIDENT_REVIEW,
        source_id=incident.id,
        title=f"责任检讨问责（责令公开道歉）：{incident.title}",
        summary=f"责任检讨未通过（{incident.apology_reason}），责令行政首长公开道歉（R12）。",
        principal=principal,
        body=DecisionCreate(
            facts=body.facts, legal_basis=APOLOGY_BASIS, serious=True, persons=[head]
        ),
        limits=limits,
        now=now,
    )
    incident.apology_case = case.id
    return incident


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


async def _locked(session: AsyncSession, incident_id: uuid.UUID) -> Incident:
    incident = await repository.get(session, incident_id, lock=True)
    if incident is None:
        raise NotFound(f"no incident {incident_id}")
    return incident


async def _reviewed(session: AsyncSession, incident_id: uuid.UUID) -> Incident:
    incident = await _locked(session, incident_id)
    if incident.circulator is None:
        raise Conflict("only a major incident is reviewed (R12)")
    return incident


async def explain(
    session: AsyncSession, *, principal: Principal, incident_id: uuid.UUID, now: datetime
) -> Incident:
    """Records that the responsible department explained to its superior (R12)."""
    incident = await _reviewed(session, incident_id)
    if incident.explained_at is not None:
        raise Conflict("the explanation was already recorded")
    incident.explained_at = now
    await _audit(session, principal, incident, "incident.explained", now)
    return incident


async def conclude(
    session: AsyncSession,
    *,
    principal: Principal,
    incident_id: uuid.UUID,
    concluded_on: date,
    now: datetime,
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
    await _audit(session, principal, incident, "incident.investigation_concluded", now)
    return incident


async def circulate(
    session: AsyncSession,
    *,
    principal: Principal,
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
    await _audit(session, principal, incident, "incident.circulated", now, {"by": by})
    return incident


async def _audit(
    session: AsyncSession,
    principal: Principal,
    incident: Incident,
    action: str,
    now: datetime,
    detail: dict[str, Any] | None = None,
) -> None:
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action=action,
        record=("incident", incident.id),
        detail=detail,
    )
