"""Queries on webhook subscriptions, deliveries and attempts."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.webhooks.models import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)


async def subscriptions_for(
    session: AsyncSession, departments: list[str], event_type: str
) -> Sequence[WebhookSubscription]:
    """Lists the active subscriptions of the departments that want an event type."""
    query = select(WebhookSubscription).where(
        WebhookSubscription.department.in_(departments),
        WebhookSubscription.active.is_(True),
        or_(
            func.cardinality(WebhookSubscription.event_types) == 0,
            literal(event_type) == func.any(WebhookSubscription.event_types),
        ),
    )
    return (await session.scalars(query)).all()


async def queue_once(
    session: AsyncSession,
    *,
    subscription_id: uuid.UUID,
    item_id: uuid.UUID,
    event_type: str,
    payload: dict[str, Any],
    due_at: datetime,
) -> None:
    """Queues a delivery unless this item is already queued for this subscription."""
    await session.execute(
        insert(WebhookDelivery)
        .values(
            id=uuid.uuid4(),
            subscription_id=subscription_id,
            item_id=item_id,
            event_type=event_type,
            payload=payload,
            status="pending",
            attempts=0,
            next_attempt_at=due_at,
        )
        .on_conflict_do_nothing(constraint="uq_webhook_subscription_item")
    )


async def add_subscription(
    session: AsyncSession, subscription: WebhookSubscription
) -> WebhookSubscription:
    """Adds a subscription (read back with its defaults)."""
    session.add(subscription)
    await session.flush()
    await session.refresh(subscription)
    return subscription


async def get_subscription(
    session: AsyncSession, subscription_id: uuid.UUID
) -> WebhookSubscription | None:
    """Gets a subscription by id."""
    return await session.get(WebhookSubscription, subscription_id)


async def get_delivery(
    session: AsyncSession, delivery_id: uuid.UUID, *, lock: bool = False
) -> WebhookDelivery | None:
    """Gets a delivery by id (locked for update when asked)."""
    return await session.get(WebhookDelivery, delivery_id, with_for_update=lock or None)


async def add_attempt(session: AsyncSession, attempt: WebhookAttempt) -> None:
    """Logs one attempt of a delivery."""
    session.add(attempt)


async def department_subscriptions(
    session: AsyncSession, department: str
) -> Sequence[WebhookSubscription]:
    """Lists a department's subscriptions, newest first."""
    query = (
        select(WebhookSubscription)
        .where(WebhookSubscription.department == department)
        .order_by(WebhookSubscription.created_at.desc(), WebhookSubscription.id)
    )
    return (await session.scalars(query)).all()


async def deliveries_of(
    session: AsyncSession, subscription_id: uuid.UUID, limit: int
) -> Sequence[WebhookDelivery]:
    """Lists a subscription's latest deliveries."""
    query = (
        select(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription_id)
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id)
        .limit(limit)
    )
    return (await session.scalars(query)).all()


async def attempts_of(
    session: AsyncSession, delivery_ids: Sequence[uuid.UUID]
) -> Sequence[WebhookAttempt]:
    """Lists the attempts of deliveries, in order."""
    query = (
        select(WebhookAttempt)
        .where(WebhookAttempt.delivery_id.in_(delivery_ids))
        .order_by(WebhookAttempt.id)
    )
    return (await session.scalars(query)).all()


async def claim_due(
    session: AsyncSession, now: datetime, limit: int
) -> Sequence[tuple[WebhookDelivery, WebhookSubscription]]:
    """Locks the pending deliveries that are due (other workers skip them)."""
    query = (
        select(WebhookDelivery, WebhookSubscription)
        .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
        .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
        .order_by(WebhookDelivery.next_attempt_at)
        .limit(limit)
        .with_for_update(of=WebhookDelivery, skip_locked=True)
    )
    return [(row[0], row[1]) for row in (await session.execute(query)).all()]
