from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newswatch.contracts import Article
from processors.dedupe import Decision, Seen
from processors.pipeline import PoisonMessage, parse_article, parse_event, process_article

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "kharkiv-2022-02-28.txt"
NOW = datetime(2022, 2, 28, 15, 0, tzinfo=UTC)


def seed_article(**changes: object) -> Article:
    text = SEED.read_text(encoding="utf-8").strip().removeprefix("date 2022-02-28").strip()
    fields: dict[str, object] = {
        "id": "seed-kharkiv",
        "url": "https://example.org/kharkiv-grad",
        "title": "Kharkiv hit by Grad rockets as talks continue in Belarus",
        "text": text,
        "published": datetime(2022, 2, 28, 14, 5, tzinfo=UTC),
        "fetched_at": datetime(2022, 2, 28, 14, 10, tzinfo=UTC),
        "feed": "test-wire",
        "content_hash": "v1",
    }
    fields.update(changes)
    return Article.model_validate(fields)


def test_a_valid_article_round_trips() -> None:
    article = seed_article()
    assert parse_article(article.model_dump_json().encode()) == article


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "json"),
        (b"", "json"),
        (b"\xff\xfe", "json"),
        (b"[1, 2]", "Article"),
        (json.dumps({"id": "x", "title": "no dates"}).encode(), "published"),
        (
            json.dumps(
                {
                    "id": "x",
                    "published": "yesterday",
                    "fetched_at": "2022-02-28T00:00:00Z",
                    "feed": "f",
                    "content_hash": "h",
                }
            ).encode(),
            "published",
        ),
    ],
)
def test_poison_articles_are_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(PoisonMessage) as caught:
        parse_article(raw)
    assert reason.lower() in str(caught.value).lower()
    assert str(caught.value).startswith("not an Article")


def test_poison_events_are_refused_with_a_reason() -> None:
    with pytest.raises(PoisonMessage, match=r"not an Event.*event_type"):
        parse_event(json.dumps({"id": "e1", "article_id": "a1"}).encode())


def test_a_new_article_yields_a_kharkiv_event() -> None:
    outcome = process_article(seed_article(), None, NOW)
    assert outcome.decision is Decision.NEW
    kharkiv = [e for e in outcome.events if e.location and e.location.name == "Kharkiv"]
    assert kharkiv, [e.location for e in outcome.events]
    assert all(e.article_id == "seed-kharkiv" and e.extracted_at == NOW for e in outcome.events)
    assert kharkiv[0].date == date(2022, 2, 28)
    # What the pipeline sends is what the next agent can read back.
    assert all(parse_event(e.model_dump_json().encode()) == e for e in outcome.events)


def test_the_same_article_again_yields_nothing() -> None:
    assert process_article(seed_article(), None, NOW).events
    outcome = process_article(seed_article(), Seen.of(seed_article()), NOW)
    assert outcome.decision is Decision.DUPLICATE
    assert outcome.events == []


def test_a_changed_article_is_processed_again_with_the_same_event_ids() -> None:
    first = process_article(seed_article(), None, NOW)
    changed = seed_article(
        title="Kharkiv hit by Grad rockets (updated)",
        content_hash="v2",
        fetched_at=datetime(2022, 2, 28, 16, 0, tzinfo=UTC),
    )
    update = process_article(changed, Seen.of(seed_article()), datetime(2022, 3, 1, tzinfo=UTC))
    assert update.decision is Decision.UPDATE
    assert {e.id for e in update.events} == {e.id for e in first.events}
    assert {e.article_title for e in update.events} == {"Kharkiv hit by Grad rockets (updated)"}


def test_an_older_version_replayed_after_a_newer_one_yields_nothing() -> None:
    newer = seed_article(content_hash="v2", fetched_at=datetime(2022, 3, 1, tzinfo=UTC))
    outcome = process_article(seed_article(), Seen.of(newer), NOW)
    assert outcome.decision is Decision.STALE
    assert outcome.events == []


def test_an_undated_article_does_not_date_relative_mentions() -> None:
    text = "Russian rockets hit Kharkiv on Monday, killing five people, officials said."
    dated = process_article(seed_article(text=text), None, NOW)
    undated = process_article(seed_article(text=text, published_estimated=True), None, NOW)
    assert [e.date for e in dated.events] == [date(2022, 2, 28)]
    assert [e.date for e in undated.events] == [None]
