"""The AsyncAPI 3.0 document of every topic and event: current, complete, valid (@asyncapi/cli)."""

import os
import re
import subprocess

from services.topics import ALL_TOPICS
from shared.events import ConsumedPayload, Envelope
from tools import asyncapi
from tools.asyncapi import OUT, document, producers, render

ASYNCAPI = asyncapi.ROOT / "tools" / "npm" / "node_modules" / ".bin" / "asyncapi"


def test_committed_document_is_current() -> None:
    """docs/asyncapi.json is what the event models generate (run `make asyncapi`)."""
    assert OUT.read_text(encoding="utf-8") == render(document()), "run `make asyncapi`"


def test_declared_headers_are_the_ones_records_carry() -> None:
    """Every header of an untraced record is required; a traced one adds only optional ones."""
    declared = document()["components"]["schemas"]["CloudEventHeaders"]
    plain = Envelope(source="tests", type="tests.thing.happened.v1", subject="s", data={})
    traced = plain.model_copy(
        update={
            "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "tracestate": "city=sz",
        }
    )
    plain_names = {name for name, _ in plain.kafka_headers()}
    traced_names = {name for name, _ in traced.kafka_headers()}
    assert set(declared["required"]) == plain_names - {"content-type"}
    assert set(declared["properties"]) == traced_names
    pattern = declared["properties"]["ce_traceparent"]["pattern"]
    assert re.match(pattern, str(traced.traceparent))


def test_every_topic_is_a_channel_and_every_published_event_a_message_on_it() -> None:
    """Producers' payload classes are the messages; consumers' views are not."""
    doc = document()
    assert set(doc["channels"]) == {t.name for t in ALL_TOPICS}
    published = [cls for classes in producers().values() for cls in classes]
    assert {"referrals.report.filed.v1", "registry.urge_notice.issued.v1"} <= {
        c.event_type for c in published
    }
    for cls in published:
        assert not issubclass(cls, ConsumedPayload)
        message = doc["channels"][cls.topic]["messages"][cls.event_type]
        assert message == {"$ref": f"#/components/messages/{cls.event_type}"}
        payload = doc["components"]["messages"][cls.event_type]["payload"]
        schema = doc["components"]["schemas"][payload["$ref"].rsplit("/", 1)[-1]]
        assert set(schema["properties"]) == set(cls.model_fields), cls.event_type
    names = {cls.__name__ for cls in published}
    assert not any(n.endswith("View") for n in names), names


def test_every_consumer_group_receives_from_the_topics_it_reads() -> None:
    """A receive operation per (group, consumed topic), a send operation per producer topic."""
    operations = document()["operations"]
    assert operations["referrals.consumes.registry.tasks"]["action"] == "receive"
    assert operations["notifications.consumes.referrals.reports"]["action"] == "receive"
    send = operations["referrals.publishes.referrals.reports"]
    assert send["action"] == "send"
    assert send["channel"] == {"$ref": "#/channels/referrals.reports"}


def test_document_is_valid_for_the_asyncapi_cli() -> None:
    """`asyncapi validate` finds no error and no warning."""
    assert ASYNCAPI.exists(), "run `make setup` (npm ci in tools/npm)"
    env = {**os.environ, "SUPPRESS_NO_CONFIG_WARNING": "1", "ASYNCAPI_METRICS": "false"}
    done = subprocess.run(
        [str(ASYNCAPI), "validate", str(OUT), "--fail-severity", "warn"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "0 errors, 0 warnings" in output, output
