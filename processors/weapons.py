"""Weapon systems named in a text, matched against a curated lexicon (pure, fast).

Reports name a weapon in many spellings ("Kh-101", "Kh101", "Х-101", "Iskanders", "Градами"),
and analysts want one canonical name per system. The lexicon (``data/weapons.yaml``) lists each
system once with its aliases; the loader expands separator and inflection variants, so matching
is one regex scan for candidate first words plus a dictionary lookup per candidate. Aliases that
are also ordinary words ("Tornado", "Lancet", "Neptune", "Град") carry declarative context
rules in the YAML instead of special cases here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from newswatch.contracts import EVENT_TYPES, EventType

LEXICON_PATH = Path(__file__).with_name("data") / "weapons.yaml"

# Categories whose munition can arrive by any means: a named delivery system should decide the type.
SPECIAL_MUNITION_CATEGORIES = frozenset({"cluster", "incendiary", "thermobaric", "chemical"})

# Names are compared as runs of letters and runs of digits, so "Kh-101", "Kh 101" and "Kh101" agree.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# The next token of a name: joined to the previous one, or after one hyphen, dash or space.
_NEXT_TOKEN = re.compile(r"([ \u00a0\-\u2010\u2011\u2013]?)([^\W\d_]+|\d+)")
_SPACES = frozenset(" \u00a0")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_WORD = re.compile(r"\W")  # (splits a chunk's last word off)
_MAX_CHUNKS = 50_000  # chunks ``Matcher._starts`` remembers (a few MB at most) ...
_CHUNK_CHARS = 40  # ... each of at most this many characters (a word and its punctuation)

# Russian / Ukrainian case endings, by the last letter of the dictionary form (replaced or kept).
_CONSONANT_ENDINGS = (
    "а", "у", "ом", "ов", "ы", "и", "е", "ам", "ами", "ах", "ів", "ові", "і", "ем",
)  # fmt: skip
_VOWEL_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "ь": ("я", "ю", "ем", "і", "и", "ей", "ям", "ями", "ях", "ью", "ів", "ею"),
    "а": ("и", "ы", "у", "ой", "ою", "е", "і", "ам", "ами", "ах"),
    "я": ("и", "ю", "ей", "ею", "і", "ям", "ями", "ях", "е"),
}
_ADJECTIVE_ENDINGS = (
    "ого", "ому", "им", "ым", "их", "ых", "і", "ие", "ые", "ими", "ыми", "ої", "ій",
)  # fmt: skip
_CYRILLIC_VOWELS = frozenset("аеёиіїоуыэюяєь")


@dataclass(frozen=True, slots=True)
class WeaponMention:
    """A weapon named in a text: where, as written, and as the canonical system."""

    start: int
    end: int
    surface: str
    canonical: str
    event_type: EventType
    category: str


@dataclass(frozen=True, slots=True)
class _Rule:
    """One spelling of one system, and what the text around it must (not) contain."""

    canonical: str
    event_type: EventType
    category: str
    tokens: tuple[str, ...]  # as written in the lexicon, for case-sensitive aliases
    prefix: bool  # the last token only has to start the word
    case_sensitive: bool
    requires: re.Pattern[str] | None
    rejects: re.Pattern[str] | None
    window: int

    def accepts(self, text: str, start: int, end: int, words: Sequence[str]) -> bool:
        """Whether this spelling holds at text[start:end], whose tokens are ``words``."""
        if self.case_sensitive and not self._same_case(words):
            return False
        lo, hi = max(0, start - self.window), end + self.window
        if self.requires is not None and not (
            self.requires.search(text, lo, start) or self.requires.search(text, end, hi)
        ):
            return False
        return self.rejects is None or not (
            self.rejects.search(text, lo, start) or self.rejects.search(text, end, hi)
        )

    def _same_case(self, words: Sequence[str]) -> bool:
        if not self.prefix:
            return tuple(words) == self.tokens
        return tuple(words[:-1]) == self.tokens[:-1] and words[-1].startswith(self.tokens[-1])


class Matcher:
    """Finds the names of one section of the lexicon (weapons, or aircraft) in texts."""

    def __init__(self, rules: Iterable[_Rule]) -> None:
        self._exact: dict[tuple[str, ...], list[_Rule]] = {}
        self._prefix: dict[tuple[str, ...], list[_Rule]] = {}
        owners: dict[tuple[bool, tuple[str, ...]], str] = {}
        # What may follow each first word: "" the name ends, "*" anything (prefix alias), or the
        # first letter of the next word. It keeps the candidate scan selective ("a" alone is not
        # a candidate, "A-250" would be).
        follow: dict[str, set[str]] = {}
        self._span: dict[str, int] = {}  # longest name (in words) starting with each first word
        self.canonicals: dict[str, _Rule] = {}  # the first rule of each system, for its type
        for rule in rules:
            key = tuple(t.lower() for t in rule.tokens)
            owner = owners.setdefault((rule.prefix, key), rule.canonical)
            if owner != rule.canonical:
                raise ValueError(
                    f"alias {' '.join(key)!r} names both {owner!r} and {rule.canonical!r}"
                )
            self.canonicals.setdefault(rule.canonical, rule)
            (self._prefix if rule.prefix else self._exact).setdefault(key, []).append(rule)
            nxt = key[1][0] if len(key) > 1 else ("*" if rule.prefix else "")
            follow.setdefault(key[0], set()).add(nxt)
            self._span[key[0]] = max(self._span.get(key[0], 0), len(key))
        # Prefix aliases by their leading words: the lengths of their last-word prefixes.
        self._prefix_lengths: dict[tuple[str, ...], list[int]] = {}
        for key in sorted(self._prefix, key=lambda k: -len(k[-1])):
            self._prefix_lengths.setdefault(key[:-1], []).append(len(key[-1]))
        self._max_span = max(self._span.values(), default=0)
        # Candidates are scanned in the lower-cased text with one space in front: a first word
        # after a non-word character. An IGNORECASE twin serves the rare texts whose length
        # lower-casing changes.
        heads = {word: _follow_pattern(nexts) for word, nexts in follow.items()}
        pattern = rf"[^\w]({_trie(heads)})" if heads else r"(?!)"
        self._candidates = re.compile(pattern)
        # First words whose lookahead reads the next token's first character (see ``_starts``).
        self._joined_heads = frozenset(w for w, nexts in follow.items() if nexts - {"", "*"})
        # What ``_starts`` learnt of each chunk met: its candidates and whether its last word
        # is one of ``_joined_heads``; and the chunks that hold none and do not end with one.
        self._chunk_starts: dict[str, tuple[tuple[tuple[int, str], ...], bool]] = {}
        self._no_starts: set[str] = set()

    def find(self, text: str) -> list[WeaponMention]:
        """Mentions sorted by start, not overlapping; at each start the longest name wins."""
        lowered = text.lower()
        if len(lowered) == len(text):
            candidates = self._starts(lowered)
        else:
            candidates = [
                (m.start(1) - 1, m.group(1).lower())
                for m in self._ignorecase_candidates.finditer(" " + text)
            ]
        found: list[WeaponMention] = []
        last_end = 0
        for start, head in candidates:
            # Not a word start after a possessive or contraction ("Russia's 300").
            after_apostrophe = start > 1 and text[start - 1] in "'’" and text[start - 2].isalnum()
            if start < last_end or after_apostrophe:
                continue
            span = self._span.get(head, self._max_span)
            mention = self._match_at(text, start, span)
            if mention is not None:
                found.append(mention)
                last_end = mention.end
        return found

    def _starts(self, lowered: str) -> list[tuple[int, str]]:
        """What ``_candidates.finditer(" " + lowered)`` finds, as (the first word's offset in
        ``lowered``, the word), found chunk by chunk (a chunk: the text between two spaces).

        A match is a non-word character and a first word (word characters only, so matches
        never overlap) with a lookahead of at most two characters past the word. So a chunk's
        matches depend on the chunk alone, unless its last word is one of ``_joined_heads``:
        then also on the character after the space after it. Chunks (a word and its
        punctuation) recur from text to text, so each is scanned once and remembered: a text
        then costs a split, a set difference and a ``find`` for each chunk that holds a
        candidate."""
        found: list[tuple[int, str]] = []
        padded = f" {lowered} "
        for chunk in set(lowered.split(" ")).difference(self._no_starts):
            size = len(chunk)
            starts, joined = self._chunk_starts.get(chunk) or self._learn(chunk, size)
            needle = f" {chunk} "
            at = padded.find(needle)  # (the chunk's offset in ``lowered``)
            while at >= 0:
                if joined:  # (at the text's end, the pad's space reads as the end does)
                    key = f"{chunk} {padded[at + size + 2 : at + size + 3]}"
                    starts = (self._chunk_starts.get(key) or self._learn(key, size))[0]
                found += [(at + offset, head) for offset, head in starts]
                at = padded.find(needle, at + 1)
        found.sort()
        return found

    def _learn(self, key: str, size: int) -> tuple[tuple[tuple[int, str], ...], bool]:
        """The candidates in the first ``size`` characters of ``key`` (a chunk, or a chunk, a
        space and the character after that), and whether a chunk alone ends with one of
        ``_joined_heads``. Remembered (up to ``_CHUNK_CHARS``) in ``_chunk_starts``, or, for a
        chunk with neither, in ``_no_starts``."""
        if len(self._chunk_starts) + len(self._no_starts) > _MAX_CHUNKS:
            self._chunk_starts.clear()
            self._no_starts.clear()
        starts = tuple(
            (m.start(1) - 1, m.group(1))
            for m in self._candidates.finditer(" " + key)
            if m.start(1) <= size
        )
        joined = size == len(key) and _NON_WORD.split(key)[-1] in self._joined_heads
        if size <= _CHUNK_CHARS:  # (a longer chunk is no word: scanned each time instead)
            if starts or joined or size < len(key):
                self._chunk_starts[key] = (starts, joined)
            else:
                self._no_starts.add(key)
        return starts, joined

    @cached_property
    def _ignorecase_candidates(self) -> re.Pattern[str]:
        return re.compile(self._candidates.pattern, re.IGNORECASE)

    def _match_at(self, text: str, start: int, span: int) -> WeaponMention | None:
        words: list[str] = []
        lowered: list[str] = []
        ends: list[int] = []
        pos = start
        lone_letter = False  # the last token is a one-letter word, like the "s" of "s 300"
        while len(words) < span:
            m = _NEXT_TOKEN.match(text, pos)
            # Joined tokens always; a space not after a one-letter word, so "s 300" is not
            # "S-300" but "Hermes 450", "2S7 Pion" and "9K51M Tornado-G" are names.
            if m is None or (lone_letter and m.group(1) in _SPACES):
                break
            word = m.group(2)
            lone_letter = len(word) == 1 and word.isalpha() and (not words or m.group(1) != "")
            words.append(word)
            lowered.append(word.lower())
            ends.append(pos := m.end())
        for n in range(len(words), 0, -1):
            key = tuple(lowered[:n])
            rules = self._exact.get(key, [])
            for length in self._prefix_lengths.get(key[:-1], ()):
                rules = rules + self._prefix.get((*key[:-1], key[-1][:length]), [])
            if not rules:
                continue
            end = _name_end(text, ends[n - 1], words[n - 1])
            if end is None:
                continue
            for rule in rules:
                if rule.accepts(text, start, end, words[:n]):
                    return WeaponMention(
                        start, end, text[start:end], rule.canonical, rule.event_type, rule.category
                    )
        return None


def _name_end(text: str, end: int, last_word: str) -> int | None:
    """Where a name ending at ``end`` really ends: None inside a longer word, past a plural 's'
    after a designation number ("Kh-101s")."""
    following = text[end : end + 1]
    if not following.isalnum():
        return end
    if following == "s" and last_word.isdigit() and not text[end + 1 : end + 2].isalnum():
        return end + 1
    return None


def _follow_pattern(nexts: set[str]) -> str:
    """What must follow a first word for it to start a name (see ``follow`` in Matcher)."""
    if "*" in nexts:
        return ""
    parts = [r"(?:(?<=\d)(?!\d)|(?<=[^\W\d_])(?![^\W\d_]))"] if "" in nexts else []
    letters = "".join(sorted(re.escape(ch) for ch in nexts if ch))
    if letters:
        parts.append(rf"(?=[ \u00a0\-\u2010\u2011\u2013]?[{letters}])")
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _trie(words: Mapping[str, str]) -> str:
    """A regex matching each word followed by its own tail pattern, factored by common prefixes
    so the scan stays fast (one pass, no backtracking through hundreds of alternatives)."""
    root: dict[str, Any] = {}
    for word, tail in words.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tail

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(node[""] or "(?:)")
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return emit(root)


def _inflections(word: str) -> list[str]:
    """The word and its plural / case forms (letter words only): Grad -> Grads, Град -> Градами."""
    if not word.isalpha() or len(word) < 2:
        return [word]
    lower = word.lower()
    if _CYRILLIC.search(word[-1]):
        if lower[-2:] in ("ий", "ый", "ій"):
            return [word, *(word[:-2] + e for e in _ADJECTIVE_ENDINGS)]
        if lower[-1] in _VOWEL_ENDINGS:
            return [word, *(word[:-1] + e for e in _VOWEL_ENDINGS[lower[-1]])]
        if lower[-1] in _CYRILLIC_VOWELS or lower[-1] == "й":
            return [word]
        return [word, *(word + e for e in _CONSONANT_ENDINGS)]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return [word, word + "es"]
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u"):
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def _context_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Context words and phrases, matching at a word start as prefixes ("rocket": "rockets")."""
    alternatives = sorted(
        (re.sub(r"\\[ \-]", r"[\\s\\-]*", re.escape(w)) for w in words), key=len, reverse=True
    )
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})", re.IGNORECASE)


