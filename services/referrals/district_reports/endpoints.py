"""HTTP endpoints of the districts' half-year reports (R8)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from services.referrals.config import SettingsDep
from services.referrals.district_reports import service
from services.referrals.district_reports.rules import READERS
from services.referrals.district_reports.schemas import (
    DistrictReportCreate,
    DistrictReportRead,
    DistrictReports,
)
from shared.access import Holds, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/district-reports", tags=["district reports"])
DISTRICT_BODY = "a body of a district (its government or a unit under it)"
Filer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Holds(DISTRICT_BODY)))]
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=DistrictReportRead)
async def file_district_report(
    body: DistrictReportCreate,
    now: NowDep,
    session: SessionDep,
    principal: Filer,
    response: Response,
    idempotency: IdempotencyDep,
) -> DistrictReportRead:
    """Files the caller's district's half-year report to the city (R8). Callers: districts."""
    report = await service.file(session, principal=principal, body=body, now=now)
    read = DistrictReportRead.model_validate(report)
    location = f"{router.prefix}?year={report.year}&half={report.half}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("", response_model=DistrictReports)
async def side_by_side(
    session: SessionDep,
    settings: SettingsDep,
    _: Reader,
    year: Annotated[int, Query(ge=2000, le=2100)],
    half: Annotated[int, Query(ge=1, le=2)],
) -> DistrictReports:
    """Every district's report beside the system's figures (R8). SUPERVISION, GOV_OFFICE."""
    return await service.side_by_side(
        session, year=year, half=half, days_after=settings.district_report_due_days
    )
