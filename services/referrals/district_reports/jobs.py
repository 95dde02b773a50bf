"""The background step of district reports: a report missing after its due date is flagged
once, to the city's supervision and the district (R8)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import outbox
from services.referrals.district_reports import repository, service
from services.referrals.district_reports.models import MissingReport
from services.referrals.district_reports.rules import due_date, latest_due
from services.referrals.district_reports.schemas import DistrictReportRun
from services.referrals.events import DistrictReportOverdue
from shared.marks import mark_once
from shared.workdays import local_date


async def missing_reports(
    session: AsyncSession, now: datetime, days_after: int
) -> DistrictReportRun:
    """Flags each district whose latest due half-year report is missing; tells how many."""
    due = latest_due(local_date(now), days_after)
    if due is None:
        return DistrictReportRun(checked_at=now, missing_district_reports=0)
    year, half = due
    filed = {r.district for r in await repository.of_half(session, year, half)}
    deadline, count = due_date(year, half, days_after), 0
    for district in await service.districts(session):
        if district in filed:
            continue
        if not await mark_once(
            session,
            MissingReport,
            district=district,
            year=year,
            half=half,
            due_date=deadline,
            flagged_at=now,
        ):
            continue
        count += 1
        await outbox.add(
            session,
            DistrictReportOverdue(
                district=district,
                title=f"{district} {year}年{'上' if half == 1 else '下'}半年问责工作报告未报送",
                year=year,
                half=half,
                due_date=deadline,
                flagged_at=now,
            ),
            subject=f"{district}:{year}-H{half}",
        )
    return DistrictReportRun(checked_at=now, missing_district_reports=count)
