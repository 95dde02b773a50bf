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
    assert view.sender_code() == "SZ-SUPERVISION" and view.title == published.title
    recipients = route(wire.type, wire.data, {"PERSONNEL": ["SZ-PERSONNEL"]})
    assert recipients == {"SZ-FINANCE": ["R5"], "SZ-PERSONNEL": ["R5"]}
    assert wire.data["persons"][0]["sanctions"] == ["circulated_criticism"]


def test_rejections_go_back_to_the_referrer_and_escalations_to_supervision_R5() -> None:
    rejected = CaseRejected(
        case_id=uuid.uuid4(),
        title="t",
        referring_department="SZ-FINANCE",
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
        escalated_at=datetime.now(UTC),
    )
    holders = {"SUPERVISION": ["SZ-SUPERVISION"], "PERSONNEL": ["P"]}
    for event, expected in (
        (rejected, {"SZ-FINANCE": ["R5"]}),
        (overdue, {"SZ-SUPERVISION": ["R5"]}),
    ):
        wire = Envelope.wrap("referrals", event, subject=str(event.case_id))
        assert event.topic == CASES_TOPIC
        assert route(wire.type, wire.data, holders) == expected


def test_referrals_declares_the_cases_topic_with_six_partitions() -> None:
    assert any(t.name == CASES_TOPIC and t.partitions == 6 for t in TOPICS)
    assert [t.partitions for t in ALL_TOPICS if t.name == CASES_TOPIC] == [6]
