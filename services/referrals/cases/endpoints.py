"""HTTP endpoints of cases at supervision, media leads, and the time-limit check."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from services.referrals.cases import service
from services.referrals.cases.deadlines import check_cases
from services.referrals.cases.rules import HANDLERS, Action, CaseStatus
from services.referrals.cases.schemas import (
    CaseRead,
    DecisionCreate,
    Feedback,
    MediaLeadCreate,
    OverdueRun,
    Rejection,
)
from services.referrals.incidents.deadlines import check_incidents
from shared.access import Holds, When, all_of, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.directory import FunctionalRole
from shared.pagination import Page

router = APIRouter(prefix="/cases", tags=["cases"])
admin_router = APIRouter(prefix="/admin", tags=["administration"])
REFERRER = "the case's referring department"
DECIDED = "the case is decided"
Officer = Annotated[Principal, Depends(authorize(Role.OFFICER))]
Handler = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*HANDLERS)))]
Reader = Annotated[
    Principal,
    Depends(
        authorize(
            Role.OFFICER,
            condition=any_of(
                has_role(*HANDLERS),
                Holds(REFERRER),
                all_of(has_role(FunctionalRole.PERSONNEL), When(DECIDED)),
            ),
        )
    ),
]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@router.get("", response_model=Page[CaseRead])
async def list_cases(
    session: SessionDep,
    principal: Officer,
    status: CaseStatus | None = None,
    source_id: Annotated[uuid.UUID | None, Query(description="the report or referral")] = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[CaseRead]:
    """Lists cases. Callers: SUPERVISION (all), PERSONNEL (decided), others (their referrals)."""
    return await service.list_cases(session, principal, status, source_id, cursor, limit)


@router.post("/media-leads", status_code=status.HTTP_201_CREATED, response_model=CaseRead)
async def open_media_lead(
    body: MediaLeadCreate,
    request: Request,
    session: SessionDep,
    principal: Handler,
    response: Response,
) -> CaseRead:
    """Opens a case on a media lead (R9). Callers: SUPERVISION."""
    case = await service.open_media_lead(session, principal, body, request.app.state.clock.now())
    read = await service.view(session, case)
    await session.commit()
    response.headers["Location"] = f"{router.prefix}/{case.id}"
    return read


@router.get("/{case_id}", response_model=CaseRead)
async def read_case(case_id: uuid.UUID, session: SessionDep, principal: Reader) -> CaseRead:
    """Gets a case. Callers: SUPERVISION, the referring department, PERSONNEL once decided."""
    return await service.view(session, await service.readable(session, principal, case_id))


async def _step(
    request: Request, session: SessionDep, principal: Principal, case_id: uuid.UUID, action: Action
) -> CaseRead:
    now = request.app.state.clock.now()
    case = await service.transition(session, principal, case_id, action, now)
    read = await service.view(session, case)
    await session.commit()
    return read


@router.post("/{case_id}/accept", response_model=CaseRead)
async def accept(
    case_id: uuid.UUID, request: Request, session: SessionDep, principal: Handler
) -> CaseRead:
    """Accepts a received case; the investigation limit starts. Callers: SUPERVISION."""
    return await _step(request, session, principal, case_id, Action.ACCEPT)


@router.post("/{case_id}/investigate", response_model=CaseRead)
async def investigate(
    case_id: uuid.UUID, request: Request, session: SessionDep, principal: Handler
) -> CaseRead:
    """Starts investigating an accepted case. Callers: SUPERVISION."""
    return await _step(request, session, principal, case_id, Action.INVESTIGATE)


@router.post("/{case_id}/close", response_model=CaseRead)
async def close(
    case_id: uuid.UUID, request: Request, session: SessionDep, principal: Handler
) -> CaseRead:
    """Closes a case that was fed back or rejected. Callers: SUPERVISION."""
    return await _step(request, session, principal, case_id, Action.CLOSE)


@router.post("/{case_id}/reject", response_model=CaseRead)
async def reject(
    case_id: uuid.UUID, body: Rejection, request: Request, session: SessionDep, principal: Handler
) -> CaseRead:
    """Rejects a received case with a reason fed back to the referrer. Callers: SUPERVISION."""
    now = request.app.state.clock.now()
    case = await service.reject(session, principal, case_id, body.reason, now)
    read = await service.view(session, case)
    await session.commit()
    return read


@router.post("/{case_id}/decision", response_model=CaseRead)
async def decide(
    case_id: uuid.UUID,
    body: DecisionCreate,
    request: Request,
    session: SessionDep,
    principal: Handler,
) -> CaseRead:
    """Decides a case under investigation (R5: referrer, PERSONNEL). Callers: SUPERVISION."""
    now = request.app.state.clock.now()
    case = await service.decide(session, principal, case_id, body, now)
    read = await service.view(session, case)
    await session.commit()
    return read


@router.post("/{case_id}/feedback", response_model=CaseRead)
async def feedback(
    case_id: uuid.UUID, body: Feedback, request: Request, session: SessionDep, principal: Handler
) -> CaseRead:
    """Records the feedback letter to the referring department. Callers: SUPERVISION."""
    now = request.app.state.clock.now()
    case = await service.send_feedback(session, principal, case_id, body.note, now)
    read = await service.view(session, case)
    await session.commit()
    return read


@admin_router.post("/overdue-checks", response_model=OverdueRun)
async def run_overdue_check(request: Request, session: SessionDep, _: Admin) -> OverdueRun:
    """Runs the time-limit check of cases and incident reviews now. Callers: administrators."""
    now = request.app.state.clock.now()
    run = OverdueRun(
        checked_at=now,
        case_escalations=await check_cases(session, now),
        incident_escalations=await check_incidents(session, now),
    )
    await session.commit()
    return run
