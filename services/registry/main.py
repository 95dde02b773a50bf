"""The registry service: the department directory (tasks and progress follow)."""

from fastapi import FastAPI

from services.registry.config import RegistrySettings
from services.registry.database import outbox, processed_events
from services.registry.departments.endpoints import router as departments_router
from shared.app import ServiceSpec, create_service_app


def service_spec(settings: RegistrySettings | None = None) -> ServiceSpec:
    """Wires the registry service."""
    return ServiceSpec(
        title="Registry service (职责与任务)",
        description="Departments, and the duties and tasks assigned to them.",
        settings=settings or RegistrySettings(),
        routers=[departments_router],
        outbox=outbox,
        processed=processed_events,
    )


def create_app() -> FastAPI:
    """Builds the registry app (uvicorn factory)."""
    return create_service_app(service_spec())
