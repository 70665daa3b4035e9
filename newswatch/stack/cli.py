"""`newswatch stack up | down | status`: the local engines for users without Docker."""

from __future__ import annotations

import json

import typer

from newswatch.settings import get_settings
from newswatch.stack.model import StackError, StackStatus

app = typer.Typer(no_args_is_help=True)

JsonOption = typer.Option(False, "--json", help="print the status as JSON")


@app.command()
def up(as_json: bool = JsonOption) -> None:
    """Fetch (first time only), start and health-wait Kafka and Elasticsearch; no-op if up."""
    from newswatch.stack import lifecycle

    try:
        _print(lifecycle.up(get_settings()), as_json)
    except StackError as exc:
        typer.echo(f"newswatch stack up failed: {exc}", err=True)
        raise typer.Exit(1) from exc


@app.command()
def down() -> None:
    """Stop both engines cleanly (data is kept); also clears what a crash left behind."""
    from newswatch.stack import lifecycle

    lifecycle.down(get_settings())
    typer.echo("stack stopped")


@app.command()
def status(as_json: bool = JsonOption) -> None:
    """Each engine's state, pid, address and version."""
    from newswatch.stack import lifecycle

    _print(lifecycle.status(get_settings()), as_json)


def _print(stack_status: StackStatus, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(stack_status.to_dict(), indent=2))
        return
    rows = [("ENGINE", "STATE", "PID", "ADDRESS", "VERSION")]
    rows += [
        (e.name, str(e.state), str(e.pid or "-"), e.address, e.version)
        for e in stack_status.engines
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        typer.echo("  ".join(cells).rstrip())
