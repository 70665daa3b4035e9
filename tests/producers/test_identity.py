import pytest

from producers.identity import article_id, canonical_url, content_hash, is_web_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.ORG/a/b?z=1&a=2#frag", "https://news.example.org/a/b?a=2&z=1"),
        ("https://e.org/x?utm_source=rss&utm_medium=feed&id=7", "https://e.org/x?id=7"),
        ("https://e.org/x?fbclid=abc&gclid=def", "https://e.org/x"),
        ("https://e.org/x?at_medium=RSS&at_campaign=KARANGA", "https://e.org/x"),
        ("http://e.org:80/x", "http://e.org/x"),
        ("https://e.org:8443/x", "https://e.org:8443/x"),
        ("https://e.org", "https://e.org/"),
        ("  https://e.org/x  ", "https://e.org/x"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_tracking_variants_share_one_id() -> None:
    a = article_id("https://news.example.org/story-1?utm_source=twitter", None)
    b = article_id("https://NEWS.example.org/story-1#top", "guid-from-another-feed")
    c = article_id("https://news.example.org/story-2", None)
    assert a == b
    assert a != c


def test_guid_fallback_and_url_guid() -> None:
    assert article_id(None, "tag:example.net,2022:1") == article_id("", "tag:example.net,2022:1")
    assert article_id(None, "tag:example.net,2022:1") != article_id(None, "tag:example.net,2022:2")
    # a guid that is a URL is treated as the link
    assert article_id(None, "https://e.org/p?utm_campaign=x") == article_id("https://e.org/p", None)


def test_fallback_only_without_link_or_guid() -> None:
    assert article_id(None, None, "desk/title") == article_id(None, "", "desk/title")
    assert article_id(None, None, "desk/title") != article_id(None, None, "desk/other")
    assert article_id("https://e.org/p", None, "desk/title") == article_id("https://e.org/p", None)


def test_nothing_to_identify_is_an_error() -> None:
    with pytest.raises(ValueError, match="no link, guid or title"):
        article_id(None, "  ", None)


def test_is_web_url() -> None:
    assert is_web_url("https://e.org/x")
    assert not is_web_url("tag:e.org,2022:1")
    assert not is_web_url("/relative/path")


def test_content_hash_ignores_whitespace_but_not_words() -> None:
    base = content_hash("Title", "Some text here")
    assert content_hash(" Title ", "Some  text\nhere") == base
    assert content_hash("Title", "Some text there") != base
    assert content_hash("Title 2", "Some text here") != base
