"""What the producer remembers across restarts, in SQLite: which article versions the
broker has acknowledged, and per feed its validators, schedule and health.

All SQLite I/O lives here. Writes are only made for acknowledged items, so a crash
between publish and ack re-publishes on restart instead of losing the item.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    feed TEXT NOT NULL,
    published_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    name TEXT PRIMARY KEY,
    config_url TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    next_poll REAL NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    last_success REAL,
    last_error TEXT,
    last_error_at REAL,
    items_seen INTEGER NOT NULL DEFAULT 0,
    mean_item_gap REAL,
    last_status TEXT,
    body_hash TEXT
);
"""


@dataclass
class FeedState:
    """One feed's memory. ``url`` differs from ``config_url`` after a permanent redirect."""

    name: str
    config_url: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    next_poll: float = 0.0
    failures: int = 0
    last_success: float | None = None
    last_error: str | None = None
    last_error_at: float | None = None
    items_seen: int = 0
    mean_item_gap: float | None = None
    last_status: str | None = None
    body_hash: str | None = None  # of the last fully published body: same bytes, no parse


_FEED_COLUMNS = [f.name for f in fields(FeedState)]


class State:
    """The producer's SQLite database (one file in settings.producer.state_dir)."""

    def __init__(self, state_dir: Path) -> None:
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / "producer.sqlite3"
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def known_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """article id -> content_hash of the last acknowledged version, for those we know."""
        ids = list(ids)
        found: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, content_hash FROM articles WHERE id IN ({marks})", chunk
            )
            found.update(rows.fetchall())
        return found

    def mark_published(self, items: Iterable[tuple[str, str, str, float]]) -> None:
        """Record acknowledged (id, content_hash, feed, published_at) versions."""
        with self._db:
            self._db.executemany(
                "INSERT INTO articles (id, content_hash, feed, published_at) VALUES (?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET content_hash=excluded.content_hash",
                items,
            )

    def feed(self, name: str, config_url: str) -> FeedState:
        """The feed's state; fresh when unknown or when its configured URL was edited."""
        row = self._db.execute(
            f"SELECT {','.join(_FEED_COLUMNS)} FROM feeds WHERE name = ?", (name,)
        ).fetchone()
        if row is None or row[1] != config_url:
            return FeedState(name=name, config_url=config_url, url=config_url)
        return FeedState(*row)

    def feeds(self) -> list[FeedState]:
        rows = self._db.execute(f"SELECT {','.join(_FEED_COLUMNS)} FROM feeds ORDER BY name")
        return [FeedState(*row) for row in rows]

    def save_feed(self, state: FeedState) -> None:
        values = asdict(state)
        marks = ",".join("?" * len(_FEED_COLUMNS))
        with self._db:
            self._db.execute(
                f"INSERT OR REPLACE INTO feeds ({','.join(_FEED_COLUMNS)}) VALUES ({marks})",
                [values[c] for c in _FEED_COLUMNS],
            )

    def forget_feed(self, name: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM feeds WHERE name = ?", (name,))
