"""The time-limit check (R15): reminders before a limit, one escalation to SUPERVISION after."""

import logging
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository
from services.complaints.complaints.models import Complaint, Step
from services.complaints.complaints.rules import (
    DeadlineAction,
    LimitKind,
    Status,
    StepKind,
    answerable_unit,
    deadline_actions,
)
from services.complaints.complaints.schemas import DeadlineRun
from services.complaints.complaints.service import supervision
from services.complaints.config import ComplaintsSettings
from services.complaints.database import outbox
from services.complaints.events import ComplaintEscalated, ComplaintReminded
from shared.workdays import local_date, official_calendar

log = logging.getLogger(__name__)


def _open_limits(complaint: Complaint) -> dict[LimitKind, date]:
    limits: dict[LimitKind, date] = {}
    if complaint.status == Status.RECEIVED:
        limits[LimitKind.ACKNOWLEDGE] = complaint.acknowledge_due
    if complaint.status != Status.HANDLED:
        limits[LimitKind.HANDLE] = complaint.handle_due
    return limits


async def check_deadlines(
    session: AsyncSession, now: datetime, settings: ComplaintsSettings
) -> DeadlineRun:
    """Produces the reminders and escalations due at `now`; tells how many of each."""
    today = local_date(now)
    horizon = official_calendar().add_working_days(today, settings.reminder_lead_working_days)
    reminders = escalations = 0
    supervision_code: str | None = None
    for complaint in await repository.open_with_limits_due(session, horizon):
        open_limits = _open_limits(complaint)
        actions = deadline_actions(
            today, open_limits, official_calendar(), settings.reminder_lead_working_days
        )
        for kind, action in actions:
            if not await repository.mark_once(session, complaint.id, kind, action, now):
                continue  # already reminded or escalated: exactly once (R15)
            if action == DeadlineAction.REMINDER:
                reminders += 1
                await _remind(session, complaint, kind, open_limits[kind], now)
            else:
                escalations += 1
                supervision_code = supervision_code or await supervision(session)
                await _escalate(session, complaint, kind, open_limits[kind], now, supervision_code)
    return DeadlineRun(checked_at=now, reminders=reminders, escalations=escalations)


async def _remind(
    session: AsyncSession, complaint: Complaint, kind: LimitKind, due: date, now: datetime
) -> None:
    await repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.REMINDED,
            to_department=complaint.handling_department,
            note=f"{kind} due {due}",
            at=now,
        ),
    )
    await outbox.add(
        session,
        ComplaintReminded(
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            addressees=[complaint.handling_department],
            limit=kind,
            due_date=due,
            handling_department=complaint.handling_department,
        ),
        subject=str(complaint.id),
    )


async def _escalate(
    session: AsyncSession,
    complaint: Complaint,
    kind: LimitKind,
    due: date,
    now: datetime,
    supervision_code: str,
) -> None:
    answerable = answerable_unit(
        complaint.first_contact_department,
        complaint.handling_department,
        acknowledged=complaint.status != Status.RECEIVED,
    )
    complaint.escalated = True
    await repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.ESCALATED,
            department=answerable,
            to_department=supervision_code,
            note=f"{kind} limit {due} missed",
            at=now,
        ),
    )
    await outbox.add(
        session,
        ComplaintEscalated(
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            addressees=sorted({supervision_code, answerable, complaint.handling_department}),
            limit=kind,
            due_date=due,
            answerable_department=answerable,
            handling_department=complaint.handling_department,
            escalated_at=now,
        ),
        subject=str(complaint.id),
    )
