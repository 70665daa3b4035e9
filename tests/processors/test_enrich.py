from __future__ import annotations

from datetime import UTC, date, datetime

from newswatch.contracts import Article, CountRange, Location, Strike
from processors.enrich import event_id, to_events

NOW = datetime(2022, 2, 28, 15, 0, tzinfo=UTC)
KHARKIV = Location(
    name="Kharkiv", geonameid=706483, country="Ukraine", country_code="UA", lat=49.98, lon=36.25
)


def article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "id": "a1",
        "url": "https://example.org/kharkiv",
        "title": "Kharkiv shelled",
        "text": "Rockets hit Kharkiv.",
        "published": datetime(2022, 2, 28, 14, 5, tzinfo=UTC),
        "fetched_at": datetime(2022, 2, 28, 14, 10, tzinfo=UTC),
        "feed": "test-wire",
        "content_hash": "h1",
    }
    fields.update(changes)
    return Article.model_validate(fields)


def strike(**changes: object) -> Strike:
    fields: dict[str, object] = {
        "event_type": "shelling",
        "weapons": ["BM-21 Grad"],
        "location": KHARKIV,
        "date": date(2022, 2, 28),
        "date_precision": "day",
        "killed": CountRange(min=24),
        "confidence": 0.8,
    }
    fields.update(changes)
    return Strike.model_validate(fields)


def test_event_copies_the_strike_and_where_it_was_read() -> None:
    [event] = to_events(article(), [strike()], NOW)
    assert event.article_id == "a1"
    assert event.article_url == "https://example.org/kharkiv"
    assert event.article_title == "Kharkiv shelled"
    assert event.feed == "test-wire"
    assert event.published == datetime(2022, 2, 28, 14, 5, tzinfo=UTC)
    assert event.extracted_at == NOW
    assert event.location == KHARKIV
    assert event.killed == CountRange(min=24)
    assert event.weapons == ["BM-21 Grad"]


def test_ids_survive_reprocessing_and_updated_figures() -> None:
    first = to_events(article(), [strike()], NOW)
    later = to_events(
        article(text="Rockets hit Kharkiv. The toll rose.", content_hash="h2"),
        [strike(killed=CountRange(min=30, max=30))],
        datetime(2022, 3, 1, tzinfo=UTC),
    )
    assert [e.id for e in first] == [e.id for e in later]


def test_ids_differ_by_article_kind_place_and_day() -> None:
    base = event_id("a1", strike())
    others = {
        event_id("a2", strike()),
        event_id("a1", strike(event_type="missile")),
        event_id("a1", strike(location=KHARKIV.model_copy(update={"geonameid": 710791}))),
        event_id("a1", strike(date=date(2022, 3, 1))),
        event_id("a1", strike(location=None)),
        event_id("a1", strike(date=None)),
    }
    assert base not in others
    assert len(others) == 6


def test_place_identity_is_the_geonames_id_when_there_is_one() -> None:
    renamed = KHARKIV.model_copy(update={"name": "Kharkov"})
    assert event_id("a1", strike(location=renamed)) == event_id("a1", strike())
    unresolved = KHARKIV.model_copy(update={"geonameid": None})
    shouted = KHARKIV.model_copy(update={"geonameid": None, "name": "KHARKIV"})
    assert event_id("a1", strike(location=unresolved)) == event_id("a1", strike(location=shouted))


def test_the_same_strike_reported_twice_in_one_article_is_one_event() -> None:
    events = to_events(
        article(),
        [strike(confidence=0.4), strike(confidence=0.9, weapons=[]), strike(event_type="missile")],
        NOW,
    )
    assert [e.event_type for e in events] == ["shelling", "missile"]
    assert events[0].confidence == 0.9
    assert len({e.id for e in events}) == 2


def test_no_strikes_no_events() -> None:
    assert to_events(article(), [], NOW) == []
