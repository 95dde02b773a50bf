"""Contracts of the referrals case events with the notifications consumer (R5)."""

import uuid
from datetime import UTC, date, datetime

from services.notifications.events import CASE_DECIDED, CASES_TOPIC, RoutedEventView
from services.notifications.routing.rules import route
from services.referrals.events import (
    TOPICS,
    CaseDecided,
    CaseOverdue,
    CaseRejected,
    SanctionedPerson,
)
from services.topics import ALL_TOPICS
from shared.events import Envelope


def _decided() -> CaseDecided:
    return CaseDecided(
        case_id=uuid.uuid4(),
        decision_id=uuid.uuid4(),
        source="report",
        title="专项资金使用情况检查报告",
        addressees=["SZ-FINANCE"],
        decided_by="SZ-SUPERVISION",
        referring_department="SZ-FINANCE",
        concerned_department="SZ-URBAN-MGMT",
        serious=False,
        legal_basis="第十条",
        persons=[
            SanctionedPerson(
                name="王某某",
                post="科长",
                unit="市城管局",
                level="principal",
                tier="department",
                sanctions=["circulated_criticism"],
            )
        ],
        decided_at=datetime.now(UTC),
    )


def test_case_decided_crosses_the_wire_and_routes_to_referrer_and_personnel_R5() -> None:
    published = _decided()
    envelope = Envelope.wrap("referrals", published, subject=str(published.case_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    assert wire.type == CASE_DECIDED and published.topic == CASES_TOPIC
    view = wire.payload(RoutedEventView)
    assert view.addressees == ["SZ-FINANCE"]
    assert view.sender_code() == "SZ-SUPERVISION" and view.title == published.title
    recipients = route(wire.type, wire.data, view.addressees, {"PERSONNEL": ["SZ-PERSONNEL"]})
    assert recipients == {"SZ-FINANCE": ["R5", "ADDRESSEES"], "SZ-PERSONNEL": ["R5"]}
    assert wire.data["persons"][0]["sanctions"] == ["circulated_criticism"]


def test_rejections_and_escalations_name_their_addressees() -> None:
    rejected = CaseRejected(
        case_id=uuid.uuid4(),
        title="t",
        addressees=["SZ-FINANCE"],
        decided_by="SZ-SUPERVISION",
        reason="r",
        rejected_at=datetime.now(UTC),
    )
    overdue = CaseOverdue(
        case_id=uuid.uuid4(),
        title="t",
        limit="acceptance",
        status="received",
        due_date=date(2026, 11, 9),
        due_date_provisional=False,
        addressees=["SZ-SUPERVISION"],
        escalated_at=datetime.now(UTC),
    )
    for event in (rejected, overdue):
        view = RoutedEventView.model_validate(event.model_dump(mode="json"))
        assert view.addressees and event.topic == CASES_TOPIC
    data = rejected.model_dump(mode="json")
    assert route(rejected.event_type, data, data["addressees"], {"PERSONNEL": ["P"]}) == {
        "SZ-FINANCE": ["R5", "ADDRESSEES"]
    }


def test_referrals_declares_the_cases_topic_with_six_partitions() -> None:
    assert any(t.name == CASES_TOPIC and t.partitions == 6 for t in TOPICS)
    assert [t.partitions for t in ALL_TOPICS if t.name == CASES_TOPIC] == [6]
