"""Alert rules: stored as documents, matched per indexed batch with one ``_msearch``.

Why not the percolator: it is the textbook tool (store the rules as queries, percolate each
event), but it is a separate Elasticsearch module, and the local Elasticsearch newswatch
runs without Docker (the Maven ``integ-test-zip`` distribution) ships without it, as it
ships without painless and analysis-common. So a rule is a plain document in
``Indices.RULES`` (``_id`` = name) holding a Lucene query string, validated against the
events alias when it is added. After a batch of events is acknowledged and refreshed, the
indexer sends ONE ``_msearch`` with one sub-search per rule, each filtered to the batch's
event ids — cost grows with rules x batches, not with the events already indexed, and the
query language is exactly the one users type into Kibana.

An alert is recorded once per (rule, event): its id is ``stable_id(rule, event_id)`` and it
is written with ``op_type=create``, so a replayed or updated event (409 conflict) is never
alerted twice. Delivery happens afterwards (see ``indexer.webhooks``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from indexer.documents import alert_create_action
from indexer.writer import ClusterUnavailable, bulk_write, transient_status
from newswatch.contracts import Alert, AlertRule, Event, Indices, stable_id
from newswatch.logs import get_logger

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = get_logger(__name__)

MAX_RULES = 10_000


class RuleError(ValueError):
    """A rule cannot be added or removed; the message says why, for the CLI user."""


def alert_id(rule: str, event_id: str) -> str:
    """The id of the one alert a rule can raise for an event."""
    return stable_id(rule, event_id)


def rule_query(rule: AlertRule, event_ids: list[str]) -> dict[str, Any]:
    """The rule's query restricted to the given events (filter context: no scoring)."""
    return {
        "bool": {
            "filter": [
                {"ids": {"values": event_ids}},
                {"query_string": {"query": rule.query}},
            ]
        }
    }


def msearch_body(rules: list[AlertRule], event_ids: list[str]) -> list[dict[str, Any]]:
    """One header/body pair per rule, returning only the ids of the matching events."""
    body: list[dict[str, Any]] = []
    for rule in rules:
        body.append({"index": Indices.EVENTS})
        body.append(
            {
                "query": rule_query(rule, event_ids),
                "size": len(event_ids),
                "_source": False,
                "track_total_hits": False,
            }
        )
    return body


def matched_pairs(
    rules: list[AlertRule], responses: list[dict[str, Any]]
) -> tuple[list[tuple[AlertRule, str]], dict[str, str]]:
    """(rule, event id) matches from the ``_msearch`` responses, plus failing rules' errors."""
    pairs: list[tuple[AlertRule, str]] = []
    errors: dict[str, str] = {}
    for rule, response in zip(rules, responses, strict=True):
        if transient_status(response.get("status", 200)):
            raise ClusterUnavailable(f"rule {rule.name!r} search failed: {response.get('error')}")
        if "error" in response:
            error = response["error"]
            reason = error.get("reason", error) if isinstance(error, dict) else error
            errors[rule.name] = str(reason)
            continue
        pairs.extend((rule, hit["_id"]) for hit in response["hits"]["hits"])
    return pairs, errors


def build_alerts(
    pairs: list[tuple[AlertRule, str]], events: list[Event], matched_at: datetime
) -> list[Alert]:
    """The alerts for the matches, each carrying the matched event."""
    by_id = {event.id: event for event in events}
    return [
        Alert(
            id=alert_id(rule.name, event_id),
            rule=rule.name,
            event_id=event_id,
            event=by_id[event_id],
            matched_at=matched_at,
        )
        for rule, event_id in pairs
        if event_id in by_id
    ]


def load_rules(es: Elasticsearch) -> list[AlertRule]:
    """All stored rules, ordered by name."""
    response = es.search(
        index=Indices.RULES, query={"match_all": {}}, size=MAX_RULES, sort=[{"name": "asc"}]
    )
    return [AlertRule.model_validate(hit["_source"]) for hit in response["hits"]["hits"]]


def get_rule(es: Elasticsearch, name: str) -> AlertRule | None:
    """The rule called ``name``, or None when it was removed."""
    response = es.options(ignore_status=404).get(index=Indices.RULES, id=name)
    return AlertRule.model_validate(response["_source"]) if response.get("found") else None


def query_error(es: Elasticsearch, query: str) -> str | None:
    """Why ``query`` is not a valid Lucene query over the events, or None when it is."""
    response = es.indices.validate_query(
        index=Indices.EVENTS, query={"query_string": {"query": query}}, explain=True
    )
    if response["valid"]:
        return None
    reasons = [e.get("error", "") for e in response.get("explanations", []) if not e["valid"]]
    return reasons[0] if reasons else response.get("error", "invalid query")


def add_rule(es: Elasticsearch, name: str, query: str, webhook: str) -> AlertRule:
    """Validate and store a new rule; ``RuleError`` when invalid or the name is taken."""
    from elasticsearch import ConflictError

    if urlsplit(webhook).scheme not in ("http", "https") or not urlsplit(webhook).netloc:
        raise RuleError(f"webhook must be an http(s) URL, not {webhook!r}")
    error = query_error(es, query)
    if error is not None:
        raise RuleError(f"invalid query {query!r}: {error}")
    rule = AlertRule(name=name, query=query, webhook=webhook, created_at=datetime.now(UTC))
    try:
        es.create(
            index=Indices.RULES,
            id=name,
            document=rule.model_dump(mode="json"),
            refresh="wait_for",
        )
    except ConflictError as exc:
        raise RuleError(f"a rule named {name!r} exists; remove it first") from exc
    return rule


def remove_rule(es: Elasticsearch, name: str) -> None:
    """Delete a rule (its past alerts stay); ``RuleError`` when there is no such rule."""
    response = es.options(ignore_status=404).delete(
        index=Indices.RULES, id=name, refresh="wait_for"
    )
    if response.get("result") != "deleted":
        raise RuleError(f"no rule named {name!r}")


def match_events(es: Elasticsearch, events: list[Event], matched_at: datetime) -> list[Alert]:
    """Run every rule against ``events`` (already indexed) in one ``_msearch``."""
    rules = load_rules(es)
    if not rules or not events:
        return []
    es.indices.refresh(index=Indices.EVENTS)  # make the batch visible to search now
    event_ids = [event.id for event in events]
    response = es.msearch(searches=msearch_body(rules, event_ids))
    pairs, errors = matched_pairs(rules, response["responses"])
    for rule, reason in errors.items():
        log.warning("alert rule failed", rule=rule, reason=reason)
    return build_alerts(pairs, events, matched_at)


def record_alerts(es: Elasticsearch, alerts: list[Alert]) -> list[str]:
    """Create the alert documents; return the ids that are new (409 = recorded before)."""
    results = bulk_write(es, [alert_create_action(a) for a in alerts], refresh="wait_for")
    created: list[str] = []
    for alert, result in zip(alerts, results, strict=True):
        if result.ok:
            created.append(alert.id)
        elif result.status != 409:
            log.error("alert not recorded", alert=alert.id, rule=alert.rule, reason=result.error)
    return created
