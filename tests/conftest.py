"""Session fixtures: one real Kafka and one real Elasticsearch for the integration tests.

The stack is started lazily, the first time a test asks for one of these fixtures, so
`pytest -m "not integration"` starts nothing. It runs on free loopback ports in a fresh
temporary home (removed at the end), while the downloaded engines come from the
machine-wide artifact cache (`settings.stack.cache`): only the very first run downloads.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from newswatch.settings import Settings


def free_ports(count: int) -> list[int]:
    """Distinct loopback ports nobody listens on right now (held open together, then freed)."""
    with ExitStack() as held:
        socks = [held.enter_context(socket.socket()) for _ in range(count)]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


@pytest.fixture(scope="session")
def stack_settings() -> Iterator[Settings]:
    """Settings whose `kafka`/`es` point at a local stack started for this test session."""
    from newswatch import stack

    # mkdtemp makes a 0700 folder; Elasticsearch runs as another user when we are root.
    home = Path(tempfile.mkdtemp(prefix="newswatch-stack-"))
    home.chmod(0o755)
    kafka_port, controller_port, es_port, transport_port = free_ports(4)
    base = Settings()
    local = base.stack.model_copy(
        update={
            "home": home,
            "kafka_port": kafka_port,
            "kafka_controller_port": controller_port,
            "es_port": es_port,
            "es_transport_port": transport_port,
        }
    )
    settings = base.model_copy(
        update={
            "stack": local,
            "kafka": f"127.0.0.1:{kafka_port}",
            "es": f"http://127.0.0.1:{es_port}",
        }
    )
    # Stops the stack should this session die without its teardown (SIGKILL, closed terminal).
    watchdog = subprocess.Popen(
        [sys.executable, "-m", "newswatch.stack.watchdog", str(os.getpid()), "--remove-home"],
        env=environment_for(settings), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        stack.up(settings)
        yield settings
    finally:
        watchdog.kill()
        watchdog.wait()
        stack.down(settings)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def kafka_bootstrap(stack_settings: Settings) -> str:
    """"127.0.0.1:PORT" of the session's Kafka broker."""
    return stack_settings.kafka_bootstrap


@pytest.fixture(scope="session")
def es_client(stack_settings: Settings) -> Iterator[Any]:
    """An `elasticsearch.Elasticsearch` client on the session's Elasticsearch."""
    from elasticsearch import Elasticsearch

    client = Elasticsearch(stack_settings.es_url)
    yield client
    client.close()


@pytest.fixture(scope="session")
def stack_env(stack_settings: Settings) -> dict[str, str]:
    """The environment for running `newswatch` as a subprocess against the session stack."""
    return environment_for(stack_settings)


def environment_for(settings: Settings) -> dict[str, str]:
    """This process's environment with `settings`' addresses and stack settings.

    The caller's own NEWSWATCH_* variables are dropped so a subprocess sees exactly the
    session's settings (addresses, stack home, cache and ports).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env["NEWSWATCH_KAFKA"] = settings.kafka_bootstrap
    env["NEWSWATCH_ES"] = settings.es_url
    for name, value in settings.stack.model_dump(mode="json").items():
        if value is not None:
            text = value if isinstance(value, str) else json.dumps(value)
            env[f"NEWSWATCH_STACK__{name.upper()}"] = text
    return env
