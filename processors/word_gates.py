"""Word gates: rule a pattern out of a sentence by the words the sentence holds.

A pattern that opens with an assertion or a big alternation costs about a microsecond per
sentence even where it finds nothing, and most of the extractor's patterns find nothing in
most sentences. Every match of such a pattern holds one of a set of words (the first word
of each alternative, or a rarer one after it: "lightning", "hunger"), so a set test
against the sentence's words (one C-level pass, done once per sentence) rules it out.

The words are worked out from the pattern itself (its parse by ``re``), as
``casefold.compile_folded`` compiles it, so a gate cannot fall out of step with its
pattern. A sentence's words are its runs of ASCII letters, digits and "_": where a pattern
needs a whole word (a word boundary or a non-word character on both sides), any match has
that word as such a run, because every other character (space, punctuation, and any
character beyond ASCII) separates runs.
Where the pattern only fixes how a word starts ("simulat" for "simulated",
"simulation"), the gate tests for that text as a substring instead.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from contextlib import suppress
from typing import Any

from processors.casefold import split_top

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
# Every byte but those of ASCII word characters becomes a space (all bytes of a character
# beyond ASCII too).
_SEPARATE = bytes(code if chr(code) in _WORD_CHARS else 32 for code in range(256))
# Words most news sentences hold: a gate on them would pass nearly always, so a rarer word
# later in the pattern is chosen where there is one (``_cost``).
_FUNCTION_WORDS = frozenset(
    (
        "a", "an", "the", "in", "on", "at", "of", "to", "for", "by", "from", "with", "as", "and",
        "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "being", "has",
        "have", "had", "it", "its", "this", "that", "these", "those", "he", "she", "they", "his",
        "her", "their", "who", "which", "said", "says", "after", "before", "over", "into", "out",
        "back", "up", "one", "two", "three",
    )
)  # fmt: skip
_COMMON = frozenset(
    (
        "first", "last", "new", "war", "people", "city", "town", "region", "strike", "strikes",
        "struck", "striking", "attack", "attacks", "attacked", "hit", "hits", "air", "drone",
        "drones", "missile", "missiles", "rocket", "rockets", "killed", "killing", "wounded",
        "fire", "fired", "explosion", "explosions", "blast", "blasts", "found", "home", "long",
        "put", "year", "years", "day", "days", "time", "since", "also", "russian", "ukraine",
        "ukrainian", "military", "forces", "police", "weapon", "weapons",
    )
)  # fmt: skip
_RARE_ENOUGH = 30  # the cost of one common word: an alternative costing as much gets no gate
_MAX_WORDS = 400  # beyond this many words in one requirement, the analysis gives up
_STOP = (None, None)  # "what follows is unknown", after a repeated group

Need = frozenset[tuple[str, bool]]  # (text, whether it is a whole word, else a substring)
_Item = tuple[Any, Any]


def words_of(low: str) -> list[bytes]:
    """The words of a folded text, to test a ``WordGate``'s ``words`` against."""
    return low.encode().translate(_SEPARATE).split()


class WordGate:
    """Whether a folded text may hold a match of a pattern (see the module docstring).

    ``pattern`` is an alternation in ``compile_folded`` form whose matches start where a
    word does (not after ``not_after``), as in ``casefold.word_start_alternation``. With
    ``split``, only the top-level alternatives whose matches all hold a rare enough word
    are gated; the others stay in ``rest``, a pattern of just them to search for (None if
    there are none): a text that opens no gate can only match through ``rest``. Without
    it, every alternative is gated."""

    __slots__ = ("rest", "subs", "words")

    def __init__(self, pattern: str, not_after: str = r"\w", split: bool = False) -> None:
        words: set[str] = set()
        subs: set[str] = set()
        rest: list[str] = []
        for alternative in split_top(pattern):
            need = _need_of(f"(?<!{not_after})(?:{alternative})")
            if need is None and not split:
                raise ValueError(f"no word gate for {alternative!r}")
            if need is None or (split and _cost(need) >= _RARE_ENOUGH):
                rest.append(alternative)
                continue
            for text, whole in need:
                (words if whole else subs).add(text)
        # (a substring test covers the longer substrings and the words that hold it)
        self.subs = tuple(sorted(s for s in subs if not any(o != s and o in s for o in subs)))
        self.words = frozenset(w.encode() for w in words if not any(s in w for s in self.subs))
        self.rest = "|".join(rest) if rest else None


