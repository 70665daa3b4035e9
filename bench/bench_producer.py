"""Producer throughput: 2,000 feeds of realistic size from local servers to the real broker.

Round 1 polls every feed (all new), round 2 is a restart where 80% of the feeds answer
304 and 20% changed (two new items each), round 3 a restart where all answer 304. Every
round runs the `newswatch produce --once` code path (``run_producer``). Feeds are spread
over 25 loopback addresses, like many hosts, so the per-host connection limit applies as in
production. Prints polls per minute, items published per second, and CPU time of the
producer process and of its parser processes (``ProducerSettings.parse_workers``).

    .venv/bin/python bench/bench_producer.py --bootstrap 127.0.0.1:19092
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import re
import resource
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOSTS = [f"127.0.0.{n}" for n in range(2, 27)]
ITEMS = 20
WORDS = [
    "shelling",
    "strike",
    "missile",
    "city",
    "region",
    "officials",
    "said",
    "residents",
    "damage",
    "infrastructure",
    "civilians",
    "killed",
    "wounded",
    "emergency",
    "services",
    "reported",
    "overnight",
    "attack",
    "drones",
    "energy",
]


def feed_document(feed: int, version: int) -> bytes:
    """~40 KB RSS 2.0 with 20 items; version 2 adds two new items on top (the oldest drop)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    numbers = range(2, ITEMS + 2) if version > 1 else range(ITEMS)
    items = []
    for n in numbers:
        text = " ".join(WORDS[(feed + n + k) % len(WORDS)] for k in range(260))
        items.append(
            f"<item><title>Feed {feed} story {n}: {WORDS[n % len(WORDS)]} reported</title>"
            f"<link>https://bench{feed % 97}.example.org/news/{feed}/{n}?utm_source=rss</link>"
            f'<guid isPermaLink="false">bench-{feed}-{n}</guid>'
            f"<pubDate>{format_datetime(start + timedelta(minutes=17 * n))}</pubDate>"
            f"<description><![CDATA[<p>{text}</p>]]></description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Bench feed {feed}</title><link>https://bench.example.org/{feed}</link>"
        f"<description>Benchmark feed</description>{''.join(items)}</channel></rss>"
    ).encode()


def serve(round_flag: mp.sharedctypes.Synchronized[int], ready: mp.synchronize.Event) -> None:
    """Server process: feed i answers 304 to its current ETag; in round 2, every fifth changed."""
    cache: dict[tuple[int, int], bytes] = {}
    path_re = re.compile(r"^/feed/(\d+)\.xml$")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            match = path_re.match(self.path)
            if not match:
                self.send_error(404)
                return
            feed = int(match.group(1))
            version = 2 if round_flag.value >= 2 and feed % 5 == 0 else 1
            etag = f'"{feed}-{version}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if (feed, version) not in cache:
                cache[(feed, version)] = feed_document(feed, version)
            body = cache[(feed, version)]
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 256  # 100 concurrent connections must not reset
    for host in HOSTS:
        server = ThreadingHTTPServer((host, 8787), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.set()
    threading.Event().wait()


def run_round(settings, feeds, topic: str, label: str) -> None:
    from producers.poller import run_producer

    start, cpu, parsers = time.perf_counter(), time.process_time(), _reaped_children_cpu()
    summary = asyncio.run(run_producer(settings, feeds, once=True, topic=topic))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    parsers = _reaped_children_cpu() - parsers  # the pool's workers exit with the round
    items = summary.new + summary.updated
    print(
        f"{label}: {len(feeds)} polls in {elapsed:.1f}s = "
        f"{len(feeds) / elapsed * 60:,.0f} polls/min; "
        f"{items} items published = {items / elapsed:,.0f} items/s "
        f"(ok {summary.ok}, not modified {summary.not_modified}, failed {summary.failed}, "
        f"unpublished {summary.unpublished}; producer CPU {cpu:.1f}s + parsers {parsers:.1f}s)"
    )


def _reaped_children_cpu() -> float:
    """CPU seconds of child processes that have exited (the HTTP server runs until the end)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    from newswatch.logs import configure_logging
    from newswatch.settings import ProducerSettings, Settings, get_settings
    from producers.feedlist import FeedConfig

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", default=get_settings().kafka_bootstrap)
    parser.add_argument("--feeds", type=int, default=2000)
    args = parser.parse_args()
    configure_logging("WARNING")

    round_flag = mp.Value("i", 1)
    ready = mp.Event()
    server = mp.Process(target=serve, args=(round_flag, ready), daemon=True)
    server.start()
    ready.wait(30)
    feeds = [
        FeedConfig(name=f"bench-{i}", url=f"http://{HOSTS[i % len(HOSTS)]}:8787/feed/{i}.xml")
        for i in range(args.feeds)
    ]
    topic = f"bench-producer-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as state_dir:
        settings = Settings(
            kafka=args.bootstrap, producer=ProducerSettings(state_dir=Path(state_dir))
        )
        print(
            f"{args.feeds} feeds, ~{len(feed_document(0, 1)) // 1024} KB and {ITEMS} items each, "
            f"{len(HOSTS)} hosts, topic {topic}"
        )
        run_round(settings, feeds, topic, "round 1 (all new)")
        round_flag.value = 2
        run_round(settings, feeds, topic, "round 2 (restart, 80% 304)")
        run_round(settings, feeds, topic, "round 3 (restart, all 304)")
    server.terminate()
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=args.bootstrap)
    admin.delete_topics([topic])
    admin.close()


if __name__ == "__main__":
    main()
