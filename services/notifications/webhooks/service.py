"""Webhook subscriptions and their delivery queue (the worker sends; see worker.py)."""

import asyncio
import ipaddress
import socket
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.config import NotificationsSettings
from services.notifications.events import ROUTED_EVENT_TYPES
from services.notifications.webhooks import repository
from services.notifications.webhooks.models import WebhookDelivery, WebhookSubscription
from services.notifications.webhooks.rules import (
    UrlRefused,
    address_allowed,
    new_secret,
    parse_allowlist,
    signing_key,
    url_host,
)
from services.notifications.webhooks.schemas import (
    AttemptRead,
    DeliveryRead,
    SubscriptionCreate,
)
from shared.auth import Principal
from shared.errors import InvalidInput, NotFound

ITEM_DELIVERED = "notifications.item.delivered.v1"
TIMER_EVENT_TYPES = (
    "notifications.acknowledgement.reminder.v1",
    "notifications.acknowledgement.escalated.v1",
)
SUBSCRIBABLE = frozenset({*ROUTED_EVENT_TYPES, *TIMER_EVENT_TYPES})


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID | datetime):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return value


async def enqueue_deliveries(
    session: AsyncSession, items: list[tuple[uuid.UUID, dict[str, Any]]]
) -> int:
    """Queues new items (id, values) of one event for their departments' subscriptions."""
    if not items:
        return 0
    event_type = items[0][1]["source_event_type"]
    subscriptions = await repository.subscriptions_for(
        session, [values["department"] for _, values in items], event_type
    )
    now = datetime.now(UTC)
    queued = 0
    for item_id, values in items:
        payload = {
            "type": ITEM_DELIVERED,
            "timestamp": now.isoformat(),
            "data": {"item_id": str(item_id), **{k: _jsonable(v) for k, v in values.items()}},
        }
        for subscription in (s for s in subscriptions if s.department == values["department"]):
            await repository.queue_once(
                session,
                subscription_id=subscription.id,
                item_id=item_id,
                event_type=event_type,
                payload=payload,
                status="pending",
                attempts=0,
                next_attempt_at=now,
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


def _invalid(field: str, message: str) -> InvalidInput:
    return InvalidInput(message, errors=[{"loc": ["body", field], "msg": message, "type": field}])


async def create_subscription(
    session: AsyncSession,
    principal: Principal,
    department: str,
    body: SubscriptionCreate,
    settings: NotificationsSettings,
) -> WebhookSubscription:
    """Registers a subscription for a department (the route checks it is the caller's)."""
    try:
        await check_url(body.url, settings)
    except UrlRefused as exc:
        raise _invalid("url", str(exc)) from exc
    unknown = sorted(set(body.event_types) - SUBSCRIBABLE)
    if unknown:
        raise _invalid("event_types", f"unknown event types: {', '.join(unknown)}")
    secret = body.secret or new_secret()
    try:
        signing_key(secret)
    except ValueError as exc:
        raise _invalid("secret", "a whsec_ secret must be base64 after the prefix") from exc
    subscription = WebhookSubscription(
        department=department,
        url=body.url,
        event_types=list(dict.fromkeys(body.event_types)),
        secret=secret,
        active=True,
        created_by=principal.subject,
    )
    session.add(subscription)
    await session.flush()
    await session.refresh(subscription)
    return subscription


async def own_subscription(
    session: AsyncSession, department: str, subscription_id: uuid.UUID
) -> WebhookSubscription:
    """Gets a subscription of a department (the route checks it is the caller's), or 404."""
    subscription = await session.get(WebhookSubscription, subscription_id)
    if subscription is None or subscription.department != department:
        raise NotFound(f"no webhook subscription {subscription_id} of {department}")
    return subscription


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
    session: AsyncSession, subscription: WebhookSubscription, delivery_id: uuid.UUID
) -> WebhookDelivery:
    """Queues a delivery again now, with a fresh round of attempts."""
    delivery = await session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.subscription_id != subscription.id:
        raise NotFound(f"no delivery {delivery_id} of subscription {subscription.id}")
    delivery.status, delivery.attempts = "pending", 0
    delivery.next_attempt_at = datetime.now(UTC)
    await session.flush()
    return delivery
