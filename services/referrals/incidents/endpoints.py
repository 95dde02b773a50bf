"""HTTP endpoints of incidents (001 art. 13–16) and their review (R12)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from services.referrals.config import SettingsDep
from services.referrals.incidents import service
from services.referrals.incidents.rules import READERS, RECORDERS
from services.referrals.incidents.schemas import (
    ApologyDecisionCreate,
    Circulation,
    Conclusion,
    DerelictionFinding,
    IncidentCreate,
    IncidentRead,
    InitialDecisionCreate,
    OnSiteMeeting,
)
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/incidents", tags=["incidents"])
Recorder = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*RECORDERS)))]
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=IncidentRead)
async def register(
    body: IncidentCreate,
    now: NowDep,
    session: SessionDep,
    principal: Recorder,
    response: Response,
    idempotency: IdempotencyDep,
) -> IncidentRead:
    """Registers an incident, proposing the initial decisions (art. 13–16). Callers: SUPERVISION."""
    incident = await service.register(session, principal=principal, body=body, now=now)
    read, location = await service.view(session, incident), f"{router.prefix}/{incident.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("/{incident_id}", response_model=IncidentRead)
async def read_incident(incident_id: uuid.UUID, session: SessionDep, _: Reader) -> IncidentRead:
    """Gets an incident. Callers: SUPERVISION, PERSONNEL."""
    return await service.view(session, await service.readable(session, incident_id))


@router.post("/{incident_id}/explanation", response_model=IncidentRead)
async def explained(
    incident_id: uuid.UUID, now: NowDep, session: SessionDep, principal: Recorder
) -> IncidentRead:
    """Records the responsible department's explanation (R12). Callers: SUPERVISION."""
    incident = await service.explain(session, principal=principal, incident_id=incident_id, now=now)
    read = await service.view(session, incident)
    await session.commit()
    return read


@router.post("/{incident_id}/investigation-conclusion", response_model=IncidentRead)
async def concluded(
    incident_id: uuid.UUID,
    body: Conclusion,
    session: SessionDep,
    now: NowDep,
    principal: Recorder,
) -> IncidentRead:
    """Records the investigation's end; circulation due in 3 months. Callers: SUPERVISION."""
    incident = await service.conclude(
        session,
        principal=principal,
        incident_id=incident_id,
        concluded_on=body.concluded_on,
        now=now,
    )
    read = await service.view(session, incident)
    await session.commit()
    return read


@router.post("/{incident_id}/circulation", response_model=IncidentRead)
async def circulated(
    incident_id: uuid.UUID,
    body: Circulation,
    now: NowDep,
    session: SessionDep,
    principal: Recorder,
) -> IncidentRead:
    """Records the circulation of the review's result (R12). Callers: SUPERVISION."""
    incident = await service.circulate(
        session, principal=principal, incident_id=incident_id, by=body.by, now=now
    )
    read = await service.view(session, incident)
    await session.commit()
    return read


@router.post("/{incident_id}/on-site-meeting", response_model=IncidentRead)
async def on_site_meeting(
    incident_id: uuid.UUID,
    body: OnSiteMeeting,
    now: NowDep,
    session: SessionDep,
    principal: Recorder,
) -> IncidentRead:
    """Records the on-site meeting the deciding level convened; 24 hours start. SUPERVISION."""
    incident = await service.record_meeting(
        session, principal=principal, incident_id=incident_id, body=body, now=now
    )
    read = await service.view(session, incident)
    await session.commit()
    return read


@router.post("/{incident_id}/initial-decision", response_model=IncidentRead)
async def initial_decision(
    incident_id: uuid.UUID,
    body: InitialDecisionCreate,
    now: NowDep,
    settings: SettingsDep,
    session: SessionDep,
    principal: Recorder,
    idempotency: IdempotencyDep,
) -> IncidentRead:
    """Records the table's proposals as the deciding level's decision. Callers: SUPERVISION."""
    incident = await service.decide_initial(
        session,
        principal=principal,
        incident_id=incident_id,
        body=body,
        limits=settings.case_limits(),
        now=now,
    )
    read = await service.view(session, incident)
    await idempotency.record(session, read)
    await session.commit()
    return read


@router.post("/{incident_id}/dereliction", response_model=IncidentRead)
async def dereliction(
    incident_id: uuid.UUID,
    body: DerelictionFinding,
    now: NowDep,
    session: SessionDep,
    principal: Recorder,
) -> IncidentRead:
    """Records a dereliction the review found; proposes the head's apology (R12). SUPERVISION."""
    incident = await service.find_dereliction(
        session, principal=principal, incident_id=incident_id, finding=body.finding, now=now
    )
    read = await service.view(session, incident)
    await session.commit()
    return read


@router.post("/{incident_id}/apology-decision", response_model=IncidentRead)
async def apology_decision(
    incident_id: uuid.UUID,
    body: ApologyDecisionCreate,
    now: NowDep,
    settings: SettingsDep,
    session: SessionDep,
    principal: Recorder,
    idempotency: IdempotencyDep,
) -> IncidentRead:
    """Records the deciding level's order of the head's public apology (R12). SUPERVISION."""
    incident = await service.decide_apology(
        session,
        principal=principal,
        incident_id=incident_id,
        body=body,
        limits=settings.case_limits(),
        now=now,
    )
    read = await service.view(session, incident)
    await idempotency.record(session, read)
    await session.commit()
    return read
