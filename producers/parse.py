"""Feed documents to Articles: feedparser over bytes we fetched, nothing else (pure).

feedparser is only ever given a byte stream (never a URL or a path, which it would
open itself) plus the response headers, so the declared charset and Content-Location
(base for relative links) are honoured.

Entity-expansion ("billion laughs"): feedparser's own DOCTYPE scrubbing misses some
layouts, and expat then expands ~8 MB over seconds of CPU before its amplification
limit stops it (checked with expat 2.5). Feeds have no use for internal entity
declarations, so any document declaring one is refused before parsing (as defusedxml's
default ``forbid_entities`` would).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from newswatch.contracts import Article
from producers.feedlist import FeedConfig
from producers.identity import article_id, canonical_url, content_hash, is_web_url

_ENTITY_DECLARATIONS = tuple(
    "<!ENTITY".encode(codec)
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)


# Bozo reasons that say nothing about the structure (charset/media-type mismatches).
_SOFT_PROBLEMS = (
    feedparser.CharacterEncodingOverride,
    feedparser.CharacterEncodingUnknown,
    feedparser.NonXMLContentType,
)


class FeedParseError(ValueError):
    """The document is not a feed at all; ``reason`` says why, for the log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class ParsedFeed:
    """What one feed document yielded."""

    articles: list[Article]
    version: str
    warning: str | None = None  # set for bozo feeds parsed despite errors
    ttl_seconds: float | None = None
    skipped: list[str] = field(default_factory=list)  # reasons items were dropped


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed (summaries come as HTML)."""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return " ".join(html.split())
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//tr"):
        block.tail = " " + (block.tail or "")
    return " ".join(root.text_content().split())


def cap_text(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at the last paragraph or sentence end
    (else space) before it: a Kafka record holds at most 1 MB, and no news article is near
    the default limit, so only a page's or feed's junk is cut."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for boundary in ("\n\n", ". ", " "):
        cut = head.rfind(boundary)
        if cut > limit // 2:
            return head[: cut + 1].rstrip()
    return head


def _utc(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


# Month abbreviations that non-English feeds put in RFC 822 dates ("Seg, 24 Set 2018
# 19:42:40 -0300"), which feedparser cannot read: pt, es, fr, de, it, ru, uk. Looked up
# by the name's first four letters, then its first three.
_LOCAL_MONTHS = {
    **dict.fromkeys(["jan", "ene", "gen", "janv", "янв", "січ"], 1),
    **dict.fromkeys(["fev", "fév", "feb", "févr", "фев", "лют"], 2),
    **dict.fromkeys(["mar", "mär", "mrz", "мар", "бер"], 3),
    **dict.fromkeys(["abr", "apr", "avr", "апр", "кві"], 4),
    **dict.fromkeys(["mai", "may", "mag", "мая", "май", "тра"], 5),
    **dict.fromkeys(["jun", "juin", "giu", "июн", "чер"], 6),
    **dict.fromkeys(["jul", "juil", "lug", "июл", "лип"], 7),
    **dict.fromkeys(["ago", "aug", "aoû", "aou", "авг", "сер"], 8),
    **dict.fromkeys(["set", "sep", "sept", "сен", "вер"], 9),
    **dict.fromkeys(["out", "oct", "okt", "ott", "окт", "жов"], 10),
    **dict.fromkeys(["nov", "ноя", "лис"], 11),
    **dict.fromkeys(["dez", "dic", "déc", "dec", "дек", "гру"], 12),
}
_LOCAL_DATE = re.compile(
    r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s*(?:([+-])(\d{2}):?(\d{2})|(?:GMT|UTC|UT|Z)\b)?\s*$",
    re.IGNORECASE,
)


def _localized_date(value: str | None) -> datetime | None:
    """An RFC 822 date with non-English day/month names, in UTC (None if not one)."""
    match = _LOCAL_DATE.search(value or "")
    if not match:
        return None
    day, name, year, hour, minute, second, sign, off_h, off_m = match.groups()
    name = name.lower()
    month = _LOCAL_MONTHS.get(name[:4]) or _LOCAL_MONTHS.get(name[:3])
    if month is None:
        return None
    offset = timedelta(hours=int(off_h or 0), minutes=int(off_m or 0))
    try:
        zone = timezone(-offset if sign == "-" else offset)
        local = datetime(
            int(year), month, int(day), int(hour), int(minute), int(second or 0), tzinfo=zone
        )
    except ValueError:  # day 31 of a short month, an offset of a day or more
        return None
    return local.astimezone(UTC)


def _entry_text(entry: Mapping[str, Any]) -> str:
    """Prefer the fuller content over the summary; feedparser has already sanitised both."""
    contents = entry.get("content") or []
    candidates = [c.get("value", "") for c in contents] + [entry.get("summary", "")]
    best = max(candidates, key=len, default="")
    return html_to_text(best)


def _tags(feed: FeedConfig, entry: Mapping[str, Any]) -> list[str]:
    """The feed's own tags first, then the item's categories, without repeats."""
    terms = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    return list(dict.fromkeys([*feed.tags, *terms]))


_TRUNCATION_MESSAGES = ("no element found", "unclosed token")


def _is_truncated(exc: BaseException | None) -> bool:
    """True when the XML parser stopped because the document ended too early."""
    return exc is not None and any(m in str(exc) for m in _TRUNCATION_MESSAGES)


def _looks_like_html(body: bytes, content_type: str) -> bool:
    head = body[:1024].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def _ttl_seconds(feed: Mapping[str, Any]) -> float | None:
    try:
        minutes = float(feed.get("ttl", ""))
    except (TypeError, ValueError):
        return None
    return minutes * 60 if minutes > 0 else None


def parse_feed(
    body: bytes,
    *,
    feed: FeedConfig,
    url: str,
    headers: Mapping[str, str],
    fetched_at: datetime,
) -> ParsedFeed:
    """Normalise one fetched document to Articles.

    Raises FeedParseError when the bytes hold no feed structure (an HTML page, a document
    truncated before any item, garbage). Bozo feeds that still yielded items are returned
    with ``warning`` set.
    """
    if not body.strip():
        raise FeedParseError("empty response body")
    if any(marker in body for marker in _ENTITY_DECLARATIONS):
        raise FeedParseError("XML entity declarations refused (entity-expansion attack?)")
    response_headers = {k.lower(): v for k, v in headers.items()}
    response_headers["content-location"] = url
    response_headers.setdefault("content-type", "application/xml")
    # We keep plain text only (html_to_text), so feedparser's HTML sanitising and URI
    # rewriting inside content would be wasted work (they double the parse time).
    result = feedparser.parse(
        io.BytesIO(body),
        response_headers=response_headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    exc = result.get("bozo_exception") if result.get("bozo") else None
    problem = str(exc) if exc else None
    version = result.get("version") or ""
    entries = result.get("entries") or []
    if not entries:
        if _looks_like_html(body, response_headers["content-type"]) and not version:
            raise FeedParseError("HTML page, not a feed")
        if problem and not isinstance(exc, _SOFT_PROBLEMS):
            raise FeedParseError(f"invalid feed XML: {problem}")
        if not version:
            raise FeedParseError("no RSS/Atom structure found")
    articles: list[Article] = []
    skipped: list[str] = []
    if entries and _is_truncated(exc):
        # The document ends mid-way: its last item is likely cut short. Publishing it would
        # overwrite the complete article (same id) with a fragment, then flap back.
        skipped.append(f"{html_to_text(entries[-1].get('title', ''))[:60]!r}: document truncated")
        entries = entries[:-1]
    for entry in entries:
        title = html_to_text(entry.get("title", ""))
        text = _entry_text(entry)
        link = entry.get("link") if is_web_url(entry.get("link") or "") else None
        try:
            aid = article_id(link, entry.get("id"), f"{feed.name}\x1f{title}" if title else None)
        except ValueError as exc:
            skipped.append(f"{title[:60]!r}: {exc}")
            continue
        published = (
            _utc(entry.get("published_parsed"))
            or _utc(entry.get("updated_parsed"))
            or _localized_date(entry.get("published") or entry.get("updated"))
        )
        articles.append(
            Article(
                id=aid,
                url=canonical_url(link) if link else None,
                title=title,
                text=text,
                published=published or fetched_at,
                published_estimated=published is None,
                fetched_at=fetched_at,
                feed=feed.name,
                language=feed.language or result.get("feed", {}).get("language") or None,
                tags=_tags(feed, entry),
                content_hash=content_hash(title, text),
            )
        )
    return ParsedFeed(
        articles=articles,
        version=version,
        warning=problem,
        ttl_seconds=_ttl_seconds(result.get("feed", {})),
        skipped=skipped,
    )
