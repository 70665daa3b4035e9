"""Index templates, mappings and the concrete indices behind the newswatch aliases.

Every alias in ``Indices`` is backed by ``<alias>-000001`` (created by ``newswatch setup``)
and an index template matching ``<alias>-*``, so a later rollover to ``-000002`` gets the
same mapping. Mappings are explicit and ``dynamic: strict``: the indexer only writes what
the contracts' models dump, and a unit test checks every model field is mapped, so an
unmapped field is a bug caught in CI; in production a document ES refuses goes to the
dead-letter topic instead of being silently half-indexed. The template ``_meta`` records
``SCHEMA_VERSION``; setup updates a template that is older and applies the new mapping to
the live write index (or rolls the alias over when the change is not additive).

The local Elasticsearch has no analysis-common module, so only the ``standard`` analyzer
is used (no ``english`` stemming, no ``lowercase`` normalizer).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from newswatch.contracts import SCHEMA_VERSION, Indices
from newswatch.logs import get_logger
from newswatch.settings import IndexerSettings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = get_logger(__name__)

KEYWORD: dict[str, Any] = {"type": "keyword", "ignore_above": 1024}
DATE: dict[str, Any] = {"type": "date"}
INTEGER: dict[str, Any] = {"type": "integer"}
BOOLEAN: dict[str, Any] = {"type": "boolean"}
TEXT: dict[str, Any] = {"type": "text"}
TEXT_AND_KEYWORD: dict[str, Any] = {"type": "text", "fields": {"keyword": KEYWORD}}
KEYWORD_AND_TEXT: dict[str, Any] = {**KEYWORD, "fields": {"text": TEXT}}
COUNT_RANGE: dict[str, Any] = {"properties": {"min": INTEGER, "max": INTEGER}}

ARTICLE_PROPERTIES: dict[str, Any] = {
    "schema_version": INTEGER,
    "id": KEYWORD,
    "url": KEYWORD,
    "title": TEXT_AND_KEYWORD,
    "text": TEXT,
    "published": DATE,
    "published_estimated": BOOLEAN,
    "fetched_at": DATE,
    "feed": KEYWORD,
    "language": KEYWORD,
    "tags": KEYWORD,
    "content_hash": KEYWORD,
}

LOCATION: dict[str, Any] = {
    "properties": {
        "name": TEXT_AND_KEYWORD,
        "geonameid": KEYWORD,
        "country": KEYWORD_AND_TEXT,
        "country_code": KEYWORD,
        "admin1": KEYWORD_AND_TEXT,
        "lat": {"type": "double"},
        "lon": {"type": "double"},
        "precision": KEYWORD,
        "mentioned_as": TEXT_AND_KEYWORD,
        "point": {"type": "geo_point"},
    }
}

EVENT_PROPERTIES: dict[str, Any] = {
    "schema_version": INTEGER,
    "id": KEYWORD,
    "event_type": KEYWORD,
    "weapons": KEYWORD_AND_TEXT,
    "location": LOCATION,
    "date": DATE,
    "date_precision": KEYWORD,
    "killed": COUNT_RANGE,
    "wounded": COUNT_RANGE,
    "civilians_killed": COUNT_RANGE,
    "perpetrator": TEXT_AND_KEYWORD,
    "target": KEYWORD,
    "target_text": TEXT,
    "evidence": {"properties": {"text": TEXT, "start": INTEGER, "end": INTEGER}},
    "confidence": {"type": "float"},
    "article_id": KEYWORD,
    "article_url": KEYWORD,
    "article_title": TEXT_AND_KEYWORD,
    "feed": KEYWORD,
    "published": DATE,
    "extracted_at": DATE,
}

INCIDENT_PROPERTIES: dict[str, Any] = {
    "schema_version": INTEGER,
    "id": KEYWORD,
    "event_type": KEYWORD,
    "location": LOCATION,
    "date": DATE,
    "weapons": KEYWORD_AND_TEXT,
    "killed": COUNT_RANGE,
    "wounded": COUNT_RANGE,
    "perpetrator": TEXT_AND_KEYWORD,
    "target": KEYWORD,
    "event_ids": KEYWORD,
    "article_ids": KEYWORD,
    "report_count": INTEGER,
    "first_seen": DATE,
    "last_seen": DATE,
}

ALERT_PROPERTIES: dict[str, Any] = {
    "schema_version": INTEGER,
    "id": KEYWORD,
    "rule": KEYWORD,
    "event_id": KEYWORD,
    "event": {"properties": EVENT_PROPERTIES},
    "matched_at": DATE,
    "delivered": BOOLEAN,
    "delivery_error": TEXT,
}

RULE_PROPERTIES: dict[str, Any] = {
    "schema_version": INTEGER,
    "name": KEYWORD,
    "query": KEYWORD_AND_TEXT,
    "webhook": KEYWORD,
    "created_at": DATE,
}

PROPERTIES: dict[str, dict[str, Any]] = {
    Indices.ARTICLES: ARTICLE_PROPERTIES,
    Indices.EVENTS: EVENT_PROPERTIES,
    Indices.INCIDENTS: INCIDENT_PROPERTIES,
    Indices.ALERTS: ALERT_PROPERTIES,
    Indices.RULES: RULE_PROPERTIES,
}


def first_index(alias: str) -> str:
    """The concrete index created behind ``alias`` by setup."""
    return f"{alias}-000001"


def mappings(alias: str) -> dict[str, Any]:
    """The mapping of the indices behind ``alias`` (a copy: callers may change it)."""
    return {"dynamic": "strict", "properties": copy.deepcopy(PROPERTIES[alias])}


def index_template(alias: str, settings: IndexerSettings) -> dict[str, Any]:
    """The body of the composable index template for ``alias`` (``put_index_template`` kwargs)."""
    return {
        "index_patterns": [f"{alias}-*"],
        "priority": 200,
        "template": {
            "settings": {
                "number_of_shards": settings.number_of_shards,
                "number_of_replicas": settings.number_of_replicas,
            },
            "mappings": mappings(alias),
        },
        "meta": {"schema_version": SCHEMA_VERSION, "managed_by": "newswatch"},
    }


def needs_update(existing: dict[str, Any] | None) -> bool:
    """True when there is no template, or it was written by an older schema version."""
    if existing is None:
        return True
    version = existing.get("_meta", {}).get("schema_version")
    return not isinstance(version, int) or version < SCHEMA_VERSION


def ensure_indices(es: Elasticsearch, settings: IndexerSettings) -> list[str]:
    """Put missing or outdated templates and bootstrap the aliases; return what changed."""
    changes: list[str] = []
    for alias in PROPERTIES:
        if _ensure_template(es, alias, settings):
            changes.append(f"template {alias}")
        if _ensure_alias(es, alias):
            changes.append(f"index {first_index(alias)}")
    for change in changes:
        log.info("elasticsearch changed", change=change)
    return changes


def _ensure_template(es: Elasticsearch, alias: str, settings: IndexerSettings) -> bool:
    from elasticsearch import BadRequestError, NotFoundError

    try:
        found = es.indices.get_index_template(name=alias)["index_templates"]
        existing = found[0]["index_template"] if found else None
    except NotFoundError:
        existing = None
    if not needs_update(existing):
        return False
    es.indices.put_index_template(name=alias, **index_template(alias, settings))
    if existing is not None and es.indices.exists_alias(name=alias):
        try:
            es.indices.put_mapping(index=alias, write_index_only=True, **mappings(alias))
        except BadRequestError as exc:
            log.warning("mapping change not additive, rolling over", alias=alias, reason=str(exc))
            es.indices.rollover(alias=alias)
    return True


def _ensure_alias(es: Elasticsearch, alias: str) -> bool:
    from elasticsearch import BadRequestError

    if es.indices.exists_alias(name=alias):
        return False
    if es.indices.exists(index=alias):
        raise RuntimeError(
            f"{alias!r} is a concrete index, not an alias (was something written before "
            f"`newswatch setup`?); reindex or delete it, then run setup again"
        )
    try:
        es.indices.create(index=first_index(alias), aliases={alias: {"is_write_index": True}})
    except BadRequestError as exc:
        if exc.error != "resource_already_exists_exception":
            raise
        return False
    return True
