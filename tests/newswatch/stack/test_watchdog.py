"""The watchdog stops a stack whose owner died, using only pid files (no engines needed)."""

import os
import subprocess
import sys
import time
from pathlib import Path

from newswatch.stack.processes import is_running, start_detached, stop, write_record


def test_owner_death_stops_the_stack_and_removes_its_home(tmp_path: Path) -> None:
    home = tmp_path / "stack"
    (home / "kafka").mkdir(parents=True)
    # Stand-in for a broker: any process recorded in the Kafka pid file.
    engine = start_detached(
        ["sleep", "60"], env=dict(os.environ), cwd=tmp_path, log_path=tmp_path / "engine.log",
        version="4.1.1", address="127.0.0.1:1",
    )
    write_record(home / "kafka" / "kafka.pid", engine)
    owner = subprocess.Popen(["sleep", "60"])
    env = {**os.environ, "NEWSWATCH_STACK__HOME": str(home)}
    watchdog = subprocess.Popen(
        [sys.executable, "-m", "newswatch.stack.watchdog", str(owner.pid), "--remove-home"],
        env=env,
    )
    try:
        time.sleep(0.5)  # let it start watching; it must not act while the owner lives
        assert is_running(engine) and home.exists()
        owner.kill()
        owner.wait()
        assert watchdog.wait(timeout=60) == 0
        assert not is_running(engine)
        assert not home.exists()
    finally:
        watchdog.kill()
        owner.kill()
        stop(engine, timeout=5)
