import itertools
from datetime import UTC, datetime

import pytest

from newswatch.settings import ProducerSettings
from producers.schedule import (
    PollHints,
    mean_item_gap,
    next_delay,
    parse_max_age,
    parse_retry_after,
)

S = ProducerSettings(
    default_interval=300, min_interval=60, max_interval=3600, jitter=0.1, max_backoff=21600
)
MID = 0.5  # rand value that gives zero jitter


def test_default_and_configured_interval() -> None:
    assert next_delay(S, None, PollHints(), MID) == 300
    assert next_delay(S, 900, PollHints(), MID) == 900


def test_interval_bounded_by_min_and_max() -> None:
    assert next_delay(S, 5, PollHints(), MID) == 60
    assert next_delay(S, 99999, PollHints(), MID) == 3600


def test_adaptive_busy_feed_polled_sooner_quiet_feed_later() -> None:
    busy = next_delay(S, None, PollHints(mean_item_gap=120), MID)
    quiet = next_delay(S, None, PollHints(mean_item_gap=4 * 3600), MID)
    assert busy < 300 < quiet
    assert busy >= 300 / 4 and quiet <= 300 * 4


def test_backoff_grows_exponentially_and_is_capped() -> None:
    delays = [next_delay(S, None, PollHints(failures=n), MID) for n in range(1, 12)]
    assert delays[0] == 600 and delays[1] == 1200 and delays[2] == 2400
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert delays[-1] == 21600


def test_retry_after_and_server_hints_are_honoured() -> None:
    assert next_delay(S, None, PollHints(failures=1, retry_after=5000), MID) == 5000
    assert next_delay(S, None, PollHints(ttl=1800), MID) == 1800
    assert next_delay(S, None, PollHints(max_age=900), MID) == 900
    # a server hint beyond max_interval is capped there
    assert next_delay(S, None, PollHints(ttl=86400), MID) == 3600


@pytest.mark.parametrize("rand", [0.0, 0.25, 0.999])
def test_jitter_stays_within_bounds(rand: float) -> None:
    delay = next_delay(S, None, PollHints(), rand)
    assert 270 <= delay <= 330


def test_jitter_spreads_feeds() -> None:
    assert next_delay(S, None, PollHints(), 0.0) != next_delay(S, None, PollHints(), 0.9)


def test_mean_item_gap() -> None:
    t = [datetime(2022, 2, 28, h, tzinfo=UTC) for h in (10, 12, 11, 13)]
    assert mean_item_gap(t) == 3600
    assert mean_item_gap(t[:1]) is None
    assert mean_item_gap([t[0], t[0]]) is None


def test_parse_retry_after() -> None:
    now = datetime(2022, 2, 28, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Mon, 28 Feb 2022 12:05:00 GMT", now) == 300
    assert parse_retry_after("Mon, 28 Feb 2022 11:00:00 GMT", now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_parse_max_age() -> None:
    assert parse_max_age("public, max-age=600") == 600
    assert parse_max_age("max-age=60, must-revalidate") == 60
    assert parse_max_age("s-maxage=900") is None
    assert parse_max_age("no-cache") is None
    assert parse_max_age(None) is None
