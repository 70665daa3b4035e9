"""When to poll a feed next (pure): configured interval, adapted to how often it publishes,
never sooner than the server asked (ttl, Cache-Control max-age, Retry-After), backed off
exponentially while it fails, and jittered so feeds do not poll in lockstep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from newswatch.settings import ProducerSettings


@dataclass(frozen=True)
class PollHints:
    """What one poll taught us about when to come back."""

    failures: int = 0  # consecutive failed polls, including this one
    retry_after: float | None = None  # seconds, from a 429/503
    max_age: float | None = None  # seconds, from Cache-Control
    ttl: float | None = None  # seconds, from the feed's <ttl>
    mean_item_gap: float | None = None  # seconds between the feed's items


def next_delay(
    settings: ProducerSettings, configured: float | None, hints: PollHints, rand: float
) -> float:
    """Seconds until the next poll; ``rand`` in [0, 1) drives the jitter (injected for tests)."""
    base = configured or settings.default_interval
    if hints.mean_item_gap:
        # Aim for about two polls per new item, within a factor of four of the configured pace.
        base = min(max(hints.mean_item_gap / 2, base / 4), base * 4)
    base = min(max(base, settings.min_interval), settings.max_interval)
    server_floor = max(hints.ttl or 0.0, hints.max_age or 0.0)
    delay = max(base, min(server_floor, settings.max_interval))
    if hints.failures:
        delay = min(delay * 2 ** min(hints.failures, 20), settings.max_backoff)
    if hints.retry_after:
        delay = max(delay, min(hints.retry_after, settings.max_backoff))
    return delay * (1 + settings.jitter * (2 * rand - 1))


def mean_item_gap(published: list[datetime]) -> float | None:
    """Mean seconds between consecutive items (None with fewer than two dated items)."""
    if len(published) < 2:
        return None
    ordered = sorted(published)
    span = (ordered[-1] - ordered[0]).total_seconds()
    return span / (len(ordered) - 1) if span > 0 else None


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


def parse_max_age(cache_control: str | None) -> float | None:
    """Cache-Control max-age in seconds (s-maxage is for shared caches, not for us)."""
    if not cache_control:
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None
