"""Tracing when configured, and nothing when not: the switch and the envelope's trace context."""

import subprocess
import sys
import uuid
from pathlib import Path

from shared.events import Envelope, EventPayload
from shared.tracing import tracing_configured

TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


class Thing(EventPayload):
    event_type = "tests.thing.happened.v1"
    topic = "tests.things"

    name: str


def test_tracing_is_on_only_with_an_otlp_endpoint_and_the_sdk_not_disabled() -> None:
    endpoint = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}
    assert not tracing_configured({})
    assert not tracing_configured({"OTEL_SERVICE_NAME": "referrals"})
    assert tracing_configured(endpoint)
    assert tracing_configured({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://c:4318/v1/traces"})
    assert not tracing_configured({**endpoint, "OTEL_SDK_DISABLED": "true"})
    assert not tracing_configured({**endpoint, "OTEL_TRACES_EXPORTER": "none"})


def test_without_tracing_no_sdk_is_loaded_and_events_carry_no_trace_context() -> None:
    """Off costs nothing: the app, relay and consumer import no SDK and add no header."""
    code = (
        "import sys\n"
        "import shared.app, shared.cli\n"
        "from shared.tracing import start_tracing\n"
        "assert start_tracing('referrals') is False\n"
        "assert 'opentelemetry.sdk' not in sys.modules, 'SDK loaded'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr
    envelope = Envelope.wrap("tests", Thing(name="x"), subject="s")
    assert envelope.traceparent is None
    assert not [name for name, _ in envelope.kafka_headers() if name.startswith("ce_trace")]


def test_trace_context_travels_as_cloudevents_tracing_extension_headers() -> None:
    envelope = Envelope(
        source="tests",
        type=Thing.event_type,
        subject=str(uuid.uuid4()),
        traceparent=TRACEPARENT,
        tracestate="city=sz",
        data={"name": "x"},
    )
    headers = dict(envelope.kafka_headers())
    assert headers["ce_traceparent"] == TRACEPARENT.encode()
    assert headers["ce_tracestate"] == b"city=sz"

    back = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())

    assert back.trace_context() == {"traceparent": TRACEPARENT, "tracestate": "city=sz"}
    assert back == envelope


def test_an_outbox_row_written_before_tracing_existed_still_reads() -> None:
    """Rows keep their headers as JSON: old ones have no traceparent key."""
    old = Envelope(source="tests", type=Thing.event_type, subject="s", data={"name": "x"})
    headers = old.model_dump(mode="json", exclude={"data", "traceparent", "tracestate"})

    assert Envelope(**headers, data={"name": "x"}).trace_context() == {}
