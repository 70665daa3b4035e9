"""Turn the extractor's strikes into pipeline events that say where they were read.

Event ids are stable over (article, event type, place, date), so reprocessing an
article (a replay, or an update with new casualty figures) yields the same ids and
downstream writes by id replace the earlier version instead of adding a copy.
"""

from __future__ import annotations

from datetime import datetime

from newswatch.contracts import Article, Event, Strike, stable_id


def event_id(article_id: str, strike: Strike) -> str:
    """The id of a strike read in an article: same attack kind, place and day -> same id."""
    place = None
    if strike.location is not None:
        place = strike.location.geonameid or strike.location.name.casefold()
    return stable_id(article_id, strike.event_type, place, strike.date)


def to_events(article: Article, strikes: list[Strike], now: datetime) -> list[Event]:
    """One event per distinct strike, carrying the article's url, title, feed and date.

    Two strikes that map to the same id (the extractor reported one attack twice) are
    collapsed into one: the more confident wins, the earlier on a tie.
    """
    best: dict[str, Strike] = {}
    for strike in strikes:
        key = event_id(article.id, strike)
        if key not in best or strike.confidence > best[key].confidence:
            best[key] = strike
    return [
        Event.model_validate(
            {
                **strike.model_dump(),
                "id": key,
                "article_id": article.id,
                "article_url": article.url,
                "article_title": article.title,
                "feed": article.feed,
                "published": article.published,
                "extracted_at": now,
            }
        )
        for key, strike in best.items()
    ]
