import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import typer
from kafka import KafkaConsumer
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from newswatch.settings import get_settings
from producers.cli import feeds_app, produce
from producers.feedlist import load_feeds

runner = CliRunner()
WORLD = (Path(__file__).parent / "feeds" / "rss20_world.xml").read_bytes()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings pointing the feed list and state at the test's folder."""
    monkeypatch.setenv("NEWSWATCH_PRODUCER__FEEDS_FILE", str(tmp_path / "feeds.yaml"))
    monkeypatch.setenv("NEWSWATCH_PRODUCER__STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    yield tmp_path / "feeds.yaml"
    get_settings.cache_clear()


def test_add_list_remove(env: Path) -> None:
    result = runner.invoke(
        feeds_app,
        [
            "add",
            "un",
            "https://news.un.org/rss.xml",
            "--interval",
            "600",
            "--tag",
            "un",
            "--tag",
            "world",
            "--full-text",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        runner.invoke(
            feeds_app, ["add", "bbc", "https://feeds.bbci.co.uk/news/world/rss.xml"]
        ).exit_code
        == 0
    )
    duplicate = runner.invoke(feeds_app, ["add", "bbc", "https://other.example/rss"])
    assert duplicate.exit_code == 2 and "already exists" in duplicate.output
    bad = runner.invoke(feeds_app, ["add", "x", "ftp://nope"])
    assert bad.exit_code == 2 and "http" in bad.output
    listing = runner.invoke(feeds_app, ["list"]).output
    assert "un\thttps://news.un.org/rss.xml\tevery 600s tags=un,world full-text" in listing
    assert runner.invoke(feeds_app, ["remove", "un"]).exit_code == 0
    assert [f.name for f in load_feeds(env)] == ["bbc"]
    assert runner.invoke(feeds_app, ["remove", "un"]).exit_code == 2


def test_export_then_import_round_trip(env: Path, tmp_path: Path) -> None:
    runner.invoke(feeds_app, ["add", "a", "https://a.example/rss", "--language", "uk"])
    runner.invoke(feeds_app, ["add", "b", "https://b.example/rss"])
    opml = tmp_path / "subs.opml"
    assert runner.invoke(feeds_app, ["export", str(opml)]).exit_code == 0
    other = tmp_path / "other.yaml"
    result = runner.invoke(feeds_app, ["import", str(opml), "--feeds", str(other)])
    assert result.exit_code == 0 and "imported 2 feeds" in result.output
    assert load_feeds(other) == load_feeds(env)
    again = runner.invoke(feeds_app, ["import", str(opml), "--feeds", str(other)])
    assert "imported 0 feeds" in again.output
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body>")
    assert runner.invoke(feeds_app, ["import", str(broken)]).exit_code == 2


def test_list_reports_a_broken_feed_file(env: Path) -> None:
    env.write_text("feeds: [{name: a}]")
    result = runner.invoke(feeds_app, ["list"])
    assert result.exit_code == 2 and "feed #1 is invalid" in result.output


def test_status_table_and_json(env: Path, server: HTTPServer, publisher: Any) -> None:
    import asyncio

    from producers.fetch import Fetcher
    from producers.poller import Poller
    from producers.state import State

    server.expect_request("/ok").respond_with_data(WORLD)
    server.expect_request("/bad").respond_with_data("boom", 500)
    runner.invoke(feeds_app, ["add", "good", server.url_for("/ok")])
    runner.invoke(feeds_app, ["add", "broken", server.url_for("/bad")])
    runner.invoke(feeds_app, ["add", "never", "https://never.example/rss"])
    settings = get_settings().producer
    feeds = load_feeds(env)[:2]

    async def poll() -> None:
        state, fetcher = State(settings.state_dir), Fetcher(settings)
        await Poller(settings, feeds, state, publisher, fetcher).run_once()
        await fetcher.aclose()
        state.close()

    asyncio.run(poll())
    rows = {r["name"]: r for r in json.loads(runner.invoke(feeds_app, ["status", "--json"]).output)}
    assert rows["good"]["items_seen"] == 4 and rows["good"]["last_status"] == "ok"
    assert rows["broken"]["last_error"] == "HTTP 500" and rows["broken"]["failures"] == 1
    assert rows["never"]["last_status"] is None
    table = runner.invoke(feeds_app, ["status"]).output.splitlines()
    assert table[0].startswith("feed") and len(table) == 4
    assert any(line.startswith("broken") and "HTTP 500" in line for line in table)


def test_cli_module_imports_no_heavy_dependencies() -> None:
    code = (
        "import sys, producers.cli; "
        "print([m for m in ('httpx', 'feedparser', 'kafka', 'trafilatura') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.integration
def test_produce_once_prints_a_summary(
    env: Path, server: HTTPServer, kafka_bootstrap: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSWATCH_KAFKA", kafka_bootstrap)
    get_settings.cache_clear()
    server.expect_request("/ok").respond_with_data(WORLD)
    server.expect_request("/html").respond_with_data(
        "<html><body>hi</body></html>", content_type="text/html"
    )
    runner.invoke(feeds_app, ["add", "good", server.url_for("/ok")])
    runner.invoke(feeds_app, ["add", "page", server.url_for("/html")])
    app = typer.Typer()
    app.command()(produce)
    topic = f"test-producer-cli-{uuid.uuid4().hex[:10]}"
    first = runner.invoke(app, ["--once", "--topic", topic])
    assert first.exit_code == 0, first.output
    assert "feeds: 1 ok, 0 not modified, 1 failed; items: 4 new, 0 updated" in first.output
    second = runner.invoke(app, ["--once", "--topic", topic])
    assert "items: 0 new, 0 updated" in second.output
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        auto_offset_reset="earliest",
        consumer_timeout_ms=5000,
    )
    keys = {m.key for m in consumer}
    consumer.close()
    assert len(keys) == 4


@pytest.mark.integration
def test_produce_forever_exits_cleanly_on_sigterm(
    env: Path, server: HTTPServer, kafka_bootstrap: str
) -> None:
    import os
    import signal
    import time

    server.expect_request("/ok").respond_with_data(WORLD)
    runner.invoke(feeds_app, ["add", "good", server.url_for("/ok")])
    topic = f"test-producer-sigterm-{uuid.uuid4().hex[:10]}"
    child = subprocess.Popen(
        [sys.executable, "-m", "newswatch", "produce", "--topic", topic],
        env={**os.environ, "NEWSWATCH_KAFKA": kafka_bootstrap},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not server.log and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.1)
    child.send_signal(signal.SIGTERM)
    output, _ = child.communicate(timeout=60)
    assert child.returncode == 0, output
    assert "producer stopped" in output
