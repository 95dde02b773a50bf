"""Topic layout as configuration (shared/topics.py): pure rules, no broker."""

import pytest
from pydantic import ValidationError

from shared.kafka import Topic
from shared.settings import ServiceSettings
from shared.topics import ObservedTopic, layout, problems

REPORTS = Topic("referrals.reports", partitions=6)
DIRECTORY = Topic("registry.departments", partitions=3, config={"cleanup.policy": "compact"})


def cluster_settings(**overrides: object) -> ServiceSettings:
    values: dict[str, object] = {
        "kafka_topic_prefix": "p.",
        "kafka_replication_factor": 3,
        "kafka_min_insync_replicas": 2,
    }
    return ServiceSettings(**{**values, **overrides})  # type: ignore[arg-type]


def test_layout_comes_from_the_settings_not_the_code() -> None:
    wanted = layout(cluster_settings(kafka_topic_partitions={"referrals.reports": 12}), REPORTS)

    assert (wanted.name, wanted.partitions, wanted.replicas) == ("p.referrals.reports", 12, 3)
    assert wanted.config == {"min.insync.replicas": "2"}


def test_compacted_topics_keep_their_policy_beside_the_replication() -> None:
    wanted = layout(cluster_settings(), DIRECTORY)

    assert wanted.partitions == 3
    assert wanted.config == {"min.insync.replicas": "2", "cleanup.policy": "compact"}


def test_the_development_default_is_one_replica() -> None:
    wanted = layout(ServiceSettings(), REPORTS)

    assert (wanted.replicas, wanted.config["min.insync.replicas"]) == (1, "1")


def test_a_topic_laid_out_as_configured_has_no_problem() -> None:
    wanted = layout(cluster_settings(), DIRECTORY)
    observed = ObservedTopic(3, 3, {"min.insync.replicas": "2", "cleanup.policy": "compact"})

    assert problems(wanted, observed) == []


def test_every_weakness_is_named_with_the_topic() -> None:
    wanted = layout(cluster_settings(), DIRECTORY)
    observed = ObservedTopic(1, 1, {"min.insync.replicas": "1", "cleanup.policy": "delete"})

    assert problems(wanted, observed) == [
        "p.registry.departments: 1 replica(s), 3 configured",
        "p.registry.departments: 1 partition(s), 3 configured",
        "p.registry.departments: min.insync.replicas=1, 2 configured",
        "p.registry.departments: cleanup.policy=delete, compact configured",
    ]
    assert problems(wanted, None) == ["p.registry.departments: missing"]


def test_more_than_configured_is_not_a_problem() -> None:
    wanted = layout(cluster_settings(), REPORTS)

    assert problems(wanted, ObservedTopic(24, 5, {"min.insync.replicas": "3"})) == []


def test_settings_refuse_more_insync_replicas_than_replicas() -> None:
    with pytest.raises(ValidationError, match="must not exceed kafka_replication_factor"):
        ServiceSettings(kafka_replication_factor=1, kafka_min_insync_replicas=2)
    with pytest.raises(ValidationError):
        ServiceSettings(kafka_topic_partitions={"referrals.reports": 0})
