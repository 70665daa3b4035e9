"""Driving a real indexer against the test stack: produce, poll until, read offsets."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from elasticsearch import Elasticsearch
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError
from polling import wait_for

from indexer.client import make_client
from indexer.consumer import SOURCE_TOPICS, BatchResult, Indexer, make_consumer, make_producer
from indexer.webhooks import Deliverer
from newswatch.contracts import DeadLetter, Topics
from newswatch.settings import Settings

DEADLINE = 60.0


def fast_settings(base: Settings, **indexer: Any) -> Settings:
    """The stack settings with a fresh consumer group and short waits."""
    fields = {
        "group_id": f"test-indexer-{uuid.uuid4().hex[:8]}",
        "flush_interval": 0.2,
        "es_retry_max_wait": 0.5,
        "webhook_retries": 1,
        "webhook_backoff": 0.05,
        "webhook_backoff_max": 0.1,
        "redeliver_interval": 0.3,
        "redeliver_grace": 0.0,
        **indexer,
    }
    return base.model_copy(update={"indexer": base.indexer.model_copy(update=fields)})


def produce(
    settings: Settings, topic: str, items: list[tuple[bytes | None, bytes | None]]
) -> list[tuple[TopicPartition, int]]:
    """Send and wait for the acks; return where each message went (with its offset)."""
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all")
    try:
        futures = [producer.send(topic, key=key, value=value) for key, value in items]
        sent = [future.get(timeout=30) for future in futures]
    finally:
        producer.close()
    return [(TopicPartition(m.topic, m.partition), m.offset) for m in sent]


class Harness:
    """An Indexer (and optionally its Deliverer) built exactly as `newswatch index` builds it."""

    def __init__(
        self, settings: Settings, es: Elasticsearch | None = None, deliver: bool = False
    ) -> None:
        self.settings = settings
        self.stop = threading.Event()
        self.es = es or make_client(settings)
        self.consumer = make_consumer(settings)
        self.producer = make_producer(settings)
        self.deliverer = Deliverer(self.es, settings.indexer, self.stop) if deliver else None
        if self.deliverer is not None:
            self.deliverer.start()
        self.indexer = Indexer(
            settings, self.es, self.consumer, self.producer, self.deliverer, self.stop
        )
        self.results: list[BatchResult] = []
        self.offsets: tuple[dict[TopicPartition, int], dict[TopicPartition, int]] = ({}, {})

    def run_until(self, what: str, predicate: Callable[[], Any]) -> None:
        """Poll batches until ``predicate`` holds (checked after each poll)."""
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            self.results.append(self.indexer.poll_once())
            if predicate():
                return
        raise AssertionError(f"timed out waiting for {what}; batches: {self.results}")

    def drain(self) -> None:
        """Poll until the group's committed offsets reach the end of every source topic."""

        def done() -> bool:
            have, want = committed(self.settings), end_offsets(self.settings)
            self.offsets = (have, want)
            return have == want

        try:
            self.run_until("offsets committed to the end", done)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; committed, end: {self.offsets}") from None

    def close(self) -> None:
        self.stop.set()
        if self.deliverer is not None:
            self.deliverer.join(timeout=30)
        self.consumer.close(autocommit=False)
        self.producer.close()


def partitions(settings: Settings) -> list[TopicPartition]:
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap)
    try:
        return [
            TopicPartition(topic, p)
            for topic in SOURCE_TOPICS
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
    finally:
        consumer.close()


def end_offsets(settings: Settings) -> dict[TopicPartition, int]:
    """The end offset of every source partition (non-empty ones only)."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap)
    try:
        ends = consumer.end_offsets(partitions(settings))
    finally:
        consumer.close()
    return {tp: offset for tp, offset in ends.items() if offset > 0}


def committed(settings: Settings) -> dict[TopicPartition, int]:
    """The group's committed offsets as the broker has them."""
    group = settings.indexer.group_id
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    try:
        # A fresh broker elects the group coordinator lazily: retriable errors at first.
        boxed = wait_for(f"group {group} offsets", lambda: list_offsets(admin, group))
        offsets = boxed["offsets"]
    finally:
        admin.close()
    return {tp: meta.offset for tp, meta in offsets.items() if meta.offset > 0}


def list_offsets(admin: KafkaAdminClient, group: str) -> dict[str, Any] | None:
    """The group's offsets (possibly empty, so boxed in a dict), or None when not ready."""
    try:
        return {"offsets": admin.list_group_offsets({group: None}).get(group, {})}
    except KafkaError as exc:
        if not exc.retriable:
            raise
        return None


def dead_letters(settings: Settings) -> list[DeadLetter]:
    """Everything in the dead-letter topic, read from the beginning."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap)
    try:
        tps = [
            TopicPartition(Topics.DEAD_LETTER, p)
            for p in consumer.partitions_for_topic(Topics.DEAD_LETTER) or ()
        ]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        letters: list[DeadLetter] = []
        end = time.monotonic() + DEADLINE
        while any(consumer.position(tp) < ends[tp] for tp in tps):
            assert time.monotonic() < end, "timed out reading the dead-letter topic"
            for records in consumer.poll(timeout_ms=500).values():
                letters += [DeadLetter.model_validate_json(r.value) for r in records]
        return letters
    finally:
        consumer.close()


def count(es: Elasticsearch, index: str, ids: list[str]) -> int:
    es.indices.refresh(index=index)
    return es.count(index=index, query={"ids": {"values": ids}})["count"]
