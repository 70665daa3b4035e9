"""The whole pipeline on real engines: the seed article in a feed; events and one alert out.

Runs `newswatch setup`, `newswatch alerts add` and `newswatch run` as a user would (child
processes), against the per-session local Kafka broker and Elasticsearch of tests/conftest.py.
"""

from __future__ import annotations

import html
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from polling import wait_for

from newswatch.contracts import Indices

pytestmark = pytest.mark.integration

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "kharkiv-2022-02-28.txt"
KHARKIV = {"lat": 49.98, "lon": 36.25}
WITHIN = 60.0  # seconds from `newswatch run` to the article, the event and the alert
FEED = "test-wire"  # other integration tests share the session's engines: count only ours
MINE = {"term": {"feed": FEED}}


def seed_article() -> tuple[str, str]:
    """The seed's title line and body paragraphs (the file starts with ' date YYYY-MM-DD ')."""
    raw = SEED.read_text(encoding="utf-8").strip()
    assert raw.startswith("date 2022-02-28")
    body = raw.removeprefix("date 2022-02-28").strip()
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return "Kharkiv hit by Grad rockets as talks continue in Belarus", "\n".join(
        f"<p>{html.escape(p)}</p>" for p in paragraphs
    )


def rss_feed(base: str) -> bytes:
    title, body = seed_article()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Test Wire</title><link>{base}/</link><description>test</description>
<item>
  <title>{html.escape(title)}</title>
  <link>{base}/news/2022/02/28/kharkiv-grad</link>
  <guid isPermaLink="false">test-wire-kharkiv-20220228</guid>
  <pubDate>Mon, 28 Feb 2022 14:05:00 GMT</pubDate>
  <description><![CDATA[{body}]]></description>
</item>
</channel></rss>""".encode()


class Recorder:
    """What the local HTTP server saw: hits per path and webhook bodies."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.alerts: list[dict[str, Any]] = []
        self.lock = threading.Lock()


@pytest.fixture(scope="module")
def web() -> Iterator[tuple[str, Recorder]]:
    """One loopback server for the feeds (good and broken) and the webhook receiver."""
    rec = Recorder()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            with rec.lock:
                rec.hits[self.path] += 1
            base = f"http://{self.headers['Host']}"
            if self.path == "/feeds/seed.xml":
                self._send(200, rss_feed(base), "application/rss+xml; charset=utf-8")
            elif self.path == "/feeds/broken-500.xml":
                self._send(500, b"internal error", "text/plain")
            elif self.path == "/feeds/html.xml":
                page = b"<!doctype html><html><head><title>Home</title></head><body></body></html>"
                self._send(200, page, "text/html; charset=utf-8")
            elif self.path == "/feeds/truncated.xml":
                self._send(200, rss_feed(base)[:300], "application/rss+xml")
            else:
                self._send(404, b"not found", "text/plain")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length))
            with rec.lock:
                rec.alerts.append(body)
            self._send(200, b"{}", "application/json")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", rec
    server.shutdown()


