"""The background step of leader matters: the last quarter's circular, issued once (R2)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.leader_matters import service
from services.registry.leader_matters.rules import previous_quarter
from services.registry.leader_matters.schemas import CircularRun
from shared.workdays import local_date


async def quarterly_circular(session: AsyncSession, now: datetime) -> CircularRun:
    """Issues the circular of the quarter that ended last, unless it was already issued."""
    year, quarter = previous_quarter(local_date(now))
    issued = await service.issue(session, year=year, quarter=quarter, now=now)
    return CircularRun(
        checked_at=now, quarter=f"{year}-Q{quarter}", circulars_issued=int(issued is not None)
    )
