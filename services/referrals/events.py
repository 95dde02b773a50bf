"""Events the referrals service publishes, and its topics and consumer group."""

import uuid
from datetime import datetime

from shared.directory import DEPARTMENTS_TOPIC
from shared.events import EventPayload
from shared.kafka import Topic, dead_letter_topic

REPORTS_TOPIC = "referrals.reports"
CONSUMER_GROUP = "referrals"

TOPICS = [Topic(REPORTS_TOPIC, partitions=6), dead_letter_topic(CONSUMER_GROUP)]
CONSUMED_TOPICS = [DEPARTMENTS_TOPIC]


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
