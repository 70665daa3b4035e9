"""Finding place mentions in an article and resolving each to one place, using the article.

Candidate spans are runs of capitalised tokens (plus "al-", "on", "region" and the like),
looked up longest first in the gazetteer's hashed name index: one regex pass over the text and
a few dict/bisect reads per capitalised word, never a pattern per place name. Each span's
candidates are then ranked by population, exact vs alternate name, the countries and regions the
article talks about, and local cues ("Pokrovsk, in Donetsk region", "Ukraine's Kharkiv region",
"the Lebanese village of Shebaa"); spans that look like names of people, organisations, streets
or common words are dropped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Literal

from processors.gazetteer import (
    KIND_COUNTRY,
    KIND_PLACE,
    KIND_REGION,
    Gazetteer,
    Place,
    load_gazetteer,
    normalise,
)

STOPWORDS_FILE = Path(__file__).parent / "data" / "places_stopwords.txt"

# Latin and Cyrillic letters spelled out: several times faster than [^\W\d_] in `re`.
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff\u0400-\u052f"
# "U.S."; ``[L][L]*`` rather than ``[L]+`` lets ``re`` skip non-letters in C
_TOKEN = rf"[{_LETTERS}][{_LETTERS}]*(?:['’ʼ\-][{_LETTERS}]+)*(?:\.(?:[A-Z]\.)+)?"
_TOKEN_SPLIT = re.compile(f"({_TOKEN})")
# What may separate a place from the region or country it is in: "X, Y", "X in Y", "X, in the Y".
_CONTAINER_GAP = re.compile(r"(?:,|\s)\s*(?:in\s+(?:the\s+)?)?")
# Where a token that may start a name begins: a capital, a direction word, "al-", "el-"...
# Scanned in the text with a space in front: the match opens with the character before the
# token, which ``re`` jumps to in C, and its start is then the token's offset in the text.
_MAYBE_START = re.compile(
    rf"[^{_LETTERS}'’ʼ-](?:[A-Z\u00c0-\u00de\u0100-\u017f\u0400-\u042f]"
    r"|north|south|east|west|central|occupied|(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es|ez)-)"
)
_DATELINE = re.compile(r"\s*[A-Z][A-Z'’ .-]{1,40}?(?=\s*(?:,|—|–|\(|:|\s-\s))")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_TRIM_CHARS = re.compile("['’-]")
MAX_SPAN_TOKENS = 5

# fmt: off
# Lower-case words allowed inside a multi-word name ("Deir al-Balah", "Rostov-on-Don").
CONNECTORS = frozenset({
    "al", "el", "ad", "ag", "ak", "an", "ar", "as", "ash", "at", "az", "ed", "en", "er",
    "es", "et", "ez", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la",
    "le", "les", "los", "las", "on", "upon", "sur", "am", "der", "den", "im", "bin", "ibn",
    "um", "umm", "bani", "beni", "of",
})
# Lower-case words that may start a region name ("southern Lebanon", "northern Gaza").
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeastern", "northwestern", "southeastern", "southwestern", "occupied",
})
# A name followed by one of these is a street or a district inside a city, not a place.
STREET_WORDS = frozenset({
    "street", "streets", "st", "avenue", "avenues", "ave", "road", "roads", "square",
    "boulevard", "lane", "prospekt", "prospect", "highway", "vulytsia",
})
# A name in a list ending in one of these is a district inside a city ("Saltivka district").
DISTRICT_WORDS = frozenset({
    "district", "districts", "neighbourhood", "neighborhood", "microdistrict",
})
# Capitalised at a sentence start without being part of a name ("In Saraqib", "The Kremlin").
FUNCTION_WORDS = frozenset({
    "in", "on", "at", "the", "a", "an", "and", "or", "but", "of", "for", "from", "to", "by",
    "with", "as", "near", "outside", "inside", "across", "throughout", "around", "after",
    "before", "since", "during", "meanwhile", "also", "both", "while", "when", "where", "if",
    "into", "over", "toward", "towards", "against", "between", "within", "via", "like",
})
# Prepositions that make the following name a location, whatever verb comes next.
LOCATIVES = frozenset({
    "in", "at", "near", "of", "from", "outside", "inside", "across", "throughout", "around",
    "over", "into", "to", "toward", "towards", "within", "via", "on",
})
# Words before a name that say it is a city, with a demonym cue ("the Ukrainian city of").
SETTLEMENT_WORDS = frozenset({
    "city", "town", "village", "villages", "port", "region", "province", "settlement",
})
# A place followed by one of these is the subject of a statement: the government, not the place.
SPEECH_VERBS = frozenset({
    "said", "says", "say", "denied", "denies", "deny", "claimed", "claims", "claim",
    "accused", "accuses", "insisted", "insists", "warned", "warns", "announced",
    "announces", "blamed", "blames", "condemned", "condemns", "rejected", "rejects",
    "responded", "retaliated", "demanded", "demands", "stated", "confirmed", "admitted",
    "vowed", "threatened", "agreed", "signed", "wants", "wanted", "hopes",
    "urged", "urges", "called", "calls", "argues", "argued", "maintains", "maintained",
    "dismissed",
})
# Countries followed by these are acting ("Russia launched ...", "Israel has ...").
ACTION_VERBS = SPEECH_VERBS | frozenset({
    "launched", "launches", "fired", "fires", "sent", "sends", "hit", "hits", "struck",
    "strikes", "attacked", "attacks", "shelled", "bombed", "used", "uses", "deployed",
    "invaded", "invades", "ordered", "orders", "carried", "conducted", "targeted",
    "targets", "pounded", "has", "had", "is", "was", "will", "would", "continues",
    "continued", "began", "resumed", "seized", "captured", "occupied", "annexed",
    "recognised", "recognized",
})
# "installed by Moscow", "backed by Iran": the place stands for its government.
PASSIVE_POLITICAL = frozenset({
    "installed", "appointed", "backed", "supported", "sponsored", "funded", "armed",
    "recognised", "recognized", "imposed", "brokered", "mediated",
})
# "Russia's defence ministry", "Ukraine's interior minister": the state, not the territory.
STATE_NOUNS = frozenset({
    "ministry", "minister", "government", "army", "military", "forces", "troops",
    "president", "presidential", "parliament", "defence", "defense", "foreign", "interior",
    "envoy", "ambassador", "embassy", "delegation", "officials", "authorities",
    "leadership", "air", "navy", "security", "intelligence", "general", "prosecutor",
    "prime", "deputy",
})
# fmt: on

# Scoring weights (see _score) and thresholds (see _keep).
PRIMARY_NAME_BONUS = 1.5
KIND_BONUS = {KIND_PLACE: 0.0, KIND_REGION: 5.0, KIND_COUNTRY: 10.0}
CONTEXT_WEIGHT = 4.0
LOCAL_COUNTRY_WEIGHT = 5.0
LOCAL_REGION_WEIGHT = 4.0
MENTIONED_REGION_WEIGHT = 2.0
VOTE_COUNTRY, VOTE_REGION, VOTE_CUE, VOTE_BIG_PLACE, VOTE_PLACE = 3.0, 2.0, 1.0, 1.0, 0.5
BIG_PLACE_POPULATION = 100_000
WORLD_CITY_POPULATION = 1_000_000
FOREIGN_MIN_POPULATION = 50_000
DISTRICT_MAX_POPULATION = 20_000
SHORT_NAME_LEN = 3
KEY_MEMO_SIZE = 50_000
_KEYS: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved; ``role`` is "actor" when it stands for a government."""

    start: int
    end: int
    surface: str
    place: Place
    role: Literal["place", "actor"] = "place"


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    cap: bool
    possessive: bool = False


