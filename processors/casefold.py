"""Case-insensitive matching that is fast and keeps character offsets.

Python's ``re.IGNORECASE`` makes large alternations several times slower, so the
extractor lower-cases a text once and matches lower-cased patterns case-sensitively. The
folded text always has the same length, so every offset found in it is valid in the
original.
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Iterable, Iterator
from itertools import takewhile

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


def contains_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``literals`` (a plain loop: ``any()`` over a generator
    costs twice as much, and this runs a few hundred times per article)."""
    for literal in literals:  # noqa: SIM110 - see the docstring
        if literal in text:
            return True
    return False


# The characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not make
# one ("i" matches "ı" and "İ", "s" matches "ſ"; found by testing every code point). "İ" is
# also the one character ``lower`` lengthens.
_IGNORECASE_ONLY = ("ı", "İ", "ſ")


class CaseBlind:
    """An IGNORECASE pattern, run as its lower-cased twin on ``fold(text)`` where that finds
    the same (3-4x faster: ``re`` skips a big alternation's literals in C, not its
    case-blind ones).

    Where ``text`` holds none of ``_IGNORECASE_ONLY``, ``fold(text)`` is ``text.lower()``,
    and a lower-cased literal matches a character of it exactly where IGNORECASE matches the
    character in ``text``. The pattern must have no case-sensitive part (``(?-i:``) and only
    lower-case escapes (see ``compile_folded``)."""

    __slots__ = ("folded", "pattern")

    def __init__(self, pattern: str) -> None:
        if "(?-i" in pattern or re.search(r"\\[A-Z]", pattern):
            raise ValueError(f"cannot be folded (a case-sensitive part or escape): {pattern!r}")
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self.folded = compile_folded(pattern)

    def match(self, text: str, pos: int = 0, low: str | None = None) -> re.Match[str] | None:
        """The match at ``pos`` of ``text``, found in ``low`` (``fold(text)``; folded here if
        not given) where it can be: the offsets are those in ``text``, the groups folded."""
        if text.isascii() or not contains_any(text, _IGNORECASE_ONLY):
            return self.folded.match(fold(text) if low is None else low, pos)
        return self.pattern.match(text, pos)

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
    ) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``match`` finds it."""
        if text.isascii() or not contains_any(text, _IGNORECASE_ONLY):
            return self.folded.search(fold(text) if low is None else low, pos, endpos)
        return self.pattern.search(text, pos, endpos)


class Gated:
    """A folded pattern that only runs on a text holding one of ``needs``.

    ``re`` has no fast skip for a pattern that starts with an assertion or a big
    alternation: it tries the whole pattern at every position, which makes one sentence
    cost tens of microseconds. When every match must contain one of a few literals, a
    substring test (C speed) rules most sentences out before the scan. ``needs`` must be
    lower-case and sound: each match of the pattern contains at least one of them.

    ``starts`` (optional) is a pattern that finds every position where a match can begin,
    each match of it no longer than one word. It runs on ``pad(text)`` like the patterns of
    ``compile_word_starts`` (a match starts where its word does in ``text``; the non-word
    character it opens with lets ``re`` jump from word to word). ``finditer`` then tries
    the pattern only there (``match`` at each candidate is what the scan would try at that
    position, so the matches are the same), for patterns that cannot be written to open
    with a literal.
    """

    __slots__ = ("needs", "pattern", "starts")

    def __init__(
        self, pattern: str, needs: tuple[str, ...], starts: re.Pattern[str] | None = None
    ) -> None:
        self.pattern = compile_folded(pattern)
        self.needs = needs
        self.starts = starts

    def possible(self, text: str) -> bool:
        """Whether ``text`` (folded) may hold a match."""
        return contains_any(text, self.needs)

    # ``search`` and ``finditer`` test ``needs`` inline: they run hundreds of times per
    # article, most often on a text that holds none, where a call costs more than the test.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for need in self.needs:
            if need in text:
                return self.pattern.search(text, pos, endpos)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for need in self.needs:
            if need in text:
                if self.starts is None:
                    return self.pattern.finditer(text)
                return self._at_starts(text, self.starts)
        return iter(())

    def _at_starts(self, text: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
        # A match holds a needed literal, so it starts before the last one's end.
        end = last_end(text, self.needs)
        positions = (m.start() for m in starts.finditer(pad(text)))
        return matches_at(self.pattern, text, takewhile(lambda at: at < end, positions))


def last_end(text: str, literals: tuple[str, ...]) -> int:
    """Where the occurrence of one of ``literals`` in ``text`` that ends last ends, -1 if
    none: a match that holds one (or overlaps one, as a lookbehind may) starts before."""
    end = -1
    for literal in literals:
        found = text.rfind(literal)
        if found >= 0 and found + len(literal) > end:
            end = found + len(literal)
    return end


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds when each of its matches begins at one of
    ``starts`` (ascending): ``match`` at each is what the scan tries there, and a match
    resumes the scan at its end, as ``finditer`` does."""
    resume = 0
    for position in starts:
        if position >= resume:
            match = pattern.match(text, position)
            if match is not None:
                yield match
                resume = max(match.end(), position + 1)


