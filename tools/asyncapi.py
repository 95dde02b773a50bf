"""Writes the AsyncAPI 3.0 document of every topic and event into docs/asyncapi.json.

  python -m tools.asyncapi            writes the document (`make asyncapi`)
  python -m tools.asyncapi --check    exits 1 when the committed document is not current

Channels are the topics services/topics.py creates; messages are the producers' EventPayload
classes (consumers' ConsumedPayload views are not sources); operations say which service
sends on which topic and which consumer group receives from it.
"""

import argparse
import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

from services.topics import ALL_TOPICS
from shared.directory import DEPARTMENTS_TOPIC
from shared.events import EventPayload
from shared.kafka import Topic

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "asyncapi.json"
SERVICES = ("registry", "complaints", "referrals", "notifications")
KAFKA_BINDING = "0.5.0"
_HEADERS = {
    "ce_specversion": "CloudEvents version, 1.0",
    "ce_id": "Event id (UUID): consumers drop duplicates by it",
    "ce_source": "The producing service, e.g. /referrals",
    "ce_type": "Versioned event type, e.g. referrals.report.filed.v1",
    "ce_subject": "Aggregate id; also the record key",
    "ce_time": "When the event happened (RFC 3339)",
    "ce_correlationid": "Correlation id of the request that caused it",
    "ce_traceparent": (
        "W3C traceparent (CloudEvents distributed tracing extension), only when the producer"
        " traces: the context of the relay's send span, parent of the consumer's span"
    ),
    "ce_tracestate": "W3C tracestate that goes with ce_traceparent, when there is one",
    "content-type": "application/json",
}
# Present only when tracing is on (OTEL_EXPORTER_OTLP_ENDPOINT): not required.
_OPTIONAL_HEADERS = ("content-type", "ce_traceparent", "ce_tracestate")
_PATTERNS = {"ce_traceparent": {"pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"}}


def producers() -> dict[str, list[type[EventPayload]]]:
    """Lists each service's published payload classes (those naming an event type)."""
    found: dict[str, list[type[EventPayload]]] = {s: [] for s in SERVICES}
    for service in SERVICES:
        importlib.import_module(f"services.{service}.main")  # imports every payload module
    pending: list[type[EventPayload]] = list(EventPayload.__subclasses__())
    while pending:
        cls = pending.pop(0)
        pending.extend(cls.__subclasses__())
        parts = cls.__module__.split(".")
        if parts[0] != "services" or "tests" in parts or "event_type" not in vars(cls):
            continue
        found[parts[1]].append(cls)
    return {s: sorted(c, key=lambda c: c.event_type) for s, c in found.items()}


def _schemas(cls: type[EventPayload], components: dict[str, Any]) -> dict[str, str]:
    """Adds a payload's JSON schema (and the schemas it uses) to the components."""
    schema = cls.model_json_schema(
        ref_template="#/components/schemas/{model}", mode="serialization"
    )
    for name, sub in {**schema.pop("$defs", {}), cls.__name__: schema}.items():
        if components.setdefault(name, sub) != sub:
            raise ValueError(f"two event schemas are named {name}")
    return {"$ref": f"#/components/schemas/{cls.__name__}"}


def _message(cls: type[EventPayload], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": cls.__name__,
        "title": cls.event_type,
        "summary": (inspect.getdoc(cls) or cls.event_type).split("\n")[0],
        "contentType": "application/json",
        "headers": {
            "allOf": [
                {"$ref": "#/components/schemas/CloudEventHeaders"},
                {"type": "object", "properties": {"ce_type": {"const": cls.event_type}}},
            ]
        },
        "payload": _schemas(cls, schemas),
        "bindings": {
            "kafka": {
                "key": {"type": "string", "description": "The aggregate id (ce_subject)"},
                "bindingVersion": KAFKA_BINDING,
            }
        },
    }


