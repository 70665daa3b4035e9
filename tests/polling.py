"""Waiting on real engines and child processes: poll until a deadline, never a bare sleep."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest


def wait_for(
    what: str, check: Callable[[], Any], deadline: float = 60.0, interval: float = 0.2
) -> Any:
    """Poll `check` until it returns something truthy, or fail saying what never happened."""
    end = time.monotonic() + deadline
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            pytest.fail(f"within {deadline:.0f}s: {what}")
        time.sleep(interval)
