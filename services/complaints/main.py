"""The complaints service: intake, anonymous tracking, routing, time limits, feedback."""

from functools import partial

from fastapi import FastAPI

from services.complaints.complaints.endpoints import router as complaints_router
from services.complaints.complaints.models import SEALED
from services.complaints.complaints.service import on_case_feedback
from services.complaints.config import ComplaintsSettings
from services.complaints.database import audit, calendar_copy, directory, outbox, processed_events
from services.complaints.deadlines.endpoints import admin_router
from services.complaints.deadlines.jobs import check_time_limits
from services.complaints.events import CASE_FEEDBACK_GIVEN, CONSUMED_TOPICS, CONSUMER_GROUP, TOPICS
from services.complaints.evidence.endpoints import public_router as public_evidence_router
from services.complaints.evidence.endpoints import router as evidence_router
from services.complaints.handling.endpoints import router as handling_router
from services.complaints.open311.endpoints import keys_router as open311_keys_router
from services.complaints.open311.endpoints import router as open311_router
from services.complaints.public.endpoints import router as public_router
from services.complaints.statistics.endpoints import router as statistics_router
from shared.app import ServiceSpec, create_service_app
from shared.jobs import every
from shared.ratelimit import sweep as sweep_rate_limits


def service_spec(settings: ComplaintsSettings | None = None) -> ServiceSpec:
    """Wires the complaints service; the time-limit job runs in the background."""
    settings = settings or ComplaintsSettings()
    time_limit_job = partial(check_time_limits, settings=settings)
    return ServiceSpec(
        title="Complaints service (投诉受理)",
        description=(
            "Complaints about administrative faults: intake on every channel, anonymous "
            "tracking, routing (R9, R10), time limits (R15), feedback, complainant privacy."
        ),
        settings=settings,
        routers=[
            public_router,
            public_evidence_router,
            complaints_router,
            handling_router,
            evidence_router,
            statistics_router,
            admin_router,
            open311_router,
            open311_keys_router,
        ],
        outbox=outbox,
        topics=TOPICS,
        audit=audit,
        sealed=SEALED,
        processed=processed_events,
        departments=directory.lookup,
        directory=directory,
        consumers=directory.consumers(
            CONSUMER_GROUP,
            CONSUMED_TOPICS,
            {**calendar_copy.handlers(), CASE_FEEDBACK_GIVEN: on_case_feedback},
        ),
        jobs=[
            every("time-limit job", settings.deadline_check_interval_s, time_limit_job),
            every("rate-limit sweep", settings.rate_limit_sweep_interval_s, sweep_rate_limits),
        ],
    )


def create_app() -> FastAPI:
    """Builds the complaints app (uvicorn factory)."""
    return create_service_app(service_spec())
