"""The processor as a user runs it (`newswatch process`, a child process) on the real broker.

Articles go in on Topics.ARTICLES with kafka-python; events, incidents and dead letters are
read back from their topics. Each test uses its own article ids, so what other tests (or
earlier runs of the same topics) left in the topics does not disturb it.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from polling import wait_for

from newswatch.contracts import Article, CountRange, DeadLetter, Event, Incident, Location, Topics
from newswatch.settings import Settings
from newswatch.topics import ensure_topics
from processors.correlation import incident_key

pytestmark = pytest.mark.integration

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "kharkiv-2022-02-28.txt"
TITLE = "Kharkiv hit by Grad rockets as talks continue in Belarus"


def seed_article(article_id: str, title: str = TITLE, fetched_minute: int = 10) -> Article:
    text = SEED.read_text(encoding="utf-8").strip().removeprefix("date 2022-02-28").strip()
    return Article(
        id=article_id,
        url=f"https://example.org/{article_id}",
        title=title,
        text=text,
        published=datetime(2022, 2, 28, 14, 5, tzinfo=UTC),
        fetched_at=datetime(2022, 2, 28, 14, fetched_minute, tzinfo=UTC),
        feed="test-wire",
        content_hash=hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
    )


class Processor:
    """`newswatch process` as a child process, its log captured to a file."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.started = 0.0

    def start(self) -> None:
        self.started = time.monotonic()
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "newswatch", "process"],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=60)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)

    def text(self) -> str:
        return self.log.read_text(errors="replace")


class Topic:
    """Everything on some topics, from the beginning, read on demand."""

    def __init__(self, bootstrap: str, *topics: str) -> None:
        from kafka import KafkaConsumer

        self.consumer = KafkaConsumer(
            *topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
        )
        self.seen: dict[str, list[Any]] = {t: [] for t in topics}

    def poll(self) -> None:
        for records in self.consumer.poll(timeout_ms=500).values():
            for record in records:
                self.seen[record.topic].append(record)

    def events(self, article_id: str) -> list[Event]:
        self.poll()
        mentions = [r for r in self.seen[Topics.EVENTS] if article_id.encode() in r.value]
        found = [Event.model_validate_json(r.value) for r in mentions]
        return [e for e in found if e.article_id == article_id]

    def incidents(self, event_id: str) -> list[Incident]:
        self.poll()
        found = [Incident.model_validate_json(r.value) for r in self.seen[Topics.INCIDENTS]]
        return [i for i in found if event_id in i.event_ids]

    def dead_letters(self, key: str) -> list[DeadLetter]:
        self.poll()
        return [
            DeadLetter.model_validate_json(r.value)
            for r in self.seen[Topics.DEAD_LETTER]
            if r.key == key.encode()
        ]


@pytest.fixture(scope="module")
def topics(kafka_bootstrap: str, stack_settings: Settings) -> None:
    """The topics as `newswatch setup` makes them (the broker's defaults would not fit)."""
    ensure_topics(kafka_bootstrap, stack_settings.topics)


@pytest.fixture(scope="module")
def publish(kafka_bootstrap: str, topics: None) -> Iterator[Callable[..., None]]:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap)

    def send(key: str, value: bytes, topic: str = Topics.ARTICLES) -> None:
        producer.send(topic, key=key.encode(), value=value).get(timeout=30)

    yield send
    producer.close()


@pytest.fixture(scope="module")
def out(kafka_bootstrap: str, topics: None) -> Iterator[Topic]:
    topic = Topic(kafka_bootstrap, Topics.EVENTS, Topics.INCIDENTS, Topics.DEAD_LETTER)
    yield topic
    topic.consumer.close()


@pytest.fixture(scope="module")
def processor(
    stack_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Processor]:
    home = tmp_path_factory.mktemp("processor")
    env = dict(stack_env)
    env.update(
        NEWSWATCH_PROCESSOR__APP_ID=f"newswatch-processor-test-{uuid.uuid4().hex[:8]}",
        NEWSWATCH_PROCESSOR__DATA_DIR=str(home / "data"),
        NEWSWATCH_LOG_LEVEL="INFO",
    )
    worker = Processor(env, home / "processor.log")
    worker.start()
    yield worker
    code = worker.stop()
    assert code == 0, worker.text()[-3000:]


def new_id(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:10]}"


def is_kharkiv(event: Event) -> bool:
    where = event.location
    return where is not None and where.name == "Kharkiv" and str(event.date) == "2022-02-28"


def kharkiv_event(out: Topic, article: Article) -> Event:
    """Wait for the article's event in Kharkiv on 2022-02-28 (failing early, with the
    reason, if the article was dead-lettered instead)."""

    def arrived() -> list[Event | DeadLetter]:
        events: list[Event | DeadLetter] = [e for e in out.events(article.id) if is_kharkiv(e)]
        failed = [d for d in out.dead_letters(article.id) if d.payload == article.model_dump_json()]
        return events + failed

    found = wait_for(f"a Kharkiv event of article {article.id}", arrived)[0]
    assert isinstance(found, Event), f"dead-lettered: {found.error}"
    return found


