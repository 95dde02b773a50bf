"""Topics and consumer group of the complaints service (its events come with intake)."""

from shared.directory import DEPARTMENTS_TOPIC
from shared.kafka import Topic, dead_letter_topic

COMPLAINTS_TOPIC = "complaints.complaints"
CONSUMER_GROUP = "complaints"

TOPICS = [Topic(COMPLAINTS_TOPIC, partitions=6), dead_letter_topic(CONSUMER_GROUP)]
CONSUMED_TOPICS = [DEPARTMENTS_TOPIC]
