"""The data contracts every stage shares: models, topic and index names, schema version.

Producers, processors and the indexer all import from here, so a message written by one
stage is read by the next with the same types. Every message carries ``schema_version``;
bump it when a field changes meaning or disappears, and when an indexed model gains a field:
the indices' mappings are strict, so ``newswatch setup`` must put the new mapping first, and
it does so for templates written by an older version.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2  # 2: Location.mentioned_as


class Topics:
    """Kafka topic names."""

    ARTICLES = "newswatch.articles"
    EVENTS = "newswatch.events"
    INCIDENTS = "newswatch.incidents"
    DEAD_LETTER = "newswatch.dead-letter"


class Indices:
    """Elasticsearch aliases (each backed by a versioned concrete index)."""

    ARTICLES = "newswatch-articles"
    EVENTS = "newswatch-events"
    INCIDENTS = "newswatch-incidents"
    ALERTS = "newswatch-alerts"
    RULES = "newswatch-rules"


EventType = Literal["shelling", "missile", "air_strike", "drone", "other_attack"]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

Target = Literal[
    "residential",
    "commercial",
    "medical",
    "education",
    "energy",
    "transport",
    "government",
    "military",
    "religious",
    "humanitarian",
    "agricultural",
    "other",
]
TARGETS: tuple[str, ...] = Target.__args__  # type: ignore[attr-defined]

Precision = Literal["place", "region", "country"]
DatePrecision = Literal["day", "unknown"]


def stable_id(*parts: object) -> str:
    """A short deterministic id from its parts, so replays produce the same document ids."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


class Model(BaseModel):
    """Base for all contracts: unknown fields are kept out, values are validated on input."""

    model_config = ConfigDict(extra="ignore", frozen=False)


class Versioned(Model):
    """A message that travels over Kafka and says which schema wrote it."""

    schema_version: int = SCHEMA_VERSION


class Article(Versioned):
    """One news item as normalised by a producer."""

    id: str = Field(description="stable id from the canonical URL or the guid")
    url: str | None = None
    title: str = ""
    text: str = Field("", description="clean text: summary, or full text when fetched")
    published: datetime = Field(description="publication time, timezone-aware UTC")
    published_estimated: bool = Field(
        False, description="the feed gave no date: `published` is the fetch time"
    )
    fetched_at: datetime
    feed: str = Field(description="name of the feed the item came from")
    language: str | None = None
    tags: list[str] = Field(default_factory=list)
    content_hash: str = Field(description="hash of title and text: a change means an update")


class CountRange(Model):
    """A casualty figure: exact N is min = max = N, 'at least N' is min = N, max = None."""

    min: int | None = None
    max: int | None = None


class Location(Model):
    """The place that was struck, resolved against GeoNames."""

    name: str
    geonameid: int | None = None
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    lat: float
    lon: float
    precision: Precision = "place"
    mentioned_as: str | None = Field(
        None,
        description="the place as the text names it: GeoNames spells many places otherwise "
        "(Qiryat Ata for Kiryat Ata, Izaz for Azaz), and an analyst searches the reported name",
    )


class Evidence(Model):
    """A sentence supporting an event, with its character offsets in the article text."""

    text: str
    start: int
    end: int


class Strike(Model):
    """What the extractor finds in a text: one attack on one place on one date."""

    event_type: EventType
    weapons: list[str] = Field(default_factory=list)
    location: Location | None = None
    date: _dt.date | None = None
    date_precision: DatePrecision = "unknown"
    killed: CountRange = Field(default_factory=CountRange)
    wounded: CountRange = Field(default_factory=CountRange)
    civilians_killed: CountRange | None = None
    perpetrator: str | None = None
    target: Target | None = None
    target_text: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(0.5, ge=0.0, le=1.0)


class Event(Versioned, Strike):
    """A strike as it travels the pipeline: the extraction plus where it was read."""

    id: str
    article_id: str
    article_url: str | None = None
    article_title: str = ""
    feed: str = ""
    published: datetime
    extracted_at: datetime


class Incident(Versioned):
    """Several reports of the same strike (same place and day) merged into one incident."""

    id: str
    event_type: EventType
    location: Location | None = None
    date: _dt.date | None = None
    weapons: list[str] = Field(default_factory=list)
    killed: CountRange = Field(default_factory=CountRange)
    wounded: CountRange = Field(default_factory=CountRange)
    perpetrator: str | None = None
    target: Target | None = None
    event_ids: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    report_count: int = 0
    first_seen: datetime
    last_seen: datetime


class AlertRule(Versioned):
    """A user's standing question: a Lucene query string over event fields, and a webhook."""

    name: str
    query: str
    webhook: str
    created_at: datetime


class Alert(Versioned):
    """A rule matched an event; recorded once per (rule, event)."""

    id: str
    rule: str
    event_id: str
    event: Event
    matched_at: datetime
    delivered: bool = False
    delivery_error: str | None = None


class DeadLetter(Versioned):
    """A message a stage could not handle, kept with the reason so nothing is lost."""

    source_topic: str
    stage: str
    error: str
    key: str | None = None
    payload: str
    failed_at: datetime
