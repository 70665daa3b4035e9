"""The feed list: a YAML file people edit by hand, and OPML for other feed readers.

The list is configuration, not a message, so its model lives here rather than in
``newswatch.contracts``. Loading validates everything up front (unique names, http(s)
URLs) so a typo is reported once, clearly, instead of as a failing poll forever.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree as SafeET
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class FeedListError(ValueError):
    """The feed list (YAML or OPML) is unreadable or invalid."""


class FeedConfig(BaseModel):
    """One feed to poll."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    url: str
    interval: float | None = Field(None, gt=0, description="seconds between polls")
    language: str | None = None
    tags: list[str] = Field(default_factory=list)
    full_text: bool = False

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"feed URL must be http(s): {value!r}")
        return value


def _validated(raw: list[dict]) -> list[FeedConfig]:
    feeds: list[FeedConfig] = []
    for i, item in enumerate(raw):
        try:
            feeds.append(FeedConfig.model_validate(item))
        except ValidationError as exc:
            raise FeedListError(f"feed #{i + 1} is invalid: {exc}") from exc
    seen: set[str] = set()
    for feed in feeds:
        if feed.name in seen:
            raise FeedListError(f"duplicate feed name {feed.name!r}")
        seen.add(feed.name)
    return feeds


def parse_feeds_yaml(text: str) -> list[FeedConfig]:
    """Feeds from YAML text holding ``feeds: [{name, url, ...}]``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FeedListError(f"feed list is not valid YAML: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("feeds", []), list):
        raise FeedListError("feed list must be a mapping with a 'feeds:' list")
    return _validated(data.get("feeds") or [])


def load_feeds(path: Path) -> list[FeedConfig]:
    """Feeds from a YAML file; a missing file is an error (the user named it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedListError(f"cannot read feed list {path}: {exc}") from exc
    return parse_feeds_yaml(text)


def dump_feeds_yaml(feeds: list[FeedConfig]) -> str:
    """YAML text for a feed list, leaving out unset optional fields to keep it hand-editable."""
    items = [f.model_dump(exclude_defaults=True) for f in feeds]
    return yaml.safe_dump({"feeds": items}, sort_keys=False, allow_unicode=True)


def save_feeds(path: Path, feeds: list[FeedConfig]) -> None:
    """Write the list atomically (temp file + rename) so a crash never leaves half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dump_feeds_yaml(_validated([f.model_dump() for f in feeds])), "utf-8")
    tmp.replace(path)


def to_opml(feeds: list[FeedConfig], title: str = "newswatch feeds") -> str:
    """OPML 2.0 for feed readers; our extra fields ride along as attributes."""
    root = Element("opml", version="2.0")
    SubElement(SubElement(root, "head"), "title").text = title
    body = SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.interval is not None:
            attrs["interval"] = f"{feed.interval:g}"
        if feed.language:
            attrs["language"] = feed.language
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        if feed.full_text:
            attrs["fullText"] = "true"
        SubElement(body, "outline", attrs)
    return tostring(root, encoding="unicode", xml_declaration=True)


def from_opml(data: bytes) -> list[FeedConfig]:
    """Feeds from OPML; nested outlines (folders) contribute their title as a tag.

    Parsed with defusedxml because OPML files come from elsewhere (entity bombs, external
    entities are refused).
    """
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises ParseError and its own DefusedXmlException
        raise FeedListError(f"OPML is not valid XML: {exc}") from exc
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise FeedListError("not an OPML document (no <opml><body>)")
    raw: list[dict] = []

    def walk(node: Element, folders: list[str]) -> None:
        for outline in node.findall("outline"):
            url = outline.get("xmlUrl")
            label = outline.get("title") or outline.get("text") or ""
            if not url:
                walk(outline, [*folders, label] if label else folders)
                continue
            tags = [t.strip() for t in (outline.get("category") or "").split(",") if t.strip()]
            item: dict = {
                "name": label or url,
                "url": url,
                "tags": list(dict.fromkeys([*folders, *tags])),
                "full_text": (outline.get("fullText") or "").lower() == "true",
            }
            if outline.get("interval"):
                item["interval"] = float(outline.get("interval", ""))
            if outline.get("language"):
                item["language"] = outline.get("language")
            raw.append(item)

    walk(body, [])
    return _validated(raw)


def merge_feeds(current: list[FeedConfig], extra: list[FeedConfig]) -> list[FeedConfig]:
    """Add feeds whose name and URL are both new; existing entries win (the user's edits)."""
    names = {f.name for f in current}
    urls = {f.url for f in current}
    added = [f for f in extra if f.name not in names and f.url not in urls]
    return [*current, *added]
