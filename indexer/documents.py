"""Pure translation between Kafka messages, contract models and Elasticsearch documents.

Every document's ``_id`` is the model's own id, so replaying a topic overwrites documents
instead of duplicating them, and an updated event (same id, re-sent) replaces the old one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from newswatch.contracts import (
    SCHEMA_VERSION,
    Alert,
    Article,
    DeadLetter,
    Event,
    Incident,
    Indices,
    Topics,
)

STAGE = "indexer"

Indexed = Article | Event | Incident

MODEL_FOR_TOPIC: dict[str, type[Indexed]] = {
    Topics.ARTICLES: Article,
    Topics.EVENTS: Event,
    Topics.INCIDENTS: Incident,
}

INDEX_FOR_MODEL: dict[type[Indexed], str] = {
    Article: Indices.ARTICLES,
    Event: Indices.EVENTS,
    Incident: Indices.INCIDENTS,
}


class PoisonMessage(ValueError):
    """A message that can never be indexed as it is; it goes to the dead-letter topic."""


@dataclass(frozen=True)
class Message:
    """The part of a Kafka record the indexer needs (kept free of kafka-python types)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


def decode(raw: bytes | None) -> str | None:
    """Bytes to text without ever failing, so a dead letter keeps even binary garbage."""
    return None if raw is None else raw.decode("utf-8", errors="backslashreplace")


def parse_message(message: Message) -> Indexed:
    """The model a message carries, or ``PoisonMessage`` saying why it cannot be indexed."""
    model = MODEL_FOR_TOPIC.get(message.topic)
    if model is None:
        raise PoisonMessage(f"no model for topic {message.topic!r}")
    if not message.value:
        raise PoisonMessage("empty message value")
    try:
        parsed = model.model_validate_json(message.value)
    except ValidationError as exc:
        raise PoisonMessage(f"invalid {model.__name__}: {exc}") from exc
    if parsed.schema_version > SCHEMA_VERSION:
        raise PoisonMessage(
            f"schema_version {parsed.schema_version} is newer than this indexer's "
            f"{SCHEMA_VERSION}; upgrade the indexer and replay the dead letters"
        )
    return parsed


def with_point(location: dict[str, Any] | None) -> dict[str, Any] | None:
    """A location dict plus the ``point`` geo_point Kibana maps and geo queries use."""
    if location is None:
        return None
    return {**location, "point": {"lat": location["lat"], "lon": location["lon"]}}


def event_document(event: Event) -> dict[str, Any]:
    """An event as stored in Elasticsearch (also embedded in alert documents)."""
    doc = event.model_dump(mode="json")
    doc["location"] = with_point(doc["location"])
    return doc


def to_document(model: Indexed | Alert) -> dict[str, Any]:
    """The ``_source`` for a model."""
    if isinstance(model, Event):
        return event_document(model)
    doc = model.model_dump(mode="json")
    if isinstance(model, Incident):
        doc["location"] = with_point(doc["location"])
    elif isinstance(model, Alert):
        doc["event"] = event_document(model.event)
    return doc


def index_action(model: Indexed) -> dict[str, Any]:
    """A bulk ``index`` action: creates or overwrites the document with the model's id."""
    return {
        "_op_type": "index",
        "_index": INDEX_FOR_MODEL[type(model)],
        "_id": model.id,
        "_source": to_document(model),
    }


def alert_create_action(alert: Alert) -> dict[str, Any]:
    """A bulk ``create`` action: fails with 409 when the (rule, event) alert already exists."""
    return {
        "_op_type": "create",
        "_index": Indices.ALERTS,
        "_id": alert.id,
        "_source": to_document(alert),
    }


def dead_letter(message: Message, error: str, failed_at: datetime) -> DeadLetter:
    """A dead letter keeping the original payload and key with the reason."""
    return DeadLetter(
        source_topic=message.topic,
        stage=STAGE,
        error=error,
        key=decode(message.key),
        payload=decode(message.value) or "",
        failed_at=failed_at,
    )


@dataclass
class BatchPlan:
    """A polled batch split into bulk actions and dead letters."""

    actions: list[dict[str, Any]]
    sources: list[Message]
    dead_letters: list[DeadLetter]
    events: list[Event]


def plan_batch(messages: list[Message], now: datetime) -> BatchPlan:
    """Parse a batch; later copies of the same document in one batch win (Kafka order)."""
    latest: dict[tuple[str, str], tuple[Indexed, Message]] = {}
    dead: list[DeadLetter] = []
    for message in messages:
        try:
            model = parse_message(message)
        except PoisonMessage as exc:
            dead.append(dead_letter(message, str(exc), now))
            continue
        latest[(INDEX_FOR_MODEL[type(model)], model.id)] = (model, message)
    models = [model for model, _ in latest.values()]
    return BatchPlan(
        actions=[index_action(model) for model in models],
        sources=[message for _, message in latest.values()],
        dead_letters=dead,
        events=[model for model in models if isinstance(model, Event)],
    )
