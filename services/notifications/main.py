"""The notifications service: routes events into department inboxes and agency webhooks."""

from fastapi import FastAPI

from services.notifications.config import NotificationsSettings
from services.notifications.console.endpoints import router as console_router
from services.notifications.database import (
    audit,
    calendar_copy,
    directory,
    outbox,
    processed_events,
)
from services.notifications.events import CONSUMED_TOPICS, CONSUMER_GROUP, TOPICS
from services.notifications.inbox.endpoints import router as inbox_router
from services.notifications.inbox.service import deliver_event
from services.notifications.jobs import background_jobs
from services.notifications.jobs import router as jobs_router
from services.notifications.routing.endpoints import router as rules_router
from services.notifications.routing.rules import ROUTED_EVENT_TYPES
from services.notifications.webhooks.endpoints import router as webhooks_router
from services.notifications.webhooks.models import SEALED
from shared.app import ServiceSpec, create_service_app
from shared.consumer import Handler


def service_spec(settings: NotificationsSettings | None = None) -> ServiceSpec:
    """Wires the notifications service."""
    routed: dict[str, Handler] = dict.fromkeys(ROUTED_EVENT_TYPES, deliver_event)
    handlers = {**calendar_copy.handlers(), **routed}
    settings = settings or NotificationsSettings()
    return ServiceSpec(
        title="Notifications service (抄送与反馈)",
        description="Department inboxes and webhooks fed by the copy rules (R1, R4, R5, R6, R10).",
        settings=settings,
        routers=[
            inbox_router,
            rules_router,
            webhooks_router,
            jobs_router,
            console_router,
        ],
        outbox=outbox,
        topics=TOPICS,
        audit=audit,
        sealed=SEALED,
        processed=processed_events,
        departments=directory.lookup,
        directory=directory,
        consumers=directory.consumers(CONSUMER_GROUP, CONSUMED_TOPICS, handlers),
        jobs=background_jobs(settings),
    )


def create_app() -> FastAPI:
    """Builds the notifications app (uvicorn factory)."""
    return create_service_app(service_spec())
