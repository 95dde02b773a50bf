"""HTTP endpoints of urge referrals."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from services.referrals.urge_referrals import service
from services.referrals.urge_referrals.rules import READERS
from services.referrals.urge_referrals.schemas import UrgeReferralRead
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep

router = APIRouter(prefix="/urge-referrals", tags=["urge referrals"])
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]


@router.get("", response_model=list[UrgeReferralRead])
async def list_urge_referrals(
    session: SessionDep, _: Reader, task_id: uuid.UUID | None = None
) -> list[UrgeReferralRead]:
    """Lists tasks referred after two urge notices (R5). Callers: SUPERVISION, GOV_OFFICE."""
    rows = await service.list_referrals(session, task_id)
    return [UrgeReferralRead.model_validate(r) for r in rows]
