"""Case-insensitive matching that is fast and keeps character offsets.

Python's ``re.IGNORECASE`` makes large alternations several times slower, so the
extractor lower-cases a text once and matches lower-cased patterns case-sensitively. The
folded text always has the same length, so every offset found in it is valid in the
original.
"""

from __future__ import annotations

import re
import string

_TABLE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def fold(text: str) -> str:
    """``text`` lower-cased with the same length, so offsets carry over: ``str.lower`` (fast)
    unless it changes the length (a few non-ASCII letters do), then ASCII letters only."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_TABLE)


def compile_folded(pattern: str) -> re.Pattern[str]:
    """A pattern to run on ``fold(text)``: its literals lower-cased. The patterns use only
    lower-case escapes (``\\s``, ``\\w``, ``\\b``) and lower-case group names; the named-group
    syntax ``(?P<`` is kept."""
    return re.compile(pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="))
