"""The registry service: departments, tasks, progress reports, urge notices, assessment."""

from fastapi import FastAPI

from services.registry.assessment import handlers as assessment_handlers
from services.registry.assessment.endpoints import router as assessment_router
from services.registry.calendar.endpoints import router as calendar_router
from services.registry.config import RegistrySettings
from services.registry.database import outbox, processed_events
from services.registry.departments import repository as departments_repository
from services.registry.departments.endpoints import public_router as channels_router
from services.registry.departments.endpoints import router as departments_router
from services.registry.progress.endpoints import router as progress_router
from services.registry.tasks import jobs as task_jobs
from services.registry.tasks.endpoints import router as tasks_router
from services.registry.urges.endpoints import router as urges_router
from services.registry.white_papers.endpoints import public_router as public_papers_router
from services.registry.white_papers.endpoints import router as white_papers_router
from shared.app import ServiceSpec, create_service_app
from shared.jobs import every


def service_spec(settings: RegistrySettings | None = None) -> ServiceSpec:
    """Wires the registry service; task deadlines run every REGISTRY_OVERDUE_JOB_INTERVAL_S."""
    settings = settings or RegistrySettings()
    interval = settings.overdue_job_interval_s
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
            tasks_router,
            progress_router,
            urges_router,
            white_papers_router,
            public_papers_router,
            calendar_router,
            assessment_router,
        ],
        outbox=outbox,
        processed=processed_events,
        jobs=[every("task deadlines", interval, task_jobs.task_deadlines)] if interval > 0 else [],
        departments=departments_repository.get,
        consumers=assessment_handlers.consumers(),
    )


def create_app() -> FastAPI:
    """Builds the registry app (uvicorn factory)."""
    return create_service_app(service_spec())
