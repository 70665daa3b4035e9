"""Extraction throughput on one core, gazetteer load time and peak memory.

Articles are 3,000 characters of realistic news prose: the seed article and the dev-set
strike texts (and, as a second figure, the dev set's non-strike texts: labour strikes,
lightning, sport, finance), concatenated in rotating order and trimmed at a sentence
boundary. Run: ``.venv/bin/python bench/bench_extraction.py [--seconds 10] [--profile]``; for
the compiled core (what the Docker image runs), ``make compiled`` and then the same command
with ``PYTHONPATH=build/compiled``. Targets: >= 1,000 articles/s, gazetteer load <= 3 s, peak
RSS <= 500 MB. Throughput is CPU time, so other processes on the machine lower the wall-clock
figure but not this one. ``--profile`` also prints where one pass over the strike reports
spends its time (cProfile, cumulative; it sees no function inside the compiled core).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import json
import pstats
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ARTICLE_CHARS = 3000


def build_articles(count: int, strikes: bool = True) -> list[str]:
    """``count`` articles of about 3,000 characters, each starting at a different text: strike
    reports (the seed and the dev set's strike texts), or the dev set's non-strike texts."""
    seed = SHARED / "seed" / "kharkiv-2022-02-28.txt"
    texts = [seed.read_text(encoding="utf-8").removeprefix(" date 2022-02-28 ")] if strikes else []
    with (SHARED / "data" / "strikes-dev.jsonl").open(encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    texts += [c["text"] for c in cases if c["gold"]["is_strike"] == strikes]
    articles = []
    for i in range(count):
        parts, size, j = [], 0, i
        while size < ARTICLE_CHARS:
            part = texts[j % len(texts)]
            parts.append(part)
            size += len(part) + 2
            j += 1
        body = "\n\n".join(parts)[:ARTICLE_CHARS]
        articles.append(body[: body.rfind(".") + 1])
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to run extraction")
    parser.add_argument("--profile", action="store_true", help="print a profile of one pass")
    args = parser.parse_args()

    started = time.perf_counter()
    from processors.gazetteer import load_gazetteer

    load_gazetteer()
    load_s = time.perf_counter() - started
    from processors import extraction
    from processors.extraction import extract_strikes

    compiled = not extraction.__file__.endswith(".py")
    print(f"extraction core:     {'compiled (mypyc)' if compiled else 'plain Python'}")
    gc.freeze()  # as the processor does after start-up (processors/worker.py)

    published = dt.date(2024, 1, 1)
    for label, strikes in (("strike reports", True), ("non-strike news", False)):
        articles = build_articles(200, strikes)
        extract_strikes(articles[0], published)  # warm the lexicons
        done = events = 0
        t0, c0 = time.perf_counter(), time.process_time()
        while time.perf_counter() - t0 < args.seconds:
            for text in articles:
                events += len(extract_strikes(text, published))
            done += len(articles)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        mean_chars = sum(map(len, articles)) / len(articles)
        print(f"{label}: {done} articles x {mean_chars:.0f} chars")
        print(f"  time:               {elapsed:.1f} s wall, {cpu:.1f} s CPU")
        print(f"  throughput (CPU):   {done / cpu:,.0f} articles/s on one core (target >= 1,000)")
        print(f"  throughput (wall):  {done / elapsed:,.0f} articles/s (lower on a busy machine)")
        print(f"  events per article: {events / done:.2f}")
    if args.profile:
        _profile(extract_strikes, build_articles(200, True), published)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer load:      {load_s:.2f} s (target <= 3 s)")
    print(f"peak RSS:            {peak_mb:.0f} MB (target <= 500 MB)")
    sys.stdout.flush()


def _profile(extract, articles: list[str], published: dt.date) -> None:
    """The 25 functions with the most cumulative time over one pass (profiling slows the
    pass several times over; the shares are what matter)."""
    profile = cProfile.Profile()
    profile.enable()
    for text in articles:
        extract(text, published)
    profile.disable()
    pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
