"""`python -m newswatch` runs the CLI (the supervisor starts stages this way)."""

from newswatch.cli import app

app(prog_name="newswatch")
