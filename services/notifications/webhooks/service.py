"""Webhook subscriptions, their delivery queue, and the steps of the job that sends them."""

import asyncio
import ipaddress
import json
import socket
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.config import NotificationsSettings
from services.notifications.routing.rules import ROUTED_EVENT_TYPES
from services.notifications.webhooks import repository
from services.notifications.webhooks.models import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from services.notifications.webhooks.rules import (
    SecretRefused,
    UrlRefused,
    address_allowed,
    backoff_delay,
    check_secret,
    dead_lettered,
    is_success,
    new_secret,
    parse_allowlist,
    url_host,
)
from services.notifications.webhooks.schemas import (
    AttemptRead,
    Claimed,
    DeliveryRead,
    ItemToSend,
    Outcome,
    Settled,
    SubscriptionCreate,
)
from shared.auth import Principal
from shared.errors import NotFound, invalid_field

ITEM_DELIVERED = "notifications.item.delivered.v1"
TIMER_EVENT_TYPES = (
    "notifications.acknowledgement.reminder.v1",
    "notifications.acknowledgement.escalated.v1",
)
SUBSCRIBABLE = frozenset({*ROUTED_EVENT_TYPES, *TIMER_EVENT_TYPES})


async def enqueue_deliveries(
    session: AsyncSession, items: Sequence[ItemToSend], *, now: datetime
) -> int:
    """Queues new items of one event for their departments' subscriptions, due at `now`."""
    if not items:
        return 0
    event_type = items[0].event_type
    subscriptions = await repository.subscriptions_for(
        session, [item.department for item in items], event_type
    )
    queued = 0
    for item in items:
        payload = {"type": ITEM_DELIVERED, "timestamp": now.isoformat(), "data": item.data}
        for subscription in (s for s in subscriptions if s.department == item.department):
            await repository.queue_once(
                session,
                subscription_id=subscription.id,
                item_id=item.item_id,
                event_type=event_type,
                payload=payload,
                due_at=now,
            )
            queued += 1
    return queued


async def check_url(url: str, settings: NotificationsSettings) -> None:
    """Refuses a URL that is not http(s) or whose host resolves to an internal address."""
    host = url_host(url)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UrlRefused(f"the host {host} cannot be resolved") from exc
    allowlist = parse_allowlist(settings.webhook_private_allowlist)
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address_allowed(address, settings.webhook_allow_private, allowlist):
            raise UrlRefused(f"the host {host} resolves to an internal address ({address})")


async def create_subscription(
    session: AsyncSession,
    *,
    principal: Principal,
    department: str,
    body: SubscriptionCreate,
    settings: NotificationsSettings,
) -> WebhookSubscription:
    """Registers a subscription for a department (the route checks it is the caller's)."""
    try:
        await check_url(body.url, settings)
    except UrlRefused as exc:
        raise invalid_field(str(exc), "url", kind="url") from exc
    unknown = sorted(set(body.event_types) - SUBSCRIBABLE)
    if unknown:
        message = f"unknown event types: {', '.join(unknown)}"
        raise invalid_field(message, "event_types", kind="event_types")
    try:
        secret = new_secret() if body.secret is None else check_secret(body.secret)
    except SecretRefused as exc:
        raise invalid_field(str(exc), "secret", kind="secret") from exc
    return await repository.add_subscription(
        session,
        WebhookSubscription(
            department=department,
            url=body.url,
            event_types=list(dict.fromkeys(body.event_types)),
            secret=secret,
            active=True,
            created_by=principal.subject,
        ),
    )


async def own_subscription(
    session: AsyncSession, department: str, subscription_id: uuid.UUID
) -> WebhookSubscription:
    """Gets a subscription of a department (the route checks it is the caller's), or 404."""
    subscription = await repository.get_subscription(session, subscription_id)
    if subscription is None or subscription.department != department:
        raise NotFound(f"no webhook subscription {subscription_id} of {department}")
    return subscription


def unsubscribe(subscription: WebhookSubscription) -> None:
    """Deactivates a subscription: the job cancels its queued deliveries when it meets them."""
    subscription.active = False


async def deliveries(
    session: AsyncSession, subscription: WebhookSubscription, limit: int
) -> list[DeliveryRead]:
    """Lists a subscription's latest deliveries with their attempt log."""
    rows = await repository.deliveries_of(session, subscription.id, limit)
    attempts = await repository.attempts_of(session, [row.id for row in rows])
    log: dict[uuid.UUID, list[AttemptRead]] = {}
    for attempt in attempts:
        log.setdefault(attempt.delivery_id, []).append(AttemptRead.model_validate(attempt))
    return [
        DeliveryRead.model_validate(row).model_copy(update={"log": log.get(row.id, [])})
        for row in rows
    ]


async def redeliver(
    session: AsyncSession,
    *,
    subscription: WebhookSubscription,
    delivery_id: uuid.UUID,
    now: datetime,
) -> WebhookDelivery:
    """Queues a delivery again now, with a fresh round of attempts."""
    delivery = await repository.get_delivery(session, delivery_id)
    if delivery is None or delivery.subscription_id != subscription.id:
        raise NotFound(f"no delivery {delivery_id} of subscription {subscription.id}")
    delivery.status, delivery.attempts = "pending", 0
    delivery.next_attempt_at = now
    await session.flush()
    return delivery


async def claim_due(
    session: AsyncSession, *, now: datetime, limit: int, lease: timedelta
) -> list[Claimed]:
    """Leases up to `limit` due deliveries (past the lease, another worker may retry).

    A delivery of a removed subscription is cancelled instead.
    """
    claimed = []
    for delivery, subscription in await repository.claim_due(session, now, limit):
        if not subscription.active:
            delivery.status, delivery.last_error = "cancelled", "subscription removed"
            continue
        delivery.next_attempt_at = now + lease
        body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"))
        claimed.append(
            Claimed(
                delivery.id,
                subscription.url,
                subscription.secret,
                body.encode(),
                delivery.attempts + 1,
            )
        )
    return claimed


async def record_attempt(
    session: AsyncSession,
    *,
    claimed: Claimed,
    outcome: Outcome,
    started_at: datetime,
    now: datetime,
    jitter: float,
    settings: NotificationsSettings,
) -> Settled | None:
    """Logs an attempt: 2xx delivers, the last failure dead-letters, others wait a backoff.

    Gets what became of the delivery (None when it is gone).
    """
    delivery = await repository.get_delivery(session, claimed.delivery_id, lock=True)
    if delivery is None:
        return None
    await repository.add_attempt(
        session,
        WebhookAttempt(
            delivery_id=delivery.id,
            attempt=claimed.attempt,
            started_at=started_at,
            status_code=outcome.status_code,
            latency_ms=outcome.latency_ms,
            error=outcome.error,
        ),
    )
    delivery.attempts = claimed.attempt
    delivery.last_status_code, delivery.last_error = outcome.status_code, outcome.error
    if is_success(outcome.status_code):
        delivery.status, delivery.delivered_at = "delivered", now
        return "delivered"
    if dead_lettered(claimed.attempt, settings.webhook_max_attempts):
        delivery.status = "dead"
        return "dead"
    delay = backoff_delay(
        claimed.attempt, settings.webhook_backoff_base_s, settings.webhook_backoff_max_s, jitter
    )
    delivery.next_attempt_at = now + timedelta(seconds=delay)
    return "retry"
