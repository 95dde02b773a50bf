"""Queries of the statistics: counts of a period's complaints, never a personal field."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Date, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.models import Complaint
from services.complaints.complaints.rules import Status
from shared.workdays import CITY_TZ

# The columns complaints are counted by.
DIMENSIONS: dict[str, Any] = {
    "category": Complaint.category,
    "target_department": Complaint.target_department,
    "channel": Complaint.channel,
    "outcome": Complaint.outcome,
    "appraisal": Complaint.appraisal,
}


@dataclass(frozen=True)
class Totals:
    """A period's complaints: received, handled, handled within their limit, escalated."""

    received: int
    handled: int
    handled_on_time: int
    escalated: int


def _received_in(start: datetime, end: datetime) -> list[ColumnElement[bool]]:
    return [Complaint.received_at >= start, Complaint.received_at < end]


async def totals(session: AsyncSession, start: datetime, end: datetime) -> Totals:
    """Counts the complaints received in [start, end)."""
    # On time (rules.on_time): handled on or before the due date, in the city's calendar.
    handled_on = cast(func.timezone(str(CITY_TZ), Complaint.handled_at), Date)
    query = select(
        func.count(),
        func.count().filter(Complaint.status == Status.HANDLED),
        func.count().filter(handled_on <= Complaint.handle_due),
        func.count().filter(Complaint.escalated.is_(True)),
    ).where(*_received_in(start, end))
    received, handled, on_time, escalated = (int(v) for v in (await session.execute(query)).one())
    return Totals(received, handled, on_time, escalated)


async def counts(
    session: AsyncSession, *, dimension: str, start: datetime, end: datetime
) -> dict[str, int]:
    """Counts the complaints received in [start, end) by one dimension's values."""
    column = DIMENSIONS[dimension]
    query = select(column, func.count()).where(*_received_in(start, end)).group_by(column)
    rows = await session.execute(query)
    return {str(key): int(count) for key, count in rows.all() if key is not None}
