"""Filing the districts' half-year reports and reading them beside the system's figures (R8)."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import audit, outbox
from services.referrals.district_reports import repository
from services.referrals.district_reports.models import DistrictReport
from services.referrals.district_reports.rules import due_date, has_ended
from services.referrals.district_reports.schemas import (
    DistrictLine,
    DistrictReportCreate,
    DistrictReportRead,
    DistrictReports,
    SystemFigures,
)
from services.referrals.events import DistrictReportFiled
from services.referrals.statistics import repository as statistics_repository
from services.referrals.statistics import service as statistics_service
from services.referrals.statistics.rules import DISTRICT_KIND, district_of
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, invalid_field
from shared.workdays import half_year_bounds, local_date


async def districts(session: AsyncSession) -> list[str]:
    """Gets the district governments of the directory copy, by code."""
    known = await statistics_repository.departments(session)
    return sorted(code for code, entry in known.items() if entry.kind == DISTRICT_KIND)


async def file(
    session: AsyncSession, *, principal: Principal, body: DistrictReportCreate, now: datetime
) -> DistrictReport:
    """Files the caller's district's report of a half year that has ended, once (R8)."""
    known = await statistics_repository.departments(session)
    district = district_of(principal.department, known)
    if known.get(district) is None or known[district].kind != DISTRICT_KIND:
        raise Forbidden("only a district's own bodies file its half-year report")
    if not has_ended(body.year, body.half, local_date(now)):
        raise invalid_field("the half year has not ended", "half", kind="future")
    report = DistrictReport(
        id=uuid.uuid4(),
        district=district,
        filed_by=principal.department,
        filed_at=now,
        **body.model_dump(),
    )
    if not await repository.insert_once(session, report):
        raise Conflict(f"{district} already filed its report of {body.year}-H{body.half}")
    await outbox.add(
        session,
        DistrictReportFiled(
            report_id=report.id,
            title=f"{district} {body.year}年{'上' if body.half == 1 else '下'}半年问责工作报告",
            district=district,
            year=body.year,
            half=body.half,
            filed_by=principal.department,
            filed_at=now,
        ),
        subject=str(report.id),
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="district_report.filed",
        record=("district_report", report.id),
        detail={"district": district, "year": body.year, "half": body.half},
    )
    return report


async def side_by_side(
    session: AsyncSession, *, year: int, half: int, days_after: int
) -> DistrictReports:
    """Gets every district's report of a half year beside the figures the system holds."""
    start, end = half_year_bounds(year, half)
    reports = {r.district: r for r in await repository.of_half(session, year, half)}
    missing = await repository.missing(session, year, half)
    lines = []
    for district in await districts(session):
        held = await statistics_service.summary(
            session, period=f"{year}-H{half}", start=start, end=end, district=district
        )
        report = reports.get(district)
        lines.append(
            DistrictLine(
                district=district,
                report=DistrictReportRead.model_validate(report) if report else None,
                missing=district in missing,
                system=SystemFigures(
                    cases=held.cases,
                    decisions=held.decisions,
                    sanctioned_persons=held.sanctioned_persons,
                ),
            )
        )
    return DistrictReports(
        year=year, half=half, due_date=due_date(year, half, days_after), districts=lines
    )
