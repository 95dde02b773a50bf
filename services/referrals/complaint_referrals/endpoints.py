"""HTTP endpoints of complaint referrals."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from services.referrals.complaint_referrals import service
from services.referrals.complaint_referrals.rules import READERS
from services.referrals.complaint_referrals.schemas import ComplaintReferralRead
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep

router = APIRouter(prefix="/complaint-referrals", tags=["complaint referrals"])
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]


@router.get("", response_model=list[ComplaintReferralRead])
async def list_complaint_referrals(
    session: SessionDep, _: Reader, complaint_id: uuid.UUID | None = None
) -> list[ComplaintReferralRead]:
    """Lists complaints referred for a missed time limit or a substantiated fault (R15).

    Callers: SUPERVISION.
    """
    rows = await service.list_referrals(session, complaint_id)
    return [ComplaintReferralRead.model_validate(r) for r in rows]
