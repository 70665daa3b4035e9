"""`newswatch feeds ...` and `newswatch produce`: thin Typer shells over the producer modules.

Heavy imports (httpx, feedparser, kafka) happen inside the commands so `newswatch --help`
stays fast.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from newswatch.settings import get_settings

feeds_app = typer.Typer(no_args_is_help=True, help="The feed list and feed health.")

_FEEDS_OPTION = typer.Option(None, "--feeds", help="feed list YAML (default: settings)")


def _feeds_path(path: Path | None) -> Path:
    return path or get_settings().producer.feeds_file


def _load(path: Path, missing_ok: bool = False) -> list:
    from producers.feedlist import FeedListError, load_feeds

    if missing_ok and not path.exists():
        return []
    try:
        return load_feeds(path)
    except FeedListError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@feeds_app.command("add")
def add(
    name: str,
    url: str,
    interval: float | None = typer.Option(None, help="seconds between polls"),
    language: str | None = typer.Option(None),
    tag: list[str] = typer.Option([], "--tag", help="repeatable"),  # noqa: B008
    full_text: bool = typer.Option(False, "--full-text/--no-full-text"),
    feeds: Path | None = _FEEDS_OPTION,
) -> None:
    """Add a feed to the list."""
    from pydantic import ValidationError

    from producers.feedlist import FeedConfig, save_feeds

    path = _feeds_path(feeds)
    current = _load(path, missing_ok=True)
    if any(f.name == name for f in current):
        typer.echo(f"error: a feed named {name!r} already exists", err=True)
        raise typer.Exit(2)
    try:
        feed = FeedConfig(
            name=name, url=url, interval=interval, language=language, tags=tag, full_text=full_text
        )
    except ValidationError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    save_feeds(path, [*current, feed])
    typer.echo(f"added {name} ({len(current) + 1} feeds in {path})")


@feeds_app.command("list")
def list_feeds(feeds: Path | None = _FEEDS_OPTION) -> None:
    """Print the feed list."""
    for feed in _load(_feeds_path(feeds)):
        extras = [f"every {feed.interval:g}s"] if feed.interval else []
        extras += [f"lang={feed.language}"] if feed.language else []
        extras += [f"tags={','.join(feed.tags)}"] if feed.tags else []
        extras += ["full-text"] if feed.full_text else []
        typer.echo(f"{feed.name}\t{feed.url}\t{' '.join(extras)}".rstrip())


@feeds_app.command("remove")
def remove(name: str, feeds: Path | None = _FEEDS_OPTION) -> None:
    """Remove a feed by name."""
    from producers.feedlist import save_feeds

    path = _feeds_path(feeds)
    current = _load(path)
    kept = [f for f in current if f.name != name]
    if len(kept) == len(current):
        typer.echo(f"error: no feed named {name!r}", err=True)
        raise typer.Exit(2)
    save_feeds(path, kept)
    typer.echo(f"removed {name}")


@feeds_app.command("import")
def import_opml(opml: Path, feeds: Path | None = _FEEDS_OPTION) -> None:
    """Add the feeds of an OPML file (feeds already listed, by name or URL, are kept as is)."""
    from producers.feedlist import FeedListError, from_opml, merge_feeds, save_feeds

    path = _feeds_path(feeds)
    current = _load(path, missing_ok=True)
    try:
        merged = merge_feeds(current, from_opml(opml.read_bytes()))
    except (OSError, FeedListError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    save_feeds(path, merged)
    typer.echo(f"imported {len(merged) - len(current)} feeds ({len(merged)} in {path})")


@feeds_app.command("export")
def export_opml(
    out: Annotated[Path | None, typer.Argument(help="OPML file to write (default: stdout)")] = None,
    feeds: Path | None = _FEEDS_OPTION,
) -> None:
    """Write the feed list as OPML."""
    from producers.feedlist import to_opml

    text = to_opml(_load(_feeds_path(feeds)))
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text, encoding="utf-8")


def _ago(ts: float | None, now: float) -> str:
    return "-" if ts is None else f"{now - ts:.0f}s ago"


@feeds_app.command("status")
def status(
    feeds: Path | None = _FEEDS_OPTION,
    as_json: bool = typer.Option(False, "--json", help="one JSON array instead of a table"),
) -> None:
    """Feed health: last success, last error, items seen, mean interval between items."""
    from dataclasses import asdict

    from producers.state import State

    settings = get_settings().producer
    listed = _load(_feeds_path(feeds))
    state = State(settings.state_dir)
    try:
        rows = [asdict(state.feed(f.name, f.url)) for f in listed]
    finally:
        state.close()
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    now = time.time()
    header = f"{'feed':28} {'status':13} {'ok':>10} {'fails':>5} {'items':>6} {'gap':>8}  error"
    typer.echo(header)
    for r in rows:
        gap = f"{r['mean_item_gap']:.0f}s" if r["mean_item_gap"] else "-"
        typer.echo(
            f"{r['name'][:28]:28} {r['last_status'] or 'never':13} "
            f"{_ago(r['last_success'], now):>10} {r['failures']:>5} {r['items_seen']:>6} "
            f"{gap:>8}  {r['last_error'] or ''}"
        )


def produce(
    once: bool = typer.Option(False, "--once", help="poll every feed once, print a summary, exit"),
    feeds: Path | None = _FEEDS_OPTION,
    topic: str | None = typer.Option(None, help="Kafka topic (default: newswatch.articles)"),
) -> None:
    """Poll the feeds and publish new and updated articles to Kafka."""
    import asyncio

    from newswatch.contracts import Topics
    from producers.poller import run_producer

    settings = get_settings()
    listed = _load(_feeds_path(feeds))
    summary = asyncio.run(run_producer(settings, listed, once=once, topic=topic or Topics.ARTICLES))
    if summary is not None:
        typer.echo(
            f"feeds: {summary.ok} ok, {summary.not_modified} not modified, "
            f"{summary.failed} failed; items: {summary.new} new, {summary.updated} updated, "
            f"{summary.unpublished} unpublished"
        )
        raise typer.Exit(1 if summary.unpublished else 0)
