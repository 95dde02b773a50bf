"""Contracts of the registry's task events (no I/O)."""

import uuid
from datetime import date

import pytest

from services.referrals.events import CONSUMED_TOPICS, URGE_NOTICE_ISSUED, UrgeNoticeIssuedView
from services.registry.events import (
    TASKS_TOPIC,
    ProgressReported,
    TaskAssigned,
    TaskMoved,
    TaskStatusChanged,
    UrgeNoticeIssued,
)
from services.registry.urges.rules import refers_to_supervision
from shared.events import Envelope


def _notice(sequence: int) -> UrgeNoticeIssued:
    return UrgeNoticeIssued(
        task_id=uuid.uuid4(),
        notice_id=uuid.uuid4(),
        sequence=sequence,
        refers_to_supervision=refers_to_supervision(sequence),
        new_deadline=date(2026, 10, 30),
        work_item="推行部门责任白皮书制度",
        lead_unit="SZ-ENVIRONMENT",
        co_units=[],
        issued_by="SZ-GOV-OFFICE",
    )


def test_urge_notice_is_readable_by_referrals_R5() -> None:
    published = _notice(2)
    envelope = Envelope.wrap("registry", published, subject=str(published.task_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())

    assert wire.type == URGE_NOTICE_ISSUED
    assert published.topic == TASKS_TOPIC and TASKS_TOPIC in CONSUMED_TOPICS
    view = wire.payload(UrgeNoticeIssuedView)
    assert view.task_id == published.task_id and view.sequence == 2
    assert view.issued_by == "SZ-GOV-OFFICE"
    assert view.refers_to_supervision is True


@pytest.mark.parametrize(("sequence", "refers"), [(1, False), (2, True), (3, True)])
def test_referrals_reads_registrys_R5_decision_from_the_notice(sequence: int, refers: bool) -> None:
    published = _notice(sequence)
    envelope = Envelope.wrap("registry", published, subject=str(published.task_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    assert wire.payload(UrgeNoticeIssuedView).refers_to_supervision is refers


def test_the_R5_field_is_required_on_both_sides() -> None:
    # No default on either side: a producer without the field, or a consumer that stopped
    # reading it, fails here rather than silently referring nothing.
    for model in (UrgeNoticeIssued, UrgeNoticeIssuedView):
        field = model.model_fields["refers_to_supervision"]
        assert field.is_required() and field.annotation is bool, model


def test_task_events_name_their_units_on_the_tasks_topic() -> None:
    for event in (TaskAssigned, TaskStatusChanged, TaskMoved, UrgeNoticeIssued):
        assert event.topic == "registry.tasks"
        assert "lead_unit" in event.model_fields
        assert event.event_type.startswith("registry.") and event.event_type.endswith(".v1")
    assert ProgressReported.event_type == "registry.progress.reported.v1"
    assert UrgeNoticeIssued.event_type == "registry.urge_notice.issued.v1"
