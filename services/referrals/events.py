"""Events the referrals service publishes, and its topics and consumer group."""

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from shared.calendar_copy import CALENDAR_TOPIC
from shared.directory import DEPARTMENTS_TOPIC
from shared.events import ConsumedPayload, EventPayload
from shared.kafka import Topic, dead_letter_topic

REPORTS_TOPIC = "referrals.reports"
CASES_TOPIC = "referrals.cases"
INCIDENTS_TOPIC = "referrals.incidents"
# Keyed by outcome id: an outcome and its review's events stay in order (R16).
LEGAL_OUTCOMES_TOPIC = "referrals.legal-outcomes"
CONSUMER_GROUP = "referrals"

TOPICS = [
    Topic(REPORTS_TOPIC, partitions=6),
    Topic(CASES_TOPIC, partitions=6),
    Topic(INCIDENTS_TOPIC, partitions=6),
    Topic(LEGAL_OUTCOMES_TOPIC, partitions=3),
    dead_letter_topic(CONSUMER_GROUP),
]
URGE_NOTICE_ISSUED = "registry.urge_notice.issued.v1"
CONSUMED_TOPICS = [DEPARTMENTS_TOPIC, CALENDAR_TOPIC, "registry.tasks", "complaints.complaints"]


class ReportFiled(EventPayload):
    """A referral report was filed with supervision (copied to SUPERVISION and PERSONNEL, R6)."""

    event_type = "referrals.report.filed.v1"
    topic = REPORTS_TOPIC

    report_id: uuid.UUID
    kind: str
    purpose: str
    title: str
    filed_by: str
    concerned_department: str | None
    filed_at: datetime
    supervisory: bool = Field(description="R4: a supervisory document copied to supervision")


class SanctionedPerson(BaseModel):
    """An official a decision holds accountable (officials' names are not complainants' data)."""

    name: str
    post: str
    unit: str
    level: str
    tier: str
    sanctions: list[str]


class CaseDecided(EventPayload):
    """Supervision decided a case: fed back to the referrer, copied to PERSONNEL (R5)."""

    event_type = "referrals.case.decided.v1"
    topic = CASES_TOPIC

    case_id: uuid.UUID
    decision_id: uuid.UUID
    source: str
    title: str
    decided_by: str
    referring_department: str | None
    concerned_department: str | None
    serious: bool
    legal_basis: str
    persons: list[SanctionedPerson]
    decided_at: datetime


class CaseRejected(EventPayload):
    """Supervision did not accept a case; the reason goes back to the referrer."""

    event_type = "referrals.case.rejected.v1"
    topic = CASES_TOPIC

    case_id: uuid.UUID
    title: str
    referring_department: str | None
    decided_by: str
    reason: str
    rejected_at: datetime


class CaseFeedbackGiven(EventPayload):
    """Supervision sent the result of a case back to the referring department (R5)."""

    event_type = "referrals.case.feedback_given.v1"
    topic = CASES_TOPIC

    case_id: uuid.UUID
    source: str
    source_id: uuid.UUID
    title: str
    referring_department: str | None
    concerned_department: str | None
    given_by: str
    complaint_id: uuid.UUID | None = Field(
        description="the complaint a complaint referral's case came from (its result goes back)"
    )
    note: str
    fed_back_at: datetime


class UrgeReferralOpened(EventPayload):
    """GOV_OFFICE's second urge notice referred its task to supervision (R5; copied, R6)."""

    event_type = "referrals.urge_referral.opened.v1"
    topic = REPORTS_TOPIC

    referral_id: uuid.UUID
    case_id: uuid.UUID
    task_id: uuid.UUID
    title: str
    work_item: str
    lead_unit: str
    filed_by: str = Field(description="the government office that issued the urge notices")
    sequence: int
    opened_at: datetime


class FaultFiled(EventPayload):
    """A department filed its own fault-handling result with supervision (备案, R14)."""

    event_type = "referrals.fault_filing.filed.v1"
    topic = REPORTS_TOPIC

    filing_id: uuid.UUID
    title: str
    filed_by: str
    handled_on: date
    persons: int
    sanctions: list[str]
    filed_at: datetime


class MinutesIssued(EventPayload):
    """The minutes of a quarter's joint meeting were issued to its participants (R7)."""

    event_type = "referrals.joint_meeting.minutes_issued.v1"
    topic = REPORTS_TOPIC

    meeting_id: uuid.UUID
    title: str
    year: int
    quarter: int
    convened_by: str
    minutes: str
    issued_at: datetime


class DistrictReportFiled(EventPayload):
    """A district's supervision body filed its half-year report to the city's (R8)."""

    event_type = "referrals.district_report.filed.v1"
    topic = REPORTS_TOPIC

    report_id: uuid.UUID
    title: str
    district: str
    year: int
    half: int
    filed_by: str
    filed_at: datetime


