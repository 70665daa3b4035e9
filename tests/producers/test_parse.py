from datetime import UTC, datetime
from pathlib import Path

import pytest

from newswatch.contracts import Article
from producers.feedlist import FeedConfig
from producers.parse import FeedParseError, ParsedFeed, cap_text, html_to_text, parse_feed

FEEDS_DIR = Path(__file__).parent / "feeds"

FEED = FeedConfig(name="desk", url="https://x.example/rss", tags=["conflict"])
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def sample(name: str) -> bytes:
    return (FEEDS_DIR / name).read_bytes()


def parse(body: bytes, content_type: str = "application/xml", **kw: str) -> ParsedFeed:
    url = kw.get("url", "https://fallback.example.com/feeds/rss.xml")
    return parse_feed(
        body, feed=FEED, url=url, headers={"Content-Type": content_type}, fetched_at=NOW
    )


def rss(items: str, encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>t</title>{items}</channel></rss>"
    )


@pytest.mark.parametrize("name", sorted(p.name for p in FEEDS_DIR.glob("*.xml")))
def test_saved_samples_yield_clean_articles(name: str) -> None:
    parsed = parse(sample(name))
    assert parsed.articles and parsed.warning is None
    for article in parsed.articles:
        assert article.title and article.text and "<" not in article.text
        assert article.published.tzinfo is not None and article.feed == "desk"
        assert article.url is None or article.url.startswith("https://")
        assert "conflict" in article.tags


def test_rss20_sample_details() -> None:
    parsed = parse(sample("rss20_world.xml"))
    first, _, third, fourth = parsed.articles
    assert first.url == "https://news.example.org/world/europe-60547807"  # tracking dropped
    assert first.text.startswith("Russian forces shelled residential districts of Kharkiv")
    assert "Follow live" in first.text and "Europe" in first.tags
    assert first.published == datetime(2022, 2, 28, 14, 42, 16, tzinfo=UTC)
    assert first.language == "en-gb"
    assert parsed.articles[1].published == datetime(2022, 2, 28, 14, 3, tzinfo=UTC)  # +0200
    assert third.published == datetime(2022, 2, 28, 17, 0, tzinfo=UTC)  # EST
    assert "condemning the invasion" in third.text and "&" in third.text
    assert fourth.published == NOW and fourth.published_estimated
    assert parsed.ttl_seconds == 900


def test_atom_relative_links_are_resolved() -> None:
    parsed = parse(sample("atom_relative.xml"))
    urls = [a.url for a in parsed.articles]
    assert urls[0] == "https://conflict.example.net/reports/2022/03/01/freedom-square-strike"
    assert urls[1] == "https://conflict.example.net/briefs/air-raid-alerts-0301"
    assert urls[2] is None  # no link: identity comes from the atom id
    assert parsed.articles[0].title == "Missile strike on Freedom Square in Kharkiv"
    assert parsed.articles[0].published == datetime(2022, 3, 1, 6, 15, tzinfo=UTC)


def test_relative_links_resolve_against_the_fetch_url() -> None:
    body = rss("<item><title>a</title><link>/news/1</link></item>").encode()
    parsed = parse(body, url="https://site.example.org/feeds/rss.xml")
    assert parsed.articles[0].url == "https://site.example.org/news/1"


def test_windows_1251_declared_in_xml() -> None:
    titles = [a.title for a in parse(sample("rss20_cp1251.xml")).articles]
    assert titles[0] == "Харків: обстріл житлових кварталів"


def test_windows_1251_body_declared_as_utf8_does_not_crash() -> None:
    body = rss("<item><title>Харків</title><link>https://u.example/1</link></item>")
    parsed = parse(body.encode("windows-1251"), "application/rss+xml; charset=utf-8")
    assert len(parsed.articles) == 1 and parsed.warning  # flagged, still parsed


def test_utf8_body_declared_as_windows_1251_is_mojibake_not_a_crash() -> None:
    body = rss("<item><title>Київ</title><link>https://u.example/1</link></item>", "windows-1251")
    parsed = parse(body.encode("utf-8"), "text/xml; charset=windows-1251")
    assert len(parsed.articles) == 1 and parsed.articles[0].title != ""


def test_utf16_with_bom() -> None:
    body = rss("<item><title>Зеленський</title><link>https://u.example/1</link></item>", "utf-16")
    parsed = parse(body.encode("utf-16"))
    assert parsed.articles[0].title == "Зеленський"


def test_empty_feed_is_not_an_error() -> None:
    parsed = parse(rss("").encode())
    assert parsed.articles == [] and parsed.warning is None