class Lexicon:
    """Many word gates tested in one pass over a sentence's words: ``add`` gives each gate a
    bit, ``mask`` the bits of the gates a folded text opens."""

    __slots__ = ("_bits", "_count", "_keys", "_subs")

    def __init__(self) -> None:
        self._bits: dict[bytes, int] = {}
        self._subs: tuple[tuple[str, int], ...] = ()
        self._keys: frozenset[bytes] = frozenset()
        self._count = 0

    def add(self, gate: WordGate) -> int:
        """The bit of ``gate`` in ``mask``."""
        bit = 1 << self._count
        self._count += 1
        for word in gate.words:
            self._bits[word] = self._bits.get(word, 0) | bit
        self._subs += tuple((sub, bit) for sub in gate.subs)
        self._keys = frozenset(self._bits)
        return bit

    def mask(self, low: str) -> int:
        """The bits of the gates ``low`` (folded) opens."""
        mask = 0
        bits = self._bits
        for word in self._keys.intersection(words_of(low)):
            mask |= bits[word]
        for sub, bit in self._subs:
            if sub in low:
                mask |= bit
        return mask


def _cost(need: Need) -> int:
    """How often a requirement lets a sentence through, roughly: common words cost most."""
    total = 0
    for text, whole in need:
        if len(text) < 3 or _holds(_FUNCTION_WORDS, text, whole):
            total += 3 * _RARE_ENOUGH
        elif _holds(_COMMON, text, whole):
            total += _RARE_ENOUGH
        else:
            total += 1 if whole else 2
    return total


def _holds(words: frozenset[str], text: str, whole: bool) -> bool:
    """Whether ``text`` is one of ``words`` (``whole``), else is in one of them."""
    return text in words if whole else any(text in word for word in words)


def _need_of(pattern: str) -> Need | None:
    """The requirement of ``pattern`` as ``casefold.compile_folded`` compiles it (its
    literals lower-cased; only parsed: a compilation costs more, and this runs at import)."""
    folded = pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    tree = sre_parse.parse(folded)
    if tree.state.flags & re.IGNORECASE:
        raise ValueError(f"a word gate needs a case-sensitive pattern: {pattern!r}")
    return _need(list(tree), "", False)


class _Unknown(Exception):
    """The words of a match cannot be told here."""


def _need(items: list[_Item], word: str, anchored: bool) -> Need | None:
    """The cheapest requirement for a match of the sequence ``items``: the word being
    matched (it began with ``word``; ``anchored``: at a word start) along each path, or a
    later word that every match holds."""
    options = []
    with suppress(_Unknown):
        options.append(_finish(items, word, anchored))
        if _cost(options[0]) < _RARE_ENOUGH:
            return options[0]  # rare enough: a later word is not worth the search
    for k in range(1, len(items)):
        if _starts_word(items, k, anchored and not word):
            later = _need(items[k:], "", True)
            if later is not None:
                options.append(later)
            break
    return min(options, key=_cost) if options else None


def _starts_word(items: list[_Item], k: int, at_start: bool) -> bool:
    """Whether a new word starts at ``items[k]`` (``at_start``: one starts at ``items[0]``):
    what comes before always ends with a character that separates words (an optional group
    ending with one, or skipped)."""
    if k == 0:
        return at_start
    op, av = items[k - 1]
    if _separates(items[k - 1]):
        return True
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[2]:
        body = list(av[2])
        return _separates(body[-1]) and _starts_word(items, k - 1, at_start)
    return False


