"""Queries of the time-limit job: the complaints with an open limit due (R15)."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.models import Complaint
from services.complaints.deadlines.models import DeadlineMark
from services.complaints.deadlines.rules import DeadlineAction, LimitKind, open_in

DUE = {LimitKind.ACKNOWLEDGE: Complaint.acknowledge_due, LimitKind.HANDLE: Complaint.handle_due}


def _open_and_due(kind: LimitKind, horizon: date) -> ColumnElement[bool]:
    """A limit open in the complaint's status, due by the horizon, and not yet escalated."""
    escalated = exists().where(
        DeadlineMark.complaint_id == Complaint.id,
        DeadlineMark.limit_kind == kind,
        DeadlineMark.action == DeadlineAction.ESCALATION,
    )
    return Complaint.status.in_(open_in(kind)) & (DUE[kind] <= horizon) & ~escalated


async def open_with_limits_due(session: AsyncSession, horizon: date) -> Sequence[Complaint]:
    """Locks the complaints with an open, not yet escalated time limit on or before the horizon.

    Rows another transaction holds (a handler acting right now) are skipped until the next run.
    """
    query = (
        select(Complaint)
        .where(or_(*(_open_and_due(kind, horizon) for kind in LimitKind)))
        .order_by(Complaint.received_at)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()
