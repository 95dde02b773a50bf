"""Acknowledgement timers: a reminder, then an escalation to the sender and SUPERVISION.

Exactly once without a mark table: an item is a candidate only while its own `reminded_at`
(or `escalated_at`) is empty, the run locks the items it takes (`FOR UPDATE SKIP LOCKED`), and
the derived items have stable event ids, unique per department in `inbox_items`.
"""

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.config import NotificationsSettings
from services.notifications.database import directory
from services.notifications.inbox import repository
from services.notifications.inbox.models import InboxItem
from services.notifications.inbox.rules import ack_stage
from services.notifications.inbox.schemas import NewItem, TimerRun
from services.notifications.inbox.service import deliver_items
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

REMINDER = "notifications.acknowledgement.reminder.v1"
ESCALATION = "notifications.acknowledgement.escalated.v1"
BATCH = 500


def _derived_id(item: InboxItem, kind: str) -> uuid.UUID:
    # Stable per (item, kind): a second run cannot remind or escalate twice.
    return uuid.uuid5(item.id, kind)


def _summary(item: InboxItem) -> dict[str, object]:
    return {
        "item_id": str(item.id),
        "department": item.department,
        "source_event_id": str(item.source_event_id),
        "source_event_type": item.source_event_type,
        "title": item.title,
        "delivered_at": item.created_at.isoformat(),
    }


async def _remind(session: AsyncSession, item: InboxItem, now: datetime) -> None:
    reminder = NewItem(
        department=item.department,
        rules=("ACK-REMINDER",),
        source_event_id=_derived_id(item, "reminder"),
        source_event_type=REMINDER,
        source_service="notifications",
        subject=str(item.id),
        title=f"签收提醒：{item.title}"[:300],
        sender=None,
        data=_summary(item),
        requires_ack=False,
    )
    await deliver_items(session, [reminder], now=now)
    item.reminded_at = now


async def _escalate(session: AsyncSession, item: InboxItem, now: datetime) -> None:
    targets = await directory.codes_with_role(session, FunctionalRole.SUPERVISION)
    if item.sender and await directory.get(session, item.sender) is not None:
        targets = [item.sender, *targets]
    escalations = [
        NewItem(
            department=code,
            rules=("ACK-ESCALATION",),
            source_event_id=_derived_id(item, "escalation"),
            source_event_type=ESCALATION,
            source_service="notifications",
            subject=str(item.id),
            title=f"逾期未签收：{item.department}：{item.title}"[:300],
            sender=item.department,
            data=_summary(item),
            requires_ack=False,
        )
        for code in dict.fromkeys(targets)
    ]
    await deliver_items(session, escalations, now=now)
    item.escalated_at = now


async def run_ack_timers(
    session: AsyncSession,
    *,
    now: datetime,
    calendar: WorkCalendar,
    settings: NotificationsSettings,
) -> TimerRun:
    """Reminds and escalates the unacknowledged items that are due (one transaction)."""
    remind_after = settings.ack_reminder_working_days
    escalate_after = settings.ack_escalation_working_days
    # A span of n working days is at least n calendar days: older items only are candidates.
    to_remind = await repository.awaiting_ack(
        session, reminded=False, delivered_before=now - timedelta(days=remind_after), limit=BATCH
    )
    to_escalate = await repository.awaiting_ack(
        session,
        reminded=True,
        delivered_before=now - timedelta(days=remind_after + escalate_after),
        limit=BATCH,
    )
    reminders = escalations = 0
    for item in to_remind:
        if ack_stage(item.created_at, now, calendar, remind_after, escalate_after) != "none":
            await _remind(session, item, now)
            reminders += 1
    for item in to_escalate:
        if ack_stage(item.created_at, now, calendar, remind_after, escalate_after) == "escalate":
            await _escalate(session, item, now)
            escalations += 1
    items = [*to_remind, *to_escalate]
    await session.flush()
    return TimerRun(checked=len(items), reminders=reminders, escalations=escalations)
