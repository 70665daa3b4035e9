"""Sample contract models for the indexer tests (a uniquely named module, not conftest)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from newswatch.contracts import (
    Article,
    CountRange,
    Event,
    Evidence,
    Incident,
    Location,
)

NOW = datetime(2022, 2, 28, 12, 0, tzinfo=UTC)
KHARKIV = Location(
    name="Kharkiv",
    geonameid=706483,
    country="Ukraine",
    country_code="UA",
    admin1="Kharkiv Oblast",
    lat=49.98081,
    lon=36.25272,
    mentioned_as="Kharkov",
)


def make_article(**overrides: Any) -> Article:
    fields: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "url": "https://news.example/kharkiv",
        "title": "Grad rockets hit Kharkiv",
        "text": "Russian troops shelled residential districts of Kharkiv with BM-21 Grad rockets.",
        "published": NOW,
        "fetched_at": NOW,
        "feed": "test-wire",
        "language": "en",
        "tags": ["ukraine"],
        "content_hash": "abc",
    }
    return Article(**{**fields, **overrides})


def make_event(**overrides: Any) -> Event:
    fields: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "event_type": "shelling",
        "weapons": ["BM-21 Grad"],
        "location": KHARKIV,
        "date": date(2022, 2, 28),
        "date_precision": "day",
        "killed": CountRange(min=24),
        "wounded": CountRange(min=200),
        "perpetrator": "Russian forces",
        "target": "residential",
        "target_text": "residential districts",
        "evidence": [Evidence(text="Grad rockets hit Kharkiv", start=0, end=24)],
        "confidence": 0.9,
        "article_id": "a1",
        "article_url": "https://news.example/kharkiv",
        "article_title": "Grad rockets hit Kharkiv",
        "feed": "test-wire",
        "published": NOW,
        "extracted_at": NOW,
    }
    return Event(**{**fields, **overrides})


def make_incident(**overrides: Any) -> Incident:
    fields: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "event_type": "shelling",
        "location": KHARKIV,
        "date": date(2022, 2, 28),
        "event_ids": ["e1", "e2"],
        "article_ids": ["a1", "a2"],
        "report_count": 2,
        "first_seen": NOW,
        "last_seen": NOW,
    }
    return Incident(**{**fields, **overrides})


