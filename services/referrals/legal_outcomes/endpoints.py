"""HTTP endpoints of legal outcomes and their responsibility reviews (R16)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from services.referrals.config import SettingsDep
from services.referrals.legal_outcomes import service
from services.referrals.legal_outcomes.rules import READERS, RECORDERS
from services.referrals.legal_outcomes.schemas import (
    LegalOutcomeCreate,
    LegalOutcomeRead,
    ReviewFinding,
)
from shared.access import Holds, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/legal-outcomes", tags=["legal outcomes"])
DEPARTMENT = "the department whose act it is"
Recorder = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*RECORDERS)))]
Reader = Annotated[
    Principal,
    Depends(authorize(Role.OFFICER, condition=any_of(has_role(*READERS), Holds(DEPARTMENT)))),
]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=LegalOutcomeRead)
async def record_outcome(
    body: LegalOutcomeCreate,
    now: NowDep,
    settings: SettingsDep,
    session: SessionDep,
    principal: Recorder,
    response: Response,
    idempotency: IdempotencyDep,
) -> LegalOutcomeRead:
    """Records a reconsideration or lawsuit outcome; revoked or lost opens a review (R16).

    Callers: officers of LEGAL.
    """
    outcome = await service.record(
        session,
        principal=principal,
        body=body,
        now=now,
        review_working_days=settings.legal_review_working_days,
    )
    read, location = await service.view(session, outcome), f"{router.prefix}/{outcome.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("/{outcome_id}", response_model=LegalOutcomeRead)
async def read_outcome(
    outcome_id: uuid.UUID, session: SessionDep, principal: Reader
) -> LegalOutcomeRead:
    """Gets an outcome and its review. Callers: LEGAL, SUPERVISION, the act's department."""
    return await service.view(session, await service.readable(session, principal, outcome_id))


@router.post("/{outcome_id}/review/finding", response_model=LegalOutcomeRead)
async def record_finding(
    outcome_id: uuid.UUID,
    body: ReviewFinding,
    now: NowDep,
    session: SessionDep,
    settings: SettingsDep,
    principal: Recorder,
    idempotency: IdempotencyDep,
) -> LegalOutcomeRead:
    """Ends the review: a fault is referred to supervision as a referral report (R16, R5, R6).

    Callers: officers of LEGAL. No fault closes the review with its reasons.
    """
    outcome = await service.find(
        session,
        principal=principal,
        outcome_id=outcome_id,
        body=body,
        limits=settings.case_limits(),
        now=now,
    )
    read = await service.view(session, outcome)
    await idempotency.record(session, read, location=f"{router.prefix}/{outcome.id}")
    await session.commit()
    return read
