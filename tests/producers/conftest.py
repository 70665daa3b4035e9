"""Shared producer test helpers: small-timeout settings, an in-memory publisher, log capture.

``MemoryPublisher`` is a real (in-process) implementation of the Publisher protocol for
HTTP-side tests; everything that checks Kafka behaviour uses the real broker instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog
from pytest_httpserver import HTTPServer

from newswatch.contracts import Article
from newswatch.settings import ProducerSettings


class MemoryPublisher:
    """Keeps what was published; refuses ids listed in ``fail_ids`` like a broker error would."""

    def __init__(self) -> None:
        self.published: list[Article] = []
        self.fail_ids: set[str] = set()

    async def publish(self, articles: list[Article]) -> list[BaseException | None]:
        results: list[BaseException | None] = []
        for article in articles:
            if article.id in self.fail_ids:
                results.append(RuntimeError("broker refused"))
            else:
                self.published.append(article)
                results.append(None)
        return results

    def close(self) -> None:
        pass


@pytest.fixture
def producer_settings(tmp_path: Path) -> ProducerSettings:
    return ProducerSettings(
        state_dir=tmp_path / "state",
        connect_timeout=2.0,
        read_timeout=1.0,
        total_timeout=3.0,
        max_body_bytes=256 * 1024,
        jitter=0.0,
    )


@pytest.fixture
def publisher() -> MemoryPublisher:
    return MemoryPublisher()


@pytest.fixture
def logs() -> Iterator[list[dict]]:
    """Structured log events emitted during the test (key=value fields kept as dict keys)."""
    structlog.configure(cache_logger_on_first_use=False)
    with structlog.testing.capture_logs() as captured:
        yield captured


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A threaded HTTP server on 127.0.0.1 (a slow handler must not block the others)."""
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    yield srv
    srv.clear()
    srv.stop()
