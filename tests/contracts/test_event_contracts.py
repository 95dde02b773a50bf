"""Contracts: what a producer publishes, its consumers can read (no I/O)."""

import uuid
from datetime import UTC, date, datetime

from services.complaints.events import CONSUMED_TOPICS as COMPLAINTS
from services.notifications.events import CONSUMED_TOPICS as NOTIFICATIONS
from services.notifications.events import REPORT_FILED, ReportFiledView
from services.notifications.routing.rules import route
from services.referrals.events import CONSUMED_TOPICS as REFERRALS
from services.referrals.events import ReportFiled
from services.referrals.reports.rules import ReportKind, is_supervisory
from services.registry.events import (
    CalendarDayRemoved,
    CalendarDaySet,
    CalendarYearDeclared,
    CalendarYearWithdrawn,
    DepartmentCreated,
)
from shared.calendar_copy import (
    CALENDAR_EVENT_TYPES,
    CALENDAR_TOPIC,
    CalendarDayView,
    CalendarYearView,
)
from shared.directory import DEPARTMENT_EVENT_TYPES, DEPARTMENTS_TOPIC, DepartmentSnapshot
from shared.events import Envelope


def test_report_filed_is_readable_by_notifications() -> None:
    published = ReportFiled(
        report_id=uuid.uuid4(),
        kind="audit_result_report",
        purpose="information",
        title="t",
        filed_by="SZ-AUDIT",
        concerned_department=None,
        filed_at=datetime.now(UTC),
        supervisory=True,
    )
    envelope = Envelope.wrap("referrals", published, subject=str(published.report_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())

    assert wire.type == REPORT_FILED
    view = wire.payload(ReportFiledView)
    assert view.report_id == published.report_id
    assert view.filed_by == "SZ-AUDIT"
    assert view.supervisory is True


# R4 as DOMAIN.md words it: finance inspection reports and penalty decisions, audit result
# reports and decisions, legal enforcement-inspection reports and enforcement-supervision
# decisions, and the government office's urge notices are copied to supervision.
R4_KINDS = {
    "financial_inspection_report",
    "financial_penalty_decision",
    "audit_result_report",
    "audit_decision",
    "enforcement_inspection_report",
    "enforcement_supervision_decision",
    "urge_notice",
}


def test_referrals_flags_the_R4_kinds_and_notifications_copies_them_to_supervision_R4() -> None:
    holders = {"SUPERVISION": ["SZ-SUPERVISION"], "PERSONNEL": ["SZ-PERSONNEL"]}
    for kind in ReportKind:
        published = ReportFiled(
            report_id=uuid.uuid4(),
            kind=kind,
            purpose="information",
            title="t",
            filed_by="SZ-AUDIT",
            concerned_department=None,
            filed_at=datetime.now(UTC),
            supervisory=is_supervisory(kind),
        )
        envelope = Envelope.wrap("referrals", published, subject=str(published.report_id))
        wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
        assert wire.payload(ReportFiledView).supervisory is (kind in R4_KINDS), kind
        rules = route(wire.type, wire.data, holders)["SZ-SUPERVISION"]
        assert rules == (["R6", "R4"] if kind in R4_KINDS else ["R6"]), kind


def test_department_events_are_readable_by_every_directory_copy() -> None:
    published = DepartmentCreated(
        code="SZ-AUDIT",
        name_zh="市审计局",
        name_en="Audit",
        kind="city_department",
        role="AUDIT",
        parent_code=None,
        active=True,
        version=1,
    )
    assert published.event_type in DEPARTMENT_EVENT_TYPES
    assert published.topic == DEPARTMENTS_TOPIC
    snapshot = DepartmentSnapshot.model_validate(published.model_dump(mode="json"))
    assert snapshot.role == "AUDIT" and snapshot.version == 1


def test_every_calendar_event_is_read_by_the_copies_of_the_other_services() -> None:
    day = CalendarDaySet(day=date(2027, 2, 6), working=True, name="春节调休")
    removed = CalendarDayRemoved(day=date(2027, 2, 6))
    years = [CalendarYearDeclared(year=2027), CalendarYearWithdrawn(year=2027)]
    published = [day, removed, *years]
    assert {p.event_type for p in published} == set(CALENDAR_EVENT_TYPES)
    assert {p.topic for p in published} == {CALENDAR_TOPIC}
    assert all(CALENDAR_TOPIC in topics for topics in (COMPLAINTS, NOTIFICATIONS, REFERRALS))
    read = CalendarDayView.model_validate(day.model_dump(mode="json"))
    assert (read.day, read.working, read.name) == (date(2027, 2, 6), True, "春节调休")
    assert CalendarDayView.model_validate(removed.model_dump(mode="json")).day == date(2027, 2, 6)
    assert {CalendarYearView.model_validate(y.model_dump(mode="json")).year for y in years} == {
        2027
    }
