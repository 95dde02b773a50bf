"""Events notifications consumes (its own views) and publishes, with its topics."""

import uuid
from datetime import datetime

from shared.calendar_copy import CALENDAR_TOPIC
from shared.directory import DEPARTMENTS_TOPIC
from shared.events import ConsumedPayload, EventPayload
from shared.kafka import Topic, dead_letter_topic

DELIVERIES_TOPIC = "notifications.deliveries"
CONSUMER_GROUP = "notifications"

# The event types notifications routes (cross-service conventions, brief of the project).
REPORT_FILED = "referrals.report.filed.v1"
CASE_DECIDED = "referrals.case.decided.v1"
CASE_REJECTED = "referrals.case.rejected.v1"
TASK_ASSIGNED = "registry.task.assigned.v1"
TASK_STATUS_CHANGED = "registry.task.status_changed.v1"
PROGRESS_REPORTED = "registry.progress.reported.v1"
URGE_NOTICE_ISSUED = "registry.urge_notice.issued.v1"
COMPLAINT_RECEIVED = "complaints.complaint.received.v1"
COMPLAINT_FORWARDED = "complaints.complaint.forwarded.v1"
COMPLAINT_FEEDBACK_GIVEN = "complaints.complaint.feedback_given.v1"
COMPLAINT_ESCALATED = "complaints.complaint.escalated.v1"
FAULT_SUBSTANTIATED = "complaints.complaint.fault_substantiated.v1"
CASE_OVERDUE = "referrals.case.overdue.v1"
INCIDENT_REVIEW_OVERDUE = "referrals.incident.review_overdue.v1"
COMPLAINT_REMINDED = "complaints.complaint.reminded.v1"
COMPLAINT_REASSIGNED = "complaints.complaint.reassigned.v1"
TASK_MOVED = "registry.task.moved.v1"
WHITE_PAPER_PUBLISHED = "registry.white_paper.published.v1"
OCCURRENCE_OPENED = "registry.occurrence.opened.v1"
OCCURRENCE_STATUS_CHANGED = "registry.occurrence.status_changed.v1"
PROGRESS_CHECK_RECORDED = "registry.progress_check.recorded.v1"
CHANNELS_PUBLISHED = "registry.complaint_channels.published.v1"
CHANNEL_OMITTED = "registry.complaint_channel.omitted.v1"
WHITE_PAPER_OVERDUE = "registry.white_paper.overdue.v1"
WHITE_PAPER_REVIEWED = "registry.white_paper.reviewed.v1"
REVIEW_OPENED = "referrals.responsibility_review.opened.v1"
REVIEW_CLOSED = "referrals.responsibility_review.closed.v1"
REVIEW_OVERDUE = "referrals.responsibility_review.overdue.v1"
LEADER_MATTER_CIRCULAR = "registry.leader_matter.circular_issued.v1"
CASE_FEEDBACK_GIVEN = "referrals.case.feedback_given.v1"
URGE_REFERRAL_OPENED = "referrals.urge_referral.opened.v1"
INCIDENT_DECISION_OVERDUE = "referrals.incident.decision_overdue.v1"
COMPLAINT_ACCOUNTABILITY_REPORTED = "complaints.complaint.accountability_reported.v1"
MINUTES_ISSUED = "referrals.joint_meeting.minutes_issued.v1"
DISTRICT_REPORT_FILED = "referrals.district_report.filed.v1"
DISTRICT_REPORT_OVERDUE = "referrals.district_report.overdue.v1"
FAULT_FILED = "referrals.fault_filing.filed.v1"
APOLOGY_PROPOSED = "referrals.incident.apology_proposed.v1"
ASSESSMENT_PUBLISHED = "registry.assessment.published.v1"
ADVANCED_UNITS_PROPOSED = "registry.assessment.advanced_units_proposed.v1"

# Topics of other services that notifications reads (their producers declare them).
TASKS_TOPIC = "registry.tasks"
CASES_TOPIC = "referrals.cases"

TOPICS = [Topic(DELIVERIES_TOPIC, partitions=6), dead_letter_topic(CONSUMER_GROUP)]
CONSUMED_TOPICS = [
    DEPARTMENTS_TOPIC,
    CALENDAR_TOPIC,
    "referrals.reports",
    CASES_TOPIC,
    "referrals.incidents",
    "referrals.legal-outcomes",
    TASKS_TOPIC,
    "registry.white-papers",
    "registry.duties",
    "registry.assessments",
    "complaints.complaints",
]


class ReportFiledView(ConsumedPayload):
    """What notifications reads of referrals.report.filed.v1."""

    report_id: uuid.UUID
    kind: str
    purpose: str
    title: str
    filed_by: str
    concerned_department: str | None = None
    filed_at: datetime
    supervisory: bool  # R4: copied to supervision (the mandatory rule's condition)


class RoutedEventView(ConsumedPayload):
    """What notifications reads of any routed event to render its item: sender and title.

    Whom it reaches is the routing table's (routing/rules.py), from the facts the event states.
    """

    title: str | None = None
    filed_by: str | None = None
    issued_by: str | None = None
    reported_by: str | None = None
    forwarded_by: str | None = None
    decided_by: str | None = None
    given_by: str | None = None
    from_department: str | None = None
    escalated_by: str | None = None
    published_by: str | None = None
    proposed_by: str | None = None
    sender: str | None = None

    def sender_code(self) -> str | None:
        """Gets the department that sent the event, whatever the producer called the field."""
        for code in (
            self.sender,
            self.filed_by,
            self.issued_by,
            self.reported_by,
            self.forwarded_by,
            self.decided_by,
            self.given_by,
            self.from_department,
            self.escalated_by,
            self.published_by,
            self.proposed_by,
        ):
            if code:
                return code
        return None


class ItemDelivered(EventPayload):
    """An inbox item was delivered to a department."""

    event_type = "notifications.item.delivered.v1"
    topic = DELIVERIES_TOPIC

    item_id: uuid.UUID
    department: str
    source_event_id: uuid.UUID
    source_event_type: str
    rule: str


class ItemAcknowledged(EventPayload):
    """A department acknowledged receipt (签收) of an inbox item."""

    event_type = "notifications.item.acknowledged.v1"
    topic = DELIVERIES_TOPIC

    item_id: uuid.UUID
    department: str
    source_event_id: uuid.UUID
    acknowledged_by: str
    acknowledged_at: datetime
