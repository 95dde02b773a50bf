"""The notifications service: copies events into department inboxes by the copy rules."""

from fastapi import FastAPI

from services.notifications.config import NotificationsSettings
from services.notifications.database import directory, outbox, processed_events
from services.notifications.events import CONSUMED_TOPICS, CONSUMER_GROUP, REPORT_FILED
from services.notifications.inbox.endpoints import router as inbox_router
from services.notifications.inbox.service import deliver_report_filed
from shared.app import ServiceSpec, create_service_app
from shared.consumer import ConsumerSpec


def service_spec(settings: NotificationsSettings | None = None) -> ServiceSpec:
    """Wires the notifications service."""
    handlers = {**directory.handlers(), REPORT_FILED: deliver_report_filed}
    return ServiceSpec(
        title="Notifications service (抄送与反馈)",
        description="Department inboxes fed by the copy rules (R1, R4, R5, R6, R10).",
        settings=settings or NotificationsSettings(),
        routers=[inbox_router],
        outbox=outbox,
        processed=processed_events,
        consumers=[ConsumerSpec(CONSUMER_GROUP, CONSUMED_TOPICS, handlers)],
    )


def create_app() -> FastAPI:
    """Builds the notifications app (uvicorn factory)."""
    return create_service_app(service_spec())
