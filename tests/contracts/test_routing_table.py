"""The routing table against the event registry: every type a service publishes is routed to
people or declared internal, and the table reads only fields the producers send (no I/O)."""

from services.notifications.events import CONSUMED_TOPICS
from services.notifications.inbox.rules import EVENT_TITLES
from services.notifications.routing.rules import (
    INTERNAL_EVENT_TYPES,
    MANDATORY_RULES,
    ROUTED_EVENT_TYPES,
)
from shared.events import EventPayload
from tools.asyncapi import producers


def _published() -> dict[str, type[EventPayload]]:
    return {cls.event_type: cls for classes in producers().values() for cls in classes}


def test_every_published_event_type_is_routed_or_declared_internal() -> None:
    published = set(_published())
    routed, internal = set(ROUTED_EVENT_TYPES), set(INTERNAL_EVENT_TYPES)
    assert published - routed - internal == set(), "neither routed nor declared internal"
    assert routed & internal == set()
    assert routed | internal <= published, "the table names a type nobody publishes"


def test_the_routing_table_reads_only_fields_the_producers_send() -> None:
    published = _published()
    for rule in MANDATORY_RULES:
        fields = published[rule.event_type].model_fields
        read = [*rule.fields, *([rule.condition.field] if rule.condition else [])]
        missing = [name for name in read if name not in fields]
        assert not missing, f"{rule.rule_id} on {rule.event_type} reads {missing}"


def test_notifications_consumes_the_topic_of_every_routed_type_and_titles_it() -> None:
    published = _published()
    for event_type in ROUTED_EVENT_TYPES:
        assert published[event_type].topic in CONSUMED_TOPICS, event_type
        assert event_type in EVENT_TITLES, event_type


def test_producers_state_facts_not_recipient_lists() -> None:
    for event_type, cls in _published().items():
        assert "addressees" not in cls.model_fields, event_type
