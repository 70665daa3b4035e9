from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newswatch.contracts import Article
from processors.dedupe import Decision, Seen, decide, dump_seen, load_seen

T0 = datetime(2022, 2, 28, 14, 10, tzinfo=UTC)


def version(content_hash: str, minutes: int = 0) -> Article:
    return Article(
        id="a1",
        title="t",
        text="x",
        published=T0,
        fetched_at=T0 + timedelta(minutes=minutes),
        feed="f",
        content_hash=content_hash,
    )


def test_unseen_article_is_new() -> None:
    assert decide(None, version("h1")) is Decision.NEW


def test_same_content_again_is_a_duplicate_whenever_it_was_fetched() -> None:
    seen = Seen.of(version("h1", minutes=5))
    assert decide(seen, version("h1", minutes=60)) is Decision.DUPLICATE
    assert decide(seen, version("h1", minutes=0)) is Decision.DUPLICATE


def test_changed_content_fetched_later_is_an_update() -> None:
    assert decide(Seen.of(version("h1")), version("h2", minutes=5)) is Decision.UPDATE
    # Same fetch time, other content: not provably older, so processed.
    assert decide(Seen.of(version("h1")), version("h2")) is Decision.UPDATE


def test_an_older_version_replayed_after_a_newer_one_is_stale() -> None:
    newer = Seen.of(version("h2", minutes=5))
    assert decide(newer, version("h1", minutes=0)) is Decision.STALE


def test_a_reverted_edit_fetched_later_is_an_update() -> None:
    assert decide(Seen.of(version("h2", minutes=5)), version("h1", minutes=9)) is Decision.UPDATE


def test_only_new_articles_and_updates_are_extracted() -> None:
    assert [d for d in Decision if d.extract] == [Decision.NEW, Decision.UPDATE]


def test_the_table_value_round_trips() -> None:
    seen = Seen.of(version("h1", minutes=3))
    assert load_seen(dump_seen(seen)) == seen
    assert load_seen(None) is None
