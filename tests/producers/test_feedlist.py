from pathlib import Path

import pytest

from producers.feedlist import (
    FeedConfig,
    FeedListError,
    from_opml,
    load_feeds,
    merge_feeds,
    parse_feeds_yaml,
    save_feeds,
    to_opml,
)

REPO = Path(__file__).resolve().parents[2]


def test_yaml_minimal_and_full_entries() -> None:
    feeds = parse_feeds_yaml(
        """
feeds:
  - {name: a, url: "https://a.example/rss", interval: 600}
  - name: b
    url: https://b.example/atom
    language: uk
    tags: [ukraine, conflict]
    full_text: true
"""
    )
    assert feeds[0] == FeedConfig(name="a", url="https://a.example/rss", interval=600)
    assert feeds[1].language == "uk" and feeds[1].tags == ["ukraine", "conflict"]
    assert feeds[1].full_text and feeds[1].interval is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [{name: a, url: 'ftp://x/'}]", "http"),
        ("feeds: [{name: a, url: 'https://x/'}, {name: a, url: 'https://y/'}]", "duplicate"),
        ("feeds: [{name: a, url: 'https://x/', interval: -5}]", "feed #1"),
        ("feeds: [{name: a, url: 'https://x/', colour: red}]", "feed #1"),
        ("- just a list", "mapping"),
        ("feeds: [unclosed", "YAML"),
    ],
)
def test_invalid_lists_are_clear_errors(text: str, message: str) -> None:
    with pytest.raises(FeedListError, match=message):
        parse_feeds_yaml(text)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FeedListError, match="cannot read"):
        load_feeds(tmp_path / "nope.yaml")


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    feeds = [
        FeedConfig(name="a", url="https://a.example/rss"),
        FeedConfig(name="b", url="https://b.example/rss", tags=["x"], full_text=True),
    ]
    path = tmp_path / "feeds.yaml"
    save_feeds(path, feeds)
    assert load_feeds(path) == feeds
    assert "interval" not in path.read_text()  # unset optional fields stay out


def test_opml_round_trip_keeps_our_fields() -> None:
    feeds = [
        FeedConfig(
            name="Kyiv & Co",
            url="https://k.example/rss?a=1&b=2",
            interval=120,
            language="uk",
            tags=["ukraine", "war"],
            full_text=True,
        ),
        FeedConfig(name="plain", url="https://p.example/feed"),
    ]
    assert from_opml(to_opml(feeds).encode()) == feeds


def test_opml_from_other_readers_folders_become_tags() -> None:
    opml = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>subs</title></head><body>
  <outline text="Conflict">
    <outline text="UN News" type="rss" xmlUrl="https://news.un.org/feed/subscribe/en/news/all/rss.xml"/>
  </outline>
  <outline text="Top" type="rss" xmlUrl="https://top.example/rss" category="world, news"/>
</body></opml>"""
    feeds = from_opml(opml)
    assert [f.name for f in feeds] == ["UN News", "Top"]
    assert feeds[0].tags == ["Conflict"]
    assert feeds[1].tags == ["world", "news"]


def test_opml_entity_bomb_is_refused() -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/rss"/></body></opml>"""
    with pytest.raises(FeedListError, match="not valid XML"):
        from_opml(bomb)


def test_not_opml_is_an_error() -> None:
    with pytest.raises(FeedListError, match="OPML"):
        from_opml(b"<html><body/></html>")


def test_merge_keeps_existing_entries() -> None:
    current = [FeedConfig(name="a", url="https://a.example/rss", interval=60)]
    extra = [
        FeedConfig(name="a", url="https://other.example/rss"),
        FeedConfig(name="a2", url="https://a.example/rss"),
        FeedConfig(name="c", url="https://c.example/rss"),
    ]
    merged = merge_feeds(current, extra)
    assert [f.name for f in merged] == ["a", "c"]
    assert merged[0].interval == 60


def test_default_feed_list_is_valid_and_varied() -> None:
    feeds = load_feeds(REPO / "feeds.yaml")
    assert len(feeds) >= 18
    assert len({f.url for f in feeds}) == len(feeds)
    assert all(f.url.startswith("https://") for f in feeds)
