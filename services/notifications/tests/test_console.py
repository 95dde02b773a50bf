"""The console watcher's pure parts: topic matching, record decoding, lag arithmetic, idling."""

import uuid

from aiokafka import TopicPartition

from services.notifications.console.rules import (
    flow_event,
    group_lags,
    history_depth,
    resume_at,
    topic_pattern,
    watching,
)
from shared.events import Envelope


def test_topic_pattern_matches_the_services_topics_in_the_namespace_only() -> None:
    pattern = topic_pattern("t1234.")
    assert pattern.match("t1234.referrals.reports")
    assert pattern.match("t1234.notifications.dlq")
    assert not pattern.match("referrals.reports")
    assert not pattern.match("t1234.other.topic")
    assert not pattern.match("t1234x.referrals.reports")


def test_flow_event_shows_the_envelope_without_the_payload() -> None:
    subject = str(uuid.uuid4())
    envelope = Envelope(
        source="referrals", type="referrals.report.filed.v1", subject=subject, data={"x": 1}
    )
    event = flow_event(7, "t1.referrals.reports", envelope.kafka_headers(), b'{"x":1}', "t1.")
    assert (event.seq, event.topic, event.type, event.source) == (
        7,
        "referrals.reports",
        "referrals.report.filed.v1",
        "referrals",
    )
    assert event.subject == subject
    assert event.correlationid == envelope.correlationid
    assert "x" not in event.model_dump()


def test_flow_event_shows_a_record_that_is_no_cloud_event() -> None:
    event = flow_event(1, "referrals.reports", [], b"{}", "")
    assert event.type == "(invalid envelope)"
    assert event.detail and "missing CloudEvents headers" in event.detail


def test_group_lags_add_up_partitions_and_never_go_negative() -> None:
    a0, a1 = TopicPartition("p.referrals.reports", 0), TopicPartition("p.referrals.reports", 1)
    b0 = TopicPartition("p.registry.tasks", 0)
    committed = {"p.notifications": {a0: 3, a1: 5, b0: -1}}
    ends = {a0: 4, a1: 5, b0: 2}
    lags = group_lags(committed, ends, "p.")
    assert [(g.group, g.topic, g.committed, g.lag) for g in lags] == [
        ("notifications", "referrals.reports", 8, 1),
        ("notifications", "registry.tasks", 0, 2),
    ]


def test_resume_at_where_it_was_else_a_short_history_else_a_new_topic_from_its_start() -> None:
    assert resume_at(known=40, start=0, end=90, history=20, first_look=False) == 40
    assert resume_at(known=40, start=50, end=90, history=20, first_look=False) == 50  # deleted
    assert resume_at(known=None, start=0, end=90, history=20, first_look=True) == 70
    assert resume_at(known=None, start=0, end=5, history=20, first_look=True) == 0
    assert resume_at(known=None, start=3, end=90, history=20, first_look=False) == 3


def test_a_first_looks_history_fits_the_buffer_so_no_partitions_newest_are_pushed_out() -> None:
    assert history_depth(history=20, buffer=500, partitions=10) == 20
    assert history_depth(history=20, buffer=500, partitions=46) == 10
    assert 46 * history_depth(history=20, buffer=500, partitions=46) <= 500
    assert history_depth(history=20, buffer=500, partitions=600) == 0  # only what comes next
    assert history_depth(history=20, buffer=500, partitions=0) == 20


def test_the_watcher_reads_until_no_one_has_looked_for_the_idle_time() -> None:
    assert watching(last_look=100.0, now=100.0, idle_s=300)
    assert watching(last_look=100.0, now=400.0, idle_s=300)
    assert not watching(last_look=100.0, now=400.5, idle_s=300)
    assert not watching(last_look=-float("inf"), now=0.0, idle_s=300)  # never looked at
