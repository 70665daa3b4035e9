"""Feed parsing off the event loop, in worker processes.

feedparser costs 15-35 ms of CPU per typical 40 KB document. Run on the event loop, every
parse stalls all HTTP transfers and Kafka acknowledgement callbacks meanwhile, and the
producer can never use more than one core. ``parse_feed`` is pure, so it runs in a
ProcessPoolExecutor: the workers receive only the fetched bytes, the headers, the feed's
config and the fetch time, and send back the ParsedFeed (plain pickled data).

Workers are spawned (not forked: the producer has Kafka and asyncio threads whose locks a
fork would copy mid-use) and ignore SIGINT/SIGTERM, so a Ctrl-C or a process-group
SIGTERM lets the producer finish its polls; they exit when the pool is shut down, or on
their own when the producer dies (their task pipe closes). A worker that dies mid-parse
(segfault, OOM kill) breaks the whole pool: the pool is replaced and the feeds whose
parses were lost fail this poll with a reason, to be retried at their next poll.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from functools import partial

from newswatch.logs import get_logger
from producers.feedlist import FeedConfig
from producers.parse import ParsedFeed, parse_feed

log = get_logger(__name__)


class ParserCrashed(Exception):
    """The worker process parsing this feed died; ``reason`` is meant for the log line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _ignore_stop_signals() -> None:
    """Worker initializer: only the producer decides when workers stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


class ParsePool:
    """``parse_feed`` in ``workers`` processes (started on first use), or inline when 0."""

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ignore_stop_signals,
            )
        return self._executor

    async def parse(
        self,
        body: bytes,
        *,
        feed: FeedConfig,
        url: str,
        headers: Mapping[str, str],
        fetched_at: datetime,
    ) -> ParsedFeed:
        """``parse_feed`` of these arguments; raises FeedParseError, or ParserCrashed."""
        job = partial(
            parse_feed, body, feed=feed, url=url, headers=dict(headers), fetched_at=fetched_at
        )
        if self._workers == 0:
            return job()
        pool = self._pool()
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, job)
        except BrokenProcessPool as exc:
            if self._executor is pool:  # the first of the lost parses replaces the pool
                pool.shutdown(wait=False, cancel_futures=True)
                self._executor = None
                log.error("parser process died, pool restarted", feed=feed.name, url=url)
            raise ParserCrashed(f"parser process died: {exc}") from exc

    def close(self) -> None:
        """Stop the workers (waits for parses in progress, which a clean stop let finish)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
