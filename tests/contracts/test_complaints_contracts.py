"""Contracts of the complaints events: they cross the wire intact and carry no personal data."""

import uuid
from datetime import UTC, date, datetime

import pytest

from services.complaints.events import (
    COMPLAINTS_TOPIC,
    ComplaintEscalated,
    ComplaintEvent,
    ComplaintFaultSubstantiated,
    ComplaintFeedbackGiven,
    ComplaintForwarded,
    ComplaintHandled,
    ComplaintReassigned,
    ComplaintReceived,
    ComplaintReminded,
)
from services.notifications.events import RoutedEventView
from services.notifications.routing.rules import route
from services.referrals.events import ComplaintEscalatedView, FaultSubstantiatedView
from shared.events import Envelope

PERSONAL_FIELDS = {"name", "phone", "address", "complainant", "description", "secret"}
EVENTS = [
    ComplaintReceived,
    ComplaintForwarded,
    ComplaintReassigned,
    ComplaintHandled,
    ComplaintFeedbackGiven,
    ComplaintFaultSubstantiated,
    ComplaintReminded,
    ComplaintEscalated,
]


@pytest.mark.parametrize("event", EVENTS, ids=[e.__name__ for e in EVENTS])
def test_complaint_events_carry_facts_and_no_personal_fields(
    event: type[ComplaintEvent],
) -> None:
    fields = set(event.model_fields)
    assert "complaint_id" in fields and "target_department" in fields
    assert not fields & PERSONAL_FIELDS
    assert not any("tracking" in f for f in fields)
    assert event.topic == COMPLAINTS_TOPIC
    assert event.event_type.startswith("complaints.complaint.") and event.event_type.endswith(".v1")


def test_escalation_crosses_the_wire_for_the_referrals_consumer_R15() -> None:
    published = ComplaintEscalated(
        complaint_id=uuid.uuid4(),
        category="inaction",
        target_department="SZ-URBAN-MGMT",
        limit="acknowledge",
        due_date=date(2026, 12, 3),
        due_date_provisional=False,
        answerable_department="SZ-GOV-OFFICE",
        handling_department="SZ-URBAN-MGMT",
        escalated_at=datetime.now(UTC),
    )
    envelope = Envelope.wrap("complaints", published, subject=str(published.complaint_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    assert wire.type == "complaints.complaint.escalated.v1"
    assert wire.subject == str(published.complaint_id)
    assert ComplaintEscalated.model_validate(wire.data) == published


def test_referrals_reads_escalations_and_substantiated_faults_R15() -> None:
    complaint = uuid.uuid4()
    escalated = ComplaintEscalated(
        complaint_id=complaint,
        category="delay",
        target_department="SZ-URBAN-MGMT",
        limit="handle",
        due_date=date(2026, 12, 22),
        due_date_provisional=False,
        answerable_department="SZ-URBAN-MGMT",
        handling_department="SZ-URBAN-MGMT",
        escalated_at=datetime.now(UTC),
    )
    view = ComplaintEscalatedView.model_validate(escalated.model_dump(mode="json"))
    assert (view.complaint_id, view.limit) == (complaint, "handle")
    fault = ComplaintFaultSubstantiated(
        complaint_id=complaint,
        category="inaction",
        target_department="SZ-URBAN-MGMT",
        concerned_department="SZ-URBAN-MGMT",
        target_post=None,
        outcome="substantiated",
        findings="f",
        legal_basis="b",
        handled_by="SZ-URBAN-MGMT",
        substantiated_at=datetime.now(UTC),
    )
    seen = FaultSubstantiatedView.model_validate(fault.model_dump(mode="json"))
    assert seen.concerned_department == "SZ-URBAN-MGMT"


def test_notifications_sees_who_gave_the_feedback_R10() -> None:
    feedback = ComplaintFeedbackGiven(
        complaint_id=uuid.uuid4(),
        category="other",
        target_department="SZ-FINANCE",
        from_department="SZ-FINANCE",
        feedback_to="SZ-PETITION",
        outcome="substantiated",
        legal_basis="b",
        given_at=datetime.now(UTC),
    )
    view = RoutedEventView.model_validate(feedback.model_dump(mode="json"))
    assert route(feedback.event_type, feedback.model_dump(mode="json"), {}) == {
        "SZ-PETITION": ["R10"]
    }
    assert view.sender_code() == "SZ-FINANCE"
