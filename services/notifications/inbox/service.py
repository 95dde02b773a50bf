"""Storing routed events as department inbox items; reading, acknowledging them."""

import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.database import outbox
from services.notifications.events import ItemAcknowledged, ItemDelivered, RoutedEventView
from services.notifications.inbox import repository
from services.notifications.inbox.models import InboxItem
from services.notifications.inbox.rules import ACK_REQUIRED, EVENT_TITLES
from services.notifications.inbox.schemas import NewItem
from services.notifications.routing import service as routing
from services.notifications.webhooks.schemas import ItemToSend
from services.notifications.webhooks.service import enqueue_deliveries
from shared.errors import Conflict, NotFound
from shared.events import Envelope

log = logging.getLogger(__name__)


async def deliver_items(
    session: AsyncSession, items: Sequence[NewItem], *, now: datetime
) -> list[uuid.UUID]:
    """Adds the items not there yet; announces them and queues their webhooks.

    A few statements whatever the number of items and of events they come from. Gets the
    new items' ids.
    """
    if not items:
        return []
    added = await repository.add_once(session, items)
    await outbox.add_many(
        session,
        [
            (
                ItemDelivered(
                    item_id=new.item_id,
                    department=new.item.department,
                    source_event_id=new.item.source_event_id,
                    source_event_type=new.item.source_event_type,
                    rule=new.item.rule,
                ),
                new.item.department,
            )
            for new in added
        ],
    )
    by_type: dict[str, list[ItemToSend]] = {}
    for new in added:
        event_type = new.item.source_event_type
        send = ItemToSend(new.item_id, new.item.department, event_type, new.as_json())
        by_type.setdefault(event_type, []).append(send)
    for to_send in by_type.values():
        await enqueue_deliveries(session, to_send, now=now)
    return [new.item_id for new in added]


async def deliver_events(session: AsyncSession, envelopes: list[Envelope]) -> None:
    """Delivers routed events to the departments the routing table names (a consumer batch)."""
    extra = await routing.admin_rules_for(session, {envelope.type for envelope in envelopes})
    items: list[NewItem] = []
    for envelope in envelopes:
        view = envelope.payload(RoutedEventView)
        recipients = await routing.recipients(session, envelope, extra.get(envelope.type, []))
        title = view.title or EVENT_TITLES.get(envelope.type, envelope.type)
        items.extend(
            NewItem(
                department=code,
                rules=tuple(rules),
                source_event_id=envelope.id,
                source_event_type=envelope.type,
                source_service=envelope.source,
                subject=envelope.subject,
                title=title[:300],
                sender=view.sender_code(),
                data=envelope.data,
                requires_ack=envelope.type in ACK_REQUIRED,
            )
            for code, rules in recipients.items()
        )
    # A consumer's handler has no app clock: webhooks of a routed event are due at once.
    await deliver_items(session, items, now=datetime.now(UTC))


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
    session: AsyncSession, *, item: InboxItem, officer: str, now: datetime
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