class DistrictReportOverdue(EventPayload):
    """A district's half-year report was not filed by its due date (R8), flagged once."""

    event_type = "referrals.district_report.overdue.v1"
    topic = REPORTS_TOPIC

    district: str
    title: str
    year: int
    half: int
    due_date: date
    flagged_at: datetime


class CaseOverdue(EventPayload):
    """A time limit of a case was missed: escalated to supervision's leadership."""

    event_type = "referrals.case.overdue.v1"
    topic = CASES_TOPIC

    case_id: uuid.UUID
    title: str
    limit: str
    status: str
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    escalated_at: datetime


class IncidentReviewOverdue(EventPayload):
    """A major incident's review deadline was missed (R12): escalated to supervision."""

    event_type = "referrals.incident.review_overdue.v1"
    topic = INCIDENTS_TOPIC

    incident_id: uuid.UUID
    title: str
    severity: str
    limit: str
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    circulator: str | None
    escalated_at: datetime


class LegalOutcomeRecorded(EventPayload):
    """LEGAL recorded a reconsideration or lawsuit outcome against a department's act (R16).

    The assessment reads it (R17: revoked reconsiderations and lost lawsuits cost points).
    """

    event_type = "referrals.legal_outcome.recorded.v1"
    topic = LEGAL_OUTCOMES_TOPIC

    outcome_id: uuid.UUID
    department: str = Field(description="Code of the department whose act it is")
    proceeding: Literal["reconsideration", "lawsuit"]
    act: str
    outcome: Literal["upheld", "changed", "revoked", "lost"]
    decided_on: date
    recorded_at: datetime


class ResponsibilityReviewOpened(EventPayload):
    """A revoked or lost act opened a responsibility review of its department (R16)."""

    event_type = "referrals.responsibility_review.opened.v1"
    topic = LEGAL_OUTCOMES_TOPIC

    outcome_id: uuid.UUID
    review_id: uuid.UUID
    department: str = Field(description="Code of the department under review")
    proceeding: str
    act: str
    outcome: str
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    issued_by: str
    opened_at: datetime


class ResponsibilityReviewClosed(EventPayload):
    """A responsibility review ended: a fault referred to supervision, or none found (R16)."""

    event_type = "referrals.responsibility_review.closed.v1"
    topic = LEGAL_OUTCOMES_TOPIC

    outcome_id: uuid.UUID
    review_id: uuid.UUID
    department: str = Field(description="Code of the department under review")
    act: str
    finding: Literal["fault", "no_fault"]
    reasons: str
    report_id: uuid.UUID | None = Field(description="The referral report of the fault (R5, R6)")
    issued_by: str
    closed_at: datetime


class ResponsibilityReviewOverdue(EventPayload):
    """A responsibility review passed its deadline open: escalated to supervision once (R16)."""

    event_type = "referrals.responsibility_review.overdue.v1"
    topic = LEGAL_OUTCOMES_TOPIC

    outcome_id: uuid.UUID
    review_id: uuid.UUID
    department: str = Field(description="Code of the department under review")
    act: str
    due_date: date
    due_date_provisional: bool = Field(
        description="the working-day date crosses a year whose holidays nobody entered"
    )
    escalated_at: datetime


class IncidentDecisionOverdue(EventPayload):
    """The initial decisions of an incident were not recorded within 24 hours (001 art. 13)."""

    event_type = "referrals.incident.decision_overdue.v1"
    topic = INCIDENTS_TOPIC

    incident_id: uuid.UUID
    title: str
    severity: str
    decider: str
    on_site_meeting_at: datetime
    initial_decision_due: datetime
    escalated_at: datetime


class ApologyProposed(EventPayload):
    """A review failed (R12): the public apology of the responsible head is proposed."""

    event_type = "referrals.incident.apology_proposed.v1"
    topic = INCIDENTS_TOPIC

    incident_id: uuid.UUID
    title: str
    kind: str
    severity: str
    decider: str
    reason: str = Field(description="explanation_missed or dereliction_found")
    proposed_at: datetime


class UrgeNoticeIssuedView(ConsumedPayload):
    """What referrals reads of registry.urge_notice.issued.v1 (R5)."""

    task_id: uuid.UUID
    notice_id: uuid.UUID
    sequence: int
    work_item: str
    lead_unit: str
    issued_by: str
    # Registry owns the R5 threshold: the notice says whether it refers its task.
    refers_to_supervision: bool


class ComplaintEscalatedView(ConsumedPayload):
    """What referrals reads of complaints.complaint.escalated.v1 (R15: a missed time limit)."""

    complaint_id: uuid.UUID
    category: str
    limit: str
    due_date: date
    answerable_department: str
    handling_department: str


class FaultSubstantiatedView(ConsumedPayload):
    """What referrals reads of complaints.complaint.fault_substantiated.v1."""

    complaint_id: uuid.UUID
    category: str
    concerned_department: str
    handled_by: str
