"""The complaints service: intake, anonymous tracking, routing, time limits, feedback."""

from datetime import datetime

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import evidence
from services.complaints.complaints.deadlines import check_deadlines
from services.complaints.complaints.endpoints import admin_router
from services.complaints.complaints.endpoints import router as complaints_router
from services.complaints.complaints.public import router as public_router
from services.complaints.complaints.schemas import DeadlineRun
from services.complaints.complaints.statistics import router as statistics_router
from services.complaints.config import ComplaintsSettings
from services.complaints.database import directory, outbox, processed_events
from services.complaints.events import CONSUMED_TOPICS, CONSUMER_GROUP
from services.complaints.open311.endpoints import router as open311_router
from shared.app import ServiceSpec, create_service_app
from shared.consumer import ConsumerSpec
from shared.jobs import every


def service_spec(settings: ComplaintsSettings | None = None) -> ServiceSpec:
    """Wires the complaints service; the time-limit check runs in the background."""
    settings = settings or ComplaintsSettings()

    async def time_limits(session: AsyncSession, now: datetime) -> DeadlineRun:
        return await check_deadlines(session, now, settings)

    return ServiceSpec(
        title="Complaints service (投诉受理)",
        description=(
            "Complaints about administrative faults: intake on every channel, anonymous "
            "tracking, routing (R9, R10), time limits (R15), feedback, complainant privacy."
        ),
        settings=settings,
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
        departments=directory.get,
        consumers=[ConsumerSpec(CONSUMER_GROUP, CONSUMED_TOPICS, directory.handlers())],
        jobs=[every("time-limit check", settings.deadline_check_interval_s, time_limits)],
    )


def create_app() -> FastAPI:
    """Builds the complaints app (uvicorn factory)."""
    return create_service_app(service_spec())
