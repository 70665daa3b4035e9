"""Stop a stack when the process that owns it dies without stopping it (e.g. pytest killed).

Run as ``python -m newswatch.stack.watchdog OWNER_PID [--remove-home]`` with the stack's
settings in the environment. The test session starts one beside its private stack so a
killed test run does not leave two JVMs and their memory behind.
"""

from __future__ import annotations

import argparse
import shutil
import time

import psutil

from newswatch.settings import Settings
from newswatch.stack.lifecycle import down

_POLL_INTERVAL = 1.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("owner_pid", type=int)
    parser.add_argument("--remove-home", action="store_true", help="delete the stack home too")
    args = parser.parse_args(argv)
    while _alive(args.owner_pid):
        time.sleep(_POLL_INTERVAL)
    settings = Settings()
    down(settings)
    if args.remove_home:
        shutil.rmtree(settings.stack.home, ignore_errors=True)


def _alive(pid: int) -> bool:
    """Alive and not a zombie (an owner killed under a parent that never reaps it)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


if __name__ == "__main__":
    main()
