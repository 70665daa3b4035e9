"""One article through the processor's pure steps: parse, dedupe, extract, build events.

The Faust agents around this only move bytes and state; every decision is made here,
so it can be tested without a broker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from newswatch.contracts import Article, Event
from processors.dedupe import Decision, Seen, decide
from processors.enrich import to_events
from processors.extraction import extract_strikes


class PoisonMessage(ValueError):
    """The payload is not a valid message: it goes to the dead-letter topic, not through."""


@dataclass(frozen=True)
class ArticleOutcome:
    """What processing one article gave: the decision and the events to publish."""

    article: Article
    decision: Decision
    events: list[Event] = field(default_factory=list)


def parse_article(raw: bytes) -> Article:
    """The article a Kafka message holds, or PoisonMessage saying why it holds none."""
    try:
        return Article.model_validate_json(raw)
    except ValidationError as exc:
        raise PoisonMessage(f"not an Article: {_short(exc)}") from exc


def parse_event(raw: bytes) -> Event:
    """The event a Kafka message holds, or PoisonMessage saying why it holds none."""
    try:
        return Event.model_validate_json(raw)
    except ValidationError as exc:
        raise PoisonMessage(f"not an Event: {_short(exc)}") from exc


def process_article(article: Article, seen: Seen | None, now: datetime) -> ArticleOutcome:
    """Decide new / update / duplicate / stale from the last processed version, and extract
    new articles and updates.

    When the feed gave no date (`published_estimated`), the extractor gets no
    publication date: relative words ("on Monday") resolved against a fetch time that
    may be days late would put the strike on the wrong day, and a wrong day correlates
    it with the wrong incident; an undated strike is merely left uncorrelated.
    Errors raised by the extractor propagate: the caller dead-letters the article.
    """
    decision = decide(seen, article)
    if not decision.extract:
        return ArticleOutcome(article, decision)
    published = None if article.published_estimated else article.published.date()
    strikes = extract_strikes(article.text, published, article.title or None)
    return ArticleOutcome(article, decision, to_events(article, strikes, now))


def _short(exc: ValidationError) -> str:
    """A one-line reason: the first errors with their field paths."""
    parts = [
        f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}"
        for err in exc.errors()[:3]
    ]
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")
