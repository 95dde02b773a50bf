"""Events the complaints service publishes (never the complainant's personal data), its topics."""

import uuid
from datetime import date, datetime

from pydantic import Field

from shared.calendar_copy import CALENDAR_TOPIC
from shared.directory import DEPARTMENTS_TOPIC
from shared.events import ConsumedPayload, EventPayload
from shared.kafka import Topic, dead_letter_topic

COMPLAINTS_TOPIC = "complaints.complaints"
CONSUMER_GROUP = "complaints"

TOPICS = [Topic(COMPLAINTS_TOPIC, partitions=6), dead_letter_topic(CONSUMER_GROUP)]
CONSUMED_TOPICS = [DEPARTMENTS_TOPIC, CALENDAR_TOPIC, "referrals.cases"]
CASE_FEEDBACK_GIVEN = "referrals.case.feedback_given.v1"


class ComplaintEvent(EventPayload):
    """Fields every complaint event carries (notifications' routing table decides who reads it)."""

    topic = COMPLAINTS_TOPIC

    complaint_id: uuid.UUID
    category: str
    target_department: str


class ComplaintReceived(ComplaintEvent):
    """A complaint was received; SUPERVISION is always an addressee (never left to X alone)."""

    event_type = "complaints.complaint.received.v1"

    channel: str
    target_post: str | None
    first_contact_department: str
    handling_department: str
    anonymous: bool
    event_date: date
    received_at: datetime
    acknowledge_due: date
    acknowledge_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    handle_due: date
    handle_due_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )


class ComplaintForwarded(ComplaintEvent):
    """The petition office forwarded a complaint (R10: feedback required within scope)."""

    event_type = "complaints.complaint.forwarded.v1"

    forwarded_by: str
    to_department: str
    feedback_required: bool
    forwarded_at: datetime


class ComplaintReassigned(ComplaintEvent):
    """A complaint moved to another department, which was judged competent, with the reason."""

    event_type = "complaints.complaint.reassigned.v1"

    from_department: str
    to_department: str
    reason: str
    reassigned_at: datetime


class ComplaintHandled(ComplaintEvent):
    """The handling department recorded its outcome (for statistics and assessment, R14, R17)."""

    event_type = "complaints.complaint.handled.v1"

    handling_department: str
    channel: str
    outcome: str
    on_time: bool
    handled_at: datetime


class ComplaintAppraised(ComplaintEvent):
    """The complainant appraised the handling (群众评议: R17, poor appraisal costs points)."""

    event_type = "complaints.complaint.appraised.v1"

    handling_department: str
    appraisal: str
    appraised_at: datetime


class ComplaintFeedbackGiven(ComplaintEvent):
    """The department a petition was forwarded to fed the result back to PETITION (R10)."""

    event_type = "complaints.complaint.feedback_given.v1"

    from_department: str
    feedback_to: str
    outcome: str
    legal_basis: str
    given_at: datetime


class ComplaintFaultSubstantiated(ComplaintEvent):
    """An administrative fault was substantiated: referred to SUPERVISION (R5, R15)."""

    event_type = "complaints.complaint.fault_substantiated.v1"

    concerned_department: str
    target_post: str | None
    outcome: str
    findings: str
    legal_basis: str
    handled_by: str
    substantiated_at: datetime


class ComplaintReminded(ComplaintEvent):
    """A time limit is near: the handling department is reminded."""

    event_type = "complaints.complaint.reminded.v1"

    limit: str
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    handling_department: str
    feedback_to: str | None = Field(
        default=None, description="the petition office owed the result of a forwarding (R10)"
    )


class ComplaintEscalated(ComplaintEvent):
    """A time limit was missed: escalated to SUPERVISION, which opens a case (R15), once."""

    event_type = "complaints.complaint.escalated.v1"

    limit: str
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    answerable_department: str
    handling_department: str
    feedback_to: str | None = Field(
        default=None, description="the petition office owed the result of a forwarding (R10)"
    )
    escalated_at: datetime


class ComplaintAccountabilityReported(ComplaintEvent):
    """Supervision's result on the case a complaint generated came back to the complaint."""

    event_type = "complaints.complaint.accountability_reported.v1"

    first_contact_department: str
    handling_department: str
    case_id: uuid.UUID
    result: str
    reported_at: datetime


class CaseFeedbackGivenView(ConsumedPayload):
    """What complaints reads of referrals.case.feedback_given.v1."""

    case_id: uuid.UUID
    complaint_id: uuid.UUID | None = None
    given_by: str
    note: str
    fed_back_at: datetime
