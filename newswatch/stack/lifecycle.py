"""`up`, `down` and `status` of the local stack: the orchestration over both engines."""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newswatch.logs import get_logger
from newswatch.settings import Settings
from newswatch.stack.elasticsearch import ElasticsearchEngine
from newswatch.stack.engine import Engine
from newswatch.stack.kafka import KafkaEngine
from newswatch.stack.model import EngineState, EngineStatus, StackError, StackStatus
from newswatch.stack.processes import (
    RunRecord,
    is_running,
    port_in_use,
    read_record,
    start_detached,
    stop,
    write_record,
)

log = get_logger(__name__)

_POLL_INTERVAL = 0.5
_PORT_RELEASE_GRACE = 10.0
_LOG_TAIL_LINES = 30


def engines(settings: Settings) -> list[Engine]:
    return [KafkaEngine(settings.stack), ElasticsearchEngine(settings.stack)]


def status(settings: Settings) -> StackStatus:
    """Each engine's state as seen from its pid file, its processes and its health check."""
    return StackStatus([_inspect(engine) for engine in engines(settings)])


def up(settings: Settings) -> StackStatus:
    """Start whatever is not running and wait until both engines answer (idempotent).

    Raises StackError, with the tail of the engine's log, when an engine exits or stays
    unhealthy past `settings.stack.start_timeout`; engines this call started are then stopped.
    """
    deadline = time.monotonic() + settings.stack.start_timeout
    runs: dict[str, _Run] = {}
    started: list[Engine] = []
    all_engines = engines(settings)
    try:
        for engine in all_engines:
            record = read_record(engine.pid_file)
            if record is not None and is_running(record):
                log.info("already running", engine=engine.name, pid=record.pid)
                runs[engine.name] = _Run(record, log_marks={})
                continue
            if record is not None:
                log.warning("removing stale pid file", engine=engine.name, pid=record.pid)
                _forget(engine)
            runs[engine.name] = _start(engine)
            started.append(engine)
        _wait_healthy(all_engines, runs, deadline, settings.stack.start_timeout)
    except BaseException:
        for engine in started:
            stop(runs[engine.name].record, settings.stack.stop_timeout)
            _forget(engine)
        raise
    return status(settings)


def down(settings: Settings) -> None:
    """Stop both engines (SIGTERM, then SIGKILL after `stop_timeout`); fine after a crash."""
    for engine in reversed(engines(settings)):
        record = read_record(engine.pid_file)
        if record is None:
            continue
        if is_running(record):
            log.info("stopping", engine=engine.name, pid=record.pid)
            stop(record, settings.stack.stop_timeout)
        _forget(engine)


@dataclass(frozen=True)
class _Run:
    record: RunRecord
    log_marks: dict[Path, int]  # log sizes at launch: failure reports show only this run's lines


def _start(engine: Engine) -> _Run:
    busy = _busy_ports(engine.ports)
    if busy:
        raise StackError(
            f"cannot start {engine.name}: port(s) {busy} on 127.0.0.1 are taken by another "
            "program; stop it or choose other ports (NEWSWATCH_STACK__*_PORT)"
        )
    launch = engine.prepare()
    marks = {path: path.stat().st_size for path in engine.log_files if path.exists()}
    record = start_detached(
        launch.cmd, env=launch.env, cwd=launch.cwd, log_path=engine.console_log,
        version=engine.version, address=engine.address, run_as=launch.run_as,
    )
    write_record(engine.pid_file, record)
    log.info("started", engine=engine.name, pid=record.pid, address=engine.address)
    return _Run(record, marks)


def _busy_ports(ports: Sequence[int]) -> list[int]:
    """Ports still taken after a short grace: a JVM killed a moment ago may still be exiting
    (its main thread is already a zombie while other threads hold the sockets)."""
    deadline = time.monotonic() + _PORT_RELEASE_GRACE
    while True:
        busy = [port for port in ports if port_in_use(port)]
        if not busy or time.monotonic() > deadline:
            return busy
        time.sleep(_POLL_INTERVAL)


def _wait_healthy(
    all_engines: Sequence[Engine], runs: dict[str, _Run], deadline: float, timeout: float
) -> None:
    pending = list(all_engines)
    while pending:
        for engine in list(pending):
            run = runs[engine.name]
            if not is_running(run.record):
                tails = _log_tails(engine, run.log_marks)
                raise StackError(f"{engine.name} exited during start-up{tails}")
            if engine.healthy():
                pending.remove(engine)
        if pending and time.monotonic() > deadline:
            names = ", ".join(e.name for e in pending)
            tails = "".join(_log_tails(e, runs[e.name].log_marks) for e in pending)
            raise StackError(f"{names} not healthy after {timeout:.0f}s{tails}")
        if pending:
            time.sleep(_POLL_INTERVAL)


def _inspect(engine: Engine) -> EngineStatus:
    record = read_record(engine.pid_file)
    if record is None:
        state, pid = EngineState.STOPPED, None
    elif not is_running(record):
        state, pid = EngineState.STALE, record.pid
    else:
        state = EngineState.RUNNING if engine.healthy() else EngineState.UNHEALTHY
        pid = record.pid
    return EngineStatus(
        name=engine.name, state=state, pid=pid, address=engine.address,
        version=(record.version if record else "") or engine.version,
    )


def _forget(engine: Engine) -> None:
    """Remove the pid file and the lock files of an engine known to be gone."""
    for path in (engine.pid_file, *engine.lock_files):
        path.unlink(missing_ok=True)


def _log_tails(engine: Engine, marks: dict[Path, int]) -> str:
    parts = []
    for path in engine.log_files:
        lines = _tail(path, marks.get(path, 0))
        if lines:
            parts.append(f"\n--- last lines of {path} ---\n" + "\n".join(lines))
    return "".join(parts) or f"\n(no log output in {engine.console_log.parent})"


def _tail(path: Path, since: int) -> list[str]:
    try:
        with path.open("rb") as log_file:
            size = log_file.seek(0, os.SEEK_END)
            log_file.seek(since if size >= since else 0)  # smaller: rolled over, read it all
            lines = deque(log_file, maxlen=_LOG_TAIL_LINES)
    except OSError:
        return []
    return [line.decode("utf-8", errors="replace").rstrip("\n") for line in lines]
