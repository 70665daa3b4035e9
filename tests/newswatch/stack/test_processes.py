"""Pid files and process groups, on harmless real processes (sleep), no engines."""

import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from newswatch.stack.processes import (
    RunRecord,
    is_running,
    port_in_use,
    read_record,
    start_detached,
    stop,
    write_record,
)


@pytest.fixture
def started() -> Iterator[list[RunRecord]]:
    """Records of processes a test starts; whatever is left is killed afterwards."""
    records: list[RunRecord] = []
    yield records
    for record in records:
        stop(record, timeout=5)


def launch(tmp_path: Path, script: str) -> RunRecord:
    return start_detached(
        ["sh", "-c", script], env=dict(os.environ), cwd=tmp_path,
        log_path=tmp_path / "console.log", version="1.0", address="127.0.0.1:1",
    )


def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def gone_or_zombie(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_record_round_trips_through_the_pid_file(tmp_path: Path) -> None:
    record = RunRecord(pid=1234, started=1700000000.25, version="4.1.1", address="127.0.0.1:9092")
    write_record(tmp_path / "kafka.pid", record)
    assert read_record(tmp_path / "kafka.pid") == record
    assert read_record(tmp_path / "missing.pid") is None


def test_a_garbled_pid_file_reads_as_a_dead_process(tmp_path: Path) -> None:
    (tmp_path / "x.pid").write_text("12345\n")  # not our format, e.g. written by hand
    record = read_record(tmp_path / "x.pid")
    assert record is not None
    assert not is_running(record)


def test_started_process_is_running_in_its_own_session_with_output_logged(
    tmp_path: Path, started: list[RunRecord]
) -> None:
    record = launch(tmp_path, "echo hello-from-child; exec sleep 60")
    started.append(record)
    assert is_running(record)
    assert os.getsid(record.pid) == record.pid != os.getsid(0)
    assert wait_until(lambda: "hello-from-child" in (tmp_path / "console.log").read_text())


def test_a_pid_reused_by_another_program_is_not_ours(tmp_path: Path) -> None:
    # Our own pid is certainly alive, but it was not started at the recorded time.
    me = psutil.Process()
    record = RunRecord(pid=me.pid, started=me.create_time() - 3600, version="1", address="a")
    assert not is_running(record)


def test_a_killed_engine_leaves_a_stale_record(tmp_path: Path, started: list[RunRecord]) -> None:
    record = launch(tmp_path, "exec sleep 60")
    started.append(record)
    os.kill(record.pid, signal.SIGKILL)
    assert wait_until(lambda: not is_running(record))


def test_children_outliving_the_leader_still_count_and_are_stopped(
    tmp_path: Path, started: list[RunRecord]
) -> None:
    record = launch(tmp_path, "sleep 60 & echo $! > child.pid; wait")
    started.append(record)
    child_file = tmp_path / "child.pid"
    assert wait_until(lambda: child_file.is_file() and child_file.read_text().strip())
    child = int(child_file.read_text())
    os.kill(record.pid, signal.SIGKILL)  # the leader dies, its child lives on (orphaned)
    assert wait_until(lambda: not gone_or_zombie(child) and gone_or_zombie(record.pid))
    assert is_running(record)
    stop(record, timeout=5)
    assert gone_or_zombie(child)
    assert not is_running(record)


def test_stop_escalates_to_sigkill_when_sigterm_is_ignored(
    tmp_path: Path, started: list[RunRecord]
) -> None:
    (tmp_path / "stubborn.py").write_text(
        "import signal, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "open('ready', 'w').close()\n"
        "time.sleep(60)\n"
    )
    record = launch(tmp_path, f"exec {sys.executable} stubborn.py")
    started.append(record)
    assert wait_until(lambda: (tmp_path / "ready").exists())
    stop(record, timeout=0.5)
    assert not is_running(record)


def test_port_in_use_sees_a_listener() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert port_in_use(port)
    assert not port_in_use(port)
