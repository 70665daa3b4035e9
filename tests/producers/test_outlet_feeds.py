"""Real outlets' saved feeds, served over local HTTP through the producer's fetch + parse.

Files: tests/producers/feeds/outlets/ (provenance in its SOURCES.md) plus every file in
../shared/data/feeds/ when that folder exists. What each document should yield is read
from the document itself with lxml (items counted, dated items noted), never from
feedparser or from our parser's output.
"""

import asyncio
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import etree
from pytest_httpserver import HTTPServer

from newswatch.settings import ProducerSettings
from producers.feedlist import FeedConfig
from producers.fetch import Fetcher
from producers.parse import ParsedFeed, parse_feed

OUTLETS_DIR = Path(__file__).parent / "feeds" / "outlets"
SHARED_FEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "feeds"
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)

_ITEM_TAGS = {
    "{http://www.w3.org/2005/Atom}entry",
    "item",  # RSS 0.9x / 2.0
    "{http://purl.org/rss/1.0/}item",
    "{http://my.netscape.com/rdf/simple/0.9/}item",
}
_DATE_NAMES = {"pubDate", "published", "updated", "date", "issued", "modified"}
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_TAG = re.compile(r"<[a-zA-Z/!?]")


def saved_outlet_feeds() -> list[Path]:
    """The outlets' saved documents, then the shared data folder's (when it exists)."""
    shared = (
        sorted(p for p in SHARED_FEEDS.iterdir() if p.is_file()) if SHARED_FEEDS.is_dir() else []
    )
    return sorted(OUTLETS_DIR.glob("*.xml")) + shared


@dataclass
class ItemFacts:
    """What one <item>/<entry> of the document holds, read with lxml."""

    title: str
    has_link: bool
    dated: bool


def document_items(body: bytes) -> list[ItemFacts]:
    """Every RSS item / Atom entry of the document, in document order."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(body, parser)
    facts = []
    for item in root.iter(*_ITEM_TAGS):
        children = [c for c in item if isinstance(c.tag, str)]
        names = {etree.QName(c).localname for c in children}
        title = next((c for c in children if etree.QName(c).localname == "title"), None)
        links = [c for c in children if etree.QName(c).localname == "link"]
        facts.append(
            ItemFacts(
                title="".join(title.itertext()).strip() if title is not None else "",
                has_link=any((c.text or "").strip() or c.get("href") for c in links),
                dated=bool(names & _DATE_NAMES),
            )
        )
    return facts


def fetch_and_parse(settings: ProducerSettings, url: str) -> ParsedFeed:
    """One feed through the producer's Fetcher and parse_feed, called as the Poller does."""
    feed = FeedConfig(name="outlet", url=url)

    async def go() -> ParsedFeed:
        fetcher = Fetcher(settings)
        try:
            result = await fetcher.fetch(url)
        finally:
            await fetcher.aclose()
        return parse_feed(
            result.body, feed=feed, url=result.url, headers=result.headers, fetched_at=FETCHED_AT
        )

    return asyncio.run(go())


def is_absolute_web_url(url: str | None) -> bool:
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def test_there_are_saved_outlet_feeds() -> None:
    assert len(list(OUTLETS_DIR.glob("*.xml"))) >= 6
    sources = (OUTLETS_DIR / "SOURCES.md").read_text(encoding="utf-8")
    assert all(p.name in sources for p in OUTLETS_DIR.glob("*.xml"))


@pytest.mark.parametrize("path", saved_outlet_feeds(), ids=lambda p: p.name)
def test_saved_outlet_feed_yields_every_item_cleanly(
    server: HTTPServer, producer_settings: ProducerSettings, path: Path
) -> None:
    body = path.read_bytes()
    items = document_items(body)
    assert items, "a saved feed should hold items"
    server.expect_request("/feed").respond_with_data(body, content_type="application/xml")
    producer_settings.max_body_bytes = 10 * 1024 * 1024

    parsed = fetch_and_parse(producer_settings, server.url_for("/feed"))

    assert parsed.warning is None and parsed.skipped == []
    assert len(parsed.articles) == len(items)
    for item, article in zip(items, parsed.articles, strict=True):
        if item.title:
            assert article.title and article.title == article.title.strip()
            assert "<" not in article.title and not _ENTITY.search(article.title)
        if item.has_link:
            assert is_absolute_web_url(article.url), article.url
        assert article.url is None or is_absolute_web_url(article.url)
        assert article.published.utcoffset() == timedelta(0)
        if item.dated:
            assert not article.published_estimated, (article.title, article.published)
        assert not _TAG.search(article.text) and not _ENTITY.search(article.text)
