"""The producer against the real broker: acks, keys, 304s, restarts and updates."""

import asyncio
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newswatch.contracts import Article
from newswatch.settings import ProducerSettings, Settings
from producers.feedlist import FeedConfig
from producers.identity import article_id
from producers.poller import Summary, run_producer

pytestmark = pytest.mark.integration

RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{}</channel></rss>'
LINKS = [f"https://n.example/world/story-{n}?utm_source=rss" for n in range(6)]


def document(texts: dict[int, str]) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{LINKS[n]}</link>"
        f"<description>{texts.get(n, 'Shelling reported in the city.')}</description>"
        f"<pubDate>Mon, 28 Feb 2022 1{n}:00:00 GMT</pubDate></item>"
        for n in range(len(LINKS))
    )
    return RSS.format(items).encode()


@pytest.fixture
def topic(kafka_bootstrap: str) -> Iterator[str]:
    name = f"test-producer-{uuid.uuid4().hex[:10]}"
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    admin.create_topics([NewTopic(name, num_partitions=3, replication_factor=1)])
    yield name
    admin.delete_topics([name])
    admin.close()


def messages(bootstrap: str, topic: str) -> list[tuple[str, Article]]:
    """Everything in the topic, read up to the end offsets (exact, no waiting on silence)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic))]
    consumer.assign(parts)
    consumer.seek_to_beginning(*parts)
    ends = consumer.end_offsets(parts)
    out: list[tuple[str, Article]] = []
    while any(consumer.position(p) < ends[p] for p in parts):
        for records in consumer.poll(timeout_ms=1000).values():
            out += [(r.key.decode(), Article.model_validate_json(r.value)) for r in records]
    consumer.close()
    return out


def test_poll_304_restart_and_update_against_the_broker(
    server: HTTPServer, producer_settings: ProducerSettings, kafka_bootstrap: str, topic: str
) -> None:
    body = {"doc": document({})}

    def handler(request: Request) -> Response:
        etag = f'"{hash(body["doc"])}"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304)
        return Response(body["doc"], headers={"ETag": etag}, content_type="application/rss+xml")

    server.expect_request("/feed").respond_with_handler(handler)
    settings = Settings(kafka=kafka_bootstrap, producer=producer_settings)
    feeds = [FeedConfig(name="desk", url=server.url_for("/feed"))]

    def produce_once() -> Summary:  # each call is a fresh producer: a restart
        summary = asyncio.run(run_producer(settings, feeds, once=True, topic=topic))
        assert summary is not None
        return summary

    first = produce_once()
    assert (first.ok, first.new) == (1, 6)
    published = messages(kafka_bootstrap, topic)
    assert sorted(k for k, _ in published) == sorted(article_id(link, None) for link in LINKS)
    assert all(key == a.id and a.feed == "desk" for key, a in published)

    second = produce_once()
    assert (second.not_modified, second.new) == (1, 0)
    assert len(messages(kafka_bootstrap, topic)) == 6

    server.clear()  # the server forgets validators: full body, state still knows every item
    server.expect_request("/feed").respond_with_data(body["doc"])
    assert produce_once().new == 0
    assert len(messages(kafka_bootstrap, topic)) == 6

    server.clear()
    body["doc"] = document({2: "Shelling reported in the city; nine killed."})
    server.expect_request("/feed").respond_with_handler(handler)
    third = produce_once()
    assert (third.new, third.updated) == (0, 1)
    after = messages(kafka_bootstrap, topic)
    assert len(after) == 7
    updates = [a for key, a in after if key == article_id(LINKS[2], None)]
    assert [("nine killed" in a.text) for a in updates] == [False, True]
    assert updates[0].content_hash != updates[1].content_hash


def test_an_item_too_long_for_a_kafka_record_is_published_cut(
    server: HTTPServer, producer_settings: ProducerSettings, kafka_bootstrap: str, topic: str
) -> None:
    # 1.2 MB of text: as it is, its record is over the producer's and broker's 1 MB limit
    sentence = "Shelling was reported in the city overnight. "
    long_text = sentence * (1_200_000 // len(sentence))
    server.expect_request("/feed").respond_with_data(
        document({0: long_text}), content_type="application/rss+xml"
    )
    producer = producer_settings.model_copy(update={"max_body_bytes": 4 * 1024 * 1024})
    settings = Settings(kafka=kafka_bootstrap, producer=producer)
    feeds = [FeedConfig(name="desk", url=server.url_for("/feed"))]
    summary = asyncio.run(run_producer(settings, feeds, once=True, topic=topic))
    assert summary is not None and summary.new == 6
    published = {key: a for key, a in messages(kafka_bootstrap, topic)}
    cut = published[article_id(LINKS[0], None)].text
    assert len(cut) <= producer.max_article_chars
    assert cut.endswith("overnight.") and long_text.startswith(cut)


PRODUCER = """
import asyncio, sys
from newswatch.logs import configure_logging
from newswatch.settings import ProducerSettings, Settings
from producers.feedlist import FeedConfig
from producers.poller import run_producer

if __name__ == "__main__":
    configure_logging("INFO")
    bootstrap, topic, url, state_dir = sys.argv[1:]
    producer = ProducerSettings(state_dir=state_dir, parse_workers=2)
    settings = Settings(kafka=bootstrap, producer=producer)
    feeds = [FeedConfig(name="desk", url=url, interval=60)]
    asyncio.run(run_producer(settings, feeds, once=False, topic=topic))
"""


def test_sigterm_stops_the_producer_and_its_parser_processes(
    server: HTTPServer, kafka_bootstrap: str, topic: str, tmp_path: Path
) -> None:
    server.expect_request("/feed").respond_with_data(document({}))
    script = tmp_path / "produce.py"
    script.write_text(PRODUCER)
    args = [kafka_bootstrap, topic, server.url_for("/feed"), str(tmp_path / "state")]
    proc = subprocess.Popen([sys.executable, str(script), *args], cwd=Path.cwd())
    try:
        deadline = time.monotonic() + 120
        while len(messages(kafka_bootstrap, topic)) < len(LINKS):  # polled, parsed, published
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        parsers = [
            p for p in psutil.Process(proc.pid).children() if "spawn_main" in " ".join(p.cmdline())
        ]
        assert parsers  # the feed was parsed in a worker process
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        gone, alive = psutil.wait_procs(parsers, timeout=10)
        assert alive == [] and len(gone) == len(parsers)
    finally:
        if proc.poll() is None:
            proc.kill()
