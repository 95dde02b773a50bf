"""Quarterly complaint statistics (R14, R17)."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.statistics import repository
from services.complaints.statistics.rules import on_time_rate
from services.complaints.statistics.schemas import QuarterStatistics
from shared.workdays import quarter_bounds


async def of_quarter(session: AsyncSession, year: int, quarter: int) -> QuarterStatistics:
    """Counts a quarter's complaints (by receipt, city time) and their on-time rate."""
    start, end = quarter_bounds(year, quarter)
    totals = await repository.totals(session, start, end)
    return QuarterStatistics(
        year=year,
        quarter=quarter,
        received=totals.received,
        handled=totals.handled,
        handled_on_time=totals.handled_on_time,
        on_time_rate=on_time_rate(totals.handled_on_time, totals.handled),
        escalated=totals.escalated,
        by={
            name: await repository.counts(session, dimension=name, start=start, end=end)
            for name in repository.DIMENSIONS
        },
    )
