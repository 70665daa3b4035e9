"""Sentence segmentation with character offsets, so evidence can point back into the article.

A regex splitter is enough for news prose and is fast; it knows the abbreviations that
end in a full stop without ending a sentence ("Feb. 28", "Dr.", "a.m.", "U.S.") and treats
blank lines and headline-like lines as boundaries.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "brig",
        "cmdr",
        "lieut",
        "pvt",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "rep",
        "sen",
        "gov",
        "st",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
        "vs",
        "etc",
        "approx",
        "dept",
        "est",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)

# A candidate boundary: terminal punctuation (plus closing quotes/brackets) and whitespace,
# or a line break (news feeds put headlines and paragraphs on their own lines).
# Each alternative opens with a literal, so ``re`` jumps from one candidate to the next in C
# (``[.!?]+`` split by first character; a line break's leading spaces are trimmed anyway).
_END = r"""[.!?]*["'”’)\]]*\s+"""
_BOUNDARY = re.compile(rf"\.{_END}|!{_END}|\?{_END}|\n\s*")
_LETTERS = frozenset(string.ascii_letters)
# "No." before a number is no sentence end ("School No. 175"); before a word it may be one
# ("He said no. Two days later ...").
_NUMBER_SIGN = re.compile(r"\b(?:[Nn]os?|[Nn]r)\.$")
_WORD_OR_DOT = string.ascii_letters + "."


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it sits in the text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def _clock_ends_sentence(text: str, at: int, after: int) -> bool:
    """Whether the "a.m." or "p.m." ending at ``at`` ends its sentence too: a pronoun opens the
    next ("around 7 a.m. He said ..."; not "7 a.m. Moscow time")."""
    return text.endswith(("a.m", "p.m"), 0, at) and _SENTENCE_OPENER.match(text, after) is not None


# A pronoun that opens a sentence (after a clock time's "a.m."; not "The", which also opens
# a zone's or a place's name: "7 a.m. The Hague time").
_SENTENCE_OPENER = re.compile(r"(?:He|She|It|They|We|I)\s")


def _is_abbreviation(chunk: str) -> bool:
    """Whether ``chunk`` ends with an abbreviation and its full stop (before a final line
    break, if any): the run of ASCII letters and dots before that full stop, when it opens
    with a letter, is a known abbreviation, a single letter or dotted initials. Read from the
    end (``rstrip`` finds where the run opens, in C), which is cheaper than a regex search that
    tries every position."""
    chunk = chunk.removesuffix("\n")
    if not chunk.endswith("."):
        return False
    last = len(chunk) - 1
    first = len(chunk[:last].rstrip(_WORD_OR_DOT))
    if first == last or chunk[first] not in _LETTERS:
        return False
    word = chunk[first:last].lower()
    # (a single letter, or dotted initials: "George H.W. Bush", "J.R.R. Tolkien")
    return word in _ABBREVIATIONS or all(len(part) == 1 for part in word.split("."))


# A wire story's dateline, before the text proper: "KYIV, Aug 25 (Reuters) - ", "ADEN, Yemen
# — ", several cities: "BEIRUT/WASHINGTON, April 14 (Reuters) -"; after an editor's note, if
# any: "[Translated from Spanish] ARGELIA, Cauca, 28 January 2026 — ".
_NOTE = r"(?:\[[^\]\n]{1,60}\]\s*|\((?:[Tt]ranslat|[Ee]ditor)[^)\n]{0,60}\)\s*)?"
# (with Latin-1's and Cyrillic capitals: "BOGOTÁ, May 21 —", "ДАМАСК, 7 мар —")
_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"(?:^\s*{_NOTE}[{_CAPS}][{_CAPS}'./\- ]{{2,40}}(?:,[^—–\n]{{0,40}}?)?\s*"
    # (an agency's name or a day in brackets: "(Reuters)", "JERUSALEM (Oct 2) —")
    rf"(?:\([A-Za-z0-9 .,]+\)\s*)?(?:[—–]|\s-\s)|^\s*{_NOTE}[{_CAPS}][{_CAPS}'./\- ]{{2,40}},\s"
    # a city's name set in title case before a dash: "Kyiv — Russian attacks on ..."
    rf"|^\s*{_NOTE}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+(?:[—–]|-\s)"
    # ... or with its day: "Kyiv, 14 April 2025 - I am appalled by yesterday's attack on Sumy"
    rf"|^\s*{_NOTE}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)\s+(?:[—–]|-\s)"
    # ... or the day alone: "Sept. 7, 2023 — A Russian missile that hit ..."
    r"|^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s+(?:[—–]|-\s)"
    # ... written day first: "12 May 2024 — An air strike landed close to ...", "15 May 2025 -
    # Drones launched by the Rapid Support Forces struck ..."
    r"|^\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\s+"
    r"(?:[—–]|-\s)"
    # ... or a city and day in brackets, as Human Rights Watch sets them: "(Jerusalem, November
    # 26, 2023) — The explosion that killed ..."
    rf"|^\s*\([A-Z][A-Za-z .'’-]{{1,30}},\s+(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}"
    r"\s+\d{4})\)\s*(?:[—–]|-\s))\s*"
)


def dateline_end(text: str) -> int:
    """Where the text proper starts: after a wire story's dateline, if it opens with one."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index ``text``, whitespace is trimmed off."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        boundary = match.group()
        at, after = match.span()
        if "\n" not in boundary:
            # No sentence ends where the next character is not a capital, a digit or an
            # opening quote (the cheaper test, so first), or in an abbreviation ("Feb. 28").
            nxt = text[after : after + 1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(«"):
                continue
            if _is_abbreviation(
                text[max(start, at - 24) : at + 1].rstrip("\"'”’)]")
            ) and not _clock_ends_sentence(text, at, after):
                continue
            if nxt.isdigit() and _NUMBER_SIGN.search(text, max(start, at - 4), at + 1):
                continue  # "School No. 175"
        _append(text, start, at + len(boundary.rstrip()), sentences)
        start = after
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        start += len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start, start + len(stripped), stripped))


def clause_around(text: str, position: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The stretch of ``text`` between the clause ``breaks`` around ``position``: a sentence's
    rules (irrealis, tallies) often hold for one clause only."""
    start, end = 0, len(text)
    for m in breaks.finditer(text):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end
