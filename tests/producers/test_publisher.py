import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from kafka import KafkaConsumer

from newswatch.contracts import SCHEMA_VERSION, Article
from newswatch.settings import ProducerSettings
from producers.publisher import KafkaPublisher, pick_compression


def test_pick_compression_falls_back_to_gzip() -> None:
    assert pick_compression("lz4") == "lz4"  # lz4 is a dependency
    assert pick_compression("gzip") == "gzip"
    assert pick_compression("no-such-codec") == "gzip"


def article(n: int) -> Article:
    now = datetime.now(UTC)
    return Article(
        id=f"id-{n}",
        url=f"https://e.example/{n}",
        title=f"Story {n}",
        text="Shelling reported.",
        published=now,
        fetched_at=now,
        feed="desk",
        content_hash=f"h{n}",
    )


@pytest.mark.integration
def test_publish_resolves_after_broker_ack_with_article_keys(kafka_bootstrap: str) -> None:
    topic = f"test-producer-publish-{uuid.uuid4().hex[:10]}"
    publisher = KafkaPublisher(kafka_bootstrap, ProducerSettings(), topic=topic)
    articles = [article(n) for n in range(25)]
    try:
        errors = asyncio.run(publisher.publish(articles))
    finally:
        publisher.close()
    assert errors == [None] * 25
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        auto_offset_reset="earliest",
        consumer_timeout_ms=10_000,
    )
    received = {}
    for message in consumer:
        received[message.key.decode()] = Article.model_validate_json(message.value)
        if len(received) == 25:
            break
    consumer.close()
    assert received == {a.id: a for a in articles}
    assert all(a.schema_version == SCHEMA_VERSION for a in received.values())
