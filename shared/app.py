"""The app factory every service uses: lifespan, health, readiness, errors, correlation ids."""

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from sqlalchemy import Table, text
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared import crypto, heap, tracing
from shared.access import PUBLIC, DepartmentLookup, authorize
from shared.audit import AuditLog, audit_router
from shared.auth import Principal, Role
from shared.clock import Clock
from shared.consumer import ConsumerSpec, EventConsumer
from shared.context import correlation_id
from shared.crypto import SealedTable
from shared.db import create_engine, create_session_factory
from shared.directory import DepartmentDirectory
from shared.errors import install_problem_handlers, nul_in_url, problem_response
from shared.idempotency import install_replay_handler
from shared.jobs import Job
from shared.kafka import Topic, kafka_reachable
from shared.keys import KeySet
from shared.limits import RequestLimitsMiddleware
from shared.logging import configure_logging
from shared.metrics import metrics_router, observe_request
from shared.openapi import operation_id, service_openapi
from shared.outbox import Outbox
from shared.ratelimit import RateLimits, storage_uri
from shared.relay import OutboxRelay
from shared.retention import retention_job
from shared.settings import ServiceSettings
from shared.tail import Tail
from shared.topics import TopicCheck

log = logging.getLogger(__name__)
CORRELATION_HEADER = "X-Correlation-ID"
UNTRACED = frozenset({"/healthz", "/readyz", "/metrics"})


@dataclass
class ServiceSpec:
    """What makes one service: its settings, routes, outbox and consumers."""

    title: str
    description: str
    settings: ServiceSettings
    routers: Sequence[APIRouter]
    outbox: Outbox | None = None
    topics: Sequence[Topic] = ()  # the topics it declares: checked against the cluster at start
    processed: Table | None = None
    consumers: Sequence[ConsumerSpec] = field(default_factory=list)
    jobs: Sequence[Job] = field(default_factory=list)
    departments: DepartmentLookup | None = None  # the directory the access policies read
    directory: DepartmentDirectory | None = None  # the service's copy, if it keeps one
    audit: AuditLog | None = None  # its audit trail (GET /audit, GET /audit/verify)
    sealed: Sequence[SealedTable] = field(default_factory=list)  # its columns sealed at rest