def _separates(item: _Item) -> bool:
    """Whether ``item`` always matches characters that separate words (one or more)."""
    op, av = item
    if op is sre.MAX_REPEAT and av[0] >= 1 and len(av[2]) == 1:
        op, av = next(iter(av[2]))
    if op is sre.LITERAL:
        return chr(av) not in _WORD_CHARS
    if op is sre.IN:
        chars, others = _class_chars(av)
        return chars == set() and others
    return False


def _class_chars(members: list[_Item]) -> tuple[set[str] | None, bool]:
    """The ASCII word characters a class holds (None: too many to list), and whether it
    holds other characters."""
    chars: set[str] = set()
    others = False
    for op, av in members:
        if op is sre.LITERAL:
            codes: range | list[int] = [av]
        elif op is sre.RANGE and av[1] - av[0] < 40:
            codes = range(av[0], av[1] + 1)
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            others = True
            continue
        else:
            return None, True
        for code in codes:
            if chr(code) in _WORD_CHARS:
                chars.add(chr(code))
            else:
                others = True
    return chars, others


def _excludes_words(members: list[_Item]) -> bool:
    """Whether a negated class's members cover every ASCII word character."""
    covered: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            covered.add(chr(av))
        elif op is sre.RANGE:
            covered.update(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av is sre.CATEGORY_WORD:
            return True
    return covered >= _WORD_CHARS


def _is_word_class(items: list[_Item]) -> bool:
    """Whether ``items`` is the one-character class ``\\w`` (or one holding it)."""
    return (
        len(items) == 1
        and items[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]
    )


def _finish(items: list[_Item], word: str, anchored: bool) -> Need:
    """The word being matched along each path of ``items`` (raises ``_Unknown``)."""
    found: set[tuple[str, bool]] = set()

    def end(whole: bool) -> None:
        if not word:
            raise _Unknown
        found.add((word, whole and anchored))

    if not items:
        end(False)
        return frozenset(found)
    (op, av), rest = items[0], items[1:]
    if op is None:  # _STOP
        end(False)
    elif op is sre.LITERAL:
        if chr(av) in _WORD_CHARS:
            return _finish(rest, word + chr(av), anchored)
        end(True)
    elif op is sre.IN and not word and av[:1] == [(sre.NEGATE, None)]:
        # the character before the word (``compile_word_starts``)
        if not _excludes_words(av[1:]):
            raise _Unknown
        return _finish(rest, word, True)
    elif op is sre.IN:
        chars, others = _class_chars(av)
        if chars is None:
            end(False)
        else:
            for char in sorted(chars):
                found |= _finish(rest, word + char, anchored)
            if others:
                end(True)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            need = _need(list(alternative) + rest, word, anchored)
            if need is None:
                raise _Unknown
            found |= need
    elif op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # (?i:...): the words are not those of folded text
            raise _Unknown
        return _finish(list(av[-1]) + rest, word, anchored)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        least, most, body = av
        if least == 0:
            found |= _finish(rest, word, anchored)
        if most == 1:
            found |= _finish(list(body) + rest, word, anchored)
        elif most != 0:
            found |= _finish([*body, _STOP], word, anchored)
    elif op is sre.AT and av is sre.AT_BOUNDARY:
        if word:
            end(True)
        else:
            return _finish(rest, word, True)
    elif op is sre.ASSERT_NOT:
        direction, body = av
        body = list(body)
        if direction == 1 and word and _is_word_class(body):
            end(True)  # (?!\w)
        elif direction == -1 and not word and _is_word_class(body):
            return _finish(rest, word, True)  # (?<!\w) before the word
        elif direction == -1 and len(word) == 1 and len(body) == 2 and _is_word_class(body[:1]):
            return _finish(rest, word, True)  # (?<!\w.) after its first letter
        else:
            return _finish(rest, word, anchored)
    elif op is sre.ASSERT:
        return _finish(rest, word, anchored)
    else:
        end(False)
    if len(found) > _MAX_WORDS:
        raise _Unknown
    return frozenset(found)
