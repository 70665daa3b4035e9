"""The poll loop over real HTTP (local server) with the in-memory publisher.

Kafka behaviour (acks, keys, restarts against the broker) is in test_poller_kafka.py.
"""

import asyncio
import gzip
import time
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newswatch.settings import ProducerSettings
from producers.feedlist import FeedConfig
from producers.fetch import Fetcher
from producers.poller import Poller, Summary
from producers.state import State

FEEDS_DIR = Path(__file__).parent / "feeds"
SHARED_FEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "feeds"  # ../shared
WORLD = (FEEDS_DIR / "rss20_world.xml").read_bytes()
RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{}</channel></rss>'


def item(link: str, title: str = "Shelling in Kharkiv", text: str = "Nine killed.") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description></item>"
    )


def poll_all(
    settings: ProducerSettings, feeds: list[FeedConfig], publisher: Any, clock: float | None = None
) -> Summary:
    """One round with fresh fetcher and state objects (like a new process would have)."""

    async def go() -> Summary:
        state = State(settings.state_dir)
        fetcher = Fetcher(settings)
        kwargs = {"clock": lambda: clock} if clock is not None else {}
        try:
            return await Poller(settings, feeds, state, publisher, fetcher, **kwargs).run_once()
        finally:
            await fetcher.aclose()
            state.close()

    return asyncio.run(go())


def feed(server: HTTPServer, name: str, path: str | None = None, **kw: Any) -> FeedConfig:
    return FeedConfig(name=name, url=server.url_for(path or f"/{name}"), **kw)


def test_bad_feeds_are_logged_with_a_reason_and_others_unaffected(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any, logs: list[dict]
) -> None:
    cases = {
        "http-500": ("boom", 500, {}),
        "http-404": ("missing", 404, {}),
        "html-page": (
            "<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>",
            200,
            {"Content-Type": "text/html"},
        ),
        "truncated": ('<?xml version="1.0"?><rss version="2.0"><channel><title>T', 200, {}),
        "empty-body": ("", 200, {}),
        "laughs": ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss/>', 200, {}),
        "bomb": (gzip.compress(b"\0" * 20_000_000), 200, {"Content-Encoding": "gzip"}),
        "throttled": ("later", 429, {"Retry-After": "3600"}),
    }
    for name, (body, status, headers) in cases.items():
        server.expect_request(f"/{name}").respond_with_data(body, status, headers)
    server.expect_request("/redirect-loop").respond_with_data(
        "", 301, {"Location": "/redirect-loop"}
    )
    server.expect_request("/good").respond_with_data(WORLD, content_type="application/rss+xml")
    feeds = [feed(server, n) for n in [*cases, "redirect-loop", "good"]]

    summary = poll_all(producer_settings, feeds, publisher)

    assert summary.ok == 1 and summary.failed == len(feeds) - 1 and summary.new == 4
    assert {a.feed for a in publisher.published} == {"good"}
    failures = {e["feed"]: e for e in logs if e["event"] == "feed failed"}
    assert set(failures) == {f.name for f in feeds} - {"good"}
    for f in feeds[:-1]:
        assert failures[f.name]["url"] == f.url and failures[f.name]["reason"]
    assert failures["http-500"]["reason"] == "HTTP 500"
    assert failures["html-page"]["reason"] == "HTML page, not a feed"
    assert "invalid feed XML" in failures["truncated"]["reason"]
    assert "entity" in failures["laughs"]["reason"]
    assert "decompressed" in failures["bomb"]["reason"]
    assert "redirect loop" in failures["redirect-loop"]["reason"]


def test_failing_feed_backs_off_and_honours_retry_after(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/t").respond_with_data("later", 429, {"Retry-After": "7200"})
    server.expect_request("/e").respond_with_data("boom", 500)
    feeds = [feed(server, "t", "/t"), feed(server, "e", "/e")]
    poll_all(producer_settings, feeds, publisher, clock=1000.0)
    poll_all(producer_settings, feeds, publisher, clock=2000.0)
    state = State(producer_settings.state_dir)
    throttled, failing = state.feed("t", feeds[0].url), state.feed("e", feeds[1].url)
    assert throttled.next_poll - 2000 >= 7200
    assert failing.failures == 2 and failing.last_error == "HTTP 500"
    assert failing.next_poll - 2000 == pytest.approx(4 * producer_settings.default_interval)


def etag_handler(body: bytes, etag: str = '"v1"'):
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304)
        return Response(body, headers={"ETag": etag}, content_type="application/rss+xml")

    return handler


