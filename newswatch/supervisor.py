"""`newswatch run`: producer, processor and indexer as three supervised child processes.

Each stage is its own process (`newswatch produce|process|index`) because Faust owns its
event loop and signal handling; separate processes also keep one stage's crash from
taking the others down. Children run in their own session so a terminal's Ctrl-C reaches
only the supervisor, which then stops the stages in pipeline order (producer first, so no
new work arrives; indexer last, so it drains and commits what the others sent).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from newswatch.logs import get_logger
from newswatch.settings import Settings

log = get_logger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass
class Stage:
    """One supervised child: its command and its restart history."""

    name: str
    argv: list[str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    next_start: float = 0.0
    started_at: float = field(default=0.0)


def restart_delay(restarts: int, cap: float = 60.0) -> float:
    """Seconds to wait before restarting a stage that has crashed `restarts` times in a row."""
    return float(min(cap, 2 ** min(restarts, 16)))


def stage_commands(feeds: str | None) -> list[Stage]:
    """The three stages in pipeline order."""
    cli = [sys.executable, "-m", "newswatch"]
    produce = [*cli, "produce"] + (["--feeds", feeds] if feeds else [])
    return [
        Stage("producer", produce),
        Stage("processor", [*cli, "process"]),
        Stage("indexer", [*cli, "index"]),
    ]


def child_environment(settings: Settings) -> dict[str, str]:
    """The environment of every stage: ours, with the engine addresses made explicit."""
    env = dict(os.environ)
    env["NEWSWATCH_KAFKA"] = settings.kafka_bootstrap
    env["NEWSWATCH_ES"] = settings.es_url
    return env


def run_pipeline(settings: Settings, feeds: str | None, stable_after: float = 60.0) -> int:
    """Start the engines if needed, set up topics and indices, then supervise the stages.

    Returns the exit code: 0 after a requested shutdown.
    """
    if feeds is not None and not Path(feeds).is_file():
        log.error("feed list not found", path=feeds)
        return 2
    if settings.uses_local_stack:
        from newswatch.stack import StackError, up

        log.info("no Kafka or Elasticsearch configured: using the local stack")
        try:
            up(settings)
        except StackError as exc:
            log.error("the local stack did not start", reason=str(exc))
            return 1
    from newswatch.provision import run_setup

    run_setup(settings)

    stop_requested = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stop_requested
        log.info("stop requested", signal=signal.Signals(signum).name)
        stop_requested = True

    previous = {sig: signal.signal(sig, request_stop) for sig in STOP_SIGNALS}
    stages = stage_commands(feeds)
    env = child_environment(settings)
    try:
        while not stop_requested:
            now = time.monotonic()
            for stage in stages:
                _tend(stage, env, now, stable_after)
            time.sleep(0.2)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for stage in stages:
            _stop(stage)
    log.info("pipeline stopped")
    return 0


def _tend(stage: Stage, env: dict[str, str], now: float, stable_after: float) -> None:
    """Start a stage that is not running, or note the crash of one that died."""
    proc = stage.process
    if proc is not None and proc.poll() is None:
        if now - stage.started_at > stable_after:
            stage.restarts = 0
        return
    if proc is not None:
        delay = restart_delay(stage.restarts)
        log.error("stage exited", stage=stage.name, code=proc.returncode, restart_in=delay)
        stage.process = None
        stage.restarts += 1
        stage.next_start = now + delay
    if now >= stage.next_start:
        log.info("starting stage", stage=stage.name)
        stage.process = subprocess.Popen(stage.argv, env=env, start_new_session=True)
        stage.started_at = now


def _stop(stage: Stage, grace: float = 30.0) -> None:
    """SIGTERM, wait for a clean exit, SIGKILL as a last resort."""
    proc = stage.process
    if proc is None or proc.poll() is not None:
        return
    log.info("stopping stage", stage=stage.name)
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=grace)
        log.info("stage stopped", stage=stage.name, code=code)
    except subprocess.TimeoutExpired:
        log.warning("stage did not stop in time: killing", stage=stage.name, grace=grace)
        proc.kill()
        proc.wait()
