"""What the operator console's data endpoint answers."""

from datetime import datetime

from pydantic import BaseModel


class FlowEvent(BaseModel):
    """One event seen on a topic, as the console shows it (no payload: it may be personal)."""

    seq: int
    topic: str
    type: str
    subject: str | None = None
    source: str | None = None
    time: datetime | None = None
    correlationid: str | None = None
    detail: str | None = None


class GroupLag(BaseModel):
    """How far one consumer group is behind on one topic (all partitions added up)."""

    group: str
    topic: str
    committed: int
    lag: int


class TopicSize(BaseModel):
    """How many records a topic has received (the sum of its partitions' end offsets)."""

    topic: str
    records: int


class WaitingEvent(BaseModel):
    """An event a consumer of this service holds until what it needs arrives (never dropped)."""

    group: str
    event_id: str
    type: str
    reason: str
    detail: str
    since: datetime
    tries: int


class FlowSnapshot(BaseModel):
    """The events after the caller's position and the latest lag figures."""

    at: datetime
    events: list[FlowEvent]
    lags: list[GroupLag]
    topics: list[TopicSize]
    waiting: list[WaitingEvent] = []
    error: str | None = None
