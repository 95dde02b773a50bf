"""Events notifications consumes (its own views) and publishes, with its topics."""

import uuid
from datetime import datetime

from shared.directory import DEPARTMENTS_TOPIC
from shared.events import ConsumedPayload, EventPayload
from shared.kafka import Topic, dead_letter_topic

DELIVERIES_TOPIC = "notifications.deliveries"
CONSUMER_GROUP = "notifications"
REPORT_FILED = "referrals.report.filed.v1"

TOPICS = [Topic(DELIVERIES_TOPIC, partitions=6), dead_letter_topic(CONSUMER_GROUP)]
CONSUMED_TOPICS = [DEPARTMENTS_TOPIC, "referrals.reports"]


class ReportFiledView(ConsumedPayload):
    """What notifications reads of referrals.report.filed.v1."""

    report_id: uuid.UUID
    kind: str
    purpose: str
    title: str
    filed_by: str
    concerned_department: str | None = None
    filed_at: datetime


class ItemDelivered(EventPayload):
    """An inbox item was delivered to a department."""

    event_type = "notifications.item.delivered.v1"
    topic = DELIVERIES_TOPIC

    item_id: uuid.UUID
    department: str
    source_event_id: uuid.UUID
    source_event_type: str
    rule: str
