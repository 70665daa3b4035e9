"""up / down / status orchestration, driven with stand-in engines made of shell processes.

The real engines are exercised by test_stack_integration.py; here the point is the
orchestration: idempotence, health waiting, failure reports, crash recovery.
"""

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswatch.settings import Settings, StackSettings
from newswatch.stack import EngineState, StackError, down, lifecycle, status, up
from newswatch.stack.engine import Launch
from newswatch.stack.processes import is_running, read_record


class ShellEngine:
    """Runs `script`; healthy once the script has created the file `ready`."""

    version = "0.1"
    ports: tuple[int, ...] = ()

    def __init__(self, home: Path, name: str, script: str) -> None:
        self.name, self.script, self.home = name, script, home / name
        self.home.mkdir(parents=True, exist_ok=True)
        self.address = f"shell://{name}"
        self.pid_file = self.home / f"{name}.pid"
        self.console_log = self.home / "console.log"
        self.log_files = (self.console_log,)
        self.lock_files = (self.home / ".lock",)

    def prepare(self) -> Launch:
        (self.home / "ready").unlink(missing_ok=True)
        (self.home / ".lock").touch()
        return Launch(cmd=["sh", "-c", self.script], env=dict(os.environ), cwd=self.home)

    def healthy(self) -> bool:
        return (self.home / "ready").exists()


def settings_for(tmp_path: Path, start_timeout: float = 30.0) -> Settings:
    stack = StackSettings(home=tmp_path, start_timeout=start_timeout, stop_timeout=5.0)
    return Settings(kafka=None, es=None, stack=stack)


@pytest.fixture
def use_engines(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[ShellEngine]]:
    engines: list[ShellEngine] = []
    monkeypatch.setattr(lifecycle, "engines", lambda settings: engines)
    yield engines
    down(settings_for(tmp_path))


GOOD = "sleep 0.3; touch ready; echo engine up; exec sleep 60"


def test_up_waits_for_health_and_a_second_up_changes_nothing(
    tmp_path: Path, use_engines: list[ShellEngine]
) -> None:
    use_engines += [ShellEngine(tmp_path, "a", GOOD), ShellEngine(tmp_path, "b", GOOD)]
    settings = settings_for(tmp_path)
    first = up(settings)
    assert first.healthy
    assert all((e.home / "ready").exists() for e in use_engines)
    second = up(settings)
    assert [e.pid for e in second.engines] == [e.pid for e in first.engines]
    assert status(settings).healthy


def test_down_stops_everything_and_forgets_it(
    tmp_path: Path, use_engines: list[ShellEngine]
) -> None:
    use_engines += [ShellEngine(tmp_path, "a", GOOD), ShellEngine(tmp_path, "b", GOOD)]
    settings = settings_for(tmp_path)
    up(settings)
    records = [read_record(e.pid_file) for e in use_engines]
    down(settings)
    assert all(r is not None and not is_running(r) for r in records)
    assert [e.state for e in status(settings).engines] == [EngineState.STOPPED] * 2
    assert not any(e.pid_file.exists() or (e.home / ".lock").exists() for e in use_engines)


def test_an_engine_that_dies_at_start_is_reported_with_its_log(
    tmp_path: Path, use_engines: list[ShellEngine]
) -> None:
    doomed = ShellEngine(tmp_path, "doomed", "echo 'fatal: bad config line 3' >&2; exit 3")
    doomed.console_log.write_text("an old failure from an earlier run\n")
    use_engines.append(doomed)
    expected = r"(?s)doomed exited during start-up.*bad config line 3"
    with pytest.raises(StackError, match=expected) as err:
        up(settings_for(tmp_path))
    assert "earlier run" not in str(err.value)  # only this start's lines
    assert not doomed.pid_file.exists()


def test_an_engine_never_healthy_times_out_and_is_stopped(
    tmp_path: Path, use_engines: list[ShellEngine]
) -> None:
    use_engines += [ShellEngine(tmp_path, "stuck", "echo still booting; exec sleep 60")]
    started = time.monotonic()
    with pytest.raises(StackError, match=r"(?s)stuck not healthy after 1s.*still booting"):
        up(settings_for(tmp_path, start_timeout=1.0))
    assert time.monotonic() - started < 30  # gave up on its deadline, not pytest's
    assert status(settings_for(tmp_path)).engines[0].state is EngineState.STOPPED


def test_up_after_a_crash_replaces_stale_pid_and_lock_files(
    tmp_path: Path, use_engines: list[ShellEngine]
) -> None:
    use_engines += [ShellEngine(tmp_path, "a", GOOD)]
    settings = settings_for(tmp_path)
    before = up(settings).engines[0].pid
    assert before is not None
    os.killpg(before, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while status(settings).engines[0].state is not EngineState.STALE:
        assert time.monotonic() < deadline, "killed engine never showed as stale"
        time.sleep(0.05)
    after = up(settings)
    assert after.healthy
    assert after.engines[0].pid != before
