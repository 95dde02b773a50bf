"""The complaints service: so far its department copy; intake and routing follow."""

from fastapi import FastAPI

from services.complaints.config import ComplaintsSettings
from services.complaints.database import directory, outbox, processed_events
from services.complaints.events import CONSUMED_TOPICS, CONSUMER_GROUP
from shared.app import ServiceSpec, create_service_app
from shared.consumer import ConsumerSpec


def service_spec(settings: ComplaintsSettings | None = None) -> ServiceSpec:
    """Wires the complaints service."""
    return ServiceSpec(
        title="Complaints service (投诉受理)",
        description="Complaints about administrative faults: intake, routing, time limits.",
        settings=settings or ComplaintsSettings(),
        routers=[],
        outbox=outbox,
        processed=processed_events,
        consumers=[ConsumerSpec(CONSUMER_GROUP, CONSUMED_TOPICS, directory.handlers())],
    )


def create_app() -> FastAPI:
    """Builds the complaints app (uvicorn factory)."""
    return create_service_app(service_spec())
