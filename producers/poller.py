"""The producer loop: fetch -> parse -> dedupe -> publish -> remember, per feed, on schedule.

State is written only after the broker acknowledged: articles are marked seen per ack,
and a feed's validators (ETag / Last-Modified) are kept only when every new item of that
poll was acknowledged; otherwise they are dropped so the next poll re-fetches in full and
retries the failed items instead of receiving a 304 that would hide them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from newswatch.contracts import Article, Topics
from newswatch.logs import get_logger
from newswatch.settings import ProducerSettings, Settings
from producers.feedlist import FeedConfig
from producers.fetch import Fetcher, FetchError
from producers.fulltext import FullText
from producers.parse import FeedParseError, cap_text
from producers.parsepool import ParsePool, ParserCrashed
from producers.publisher import KafkaPublisher, Publisher
from producers.schedule import PollHints, mean_item_gap, next_delay
from producers.state import FeedState, State

log = get_logger(__name__)


@dataclass
class PollOutcome:
    """What one poll of one feed did."""

    feed: str
    status: Literal["ok", "not_modified", "failed"]
    new: int = 0
    updated: int = 0
    unpublished: int = 0  # items the broker did not acknowledge (retried next poll)
    reason: str | None = None


@dataclass
class Summary:
    """Totals over a round of polls (``newswatch produce --once`` prints this)."""

    ok: int = 0
    not_modified: int = 0
    failed: int = 0
    new: int = 0
    updated: int = 0
    unpublished: int = 0

    def add(self, outcome: PollOutcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.new += outcome.new
        self.updated += outcome.updated
        self.unpublished += outcome.unpublished


class Poller:
    """Polls a list of feeds with shared fetcher, state, publisher and parser.

    ``parser`` defaults to parsing inline (tests, debugging); ``run_producer`` passes a
    process pool so parsing never blocks the event loop.
    """

    def __init__(
        self,
        settings: ProducerSettings,
        feeds: list[FeedConfig],
        state: State,
        publisher: Publisher,
        fetcher: Fetcher,
        *,
        parser: ParsePool | None = None,
        clock: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._settings = settings
        self._feeds = feeds
        self._state = state
        self._publisher = publisher
        self._fulltext = FullText(fetcher, settings) if any(f.full_text for f in feeds) else None
        self._fetcher = fetcher
        self._parser = parser or ParsePool(0)
        self._clock = clock
        self._rand = rand
        self._in_flight: set[str] = set()  # ids being published right now, by any feed
        self._due: dict[str, float] = {}  # feed name -> next poll time

    async def poll(self, feed: FeedConfig) -> PollOutcome:
        """Poll one feed once; never raises (failures are logged, counted, backed off)."""
        st = self._state.feed(feed.name, feed.url)
        now = self._clock()
        try:
            outcome, hints = await self._poll(feed, st, now)
            st.failures = 0
            st.last_success = now
        except (FetchError, FeedParseError, ParserCrashed) as exc:
            retry_after = exc.retry_after if isinstance(exc, FetchError) else None
            outcome, hints = self._failed(feed, st, now, exc.reason, retry_after)
        except Exception as exc:  # a bug must not stop the other feeds
            log.exception("feed poll crashed", feed=feed.name, url=st.url)
            outcome, hints = self._failed(feed, st, now, f"internal error: {exc!r}")
        st.last_status = outcome.status
        st.next_poll = now + next_delay(self._settings, feed.interval, hints, self._rand())
        self._state.save_feed(st)
        self._due[feed.name] = st.next_poll
        return outcome

    def _failed(
        self,
        feed: FeedConfig,
        st: FeedState,
        now: float,
        reason: str,
        retry_after: float | None = None,
    ) -> tuple[PollOutcome, PollHints]:
        st.failures += 1
        st.last_error = reason
        st.last_error_at = now
        log.warning("feed failed", feed=feed.name, url=st.url, reason=reason, failures=st.failures)
        hints = PollHints(
            failures=st.failures, retry_after=retry_after, mean_item_gap=st.mean_item_gap
        )
        return PollOutcome(feed.name, "failed", reason=reason), hints

    async def _poll(
        self, feed: FeedConfig, st: FeedState, now: float
    ) -> tuple[PollOutcome, PollHints]:
        result = await self._fetcher.fetch(st.url, etag=st.etag, last_modified=st.last_modified)
        if result.not_modified:
            log.debug("feed not modified", feed=feed.name, url=st.url)
            hints = PollHints(max_age=result.max_age, mean_item_gap=st.mean_item_gap)
            return PollOutcome(feed.name, "not_modified"), hints
        body_hash = hashlib.sha1(result.body).hexdigest()
        if body_hash == st.body_hash:  # no validators, same bytes: nothing to parse
            log.debug("feed body unchanged", feed=feed.name, url=st.url)
            return PollOutcome(feed.name, "not_modified"), PollHints(
                max_age=result.max_age, mean_item_gap=st.mean_item_gap
            )
        fetched_at = datetime.fromtimestamp(now, UTC)
        parsed = await self._parser.parse(
            result.body, feed=feed, url=result.url, headers=result.headers, fetched_at=fetched_at
        )
        if parsed.warning:
            log.warning(
                "feed parsed despite errors",
                feed=feed.name,
                url=st.url,
                reason=parsed.warning,
                items=len(parsed.articles),
            )
        for reason in parsed.skipped:
            log.info("feed item skipped", feed=feed.name, url=st.url, reason=reason)
        outcome = await self._publish_changes(feed, parsed.articles)
        complete = outcome.unpublished == 0
        st.etag = result.etag if complete else None
        st.last_modified = result.last_modified if complete else None
        st.body_hash = body_hash if complete else None
        if result.permanent_url:
            log.info(
                "feed moved permanently", feed=feed.name, url=st.url, new_url=result.permanent_url
            )
            st.url = result.permanent_url
        st.items_seen += outcome.new
        dated = [a.published for a in parsed.articles if not a.published_estimated]
        st.mean_item_gap = mean_item_gap(dated) or st.mean_item_gap
        log.info(
            "feed polled",
            feed=feed.name,
            url=st.url,
            items=len(parsed.articles),
            new=outcome.new,
            updated=outcome.updated,
            unpublished=outcome.unpublished,
        )
        hints = PollHints(
            max_age=result.max_age, ttl=parsed.ttl_seconds, mean_item_gap=st.mean_item_gap
        )
        return outcome, hints

    async def _publish_changes(self, feed: FeedConfig, articles: list[Article]) -> PollOutcome:
        known = self._state.known_hashes(a.id for a in articles)
        changed: dict[str, Article] = {}
        for article in articles:
            if article.id in self._in_flight or article.id in changed:
                continue
            if known.get(article.id) != article.content_hash:
                changed[article.id] = article
        if not changed:
            return PollOutcome(feed.name, "ok")
        batch = list(changed.values())
        if self._fulltext is not None and feed.full_text:
            batch = await asyncio.gather(*(self._with_full_text(a) for a in batch))
        batch = [self._capped(a) for a in batch]
        self._in_flight.update(changed)
        try:
            errors = await self._publisher.publish(batch)
        finally:
            self._in_flight.difference_update(changed)
        acked = [a for a, err in zip(batch, errors, strict=True) if err is None]
        for article, err in zip(batch, errors, strict=True):
            if err is not None:
                log.error(
                    "article not acknowledged, will retry",
                    feed=feed.name,
                    article=article.id,
                    reason=repr(err),
                )
        self._state.mark_published(
            (a.id, a.content_hash, feed.name, a.published.timestamp()) for a in acked
        )
        updated = sum(1 for a in acked if a.id in known)
        return PollOutcome(
            feed.name,
            "ok",
            new=len(acked) - updated,
            updated=updated,
            unpublished=len(batch) - len(acked),
        )

    async def _with_full_text(self, article: Article) -> Article:
        """The article with its page's main text; the content_hash stays the feed's, so a
        re-poll compares feed content and does not re-fetch every page."""
        assert self._fulltext is not None
        if not article.url:
            return article
        text = await self._fulltext.extract(article.url, article.feed)
        return article.model_copy(update={"text": text}) if text else article

    def _capped(self, article: Article) -> Article:
        """The article with its text cut to ``max_article_chars`` (logged when cut), so its
        record fits in Kafka; the content_hash stays the feed's."""
        limit = self._settings.max_article_chars
        if len(article.text) <= limit:
            return article
        text = cap_text(article.text, limit)
        log.warning("article text cut", feed=article.feed, article=article.id,
                    chars=len(article.text), kept=len(text))
        return article.model_copy(update={"text": text})

    async def run_once(self) -> Summary:
        """Poll every feed once, concurrently (bounded by the fetcher's limits)."""
        summary = Summary()
        for outcome in await asyncio.gather(*(self.poll(f) for f in self._feeds)):
            summary.add(outcome)
        return summary

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Poll each feed when due until ``stop`` is set, then let running polls finish."""
        due = self._due
        due.update({f.name: self._state.feed(f.name, f.url).next_poll for f in self._feeds})
        running: dict[str, asyncio.Task[PollOutcome]] = {}
        while not stop.is_set():
            now = self._clock()
            for feed in self._feeds:
                if feed.name not in running and due[feed.name] <= now:
                    task = asyncio.create_task(self.poll(feed))
                    running[feed.name] = task
                    task.add_done_callback(lambda _t, name=feed.name: running.pop(name, None))
            idle = [due[f.name] for f in self._feeds if f.name not in running]
            wait = min(idle, default=now + 1.0) - now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=min(max(wait, 0.05), 1.0))
        if running:
            log.info("stopping: waiting for polls in progress", polls=len(running))
            _, pending = await asyncio.wait(running.values(), timeout=self._settings.total_timeout)
            for task in pending:
                task.cancel()


async def run_producer(
    settings: Settings,
    feeds: list[FeedConfig],
    *,
    once: bool,
    topic: str = Topics.ARTICLES,
) -> Summary | None:
    """Wire fetcher, state, Kafka and poller; forever (until SIGINT/SIGTERM) or one round.

    On stop: polls in progress finish, the parser processes exit, the producer flushes,
    everything is closed.
    """
    state = State(settings.producer.state_dir)
    fetcher = Fetcher(settings.producer)
    publisher = KafkaPublisher(settings.kafka_bootstrap, settings.producer, topic)
    parser = ParsePool(settings.producer.parse_workers)
    poller = Poller(settings.producer, feeds, state, publisher, fetcher, parser=parser)
    try:
        if once:
            return await poller.run_once()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        log.info("producer started", feeds=len(feeds), topic=topic)
        await poller.run_forever(stop)
        return None
    finally:
        await fetcher.aclose()
        await asyncio.to_thread(parser.close)
        await asyncio.to_thread(publisher.close)
        state.close()
        log.info("producer stopped")
