"""What `newswatch stack` reports: one status line per engine, and the error it raises."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class StackError(RuntimeError):
    """The local stack could not be prepared, started or stopped; the message says why."""


class EngineState(StrEnum):
    RUNNING = "running"  # process alive and answering its health check
    UNHEALTHY = "unhealthy"  # process alive but not answering (starting, or stuck)
    STOPPED = "stopped"  # no pid file
    STALE = "stale"  # pid file left by a process that is gone (crash, reboot)


@dataclass(frozen=True)
class EngineStatus:
    name: str
    state: EngineState
    pid: int | None
    address: str
    version: str


@dataclass(frozen=True)
class StackStatus:
    engines: list[EngineStatus]

    @property
    def healthy(self) -> bool:
        """True when every engine is running and answering."""
        return all(e.state is EngineState.RUNNING for e in self.engines)

    def engine(self, name: str) -> EngineStatus:
        return next(e for e in self.engines if e.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {"healthy": self.healthy, "engines": [asdict(e) for e in self.engines]}