def by_first_letter(alternatives: list[str]) -> str:
    """``(?:a|b|...)`` with the alternatives grouped by the letter they open with,
    ``m(?:an|en)|w(?:ife|omen)``: ``re`` tries the alternatives one by one, so at a position
    it then tries those of one letter instead of all. Each must open with a plain letter
    that no quantifier follows; the order within a letter is kept (and alternatives of other
    letters cannot match there), so it matches what the plain alternation matches."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"does not open with a plain letter: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    grouped = (f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return "(?:" + "|".join(grouped) + ")"


def word_start_alternation(pattern: str, not_after: str = r"\w", folded: bool = True) -> str:
    r"""``(?<!not_after)(?:pattern)`` written so that ``re`` can skip ahead.

    ``re`` tries a pattern that opens with an assertion at every position of the text (tens
    of nanoseconds each), but jumps in C to the next possible first character of one whose
    alternatives all open with a literal. So the alternatives (a leading group is
    distributed: ``(?:car|truck)\s+bomb`` is ``car\s+bomb|truck\s+bomb``) are grouped
    by first letter, in order, with the word-start check after that letter:
    ``s(?<!\w.)(?:trikes?|truck)|h(?<!\w.)(?:it|its)``. It matches the same text. Each
    alternative must open with a letter, a digit or ``\d`` (repeated with ``+`` or not),
    after an optional ``\b`` (the same check); if one does not (``\w+-storey``), the pattern
    is returned in the plain form. ``folded`` says the pattern runs on folded text (letters
    are grouped case-blind).
    """
    groups: dict[str, list[str]] = {}
    for alternative in flat_alternatives(pattern):
        first = alternative[:1].lower() if folded else alternative[:1]
        if alternative.startswith(r"\d"):
            first = r"\d"
        elif not first.isalnum():
            return f"(?<!{not_after})(?:{pattern})"
        rest = alternative[len(first) :]
        if rest[:1] == "+":  # ``x+y`` is ``x`` then ``x*y``
            rest = f"{alternative[: len(first)]}*{rest[1:]}"
        elif rest[:1] in ("?", "*", "{"):
            return f"(?<!{not_after})(?:{pattern})"
        groups.setdefault(first, []).append(rest)
    return "(?:" + "|".join(
        f"{first}(?<!{not_after}.)(?:{'|'.join(rests)})" for first, rests in groups.items()
    ) + ")"


def compile_word_starts(pattern: str) -> re.Pattern[str]:
    r"""``compile_folded(word_start_alternation(pattern))``, to scan ``pad(folded)`` instead.

    A pattern whose words open with most letters of the alphabet is still tried at most
    characters of a text. This one opens with the non-word character before the word,
    which ``re`` jumps to in C, so it is tried once per word: twice as fast. On the padded
    text a match's ``start()`` is the word's offset in the folded text, its ``end()`` one
    more than there. ``pattern`` must not use ``^`` (the pad is a character before).
    The opening class is ``[^a-z0-9_]``, a bitmap test where ``[^\w]`` asks Unicode: the
    few more characters it lets through (letters beyond ASCII) fail the check after the
    word's first letter, so the matches are the same.
    """
    return compile_folded(r"[^a-z0-9_]" + word_start_alternation(pattern))


def pad(text: str) -> str:
    """``text`` with the space in front that ``compile_word_starts`` patterns need."""
    return " " + text


def flat_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``, a leading ``(?:a|b)`` or ``(?:a)?``
    distributed over the rest (``re`` tries them in this same order)."""
    out: list[str] = []
    for alternative in split_top(pattern):
        alternative = alternative.removeprefix(r"\b")
        if not alternative.startswith("(?:"):
            out.append(alternative)
            continue
        close = _closing(alternative, 0)
        inner, rest = alternative[3:close], alternative[close + 1 :]
        if rest.startswith("?") and not rest.startswith("??"):
            rest = rest[1:]
            out += [*flat_alternatives(f"(?:{inner}){rest}"), *flat_alternatives(rest)]
        elif rest[:1] in ("*", "+", "{", "?"):
            raise ValueError(f"cannot distribute a repeated group in {alternative!r}")
        else:
            out += [f for part in split_top(inner) for f in flat_alternatives(part + rest)]
    return out


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``: split at each ``|`` outside a group or a
    character class (``word_gates`` and ``flat_alternatives`` read patterns this way)."""
    parts, start, i = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            i = _closing(pattern, i)
        elif ch == "|":
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, open_at: int) -> int:
    """Index of the ``]`` ending the class at ``open_at`` (a leading ``]`` is literal)."""
    first = open_at + 2 if pattern[open_at + 1 : open_at + 2] in ("]", "^") else open_at + 1
    return pattern.index("]", first)


def _closing(pattern: str, open_at: int) -> int:
    """The index of the parenthesis closing the one at ``open_at``."""
    depth, i = 0, open_at
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parentheses in {pattern!r}")


def literal_needs(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` holds (for ``Gated``): the plain
    lower-case text each top-level alternative opens with. ``("",)``, which every text
    holds, if an alternative opens with no literal (``\\w+-storey``)."""
    needs: list[str] = []
    for alternative in flat_alternatives(pattern):
        prefix = ""
        for ch in alternative:
            if ch in "?*{":
                prefix = prefix[:-1]  # the character before was optional
                break
            if ch in "\\[().^$|+":
                break
            prefix += ch
        if not prefix:
            return ("",)
        needs.append(prefix.lower())
    return tuple(dict.fromkeys(needs))
