"""HTTP endpoints of referral reports."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from services.referrals.reports import service
from services.referrals.reports.schemas import ReportCreate, ReportRead
from shared.auth import Principal, Role, require_roles
from shared.db import SessionDep

router = APIRouter(prefix="/referral-reports", tags=["referral reports"])
Officer = Annotated[Principal, Depends(require_roles(Role.OFFICER))]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ReportRead)
async def file_report(
    body: ReportCreate,
    request: Request,
    session: SessionDep,
    principal: Officer,
    response: Response,
) -> ReportRead:
    """Files a referral report, copied to SUPERVISION and PERSONNEL (R6); a referral opens a case.

    Callers: officers of FINANCE, AUDIT, LEGAL (their documents) and GOV_OFFICE (urge notices).
    """
    report = await service.file_report(session, principal, body, request.app.state.clock.now())
    await session.commit()
    response.headers["Location"] = f"{router.prefix}/{report.id}"
    return ReportRead.model_validate(report)


@router.get("/{report_id}", response_model=ReportRead)
async def read_report(report_id: uuid.UUID, session: SessionDep, principal: Officer) -> ReportRead:
    """Gets a referral report. Callers: the filing department, SUPERVISION, PERSONNEL."""
    return ReportRead.model_validate(await service.read_report(session, principal, report_id))
