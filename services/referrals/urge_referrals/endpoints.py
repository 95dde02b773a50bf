"""HTTP endpoints of urge referrals."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from services.referrals.urge_referrals import service
from services.referrals.urge_referrals.schemas import UrgeReferralRead
from shared.auth import Principal, Role, require_roles
from shared.db import SessionDep

router = APIRouter(prefix="/urge-referrals", tags=["urge referrals"])
Officer = Annotated[Principal, Depends(require_roles(Role.OFFICER))]


@router.get("", response_model=list[UrgeReferralRead])
async def list_urge_referrals(
    session: SessionDep, principal: Officer, task_id: uuid.UUID | None = None
) -> list[UrgeReferralRead]:
    """Lists tasks referred after two urge notices (R5). Callers: SUPERVISION, GOV_OFFICE."""
    rows = await service.list_referrals(session, principal, task_id)
    return [UrgeReferralRead.model_validate(r) for r in rows]
