"""Alert rules end to end on the real stack: CLI, matching, exactly-once webhook delivery."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from indexer_harness import Harness, fast_settings, produce, wait_for
from indexer_receiver import Receiver
from indexer_samples import NOW, make_event
from typer.testing import CliRunner

from indexer.alerts import add_rule, alert_id, record_alerts
from indexer.cli import alerts_app
from newswatch.contracts import Alert, Indices, Topics
from newswatch.settings import Settings, get_settings

pytestmark = pytest.mark.integration


@pytest.fixture
def cli(provisioned: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """A runner whose `newswatch alerts` commands talk to the test Elasticsearch."""
    monkeypatch.setenv("NEWSWATCH_ES", provisioned.es_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_alerts_add_list_remove_through_the_cli(cli: CliRunner) -> None:
    name = f"kharkiv-{uuid.uuid4().hex[:6]}"
    added = cli.invoke(
        alerts_app, ["add", name, "location.name:Kharkiv", "--webhook", "http://127.0.0.1:9/h"]
    )
    assert added.exit_code == 0, added.output
    listed = cli.invoke(alerts_app, ["list"])
    assert f"{name}\tlocation.name:Kharkiv\thttp://127.0.0.1:9/h" in listed.output.splitlines()

    again = cli.invoke(alerts_app, ["add", name, "x", "--webhook", "http://127.0.0.1:9/h"])
    assert again.exit_code == 1
    assert "exists" in again.output

    removed = cli.invoke(alerts_app, ["remove", name])
    assert removed.exit_code == 0, removed.output
    assert name not in cli.invoke(alerts_app, ["list"]).output
    missing = cli.invoke(alerts_app, ["remove", name])
    assert missing.exit_code == 1
    assert f"no rule named '{name}'" in missing.output


@pytest.mark.parametrize(
    ("query", "webhook", "message"),
    [
        ("location.name:(Kharkiv AND", "http://127.0.0.1:9/h", "invalid query"),
        ("location.name:Kharkiv", "ftp://example/h", "webhook must be an http(s) URL"),
    ],
)
def test_invalid_rules_are_rejected_with_a_reason(
    cli: CliRunner, query: str, webhook: str, message: str
) -> None:
    name = f"bad-{uuid.uuid4().hex[:6]}"
    result = cli.invoke(alerts_app, ["add", name, query, "--webhook", webhook])
    assert result.exit_code == 1
    assert message in result.output
    assert name not in cli.invoke(alerts_app, ["list"]).output


def alert_doc(es: Any, rule: str, event_id: str) -> dict[str, Any]:
    return es.get(index=Indices.ALERTS, id=alert_id(rule, event_id))["_source"]


def test_a_matching_event_is_posted_once_even_when_replayed(
    provisioned: Settings, es_client: Any, receiver: Receiver
) -> None:
    feed = f"feed-{uuid.uuid4().hex[:8]}"
    rule = f"kharkiv-{feed}"
    query = f"location.name:Kharkiv AND confidence:>=0.8 AND feed:{feed}"
    add_rule(es_client, rule, query, receiver.url)
    hit = make_event(feed=feed)
    miss = make_event(feed=feed, event_type="drone", location=None)
    unsure = make_event(feed=feed, confidence=0.55)  # the rule asks for 0.8 or more
    events = [(None, e.model_dump_json().encode()) for e in (hit, miss, unsure)]
    produce(provisioned, Topics.EVENTS, events)

    harness = Harness(fast_settings(provisioned), deliver=True)
    try:
        harness.drain()
        wait_for("the alert delivered", lambda: alert_doc(es_client, rule, hit.id)["delivered"])
    finally:
        harness.close()
    assert [(p["rule"], p["event_id"]) for p in receiver.posts] == [(rule, hit.id)]
    assert receiver.posts[0]["event"]["location"]["name"] == "Kharkiv"
    es_client.indices.refresh(index=Indices.ALERTS)
    assert es_client.count(index=Indices.ALERTS, query={"term": {"rule": rule}})["count"] == 1

    # Replaying the topic (a new group from the start) matches again but records nothing new.
    replay = Harness(fast_settings(provisioned), deliver=True)
    try:
        replay.drain()
        assert sum(r.alerts for r in replay.results) == 0
        wait_for("a redelivery scan", lambda: replay.deliverer and replay.deliverer.scans >= 2)
    finally:
        replay.close()
    assert len(receiver.posts) == 1
    assert receiver.attempts == 1


def test_a_failing_webhook_is_retried_and_delivered_later(
    provisioned: Settings, es_client: Any, receiver: Receiver
) -> None:
    feed = f"feed-{uuid.uuid4().hex[:8]}"
    rule = f"grad-{feed}"
    add_rule(es_client, rule, f'weapons:"BM-21 Grad" AND feed:{feed}', receiver.url)
    event = make_event(feed=feed)
    receiver.fail_next(1000)
    produce(provisioned, Topics.EVENTS, [(None, event.model_dump_json().encode())])

    def state() -> dict[str, Any]:
        return alert_doc(es_client, rule, event.id)

    harness = Harness(fast_settings(provisioned), deliver=True)
    try:
        harness.drain()  # indexing goes on while the webhook is down
        wait_for("the failure recorded", lambda: state()["delivery_error"])
        assert state()["delivered"] is False
        wait_for("a second delivery round", lambda: receiver.attempts >= 4)
        receiver.fail_next(0)
        wait_for("the alert delivered", lambda: state()["delivered"])
    finally:
        harness.close()
    assert state()["delivery_error"] is None
    assert [p["event_id"] for p in receiver.posts] == [event.id]


def test_an_alert_recorded_before_a_crash_is_delivered_on_start(
    provisioned: Settings, es_client: Any, receiver: Receiver
) -> None:
    feed = f"feed-{uuid.uuid4().hex[:8]}"
    rule = f"crash-{feed}"
    add_rule(es_client, rule, f"feed:{feed}", receiver.url)
    event = make_event(feed=feed)
    alert = Alert(id=alert_id(rule, event.id), rule=rule, event_id=event.id, event=event,
                  matched_at=NOW)
    # Recorded, then the process died before POSTing: nobody submitted it for delivery.
    assert record_alerts(es_client, [alert]) == [alert.id]
    assert record_alerts(es_client, [alert]) == []  # a replay cannot record it twice

    settings = fast_settings(provisioned)
    harness = Harness(settings, deliver=True)
    try:
        wait_for("the alert delivered", lambda: alert_doc(es_client, rule, event.id)["delivered"])
    finally:
        harness.close()
    assert [p["id"] for p in receiver.posts] == [alert.id]
