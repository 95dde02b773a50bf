"""Contracts: what a producer publishes, its consumers can read (no I/O)."""

import uuid
from datetime import UTC, datetime

from services.notifications.events import REPORT_FILED, ReportFiledView
from services.referrals.events import ReportFiled
from services.registry.events import DepartmentCreated
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
    )
    envelope = Envelope.wrap("referrals", published, subject=str(published.report_id))
    wire = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())

    assert wire.type == REPORT_FILED
    view = wire.payload(ReportFiledView)
    assert view.report_id == published.report_id
    assert view.filed_by == "SZ-AUDIT"


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
