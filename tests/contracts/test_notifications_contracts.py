"""Contracts of notifications: what it consumes exists and is readable, what it sends is
what agency systems verify (no I/O)."""

import uuid
from datetime import UTC, datetime

from services.notifications.events import CONSUMED_TOPICS, RoutedEventView
from services.notifications.inbox.rules import EVENT_TITLES
from services.notifications.routing.rules import ROUTED_EVENT_TYPES
from services.referrals.events import ReportFiled
from services.topics import ALL_TOPICS
from shared.events import Envelope


def test_every_consumed_topic_is_declared_once() -> None:
    names = [t.name for t in ALL_TOPICS]
    assert len(names) == len(set(names))
    assert set(CONSUMED_TOPICS) <= set(names)


def test_routed_event_types_follow_the_naming_convention_and_have_titles() -> None:
    for event_type in ROUTED_EVENT_TYPES:
        service, _aggregate, verb, version = event_type.split(".")
        assert service in {"registry", "complaints", "referrals"}
        assert version == "v1" and verb.endswith(("ed", "en", "overdue"))
        assert event_type in EVENT_TITLES


def test_report_filed_is_readable_as_a_routed_event() -> None:
    published = ReportFiled(
        report_id=uuid.uuid4(),
        kind="audit_decision",
        purpose="referral",
        title="审计决定",
        filed_by="SZ-AUDIT",
        concerned_department=None,
        filed_at=datetime.now(UTC),
        supervisory=True,
    )
    envelope = Envelope.wrap("referrals", published, subject=str(published.report_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    view = wire.payload(RoutedEventView)
    assert view.sender_code() == "SZ-AUDIT"
    assert view.title == "审计决定"


def test_the_fixed_urge_notice_payload_is_readable() -> None:
    # The cross-service convention: task_id, notice_id, sequence, issued_by.
    view = RoutedEventView.model_validate(
        {
            "task_id": str(uuid.uuid4()),
            "notice_id": str(uuid.uuid4()),
            "sequence": 2,
            "lead_unit": "SZ-URBAN-MGMT",
            "issued_by": "SZ-GOV-OFFICE",
        }
    )
    assert view.sender_code() == "SZ-GOV-OFFICE"
