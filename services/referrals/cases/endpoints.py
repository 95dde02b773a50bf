"""HTTP endpoints of cases at supervision, media leads, and the time-limit check."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from services.referrals.cases import jobs, service
from services.referrals.cases.rules import HANDLERS, Action, CaseStatus
from services.referrals.cases.schemas import (
    CaseRead,
    DecisionCreate,
    Feedback,
    MediaLeadCreate,
    OverdueRun,
    Rejection,
)
from services.referrals.config import SettingsDep
from services.referrals.district_reports import jobs as district_report_jobs
from services.referrals.incidents import jobs as incident_jobs
from services.referrals.legal_outcomes import jobs as legal_outcome_jobs
from shared.access import Holds, When, all_of, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole
from shared.idempotency import IdempotencyDep
from shared.pagination import Page

router = APIRouter(prefix="/cases", tags=["cases"])
admin_router = APIRouter(prefix="/admin", tags=["administration"])
REFERRER = "the case's referring department"
DECIDED = "the case is decided"
# No department judges itself: who accepts, decides and closes a case.
JUDGE = (
    "the case's judge (SUPERVISION; for a case concerning supervision or a unit above it, "
    "the body REFERRALS_CONFLICT_BODY names), never a unit inside the department concerned"
)
Officer = Annotated[Principal, Depends(authorize(Role.OFFICER))]
Handler = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*HANDLERS)))]
Reader = Annotated[
    Principal,
    Depends(
        authorize(
            Role.OFFICER,
            condition=any_of(
                has_role(*HANDLERS),
                Holds(JUDGE),
                Holds(REFERRER),
                all_of(has_role(FunctionalRole.PERSONNEL), When(DECIDED)),
            ),
        )
    ),
]
Judge = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Holds(JUDGE)))]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@router.get("", response_model=Page[CaseRead])
async def list_cases(
    session: SessionDep,
    settings: SettingsDep,
    principal: Officer,
    status: CaseStatus | None = None,
    source_id: Annotated[uuid.UUID | None, Query(description="the report or referral")] = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[CaseRead]:
    """Lists cases. Callers: SUPERVISION (all), PERSONNEL (decided), others (their referrals)."""
    return await service.list_cases(
        session,
        principal=principal,
        settings=settings,
        status=status,
        source_id=source_id,
        cursor=cursor,
        limit=limit,
    )


@router.post("/media-leads", status_code=status.HTTP_201_CREATED, response_model=CaseRead)
async def open_media_lead(
    body: MediaLeadCreate,
    now: NowDep,
    settings: SettingsDep,
    session: SessionDep,
    principal: Handler,
    response: Response,
    idempotency: IdempotencyDep,
) -> CaseRead:
    """Opens a case on a media lead (R9). Callers: SUPERVISION."""
    case = await service.open_media_lead(
        session, principal=principal, body=body, limits=settings.case_limits(), now=now
    )
    read, location = await service.view(session, case), f"{router.prefix}/{case.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("/{case_id}", response_model=CaseRead)
async def read_case(
    case_id: uuid.UUID, session: SessionDep, settings: SettingsDep, principal: Reader
) -> CaseRead:
    """Gets a case. Callers: SUPERVISION, its judge, the referrer, PERSONNEL once decided."""
    case = await service.readable(session, principal, case_id, settings)
    return await service.view(session, case)


async def _step(
    session: SessionDep,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    action: Action,
    now: NowDep,
    settings: SettingsDep,
) -> CaseRead:
    case = await service.transition(
        session, principal=principal, case_id=case_id, action=action, now=now, settings=settings
    )
    read = await service.view(session, case)
    await session.commit()
    return read


@router.post("/{case_id}/accept", response_model=CaseRead)
async def accept(
    case_id: uuid.UUID, now: NowDep, session: SessionDep, settings: SettingsDep, principal: Judge
) -> CaseRead:
    """Accepts a received case; the investigation limit starts. Callers: the case's judge."""
    return await _step(
        session,
        principal=principal,
        case_id=case_id,
        action=Action.ACCEPT,
        now=now,
        settings=settings,
    )


@router.post("/{case_id}/investigate", response_model=CaseRead)
async def investigate(
    case_id: uuid.UUID, now: NowDep, session: SessionDep, settings: SettingsDep, principal: Judge
) -> CaseRead:
    """Starts investigating an accepted case. Callers: the case's judge."""
    return await _step(
        session,
        principal=principal,
        case_id=case_id,
        action=Action.INVESTIGATE,
        now=now,
        settings=settings,
    )


@router.post("/{case_id}/close", response_model=CaseRead)
async def close(
    case_id: uuid.UUID, now: NowDep, session: SessionDep, settings: SettingsDep, principal: Judge
) -> CaseRead:
    """Closes a case that was fed back or rejected. Callers: the case's judge."""
    return await _step(
        session,
        principal=principal,
        case_id=case_id,
        action=Action.CLOSE,
        now=now,
        settings=settings,
    )


@router.post("/{case_id}/reject", response_model=CaseRead)
async def reject(
    case_id: uuid.UUID,
    body: Rejection,
    now: NowDep,
    session: SessionDep,
    settings: SettingsDep,
    principal: Judge,
) -> CaseRead:
    """Rejects a received case with a reason fed back to the referrer. Callers: its judge."""
    case = await service.reject(
        session,
        principal=principal,
        case_id=case_id,
        reason=body.reason,
        now=now,
        settings=settings,
    )
    read = await service.view(session, case)
    await session.commit()
    return read


@router.post("/{case_id}/decision", response_model=CaseRead)
async def decide(
    case_id: uuid.UUID,
    body: DecisionCreate,
    now: NowDep,
    session: SessionDep,
    settings: SettingsDep,
    principal: Judge,
    idempotency: IdempotencyDep,
) -> CaseRead:
    """Decides a case under investigation (R5: referrer, PERSONNEL). Callers: its judge."""
    case = await service.decide(
        session, principal=principal, case_id=case_id, body=body, now=now, settings=settings
    )
    read = await service.view(session, case)
    await idempotency.record(session, read)
    await session.commit()
    return read


@router.post("/{case_id}/feedback", response_model=CaseRead)
async def feedback(
    case_id: uuid.UUID,
    body: Feedback,
    now: NowDep,
    session: SessionDep,
    settings: SettingsDep,
    principal: Judge,
) -> CaseRead:
    """Records the feedback letter to the referring department. Callers: its judge."""
    case = await service.send_feedback(
        session, principal=principal, case_id=case_id, note=body.note, now=now, settings=settings
    )
    read = await service.view(session, case)
    await session.commit()
    return read


@admin_router.post("/overdue-checks", response_model=OverdueRun)
async def run_overdue_check(
    now: NowDep, settings: SettingsDep, session: SessionDep, _: Admin
) -> OverdueRun:
    """Runs the time-limit checks of cases, incidents, responsibility reviews and district
    reports now. Callers: administrators."""
    cases = await jobs.case_deadlines(session, now)
    incidents = await incident_jobs.incident_deadlines(session, now)
    reviews = await legal_outcome_jobs.review_deadlines(session, now)
    missing = await district_report_jobs.missing_reports(
        session, now, settings.district_report_due_days
    )
    run = OverdueRun(
        checked_at=now,
        case_escalations=cases.case_escalations,
        incident_escalations=incidents.incident_escalations,
        review_escalations=reviews.review_escalations,
        missing_district_reports=missing.missing_district_reports,
    )
    await session.commit()
    return run