def test_truncated_after_items_keeps_what_parsed_and_flags_it() -> None:
    body = rss(
        "<item><title>a</title><link>https://u.example/1</link></item>"
        "<item><title>b</title><link>https://u.exa"
    ).encode()[:-30]
    parsed = parse(body)
    assert parsed.warning and next(a.url for a in parsed.articles) == "https://u.example/1"


def test_truncated_document_drops_its_cut_off_last_item() -> None:
    complete = "<item><title>a</title><link>https://u.example/1</link></item>"
    cut = "<item><title>b</title><link>https://u.example/2</link><description>Dozens of"
    parsed = parse(rss(complete + cut).encode()[:-30])
    assert [a.url for a in parsed.articles] == ["https://u.example/1"]
    assert any("truncated" in reason for reason in parsed.skipped)


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (
            b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>",
            "text/html; charset=utf-8",
            "HTML page",
        ),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</tit',
            "application/xml",
            "invalid feed XML",
        ),
        (b"\x00\x01garbage\xff", "application/octet-stream", "invalid feed XML"),
        (b'{"items": []}', "application/json", "invalid feed XML"),
        (b"   ", "application/xml", "empty"),
    ],
)
def test_documents_without_feed_structure_are_errors(
    body: bytes, content_type: str, reason: str
) -> None:
    with pytest.raises(FeedParseError, match=reason):
        parse(body, content_type)


def test_a_path_in_the_body_is_never_opened() -> None:
    # feedparser opens file names it is given as strings; we only ever pass a byte stream
    with pytest.raises(FeedParseError):
        parse(str(FEEDS_DIR / "rss20_world.xml").encode())


def billion_laughs() -> str:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]><rss version="2.0">'
        "<channel><title>t</title><item><title>&lol9;</title>"
        "<link>https://u.example/1</link></item></channel></rss>"
    )


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_billion_laughs_is_refused_before_parsing(codec: str) -> None:
    with pytest.raises(FeedParseError, match="entity declarations refused"):
        parse(billion_laughs().encode(codec))


def test_html_to_text() -> None:
    assert html_to_text("<p>One</p><p>Two<br>three</p><script>x()</script>") == "One Two three"
    assert html_to_text("plain   text\n here") == "plain text here"
    assert html_to_text("a &amp; b") == "a & b"


def test_cap_text_cuts_at_the_last_paragraph_sentence_or_space() -> None:
    assert cap_text("Short text.", 1_000) == "Short text."
    text = "First paragraph.\n\nSecond one is long. And goes on"
    assert cap_text(text, 40) == "First paragraph.\n\nSecond one is long."
    assert cap_text("One two three four five", 12) == "One two"
    assert cap_text("x" * 50, 20) == "x" * 20  # no boundary: cut where the limit is


def test_bare_items_are_identified_by_title_and_empty_ones_skipped() -> None:
    body = rss(
        "<item><title>Curfew extended</title><description>Until Monday.</description>"
        "</item><item><description></description></item>"
    ).encode()
    parsed = parse(body)
    assert [(a.title, a.url) for a in parsed.articles] == [("Curfew extended", None)]
    assert len(parsed.skipped) == 1 and "no link, guid or title" in parsed.skipped[0]


def dated_article(pub_date: str) -> Article:
    body = rss(
        f"<item><title>a</title><link>https://u.example/1</link><pubDate>{pub_date}</pubDate></item>"
    )
    (article,) = parse(body.encode()).articles
    return article


@pytest.mark.parametrize(
    ("pub_date", "expected"),
    [
        ("Seg, 24 Set 2018 19:42:40 -0300", datetime(2018, 9, 24, 22, 42, 40, tzinfo=UTC)),
        ("lun., 3 mars 2022 08:15:00 +0100", datetime(2022, 3, 3, 7, 15, tzinfo=UTC)),
        ("Пн, 28 лют 2022 14:03:00 +0200", datetime(2022, 2, 28, 12, 3, tzinfo=UTC)),
        ("Di, 1 Mär 2022 10:00 GMT", datetime(2022, 3, 1, 10, 0, tzinfo=UTC)),
    ],
)
def test_rfc822_dates_with_local_month_names_are_read(pub_date: str, expected: datetime) -> None:
    article = dated_article(pub_date)
    assert article.published == expected and not article.published_estimated


@pytest.mark.parametrize(
    "pub_date", ["Seg, 24 Set 2018 19:42:40 BRT", "31 fev 2020 10:00:00 +0000", "24 Xyz 2018 10:00"]
)
def test_unreadable_local_dates_stay_estimated(pub_date: str) -> None:
    article = dated_article(pub_date)
    assert article.published == NOW and article.published_estimated
