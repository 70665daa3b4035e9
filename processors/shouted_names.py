"""Place names written in capitals inside a sentence, read as names.

Alert channels and live posts write the place hit in capitals where a wire story would not:
"a direct hit on a residential building in TAMRA", "after Monday's strike on the Amstor
shopping centre in KREMENCHUK". The place finder reads a word in capitals as an acronym
("US", "IDF", "HIMARS") outside a dateline or a heading, so such a name is lost. Here a word
in capitals after a preposition of place, four letters or more, that the gazetteer knows and
the place finder's stop list does not ("NATO") is rewritten with only its first letter a
capital (same length, so every offset holds), as is one that heads a post after a dash ("—
POKROVSK: 7 killed"). An acronym that names no place stays as it is,
and a headline all in capitals ("MISSILES HIT KHARKIV") has its preposition in capitals too,
so it is left alone.
"""

from __future__ import annotations

import re

from processors.gazetteer import load_gazetteer, normalise
from processors.places import stopwords

_SHOUTED_AFTER_PREPOSITION = re.compile(
    r"(?:(?<![\w-])(?:in|at|near|on|over|into|outside|across|to|from)\s+"
    # ... or as a post's heading after a dash: "Donetsk governor, Tuesday 11:00 — POKROVSK:"
    r"|(?<=\s)[—–]\s+(?=[A-Z][A-Z'’-]{3,}(?:\s[A-Z][A-Z'’-]+)?:))"
    r"(?P<name>[A-Z][A-Z'’-]{3,}(?:\s[A-Z][A-Z'’-]+)?)(?![\w'’-])"
)


def read_shouted_names(text: str) -> str:
    """``text`` with each place name in capitals after a preposition written as a name
    ("in TAMRA" read as "in Tamra"); the same length as ``text``."""
    found = [m.span("name") for m in _SHOUTED_AFTER_PREPOSITION.finditer(text)]
    if not found:
        return text
    gazetteer, never = load_gazetteer(), stopwords()
    parts, at = [], 0
    for start, end in found:
        words = [word[0] + word[1:].lower() for word in text[start:end].split(" ")]
        # ("in EL FASHER", else the first word alone: "in KHARKIV AND ...")
        while words and (
            not gazetteer.candidates(key := normalise(" ".join(words))) or key in never
        ):
            words.pop()
        if not words:
            continue
        readable = " ".join(words)
        parts += [text[at:start], readable]
        at = start + len(readable)
    return "".join([*parts, text[at:]]) if parts else text