class RequestContextMiddleware:
    """Sets the correlation id (the caller's, or a new one), traces and measures the request.

    A plain ASGI middleware: Starlette's BaseHTTPMiddleware runs every request through an
    extra task and memory streams, which cost more CPU than our whole routing layer.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        cid = (headers.get(CORRELATION_HEADER) or uuid.uuid4().hex)[:100]
        token = correlation_id.set(cid)
        started = time.perf_counter()
        status = 500  # what the caller gets if the app raises before it answers

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[CORRELATION_HEADER] = cid
            await send(message)

        path, method = scope["path"], scope["method"]
        try:
            # Probes and scrapes come every few seconds and would drown the traces.
            with tracing.server_span(method, path, headers, path in UNTRACED) as span:
                refusal = nul_in_url(scope)
                await (refusal or self.app)(scope, receive, send_with_id)
                route = getattr(scope.get("route"), "path", None)
                tracing.http_result(span, method, route, status, cid)
        finally:
            correlation_id.reset(token)
            observe_request(
                method, getattr(scope.get("route"), "path", "unmatched"), status, started
            )


Run = Callable[[], Coroutine[Any, Any, None]]


@contextlib.asynccontextmanager
async def background_work(
    spec: ServiceSpec, *, relay: bool, consumers: bool
) -> AsyncIterator[list[Run]]:
    """Gets the service's outbox relay and consumers to run, as asked: in the API's lifespan
    (as its settings switch them) or in `python -m services.<name> work|relay`.

    They run on a pool of their own, one connection for each: when requests hold every
    connection of the request pool (a burst above what the process carries), the relay still
    publishes and the consumers still apply. On the shared pool they waited behind the
    requests, timed out and backed off, so the outbox and the inboxes fell behind the load
    (docs/performance.md, "The background's own pool").
    """
    relays = [spec.outbox] if spec.outbox is not None and relay else []
    groups = list(spec.consumers) if spec.processed is not None and consumers else []
    if not relays and not groups:
        yield []
        return
    engine = create_engine(spec.settings, pool_size=len(relays) + len(groups))
    sessions = create_session_factory(engine)
    runs: list[Run] = [OutboxRelay(o, sessions, spec.settings).run for o in relays]
    if spec.processed is not None:
        runs += [EventConsumer(c, sessions, spec.processed, spec.settings).run for c in groups]
    try:
        yield runs
    finally:
        await engine.dispose()


def health_router() -> APIRouter:
    """Builds /healthz (process alive) and /readyz (database and Kafka reachable)."""
    router = APIRouter(tags=["health"], dependencies=[Depends(PUBLIC)])

    @router.get("/healthz", summary="The process is alive")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get(
        "/readyz",
        summary="The database and Kafka are reachable",
        responses={503: {"description": "A dependency is unreachable (problem+json)"}},
    )
    async def readyz(request: Request) -> Response:
        failures: dict[str, str] = {}
        try:
            async with request.app.state.engine.connect() as conn:
                await asyncio.wait_for(conn.execute(text("select 1")), 3.0)
        except Exception as exc:
            failures["database"] = repr(exc)
        try:
            await kafka_reachable(request.app.state.settings)
        except Exception as exc:
            failures["kafka"] = repr(exc) or type(exc).__name__
        if weak := request.app.state.topic_check.found:
            failures["topics"] = "; ".join(weak)
        if failures:
            reasons = "; ".join(f"{k}: {v}" for k, v in failures.items())
            return problem_response(
                503, "unavailable", "Service not ready", reasons, request, checks=failures
            )
        return Response('{"status":"ready"}', media_type="application/json")

    return router


class ClockSetting(BaseModel):
    """The time to set, or how far to move it."""

    at: datetime | None = None
    advance_s: float | None = None


def clock_router() -> APIRouter:
    """Builds /_test/clock, mounted only when the environment is `test`: timers read this clock."""
    router = APIRouter(prefix="/_test/clock", tags=["test support"])
    Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]

    @router.get("", summary="The service's current time")
    async def read_clock(request: Request, _: Admin) -> dict[str, datetime]:
        return {"now": request.app.state.clock.now()}

    @router.put("", summary="Set or advance the service's clock")
    async def set_clock(body: ClockSetting, request: Request, _: Admin) -> dict[str, datetime]:
        clock: Clock = request.app.state.clock
        if body.at is not None:
            clock.set(body.at)
        if body.advance_s is not None:
            clock.advance(timedelta(seconds=body.advance_s))
        return {"now": clock.now()}

    @router.delete("", summary="Return to the system time")
    async def reset_clock(request: Request, _: Admin) -> dict[str, datetime]:
        request.app.state.clock.reset()
        return {"now": request.app.state.clock.now()}

    return router


def create_service_app(spec: ServiceSpec) -> FastAPI:
    """Builds a service's FastAPI app; background relay and consumers run in its lifespan."""
    settings = spec.settings
    if spec.sealed:
        crypto.install(settings.key_ring())

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.service_name, settings.log_level)
        tracing.start_tracing(settings.service_name)
        app.state.engine = create_engine(settings)
        app.state.sessions = create_session_factory(app.state.engine)
        app.state.session_gate = asyncio.Semaphore(settings.database_pool_size)
        app.state.tail = Tail(spec.outbox, spec.audit) if spec.outbox and spec.audit else None
        app.state.rate_limits = RateLimits(storage_uri(settings))
        background = background_work(
            spec, relay=settings.relay_enabled, consumers=settings.consumers_enabled
        )
        try:
            async with background as runs:
                tasks = [asyncio.create_task(run()) for run in runs]
                tasks.append(asyncio.create_task(app.state.topic_check.run()))
                jobs = [*spec.jobs, retention_job(settings, spec.processed)]
                tasks += [asyncio.create_task(job(app)) for job in jobs]
                heap.freeze_startup()
                log.info(
                    "service started",
                    extra={"port": settings.port, "background_tasks": len(tasks)},
                )
                try:
                    yield
                finally:
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            await app.state.rate_limits.close()
            await app.state.engine.dispose()
            await asyncio.to_thread(tracing.stop_tracing)

    app = FastAPI(
        title=spec.title,
        description=spec.description,
        version="0.1.0",
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.keys = KeySet(settings)
    app.state.clock = Clock()
    app.state.outbox = spec.outbox
    app.state.topic_check = TopicCheck(settings, spec.topics)
    app.state.departments = spec.departments
    if spec.directory is not None:
        spec.directory.registry_url = settings.registry_url
    install_problem_handlers(app)
    install_replay_handler(app)
    app.add_middleware(RequestLimitsMiddleware, settings=settings)
    app.add_middleware(RequestContextMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                CORRELATION_HEADER,
                *tracing.TRACE_FIELDS,
            ],
            expose_headers=[CORRELATION_HEADER, "Location"],
        )
    routers = [health_router(), metrics_router()]
    if settings.environment == "test":
        routers.append(clock_router())
    if spec.audit is not None:
        routers.append(audit_router(spec.audit))
    routers.extend(spec.routers)
    for router in routers:
        app.include_router(router)
    app.openapi = service_openapi(app, routers)  # type: ignore[method-assign]
    return app
