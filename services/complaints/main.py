"""The complaints service: intake, anonymous tracking, routing, time limits, feedback."""

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI

from services.complaints.complaints import evidence
from services.complaints.complaints.deadlines import run_deadline_checks
from services.complaints.complaints.endpoints import admin_router
from services.complaints.complaints.endpoints import router as complaints_router
from services.complaints.complaints.public import router as public_router
from services.complaints.complaints.statistics import router as statistics_router
from services.complaints.config import ComplaintsSettings
from services.complaints.database import directory, outbox, processed_events
from services.complaints.events import CONSUMED_TOPICS, CONSUMER_GROUP
from services.complaints.open311.endpoints import router as open311_router
from shared.app import ServiceSpec, create_service_app
from shared.consumer import ConsumerSpec


def service_spec(settings: ComplaintsSettings | None = None) -> ServiceSpec:
    """Wires the complaints service."""
    return ServiceSpec(
        title="Complaints service (投诉受理)",
        description=(
            "Complaints about administrative faults: intake on every channel, anonymous "
            "tracking, routing (R9, R10), time limits (R15), feedback, complainant privacy."
        ),
        settings=settings or ComplaintsSettings(),
        routers=[
            public_router,
            evidence.public_router,
            complaints_router,
            evidence.router,
            statistics_router,
            admin_router,
            open311_router,
        ],
        outbox=outbox,
        processed=processed_events,
        consumers=[ConsumerSpec(CONSUMER_GROUP, CONSUMED_TOPICS, directory.handlers())],
    )


def create_app() -> FastAPI:
    """Builds the complaints app (uvicorn factory), with the time-limit check in its lifespan."""
    app = create_service_app(service_spec())
    shared_lifespan = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with shared_lifespan(app):
            checks = asyncio.create_task(run_deadline_checks(app))
            try:
                yield
            finally:
                checks.cancel()
                await asyncio.gather(checks, return_exceptions=True)

    app.router.lifespan_context = lifespan
    return app
