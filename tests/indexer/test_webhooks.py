"""Webhook payload and retried POSTs against a local receiver (no Elasticsearch)."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from indexer_receiver import Receiver
from indexer_samples import NOW, make_event

from indexer.webhooks import payload, post_alert, retry_delay
from newswatch.contracts import Alert
from newswatch.settings import IndexerSettings

FAST = IndexerSettings(webhook_retries=2, webhook_backoff=0.01, webhook_backoff_max=0.05)


def alert() -> Alert:
    event = make_event(id="e1")
    return Alert(id="alert-1", rule="kharkiv", event_id="e1", event=event, matched_at=NOW)


def test_payload_is_rule_event_and_time_without_delivery_bookkeeping() -> None:
    body = payload(alert())
    assert body["rule"] == "kharkiv"
    assert body["event"]["location"]["name"] == "Kharkiv"
    assert body["matched_at"] == "2022-02-28T12:00:00Z"
    assert "delivered" not in body
    assert "delivery_error" not in body
    assert Alert.model_validate(json.loads(json.dumps(body))).event == alert().event


def test_post_is_retried_until_the_webhook_answers(receiver: Receiver) -> None:
    receiver.fail_next(2)
    with httpx.Client(timeout=5) as http:
        post_alert(http, receiver.url, alert(), FAST, threading.Event())
    assert receiver.attempts == 3
    assert len(receiver.posts) == 1
    assert receiver.posts[0]["id"] == "alert-1"
    assert receiver.headers[0]["Idempotency-Key"] == "alert-1"


def test_post_gives_up_after_the_configured_retries(receiver: Receiver) -> None:
    receiver.fail_next(10)
    with httpx.Client(timeout=5) as http, pytest.raises(httpx.HTTPStatusError):
        post_alert(http, receiver.url, alert(), FAST, threading.Event())
    assert receiver.attempts == FAST.webhook_retries + 1
    assert receiver.posts == []


def test_redelivery_delay_grows_and_is_capped() -> None:
    settings = IndexerSettings(redeliver_interval=60)
    delays = [retry_delay(n, settings) for n in (1, 2, 3, 30)]
    assert delays[:3] == [60, 120, 240]
    assert delays[3] == 24 * 3600
