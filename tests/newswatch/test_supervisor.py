from __future__ import annotations

import sys

from newswatch.settings import Settings
from newswatch.supervisor import child_environment, restart_delay, stage_commands


def test_restart_delay_grows_and_is_capped() -> None:
    delays = [restart_delay(n) for n in range(10)]
    assert delays[:4] == [1.0, 2.0, 4.0, 8.0]
    assert delays == sorted(delays)
    assert restart_delay(50) == 60.0


def test_stages_in_pipeline_order_with_the_feed_list() -> None:
    stages = stage_commands("my-feeds.yaml")
    assert [s.name for s in stages] == ["producer", "processor", "indexer"]
    assert stages[0].argv[:3] == [sys.executable, "-m", "newswatch"]
    assert stages[0].argv[-2:] == ["--feeds", "my-feeds.yaml"]
    assert "--feeds" not in stage_commands(None)[0].argv


def test_children_get_explicit_engine_addresses() -> None:
    env = child_environment(Settings(kafka="k:1", es="http://e:2"))
    assert env["NEWSWATCH_KAFKA"] == "k:1"
    assert env["NEWSWATCH_ES"] == "http://e:2"
