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

# A word in capitals, four letters or more (its edges checked after: a pattern that opens with
# a lookbehind is tried at every character, four times slower) ...
_SHOUTED = re.compile(r"[A-Z][A-Z'’-]{3,}")
_WORD_CHAR = re.compile(r"[\w'’-]")
# ... and the next one, if in capitals too ("in KRYVYI RIH")
_NEXT_SHOUTED = re.compile(r"\s[A-Z][A-Z'’-]+(?![\w'’-])")
# ... after a preposition of place (looked for in the few characters before it), or heading a
# post after a spaced dash: "Donetsk governor, Tuesday 11:00 — POKROVSK:"
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:in|at|near|on|over|into|outside|across|to|from)\s+\Z"
)
_BEFORE_REACH = 8  # characters: the longest preposition and its space


def read_shouted_names(text: str) -> str:
    """``text`` with each place name in capitals after a preposition written as a name
    ("in TAMRA" read as "in Tamra"); the same length as ``text``."""
    parts, at = [], 0
    gazetteer = never = None
    for match in _SHOUTED.finditer(text):
        start, end = match.span()
        if (start and _WORD_CHAR.match(text, start - 1)) or _WORD_CHAR.match(text, end):
            continue  # (part of a longer word: "McDONALD", "NATO-led")
        after = _NEXT_SHOUTED.match(text, end)
        if after is not None:
            end = after.end()
        before = text[max(0, start - _BEFORE_REACH) : start]
        dash_heading = before.endswith(("— ", "– ")) and text.startswith(":", end)
        if not dash_heading and not _PREPOSITION_BEFORE.search(before):
            continue
        if gazetteer is None:
            gazetteer, never = load_gazetteer(), stopwords()
        words = [word[0] + word[1:].lower() for word in text[start:end].split(" ")]
        # ("in KRYVYI RIH", else the first word alone: "in KHARKIV AND ...")
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
