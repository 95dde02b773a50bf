"""Quarterly complaint statistics (R14, R17): counts and the on-time rate, no personal data."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import Date, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.models import Complaint
from services.complaints.complaints.rules import Status, on_time_rate, quarter_bounds
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.directory import FunctionalRole

router = APIRouter(prefix="/complaint-statistics", tags=["statistics"])
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]
DIMENSIONS = {
    "category": Complaint.category,
    "target_department": Complaint.target_department,
    "channel": Complaint.channel,
    "outcome": Complaint.outcome,
    "appraisal": Complaint.appraisal,
}


class QuarterStatistics(BaseModel):
    """One quarter's complaints (by receipt date)."""

    year: int
    quarter: int
    received: int
    handled: int
    handled_on_time: int
    on_time_rate: float | None
    escalated: int
    by: dict[str, dict[str, int]]


async def _counts(session: AsyncSession, column: object, where: list[object]) -> dict[str, int]:
    rows = await session.execute(
        select(column, func.count()).where(*where).group_by(column)  # type: ignore[call-overload]
    )
    return {str(key): int(count) for key, count in rows.all() if key is not None}


@router.get("", response_model=QuarterStatistics)
async def quarter_statistics(
    session: SessionDep,
    _: Reader,
    year: Annotated[int, Query(ge=2000, le=2100)],
    quarter: Annotated[int, Query(ge=1, le=4)],
) -> QuarterStatistics:
    """Counts a quarter's complaints by category, department, channel, outcome (R14, R17).

    Callers: officers of SUPERVISION and the government office.
    """
    start, end = quarter_bounds(year, quarter)
    where: list[object] = [Complaint.received_at >= start, Complaint.received_at < end]
    handled_on = cast(func.timezone("Asia/Shanghai", Complaint.handled_at), Date)
    totals = (
        await session.execute(
            select(
                func.count(),
                func.count().filter(Complaint.status == Status.HANDLED),
                func.count().filter(handled_on <= Complaint.handle_due),
                func.count().filter(Complaint.escalated.is_(True)),
            ).where(*where)  # type: ignore[arg-type]
        )
    ).one()
    received, handled, on_time_count, escalated = (int(v) for v in totals)
    return QuarterStatistics(
        year=year,
        quarter=quarter,
        received=received,
        handled=handled,
        handled_on_time=on_time_count,
        on_time_rate=on_time_rate(on_time_count, handled),
        escalated=escalated,
        by={name: await _counts(session, column, where) for name, column in DIMENSIONS.items()},
    )
