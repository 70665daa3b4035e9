"""Extraction quality on the labelled cases: the dev set and the project's own cases.

The cases live outside the code they test: the dev set in ``shared/data`` (a sibling of the
repository checkout, as CI lays it out) and the project's own cases in ``cases/``.
"""

from pathlib import Path

import pytest

from processors.cli import evaluate_cases, read_cases

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "data" / "strikes-dev.jsonl"
OWN = Path(__file__).resolve().parent / "cases" / "strikes-own.jsonl"

TARGETS = {
    "strike": 0.95,
    "place": 0.90,
    "event_type": 0.90,
    "weapons": 0.90,
    "date": 0.90,
    "killed": 0.85,
    "wounded": 0.85,
    # No target in the issue; floors a little under today's own-case scores, so a change
    # that loses attributions or target categories fails here.
    "perpetrator": 0.95,
    "target": 0.85,
}


@pytest.mark.parametrize("path", [DEV, OWN], ids=["dev", "own"])
def test_quality_targets(path: Path) -> None:
    assert path.exists(), f"labelled cases missing: {path}"
    report = evaluate_cases(read_cases([path]))
    below = {
        name: round(report.metrics[name].score or 0.0, 3)
        for name, target in TARGETS.items()
        if (report.metrics[name].score or 0.0) < target
    }
    assert not below, f"below target on {path.name}: {below}"
