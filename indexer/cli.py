"""`newswatch index` and `newswatch alerts ...`; heavy imports stay inside the commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from newswatch.settings import get_settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

alerts_app = typer.Typer(no_args_is_help=True, help="Alert rules over strike events.")


def index() -> None:
    """Index articles, events and incidents from Kafka into Elasticsearch, and send alerts."""
    import signal
    import threading

    from indexer.consumer import run_indexer

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    run_indexer(get_settings(), stop)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


def _client() -> Elasticsearch:
    from indexer.client import make_client

    return make_client(get_settings())


def _not_set_up() -> typer.Exit:
    return _fail("the newswatch indices do not exist; run `newswatch setup` first")


@alerts_app.command("add")
def add(
    name: str = typer.Argument(..., help="rule name (unique)"),
    query: str = typer.Argument(..., help='Lucene query over events: "location.name:Kharkiv"'),
    webhook: str = typer.Option(..., "--webhook", help="URL that receives each alert as JSON"),
) -> None:
    """Add a rule: every new event matching QUERY is POSTed once to the webhook."""
    from elasticsearch import NotFoundError

    from indexer.alerts import RuleError, add_rule

    try:
        add_rule(_client(), name, query, webhook)
    except RuleError as exc:
        raise _fail(str(exc)) from exc
    except NotFoundError as exc:
        raise _not_set_up() from exc
    typer.echo(f"rule {name!r} added")


@alerts_app.command("list")
def list_rules() -> None:
    """List the rules: name, query and webhook, one per line."""
    from elasticsearch import NotFoundError

    from indexer.alerts import load_rules

    try:
        rules = load_rules(_client())
    except NotFoundError as exc:
        raise _not_set_up() from exc
    for rule in rules:
        typer.echo(f"{rule.name}\t{rule.query}\t{rule.webhook}")


@alerts_app.command("remove")
def remove(name: str = typer.Argument(..., help="rule name")) -> None:
    """Remove a rule; alerts it already raised are kept."""
    from indexer.alerts import RuleError, remove_rule

    try:
        remove_rule(_client(), name)
    except RuleError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"rule {name!r} removed")
