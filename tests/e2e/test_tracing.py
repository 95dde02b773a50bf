"""OpenTelemetry across HTTP and Kafka: one trace from a referral POST to the consumer.

referrals and notifications are restarted with the standard OTEL_* variables pointing at an
OTLP/HTTP receiver this test runs, then restarted without them.
"""

import secrets
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.e2e.helpers import FINANCE, report_body, wait_for_copies
from tests.support.otlp import ReceivedSpan, Receiver, otlp_receiver
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack
TRACED = ("referrals", "notifications")
FILED = "referrals.report.filed.v1"


@pytest.fixture
async def receiver(stack: Stack) -> AsyncIterator[Receiver]:
    """Runs a receiver and the traced services exporting to it, for one test."""
    with otlp_receiver() as receiver:
        environ = {
            "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
            "OTEL_BSP_SCHEDULE_DELAY": "200",  # export every 0.2 s instead of 5 s
        }
        try:
            for service in TRACED:
                await stack.restart(service, environ)
            yield receiver
        finally:
            for service in TRACED:
                await stack.restart(service)


def _one(spans: list[ReceivedSpan], **match: object) -> ReceivedSpan:
    found = [s for s in spans if all(getattr(s, k) == v for k, v in match.items())]
    assert len(found) == 1, (match, spans)
    return found[0]


async def test_referral_report_is_one_trace_from_the_request_to_the_notifications_consumer(
    stack: Stack, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    caller_trace, caller_span = secrets.token_hex(16), secrets.token_hex(8)
    correlation = f"corr-trace-{caller_span}"
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(),
        headers={
            **token(FINANCE),
            "traceparent": f"00-{caller_trace}-{caller_span}-01",
            "X-Correlation-ID": correlation,
        },
    )
    assert response.status_code == 201, response.text
    assert response.headers["X-Correlation-ID"] == correlation
    report_id = response.json()["id"]
    await wait_for_copies(http, stack, report_id)

    def handled(span: ReceivedSpan) -> bool:
        return (
            span.service == "notifications"
            and span.kind == "SPAN_KIND_CONSUMER"
            and span.attributes.get("cloudevents.event_subject") == report_id
        )

    async def consumer_span_exported() -> list[ReceivedSpan] | None:
        spans = [s for s in receiver.received() if s.trace_id == caller_trace]
        return spans if any(handled(s) for s in spans) else None

    spans = await wait_for(consumer_span_exported, timeout=30)

    # The HTTP server span in referrals continues the caller's trace.
    server = _one(spans, service="referrals", kind="SPAN_KIND_SERVER")
    assert server.name == "POST /referral-reports"
    assert server.parent_id == caller_span
    assert server.attributes["http.response.status_code"] == 201
    assert server.attributes["correlation_id"] == correlation
    # notifications handled the event in a consumer span whose parent is the relay's send span,
    # itself a child of the request's span: the context went through the outbox row and Kafka.
    consumer = next(s for s in spans if handled(s))
    assert consumer.attributes["cloudevents.event_type"] == FILED
    assert consumer.attributes["correlation_id"] == correlation
    assert consumer.name == f"process {stack.prefix}referrals.reports"
    send = _one(spans, span_id=consumer.parent_id)
    assert (send.service, send.kind) == ("referrals", "SPAN_KIND_PRODUCER")
    assert send.name == f"send {stack.prefix}referrals.reports"
    assert send.attributes["cloudevents.event_type"] == FILED
    assert send.attributes["messaging.kafka.message.key"] == report_id
    assert send.parent_id == server.span_id

    # The logs join the two: the consumer's log line has the correlation id and the trace id.
    applied = [
        line
        for line in stack.log_text("notifications").splitlines()
        if correlation in line and "event applied" in line
    ]
    assert applied and all(f'"trace_id": "{caller_trace}"' in line for line in applied), applied
