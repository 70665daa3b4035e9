"""The indexer loop: Kafka batches -> Elasticsearch bulk -> alerts -> offset commit.

Offsets are committed only once everything a batch produced is durable: documents
acknowledged by Elasticsearch, dead letters acknowledged by Kafka, alerts recorded. A crash
anywhere before that replays the batch, which is harmless because every write is keyed by
id (documents overwrite themselves, alerts are created at most once). While Elasticsearch
is unavailable the same batch is retried with capped backoff, forever, without committing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from kafka.errors import CommitFailedError, RebalanceInProgressError
from tenacity import RetryCallState

from indexer import alerts
from indexer.documents import BatchPlan, Message, dead_letter, plan_batch
from indexer.webhooks import Deliverer
from indexer.writer import bulk_write, es_retrying, is_transient
from newswatch.contracts import DeadLetter, Topics
from newswatch.logs import get_logger
from newswatch.settings import Settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch
    from kafka import KafkaConsumer, KafkaProducer

log = get_logger(__name__)

SOURCE_TOPICS = (Topics.ARTICLES, Topics.EVENTS, Topics.INCIDENTS)

T = TypeVar("T")


@dataclass
class BatchResult:
    """What one polled batch turned into."""

    messages: int = 0
    indexed: int = 0
    dead_letters: int = 0
    alerts: int = 0


def make_consumer(settings: Settings) -> KafkaConsumer:
    """A consumer of the three pipeline topics that never commits on its own."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=settings.indexer.group_id,
        client_id="newswatch-indexer",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=settings.indexer.batch_size,
    )
    # Fetch the topics' metadata before joining the group: a group leader that joins
    # without it assigns no partitions and may sit idle until the next rebalance.
    missing = [t for t in SOURCE_TOPICS if not consumer.partitions_for_topic(t)]
    if missing:
        log.warning("topics missing, run `newswatch setup`", topics=missing)
    consumer.subscribe(list(SOURCE_TOPICS))
    return consumer


def make_producer(settings: Settings) -> KafkaProducer:
    """A producer for dead letters that waits for every replica (they are the last copy)."""
    from kafka import KafkaProducer

    return KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap,
        client_id="newswatch-indexer-dlq",
        acks="all",
        retries=5,
    )


class Indexer:
    """One consumer's loop; ``poll_once`` is a full batch cycle, ``run`` repeats it."""

    def __init__(
        self,
        settings: Settings,
        es: Elasticsearch,
        consumer: KafkaConsumer,
        producer: KafkaProducer,
        deliverer: Deliverer | None,
        stop: threading.Event,
    ) -> None:
        self.settings = settings
        self.es = es
        self.consumer = consumer
        self.producer = producer
        self.deliverer = deliverer
        self.stop = stop
        self.es_waits = 0

    def run(self) -> None:
        """Index until ``stop`` is set; the batch in hand is finished and committed first."""
        while not self.stop.is_set():
            try:
                self.poll_once()
            except Exception as exc:
                if not (self.stop.is_set() and is_transient(exc)):
                    raise
                log.warning("stopped during an outage, batch not committed", reason=repr(exc))

    def poll_once(self) -> BatchResult:
        """Poll one batch, make it durable, then commit its offsets."""
        timeout_ms = int(self.settings.indexer.flush_interval * 1000)
        polled = self.consumer.poll(
            timeout_ms=timeout_ms, max_records=self.settings.indexer.batch_size
        )
        messages = [
            Message(r.topic, r.partition, r.offset, r.key, r.value)
            for records in polled.values()
            for r in records
        ]
        if not messages:
            return BatchResult()
        result = self.handle(messages)
        try:
            self.consumer.commit()
        except (CommitFailedError, RebalanceInProgressError) as exc:
            # The group rebalanced meanwhile: the new owner replays the batch, idempotently.
            log.warning("offset commit failed, batch will be replayed", reason=repr(exc))
        log.info(
            "batch indexed",
            messages=result.messages,
            indexed=result.indexed,
            dead_letters=result.dead_letters,
            alerts=result.alerts,
        )
        return result

    def handle(self, messages: list[Message]) -> BatchResult:
        """Everything that must be durable before the batch's offsets are committed."""
        now = datetime.now(UTC)
        plan = plan_batch(messages, now)
        refused = self._index(plan, now)
        dead = plan.dead_letters + refused
        self._send_dead_letters(dead)
        created = self._alerts(plan, now)
        if self.deliverer is not None:
            self.deliverer.submit(created)
        return BatchResult(
            messages=len(messages),
            indexed=len(plan.actions) - len(refused),
            dead_letters=len(dead),
            alerts=len(created),
        )

    def _index(self, plan: BatchPlan, now: datetime) -> list[DeadLetter]:
        """Bulk-write the batch (retrying outages); dead letters for refused documents."""
        results = self._retry(bulk_write, self.es, plan.actions)
        return [
            dead_letter(message, f"elasticsearch refused the document: {result.error}", now)
            for message, result in zip(plan.sources, results, strict=True)
            if not result.ok
        ]

    def _alerts(self, plan: BatchPlan, now: datetime) -> list[str]:
        """Match the batch's events against the rules and record the new alerts."""
        if not plan.events:
            return []

        def match_and_record() -> list[str]:
            return alerts.record_alerts(self.es, alerts.match_events(self.es, plan.events, now))

        return self._retry(match_and_record)

    def _send_dead_letters(self, dead: list[DeadLetter]) -> None:
        """Send and wait for Kafka's acknowledgement of every dead letter."""
        futures = [
            self.producer.send(
                Topics.DEAD_LETTER,
                key=letter.key.encode("utf-8") if letter.key is not None else None,
                value=letter.model_dump_json().encode("utf-8"),
            )
            for letter in dead
        ]
        self.producer.flush()
        for future, letter in zip(futures, dead, strict=True):
            future.get()
            log.warning(
                "message dead-lettered",
                topic=letter.source_topic,
                key=letter.key,
                reason=letter.error[:500],
            )

    def _retry(self, fn: Callable[..., T], *args: Any) -> T:
        """Call ``fn`` until Elasticsearch takes it, counting the waits."""
        def count_wait(_state: RetryCallState) -> None:
            self.es_waits += 1

        retrying = es_retrying(self.settings.indexer.es_retry_max_wait, self.stop, count_wait)
        return retrying(fn, *args)


def run_indexer(settings: Settings, stop: threading.Event) -> None:
    """Run the indexer and the alert deliverer until ``stop`` is set, then close cleanly."""
    from indexer.client import make_client

    es = make_client(settings)
    consumer = make_consumer(settings)
    producer = make_producer(settings)
    deliverer = Deliverer(es, settings.indexer, stop)
    deliverer.start()
    log.info("indexer started", group=settings.indexer.group_id, topics=list(SOURCE_TOPICS))
    try:
        Indexer(settings, es, consumer, producer, deliverer, stop).run()
    finally:
        stop.set()
        deliverer.join(timeout=settings.indexer.webhook_timeout + 5)
        consumer.close(autocommit=False)
        producer.close()
        es.close()
        log.info("indexer stopped")
