"""The `newswatch` command line: one entry point that mounts each stage's commands.

Each stage owns its commands in its own ``cli`` module; those modules import their
heavy dependencies (faust, elasticsearch, kafka) inside the command functions so that
``newswatch --help`` and ``newswatch extract`` start fast.
"""

from __future__ import annotations

import typer

from indexer import cli as indexer_cli
from newswatch.logs import configure_logging
from newswatch.settings import get_settings
from newswatch.stack import cli as stack_cli
from processors import cli as processors_cli
from processors import worker as processors_worker
from producers import cli as producers_cli

app = typer.Typer(
    no_args_is_help=True,
    help="Streaming news monitoring: feeds to geolocated strike events, search and alerts.",
)


@app.callback()
def _main() -> None:
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)


app.add_typer(stack_cli.app, name="stack", help="Local Kafka and Elasticsearch without Docker.")
app.add_typer(producers_cli.feeds_app, name="feeds", help="The feed list and feed health.")
app.command("produce")(producers_cli.produce)
app.command("process")(processors_worker.process)
app.command("extract")(processors_cli.extract)
app.command("eval")(processors_cli.evaluate)
app.command("index")(indexer_cli.index)
app.add_typer(indexer_cli.alerts_app, name="alerts", help="Alert rules over strike events.")


@app.command("setup")
def setup() -> None:
    """Create the Kafka topics and the Elasticsearch templates, indices and aliases (idempotent)."""
    from newswatch.provision import run_setup

    run_setup(get_settings())


@app.command("run")
def run(
    feeds: str | None = typer.Option(None, "--feeds", help="feed list YAML (default: settings)"),
) -> None:
    """Run producer, processor and indexer together; Ctrl-C stops all three cleanly."""
    from newswatch.supervisor import run_pipeline

    raise typer.Exit(run_pipeline(get_settings(), feeds))
