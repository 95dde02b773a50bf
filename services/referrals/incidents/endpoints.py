"""HTTP endpoints of incidents (001 art. 13–16) and their review (R12)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from services.referrals.incidents import service
from services.referrals.incidents.rules import READERS, RECORDERS
from services.referrals.incidents.schemas import (
    Circulation,
    Conclusion,
    IncidentCreate,
    IncidentRead,
)
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep

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
) -> IncidentRead:
    """Registers an incident, proposing the initial decisions (art. 13–16). Callers: SUPERVISION."""
    incident = await service.register(session, principal=principal, body=body, now=now)
    read = await service.view(session, incident)
    await session.commit()
    response.headers["Location"] = f"{router.prefix}/{incident.id}"
    return read


@router.get("/{incident_id}", response_model=IncidentRead)
async def read_incident(incident_id: uuid.UUID, session: SessionDep, _: Reader) -> IncidentRead:
    """Gets an incident. Callers: SUPERVISION, PERSONNEL."""
    return await service.view(session, await service.readable(session, incident_id))


@router.post("/{incident_id}/explanation", response_model=IncidentRead)
async def explained(
    incident_id: uuid.UUID, now: NowDep, session: SessionDep, _: Recorder
) -> IncidentRead:
    """Records the responsible department's explanation (R12). Callers: SUPERVISION."""
    incident = await service.explain(session, incident_id, now)
    read = await service.view(session, incident)
    await session.commit()
    return read


@router.post("/{incident_id}/investigation-conclusion", response_model=IncidentRead)
async def concluded(
    incident_id: uuid.UUID, body: Conclusion, session: SessionDep, now: NowDep, _: Recorder
) -> IncidentRead:
    """Records the investigation's end; circulation due in 3 months. Callers: SUPERVISION."""
    incident = await service.conclude(
        session, incident_id=incident_id, concluded_on=body.concluded_on, now=now
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
    _: Recorder,
) -> IncidentRead:
    """Records the circulation of the review's result (R12). Callers: SUPERVISION."""
    incident = await service.circulate(session, incident_id=incident_id, by=body.by, now=now)
    read = await service.view(session, incident)
    await session.commit()
    return read
