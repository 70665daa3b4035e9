"""The real engines: the session stack from tests/conftest.py, driven through up/down/status.

Each test leaves the stack running (the autouse fixture brings it back up) because the
other integration tests of the session share it.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newswatch.settings import Settings
from newswatch.stack import EngineState, StackStatus, status, up

pytestmark = pytest.mark.integration

NEWSWATCH = str(Path(sys.executable).with_name("newswatch"))


@pytest.fixture(autouse=True)
def stack_left_running(stack_settings: Settings) -> Iterator[None]:
    yield
    up(stack_settings)


def newswatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [NEWSWATCH, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def wait_for(settings: Settings, wanted: EngineState, timeout: float = 30.0) -> StackStatus:
    deadline = time.monotonic() + timeout
    while True:
        current = status(settings)
        if all(e.state is wanted for e in current.engines) or time.monotonic() > deadline:
            return current
        time.sleep(0.2)


def test_second_up_is_a_no_op(stack_settings: Settings) -> None:
    before = status(stack_settings)
    assert before.healthy
    after = up(stack_settings)
    assert after.healthy
    assert [e.pid for e in after.engines] == [e.pid for e in before.engines]


def test_engines_answer_their_clients(stack_settings: Settings, es_client: Any) -> None:
    from kafka import KafkaAdminClient
    from kafka.admin import NewTopic

    topic = f"stack-test-{os.getpid()}"
    admin = KafkaAdminClient(bootstrap_servers=stack_settings.kafka_bootstrap)
    try:
        admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
        assert topic in admin.list_topics()
    finally:
        admin.delete_topics([topic])
        admin.close()
    assert es_client.cluster.health()["status"] in ("green", "yellow")
    # (`GET /` answers 405 on the integ-test distribution, so ask the node itself.)
    nodes = es_client.nodes.info(node_id="_local")["nodes"]
    assert [n["version"] for n in nodes.values()] == [stack_settings.stack.elasticsearch_version]


def test_status_command_reports_both_engines(
    stack_settings: Settings, stack_env: dict[str, str]
) -> None:
    done = newswatch(stack_env, "stack", "status", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["healthy"] is True
    engines = {e["name"]: e for e in report["engines"]}
    assert engines["kafka"]["address"] == stack_settings.kafka_bootstrap
    assert engines["elasticsearch"]["address"] == stack_settings.es_url
    assert engines["kafka"]["version"] == stack_settings.stack.kafka_version
    assert all(e["state"] == "running" and e["pid"] > 0 for e in engines.values())


def kill_engines(settings: Settings) -> list[int]:
    """kill -9 every engine process (what a crash or the OOM killer does); returns the pids."""
    pids = []
    for engine in status(settings).engines:
        assert engine.pid is not None
        os.killpg(engine.pid, signal.SIGKILL)
        pids.append(engine.pid)
    crashed = wait_for(settings, EngineState.STALE)
    assert [e.state for e in crashed.engines] == [EngineState.STALE] * 2
    return pids


def test_cli_down_clears_a_crash_and_cli_up_leaves_engines_running_after_it_exits(
    stack_settings: Settings, stack_env: dict[str, str]
) -> None:
    kill_engines(stack_settings)
    stopped = newswatch(stack_env, "stack", "down")
    assert stopped.returncode == 0, stopped.stderr
    assert [e.state for e in status(stack_settings).engines] == [EngineState.STOPPED] * 2
    home = stack_settings.stack.home
    assert not list(home.glob("*/*.pid"))
    assert not (home / "elasticsearch" / "data" / "node.lock").exists()
    assert not (home / "kafka" / "data" / ".lock").exists()

    started = newswatch(stack_env, "stack", "up")
    assert started.returncode == 0, started.stderr
    # The CLI process is gone; the engines it started must not be.
    assert status(stack_settings).healthy


def test_up_recovers_after_the_engines_are_killed(stack_settings: Settings) -> None:
    killed = kill_engines(stack_settings)
    after = up(stack_settings)
    assert after.healthy
    assert {e.pid for e in after.engines}.isdisjoint(killed)
