"""Is this article new, a changed version of one already processed, or a repeat?

Producers re-send an article whenever a feed repeats it; the processor keeps, per article
id, the content hash and fetch time of the last version it processed. Only those are kept
(not the text), so the state stays small and is cheap to recover from the changelog.

The fetch time tells a replay from a change: at-least-once delivery re-reads messages
after a crash or a rebalance, and re-extracting an older version after a newer one would
briefly put the older figures back downstream. A version fetched before the one already
processed is therefore skipped as stale, while a later fetch with other content (even a
reverted edit) is an update.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pydantic import TypeAdapter

from newswatch.contracts import Article


class Decision(StrEnum):
    """What to do with an incoming article."""

    NEW = "new"  # never seen: extract
    UPDATE = "update"  # a later version with other content: extract again, same event ids
    DUPLICATE = "duplicate"  # the content already processed: skip
    STALE = "stale"  # fetched before the version already processed (a replay): skip

    @property
    def extract(self) -> bool:
        """Whether the article goes through extraction (and its version is remembered)."""
        return self in (Decision.NEW, Decision.UPDATE)


@dataclass(frozen=True)
class Seen:
    """The last processed version of an article: the dedupe table's value."""

    content_hash: str
    fetched_at: datetime

    @classmethod
    def of(cls, article: Article) -> Seen:
        return cls(article.content_hash, article.fetched_at)


_SEEN: TypeAdapter[Seen] = TypeAdapter(Seen)


def decide(seen: Seen | None, article: Article) -> Decision:
    """Compare the article with the last processed version of it (None: never seen)."""
    if seen is None:
        return Decision.NEW
    if article.content_hash == seen.content_hash:
        return Decision.DUPLICATE
    if article.fetched_at < seen.fetched_at:
        return Decision.STALE
    return Decision.UPDATE


def dump_seen(seen: Seen) -> bytes:
    """The table value as JSON bytes."""
    return _SEEN.dump_json(seen)


def load_seen(raw: bytes | None) -> Seen | None:
    """The table value from JSON bytes; None when the article was never processed."""
    return None if raw is None else _SEEN.validate_json(raw)
