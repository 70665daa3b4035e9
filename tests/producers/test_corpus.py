"""feedparser's own test corpus (~2,200 odd documents) through the whole producer path.

The sdist is fetched with pip (a registry package) into the user cache on first use.
Every document is served from a local server and polled in one round, publishing to the
real broker: no crash, no stall, every feed accounted for, and the counts are printed.
"""

import asyncio
import functools
import subprocess
import sys
import tarfile
import threading
import uuid
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest

from newswatch.settings import ProducerSettings, Settings
from producers.feedlist import FeedConfig
from producers.poller import run_producer

pytestmark = pytest.mark.integration

CACHE = Path.home() / ".cache" / "newswatch" / "feedparser-sdist"


def corpus_dir() -> Path:
    version = feedparser.__version__
    root = CACHE / f"feedparser-{version}"
    if not (root / "tests").is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-binary",
                ":all:",
                "--no-deps",
                f"feedparser=={version}",
                "-d",
                str(CACHE),
            ],
            check=True,
            timeout=300,
        )
        with tarfile.open(CACHE / f"feedparser-{version}.tar.gz") as tar:
            members = [m for m in tar.getmembers() if m.name.startswith(f"{root.name}/tests/")]
            tar.extractall(CACHE, members=members, filter="data")
    return root / "tests"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def corpus_server() -> Iterator[tuple[str, list[Path]]]:
    root = corpus_dir()
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".xml", ".rdf"})
    handler = functools.partial(_Quiet, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", [p.relative_to(root) for p in files]
    server.shutdown()
    server.server_close()


def test_feedparser_corpus_through_fetch_parse_publish(
    corpus_server: tuple[str, list[Path]],
    producer_settings: ProducerSettings,
    kafka_bootstrap: str,
    logs: list[dict],
) -> None:
    base, files = corpus_server
    assert len(files) > 1500
    feeds = [FeedConfig(name=str(p), url=f"{base}/{p.as_posix()}") for p in files]
    settings = Settings(kafka=kafka_bootstrap, producer=producer_settings)
    topic = f"test-producer-corpus-{uuid.uuid4().hex[:10]}"

    summary = asyncio.run(
        asyncio.wait_for(run_producer(settings, feeds, once=True, topic=topic), timeout=240)
    )

    assert summary is not None
    assert summary.ok + summary.failed + summary.not_modified == len(files)
    assert not [e for e in logs if e["event"] == "feed poll crashed"]
    assert summary.unpublished == 0
    failed = [e for e in logs if e["event"] == "feed failed"]
    assert len(failed) == summary.failed and all(e["reason"] for e in failed)
    # most documents test feed-level elements and have no item with a link or guid
    assert summary.ok > len(files) * 0.85 and summary.new >= 40
    print(
        f"\nfeedparser corpus: {len(files)} documents, {summary.ok} parsed, "
        f"{summary.failed} refused, {summary.new} articles published"
    )
