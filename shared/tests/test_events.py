"""The event envelope on Kafka (CloudEvents binary mode), without I/O."""

import uuid

import pytest

from shared.events import Envelope, EventPayload, InvalidEnvelope


class Thing(EventPayload):
    event_type = "tests.thing.happened.v1"
    topic = "tests.things"

    thing_id: uuid.UUID
    name: str


def test_envelope_round_trips_through_kafka_headers_and_value() -> None:
    payload = Thing(thing_id=uuid.uuid4(), name="督办事项")
    envelope = Envelope.wrap("tests", payload, subject=str(payload.thing_id))

    back = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())

    assert back == envelope
    assert back.payload(Thing) == payload
    headers = dict(envelope.kafka_headers())
    assert headers["ce_type"] == b"tests.thing.happened.v1"
    assert headers["ce_subject"] == str(payload.thing_id).encode()
    assert headers["content-type"] == b"application/json"
    assert {"ce_id", "ce_source", "ce_time", "ce_specversion", "ce_correlationid"} <= set(headers)


def test_record_without_cloudevents_headers_is_invalid() -> None:
    with pytest.raises(InvalidEnvelope, match="missing CloudEvents headers"):
        Envelope.from_kafka([("ce_type", b"x")], b"{}")


def test_record_with_a_non_json_value_is_invalid() -> None:
    envelope = Envelope.wrap("tests", Thing(thing_id=uuid.uuid4(), name="x"), subject="s")
    with pytest.raises(InvalidEnvelope):
        Envelope.from_kafka(envelope.kafka_headers(), b"not json")
