"""Article identity: one story, one id, whichever feed or tracking link it came through.

Pure functions. The id is derived from the canonical URL (so the same story in two feeds
is one article); only items without a usable link fall back to the feed's guid.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newswatch.contracts import stable_id

# Query parameters that identify the click, not the page.
_TRACKING_PARAMS = frozenset(
    [
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "ito",
        "taid",
        "smid",
        "ref_src",
    ]
)
_TRACKING_PREFIXES = ("utm_", "at_", "ns_", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lower = name.lower()
    return lower in _TRACKING_PARAMS or lower.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Normalise a link so that tracking variants of one page compare equal.

    Lowercases scheme and host, drops default ports, the fragment and tracking
    parameters, and sorts what is left of the query.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def is_web_url(value: str) -> bool:
    """True for absolute http(s) URLs (guids are often tag: URIs or opaque strings)."""
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def article_id(link: str | None, guid: str | None, fallback: str | None = None) -> str:
    """The stable article id: the canonical link's, else the guid's (a URL guid is canonicalised),
    else the caller's ``fallback`` (e.g. feed and title), so a bare item is not lost.

    Raises ValueError when there is nothing to identify the item by.
    """
    for candidate in (link, guid):
        if candidate and is_web_url(candidate):
            return stable_id("url", canonical_url(candidate))
    if guid and guid.strip():
        return stable_id("guid", guid.strip())
    if fallback and fallback.strip():
        return stable_id("fallback", fallback.strip())
    raise ValueError("item has no link, guid or title")


def content_hash(title: str, text: str) -> str:
    """Hash of what a reader sees: a change means the story was updated."""
    return stable_id("content", " ".join(title.split()), " ".join(text.split()))
