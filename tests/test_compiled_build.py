"""The compiled build (setup.py, ``NEWSWATCH_COMPILE=1``, what the Docker image runs) extracts
exactly what the plain Python does.

mypyc enforces the type annotations at run time, so a value a rule lets through against its
declared type raises in the compiled build only: this runs both builds of ``newswatch extract``
over the dev set, our own cases and the benchmark's articles and compares their output line by
line. The build takes minutes; it is kept in ``build/`` under a key of its inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# (slow: a C build, not Kafka or Elasticsearch; the build takes about four minutes on two idle
# cores, over the suite's 300 s when the machine is busy: its test, whose setup it is, gets
# more)
pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]


def _build_key() -> str:
    """Changes with anything the compiled extraction is built from or reads."""
    digest = hashlib.sha1()
    inputs = [REPO / "setup.py", REPO / "pyproject.toml"]
    for package in ("processors", "newswatch"):
        files = (REPO / package).rglob("*")
        inputs += [p for p in files if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(inputs):
        digest.update(str(path.relative_to(REPO)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@pytest.fixture(scope="module")
def compiled_root() -> Path:
    """The package installed with its core compiled, in ``build/compiled-KEY``."""
    target = REPO / "build" / f"compiled-{_build_key()}"
    if not (target / "processors").is_dir():
        for stale in (REPO / "build").glob("compiled-*"):
            shutil.rmtree(stale)
        partial = target.with_name(target.name + ".partial")
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
        done = subprocess.run(
            [*pip, "--target", partial, REPO],
            env={**os.environ, "NEWSWATCH_COMPILE": "1"},
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        partial.rename(target)
    return target


def _run(root: Path, args: list[str], stdin: str = "") -> str:
    """Run python in a neutral directory with only ``root``'s packages importable from it."""
    done = subprocess.run(
        [sys.executable, *args],
        input=stdin,
        cwd=root.parent,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _inputs() -> list[str]:
    """JSON lines for ``newswatch extract``: labelled cases (with and without their own
    publication day) and the benchmark's 3,000-character articles."""
    cases = []
    own = REPO / "tests" / "processors" / "cases" / "strikes-own.jsonl"
    for path in (SHARED / "data" / "strikes-dev.jsonl", own):
        text = path.read_text(encoding="utf-8")
        cases += [json.loads(line) for line in text.splitlines() if line.strip()]
    lines = []
    for i, case in enumerate(cases):
        for published in (case.get("published") or "2024-01-01", "2023-06-15"):
            item = {"id": f"{i}@{published}", "text": case["text"], "published": published}
            if case.get("title"):
                item["title"] = case["title"]
            lines.append(json.dumps(item))
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from bench_extraction import build_articles
    finally:
        sys.path.remove(str(REPO / "bench"))
    for strikes in (True, False):
        for j, text in enumerate(build_articles(60, strikes)):
            item = {"id": f"bench-{strikes}-{j}", "text": text, "published": "2024-01-01"}
            lines.append(json.dumps(item))
    return lines


def test_the_core_modules_run_compiled(compiled_root: Path) -> None:
    modules = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["mypy"]["files"]
    names = [Path(m).with_suffix("").as_posix().replace("/", ".") for m in modules]
    code = f"import importlib\nfor n in {names!r}: print(importlib.import_module(n).__file__)"
    files = _run(compiled_root, ["-c", code]).split()
    assert len(files) == len(names) > 0
    assert all(f.startswith(str(compiled_root)) and f.endswith(".so") for f in files), files


def test_compiled_extraction_matches_the_plain_python(compiled_root: Path) -> None:
    stdin = "\n".join(_inputs()) + "\n"
    compiled = _run(compiled_root, ["-m", "newswatch", "extract"], stdin).splitlines()
    plain = _run(REPO, ["-m", "newswatch", "extract"], stdin).splitlines()
    assert len(compiled) == len(plain) == stdin.count("\n")
    events = sum(len(json.loads(line)["events"]) for line in plain)
    assert events > 500  # (the comparison covers real output, not empty lines)
    differing = [(c, p) for c, p in zip(compiled, plain, strict=True) if c != p]
    assert not differing, differing[:3]
