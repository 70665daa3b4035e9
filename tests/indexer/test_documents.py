"""Messages to models to Elasticsearch documents, without any server."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from indexer_samples import NOW, make_article, make_event, make_incident

from indexer.documents import (
    Message,
    PoisonMessage,
    alert_create_action,
    index_action,
    parse_message,
    plan_batch,
    to_document,
)
from newswatch.contracts import SCHEMA_VERSION, Alert, Article, Event, Indices, Topics


def message(topic: str, value: bytes | None, offset: int = 0, key: bytes | None = b"k") -> Message:
    return Message(topic=topic, partition=0, offset=offset, key=key, value=value)


def test_parse_message_picks_the_model_by_topic() -> None:
    event = make_event()
    parsed = parse_message(message(Topics.EVENTS, event.model_dump_json().encode()))
    assert isinstance(parsed, Event)
    assert parsed == event
    article = make_article().model_dump_json().encode()
    assert isinstance(parse_message(message(Topics.ARTICLES, article)), Article)


@pytest.mark.parametrize(
    ("topic", "value", "reason"),
    [
        (Topics.EVENTS, b"{not json", "invalid Event"),
        (Topics.EVENTS, b'{"id": "x"}', "invalid Event"),
        (Topics.ARTICLES, b"", "empty message value"),
        (Topics.ARTICLES, None, "empty message value"),
        ("other.topic", b"{}", "no model for topic"),
    ],
)
def test_parse_message_names_why_a_message_is_poison(
    topic: str, value: bytes | None, reason: str
) -> None:
    with pytest.raises(PoisonMessage, match=reason):
        parse_message(message(topic, value))


def test_a_message_from_a_newer_schema_is_poison_not_misread() -> None:
    data = json.loads(make_event().model_dump_json())
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(PoisonMessage, match="newer than this indexer"):
        parse_message(message(Topics.EVENTS, json.dumps(data).encode()))


def test_event_document_adds_a_geo_point_from_lat_lon() -> None:
    event = make_event()
    doc = to_document(event)
    assert doc["location"]["point"] == {"lat": event.location.lat, "lon": event.location.lon}
    assert doc["location"]["name"] == "Kharkiv"
    assert doc["date"] == "2022-02-28"
    assert doc["killed"] == {"min": 24, "max": None}


def test_an_event_without_location_has_no_point() -> None:
    assert to_document(make_event(location=None))["location"] is None


def test_incident_and_alert_documents_carry_points_too() -> None:
    assert to_document(make_incident())["location"]["point"]["lat"] == pytest.approx(49.98081)
    event = make_event()
    alert = Alert(id="a", rule="r", event_id=event.id, event=event, matched_at=NOW)
    doc = to_document(alert)
    assert doc["event"]["location"]["point"]["lon"] == pytest.approx(36.25272)
    assert doc["delivered"] is False


def test_index_action_uses_the_model_id_and_its_alias() -> None:
    event = make_event()
    action = index_action(event)
    assert action["_op_type"] == "index"
    assert action["_id"] == event.id
    assert action["_index"] == Indices.EVENTS
    assert index_action(make_article())["_index"] == Indices.ARTICLES
    assert index_action(make_incident())["_index"] == Indices.INCIDENTS


def test_alert_action_is_a_create_so_a_second_one_conflicts() -> None:
    event = make_event()
    alert = Alert(id="rule-x-event", rule="r", event_id=event.id, event=event, matched_at=NOW)
    action = alert_create_action(alert)
    assert (action["_op_type"], action["_index"], action["_id"]) == (
        "create",
        Indices.ALERTS,
        "rule-x-event",
    )


def test_plan_batch_splits_poison_from_good_and_keeps_the_last_copy() -> None:
    first = make_event(id="e1", confidence=0.4)
    update = make_event(id="e1", confidence=0.8)
    article = make_article(id="a1")
    binary = b"\xff\xfe garbage"
    messages = [
        message(Topics.EVENTS, first.model_dump_json().encode(), offset=1),
        message(Topics.EVENTS, binary, offset=2, key=b"bad-key"),
        message(Topics.ARTICLES, article.model_dump_json().encode(), offset=3),
        message(Topics.EVENTS, update.model_dump_json().encode(), offset=4),
    ]
    now = datetime(2024, 1, 1, tzinfo=UTC)
    plan = plan_batch(messages, now)

    assert [a["_id"] for a in plan.actions] == ["e1", "a1"]
    assert plan.actions[0]["_source"]["confidence"] == 0.8
    assert [m.offset for m in plan.sources] == [4, 3]
    assert plan.events == [update]
    (letter,) = plan.dead_letters
    assert letter.source_topic == Topics.EVENTS
    assert letter.stage == "indexer"
    assert letter.key == "bad-key"
    assert letter.payload == "\\xff\\xfe garbage"
    assert letter.failed_at == now
    assert "invalid Event" in letter.error
