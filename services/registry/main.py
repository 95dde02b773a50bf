"""The registry service: departments, tasks, progress reports, urge notices, assessment."""

from fastapi import FastAPI

from services.registry.assessment import handlers as assessment_handlers
from services.registry.assessment.endpoints import router as assessment_router
from services.registry.calendar.endpoints import router as calendar_router
from services.registry.channels.endpoints import public_router as public_channels_router
from services.registry.channels.endpoints import router as missing_channels_router
from services.registry.checks.endpoints import router as checks_router
from services.registry.config import RegistrySettings
from services.registry.database import audit, outbox, processed_events
from services.registry.departments import repository as departments_repository
from services.registry.departments.endpoints import public_router as channels_router
from services.registry.departments.endpoints import router as departments_router
from services.registry.events import TOPICS
from services.registry.leader_matters import jobs as leader_matter_jobs
from services.registry.leader_matters.endpoints import router as leader_matters_router
from services.registry.occurrences import jobs as occurrence_jobs
from services.registry.occurrences.endpoints import router as occurrences_router
from services.registry.progress.endpoints import router as progress_router
from services.registry.tasks import jobs as task_jobs
from services.registry.tasks.endpoints import router as tasks_router
from services.registry.urges.endpoints import router as urges_router
from services.registry.white_papers.endpoints import late_router as late_papers_router
from services.registry.white_papers.endpoints import public_router as public_papers_router
from services.registry.white_papers.endpoints import router as white_papers_router
from shared.app import ServiceSpec, create_service_app
from shared.jobs import every


def service_spec(settings: RegistrySettings | None = None) -> ServiceSpec:
    """Wires the registry service; task deadlines run every REGISTRY_OVERDUE_JOB_INTERVAL_S,
    the period duties (occurrences, R11 channels, R13 late papers) every
    REGISTRY_PERIOD_JOB_INTERVAL_S."""
    settings = settings or RegistrySettings()
    interval, period = settings.overdue_job_interval_s, settings.period_job_interval_s
    return ServiceSpec(
        title="Registry service (职责与任务)",
        description=(
            "Departments, the tasks assigned to them and their decomposition, quarterly "
            "progress reports, urge notices, white papers and the assessment (评估) of every "
            "unit, computed from the events of every service."
        ),
        settings=settings,
        routers=[
            departments_router,
            channels_router,
            public_channels_router,
            missing_channels_router,
            tasks_router,
            occurrences_router,
            leader_matters_router,
            progress_router,
            checks_router,
            urges_router,
            white_papers_router,
            late_papers_router,
            public_papers_router,
            calendar_router,
            assessment_router,
        ],
        outbox=outbox,
        topics=TOPICS,
        audit=audit,
        processed=processed_events,
        jobs=[
            *(
                [
                    every("task deadlines", interval, task_jobs.task_deadlines),
                    every(
                        "leader matter circulars", interval, leader_matter_jobs.quarterly_circular
                    ),
                ]
                if interval > 0
                else []
            ),
            *(
                [every("period duties", period, occurrence_jobs.period_duties)]
                if period > 0
                else []
            ),
        ],
        departments=departments_repository.get,
        consumers=assessment_handlers.consumers(),
    )


def create_app() -> FastAPI:
    """Builds the registry app (uvicorn factory)."""
    return create_service_app(service_spec())
