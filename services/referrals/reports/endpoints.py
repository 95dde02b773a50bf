"""HTTP endpoints of referral reports."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from services.referrals.config import SettingsDep
from services.referrals.reports import service
from services.referrals.reports.rules import FILERS, READERS
from services.referrals.reports.schemas import ReportCreate, ReportRead
from shared.access import Case, Holds, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/referral-reports", tags=["referral reports"])
FILER = "the report's filing department"
# Each kind of report is filed by the department whose document it is (R4, R5).
Filer = Annotated[
    Principal,
    Depends(
        authorize(
            Role.OFFICER,
            condition=Case("kind", {kind.value: has_role(role) for kind, role in FILERS.items()}),
        )
    ),
]
Reader = Annotated[
    Principal,
    Depends(authorize(Role.OFFICER, condition=any_of(has_role(*READERS), Holds(FILER)))),
]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ReportRead)
async def file_report(
    body: ReportCreate,
    now: NowDep,
    settings: SettingsDep,
    session: SessionDep,
    principal: Filer,
    response: Response,
    idempotency: IdempotencyDep,
) -> ReportRead:
    """Files a referral report, copied to SUPERVISION and PERSONNEL (R6); a referral opens a case.

    Callers: officers of FINANCE, AUDIT, LEGAL (their documents) and GOV_OFFICE (urge notices).
    """
    report = await service.file_report(
        session, principal=principal, body=body, limits=settings.case_limits(), now=now
    )
    read, location = ReportRead.model_validate(report), f"{router.prefix}/{report.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("/{report_id}", response_model=ReportRead)
async def read_report(report_id: uuid.UUID, session: SessionDep, principal: Reader) -> ReportRead:
    """Gets a referral report. Callers: the filing department, SUPERVISION, PERSONNEL."""
    return ReportRead.model_validate(await service.read_report(session, principal, report_id))
