"""The event envelope: CloudEvents attributes, carried on Kafka in binary mode (ce_ headers)."""

import builtins
import json
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from shared import tracing
from shared.context import current_correlation_id

CONTENT_TYPE = "application/json"
_HEADER_ATTRIBUTES = ("specversion", "id", "source", "type", "subject", "time", "correlationid")
# CloudEvents distributed tracing extension: present only when the producer traces.
_OPTIONAL_ATTRIBUTES = tracing.TRACE_FIELDS


class EventPayload(BaseModel):
    """A typed event payload; subclasses name their type (with version) and topic."""

    model_config = ConfigDict(frozen=True)

    event_type: ClassVar[str]
    topic: ClassVar[str]


class ConsumedPayload(BaseModel):
    """A consumer's own view of another service's payload: unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)


P = TypeVar("P", bound=BaseModel)


class InvalidEnvelope(ValueError):
    """A Kafka record that is not a valid CloudEvent."""


class Envelope(BaseModel):
    """One event: CloudEvents 1.0 attribute names plus correlation id and tracing extensions."""

    specversion: str = "1.0"
    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    source: str
    type: str
    subject: str
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    datacontenttype: str = CONTENT_TYPE
    correlationid: str = Field(default_factory=current_correlation_id)
    # W3C trace context of the span that created (in the outbox) or sent (on Kafka) the event.
    traceparent: str | None = None
    tracestate: str | None = None
    data: dict[str, Any]

    @classmethod
    def wrap(cls, source: str, payload: EventPayload, subject: str) -> "Envelope":
        """Wraps a payload for publishing, in the trace of the work in progress."""
        context = tracing.current_context()
        return cls(
            source=source,
            type=payload.event_type,
            subject=subject,
            data=payload.model_dump(mode="json"),
            traceparent=context.get("traceparent"),
            tracestate=context.get("tracestate"),
        )

    def trace_context(self) -> dict[str, str]:
        """Gets the event's W3C trace context ({} when it was created outside a trace)."""
        return {
            name: value
            for name in _OPTIONAL_ATTRIBUTES
            if (value := getattr(self, name)) is not None
        }

    def payload(self, model: builtins.type[P]) -> P:
        """Parses the data as the given payload model."""
        return model.model_validate(self.data)

    def kafka_headers(self) -> list[tuple[str, bytes]]:
        """Gets the binary-mode headers: ce_<attribute> plus content-type."""
        attributes = self.model_dump(mode="json", include=set(_HEADER_ATTRIBUTES))
        headers = [(f"ce_{name}", str(attributes[name]).encode()) for name in _HEADER_ATTRIBUTES]
        headers += [(f"ce_{name}", value.encode()) for name, value in self.trace_context().items()]
        headers.append(("content-type", self.datacontenttype.encode()))
        return headers

    def kafka_value(self) -> bytes:
        """Gets the record value: the data as JSON."""
        return json.dumps(self.data, ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_kafka(
        cls, headers: list[tuple[str, bytes]] | tuple[Any, ...], value: bytes
    ) -> "Envelope":
        """Reads an envelope from a binary-mode Kafka record."""
        found = {name: raw.decode() for name, raw in headers if raw is not None}
        missing = [a for a in _HEADER_ATTRIBUTES if f"ce_{a}" not in found]
        if missing:
            raise InvalidEnvelope(f"missing CloudEvents headers: {', '.join(missing)}")
        try:
            return cls.model_validate(
                {
                    **{a: found[f"ce_{a}"] for a in _HEADER_ATTRIBUTES},
                    **{a: found[f"ce_{a}"] for a in _OPTIONAL_ATTRIBUTES if f"ce_{a}" in found},
                    "datacontenttype": found.get("content-type", CONTENT_TYPE),
                    "data": json.loads(value),
                }
            )
        except (ValueError, TypeError) as exc:
            raise InvalidEnvelope(str(exc)) from exc