@pytest.fixture(scope="module")
def pipeline_env(
    stack_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    state = tmp_path_factory.mktemp("pipeline-state")
    env = dict(stack_env)
    env.update(
        NEWSWATCH_PRODUCER__STATE_DIR=str(state / "producer"),
        NEWSWATCH_PROCESSOR__DATA_DIR=str(state / "processor"),
        NEWSWATCH_PRODUCER__MIN_INTERVAL="1",
        NEWSWATCH_INDEXER__FLUSH_INTERVAL="0.5",
    )
    return env


def newswatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newswatch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


class Pipeline:
    """`newswatch run` as a child process with its log captured to a file."""

    def __init__(self, env: dict[str, str], feeds: Path, log: Path) -> None:
        self.log = log
        self._out = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newswatch", "run", "--feeds", str(feeds)],
            env=env,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(timeout=90)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
            self._out.close()

    def text(self) -> str:
        return self.log.read_text(errors="replace")


def count(es: Any, index: str, *filters: dict[str, Any]) -> int:
    es.indices.refresh(index=index)
    return es.count(index=index, query={"bool": {"filter": list(filters)}})["count"]


KHARKIV_EVENT = (
    MINE,
    {"geo_distance": {"distance": "10km", "location.point": KHARKIV}},
    {"term": {"location.country_code": "UA"}},
    {"term": {"weapons": "BM-21 Grad"}},
    {"range": {"killed.min": {"gte": 24}}},
    {"range": {"wounded.min": {"gte": 200}}},
    {"term": {"date": "2022-02-28"}},
)


def test_feed_to_events_search_and_one_alert(
    web: tuple[str, Recorder], pipeline_env: dict[str, str], es_client: Any, tmp_path: Path
) -> None:
    base, rec = web
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        yaml.safe_dump(
            {
                "feeds": [
                    {"name": FEED, "url": f"{base}/feeds/seed.xml", "interval": 2},
                    {"name": "broken-500", "url": f"{base}/feeds/broken-500.xml", "interval": 2},
                    {"name": "html-page", "url": f"{base}/feeds/html.xml", "interval": 2},
                    {"name": "truncated", "url": f"{base}/feeds/truncated.xml", "interval": 2},
                ]
            }
        )
    )

    setup = newswatch(pipeline_env, "setup")
    assert setup.returncode == 0, setup.stderr
    added = newswatch(
        pipeline_env,
        "alerts",
        "add",
        "Kharkiv",
        "location.name:Kharkiv",
        "--webhook",
        f"{base}/hook",
    )
    assert added.returncode == 0, added.stderr

    log = tmp_path / "run.log"
    run = Pipeline(pipeline_env, feeds, log)
    # All three outcomes within one minute of starting the pipeline, not a minute each.
    end = time.monotonic() + WITHIN

    def left() -> float:
        return max(0.0, end - time.monotonic())

    try:
        wait_for(
            "the article is searchable by 'Grad'",
            lambda: (
                count(es_client, Indices.ARTICLES, MINE, {"query_string": {"query": "Grad"}}) == 1
            ),
            deadline=left(),
        )
        wait_for(
            "a Kharkiv BM-21 Grad event with the seed's figures",
            lambda: count(es_client, Indices.EVENTS, *KHARKIV_EVENT) == 1,
            deadline=left(),
        )
        wait_for("one alert at the webhook", lambda: len(rec.alerts) == 1, deadline=left())
        alert = rec.alerts[0]
        assert alert["rule"] == "Kharkiv"
        assert alert["event"]["location"]["name"] == "Kharkiv"

        # The same feed polled again: nothing new anywhere.
        polls = rec.hits["/feeds/seed.xml"]
        wait_for("the feed polled twice more", lambda: rec.hits["/feeds/seed.xml"] >= polls + 2)
        before = snapshot(es_client)
        assert before["articles"] == 1
        # The broken feeds are named in the log with a reason, and the pipeline still runs.
        for name in ("broken-500", "html-page", "truncated"):
            wait_for(
                f"a log line naming feed {name} and a reason",
                lambda n=name: failure_lines(run.text(), n),
            )
        assert "500" in " ".join(failure_lines(run.text(), "broken-500"))
        assert run.proc.poll() is None
    finally:
        code = run.stop()
    assert code == 0, run.text()[-3000:]

    # Restart all three stages: the feed is polled again, nothing is added.
    run2 = Pipeline(pipeline_env, feeds, log)
    try:
        polls = rec.hits["/feeds/seed.xml"]
        wait_for(
            "the restarted producer polls the feed", lambda: rec.hits["/feeds/seed.xml"] > polls + 1
        )
        assert_stable(es_client, before, seconds=8)
        assert len(rec.alerts) == 1
    finally:
        assert run2.stop() == 0, run2.text()[-3000:]


def failure_lines(log: str, feed: str) -> list[str]:
    """Log lines that name the feed and give a reason."""
    return [line for line in log.splitlines() if f"feed={feed}" in line and "reason=" in line]


def snapshot(es: Any) -> dict[str, int]:
    return {
        "articles": count(es, Indices.ARTICLES, MINE),
        "events": count(es, Indices.EVENTS, MINE),
        "alerts": count(es, Indices.ALERTS, {"term": {"rule": "Kharkiv"}}),
    }


def assert_stable(es: Any, expected: dict[str, int], seconds: float) -> None:
    """The counts stay as they were for a while: an absence of duplicates takes time to show."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert snapshot(es) == expected
        time.sleep(1.0)
