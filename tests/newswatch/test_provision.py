"""`newswatch setup` against the real Kafka and Elasticsearch: complete and idempotent."""

from __future__ import annotations

from typing import Any

import pytest
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource

from indexer.templates import PROPERTIES, ensure_indices, first_index, index_template
from newswatch.contracts import SCHEMA_VERSION, Indices, Topics
from newswatch.provision import run_setup
from newswatch.settings import Settings
from newswatch.topics import ensure_topics

pytestmark = pytest.mark.integration


def test_setup_twice_creates_everything_once(stack_settings: Settings, es_client: Any) -> None:
    run_setup(stack_settings)
    run_setup(stack_settings)  # the second run must neither fail nor change anything
    assert ensure_topics(stack_settings.kafka_bootstrap, stack_settings.topics).empty
    assert ensure_indices(es_client, stack_settings.indexer) == []

    admin = KafkaAdminClient(bootstrap_servers=stack_settings.kafka_bootstrap)
    try:
        topics = {t["name"]: len(t["partitions"]) for t in admin.describe_topics(
            [Topics.ARTICLES, Topics.EVENTS, Topics.INCIDENTS, Topics.DEAD_LETTER]
        )}
        configs = admin.describe_configs(
            [ConfigResource("topic", Topics.ARTICLES), ConfigResource("topic", Topics.DEAD_LETTER)]
        )["topic"]
    finally:
        admin.close()
    wanted = stack_settings.topics
    assert topics[Topics.ARTICLES] >= max(wanted.articles_partitions, 4)
    assert topics[Topics.EVENTS] >= wanted.events_partitions
    assert topics[Topics.INCIDENTS] >= wanted.incidents_partitions
    assert topics[Topics.DEAD_LETTER] >= wanted.dead_letter_partitions
    assert configs[Topics.ARTICLES]["retention.ms"]["value"] == str(wanted.retention_ms)
    assert configs[Topics.DEAD_LETTER]["retention.ms"]["value"] == str(
        wanted.dead_letter_retention_ms
    )

    for alias in PROPERTIES:
        aliases = es_client.indices.get_alias(name=alias)
        assert aliases[first_index(alias)]["aliases"][alias]["is_write_index"] is True
        (template,) = es_client.indices.get_index_template(name=alias)["index_templates"]
        assert template["index_template"]["_meta"]["schema_version"] == SCHEMA_VERSION
    mapping = es_client.indices.get_mapping(index=Indices.EVENTS)[first_index(Indices.EVENTS)]
    location = mapping["mappings"]["properties"]["location"]["properties"]
    assert location["point"]["type"] == "geo_point"
    assert mapping["mappings"]["dynamic"] == "strict"


def test_an_older_template_is_updated_and_its_mapping_applied(
    stack_settings: Settings, es_client: Any
) -> None:
    run_setup(stack_settings)
    old = index_template(Indices.INCIDENTS, stack_settings.indexer)
    old["meta"] = {"schema_version": SCHEMA_VERSION - 1}
    del old["template"]["mappings"]["properties"]["report_count"]
    es_client.indices.put_index_template(name=Indices.INCIDENTS, **old)
    # The live index was made from the old template: it lacks the field too.
    index = first_index(Indices.INCIDENTS)
    es_client.indices.delete(index=index)
    es_client.indices.create(index=index, aliases={Indices.INCIDENTS: {"is_write_index": True}})
    assert "report_count" not in incident_fields(es_client)

    assert ensure_indices(es_client, stack_settings.indexer) == [f"template {Indices.INCIDENTS}"]
    (template,) = es_client.indices.get_index_template(name=Indices.INCIDENTS)["index_templates"]
    assert template["index_template"]["_meta"]["schema_version"] == SCHEMA_VERSION
    body = template["index_template"]["template"]["mappings"]
    assert body["properties"]["report_count"] == {"type": "integer"}
    assert incident_fields(es_client)["report_count"] == {"type": "integer"}
    assert ensure_indices(es_client, stack_settings.indexer) == []


def test_a_concrete_index_on_an_alias_name_is_a_clear_error(
    stack_settings: Settings, es_client: Any
) -> None:
    run_setup(stack_settings)
    index = first_index(Indices.RULES)
    es_client.indices.delete(index=index)
    es_client.indices.create(index=Indices.RULES)
    try:
        with pytest.raises(RuntimeError, match="not an alias"):
            run_setup(stack_settings)
    finally:
        es_client.indices.delete(index=Indices.RULES)
    run_setup(stack_settings)
    assert es_client.indices.exists_alias(name=Indices.RULES)


def incident_fields(es: Any) -> dict[str, Any]:
    mapping = es.indices.get_mapping(index=first_index(Indices.INCIDENTS))
    return mapping[first_index(Indices.INCIDENTS)]["mappings"]["properties"]
