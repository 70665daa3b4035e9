"""Rule-matching planning: the _msearch body and reading its responses, without a server."""

from __future__ import annotations

import pytest
from indexer_samples import NOW, make_event

from indexer.alerts import alert_id, build_alerts, matched_pairs, msearch_body
from indexer.writer import ClusterUnavailable
from newswatch.contracts import AlertRule, Indices

RULES = [
    AlertRule(name="kharkiv", query="location.name:Kharkiv", webhook="http://h/1", created_at=NOW),
    AlertRule(name="grad", query='weapons:"BM-21 Grad"', webhook="http://h/2", created_at=NOW),
]


def hits(*ids: str) -> dict:
    return {"status": 200, "hits": {"hits": [{"_id": i, "_score": 0.0} for i in ids]}}


def test_msearch_body_has_one_filtered_search_per_rule() -> None:
    body = msearch_body(RULES, ["e1", "e2", "e3"])
    assert len(body) == 4
    assert body[0] == body[2] == {"index": Indices.EVENTS}
    search = body[3]
    assert search["size"] == 3
    assert search["_source"] is False
    assert search["query"]["bool"]["filter"] == [
        {"ids": {"values": ["e1", "e2", "e3"]}},
        {"query_string": {"query": 'weapons:"BM-21 Grad"'}},
    ]


def test_matched_pairs_maps_each_response_to_its_rule() -> None:
    pairs, errors = matched_pairs(RULES, [hits("e1", "e2"), hits("e2")])
    assert [(rule.name, event) for rule, event in pairs] == [
        ("kharkiv", "e1"),
        ("kharkiv", "e2"),
        ("grad", "e2"),
    ]
    assert errors == {}


def test_a_failing_rule_is_reported_and_the_others_still_match() -> None:
    failed = {"status": 400, "error": {"type": "query_shard_exception", "reason": "bad field"}}
    pairs, errors = matched_pairs(RULES, [failed, hits("e9")])
    assert [(rule.name, event) for rule, event in pairs] == [("grad", "e9")]
    assert errors == {"kharkiv": "bad field"}


def test_an_unavailable_cluster_is_raised_so_the_batch_is_retried() -> None:
    busy = {"status": 503, "error": {"type": "unavailable_shards_exception"}}
    with pytest.raises(ClusterUnavailable, match="kharkiv"):
        matched_pairs(RULES, [busy, hits()])


def test_build_alerts_gives_one_stable_id_per_rule_and_event() -> None:
    e1, e2 = make_event(id="e1"), make_event(id="e2")
    pairs = [(RULES[0], "e1"), (RULES[1], "e1"), (RULES[1], "e2")]
    alerts = build_alerts(pairs, [e1, e2], NOW)
    assert [(a.rule, a.event_id) for a in alerts] == [
        ("kharkiv", "e1"),
        ("grad", "e1"),
        ("grad", "e2"),
    ]
    assert alerts[0].event == e1
    assert alerts[0].matched_at == NOW
    assert alerts[0].id == alert_id("kharkiv", "e1")
    assert len({a.id for a in alerts}) == 3
    assert alert_id("kharkiv", "e1") == alert_id("kharkiv", "e1")
    assert alert_id("kharkiv", "e1") != alert_id("grad", "e1")
