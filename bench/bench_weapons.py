"""Weapon matching speed: find_weapons() on 3,000-character news texts, one core.

The extractor targets >= 1,000 articles/s, so weapon matching should stay well under 0.3 ms
per article. Prints the lexicon size, the load time and microseconds per article for the
reference article and for a synthetic text dense with weapon names.

    .venv/bin/python bench/bench_weapons.py
"""

from __future__ import annotations

import time
import timeit
from pathlib import Path

from processors import weapons

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "kharkiv-2022-02-28.txt"
DENSE = (
    "Russia launched Shahed drones, Kh-101 and Kalibr missiles and Iskander-M missiles overnight; "
    "Grad and Uragan rockets hit Kharkiv, a FAB-500 with UMPK hit a school, and Ukraine replied "
    "with HIMARS, ATACMS and Storm Shadow. Officials said dozens of people were wounded. "
)


def per_call_us(text: str, number: int = 2000) -> float:
    """Best of five runs, in CPU time, so other processes on the machine matter less."""
    runs = timeit.repeat(
        lambda: weapons.find_weapons(text), number=number, repeat=5, timer=time.process_time
    )
    return min(runs) / number * 1e6


def main() -> None:
    started = time.perf_counter()
    size = weapons.lexicon_size()
    print(f"lexicon: {size} systems, loaded in {(time.perf_counter() - started) * 1e3:.0f} ms")
    texts = {"dense with weapon names": (DENSE * 20)[:3000]}
    if SEED.exists():
        texts["reference article"] = SEED.read_text(encoding="utf-8")[:3000]
    for name, text in texts.items():
        found = len(weapons.find_weapons(text))
        print(f"{name}: {len(text)} chars, {found} mentions, {per_call_us(text):.0f} us/article")


if __name__ == "__main__":
    main()
