"""Delivering events to department inboxes by the copy rules; reading and acknowledging."""

import logging
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.database import directory, outbox
from services.notifications.events import ItemAcknowledged, ItemDelivered, RoutedEventView
from services.notifications.inbox import repository
from services.notifications.inbox.models import InboxItem
from services.notifications.inbox.rules import ACK_REQUIRED, EVENT_TITLES, roles_needed, route
from services.notifications.routing.service import admin_rules_for
from services.notifications.webhooks.service import enqueue_deliveries
from shared.errors import Conflict, NotFound
from shared.events import Envelope

log = logging.getLogger(__name__)


class NoRecipient(LookupError):
    """A rule names a role no active department holds (the event is retried, then dead-lettered)."""


async def deliver_item(session: AsyncSession, rules: list[str], **values: Any) -> uuid.UUID | None:
    """Adds one item unless it is already there; announces it and queues its webhooks."""
    added = await deliver_items(session, [{"rule": rules[0], "rules": rules, **values}])
    return added[0] if added else None


async def deliver_items(session: AsyncSession, rows: list[dict[str, Any]]) -> list[uuid.UUID]:
    """Adds the items of one event not there yet; announces them and queues their webhooks.

    A few statements whatever the number of recipients. Gets the new items' ids.
    """
    if not rows:
        return []
    added = await repository.add_once(session, rows)
    await outbox.add_many(
        session,
        [
            (
                ItemDelivered(
                    item_id=item_id,
                    department=row["department"],
                    source_event_id=row["source_event_id"],
                    source_event_type=row["source_event_type"],
                    rule=row["rule"],
                ),
                row["department"],
            )
            for item_id, row in added
        ],
    )
    await enqueue_deliveries(session, added)
    return [item_id for item_id, _ in added]


async def deliver_event(session: AsyncSession, envelope: Envelope) -> None:
    """Delivers a routed event to its addressees and the departments the copy rules name."""
    view = envelope.payload(RoutedEventView)
    holders: dict[str, list[str]] = {}
    for role in roles_needed(envelope.type, envelope.data):
        holders[role] = await directory.codes_with_role(session, role)
        if not holders[role]:
            raise NoRecipient(f"{envelope.type}: no active department holds {role}")
    addressees = []
    for code in dict.fromkeys(view.addressees):
        if await directory.get(session, code) is None:
            log.warning(
                "unknown addressee skipped", extra={"event_id": str(envelope.id), "code": code}
            )
        else:
            addressees.append(code)
    extra = await admin_rules_for(session, envelope.type)
    recipients = route(envelope.type, envelope.data, addressees, holders, extra)
    title = view.title or EVENT_TITLES.get(envelope.type, envelope.type)
    await deliver_items(
        session,
        [
            {
                "rule": rules[0],
                "rules": rules,
                "department": code,
                "source_event_id": envelope.id,
                "source_event_type": envelope.type,
                "source_service": envelope.source,
                "subject": envelope.subject,
                "title": title[:300],
                "sender": view.sender_code(),
                "data": envelope.data,
                "requires_ack": envelope.type in ACK_REQUIRED,
            }
            for code, rules in recipients.items()
        ],
    )


async def own_item(session: AsyncSession, department: str, item_id: uuid.UUID) -> InboxItem:
    """Gets an item of a department's inbox (the route checks it is the caller's), or 404."""
    item = await repository.get(session, item_id)
    if item is None or item.department != department:
        raise NotFound(f"no item {item_id} in the inbox of {department}")
    return item


async def mark_read(session: AsyncSession, item: InboxItem, now: datetime) -> InboxItem:
    """Marks an item read (once; reading again keeps the first time)."""
    if item.read_at is None:
        item.read_at = now
        await session.flush()
    return item


async def acknowledge(
    session: AsyncSession, item: InboxItem, officer: str, now: datetime
) -> InboxItem:
    """Records receipt (签收) by a named officer; a second acknowledgement answers 409."""
    if item.acknowledged_at is not None:
        raise Conflict(
            f"item {item.id} was already acknowledged by {item.acknowledged_by}",
            acknowledged_at=item.acknowledged_at.isoformat(),
        )
    item.acknowledged_at, item.acknowledged_by = now, officer
    if item.read_at is None:
        item.read_at = now
    await outbox.add(
        session,
        ItemAcknowledged(
            item_id=item.id,
            department=item.department,
            source_event_id=item.source_event_id,
            acknowledged_by=officer,
            acknowledged_at=now,
        ),
        subject=item.department,
    )
    await session.flush()
    return item