def _channel(topic: Topic, messages: list[str]) -> dict[str, Any]:
    config: dict[str, Any] = {}
    if "cleanup.policy" in topic.config:
        config["cleanup.policy"] = topic.config["cleanup.policy"].split(",")
    dlq = topic.name.endswith(".dlq")
    text = (
        f"Dead letters of consumer group `{topic.name[:-4]}`: records it could not apply, "
        "with dlq_* headers (error, attempts, original topic, partition, offset)."
        if dlq
        else f"{topic.partitions} partitions, keyed by aggregate id (one aggregate in order)."
    )
    return {
        "address": topic.name,
        "title": topic.name,
        "description": text,
        "messages": {m: {"$ref": f"#/components/messages/{m}"} for m in messages},
        "bindings": {
            "kafka": {
                "topic": topic.name,
                "partitions": topic.partitions,
                **({"topicConfiguration": config} if config else {}),
                "bindingVersion": KAFKA_BINDING,
            }
        },
    }


def document() -> dict[str, Any]:
    """Builds the AsyncAPI document from the topics and the event models."""
    schemas: dict[str, Any] = {
        "CloudEventHeaders": {
            "type": "object",
            "description": "CloudEvents 1.0 attributes in Kafka binary mode",
            "required": [h for h in _HEADERS if h not in _OPTIONAL_HEADERS],
            "properties": {
                h: {"type": "string", "description": d, **_PATTERNS.get(h, {})}
                for h, d in _HEADERS.items()
            },
        }
    }
    messages: dict[str, Any] = {}
    by_topic: dict[str, list[str]] = {t.name: [] for t in ALL_TOPICS}
    operations: dict[str, Any] = {}
    for service, classes in producers().items():
        for cls in classes:
            messages[cls.event_type] = _message(cls, schemas)
            by_topic.setdefault(cls.topic, []).append(cls.event_type)
        for topic in sorted({c.topic for c in classes}):
            operations[f"{service}.publishes.{topic}"] = {
                "action": "send",
                "title": f"{service} publishes on {topic}",
                "summary": f"The {service} service's outbox relay sends these events.",
                "channel": {"$ref": f"#/channels/{topic}"},
                "messages": [
                    {"$ref": f"#/channels/{topic}/messages/{c.event_type}"}
                    for c in classes
                    if c.topic == topic
                ],
            }
    for service in SERVICES:
        events = importlib.import_module(f"services.{service}.events")
        group = getattr(events, "CONSUMER_GROUP", None)
        for topic in getattr(events, "CONSUMED_TOPICS", []):
            # The directory is read by a group of its own (shared/directory.py, consumers()).
            reader = f"{group}-directory" if topic == DEPARTMENTS_TOPIC else group
            operations[f"{reader}.consumes.{topic}"] = {
                "action": "receive",
                "title": f"{reader} consumes {topic}",
                "summary": f"Consumer group `{reader}` reads every event of the topic.",
                "channel": {"$ref": f"#/channels/{topic}"},
            }
        if group is not None:
            consumed = [m for t in getattr(events, "CONSUMED_TOPICS", []) for m in by_topic[t]]
            by_topic[f"{group}.dlq"] = sorted(set(consumed))
    topics = {t.name: t for t in ALL_TOPICS}
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Administrative accountability chain: events (行政责任体系)",
            "version": "0.1.0",
            "description": (
                "Every topic and event the four services exchange on Kafka. Generated by "
                "`make asyncapi` from services/*/events.py; do not edit by hand."
            ),
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": "127.0.0.1:9092",
                "protocol": "kafka",
                "description": "The development broker (`make run`); topics may carry a prefix",
            }
        },
        "channels": {name: _channel(topics[name], by_topic[name]) for name in sorted(topics)},
        "operations": dict(sorted(operations.items())),
        "components": {"messages": dict(sorted(messages.items())), "schemas": schemas},
    }


def render(doc: dict[str, Any]) -> str:
    """Renders the document as the committed text."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    """Writes the document, or with --check says whether it is current."""
    parser = argparse.ArgumentParser(prog="python -m tools.asyncapi")
    parser.add_argument("--check", action="store_true", help="only check it is current")
    args = parser.parse_args()
    text = render(document())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            sys.exit("docs/asyncapi.json is not current: run `make asyncapi`")
        print("docs/asyncapi.json is current")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
