"""Request and response bodies of webhook subscriptions and deliveries; what the job sends."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import ConfigDict, Field

from shared.schemas import ReadModel, StrictModel


class SubscriptionCreate(StrictModel):
    """A subscription: where to POST, which event types (empty: all), the signing secret."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://oa.finance.sz.gov.cn/hooks/accountability",
                    "event_types": ["referrals.report.filed.v1"],
                    "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                }
            ]
        }
    )

    url: str = Field(min_length=1, max_length=2000)
    event_types: list[str] = Field(default_factory=list, max_length=50)
    secret: str | None = Field(
        default=None,
        min_length=38,
        max_length=100,
        pattern=r"^whsec_[A-Za-z0-9+/]+={0,2}$",
        description="Standard Webhooks form: whsec_ + base64 of 24 to 64 random bytes "
        "(omitted: the service makes one)",
    )


class SubscriptionRead(ReadModel):
    """A subscription (its secret is shown only when created)."""

    id: uuid.UUID
    department: str
    url: str
    event_types: list[str]
    active: bool
    created_at: datetime


class SubscriptionCreated(SubscriptionRead):
    """A new subscription with its signing secret (shown once)."""

    secret: str


class AttemptRead(ReadModel):
    """One attempt of a delivery."""

    attempt: int
    started_at: datetime
    status_code: int | None
    latency_ms: int
    error: str | None


class DeliveryRead(ReadModel):
    """A delivery to a subscription and its attempts."""

    id: uuid.UUID
    subscription_id: uuid.UUID
    item_id: uuid.UUID
    event_type: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
    log: list[AttemptRead] = Field(default_factory=list)


@dataclass(frozen=True)
class ItemToSend:
    """A new inbox item for its department's webhooks: the item as JSON, and its event type."""

    item_id: uuid.UUID
    department: str
    event_type: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Claimed:
    """A delivery the job leased, with what it needs to send it."""

    delivery_id: uuid.UUID
    url: str
    secret: str
    body: bytes
    attempt: int


@dataclass(frozen=True)
class Outcome:
    """The result of one HTTP attempt."""

    status_code: int | None
    error: str | None
    latency_ms: int


# What became of a delivery after an attempt (the webhook_attempts_total outcome label).
Settled = Literal["delivered", "retry", "dead"]