def _rules(
    entries: Sequence[Mapping[str, Any]],
    contexts: Mapping[str, re.Pattern[str]],
    default_window: int,
    section: str,
) -> Iterable[_Rule]:
    """The match rules of one lexicon section, with clear errors for malformed entries."""
    seen: set[str] = set()
    for entry in entries:
        canonical = entry.get("canonical")
        where = f"{section} entry {canonical!r}"
        if not canonical or canonical in seen:
            raise ValueError(f"{where}: missing or duplicate canonical name")
        seen.add(canonical)
        if entry.get("event_type") not in EVENT_TYPES or not entry.get("category"):
            raise ValueError(f"{where}: needs an event_type among {EVENT_TYPES} and a category")
        aliases = entry.get("aliases") or []
        if not aliases:
            raise ValueError(f"{where}: no aliases")
        spellings: set[tuple[bool | str, ...]] = set()
        for alias in aliases:
            spec = {"alias": alias} if isinstance(alias, str) else dict(alias)
            text = str(spec.pop("alias", ""))
            prefix = text.endswith("*")
            tokens = tuple(_TOKEN.findall(text.rstrip("*")))
            case_sensitive = bool(spec.pop("case_sensitive", False))
            identity = tokens if case_sensitive else tuple(t.lower() for t in tokens)
            if not tokens or (prefix, *identity) in spellings:
                raise ValueError(f"{where}: empty or repeated alias {text!r}")
            spellings.add((prefix, *identity))
            requires = _named_contexts(spec.pop("requires_context", None), contexts, where)
            rejects = _named_contexts(spec.pop("rejects_context", None), contexts, where)
            window = int(spec.pop("window", default_window))
            if spec:
                raise ValueError(f"{where}: unknown alias fields {sorted(spec)}")
            lasts = [tokens[-1]] if prefix else _inflections(tokens[-1])
            for last in lasts:
                yield _Rule(
                    canonical=canonical,
                    event_type=entry["event_type"],
                    category=entry["category"],
                    tokens=(*tokens[:-1], last),
                    prefix=prefix,
                    case_sensitive=case_sensitive,
                    requires=requires,
                    rejects=rejects,
                    window=window,
                )


