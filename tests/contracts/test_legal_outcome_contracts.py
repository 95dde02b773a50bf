"""Contracts of the R16 legal outcome events and the R2 circular, with their consumers (no I/O)."""

import uuid
from datetime import UTC, date, datetime

from services.notifications.events import CONSUMED_TOPICS
from services.notifications.routing.rules import INTERNAL_EVENT_TYPES, route
from services.referrals.events import (
    LEGAL_OUTCOMES_TOPIC,
    LegalOutcomeRecorded,
    ResponsibilityReviewClosed,
    ResponsibilityReviewOpened,
    ResponsibilityReviewOverdue,
)
from services.registry.events import (
    CircularMatter,
    LeaderMatterCircularIssued,
    TaskAssigned,
    TaskStatusChanged,
)
from services.topics import ALL_TOPICS
from shared.events import Envelope, EventPayload

HOLDERS = {"SUPERVISION": ["SZ-SUPERVISION"], "PERSONNEL": ["SZ-PERSONNEL"]}
NOW = datetime(2026, 11, 2, 2, tzinfo=UTC)


def _wire(source: str, event: EventPayload) -> Envelope:
    envelope = Envelope.wrap(source, event, subject="k")
    return Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())


def test_legal_outcome_recorded_is_exactly_the_assessments_contract_R16() -> None:
    recorded = LegalOutcomeRecorded(
        outcome_id=uuid.uuid4(),
        department="SZ-URBAN-MGMT",
        proceeding="reconsideration",
        act="罚款决定",
        outcome="revoked",
        decided_on=date(2026, 10, 30),
        recorded_at=NOW,
    )
    wire = _wire("referrals", recorded)
    assert set(wire.data) == {
        "outcome_id",
        "department",
        "proceeding",
        "act",
        "outcome",
        "decided_on",
        "recorded_at",
    }
    assert wire.data["decided_on"] == "2026-10-30" and wire.data["outcome"] == "revoked"
    assert recorded.topic == "referrals.legal-outcomes"
    assert [t.partitions for t in ALL_TOPICS if t.name == LEGAL_OUTCOMES_TOPIC] == [3]
    # Published for the assessment: the review it opens is what reaches people.
    assert recorded.event_type in INTERNAL_EVENT_TYPES
    assert route(wire.type, wire.data, HOLDERS) == {}


def test_a_review_reaches_the_department_under_review_and_supervision_R16() -> None:
    outcome_id, review_id, urban, due = uuid.uuid4(), uuid.uuid4(), "SZ-URBAN-MGMT", NOW.date()
    events: list[EventPayload] = [
        ResponsibilityReviewOpened(
            outcome_id=outcome_id,
            review_id=review_id,
            department=urban,
            proceeding="lawsuit",
            act="a",
            outcome="lost",
            due_date=due,
            due_date_provisional=False,
            issued_by="SZ-LEGAL",
            opened_at=NOW,
        ),
        ResponsibilityReviewClosed(
            outcome_id=outcome_id,
            review_id=review_id,
            department=urban,
            act="a",
            finding="fault",
            reasons="r",
            report_id=uuid.uuid4(),
            issued_by="SZ-LEGAL",
            closed_at=NOW,
        ),
        ResponsibilityReviewOverdue(
            outcome_id=outcome_id,
            review_id=review_id,
            department=urban,
            act="a",
            due_date=due,
            due_date_provisional=False,
            escalated_at=NOW,
        ),
    ]
    assert LEGAL_OUTCOMES_TOPIC in CONSUMED_TOPICS
    for event in events:
        wire = _wire("referrals", event)
        assert event.topic == LEGAL_OUTCOMES_TOPIC
        recipients = route(wire.type, wire.data, HOLDERS)
        assert recipients == {urban: ["R16"], "SZ-SUPERVISION": ["R16"]}, event


def test_task_events_say_whether_a_task_is_a_leader_matter_R2() -> None:
    for model in (TaskAssigned, TaskStatusChanged):
        assert model.model_fields["kind"].is_required(), model


def test_the_circular_reaches_the_lead_units_and_supervision_R2() -> None:
    matter = CircularMatter(
        task_id=uuid.uuid4(),
        work_item="w",
        leader="市长",
        instruction="i",
        instructed_on=date(2031, 4, 8),
        lead_unit="SZ-ENVIRONMENT",
        deadline=date(2031, 5, 29),
        finished_on=None,
        standing="late",
    )
    issued = LeaderMatterCircularIssued(
        year=2031,
        quarter=2,
        title="t",
        issued_by="SZ-GOV-OFFICE",
        lead_units=["SZ-ENVIRONMENT", "SZ-URBAN-MGMT"],
        done=0,
        late=1,
        open=0,
        matters=[matter],
        issued_at=NOW,
    )
    wire = _wire("registry", issued)
    assert route(wire.type, wire.data, HOLDERS) == {
        "SZ-ENVIRONMENT": ["R2"],
        "SZ-URBAN-MGMT": ["R2"],
        "SZ-SUPERVISION": ["R2"],
    }
    assert wire.data["matters"][0]["standing"] == "late"
