"""Detached engine processes: start, recognise after the CLI has exited, stop, clean up.

Each engine runs as the leader of its own process group (a new session), so it survives
the command that started it and everything it forks (Elasticsearch's launcher starts the
server JVM as a child) can be signalled at once. The pid file records the leader's pid
and start time: a pid whose start time differs was reused by another program, and a pid
file whose group has no live member was left by a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

from newswatch.logs import get_logger

log = get_logger(__name__)

_START_TIME_TOLERANCE = 0.05  # seconds; psutil derives start times from clock ticks
_STOP_POLL_INTERVAL = 0.1


@dataclass(frozen=True)
class RunRecord:
    """What a pid file holds."""

    pid: int
    started: float  # the leader's process start time (epoch seconds)
    version: str
    address: str


@dataclass(frozen=True)
class RunAs:
    """The unprivileged account an engine runs under when we are root."""

    user: str
    uid: int
    gid: int


def write_record(path: Path, record: RunRecord) -> None:
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(json.dumps(asdict(record)), encoding="utf-8")
    partial.replace(path)


def read_record(path: Path) -> RunRecord | None:
    """The pid file's record; None when there is none or it is unreadable (treated as stale)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RunRecord(
            pid=int(data["pid"]), started=float(data["started"]),
            version=str(data["version"]), address=str(data["address"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return RunRecord(pid=0, started=0.0, version="", address="")


def group_members(record: RunRecord) -> list[psutil.Process]:
    """Live processes of the engine started as `record`; [] when it is gone."""
    if record.pid <= 0:
        return []
    with contextlib.suppress(psutil.NoSuchProcess):
        if abs(psutil.Process(record.pid).create_time() - record.started) > _START_TIME_TOLERANCE:
            return []  # the pid now belongs to another program
        _reap(record.pid)
    members = []
    for proc in psutil.process_iter(["status"]):
        with contextlib.suppress(psutil.Error, OSError):
            if os.getpgid(proc.pid) == record.pid and proc.info["status"] != psutil.STATUS_ZOMBIE:
                members.append(proc)
    return members


def is_running(record: RunRecord) -> bool:
    return bool(group_members(record))


def start_detached(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str],
    cwd: Path,
    log_path: Path,
    version: str,
    address: str,
    run_as: RunAs | None = None,
) -> RunRecord:
    """Start `cmd` in a new session with output appended to `log_path`; it outlives us."""
    user_args: dict[str, object] = {}
    if run_as is not None:
        user_args = {"user": run_as.uid, "group": run_as.gid, "extra_groups": []}
    with log_path.open("ab") as out:
        proc = subprocess.Popen(
            list(cmd), env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True, **user_args,
        )
    started = psutil.Process(proc.pid).create_time()
    proc.returncode = 0  # detached on purpose: keep Popen.__del__ from warning about it
    return RunRecord(pid=proc.pid, started=started, version=version, address=address)


def stop(record: RunRecord, timeout: float) -> None:
    """SIGTERM the whole group, wait up to `timeout`, then SIGKILL what is left."""
    if not group_members(record):
        return
    _signal_group(record.pid, signal.SIGTERM)
    if not _wait_gone(record, timeout):
        log.warning("engine ignored SIGTERM, killing it", pid=record.pid, timeout=timeout)
        _signal_group(record.pid, signal.SIGKILL)
        _wait_gone(record, timeout)


def _wait_gone(record: RunRecord, timeout: float) -> bool:
    """Poll (zombies count as gone: the process that started the engine may never reap it)."""
    deadline = time.monotonic() + timeout
    while group_members(record):
        if time.monotonic() > deadline:
            return False
        time.sleep(_STOP_POLL_INTERVAL)
    return True


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """True when something already listens on host:port (binding would fail)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _reap(pid: int) -> None:
    """Collect the exit status if `pid` is our own child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)