def _named_contexts(
    names: str | list[str] | None, contexts: Mapping[str, re.Pattern[str]], where: str
) -> re.Pattern[str] | None:
    if names is None:
        return None
    names = [names] if isinstance(names, str) else names
    unknown = [n for n in names if n not in contexts]
    if unknown:
        raise ValueError(f"{where}: unknown context set(s) {unknown}")
    if len(names) == 1:
        return contexts[names[0]]
    return re.compile("|".join(contexts[n].pattern for n in names), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The loaded lexicon: a matcher for weapons, one for aircraft (hints only), and the side
    that fires each one-sided system where its war is fought (``fired_by``)."""

    weapons: Matcher
    aircraft: Matcher
    sides: dict[tuple[str, str], str] = field(default_factory=dict)  # (system, country) -> actor


def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Load and check a lexicon file; raises ValueError naming the faulty entry."""
    # The C loader when PyYAML has it: the pure-Python one takes a third of a second here.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    window = int(data.get("context_window", 60))
    contexts = {
        name: _context_pattern(words) for name, words in (data.get("contexts") or {}).items()
    }
    weapons = Matcher(_rules(data.get("weapons") or [], contexts, window, "weapons"))
    return Lexicon(
        weapons=weapons,
        aircraft=Matcher(_rules(data.get("aircraft") or [], contexts, window, "aircraft")),
        sides=_sides(data.get("fired_by") or {}, weapons.canonicals),
    )


def _sides(
    fired_by: dict[str, Any], canonicals: Mapping[str, object]
) -> dict[tuple[str, str], str]:
    """``fired_by`` as (system, country) -> actor; raises ValueError on a system not listed."""
    sides: dict[tuple[str, str], str] = {}
    for actor, entry in fired_by.items():
        for system in entry["systems"]:
            if system not in canonicals:
                raise ValueError(f"fired_by: {actor}: {system!r} is no weapon of the lexicon")
            sides.update({(system, country): actor for country in entry["in"]})
    return sides


def fired_by(systems: Iterable[str], country_code: str | None) -> str | None:
    """The side that fires one of ``systems`` (canonical names) in the country it is used in,
    if the lexicon says only one side fires it there; None if none does, or they disagree."""
    if not country_code:
        return None
    sides = _lexicon().sides
    found = {sides[(s, country_code)] for s in systems if (s, country_code) in sides}
    return found.pop() if len(found) == 1 else None


@cache
def _lexicon() -> Lexicon:
    return load_lexicon()


def find_weapons(text: str) -> list[WeaponMention]:
    """Weapon systems and special munitions named in ``text`` (never the aircraft that fired),
    each system of a slashed pair too ("Shahed-131/136": Shahed-131 and Shahed-136)."""
    found = _lexicon().weapons.find(text)
    if found and "/" in text:
        found = sorted([*found, *_slashed_siblings(text, found)], key=lambda w: w.start)
    return found


# A system's number, then a sibling's after a slash: "Shahed-131/136", "Geran-1/2".
_SLASHED = re.compile(r"(?P<stem>[^\W\d_]+[- ]?)\d+/(?P<number>\d+)\b")


def _slashed_siblings(text: str, found: list[WeaponMention]) -> list[WeaponMention]:
    """The systems named by the numbers after a slash, where the name before it was found."""
    starts = {w.start for w in found}
    siblings = []
    for m in _SLASHED.finditer(text):
        if m.start() not in starts:
            continue
        named = _lexicon().weapons.find(m.group("stem") + m.group("number"))
        if len(named) == 1 and named[0].end == len(m.group("stem")) + len(m.group("number")):
            sibling = named[0]
            start, end = m.span("number")
            siblings.append(
                WeaponMention(start, end, text[start:end], sibling.canonical, sibling.event_type,
                              sibling.category)
            )
    return siblings


def find_aircraft(text: str) -> list[WeaponMention]:
    """Aircraft named in ``text``; category is the aircraft kind, event_type what it usually
    delivers (Tu-95 -> missile, Su-34 -> air_strike). Hints only: aircraft are not weapons."""
    return _lexicon().aircraft.find(text)


def weapon_event_type(canonical: str) -> str:
    """The event type a weapon implies (BM-21 Grad -> shelling); KeyError if not in the lexicon."""
    return _lexicon().weapons.canonicals[canonical].event_type


def lexicon_size() -> int:
    """How many weapon systems and special munitions the lexicon lists (aircraft excluded)."""
    return len(_lexicon().weapons.canonicals)
