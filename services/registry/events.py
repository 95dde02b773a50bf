"""Events the registry publishes, and its topics."""

from shared.directory import DEPARTMENTS_TOPIC
from shared.events import EventPayload
from shared.kafka import Topic

# Compacted: the latest event per department code is the directory other services replay.
TOPICS = [Topic(DEPARTMENTS_TOPIC, partitions=3, config={"cleanup.policy": "compact"})]


class DepartmentChanged(EventPayload):
    """The full state of a department after a change (consumers keep a copy)."""

    topic = DEPARTMENTS_TOPIC

    code: str
    name_zh: str
    name_en: str
    kind: str
    role: str | None
    parent_code: str | None
    active: bool
    version: int


class DepartmentCreated(DepartmentChanged):
    """A department was added to the directory."""

    event_type = "registry.department.created.v1"
