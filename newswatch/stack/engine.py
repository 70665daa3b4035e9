"""What the lifecycle needs to know about an engine, whichever engine it is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newswatch.stack.processes import RunAs


@dataclass(frozen=True)
class Launch:
    """A ready-to-run command: artifacts fetched, configuration written."""

    cmd: list[str]
    env: Mapping[str, str]
    cwd: Path
    run_as: RunAs | None = None


class Engine(Protocol):
    name: str
    version: str
    address: str
    ports: tuple[int, ...]
    pid_file: Path
    console_log: Path
    log_files: tuple[Path, ...]  # shown (tails) when start-up fails
    lock_files: tuple[Path, ...]  # left behind by a crash; removed once the engine is gone

    def prepare(self) -> Launch:
        """Fetch the engine if needed and write its configuration."""
        ...

    def healthy(self) -> bool:
        """True when the engine answers requests (quick: used in a polling loop)."""
        ...
