"""Kafka topic planning (pure) and creation against the real broker."""

from __future__ import annotations

import uuid

import pytest
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource

from newswatch.contracts import Topics
from newswatch.settings import TopicSettings
from newswatch.topics import TopicSpec, apply_topic_specs, plan_topics, topic_specs


def test_topic_specs_follow_the_settings() -> None:
    settings = TopicSettings(
        articles_partitions=8, retention_ms=1000, dead_letter_retention_ms=5000
    )
    specs = {spec.name: spec for spec in topic_specs(settings)}
    assert set(specs) == {Topics.ARTICLES, Topics.EVENTS, Topics.INCIDENTS, Topics.DEAD_LETTER}
    assert specs[Topics.ARTICLES].partitions == 8
    assert specs[Topics.EVENTS].configs == {"retention.ms": "1000"}
    assert specs[Topics.DEAD_LETTER].configs == {"retention.ms": "5000"}
    assert specs[Topics.DEAD_LETTER].partitions == settings.dead_letter_partitions


def test_default_articles_topic_has_at_least_four_partitions() -> None:
    specs = {spec.name: spec for spec in topic_specs(TopicSettings())}
    assert specs[Topics.ARTICLES].partitions >= 4


def test_plan_creates_missing_reports_short_and_leaves_the_rest() -> None:
    specs = [
        TopicSpec("a", 4, 1, 10),
        TopicSpec("b", 4, 1, 10),
        TopicSpec("c", 4, 1, 10),
        TopicSpec("d", 2, 1, 10),
    ]
    plan = plan_topics(specs, {"b": 2, "c": 4, "d": 6})
    assert [spec.name for spec in plan.create] == ["a"]
    assert plan.short == {"b": (2, 4)}
    assert not plan.empty
    assert plan_topics(specs, {"a": 4, "b": 4, "c": 4, "d": 6}).empty


@pytest.mark.integration
def test_topics_are_created_once_then_never_altered(kafka_bootstrap: str) -> None:
    name = f"test-topics-{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        first = apply_topic_specs(kafka_bootstrap, [TopicSpec(name, 2, 1, 123_000)])
        assert [spec.name for spec in first.create] == [name]
        assert partitions(admin, name) == 2
        configs = admin.describe_configs([ConfigResource("topic", name)])
        assert configs["topic"][name]["retention.ms"]["value"] == "123000"

        assert apply_topic_specs(kafka_bootstrap, [TopicSpec(name, 2, 1, 999)]).empty
        short = apply_topic_specs(kafka_bootstrap, [TopicSpec(name, 3, 1, 999)])
        assert short.short == {name: (2, 3)}
        assert partitions(admin, name) == 2
        assert apply_topic_specs(kafka_bootstrap, [TopicSpec(name, 1, 1, 999)]).empty
        assert partitions(admin, name) == 2
        # An existing topic's retention is the operator's: left alone.
        configs = admin.describe_configs([ConfigResource("topic", name)])
        assert configs["topic"][name]["retention.ms"]["value"] == "123000"
    finally:
        admin.delete_topics([name])
        admin.close()


def partitions(admin: KafkaAdminClient, name: str) -> int:
    (topic,) = admin.describe_topics([name])
    return len(topic["partitions"])
