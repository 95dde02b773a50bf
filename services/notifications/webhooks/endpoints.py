"""HTTP endpoints of a department's webhook subscriptions and their deliveries."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from services.notifications.config import SettingsDep
from services.notifications.webhooks import repository, service
from services.notifications.webhooks.schemas import (
    DeliveryRead,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionRead,
)
from shared.access import PathIs, authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/departments/{department}/webhooks", tags=["webhooks"])
# A department manages only its own webhooks.
Officer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=PathIs("department")))]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SubscriptionCreated)
async def subscribe(
    department: str,
    body: SubscriptionCreate,
    session: SessionDep,
    principal: Officer,
    settings: SettingsDep,
    idempotency: IdempotencyDep,
) -> SubscriptionCreated:
    """Registers a webhook (URL, event types, secret). Callers: officers of that department."""
    subscription = await service.create_subscription(
        session, principal=principal, department=department, body=body, settings=settings
    )
    created = SubscriptionCreated.model_validate(subscription)
    await idempotency.record(session, created)
    await session.commit()
    return created


@router.get("", response_model=list[SubscriptionRead])
async def list_subscriptions(
    department: str, session: SessionDep, principal: Officer
) -> list[SubscriptionRead]:
    """Lists a department's webhooks. Callers: officers of that department."""
    rows = await repository.department_subscriptions(session, department)
    return [SubscriptionRead.model_validate(row) for row in rows]


@router.delete("/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT)
async def unsubscribe(
    department: str, subscription_id: uuid.UUID, session: SessionDep, principal: Officer
) -> Response:
    """Removes a webhook; its queued deliveries are cancelled. Callers: its officers."""
    subscription = await service.own_subscription(session, department, subscription_id)
    service.unsubscribe(subscription)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{subscription_id}/deliveries", response_model=list[DeliveryRead])
async def list_deliveries(
    department: str,
    subscription_id: uuid.UUID,
    session: SessionDep,
    principal: Officer,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[DeliveryRead]:
    """Lists a webhook's latest deliveries and their attempts. Callers: its officers."""
    subscription = await service.own_subscription(session, department, subscription_id)
    return await service.deliveries(session, subscription, limit)


@router.post(
    "/{subscription_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryRead,
)
async def redeliver(
    department: str,
    subscription_id: uuid.UUID,
    delivery_id: uuid.UUID,
    session: SessionDep,
    principal: Officer,
    now: NowDep,
) -> DeliveryRead:
    """Queues a delivery again (e.g. a dead letter). Callers: its department's officers."""
    subscription = await service.own_subscription(session, department, subscription_id)
    delivery = await service.redeliver(
        session, subscription=subscription, delivery_id=delivery_id, now=now
    )
    await session.commit()
    return DeliveryRead.model_validate(delivery)