def test_304_then_restart_publish_nothing_and_a_change_is_an_update(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/w").respond_with_handler(etag_handler(WORLD))
    feeds = [feed(server, "w", "/w")]
    first = poll_all(producer_settings, feeds, publisher)
    assert (first.ok, first.new) == (1, 4)
    second = poll_all(producer_settings, feeds, publisher)  # new State object: a restart
    assert (second.not_modified, second.new) == (1, 0)
    assert len(publisher.published) == 4

    # the server drops its ETag support: full body again, still nothing new
    server.clear()
    server.expect_request("/w").respond_with_data(WORLD)
    unchanged = poll_all(producer_settings, feeds, publisher)  # same bytes: not even parsed
    assert (unchanged.not_modified, unchanged.new) == (1, 0)

    changed = WORLD.replace(
        b"killing at least nine civilians", b"killing at least eleven civilians"
    )
    server.clear()
    server.expect_request("/w").respond_with_data(changed)
    third = poll_all(producer_settings, feeds, publisher)
    assert (third.new, third.updated) == (0, 1)
    update = publisher.published[-1]
    assert update.id == publisher.published[0].id and "eleven" in update.text
    assert update.content_hash != publisher.published[0].content_hash


def test_same_story_in_two_feeds_is_one_article(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/a").respond_with_data(
        RSS.format(item("https://n.example/story?utm_source=a"))
    )
    server.expect_request("/b").respond_with_data(
        RSS.format(item("https://N.example/story#x") + item("https://n.example/other"))
    )
    summary = poll_all(
        producer_settings, [feed(server, "a", "/a"), feed(server, "b", "/b")], publisher
    )
    assert summary.new == 2
    assert sorted(a.url for a in publisher.published) == [
        "https://n.example/other",
        "https://n.example/story",
    ]


def test_unacknowledged_items_are_not_marked_and_validators_dropped(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/w").respond_with_handler(etag_handler(WORLD))
    feeds = [feed(server, "w", "/w")]
    from producers.identity import article_id

    lost = article_id("https://news.example.org/world/europe-60548131", None)
    publisher.fail_ids.add(lost)
    first = poll_all(producer_settings, feeds, publisher)
    assert (first.new, first.unpublished) == (3, 1)
    state = State(producer_settings.state_dir)
    assert lost not in state.known_hashes([lost]) and state.feed("w", feeds[0].url).etag is None
    state.close()
    publisher.fail_ids.clear()
    second = poll_all(producer_settings, feeds, publisher)  # no If-None-Match: full fetch
    assert (second.ok, second.new, second.unpublished) == (1, 1, 0)
    assert publisher.published[-1].id == lost
    assert poll_all(producer_settings, feeds, publisher).not_modified == 1


def test_permanent_redirect_updates_the_stored_url(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/old").respond_with_data("", 301, {"Location": "/new"})
    server.expect_request("/new").respond_with_data(WORLD)
    feeds = [feed(server, "w", "/old")]
    poll_all(producer_settings, feeds, publisher)
    state = State(producer_settings.state_dir)
    assert state.feed("w", feeds[0].url).url == server.url_for("/new")
    state.close()
    server.clear()
    server.expect_request("/new").respond_with_data(WORLD)  # /old is gone now
    assert poll_all(producer_settings, feeds, publisher).failed == 0
    assert server.log[-1][0].path == "/new"


def test_feed_health_is_recorded(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/w").respond_with_data(WORLD)
    feeds = [feed(server, "w", "/w")]
    poll_all(producer_settings, feeds, publisher, clock=5000.0)
    st = State(producer_settings.state_dir).feed("w", feeds[0].url)
    assert st.last_success == 5000.0 and st.items_seen == 4 and st.failures == 0
    assert st.mean_item_gap == (17 * 3600 - (14 * 3600 + 3 * 60)) / 2  # 14:03 .. 17:00 UTC
    assert st.last_status == "ok"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            RSS.format(item("https://u.example/1", "Харків")).encode("windows-1251"),
            "application/rss+xml; charset=utf-8",
        ),
        (
            RSS.replace("?>", ' encoding="windows-1251"?>')
            .format(item("https://u.example/1", "Київ"))
            .encode("utf-8"),
            "application/rss+xml; charset=windows-1251",
        ),
        (
            RSS.replace("?>", ' encoding="utf-16"?>')
            .format(item("https://u.example/1", "Одеса"))
            .encode("utf-16"),
            "application/xml",
        ),
        (RSS.format(""), "application/rss+xml"),
    ],
    ids=["cp1251-declared-utf8", "utf8-declared-cp1251", "utf16", "empty-feed"],
)
def test_odd_encodings_and_empty_feeds_do_not_fail(
    server: HTTPServer,
    producer_settings: ProducerSettings,
    publisher: Any,
    body: bytes,
    content_type: str,
) -> None:
    server.expect_request("/f").respond_with_data(body, content_type=content_type)
    summary = poll_all(producer_settings, [feed(server, "f", "/f")], publisher)
    assert summary.ok == 1 and summary.failed == 0
    assert summary.new == (0 if content_type == "application/rss+xml" else 1)


def saved_feed_files() -> list[Path]:
    shared = (
        sorted(p for p in SHARED_FEEDS.iterdir() if p.is_file()) if SHARED_FEEDS.is_dir() else []
    )
    outlets = sorted((FEEDS_DIR / "outlets").glob("*.xml"))  # see test_outlet_feeds.py
    return sorted(FEEDS_DIR.glob("*.xml")) + outlets + shared


@pytest.mark.parametrize("path", saved_feed_files(), ids=lambda p: p.name)
def test_every_saved_feed_served_over_http_yields_articles(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any, path: Path
) -> None:
    producer_settings.max_body_bytes = 10 * 1024 * 1024
    server.expect_request("/feed").respond_with_data(
        path.read_bytes(), content_type="application/xml"
    )
    summary = poll_all(producer_settings, [feed(server, "saved", "/feed")], publisher)
    assert summary.ok == 1 and summary.new >= 1
    assert all(a.title or a.text for a in publisher.published)


def test_run_forever_polls_on_schedule_and_stops_cleanly(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    body = RSS.format(item("https://u.example/1") + item("https://u.example/2")).encode()
    server.expect_request("/w").respond_with_handler(etag_handler(body))
    producer_settings.min_interval = 0.2
    feeds = [feed(server, "w", "/w", interval=0.2)]

    async def go() -> None:
        state = State(producer_settings.state_dir)
        fetcher = Fetcher(producer_settings)
        poller = Poller(producer_settings, feeds, state, publisher, fetcher)
        stop = asyncio.Event()
        task = asyncio.create_task(poller.run_forever(stop))
        deadline = time.monotonic() + 20
        while len(server.log) < 3 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(task, 10)
        await fetcher.aclose()
        state.close()

    asyncio.run(go())
    assert len(server.log) >= 3  # polled repeatedly on its own interval
    assert [r.status_code for _, r in server.log[1:]] == [304] * (len(server.log) - 1)
    assert len(publisher.published) == 2


def test_feed_ttl_slows_polling(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    server.expect_request("/w").respond_with_data(WORLD)  # <ttl>15</ttl>
    feeds = [feed(server, "w", "/w", interval=60)]
    poll_all(producer_settings, feeds, publisher, clock=0.0)
    assert State(producer_settings.state_dir).feed("w", feeds[0].url).next_poll == 900


def test_full_text_feed_publishes_page_text_but_keeps_the_feed_hash(
    server: HTTPServer, producer_settings: ProducerSettings, publisher: Any
) -> None:
    page = (
        "<html><body><article><h1>Strike</h1>" + "<p>Rescue workers searched the rubble "
        "of the regional administration building on Freedom Square all day long.</p>"
        * 5
        + "</article></body></html>"
    )
    server.expect_request("/article").respond_with_data(page, content_type="text/html")
    body = RSS.format(item(server.url_for("/article"), text="Short summary."))
    server.expect_request("/f").respond_with_data(body)
    producer_settings.fulltext_allow_networks = ["127.0.0.0/8"]
    feeds = [feed(server, "f", "/f", full_text=True)]
    assert poll_all(producer_settings, feeds, publisher).new == 1
    (article,) = publisher.published
    assert "Rescue workers searched the rubble" in article.text
    assert poll_all(producer_settings, feeds, publisher).new == 0  # hash is the feed's content
