"""Parsing in worker processes: same result as inline, crashes survived, no orphans."""

import asyncio
import os
import signal
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import pytest
from pytest_httpserver import HTTPServer

from newswatch.settings import ProducerSettings
from producers.feedlist import FeedConfig
from producers.fetch import Fetcher
from producers.parse import FeedParseError
from producers.parsepool import ParsePool, ParserCrashed
from producers.poller import Poller
from producers.state import State

FEEDS_DIR = Path(__file__).parent / "feeds"
FEED = FeedConfig(name="desk", url="https://x.example/rss", tags=["conflict"])
NOW = datetime(2026, 1, 1, tzinfo=UTC)
HEADERS = {"Content-Type": "application/xml"}


def workers() -> list[psutil.Process]:
    """Live pool workers of this process (spawned children; not the resource tracker)."""
    found = []
    for proc in psutil.Process().children(recursive=True):
        try:
            if proc.status() != psutil.STATUS_ZOMBIE and "spawn_main" in " ".join(proc.cmdline()):
                found.append(proc)
        except psutil.NoSuchProcess:
            continue
    return found


async def kill_first_worker(deadline: float = 60.0) -> int:
    """SIGKILL a pool worker as soon as one exists (it is then starting or parsing)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        found = workers()
        if found:
            found[0].send_signal(signal.SIGKILL)
            return found[0].pid
        await asyncio.sleep(0.01)
    raise AssertionError("no worker process appeared")


def test_pool_parses_exactly_like_inline() -> None:
    bodies = [p.read_bytes() for p in sorted(FEEDS_DIR.glob("*.xml"))]

    async def parse_all(pool: ParsePool) -> list[Any]:
        try:
            return await asyncio.gather(
                *(
                    pool.parse(b, feed=FEED, url=FEED.url, headers=HEADERS, fetched_at=NOW)
                    for b in bodies
                )
            )
        finally:
            pool.close()

    pooled = asyncio.run(parse_all(ParsePool(2)))
    inline = asyncio.run(parse_all(ParsePool(0)))
    assert [p.articles for p in pooled] == [p.articles for p in inline]
    assert [(p.version, p.ttl_seconds, p.warning) for p in pooled] == [
        (p.version, p.ttl_seconds, p.warning) for p in inline
    ]
    assert sum(len(p.articles) for p in pooled) >= len(bodies)
    assert workers() == []  # close() stopped them


def test_parse_errors_cross_the_process_boundary() -> None:
    async def go() -> None:
        pool = ParsePool(1)
        try:
            with pytest.raises(FeedParseError, match="HTML page"):
                await pool.parse(
                    b"<!DOCTYPE html><html><body>hi</body></html>",
                    feed=FEED,
                    url=FEED.url,
                    headers={"Content-Type": "text/html"},
                    fetched_at=NOW,
                )
        finally:
            pool.close()

    asyncio.run(go())


def test_a_dead_worker_fails_its_parse_and_the_pool_recovers(logs: list[dict]) -> None:
    body = (FEEDS_DIR / "rss20_world.xml").read_bytes()

    async def go() -> None:
        pool = ParsePool(1)
        try:
            parse = pool.parse(body, feed=FEED, url=FEED.url, headers=HEADERS, fetched_at=NOW)
            results = await asyncio.gather(parse, kill_first_worker(), return_exceptions=True)
            assert isinstance(results[0], ParserCrashed)
            assert "parser process died" in results[0].reason
            again = await pool.parse(body, feed=FEED, url=FEED.url, headers=HEADERS, fetched_at=NOW)
            assert len(again.articles) == 4
        finally:
            pool.close()

    asyncio.run(go())
    died = [e for e in logs if e["event"] == "parser process died, pool restarted"]
    assert [e["feed"] for e in died] == ["desk"]
    assert workers() == []


def test_poller_survives_a_worker_crash_and_retries_the_feed_later(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any, logs: list[dict]
) -> None:
    server.expect_request("/w").respond_with_data(
        (FEEDS_DIR / "rss20_world.xml").read_bytes(), content_type="application/rss+xml"
    )
    feeds = [FeedConfig(name="world", url=server.url_for("/w"))]

    async def go() -> None:
        state, fetcher, pool = (
            State(producer_settings.state_dir),
            Fetcher(producer_settings),
            (ParsePool(1)),
        )
        poller = Poller(producer_settings, feeds, state, publisher, fetcher, parser=pool)
        try:
            crashed, _ = await asyncio.gather(poller.run_once(), kill_first_worker())
            assert (crashed.ok, crashed.failed, crashed.new) == (0, 1, 0)
            st = state.feed("world", feeds[0].url)
            assert st.failures == 1 and "parser process died" in (st.last_error or "")
            assert st.body_hash is None  # so the next poll parses the same bytes again
            retried = await poller.run_once()  # "later": the feed's next poll
            assert (retried.ok, retried.failed, retried.new) == (1, 0, 4)
        finally:
            await fetcher.aclose()
            pool.close()
            state.close()

    asyncio.run(go())
    assert len(publisher.published) == 4
    (failed,) = [e for e in logs if e["event"] == "feed failed"]
    assert failed["feed"] == "world" and "parser process died" in failed["reason"]
    (died,) = [e for e in logs if e["event"] == "parser process died, pool restarted"]
    assert died["feed"] == "world"
    assert workers() == []


def test_workers_ignore_stop_signals_until_the_pool_is_closed() -> None:
    body = (FEEDS_DIR / "rss20_world.xml").read_bytes()

    async def go() -> None:
        pool = ParsePool(1)
        try:
            await pool.parse(body, feed=FEED, url=FEED.url, headers=HEADERS, fetched_at=NOW)
            (worker,) = workers()
            worker.send_signal(signal.SIGINT)  # e.g. Ctrl-C to the whole process group
            worker.send_signal(signal.SIGTERM)
            parsed = await pool.parse(
                body, feed=FEED, url=FEED.url, headers=HEADERS, fetched_at=NOW
            )
            assert len(parsed.articles) == 4 and workers() == [worker]
        finally:
            pool.close()

    asyncio.run(go())
    assert workers() == []


def test_parse_workers_defaults_to_the_cpu_count() -> None:
    assert ProducerSettings().parse_workers == (os.cpu_count() or 1)
    with pytest.raises(ValueError):
        ProducerSettings(parse_workers=-1)
