"""The time-limit job (R15): reminders before a limit, one escalation to SUPERVISION after."""

from collections import Counter
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.rules import Status
from services.complaints.config import ComplaintsSettings
from services.complaints.database import calendar_copy
from services.complaints.deadlines import repository, service
from services.complaints.deadlines.rules import DeadlineAction, deadline_actions, open_limits
from services.complaints.deadlines.schemas import DeadlineRun
from shared.workdays import local_date


async def check_time_limits(
    session: AsyncSession, now: datetime, settings: ComplaintsSettings
) -> DeadlineRun:
    """Produces the reminders and escalations due at `now`; tells how many of each."""
    calendar, today = await calendar_copy.current(session), local_date(now)
    lead = settings.reminder_lead_working_days
    produced: Counter[DeadlineAction] = Counter()
    due = await repository.open_with_limits_due(session, calendar.add_working_days(today, lead))
    for complaint in due:
        limits = open_limits(
            Status(complaint.status), complaint.acknowledge_due, complaint.handle_due
        )
        for kind, action in deadline_actions(today, limits, calendar, lead):
            if await service.produce_once(
                session, complaint=complaint, kind=kind, action=action, due=limits[kind], now=now
            ):
                produced[action] += 1
    return DeadlineRun(
        checked_at=now,
        reminders=produced[DeadlineAction.REMINDER],
        escalations=produced[DeadlineAction.ESCALATION],
    )
