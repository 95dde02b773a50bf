"""Contracts of the assessment (no I/O): what it reads of every producer, and who gets what
it publishes (R16, R17)."""

import uuid
from datetime import UTC, date, datetime

from pydantic import BaseModel

from services.complaints.events import ComplaintAppraised, ComplaintEscalated
from services.notifications.events import CONSUMED_TOPICS as NOTIFICATIONS
from services.notifications.routing.rules import route
from services.referrals.events import CaseDecided, SanctionedPerson
from services.registry.assessment.handlers import consumers
from services.registry.events import (
    CONSUMED_TOPICS,
    LEGAL_OUTCOME_RECORDED,
    LEGAL_OUTCOMES_TOPIC,
    AdvancedUnitsProposed,
    AssessmentPublished,
    CaseDecidedView,
    ComplaintAppraisedView,
    ComplaintEscalatedView,
    LegalOutcomeRecordedView,
    ProgressReported,
    ProgressReportedView,
    ProposedUnit,
    TaskStatusChanged,
    TaskStatusChangedView,
    WhitePaperPublished,
    WhitePaperPublishedView,
)
from shared.events import ConsumedPayload, Envelope, EventPayload

NOW = datetime(2037, 5, 6, 2, 0, tzinfo=UTC)


def _over_the_wire(payload: EventPayload, view: type[ConsumedPayload]) -> BaseModel:
    envelope = Envelope.wrap("producer", payload, subject="s")
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    assert payload.topic in CONSUMED_TOPICS, payload.topic
    (group,) = consumers()
    assert wire.type in group.handlers, wire.type
    return wire.payload(view)


def test_the_assessment_reads_every_event_it_scores_from_its_producer_R17() -> None:
    status = TaskStatusChanged(
        task_id=uuid.uuid4(),
        from_status="in_progress",
        to_status="overdue",
        reason=None,
        changed_by="registry.overdue-job",
        deadline=date(2037, 3, 31),
        deadline_provisional=False,
        lead_unit="SZ-ENVIRONMENT",
        co_units=[],
        assigned_by="SZ-GOV-OFFICE",
    )
    assert isinstance(_over_the_wire(status, TaskStatusChangedView), TaskStatusChangedView)
    progress = ProgressReported(
        task_id=uuid.uuid4(),
        report_id=uuid.uuid4(),
        year=2037,
        quarter=2,
        percent=40,
        reported_by="SZ-ENVIRONMENT",
        late=True,
    )
    assert _over_the_wire(progress, ProgressReportedView) == ProgressReportedView(
        report_id=progress.report_id, reported_by="SZ-ENVIRONMENT", year=2037, quarter=2, late=True
    )
    paper = WhitePaperPublished(
        white_paper_id=uuid.uuid4(), department="SZ-FINANCE", year=2037, version=1, tasks=3
    )
    assert isinstance(_over_the_wire(paper, WhitePaperPublishedView), WhitePaperPublishedView)
    escalated = ComplaintEscalated(
        complaint_id=uuid.uuid4(),
        category="delay",
        target_department="SZ-URBAN-MGMT",
        limit="handle",
        due_date=date(2037, 6, 15),
        due_date_provisional=True,
        answerable_department="SZ-URBAN-MGMT",
        handling_department="SZ-URBAN-MGMT",
        escalated_at=NOW,
    )
    view = _over_the_wire(escalated, ComplaintEscalatedView)
    assert isinstance(view, ComplaintEscalatedView)
    assert view.answerable_department == "SZ-URBAN-MGMT"
    appraised = ComplaintAppraised(
        complaint_id=uuid.uuid4(),
        category="inaction",
        target_department="SZ-URBAN-MGMT",
        handling_department="SZ-URBAN-MGMT",
        appraisal="dissatisfied",
        appraised_at=NOW,
    )
    rated = _over_the_wire(appraised, ComplaintAppraisedView)
    assert isinstance(rated, ComplaintAppraisedView) and rated.appraisal == "dissatisfied"
    decided = CaseDecided(
        case_id=uuid.uuid4(),
        decision_id=uuid.uuid4(),
        source="report",
        title="专项资金检查",
        decided_by="SZ-SUPERVISION",
        referring_department="SZ-FINANCE",
        concerned_department="SZ-URBAN-MGMT",
        serious=False,
        legal_basis="第十条",
        persons=[
            SanctionedPerson(
                name="王某",
                post="科长",
                unit="市城管局",
                level="principal",
                tier="department",
                sanctions=["admonition"],
            )
        ],
        decided_at=NOW,
    )
    case = _over_the_wire(decided, CaseDecidedView)
    assert isinstance(case, CaseDecidedView) and case.persons[0].sanctions == ["admonition"]


def test_the_legal_outcome_contract_of_issue_15_is_read_as_agreed_R16() -> None:
    # The payload referrals publishes on referrals.legal-outcomes (the agreed contract).
    data = {
        "outcome_id": str(uuid.uuid4()),
        "department": "SZ-FINANCE",
        "proceeding": "reconsideration",
        "act": "行政处罚决定书 深财罚〔2037〕12号",
        "outcome": "revoked",
        "decided_on": "2037-05-06",
        "recorded_at": "2037-05-07T09:00:00+08:00",
    }
    envelope = Envelope(
        source="referrals", type=LEGAL_OUTCOME_RECORDED, subject=data["outcome_id"], data=data
    )
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    view = wire.payload(LegalOutcomeRecordedView)
    assert (view.department, view.outcome, view.decided_on) == (
        "SZ-FINANCE",
        "revoked",
        date(2037, 5, 6),
    )
    assert LEGAL_OUTCOMES_TOPIC in CONSUMED_TOPICS
    (group,) = consumers()
    assert LEGAL_OUTCOME_RECORDED in group.handlers


def test_the_publication_reaches_office_supervision_personnel_and_the_proposed_units_R17() -> None:
    holders = {
        "GOV_OFFICE": ["SZ-GOV-OFFICE"],
        "SUPERVISION": ["SZ-SUPERVISION"],
        "PERSONNEL": ["SZ-PERSONNEL"],
    }
    published = AssessmentPublished(
        year=2037,
        title="2037年度绩效评估结果公布",
        published_by="SZ-GOV-OFFICE",
        published_at=NOW,
        units=30,
        rectifications=1,
        failing_units=["SZ-FINANCE"],
    )
    proposed = AdvancedUnitsProposed(
        year=2037,
        title="2037年度先进单位建议名单",
        proposed_by="SZ-GOV-OFFICE",
        departments=["SZ-LEGAL"],
        units=[ProposedUnit(department="SZ-LEGAL", kind="city_department", rank=1, total=100)],
    )
    assert published.topic in NOTIFICATIONS and proposed.topic in NOTIFICATIONS
    for event, extra in ((published, set()), (proposed, {"SZ-LEGAL"})):
        wire = Envelope.wrap("registry", event, subject="2037")
        recipients = route(wire.type, wire.data, holders)
        assert set(recipients) == {"SZ-GOV-OFFICE", "SZ-SUPERVISION", "SZ-PERSONNEL", *extra}
        assert all(rules == ["R17"] for rules in recipients.values())