@dataclass(slots=True)
class _Span:
    first: int  # token indices, inclusive-exclusive
    last: int
    key: str
    candidates: tuple[int, ...]
    best: int = -1
    prior_best: int = -1  # best entry before context: what the span votes for
    vote: tuple[str, float] = ("", 0.0)
    containers: list[int] = field(default_factory=list)  # entries named right next to it
    cue_country: str | None = None


@cache
def stopwords() -> frozenset[str]:
    """Normalised names that are never places (shipped list)."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(normalise(w) for w in lines if w.strip() and not w.startswith("#"))


class _Tokens:
    """The text's word tokens as flat lists; a `_Token` is built only for the few looked at.

    Two C-level regex passes and list work keep tokenising a 3,000-char article well under a
    tenth of a millisecond, where one Python object per word would cost most of the budget.
    """

    def __init__(self, text: str) -> None:
        dateline = _DATELINE.match(text)
        self._dateline_end = dateline.end() if dateline else -1
        # split() with a group alternates gaps and words, so offsets are running lengths
        pieces = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self.words: list[str] = pieces[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self.possessive: set[int] = set()
        # Only words holding an apostrophe or hyphen need trimming: find them from those
        # characters (a few per article) rather than testing each of ~500 words.
        trimmed: set[int] = set()
        for m in _TRIM_CHARS.finditer(text):
            i = bisect_right(self.starts, m.start()) - 1
            if i >= 0 and m.start() < self.ends[i]:
                trimmed.add(i)
        for i in trimmed:
            self._trim(i, self.words[i])
        self._built: dict[int, _Token] = {}

    def _trim(self, i: int, word: str) -> None:
        """Drop a possessive ("Kharkiv's") and a lower-case suffix ("Kharkiv-based")."""
        if word.endswith(_POSSESSIVE) and len(word) > 3:
            word = word[:-2]
            self.possessive.add(i)
        if "-" in word:
            parts = word.split("-")
            while len(parts) > 1 and parts[-1].islower() and parts[-1] not in CONNECTORS:
                parts.pop()
            word = "-".join(parts)
        self.ends[i] = self.starts[i] + len(word)
        self.words[i] = word

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> _Token:
        token = self._built.get(i)
        if token is None:
            token = _Token(
                self.starts[i], self.ends[i], self.words[i], self.cap(i), i in self.possessive
            )
            self._built[i] = token
        return token

    def cap(self, i: int) -> bool:
        """``self[i].cap`` without building the token (the span scan asks it of most words)."""
        word = self.words[i]
        # All-caps words are acronyms, except in a dateline ("KHARKOV, Feb 28 —").
        if word.isupper() and len(word) > 1:
            return self.starts[i] < self._dateline_end
        return word[0].isupper()

    def maybe_starts(self, text: str) -> list[int]:
        """Indices of tokens that might begin a name (a cheap superset of `_startable`)."""
        starts, found = self.starts, []
        for m in _MAYBE_START.finditer(" " + text):
            i = bisect_left(starts, m.start())
            if i < len(starts) and starts[i] == m.start():
                found.append(i)
        return found


def _key(surface: str) -> str:
    """normalise(), memoised: articles repeat the same capitalised words."""
    key = _KEYS.get(surface)
    if key is None:
        if len(_KEYS) >= KEY_MEMO_SIZE:
            _KEYS.clear()
        key = _KEYS[surface] = normalise(surface)
    return key


def _joinable(text: str, tokens: _Tokens, j: int, region_words: frozenset[str]) -> bool:
    """Whether token j continues the name that token j - 1 is part of."""
    if j - 1 in tokens.possessive or text[tokens.ends[j - 1] : tokens.starts[j]] != " ":
        return False
    word = tokens.words[j]
    if word in CONNECTORS or word in region_words:
        return True
    if word[0].isupper():
        return tokens.cap(j)
    head, _, rest = word.partition("-")
    return head in CONNECTORS and rest[:1].isupper()


def _startable(word: str, cap: bool) -> bool:
    if cap:
        return True
    head, _, rest = word.partition("-")
    return word in DIRECTIONS or (head in CONNECTORS and rest[:1].isupper())


def _spans(text: str, tokens: _Tokens, gaz: Gazetteer) -> tuple[list[_Span], list[_Span]]:
    """Longest-match place spans and demonym cues, in text order."""
    stop = stopwords()
    places: list[_Span] = []
    cues: list[_Span] = []
    n = len(tokens)
    words, ends, region_words = tokens.words, tokens.ends, gaz.region_words
    free = 0  # first token not inside an earlier match
    for i in tokens.maybe_starts(text):
        if i < free:
            continue
        word, cap, end = words[i], tokens.cap(i), ends[i]
        if word.isupper() and not cap:  # acronyms: only "US", "UK", "UAE", "U.S."
            country = _country_acronym(gaz, word)
            if country:
                places.append(_Span(i, i + 1, normalise(word), country))
            continue
        if not _startable(word, cap) or (
            text.startswith(("-", "‑"), end)
            and text[end + 1 : end + 2].isdigit()  # "Tu-95", "Zapad-2025"
        ):
            continue
        run = 1
        while (
            i + run < n and run < MAX_SPAN_TOKENS and _joinable(text, tokens, i + run, region_words)
        ):
            run += 1
        for size in range(run, 0, -1):
            if size == 1 and not cap:
                break
            key = _key(word if size == 1 else " ".join(words[i : i + size]))
            if key in stop:
                continue
            if size == 1 and key in gaz.cues:
                cues.append(_Span(i, i + 1, key, (), cue_country=gaz.cues[key]))
                free = i + 1
                break
            found = gaz.candidates(key)
            if found:
                places.append(_Span(i, i + size, key, found))
                free = i + size
                break
    return places, cues


def _country_acronym(gaz: Gazetteer, word: str) -> tuple[int, ...]:
    return tuple(p for p in gaz.candidates(normalise(word)) if gaz.kind[p >> 1] == KIND_COUNTRY)


def _prior(gaz: Gazetteer, packed: int) -> float:
    entry = packed >> 1
    bonus = 0.0 if packed & 1 else PRIMARY_NAME_BONUS
    return math.log10(gaz.population[entry] + 1) + bonus + KIND_BONUS[gaz.kind[entry]]


def _votes(gaz: Gazetteer, spans: list[_Span], cues: list[_Span]) -> dict[str, float]:
    """How much the article is about each country, from prior-best readings of its names."""
    votes: dict[str, float] = defaultdict(float)
    for cue in cues:
        votes[cue.cue_country or ""] += VOTE_CUE
    voted: set[str] = set()
    for span in spans:
        entry = span.prior_best = max(span.candidates, key=lambda p: _prior(gaz, p)) >> 1
        kind = gaz.kind[entry]
        if kind == KIND_COUNTRY:
            weight = VOTE_COUNTRY
        elif kind == KIND_REGION:
            weight = VOTE_REGION
        else:
            unique = len({gaz.country_index[p >> 1] for p in span.candidates}) == 1
            big = gaz.population[entry] >= BIG_PLACE_POPULATION
            weight = VOTE_BIG_PLACE if big or unique else VOTE_PLACE
        span.vote = (gaz.country_code(entry), weight)
        if span.key not in voted:  # a name repeated is no more evidence than once
            voted.add(span.key)
            votes[span.vote[0]] += weight
    return votes


def _link_containers(
    text: str, tokens: _Tokens, spans: list[_Span], cues: list[_Span], gaz: Gazetteer
) -> None:
    """Record the country/region named right beside each span, and demonym cues before it."""
    areas = [[p >> 1 for p in span.candidates if gaz.kind[p >> 1] != KIND_PLACE] for span in spans]
    for (a, a_areas), (b, b_areas) in pairwise(zip(spans, areas, strict=True)):
        if not (a_areas or b_areas):
            continue
        between = text[tokens.ends[a.last - 1] : tokens.starts[b.first]]
        # "Pokrovsk, in Donetsk region", "IDLIB, Syria", "Mykolaiv in Lviv region"
        if b_areas and _CONTAINER_GAP.fullmatch(between):
            a.containers.extend(b_areas)
        # "Ukraine's Kharkiv region", "Syria's Idlib province"
        if a_areas and a.last - 1 in tokens.possessive and between.strip(" ’'s") == "":
            b.containers.extend(a_areas)
    cue_at = {cue.first: cue.cue_country for cue in cues}
    for span in spans:
        # "the Ukrainian city of Chernihiv", "the Lebanese village of Shebaa"
        window = range(max(0, span.first - 4), span.first)
        for j in window:
            if j in cue_at and any(tokens[k].text in SETTLEMENT_WORDS for k in window if k > j):
                span.cue_country = cue_at[j]


def _score(
    gaz: Gazetteer, span: _Span, packed: int, share: dict[str, float], regions: set[str]
) -> float:
    entry = packed >> 1
    cc = gaz.country_code(entry)
    score = _prior(gaz, packed) + CONTEXT_WEIGHT * share.get(cc, 0.0)
    if gaz.kind[entry] != KIND_COUNTRY and gaz.admin1_key(entry) in regions:
        score += MENTIONED_REGION_WEIGHT
    for container in span.containers:
        if gaz.country_code(container) == cc:
            score += LOCAL_COUNTRY_WEIGHT
            if gaz.kind[container] == KIND_REGION and gaz.admin1_key(container) == gaz.admin1_key(
                entry
            ):
                score += LOCAL_REGION_WEIGHT
    if span.cue_country == cc:
        score += LOCAL_COUNTRY_WEIGHT
    return score


def _written_lowercase(text: str, key: str) -> bool:
    """The name also occurs as an ordinary lower-case word ("police", "union")."""
    return any(f" {key}{end}" in text for end in " ,.;:")


def _keep(
    text: str,
    tokens: _Tokens,
    span: _Span,
    gaz: Gazetteer,
    votes: dict[str, float],
) -> bool:
    """False for spans that are more likely a person, firm, street or common word."""
    entry = span.best
    if span.last < len(tokens) and tokens.words[span.last].lower() in STREET_WORDS:
        return False
    kind = gaz.kind[entry]
    if kind != KIND_PLACE:
        return True
    last = tokens[span.last - 1]
    after = tokens[span.last] if span.last < len(tokens) else None
    cc = gaz.country_code(entry)
    population = gaz.population[entry]
    own_cc, own_vote = span.vote
    context = votes.get(cc, 0.0) - (own_vote if own_cc == cc else 0.0)
    others = sum(votes.values()) - own_vote
    local = span.cue_country == cc or any(gaz.country_code(c) == cc for c in span.containers)
    in_context = context > 0 or local
    strong = population >= WORLD_CITY_POPULATION or (
        population >= BIG_PLACE_POPULATION and in_context
    )
    if strong:
        return True
    if others > 0 and not in_context and population < FOREIGN_MIN_POPULATION:
        return False
    if len(span.key) <= SHORT_NAME_LEN:
        return False
    single = span.last - span.first == 1
    if single and _written_lowercase(text, span.key):
        return False
    # Part of a longer capitalised name: "Ukrainska Pravda", "Martin Ryan", "Bath County"
    before = tokens[span.first - 1] if span.first > 0 else None
    for neighbour, gap in (
        (before, before and text[before.end : tokens[span.first].start]),
        (after, after and text[last.end : after.start]),
    ):
        if (
            neighbour is not None
            and neighbour.cap
            and gap == " "
            and neighbour.text.lower() not in FUNCTION_WORDS
            and normalise(neighbour.text) not in gaz.cues
        ):
            return False
    # "the Oleksiivka, Saltivka and Pavlove Pole districts"
    j = span.last
    while j < len(tokens) and (tokens[j].cap or tokens[j].text in ("and", "or")):
        j += 1
    return not (
        j < len(tokens)
        and tokens[j].text.lower() in DISTRICT_WORDS
        and population < DISTRICT_MAX_POPULATION
    )


def _role(
    text: str, tokens: _Tokens, span: _Span, gaz: Gazetteer
) -> Literal["place", "actor"]:
    """'actor' for metonymy: "Moscow denied", "talks between Moscow and Kyiv", "Russia's army"."""
    entry = span.best
    is_country = gaz.kind[entry] == KIND_COUNTRY
    words = tokens.words  # read directly: a `_Token` per neighbour costs more than the test
    possessive = span.last - 1 in tokens.possessive
    after = words[span.last].lower() if span.last < len(words) else ""
    before = words[span.first - 1].lower() if span.first > 0 else ""
    before2 = words[span.first - 2].lower() if span.first > 1 else ""
    verbs = ACTION_VERBS if is_country else SPEECH_VERBS
    # "in occupied Donetsk said ...": the place is where the speakers are, not the subject
    located = before in LOCATIVES or (before2 in LOCATIVES and before in DIRECTIONS)
    if not possessive and after in verbs and not located:
        return "actor"
    if before == "between" or (
        before == "and"
        and before2
        and span.first > 2
        and words[span.first - 3].lower() == "between"
    ):
        return "actor"
    if before == "by" and before2 in PASSIVE_POLITICAL:
        return "actor"
    if is_country and span.last < len(words):
        adjacent = possessive or text[tokens.ends[span.last - 1] : tokens.starts[span.last]] == " "
        if adjacent and after in STATE_NOUNS:
            return "actor"
    return "place"


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place the text names, each resolved to one best place, sorted by position."""
    gaz = gazetteer or load_gazetteer()
    tokens = _Tokens(text)
    spans, cues = _spans(text, tokens, gaz)
    if not spans:
        return []
    votes = _votes(gaz, spans, cues)
    total = sum(votes.values()) or 1.0
    share = {cc: v / total for cc, v in votes.items()}
    _link_containers(text, tokens, spans, cues, gaz)
    regions = {
        gaz.admin1_key(span.prior_best)
        for span in spans
        if gaz.kind[span.prior_best] == KIND_REGION
    }
    mentions: list[PlaceMention] = []
    for span in spans:
        best = max(span.candidates, key=lambda p: _score(gaz, span, p, share, regions))
        span.best = best >> 1
        if not _keep(text, tokens, span, gaz, votes):
            continue
        start, end = tokens[span.first].start, tokens[span.last - 1].end
        role = _role(text, tokens, span, gaz)
        mentions.append(PlaceMention(start, end, text[start:end], gaz.place(span.best), role))
    return mentions
