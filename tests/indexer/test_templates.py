"""Template rendering: every contract field is mapped, settings and version land in it."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from indexer.templates import PROPERTIES, first_index, index_template, mappings, needs_update
from newswatch.contracts import (
    SCHEMA_VERSION,
    Alert,
    AlertRule,
    Article,
    Event,
    Incident,
    Indices,
)
from newswatch.settings import IndexerSettings

MODELS: dict[str, type[BaseModel]] = {
    Indices.ARTICLES: Article,
    Indices.EVENTS: Event,
    Indices.INCIDENTS: Incident,
    Indices.ALERTS: Alert,
    Indices.RULES: AlertRule,
}


def unmapped(model: type[BaseModel], properties: dict[str, Any], prefix: str = "") -> list[str]:
    """Model fields (recursively) that the mapping lacks: with dynamic=strict, a rejection."""
    missing = []
    for name, field in model.model_fields.items():
        if name not in properties:
            missing.append(prefix + name)
            continue
        # `Location | None`, `list[Evidence]`, `CountRange | None`: look one level inside.
        candidates = (field.annotation, *getattr(field.annotation, "__args__", ()))
        nested = {
            inner
            for outer in candidates
            for inner in (outer, *getattr(outer, "__args__", ()))
            if isinstance(inner, type) and issubclass(inner, BaseModel)
        }
        for sub in nested:
            missing += unmapped(sub, properties[name]["properties"], f"{prefix}{name}.")
    return missing


@pytest.mark.parametrize("alias", list(MODELS))
def test_every_model_field_is_mapped(alias: str) -> None:
    assert unmapped(MODELS[alias], PROPERTIES[alias]) == []


def test_the_field_finder_does_see_nested_fields() -> None:
    props = {k: v for k, v in PROPERTIES[Indices.EVENTS].items() if k != "killed"}
    assert unmapped(Event, props) == ["killed"]
    location = dict(PROPERTIES[Indices.EVENTS]["location"]["properties"])
    del location["admin1"]
    props = {**PROPERTIES[Indices.EVENTS], "location": {"properties": location}}
    assert unmapped(Event, props) == ["location.admin1"]


@pytest.mark.parametrize("alias", [Indices.EVENTS, Indices.INCIDENTS])
def test_locations_have_a_geo_point(alias: str) -> None:
    point = mappings(alias)["properties"]["location"]["properties"]["point"]
    assert point == {"type": "geo_point"}


def test_alert_documents_map_the_embedded_event_like_events() -> None:
    event = mappings(Indices.ALERTS)["properties"]["event"]["properties"]
    assert event == PROPERTIES[Indices.EVENTS]


def test_searchable_text_fields_keep_an_exact_keyword() -> None:
    props = PROPERTIES[Indices.EVENTS]
    assert props["perpetrator"]["type"] == "text"
    assert props["perpetrator"]["fields"]["keyword"]["type"] == "keyword"
    assert props["weapons"]["type"] == "keyword"
    assert props["weapons"]["fields"]["text"]["type"] == "text"
    assert props["location"]["properties"]["name"]["fields"]["keyword"]["type"] == "keyword"


def test_index_template_renders_settings_patterns_and_schema_version() -> None:
    settings = IndexerSettings(number_of_shards=3, number_of_replicas=2)
    body = index_template(Indices.EVENTS, settings)
    assert body["index_patterns"] == ["newswatch-events-*"]
    assert body["template"]["settings"] == {"number_of_shards": 3, "number_of_replicas": 2}
    assert body["template"]["mappings"]["dynamic"] == "strict"
    assert body["meta"]["schema_version"] == SCHEMA_VERSION
    assert first_index(Indices.EVENTS) == "newswatch-events-000001"
    assert first_index(Indices.EVENTS).startswith(body["index_patterns"][0][:-1])


@pytest.mark.parametrize(
    ("existing", "expected"),
    [
        (None, True),
        ({"index_patterns": ["x-*"]}, True),
        ({"_meta": {"schema_version": SCHEMA_VERSION - 1}}, True),
        ({"_meta": {"schema_version": SCHEMA_VERSION}}, False),
        ({"_meta": {"schema_version": SCHEMA_VERSION + 1}}, False),
    ],
)
def test_only_missing_or_older_templates_are_rewritten(existing: Any, expected: bool) -> None:
    assert needs_update(existing) is expected
