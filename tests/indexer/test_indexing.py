"""The indexer against the real Kafka and Elasticsearch: bulk, replay, dead letters, commits."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import uuid
from typing import Any

import pytest
from indexer_harness import (
    Harness,
    committed,
    count,
    dead_letters,
    end_offsets,
    fast_settings,
    produce,
    wait_for,
)
from indexer_samples import KHARKIV, make_article, make_event, make_incident

from indexer.client import make_client
from newswatch.contracts import CountRange, Indices, Topics
from newswatch.settings import Settings

pytestmark = pytest.mark.integration


def payloads(models: list[Any]) -> list[tuple[bytes, bytes]]:
    return [(m.id.encode(), m.model_dump_json().encode()) for m in models]


def test_a_batch_is_searchable_and_a_replay_adds_nothing(
    provisioned: Settings, es_client: Any
) -> None:
    feed = f"feed-{uuid.uuid4().hex[:8]}"
    articles = [make_article(feed=feed) for _ in range(3)]
    events = [make_event(feed=feed) for _ in range(4)]
    incidents = [make_incident()]
    produce(provisioned, Topics.ARTICLES, payloads(articles))
    produce(provisioned, Topics.EVENTS, payloads(events))
    produce(provisioned, Topics.INCIDENTS, payloads(incidents))
    ids = {
        Indices.ARTICLES: [a.id for a in articles],
        Indices.EVENTS: [e.id for e in events],
        Indices.INCIDENTS: [i.id for i in incidents],
    }

    def all_indexed() -> bool:
        return all(count(es_client, index, i) == len(i) for index, i in ids.items())

    first = Harness(fast_settings(provisioned))
    try:
        first.run_until("everything indexed", all_indexed)
    finally:
        first.close()
    # Searchable by what analysts ask: full text, keyword, geo distance.
    es_client.indices.refresh(index=Indices.EVENTS)
    query = {
        "bool": {
            "filter": [
                {"term": {"feed": feed}},
                {"term": {"weapons": "BM-21 Grad"}},
                {"match": {"location.name": "kharkiv"}},
                {"match": {"location.mentioned_as": "kharkov"}},  # as the report spells it
                {"geo_distance": {"distance": "5km", "location.point": [KHARKIV.lon, KHARKIV.lat]}},
            ]
        }
    }
    assert es_client.count(index=Indices.EVENTS, query=query)["count"] == 4

    # A second group replays the topics from the start; an updated event overwrites.
    update = events[0].model_copy(update={"confidence": 0.31})
    produce(provisioned, Topics.EVENTS, payloads([update]))
    replay = Harness(fast_settings(provisioned))
    try:
        replay.drain()
    finally:
        replay.close()
    for index, i in ids.items():
        assert count(es_client, index, i) == len(i)
    stored = es_client.get(index=Indices.EVENTS, id=update.id)["_source"]
    assert stored["confidence"] == pytest.approx(0.31)


def test_poison_and_refused_messages_go_to_the_dead_letter_topic(
    provisioned: Settings, es_client: Any
) -> None:
    token = uuid.uuid4().hex[:8]
    good = [make_event() for _ in range(3)]
    # Valid for the model but refused by Elasticsearch: does not fit the integer field.
    refused = make_event(killed=CountRange(min=3_000_000_000))
    items = [
        (f"poison-{token}".encode(), b'{"id": "half an event"'),
        *payloads(good[:2]),
        (f"refused-{token}".encode(), refused.model_dump_json().encode()),
        *payloads(good[2:]),
    ]
    produce(provisioned, Topics.EVENTS, items)

    harness = Harness(fast_settings(provisioned))
    try:
        harness.drain()
    finally:
        harness.close()
    assert count(es_client, Indices.EVENTS, [e.id for e in good]) == 3
    assert count(es_client, Indices.EVENTS, [refused.id]) == 0
    letters = {letter.key: letter for letter in dead_letters(provisioned)}
    poison = letters[f"poison-{token}"]
    assert poison.source_topic == Topics.EVENTS
    assert poison.stage == "indexer"
    assert poison.payload == '{"id": "half an event"'
    assert "invalid Event" in poison.error
    rejected = letters[f"refused-{token}"]
    assert "elasticsearch refused the document" in rejected.error
    assert refused.id in rejected.payload


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_offsets_are_committed_only_after_elasticsearch_acknowledged(
    provisioned: Settings, es_client: Any
) -> None:
    events = [make_event() for _ in range(5)]
    produce(provisioned, Topics.EVENTS, payloads(events))
    settings = fast_settings(provisioned)

    # Elasticsearch unreachable: the indexer polls the batch, then waits and retries it.
    down = settings.model_copy(update={"es": f"http://127.0.0.1:{closed_port()}"})
    outage = Harness(down, es=make_client(down))
    worker = threading.Thread(target=outage.indexer.run)
    worker.start()
    try:
        wait_for("two retry waits on the dead cluster", lambda: outage.indexer.es_waits >= 2)
        assert committed(settings) == {}
    finally:
        outage.stop.set()
        worker.join(timeout=30)
        outage.close()
    assert not worker.is_alive()
    assert committed(settings) == {}  # stopping mid-outage commits nothing either
    assert count(es_client, Indices.EVENTS, [e.id for e in events]) == 0

    # The same group, Elasticsearch back: the uncommitted batch is read again and indexed.
    recovered = Harness(settings)
    try:
        recovered.drain()
    finally:
        recovered.close()
    assert count(es_client, Indices.EVENTS, [e.id for e in events]) == 5
    assert committed(settings) == end_offsets(settings)


def test_newswatch_index_exits_cleanly_on_sigterm_with_offsets_committed(
    provisioned: Settings, es_client: Any
) -> None:
    settings = fast_settings(provisioned)
    env = {
        **os.environ,
        "NEWSWATCH_KAFKA": settings.kafka_bootstrap,
        "NEWSWATCH_ES": settings.es_url,
        "NEWSWATCH_INDEXER__GROUP_ID": settings.indexer.group_id,
        "NEWSWATCH_INDEXER__FLUSH_INTERVAL": "0.2",
    }
    env.pop("NEWSWATCH_CONFIG", None)
    events = [make_event() for _ in range(3)]
    sent = produce(provisioned, Topics.EVENTS, payloads(events))
    proc = subprocess.Popen(
        [sys.executable, "-m", "newswatch", "index"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ids = [e.id for e in events]
    try:
        wait_for("the events indexed", lambda: count(es_client, Indices.EVENTS, ids) == 3)
    finally:
        # Possibly between the bulk and the commit: the batch must still be committed.
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, output[-3000:]
    assert "indexer stopped" in output
    offsets = committed(settings)
    assert all(offsets.get(tp, 0) > offset for tp, offset in sent)
