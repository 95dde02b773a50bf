"""The registry service: departments, tasks, progress reports, urge notices."""

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI

from services.registry.calendar.endpoints import router as calendar_router
from services.registry.config import RegistrySettings
from services.registry.database import outbox, processed_events
from services.registry.departments.endpoints import public_router as channels_router
from services.registry.departments.endpoints import router as departments_router
from services.registry.progress.endpoints import router as progress_router
from services.registry.tasks.endpoints import router as tasks_router
from services.registry.tasks.jobs import run_every
from services.registry.urges.endpoints import router as urges_router
from services.registry.white_papers.endpoints import public_router as public_papers_router
from services.registry.white_papers.endpoints import router as white_papers_router
from shared.app import ServiceSpec, create_service_app


def service_spec(settings: RegistrySettings | None = None) -> ServiceSpec:
    """Wires the registry service."""
    return ServiceSpec(
        title="Registry service (职责与任务)",
        description=(
            "Departments, the tasks assigned to them and their decomposition, quarterly "
            "progress reports and urge notices."
        ),
        settings=settings or RegistrySettings(),
        routers=[
            departments_router,
            channels_router,
            tasks_router,
            progress_router,
            urges_router,
            white_papers_router,
            public_papers_router,
            calendar_router,
        ],
        outbox=outbox,
        processed=processed_events,
    )


def create_app() -> FastAPI:
    """Builds the registry app (uvicorn factory), with the overdue job beside the relay."""
    spec = service_spec()
    app = create_service_app(spec)
    interval = getattr(spec.settings, "overdue_job_interval_s", 0.0)
    if interval <= 0:
        return app
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with inner(app):
            stop = asyncio.Event()
            job = asyncio.create_task(
                run_every(app.state.sessions, app.state.clock, interval, stop)
            )
            try:
                yield
            finally:
                stop.set()
                await asyncio.gather(job, return_exceptions=True)

    app.router.lifespan_context = lifespan
    return app
