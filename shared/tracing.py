"""OpenTelemetry tracing across HTTP and Kafka, on only when an OTLP endpoint is configured.

Off (the default) every helper returns at once: the SDK is not even imported. On when
OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set (and OTEL_SDK_DISABLED
is not true); spans go by OTLP/HTTP, and the other standard OTEL_* variables apply (service
name, resource attributes, sampler, headers, batch delay).

The spans: one server span per HTTP request (continuing the caller's W3C `traceparent`); the
creation context written with the event into the outbox row; one send span per event published
by the relay, whose context travels on the record as `ce_traceparent` (CloudEvents distributed
tracing extension); one consumer span per handled event, its child. Work done in a request or a
handler, events it adds included, belongs to that span.
"""

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

log = logging.getLogger(__name__)
ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")
TRACE_FIELDS = ("traceparent", "tracestate")
_propagator = TraceContextTextMapPropagator()
_tracer: Tracer | None = None
_shutdown: Any = None  # the SDK provider's shutdown, when tracing is on


def tracing_configured(environ: Mapping[str, str] = os.environ) -> bool:
    """Tells whether the environment asks for tracing (an OTLP endpoint, SDK not disabled)."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    if environ.get("OTEL_TRACES_EXPORTER", "").strip().lower() == "none":
        return False
    return any(environ.get(name, "").strip() for name in ENDPOINT_VARIABLES)


def start_tracing(service_name: str) -> bool:
    """Starts exporting spans when configured; returns whether tracing is on."""
    global _tracer, _shutdown
    if _tracer is not None or not tracing_configured():
        return _tracer is not None
    # Imported here so that a service without tracing never loads the SDK.
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    attributes = {} if os.environ.get("OTEL_SERVICE_NAME") else {SERVICE_NAME: service_name}
    provider = TracerProvider(resource=Resource.create(attributes))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    _tracer, _shutdown = provider.get_tracer("accountability"), provider.shutdown
    log.info("tracing on", extra={"otlp_endpoint": _endpoint()})
    return True


def tracing_on() -> bool:
    """Tells whether this process traces (callers skip building span attributes when not)."""
    return _tracer is not None


def stop_tracing() -> None:
    """Exports the spans still buffered and stops tracing (blocking: call it in a thread)."""
    global _tracer, _shutdown
    shutdown, _tracer, _shutdown = _shutdown, None, None
    if shutdown is not None:
        shutdown()


def _endpoint() -> str:
    return next((os.environ[n] for n in ENDPOINT_VARIABLES if os.environ.get(n)), "")


def _extract(carrier: Mapping[str, str]) -> Context:
    return _propagator.extract(carrier={k.lower(): v for k, v in carrier.items()})


def _inject(span: Span) -> dict[str, str]:
    carrier: dict[str, str] = {}
    _propagator.inject(carrier, context=trace.set_span_in_context(span))
    return carrier


def current_context() -> dict[str, str]:
    """Gets the W3C trace context of the span in progress ({} when there is none)."""
    if _tracer is None:
        return {}
    span = trace.get_current_span()
    return _inject(span) if span.get_span_context().is_valid else {}


def current_ids() -> tuple[str, str] | None:
    """Gets the trace and span ids of the span in progress, as hex, for the logs."""
    if _tracer is None:
        return None
    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return None
    return format(context.trace_id, "032x"), format(context.span_id, "016x")


@contextmanager
def server_span(
    method: str, path: str, headers: Mapping[str, str], untraced: bool = False
) -> Iterator[Span | None]:
    """Runs an HTTP request in a server span continuing the caller's trace context, if any."""
    if _tracer is None or untraced:
        yield None
        return
    with _tracer.start_as_current_span(
        method,
        context=_extract({k: headers[k] for k in TRACE_FIELDS if k in headers}),
        kind=SpanKind.SERVER,
        attributes={"http.request.method": method, "url.path": path},
    ) as span:
        yield span


def http_result(
    span: Span | None, method: str, route: str | None, status: int, correlation: str
) -> None:
    """Names a server span after its route; records the response status and correlation id."""
    if span is None:
        return
    span.set_attribute("correlation_id", correlation)
    if route:
        span.update_name(f"{method} {route}")
        span.set_attribute("http.route", route)
    span.set_attribute("http.response.status_code", status)
    if status >= 500:
        span.set_status(Status(StatusCode.ERROR))


@contextmanager
def consumer_span(
    parent: Mapping[str, str], topic: str, group: str, attributes: Mapping[str, Any]
) -> Iterator[None]:
    """Runs the handling of one consumed event in a span, child of the record's send span."""
    if _tracer is None:
        yield
        return
    with _tracer.start_as_current_span(
        f"process {topic}",
        context=_extract(parent),
        kind=SpanKind.CONSUMER,
        attributes={
            "messaging.system": "kafka",
            "messaging.operation.type": "process",
            "messaging.destination.name": topic,
            "messaging.consumer.group.name": group,
            **attributes,
        },
    ):
        yield


class SendSpans:
    """The relay's send spans of one batch, ended when the broker has acknowledged it."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    def start(
        self, parent: Mapping[str, str], topic: str, attributes: Mapping[str, Any]
    ) -> dict[str, str]:
        """Starts a send span, child of the event's creation context; returns the record's."""
        if _tracer is None:
            return dict(parent)
        span = _tracer.start_span(
            f"send {topic}",
            context=_extract(parent),
            kind=SpanKind.PRODUCER,
            attributes={
                "messaging.system": "kafka",
                "messaging.operation.type": "send",
                "messaging.destination.name": topic,
                **attributes,
            },
        )
        self.spans.append(span)
        return _inject(span)

    def end(self, error: BaseException | None = None) -> None:
        """Ends every span of the batch, as failed when the batch was not acknowledged."""
        for span in self.spans:
            if error is not None:
                span.record_exception(error)
                span.set_status(Status(StatusCode.ERROR, repr(error)))
            span.end()
        self.spans = []


@contextmanager
def send_spans() -> Iterator[SendSpans]:
    """Gives the relay a batch's send spans and ends them with the batch's outcome."""
    spans = SendSpans()
    try:
        yield spans
    except BaseException as exc:
        spans.end(exc)
        raise
    spans.end()
