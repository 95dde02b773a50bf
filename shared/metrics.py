"""Prometheus metrics every service exposes at /metrics (operator role)."""

import time
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select

from shared.access import authorize
from shared.auth import Principal, Role

HTTP_REQUESTS = Counter(
    "http_requests_total", "HTTP requests answered", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
OUTBOX_PENDING = Gauge("outbox_pending_events", "Events written but not yet published")
OUTBOX_OLDEST_AGE = Gauge(
    "outbox_oldest_pending_age_seconds", "Age of the oldest event not yet published"
)
RELAY_PUBLISHED = Counter("relay_published_events_total", "Events the relay published")
RELAY_FAILURES = Counter("relay_failures_total", "Relay batches that failed and will be retried")
CONSUMER_EVENTS = Counter(
    "consumer_events_total",
    "Events consumed, by outcome (applied, skipped, dead_lettered)",
    ["group", "outcome"],
)
CONSUMER_HANDLER_ERRORS = Counter(
    "consumer_handler_errors_total", "Handler attempts that raised", ["group", "event_type"]
)
CONSUMER_WAITING = Gauge(
    "consumer_waiting_events",
    "Events held until what they need arrives (e.g. a department not yet in the directory)",
    ["group", "reason"],
)
CONSUMER_LAG = Gauge(
    "consumer_lag_records", "Records behind the partition's end", ["group", "topic", "partition"]
)


def observe_request(method: str, route: str, status: int, started: float) -> None:
    """Records one answered HTTP request."""
    HTTP_REQUESTS.labels(method, route, str(status)).inc()
    HTTP_LATENCY.labels(method, route).observe(time.perf_counter() - started)


def metrics_router() -> APIRouter:
    """Builds GET /metrics in the Prometheus text format."""
    router = APIRouter(tags=["operations"])
    Operator = Annotated[Principal, Depends(authorize(Role.OPERATOR))]

    @router.get(
        "/metrics",
        summary="Prometheus metrics",
        response_class=Response,
        responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
    )
    async def metrics(request: Request, _: Operator) -> Response:
        outbox = getattr(request.app.state, "outbox", None)
        if outbox is not None:
            table = outbox.table
            query = select(func.count(), func.min(table.c.created_at)).where(
                table.c.sent_at.is_(None)
            )
            async with request.app.state.sessions() as session:
                pending, oldest = (await session.execute(query)).one()
            OUTBOX_PENDING.set(pending)
            now = request.app.state.clock.now()
            OUTBOX_OLDEST_AGE.set((now - oldest).total_seconds() if oldest else 0)
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router
