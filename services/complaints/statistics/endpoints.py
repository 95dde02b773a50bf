"""Quarterly complaint statistics (R14, R17): counts and the on-time rate, no personal data."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.complaints.statistics import service
from services.complaints.statistics.rules import READERS
from services.complaints.statistics.schemas import QuarterStatistics
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep

router = APIRouter(prefix="/complaint-statistics", tags=["statistics"])
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]


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
    return await service.of_quarter(session, year, quarter)
