"""Articles to Kafka with kafka-python: idempotent, acks=all, compressed, batched.

``publish`` resolves only when the broker acknowledged (or finally refused) each record,
so the caller can mark an item as seen strictly after the ack: a crash in between means
a re-publish on restart (same key, the consumer dedupes), never a lost article.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from kafka import KafkaProducer
from kafka.codec import has_lz4, has_zstd

from newswatch.contracts import Article, Topics
from newswatch.logs import get_logger
from newswatch.settings import ProducerSettings

log = get_logger(__name__)


class Publisher(Protocol):
    """Where articles go; ``publish`` returns, per article, None (acked) or the error."""

    async def publish(self, articles: list[Article]) -> list[BaseException | None]: ...

    def close(self) -> None: ...


def pick_compression(wanted: str) -> str:
    """The wanted codec if its library is installed, else gzip (always available)."""
    available = {"gzip": True, "lz4": has_lz4(), "zstd": has_zstd(), "none": True}
    if available.get(wanted, False):
        return wanted
    log.warning("compression codec unavailable, using gzip", wanted=wanted)
    return "gzip"


class KafkaPublisher:
    """One KafkaProducer per process; the topic is a parameter so tests can use their own."""

    def __init__(
        self, bootstrap: str, settings: ProducerSettings, topic: str = Topics.ARTICLES
    ) -> None:
        self.topic = topic
        codec = pick_compression(settings.compression)
        self._producer = KafkaProducer(
            bootstrap_servers=bootstrap.split(","),
            client_id="newswatch-producer",
            acks="all",
            enable_idempotence=True,
            compression_type=None if codec == "none" else codec,
            linger_ms=settings.linger_ms,
            batch_size=256 * 1024,
            delivery_timeout_ms=settings.delivery_timeout_ms,
            max_block_ms=settings.max_block_ms,
        )

    def _send_all(self, articles: list[Article]) -> list:
        futures = []
        for article in articles:
            try:
                futures.append(
                    self._producer.send(
                        self.topic,
                        key=article.id.encode(),
                        value=article.model_dump_json().encode(),
                    )
                )
            except Exception as exc:  # buffer full / metadata timeout: reported per article
                futures.append(exc)
        return futures

    async def publish(self, articles: list[Article]) -> list[BaseException | None]:
        """Send all, then wait for every broker acknowledgement (or final failure)."""
        if not articles:
            return []
        loop = asyncio.get_running_loop()
        # send() may block on metadata or a full buffer: keep that off the event loop.
        sent = await asyncio.to_thread(self._send_all, articles)
        waits: list[asyncio.Future[BaseException | None]] = []
        for item in sent:
            done: asyncio.Future[BaseException | None] = loop.create_future()
            if isinstance(item, BaseException):
                done.set_result(item)
            else:
                item.add_callback(lambda _md, d=done: loop.call_soon_threadsafe(_settle, d, None))
                item.add_errback(lambda exc, d=done: loop.call_soon_threadsafe(_settle, d, exc))
            waits.append(done)
        return list(await asyncio.gather(*waits))

    def close(self, timeout: float = 30.0) -> None:
        """Flush what is buffered, then close (called on shutdown)."""
        self._producer.flush(timeout=timeout)
        self._producer.close(timeout=timeout)


def _settle(future: asyncio.Future[BaseException | None], value: BaseException | None) -> None:
    if not future.done():
        future.set_result(value)