def assert_extracted_once(out: Topic, article: Article, marker: Article) -> None:
    """Wait for the events of `marker` (a later version of `article`: same id, other title),
    then check that no event of `article` was extracted a second time.

    Both versions yield the same event ids, and an event's Kafka key depends on the event
    alone, so for each id the copies from `article` precede the marker's in one partition:
    once the marker's copy of every id has arrived, any second extraction would have too.
    A copy that a producer retry delivered twice is still one extraction (one timestamp).
    """

    def extractions(title: str) -> dict[str, set[datetime]]:
        found: dict[str, set[datetime]] = {}
        for e in out.events(article.id):
            if e.article_title == title:
                found.setdefault(e.id, set()).add(e.extracted_at)
        return found

    wait_for(
        f"the events of {marker.title!r}",
        lambda: extractions(marker.title).keys() >= extractions(article.title).keys(),
    )
    assert all(len(times) == 1 for times in extractions(article.title).values())


def test_the_seed_article_becomes_a_kharkiv_event_and_incident(
    processor: Processor, publish: Callable[..., None], out: Topic
) -> None:
    article = seed_article(new_id("seed"))
    publish(article.id, article.model_dump_json().encode())
    event = kharkiv_event(out, article)
    print(f"\nprocessor: start to first event {time.monotonic() - processor.started:.1f}s")
    assert event.article_title == TITLE
    assert event.article_url == article.url
    incident = wait_for("an incident with the Kharkiv event", lambda: out.incidents(event.id))[-1]
    assert article.id in incident.article_ids
    assert incident.location is not None and incident.location.name == "Kharkiv"
    assert str(incident.date) == "2022-02-28"


def test_the_same_article_again_yields_no_new_events(
    processor: Processor, publish: Callable[..., None], out: Topic
) -> None:
    article = seed_article(new_id("dup"))
    publish(article.id, article.model_dump_json().encode())
    kharkiv_event(out, article)
    # The identical article, then a changed version as a marker (same key: same partition,
    # processed in this order).
    publish(article.id, article.model_dump_json().encode())
    changed = seed_article(article.id, title=f"{TITLE} (updated)", fetched_minute=20)
    publish(article.id, changed.model_dump_json().encode())
    assert_extracted_once(out, article, changed)


def test_a_poison_message_is_dead_lettered_and_the_next_article_still_processed(
    processor: Processor, publish: Callable[..., None], out: Topic
) -> None:
    article = seed_article(new_id("after-poison"))
    not_json = b'{"id": "broken'
    not_an_article = json.dumps({"id": article.id, "title": "no dates, no feed"}).encode()
    # Same key as the good article: same partition, so they are processed before it.
    publish(article.id, not_json)
    publish(article.id, not_an_article)
    publish(article.id, article.model_dump_json().encode())

    kharkiv_event(out, article)
    letters = wait_for(
        "two dead letters",
        lambda: out.dead_letters(article.id)[1:] and out.dead_letters(article.id),
    )
    assert [d.payload for d in letters] == [not_json.decode(), not_an_article.decode()]
    assert all(d.stage == "processor" and d.source_topic == Topics.ARTICLES for d in letters)
    assert "json" in letters[0].error.lower()
    assert "published" in letters[1].error
    assert processor.proc is not None and processor.proc.poll() is None


def test_a_poison_event_is_dead_lettered_and_the_next_event_still_correlated(
    processor: Processor, publish: Callable[..., None], out: Topic
) -> None:
    place = Location(name=new_id("Testville"), country_code="UA", lat=50.0, lon=30.0)
    event = Event(
        id=new_id("event"),
        article_id=new_id("article"),
        event_type="drone",
        location=place,
        date=date(2024, 5, 1),
        date_precision="day",
        killed=CountRange(min=2, max=2),
        published=datetime(2024, 5, 1, 9, 0, tzinfo=UTC),
        extracted_at=datetime.now(UTC),
    )
    key = incident_key(event)
    assert key is not None
    publish(key, b"\xff not an event", Topics.EVENTS)
    publish(key, event.model_dump_json().encode(), Topics.EVENTS)

    incident = wait_for("the event's incident", lambda: out.incidents(event.id))[-1]
    assert incident.article_ids == [event.article_id]
    assert incident.killed == CountRange(min=2, max=2)
    [letter] = wait_for("a dead letter for the poison event", lambda: out.dead_letters(key))
    assert letter.source_topic == Topics.EVENTS
    assert letter.payload == "\\xff not an event"
    assert letter.error.startswith("not an Event")


def test_a_restarted_processor_does_not_reprocess_seen_articles(
    processor: Processor, publish: Callable[..., None], out: Topic
) -> None:
    article = seed_article(new_id("restart"))
    publish(article.id, article.model_dump_json().encode())
    kharkiv_event(out, article)

    assert processor.stop() == 0, processor.text()[-3000:]
    processor.start()
    # Seen before the restart: skipped (the dedupe table is recovered from its changelog).
    publish(article.id, article.model_dump_json().encode())
    changed = seed_article(article.id, title=f"{TITLE} (after restart)", fetched_minute=20)
    publish(article.id, changed.model_dump_json().encode())
    assert_extracted_once(out, article, changed)
    elapsed = time.monotonic() - processor.started
    print(f"\nprocessor: restart to the marker's events {elapsed:.1f}s")
