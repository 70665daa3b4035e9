"""Finding place mentions in an article and resolving each to one place, using the article.

Candidate spans are runs of capitalised tokens (plus "al-", "on", "region" and the like),
looked up longest first in the gazetteer's hashed name index: a few dict/bisect reads per
capitalised word, never a pattern per place name. Each span's candidates are then ranked by
population, exact vs alternate name, the countries and regions the article talks about, and
local cues ("Pokrovsk, in Donetsk region", "Ukraine's Kharkiv region", "the Lebanese village of
Shebaa"); spans that look like names of people, organisations, streets or common words are
dropped. A Cyrillic name the gazetteer does not know is read as a case form of a nominative it
knows ("у Харкові", "в Киеве", "у Кривому Розі"), by a few Ukrainian/Russian ending rules.

Speed: an article has ~450 words but only ~80 that may start a name. One C-level regex pass
finds those; everything else is read near them, a space-delimited chunk at a time, through
memos keyed on chunks, words and names (news repeats them), so most words are never visited
in Python at all.
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise, repeat, takewhile
from pathlib import Path
from typing import Literal

from processors.actors import NATIONAL_ARMIES
from processors.casefold import contains_any
from processors.counts import NUMBER_WORDS
from processors.gazetteer import (
    KIND_COUNTRY,
    KIND_PLACE,
    KIND_REGION,
    NO_COUNTRY,
    Gazetteer,
    Place,
    load_gazetteer,
    normalise,
)

STOPWORDS_FILE = Path(__file__).parent / "data" / "places_stopwords.txt"

# Latin and Cyrillic letters spelled out: several times faster than [^\W\d_] in `re`.
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff\u0400-\u052f"
# The country that holds a region, written before it: "Pakistan-administered Kashmir".
_HELD_BY = re.compile(r"-(?:administered|controlled|held|occupied|run)\s+")
# What may separate a place from the region or country it is in: "X, Y", "X in Y", "X, in the Y".
_CONTAINER_GAP = re.compile(
    r"(?:,|\s)\s*(?:in\s+(?:the\s+)?)?"
    # "the Jabaliya dam forest area in western Daraa province"
    r"|\s+(?:(?!(?:and|or|but|as|while|to|from|of|near|by)\s)[a-z][\w-]*\s+){1,3}?in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?"
)
# "the Ukrainian capital", "Colombia's capital": the country's capital city, unless the
# name follows ("the Afghan capital, Kabul" names it itself) or it is money ("Russia's
# capital markets").
_CAPITAL_AFTER = re.compile(
    r"\s+capital(?:\s+city)?\b(?!\s*,?\s+[A-Z]|-|\s+(?:markets?|gains?|flight|flows?|"
    r"controls?|expenditure|spending|investments?|punishment|goods|account|adequacy|"
    r"requirements?|injections?|outflows?|inflows?|reserves?)\b)"
)
_WORD_BEFORE = re.compile(r"[\w'’-]+$")
_SETTLEMENT_BEFORE = re.compile(r"(?:\b(?:city|town|village)\s+of|(?:^|[.!?]\s+)In)\s+$")
# A word token; "U.S."; ``[L][L]*`` rather than ``[L]+`` lets ``re`` skip non-letters in C.
# A token holds no space, so tokenising a space-delimited chunk alone gives the text's tokens.
# (Possessive groups save ``re`` its backtracking records: nothing after a token in these
# patterns can fail, so no match ever backtracks into one and the matches are the same.)
_TOKEN_REST = rf"[{_LETTERS}]*(?:['’ʼ\-][{_LETTERS}]+)*+(?:\.(?:[A-Z]\.)+)?+"
_TOKEN = re.compile(rf"[{_LETTERS}]{_TOKEN_REST}")
# A token that may start a name: one opening with a capital, a direction word, "al-", "el-"...,
# not right after a letter, apostrophe or hyphen. The groups: the token, the rest of its chunk
# and the next two chunks (what may continue the name; empty where the text ends first), and an
# empty one where they end. (`` ?`` takes the space a chunk ends at, if one follows: only the
# text's end stops a chunk without one. It is dearer in ``re`` as optional groups.) For
# capitals the "not right after" check follows the letter (a lookbehind over it and the
# character before), so ``re`` jumps from capital to capital in C; the rarer lower-case starts
# are found with ``str.find`` (each holds one of `_LOWER_START_LITERALS`, or a hyphen 2 or 3
# letters in).
_NEXT_CHUNK = r"(?=([^ ]*) ?([^ ]*) ?([^ ]*)())"
_CAPITAL_START = re.compile(
    # (an apostrophe after a letter joins the word, "d'Ivoire"; one after a space or at the start
    # opens a quote: "'Kharkiv is under fire again,' he wrote")
    rf"([A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f](?<![{_LETTERS}-].)"
    rf"(?<![{_LETTERS}]['’ʼ].)"
    rf"{_TOKEN_REST}){_NEXT_CHUNK}"
)
_LOWER_START = re.compile(
    rf"(?<![{_LETTERS}'’ʼ-])"
    r"(?=north|south|east|west|central|occupied|(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es|ez)-)"
    rf"([{_LETTERS}]{_TOKEN_REST}){_NEXT_CHUNK}"
)
_LOWER_START_LITERALS = ("north", "south", "east", "west", "central", "occupied")
# The Persian linking vowel inside names, kept on its word: "Qasr-e Shirin", "Bandar-e Abbas"
# (not a suffix to drop, as "-based" in "Kharkiv-based").
_EZAFE = frozenset(("e", "i", "ye"))
_HYPHENED = frozenset(
    ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en", "es", "ez")
)
_HYPHENS = "-‐‑"
_SAINT = frozenset(("St", "St.", "Ste", "Saint"))
_NAME_LINKS = frozenset(("du", "de", "des", "del", "della", "di"))
_ARMED_GROUP_WORDS = frozenset(("militia", "militias", "militiamen", "fighters", "rebels",
                                "insurgents", "gunmen", "militants"))
_NAMED_SITES = frozenset(("airport", "stadium", "university", "hospital", "mosque", "church",
                          "shrine", "palace", "prison", "market"))
# A saint's church or school, named "St George's church" or "the Church of St Peter and St Paul".
_SAINTS_SITES = frozenset(("church", "cathedral", "basilica", "chapel", "monastery", "hospital",
                           "school", "college", "abbey", "mosque", "shrine", "convent", "parish"))
# ... or a saint's day: "the feast of St. John the Baptist"
_SITE_OF_SAINT = re.compile(
    rf"\b(?i:{'|'.join(sorted(_SAINTS_SITES))}|feast(?:\s+day)?|festival|gospel)\s+of\s+"
    r"(?:(?:St\.?|Saint)\s+[A-Z][\w'’-]+\s+and\s+)?$"
)
_ASCII_LETTERS = frozenset(string.ascii_letters)
# The (up to) 4 tokens from an offset on, as finditer of `_TOKEN` would find them: tokens start
# at the first letter after the previous one.
_FOUR_TOKENS = re.compile(
    rf"(?:[^{_LETTERS}]*(?P<t1>{_TOKEN.pattern})(?:[^{_LETTERS}]*(?P<t2>{_TOKEN.pattern})"
    rf"(?:[^{_LETTERS}]*(?P<t3>{_TOKEN.pattern})(?:[^{_LETTERS}]*(?P<t4>{_TOKEN.pattern}))?)?)?)?"
)
# (accented capitals too: "BOGOTÁ, Jan 18 —", "SÃO PAULO —")
_CAPITALS = "A-ZÀ-ÖØ-Þ"
_DATELINE = re.compile(rf"\s*[{_CAPITALS}][{_CAPITALS}'’ ./-]{{1,40}}?(?=\s*(?:,|—|–|\(|:|\s-\s))")
# A heading at a line's start, in capitals, before a colon or a dash (a hyphen between spaces
# too, as a round-up's second dateline has it: "KHARKIV - The toll from Thursday's attack").
_HEADING = re.compile(
    # ("AL-MAWASI. The International Committee of the Red Cross said ...")
    rf"^[ \t]*(?:[*•·-][ \t]*)?([{_CAPITALS}][{_CAPITALS}'’ .-]{{1,40}}?)"
    # (or a post's "BELGOROD | Governor ...", "EL FASHER 🔴 The Coordination ...", its emoji
    # read as spaces)
    r"(?=[ \t]*(?::|—|–|\|)|[ \t]-[ \t]|\.[ \t]+[A-Z]|[ \t]{2,}[A-Z])",
    re.MULTILINE,
)
_NO_END = 1 << 62  # past any offset: (pos, _NO_END) sorts after every heading opening at pos
_POSSESSIVE = ("'s", "’s", "s'", "s’")
# The gap between an owner and what it owns: "Gaza City's Zeitoun neighbourhood".
POSSESSIVES = ("'s ", "’s ")
MAX_SPAN_TOKENS = 5

# fmt: off
# Lower-case words allowed inside a multi-word name ("Deir al-Balah", "Rostov-on-Don").
CONNECTORS = frozenset({
    "al", "el", "ad", "ag", "ak", "an", "ar", "as", "ash", "at", "az", "ed", "en", "er",
    "es", "et", "ez", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la",
    "le", "les", "los", "las", "on", "upon", "sur", "am", "der", "den", "im", "bin", "ibn",
    "um", "umm", "bani", "beni", "of",
    "and",  # "Jammu and Kashmir", "Bosnia and Herzegovina" (tried longest first, as all runs)
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
    # a residential complex named for a place: "a tower in the Manhattan complex" (Kazan)
    "complex",
    # a water body named for a town is not the town: "on the Kakhovka reservoir opposite
    # Enerhodar" (not "dam" or "bay": "the Kakhovka dam", "rockets at Haifa Bay")
    "reservoir", "river", "lake", "canal", "estuary",
    # ... nor a sea named like one ("в Белом море": the White Sea, not Belyy)
    "sea", "море", "моря", "морі", "морем", "озеро", "озера", "озері", "водосховище",
    "водосховища", "водохранилище", "водохранилища",
})
# A name after one of these is a street's ("на улице Балтийской", "на вулиці Київській": the
# street, not Baltiysk or Kyiv); before them too ("Балтийская улица", ``STREET_WORDS``).
_STREET_BEFORE = frozenset({
    "улица", "улице", "улицы", "улицу", "улицах", "ул", "проспект", "проспекте", "проспекта",
    "переулок", "переулке", "бульвар", "бульваре", "шоссе", "вулиця", "вулиці", "вулицю",
    "вулицях", "вул", "проспекті", "провулок", "провулку", "бульварі", "шосе",
    # a square's ("на площі Перемоги" is Victory Square, not the village Peremoha; "на майдані
    # Свободи" is Freedom Square)
    "площа", "площі", "площу", "площею", "площадь", "площади", "площадью", "майдан", "майдані",
    "майдану", "майданом",
})  # fmt: skip
STREET_WORDS = STREET_WORDS | _STREET_BEFORE
# First names, in any case (by their stems): the capitalised word after one is a surname.
_CYRILLIC_FIRST_NAME = re.compile(
    r"(?:Богдан|Тарас|Іван|Иван|Михайл|Михаил|Олександр|Александр|Володимир|Владимир|Сергі|"
    r"Серге|Андрі|Андре|Дмитр|Юрі|Юри|Віталі|Витали|Олег|Петр|Микол|Никола|Васил|Ігор|"
    r"Игор|Максим|Роман|Віктор|Виктор|Григорі|Григори|Вадим|Ольг|Ірин|Ирин|Євген|Евген|"
    r"Степан|Павл|Павел|Антон|Леоні|Леони|Анатолі|Анатоли|Валері|Валери|Костянтин|Константин|"
    r"Ярослав|Станіслав|Станислав|Вячеслав|В'ячеслав|Олексі|Алексе|Геннаді|Геннади|Наталі|"
    r"Натали|Тетян|Татьян|Юлі|Юли|Олен|Елен|Катерин|Екатерин|Світлан|Светлан|Людмил)"
    r"[а-яіїєґ]{0,4}"
)
_SEA_PORT_AFTER = re.compile(r"\s+(?:trade\s+|commercial\s+)?(?:port|ports|terminal)\b")
# A firm named for a town is not the town: "outside a branch of Kabul Bank in Kunduz".
_FIRM_WORDS = frozenset({"Bank", "Airlines", "Airways"})
# A name in a list ending in one of these is a district inside a city ("Saltivka district").
DISTRICT_WORDS = frozenset({
    "district", "districts", "neighbourhood", "neighborhood", "microdistrict",
})
# What ends the text before a word that opens a sentence (or a line, a quote, a headline).
_SENTENCE_ENDS = frozenset('.!?:;"“”\n')
# Capitalised at a sentence start without being part of a name ("In Saraqib", "The Kremlin").
FUNCTION_WORDS = frozenset({
    "in", "on", "at", "the", "a", "an", "and", "or", "but", "of", "for", "from", "to", "by",
    "with", "as", "near", "outside", "inside", "across", "throughout", "around", "after",
    "before", "since", "during", "meanwhile", "also", "both", "while", "when", "where", "if",
    "into", "over", "toward", "towards", "against", "between", "within", "via", "like",
    # Ukrainian and Russian ("У Львові", "Поблизу Сум", "Под Белгородом")
    "у", "в", "во", "на", "з", "із", "зі", "с", "со", "до", "по", "під", "под", "над", "біля",
    "возле", "поблизу", "вблизи", "від", "от", "через", "після", "после", "та", "і", "й",
    "и", "а", "але", "но", "або", "или", "також", "также", "як", "как", "коли", "когда",
})
# Prepositions that make the following name a location, whatever verb comes next.
LOCATIVES = frozenset({
    "in", "at", "near", "of", "from", "outside", "inside", "across", "throughout", "around",
    "over", "into", "to", "toward", "towards", "within", "via", "on",
    "у", "в", "во", "на", "з", "із", "зі", "с", "со", "до", "по", "під", "под", "біля", "возле",
    "поблизу", "вблизи", "від", "от", "над",
})
# Words before a name that say it is a city, with a demonym cue ("the Ukrainian city of").
SETTLEMENT_WORDS = frozenset({
    "city", "town", "village", "villages", "port", "region", "province", "settlement",
})
# A demonym before one of these says who fired ("Russian missiles hit Izium", "Israeli
# strikes on Rafah", "Iranian-made drones"), not where the article's places are: counted as
# country context, it made a town in the struck country lose to a namesake in the
# attacker's ("Russian drones hit Pokrovsk" read as Pokrovsk, Russia). Not so in a civil
# war, where the state's army fights at home ("Syrian army shelling hit Ariha").
ATTACKER_NOUNS = frozenset({
    "forces", "force", "troops", "army", "military", "soldiers", "navy", "air", "warplanes",
    "warplane", "jets", "jet", "aircraft", "planes", "helicopters", "bombers", "drones", "drone",
    "missiles", "missile", "rockets", "rocket", "shells", "shelling", "artillery", "mortars",
    "mortar", "bombs", "bomb", "bombing", "bombardment", "strikes", "strike", "airstrikes",
    "airstrike", "attacks", "attack", "fire", "gunfire", "tanks", "tank", "occupiers",
    "invaders", "offensive", "assault", "raid", "raids", "ballistic", "cruise", "glide",
    "guided", "kamikaze", "militants", "fighters",
    # a group or country as the subject of an attack: "Hezbollah fired rockets at Kiryat
    # Shmona", "Israel carried out a drone strike on Jenin"
    "fired", "launched", "struck", "attacked", "shelled", "bombed", "targeted", "hit",
    "carried", "pounded",
})
_BY_NEXT = re.compile(r"\s+by\b")
_ATTACKER_NEXT = re.compile(r"-(?:made|built|supplied|designed|launched|fired)\b|[\s-]+([A-Za-z]+)")
# A place followed by one of these is the subject of a statement: the government, not the place.
SPEECH_VERBS = frozenset({
    "said", "says", "say", "denied", "denies", "deny", "claimed", "claims", "claim",
    "accused", "accuses", "insisted", "insists", "warned", "warns", "announced",
    "announces", "blamed", "blames", "condemned", "condemns", "rejected", "rejects",
    "responded", "retaliated", "demanded", "demands", "stated", "confirmed", "admitted",
    "vowed", "threatened", "agreed", "signed", "wants", "wanted", "hopes",
    "urged", "urges", "called", "calls", "argues", "argued", "maintains", "maintained",
    "dismissed",
    # ("Islamabad did not formally confirm the strikes", "Moscow declined to comment")
    "did", "does", "didn't", "doesn't", "declined", "refused",
})
_AUXILIARIES = frozenset({"was", "is", "were", "are", "has", "have", "had"})
# Speech verbs in the progressive: "Washington was accusing Moscow of hitting rebel groups".
_SPEECH_ING = frozenset({
    "saying", "accusing", "denying", "claiming", "insisting", "warning", "blaming",
    "demanding", "urging", "calling", "condemning", "rejecting", "threatening", "vowing",
})  # fmt: skip
# Verbs whose object is a government addressed ("urged Kabul to", "accused Kyiv of").
ADDRESSED_VERBS = frozenset({
    "urged", "urges", "warned", "warns", "told", "tells", "asked", "asks", "pressed",
    "presses", "accused", "accuses", "blamed", "blames", "criticised", "criticized",
    "thanked", "thanks", "invited", "invites",
})  # fmt: skip
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

# Case endings of Ukrainian and Russian nouns, as normalised (й folds to и, ї to і, ё to е),
# each tried; none for a genitive plural: "Харкові", "Києву", "Сумах", "Белгороде", "Сум".
# fmt: off
_CASE_ENDINGS = (
    "ові", "еві", "єві", "ами", "ями", "ам", "ям", "ом", "ем", "єм", "ою", "ею", "єю", "ои",
    "еи", "ах", "ях", "і", "и", "ы", "у", "ю", "а", "я", "е", "",
)
# fmt: on
# What a stem may end with in the nominative: "Одес-а", "Дніпр-о", "Ірпін-ь", "Сум-и"; a
# word with no ending stripped is only read as a plural's genitive ("Сум", "Черкас").
_NOMINATIVE_ENDINGS = ("", "а", "я", "о", "ь", "и")
_PLURAL_ENDINGS = ("и", "ы")
# Case forms are guessed only for places of the countries that write their names in these
# languages, or whose names their news declines as its own (former Soviet republics: "в
# Барде", Azerbaijan), or for places big enough to be in foreign news ("у Вашингтоні"; not
# from a word with no ending: "Мер" is no "Меру"). A foreign name that ends in a vowel but
# "а" or "я" is not declined ("Бордо", "Тбилиси"): no case form reads as it ("Барды" is
# Barda's).
INFLECTED_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "GE", "AM", "AZ", "KZ"})
_INDECLINABLE_ENDS = frozenset("оеиуюэі")
# Consonants that soften before -і in Ukrainian: "Каховці" (Каховка), "Ризі" (Рига).
_SOFTENED = {"ц": "к", "з": "г", "с": "х"}
# Adjective endings -> nominative endings, for the first word of a two-word name ("Кривому
# Розі", "Новій Каховці", "Новой Каховке"); as normalised, "ій" is "іи".
_ADJECTIVE_FORMS = {
    "ому": ("ии", "е", "ыи", "ое"),
    "ого": ("ии", "е", "ыи", "ое"),
    "ім": ("ии", "е"),
    "ом": ("ыи", "ии", "ое"),
    "іи": ("а",),
    "оі": ("а",),
    "ську": ("ська",),  # Ukrainian feminine accusative: "Харківську область"
    "цьку": ("цька",),
    "ою": ("а", "ая"),
    "ую": ("а", "ая"),
    "им": ("ии", "е"),
    "ым": ("ыи", "ое"),
    "ои": ("ая", "ыи"),
    "еи": ("ая",),
}
_VOWELS = frozenset("аеєиіоуюяыэ")
MIN_STEM_LEN = 3

# Scoring weights (see _score) and thresholds (see _keep).
PRIMARY_NAME_BONUS = 2.5
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
SHORT_TOWN_POPULATION = 20_000
# Entries each memo of `_Lexicon` keeps before it is emptied (a few MB at most).
MEMO_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved; ``role`` is "actor" when it stands for a government."""

    start: int
    end: int
    surface: str
    place: Place
    role: Literal["place", "actor"] = "place"


@cache
def stopwords() -> frozenset[str]:
    """Normalised names that are never places (shipped list)."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(normalise(w) for w in lines if w.strip() and not w.startswith("#"))


@cache
def people_names() -> frozenset[str]:
    """The people's names of the shipped list (its "# people" section): a one-word town name
    right before one is that person's first name ("Vladimir Putin had threatened")."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    start = lines.index(next(line for line in lines if line.startswith("# people")))
    section = takewhile(lambda line: not line.startswith("#"), lines[start + 1 :])
    return frozenset(normalise(w) for w in section if w.strip())


_MISSING = object()


def _closed_syllable_i(stem: str) -> str | None:
    """The stem with the о/е/є of its closed last syllable turned into і, as the Ukrainian
    nominative has it: "харков" -> "харків", "києв" -> "київ", "ірпен" -> "ірпін"."""
    for i in range(len(stem) - 1, 0, -1):
        ch = stem[i]
        if ch in _VOWELS:
            if ch in "оеє" and i < len(stem) - 1:
                return stem[:i] + "і" + stem[i + 1 :]
            return None
    return None


def _noun_forms(word: str) -> dict[str, None]:
    """The nominatives a noun may have (itself included): a case ending stripped, then the
    stem, or the stem with a softened consonant restored, as is or with the Ukrainian
    о/е/є -> і of a closed last syllable, with a nominative ending."""
    found = {word: None}
    for ending in _CASE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM_LEN:
            continue
        stem = word[: len(word) - len(ending)]
        stems = [stem]
        if ending == "і" and stem[-1] in _SOFTENED:  # "Каховці", "Розі"
            stems.append(stem[:-1] + _SOFTENED[stem[-1]])
        if ending and stem[-1] == "ц" and stem[-2] not in "аеєиіїоуюяыэ":
            # the vowel the nominative has before its last consonant: "Марганцю", "у
            # Марганці" (Марганець), "Ельца" (Елец)
            found[stem[:-1] + "ець"] = None
            found[stem[:-1] + "ец"] = None
        for base in stems:
            for form in (base, _closed_syllable_i(base)):
                if form is not None:
                    for suffix in _NOMINATIVE_ENDINGS if ending else _PLURAL_ENDINGS:
                        found[form + suffix] = None
    return found


def _adjective_forms(word: str) -> tuple[str, ...]:
    """The nominatives an adjective opening a two-word name may have (itself included)."""
    for ending, nominative_endings in _ADJECTIVE_FORMS.items():
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LEN - 1:
            stem = word[: len(word) - len(ending)]
            return (word, *(stem + suffix for suffix in nominative_endings))
    return (word,)


_MIN_OU_KEY = 6  # letters of a name whose "ou" may be tried as "u" ("Makhmour"; not "Tour")
# Arabic's article is written as it is said: "al-", or "el-", or assimilated to a "sun
# letter" ("ash-Shughur", "ad-Dawla", "an-Nabatieh"), its vowel "a" or "e" ("Ed Dabbah" is
# GeoNames' "Ad Dabbah"); news and GeoNames often choose differently ("Jisr al-Shughur" is
# GeoNames' "Jisr ash-Shughur").
_ARTICLE = re.compile(r"(?<![^\s-])(?:al|el|[ae](?:th|dh|sh|[tdrzsn]))(?P<sep>[\s-])(?=\w)")
_SUN_LETTERS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")


def article_variants(key: str) -> list[str]:
    """The other spellings of the Arabic articles in a normalised name (up to two of them)."""
    variants = [key]
    for m in reversed(list(_ARTICLE.finditer(key))[:2]):
        following = key[m.end() : m.end() + 2]
        sun = next((s for s in _SUN_LETTERS if following.startswith(s)), None)
        sep = m.group("sep")  # ``normalise`` makes the hyphen a space
        forms = (f"al{sep}", f"el{sep}", *((f"a{sun}{sep}", f"e{sun}{sep}") if sun else ()))
        variants = [v[: m.start()] + form + v[m.end() :] for v in variants for form in forms]
    return [v for v in dict.fromkeys(variants) if v != key]


# A Ukrainian hromada (community) named by its town's adjective: "Нікопольська громада" is
# Nikopol's, "Великописарівська" Velyka Pysarivka's. The adjective's stem, before "-ськ-",
# is the town's name, or its name less "-ка", "-ськ", "-и" or "-лля" ("Краснопільська":
# Krasnopillia); a compound's first part in "-о" is an adjective of its own ("Велико-").
_HROMADA_AFTER = re.compile(r" (?:(?:міськ|сільськ|селищн)\w* )?громад")
# A site named by its town's adjective: "на Яворівському полігоні", "Миргородського аеродрому".
_TOWN_SITE_AFTER = re.compile(r" (?:полігон|аеродром|летовищ)")
_HROMADA_ADJECTIVE = re.compile(r"ськ(?:а|ої|у|ою|іи|ии|ого|ому|ім|ій)$")
_COMPOUND_HEADS = {
    "велико": ("велика", "великии", "велике"), "ново": ("нова", "новии", "нове"),
    "старо": ("стара", "старии", "старе"), "мало": ("мала", "малии", "мале"),
    "біло": ("біла", "білии", "біле"), "червоно": ("червона", "червонии", "червоне"),
    "верхньо": ("верхня", "верхніи"), "нижньо": ("нижня", "нижніи"),
}  # fmt: skip


def hromada_towns(key: str) -> list[str]:
    """The town names (normalised) a hromada's adjective (``key``, normalised) may be of."""
    found = _HROMADA_ADJECTIVE.search(key)
    if found is None or found.start() < 3:
        return []
    stem = key[: found.start()]
    # ("Хотінська": Хотінь; "Зноб-Новгородська": Зноб-Новгородське)
    tails = [stem, f"{stem}ка", f"{stem}ськ", f"{stem}и", f"{stem}ь", f"{stem}а", f"{stem}ське"]
    if stem.endswith("ль"):
        tails.append(f"{stem[:-1]}ля")
    names = list(tails)
    # a hyphened name's first part, made an adjective in "-о" ("Середино-Будська": Середина-Буда)
    first, space, _ = stem.partition(" ")
    if space and first.endswith("о") and len(first) > 3:
        names += [f"{first[:-1]}{end}{tail[len(first):]}" for end in ("а", "е") for tail in tails]
    for head, forms in _COMPOUND_HEADS.items():
        if stem.startswith(head) and len(stem) > len(head) + 2:
            names += [f"{form} {tail[len(head):]}" for form in forms for tail in tails]
    return names


def nominatives(key: str) -> list[str]:
    """The nominative forms a normalised Cyrillic name may have if it is in another case: its
    last word's noun forms, after the adjective forms of the word before it ("Кривому Розі" ->
    "Кривий Ріг", "Ивано-Франковской области" -> "Ивано-Франковская область"); a one-word
    name's adjective forms too ("Раменском" -> "Раменское", "Лозовій" -> "Лозова")."""
    head, _, last = key.rpartition(" ")
    # (in a hyphenated head, its last part is the adjective: "Ивано-Франковской области")
    before, space, adjective = head.rpartition(" ")
    heads = tuple(f"{before}{space}{form}" for form in _adjective_forms(adjective))
    found = {
        f"{first} {form}" if first else form: None for first in heads for form in _noun_forms(last)
    }
    first, joint, rest = key.partition(" на ")
    if joint and " " not in first:
        # "в Славянске-на-Кубани", "в Ростове-на-Дону": the first word is the one in the case
        found.update((f"{form} на {rest}", None) for form in _noun_forms(first))
    if head and " " not in head and last.endswith(("ому", "ого", "ім", "ом")):
        # a noun and then its adjective, both in the case: "у Новгороді-Сіверському"
        # (Новгород-Сіверський)
        nouns = (head, *_noun_forms(head))
        found.update((f"{noun} {form}", None) for noun in nouns for form in _adjective_forms(last))
    if not head and last.endswith(("ом", "іи", "ои", "ому", "ого")):
        # A one-word name shaped like an adjective: "в Раменском" (Раменское), "в Жуковском";
        # a feminine one, "по Лозовій", "в Лозовой" (Лозова, Лозовая); the Ukrainian "у
        # Рівному", "біля Хмельницького" (but "у Слов'янському районі" is a district:
        # ``_NAMED_BY_ADJECTIVE_AFTER``).
        found.update(dict.fromkeys(_adjective_forms(last)))
    found.pop(key, None)
    return list(found)


class _Word:
    """What the span scan asks of one word form; built once per form (see `_Lexicon.word`)."""

    __slots__ = (
        "acronym", "cap", "joins", "key", "lower", "named", "reading", "startable", "text",
    )  # fmt: skip

    def __init__(self, text: str, in_dateline: bool, region_words: frozenset[str]) -> None:
        self.text = text
        self.lower = text.lower()
        self.key = normalise(text)
        upper = text.isupper()
        # All-caps words are acronyms, except in a dateline ("KHARKOV, Feb 28 —").
        self.cap = in_dateline if upper and len(text) > 1 else text[0].isupper()
        self.acronym = upper and not self.cap  # only "US", "UK", "UAE", "U.S." are kept
        head, _, rest = text.partition("-")
        prefixed = head in CONNECTORS and rest[:1].isupper()  # "al-Balah"
        self.startable = self.cap or text in DIRECTIONS or prefixed
        self.named = self.cap or prefixed  # may be a name alone ("al-Hazm")
        # May continue the name the previous token is part of.
        self.joins = (
            text in CONNECTORS
            or text in region_words
            or (self.cap if text[0].isupper() else prefixed)
        )
        self.reading: _Name | str | object | None = _MISSING  # `_Lexicon.lookup(text)`


# A token of a piece of text: (start, end, word, possessive, stop), offsets in the piece; the
# end and word leave out a possessive ("Kharkiv's") or a lower-case suffix ("Kharkiv-based"),
# which the stop (where the next token may start) includes.
_Tok = tuple[int, int, _Word, bool, int]


def _without_alternates_of_own_names(lex: _Lexicon, candidates: tuple[int, ...]) -> tuple[int, ...]:
    """``candidates`` (packed: entry, alternate flag) less the places that have the name only
    as an alternate in a country where it is a place's own name (a place of known population:
    hamlets GeoNames gives none are too little known to hide a town's spelling, "FAIZABAD" is
    Badakhshan's Fayzabad)."""
    own = {
        lex.entry(packed >> 1)[:2]
        for packed in candidates
        if not packed & 1
        and lex.entry(packed >> 1)[1] == KIND_PLACE
        and lex.entry(packed >> 1)[3] > 0
    }
    if not own:
        return candidates
    return tuple(p for p in candidates if not p & 1 or lex.entry(p >> 1)[:2] not in own)


class _Name:
    """A name found in the gazetteer, with what ranking needs of its candidates precomputed."""

    __slots__ = (
        "areas", "key", "options", "prior_entry", "prior_kind", "prior_region", "small", "vote",
    )

    def __init__(self, lex: _Lexicon, key: str, candidates: tuple[int, ...]) -> None:
        gaz = lex.gaz
        self.key = key
        # A name that is a place's own name in a country is not another place's alternate
        # there: "Novooleksandrivka" is the villages so named, not Melitopol's old name.
        if len(candidates) > 1:
            candidates = _without_alternates_of_own_names(lex, candidates)
        # (packed, country code, kind, admin1 key, population, prior) per candidate, in order
        self.options = tuple((p, *lex.entry(p >> 1), lex.prior(p)) for p in candidates)
        # the best reading before context: what the name votes for
        entry = self.prior_entry = max(candidates, key=lex.prior) >> 1
        cc, kind, self.prior_region, population = lex.entry(entry)
        self.prior_kind = kind
        self.small = kind == KIND_PLACE and population < FOREIGN_MIN_POPULATION
        if kind == KIND_COUNTRY:
            weight = VOTE_COUNTRY
        elif kind == KIND_REGION:
            weight = VOTE_REGION
        else:
            unique = len({gaz.country_index[p >> 1] for p in candidates}) == 1
            big = population >= BIG_PLACE_POPULATION
            weight = VOTE_BIG_PLACE if big or unique else VOTE_PLACE
        self.vote = (cc, weight)
        self.areas = tuple(p >> 1 for p in candidates if gaz.kind[p >> 1] != KIND_PLACE)


class _Lexicon:
    """Memos for one gazetteer, keyed on words, chunks, names and entries (never on texts)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.stop = stopwords()
        self.tokens: dict[str, tuple[_Word, bool]] = {}
        self.chunks: dict[str, tuple[_Tok, ...]] = {}
        self.leads: dict[str, _Tok | None] = {}
        self.starts: dict[str, _Start | tuple[()]] = {}
        self.words: dict[str, _Word] = {}
        self.names: dict[str, _Name | str | None] = {}
        self.acronyms: dict[str, _Name | None] = {}
        self.entries: dict[int, tuple[str, int, str, int]] = {}
        self.priors: dict[int, float] = {}

    @staticmethod
    def remember(memo: dict, key: object, value: object) -> None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[key] = value

    def token(self, raw: str) -> tuple[_Word, bool]:
        """A token's word without a possessive ("Kharkiv's") or a lower-case suffix
        ("Kharkiv-based"), and whether it had the possessive."""
        found = self.tokens.get(raw)
        if found is None:
            word, possessive = raw, False
            if word.endswith(_POSSESSIVE) and len(word) > 3:
                word, possessive = word[:-2], True
            if "-" in word:
                parts = word.split("-")
                while (
                    len(parts) > 1
                    and parts[-1].islower()
                    and parts[-1] not in CONNECTORS
                    and parts[-1] not in _EZAFE
                ):
                    parts.pop()
                word = "-".join(parts)
            found = (self.word(word), possessive)
            self.remember(self.tokens, raw, found)
        return found

    def chunk(self, piece: str, caps_end: int = 0) -> tuple[_Tok, ...]:
        """The tokens of a space-free piece of text; ``caps_end``: where its dateline ends."""
        if caps_end <= 0:
            found = self.chunks.get(piece)
            if found is not None:
                return found
        toks = []
        for m in _TOKEN.finditer(piece):
            start = m.start()
            word, possessive = self.token(m.group())
            if start < caps_end:
                word = self.word(word.text, in_dateline=True)
            toks.append((start, start + len(word.text), word, possessive, m.end()))
        found = tuple(toks)
        if caps_end <= 0:
            self.remember(self.chunks, piece, found)
        return found

    def word(self, text: str, in_dateline: bool = False) -> _Word:
        if in_dateline:
            return _Word(text, True, self.gaz.region_words)
        found = self.words.get(text)
        if found is None:
            found = _Word(text, False, self.gaz.region_words)
            self.remember(self.words, text, found)
        return found

    def lookup(self, surface: str) -> _Name | str | None:
        """A span's reading: a `_Name`, a demonym cue's country code, or None (look shorter)."""
        found = self.names.get(surface, _MISSING)
        if found is _MISSING:
            key = normalise(surface)
            if key in self.stop:
                found = None
            elif " " not in surface and key in self.gaz.cues:  # one token
                found = self.gaz.cues[key]
            else:
                candidates = self.gaz.candidates(key)
                # (an article opens a word: the key's first, or one after a space)
                if not candidates and (key[:1] in ("a", "e") or " a" in key or " e" in key):
                    candidates = next(
                        filter(None, map(self.gaz.candidates, article_variants(key))), ()
                    )
                if not candidates and "ou" in key and len(key) >= _MIN_OU_KEY:
                    # a French spelling of "u": "Makhmour" is GeoNames' Makhmur
                    candidates = self.gaz.candidates(key.replace("ou", "u"))
                if candidates and "\u0400" <= key[-1] <= "\u04ff":
                    found = self.with_inflected(key, candidates)
                elif candidates:
                    found = _Name(self, key, candidates)
                elif "\u0400" <= key[-1] <= "\u04ff":
                    found = self.inflected(key)
                else:
                    found = None
            self.remember(self.names, surface, found)
        return found  # type: ignore[return-value]

    def with_inflected(self, key: str, candidates: tuple[int, ...]) -> _Name:
        """A Cyrillic name that is a place's own and another case of a larger place's
        ("Винницы", the village Vinnitsy, and Vinnytsia's genitive): the readings of both, for
        ranking to choose among."""
        other = self.inflected(key)
        if other is None:
            return _Name(self, key, candidates)
        largest = max(self.entry(p >> 1)[3] for p in candidates)
        extra = tuple(option[0] for option in other.options if option[4] > largest)
        if not extra:
            return _Name(self, key, candidates)
        return _Name(self, key, tuple(dict.fromkeys(candidates + extra)))

    def inflected(self, key: str) -> _Name | None:
        """A Cyrillic name in another case than the gazetteer's nominative ("у Харкові"): the
        candidates of all its nominative readings, for ranking to choose among; named by the
        reading of the most likely one."""
        readings: dict[int, str] = {}
        for nominative in nominatives(key):
            if nominative not in self.stop:
                for packed in self.gaz.candidates(nominative):
                    cc, _, _, population = self.entry(packed >> 1)
                    if cc in INFLECTED_COUNTRIES or (
                        population >= FOREIGN_MIN_POPULATION
                        and nominative[:-1] != key
                        and nominative[-1] not in _INDECLINABLE_ENDS
                    ):
                        readings.setdefault(packed, nominative)
        if not readings:
            return None
        return _Name(self, readings[max(readings, key=self.prior)], tuple(readings))

    def hromada(self, surface: str) -> _Name | None:
        """The Ukrainian town a hromada's adjective names (``hromada_towns``), if any."""
        readings: dict[int, str] = {}
        for name in hromada_towns(normalise(surface)):
            for packed in self.gaz.candidates(name):
                if self.entry(packed >> 1)[:2] == ("UA", KIND_PLACE):
                    readings.setdefault(packed, name)
        if not readings:
            return None
        return _Name(self, readings[max(readings, key=self.prior)], tuple(readings))

    def reading(self, word: _Word) -> _Name | str | None:
        """`lookup` of one word, kept on the word."""
        if word.reading is _MISSING:
            word.reading = self.lookup(word.text)
        return word.reading  # type: ignore[return-value]

    def acronym(self, word: _Word) -> _Name | None:
        """The country (or region) an all-caps word stands for ("US", "UAE", "DPR"), if any."""
        found = self.acronyms.get(word.text, _MISSING)
        if found is _MISSING:
            kind = self.gaz.kind
            # (and a curated region's short one, "DPR"; an all-caps text is not all acronyms)
            kinds = (KIND_COUNTRY, KIND_REGION) if len(word.text) <= 3 else (KIND_COUNTRY,)
            countries = tuple(p for p in self.gaz.candidates(word.key) if kind[p >> 1] in kinds)
            found = _Name(self, word.key, countries) if countries else None
            self.remember(self.acronyms, word.text, found)
        return found  # type: ignore[return-value]

    def entry(self, entry: int) -> tuple[str, int, str, int]:
        """Country code, kind, admin1 key and population of an entry."""
        found = self.entries.get(entry)
        if found is None:
            gaz = self.gaz
            found = (
                gaz.country_code(entry),
                gaz.kind[entry],
                gaz.admin1_key(entry),
                gaz.population[entry],
            )
            self.remember(self.entries, entry, found)
        return found

    def prior(self, packed: int) -> float:
        """A candidate's score before context: population, exact name, kind."""
        found = self.priors.get(packed)
        if found is None:
            gaz, entry = self.gaz, packed >> 1
            bonus = 0.0 if packed & 1 else PRIMARY_NAME_BONUS
            found = math.log10(gaz.population[entry] + 1) + bonus + KIND_BONUS[gaz.kind[entry]]
            self.remember(self.priors, packed, found)
        return found


_LEXICON: list[_Lexicon] = []


def _lexicon(gaz: Gazetteer) -> _Lexicon:
    """The memos of the gazetteer in use (one at a time: a process uses one gazetteer)."""
    if not _LEXICON or _LEXICON[0].gaz is not gaz:
        _LEXICON[:] = [_Lexicon(gaz)]
    return _LEXICON[0]


# A token of the text: (start, end, word, possessive, stop) as in `_Tok`, offsets in the text.
_Near = tuple[int, int, _Word, bool, int]


def _headings(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the headings from ``pos`` on: ``_HEADING`` tried at each line's start
    only (where its ``^`` may match; its matches hold no line break), as scanning the whole
    text for it would try it at every character."""
    line_starts = [pos] if pos == 0 or text[pos - 1] == "\n" else []
    at = text.find("\n", pos)
    while at >= 0:
        line_starts.append(at + 1)
        at = text.find("\n", at + 1)
    return [m.span(1) for m in map(_HEADING.match, repeat(text), line_starts) if m]


class _Text:
    """One text, whose tokens are read a chunk (text between spaces) at a time, on demand.

    Tokenising from any offset that is not inside a token gives the text's own tokens from
    there on (a token holds no space and the pattern looks neither back nor ahead), so a
    piece can start at a chunk, a token or a token's end.
    """

    # The memos of `_Lexicon` it reads most, held here to save attribute lookups; and two of
    # this text's own, on offsets (see `_full_name_told_before` and `_in_title_case`).
    __slots__ = (
        "caps_bound", "chunks", "dateline_end", "full_names", "groups", "headings", "leads",
        "lex", "regions", "ships", "size", "text", "titled", "titles",
    )  # fmt: skip

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text, self.lex, self.size = text, lex, len(text)
        self.chunks, self.leads = lex.chunks, lex.leads
        self.full_names: dict[int, bool] = {}  # a name's offset -> `_ends_full_name` there
        self.titles: dict[int, bool] = {}  # a line's offset -> `_in_title_case` there
        self.titled: frozenset[str] | None = None  # `_titled_names`, found on first need
        self.ships: frozenset[str] | None = None  # `_ship_names`, found on first need
        self.groups: set[str] = set()  # names read as an armed group's (see `_keep`)
        dateline = _DATELINE.match(text)
        self.dateline_end = dateline.end() if dateline else -1
        # a round-up's headings, read in capitals as the dateline is ("* ZAPORIZHZHIA: Two
        # missiles struck a residential building")
        self.headings: list[tuple[int, int]] = (
            _headings(text, max(0, self.dateline_end)) if "\n" in text else []
        )
        # where the last dateline or heading ends: no offset from there on is in one (the
        # headings are found from the dateline's end on, in order)
        self.caps_bound = self.headings[-1][1] if self.headings else self.dateline_end
        # the dateline's and headings' spans, in order
        dateline_span = [(0, self.dateline_end)] if self.dateline_end > 0 else []
        self.regions: list[tuple[int, int]] = dateline_span + self.headings

    def caps_end(self, pos: int) -> int:
        """Where the dateline or heading holding ``pos`` ends (words in capitals there are
        names), or -1."""
        if pos >= self.caps_bound:  # (most offsets)
            return -1
        if pos < self.dateline_end:
            return self.dateline_end
        if self.headings:
            i = bisect_right(self.headings, (pos, _NO_END)) - 1
            if i >= 0 and pos < self.headings[i][1]:
                return self.headings[i][1]
        return -1

    def chunk(self, start: int, piece: str) -> tuple[_Tok, ...]:
        """Tokens of ``piece``: the text from ``start`` on, up to a space or further."""
        caps_end = -1 if start >= self.caps_bound else self.caps_end(start)
        if caps_end < 0:
            found = self.chunks.get(piece)
            return self.lex.chunk(piece) if found is None else found
        return self.lex.chunk(piece, caps_end - start)

    def lead(self, start: int, piece: str) -> _Tok | None:
        """The token opening ``piece`` (a chunk at ``start``) if it may continue a name."""
        memoised = start >= self.caps_bound or self.caps_end(start) < 0
        if memoised:
            found = self.leads.get(piece, _MISSING)
            if found is not _MISSING:
                return found  # type: ignore[return-value]
        toks = self.chunk(start, piece)
        found = toks[0] if toks and not toks[0][0] and toks[0][2].joins else None
        if memoised:
            self.lex.remember(self.leads, piece, found)
        return found

    def starts(self) -> Iterator[re.Match[str]]:
        """Matches of the tokens that may start a name, in order."""
        text = self.text
        spots = set()
        for literal in _LOWER_START_LITERALS:
            at = text.find(literal)
            while at >= 0:
                if not (at and text[at - 1] in _ASCII_LETTERS):  # "least", "Southeast"
                    spots.add(at)
                at = text.find(literal, at + 1)
        at = text.find("-")
        while at >= 0:  # "al-", "ash-"
            if text[at - 2 : at] in _HYPHENED:
                spots.add(at - 2)
            elif text[at - 3 : at] in _HYPHENED:
                spots.add(at - 3)
            at = text.find("-", at + 1)
        lower = [m for m in map(_LOWER_START.match, repeat(text), spots) if m]
        if lower:
            return iter(sorted([*_CAPITAL_START.finditer(text), *lower], key=re.Match.start))
        return _CAPITAL_START.finditer(text)

    def starts_token(self, pos: int) -> bool:
        """Whether a token starts at ``pos``, right after a dot: it may be inside an
        abbreviation ("xU.S." is one token)."""
        if pos == 0:
            return True
        text = self.text
        start = text.rfind(" ", 0, pos) + 1
        end = text.find(" ", pos)
        toks = self.chunk(start, text[start : end if end >= 0 else self.size])
        return any(start + tok[0] == pos for tok in toks)

    def next_token(self, pos: int) -> _Near | None:
        """The first token from ``pos`` (not inside a token) on."""
        text, size, chunks = self.text, self.size, self.chunks
        while pos < size:
            end = text.find(" ", pos)
            if end < 0:
                end = size
            piece = text[pos:end]
            # (past the datelines and headings, the chunk's tokens are most often known)
            toks = (pos >= self.caps_bound and chunks.get(piece)) or self.chunk(pos, piece)
            if toks:
                first, last, word, possessive, stop = toks[0]
                return (pos + first, pos + last, word, possessive, pos + stop)
            pos = end + 1
        return None

    def following(self, pos: int) -> Iterator[_Near]:
        """The tokens from ``pos`` (not inside a token) on, in order."""
        while (token := self.next_token(pos)) is not None:
            yield token
            pos = token[4]

    def previous(self, pos: int) -> _Near | None:
        """The last token that starts before ``pos`` (a token start)."""
        text, chunks = self.text, self.chunks
        while pos > 0:
            end = pos - 1 if text[pos - 1] == " " else pos
            start = text.rfind(" ", 0, end) + 1
            piece = text[start:end]
            # (past the datelines and headings, the chunk's tokens are most often known)
            toks = (start >= self.caps_bound and chunks.get(piece)) or self.chunk(start, piece)
            if toks:
                first, last, word, possessive, stop = toks[-1]
                return (start + first, start + last, word, possessive, start + stop)
            pos = start
        return None


class _Span:
    """A run of tokens read as a name: where it is, its reading, what ranking learns of it."""

    __slots__ = (
        "best",
        "containers",
        "cue_country",
        "end",
        "name",
        "possessive",
        "size",
        "start",
        "stop",
    )

    def __init__(
        self, start: int, end: int, stop: int, size: int, possessive: bool, name: _Name
    ) -> None:
        self.start, self.end = start, end  # offsets of the name, without a possessive
        self.stop = stop  # where the next token may start
        self.size = size  # tokens
        self.possessive = possessive  # the last token had "'s"
        self.name = name
        self.best: tuple = ()  # the chosen option of `_Name.options`
        self.containers: list[int] = []  # entries named right next to it
        self.cue_country: str | None = None


def _run(doc: _Text, start: int, piece: str, lead: _Tok | None) -> list[tuple[str, int, bool, int]]:
    """The tokens that continue a name, from ``lead`` opening the chunk ``piece`` at ``start``
    on: each one space after the previous and joinable ("Deir al-Balah", "Kharkiv region");
    their text, end, possessive and stop."""
    run: list[tuple[str, int, bool, int]] = []
    text, size = doc.text, doc.size
    while lead is not None:
        _, last, word, possessive, stop = lead
        if possessive and word.lower == "people" and last + 2 == len(piece):
            # the one possessive inside names: "Donetsk People's Republic"
            possessive, last, name = False, len(piece), piece
        else:
            name = word.text
        run.append((name, start + last, possessive, start + stop))
        start += len(piece) + 1
        if last != len(piece) or start > size or len(run) == MAX_SPAN_TOKENS - 1:
            break
        end = text.find(" ", start)
        piece = text[start : end if end >= 0 else size]
        lead = doc.lead(start, piece)
    return run


# What the scan makes of a token that may start a name (see `_read_start`): the reading (a
# `_Name`, or a demonym's country code), where the name ends and where the next token may
# start (a cue's: where the name ends, and where its token does), its tokens, whether it had
# a possessive, and whether the scan moves past it; offsets from the token's start. `_SKIP`:
# no name starts there.
_Start = tuple[_Name | str, int, int, int, bool, bool]
_SKIP: _Start | tuple[()] = ()
_NO_CAPS = (_NO_END, _NO_END)


def _scan(doc: _Text) -> tuple[list[_Span], list[tuple[int, str]]]:
    """Longest-match place spans and demonym cues (where the next token may start, country
    code), in text order."""
    text, caps_bound, memo = doc.text, doc.caps_bound, doc.lex.starts
    places: list[_Span] = []
    cues: list[tuple[int, str]] = []
    free = 0  # first offset not inside an earlier match
    regions = iter(doc.regions)
    caps_start, caps_stop = next(regions, _NO_CAPS)  # the first dateline or heading not passed
    for match in doc.starts():
        pos = match.start()
        if pos < free:
            continue
        while pos >= caps_stop:
            caps_start, caps_stop = next(regions, _NO_CAPS)
        # Outside datelines and headings (from the token to the end of the chunks after it),
        # and not after a dot (rare: then the token and its capitals are checked), what a
        # token makes depends only on the text the groups hold, unless the name may go on
        # past them (not kept then).
        reach = match.start(5)
        if reach < caps_start and text[pos - 1] != ".":
            phrase = text[pos:reach]
            found = memo.get(phrase)
            if found is None:
                found, kept = _read_start(doc, pos, match.groups(), False)
                if kept:
                    doc.lex.remember(memo, phrase, found)
        else:
            # (a dateline's or heading's word is in capitals: its second letter tells, cheaply)
            caps = (
                pos < caps_bound
                and text[pos + 1 : pos + 2].isupper()
                and doc.caps_end(pos) > pos
            )
            if (caps or text[pos - 1] == ".") and not doc.starts_token(pos):
                continue
            found = _read_start(doc, pos, match.groups(), caps)[0]
        if not found:  # (`_SKIP`)
            continue
        reading, end, stop, size, possessive, moves = found
        if isinstance(reading, str):
            if not _names_foreign_attacker(text, pos + end, reading):
                cues.append((pos + stop, reading))
        else:
            places.append(_Span(pos, pos + end, pos + stop, size, possessive, reading))
        if moves:
            free = pos + end
    return places, cues


def _read_start(
    doc: _Text, pos: int, groups: tuple[str, ...], caps: bool
) -> tuple[_Start | tuple[()], bool]:
    """What the token at ``pos`` starts (`_Start`), and whether that depends only on
    ``groups`` (of `_CAPITAL_START`): not if the name may go on past the chunks they hold.
    ``caps``: the token is in a dateline or heading."""
    lex = doc.lex
    raw, rest, after, after2, _ = groups
    word, possessive = lex.tokens.get(raw) or lex.token(raw)
    if caps:
        word = lex.word(word.text, in_dateline=True)
    if not word.startable:  # an acronym is not
        if word.acronym and (name := lex.acronym(word)) is not None:
            return (name, len(word.text), len(raw), 1, possessive, False), True
        return _SKIP, True
    end, stop = len(raw), len(word.text)
    if rest and stop == end and rest[0] in "-‑" and rest[1:2].isdigit():
        return _SKIP, True  # "Tu-95", "Zapad-2025"
    # The name goes on only if the token ends its chunk and the next chunk opens with a
    # joinable token.
    run = []
    kept = True
    if after and stop == end and (not rest or (rest == "." and word.text in _SAINT)):
        # ("St. Petersburg": the abbreviation's dot does not end the name)
        start = pos + end + len(rest) + 1
        lead = doc.lead(start, after)
        if lead is not None:
            run = _run(doc, start, after, lead)
            # (a second token is in the chunk after; the run reads on if it ends it)
            kept = len(run) == 1 or (
                len(run) == 2 and run[1][1] < start + len(after) + 1 + len(after2)
            )
    found: _Name | str | None = None
    size = len(run) + 1
    if run:
        words = [word.text, *(t[0] for t in run)]
        while size > 1:  # longest first
            found = lex.lookup(" ".join(words[:size]))
            if found is not None:
                break
            size -= 1
        if size > 1 and _longer_name_from_last(lex, words, size):
            return _SKIP, kept  # the next token starts it
    if found is None:
        if not word.named:
            return _SKIP, kept
        found = lex.reading(word)
        if found is None and not rest and _HROMADA_AFTER.match(f" {after} {after2}"):
            found = lex.hromada(word.text)  # "по Великописарівській громаді"
        elif found is None and not rest and _TOWN_SITE_AFTER.match(f" {after}"):
            found = lex.hromada(word.text)  # "на Яворівському полігоні": the town's range
        if found is None:
            return _SKIP, kept
    if size == 1:
        return (found, stop, end, 1, possessive, True), kept
    _, name_end, last_possessive, last_stop = run[size - 2]
    return (found, name_end - pos, last_stop - pos, size, last_possessive, True), kept


def _longer_name_from_last(lex: _Lexicon, words: list[str], size: int) -> bool:
    """Whether the last of the name's ``size`` words starts a longer name with the words after
    it: "central Gaza City" is Gaza City, not central Gaza (a region) and a stray "City"."""
    return any(
        isinstance(lex.lookup(" ".join(words[size - 1 : end])), _Name)
        for end in range(len(words), size, -1)
    )


def _names_foreign_attacker(text: str, stop: int, country: str) -> bool:
    """Whether the demonym or country ending at ``stop`` names an attacker or its means
    (``ATTACKER_NOUNS``; not a passive one: "Ukraine hit by missiles" is the place hit) from
    outside: a state army at civil war fights at home (``NATIONAL_ARMIES``)."""
    if country in NATIONAL_ARMIES:
        return False
    following = _ATTACKER_NEXT.match(text, stop)
    if following is None:
        return False
    word = following.group(1)
    if word is None:
        return True
    return word.lower() in ATTACKER_NOUNS and not _BY_NEXT.match(text, following.end())


def _first_name_before_surname(text: str, start: int, end: int) -> bool:
    """Whether the Cyrillic word at ``start:end`` is a first name with a surname after it
    ("Владимира Леонтьева": not the city of Vladimir)."""
    return (
        "\u0400" <= text[start : start + 1] <= "\u04ff"
        and text[end : end + 1] == " "
        and "\u0410" <= text[end + 1 : end + 2] <= "\u042f"
        and _CYRILLIC_FIRST_NAME.match(text, start, end) is not None
    )


_APPOINTED_BY_BEFORE = re.compile(r"(?:[Нн]азначенн|[Пп]оставленн|[Пп]ризначен)\w*\s+$")
_LAUNCHED_FROM_BEFORE = re.compile(
    r"\b(?:launched|fired|sent|flown|flew|came|coming|crossed|infiltrated|drones?|missiles?|"
    r"rockets?|projectiles?)\s+(?:in\s+)?from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _votes(text: str, spans: list[_Span], cues: list[tuple[int, str]]) -> dict[str, float]:
    """How much the article is about each country, from prior-best readings of its names. A
    country only small towns' names vote for gets none, unless two of them lie in one region:
    such names are as often a firm's or a product's ("Arma 3", "Bohemia Interactive", two US
    towns far apart), while a story's villages lie together ("Nova Kakhovka ... the Kakhovka
    district")."""
    votes: dict[str, float] = defaultdict(float)
    heard: set[str] = set()  # countries something other than a lone small town votes for
    small_regions: set[str] = set()  # the regions of the small towns' names seen
    for _, country in cues:
        votes[country or ""] += VOTE_CUE
    voted: set[str] = set()
    previous: _Span | None = None
    for span in spans:
        name = span.name
        # (another name of the same place right before, as in a person's name, "Nisar Ahmad
        # Ahmadi" (two names of Al Ahmadi), is the same evidence)
        twin = (
            previous is not None
            and previous.name.prior_entry == name.prior_entry
            and text[previous.end : span.start] == " "
        )
        previous = span
        if name.key in voted or twin or name.vote[0] == NO_COUNTRY:
            continue  # a name repeated is no more evidence than once; a sea is no country's
        if span.size == 1 and _first_name_before_surname(text, span.start, span.end):
            continue  # a person's first name: "Владимира Леонтьева"
        if name.prior_kind == KIND_COUNTRY and _names_foreign_attacker(
            text, span.stop, name.vote[0]
        ):
            continue  # the attacker, as a demonym is: "Israel carried out a strike on Jenin"
        if (
            name.prior_kind == KIND_COUNTRY
            and "from " in text[max(0, span.start - 9) : span.start]
            and _LAUNCHED_FROM_BEFORE.search(text, max(0, span.start - 30), span.start)
        ):
            continue  # where the attack came from: "A drone launched from Lebanon struck Caesarea"
        if (
            name.prior_kind == KIND_COUNTRY
            and "\u0400" <= text[span.start : span.start + 1] <= "\u04ff"
            and _APPOINTED_BY_BEFORE.search(text, max(0, span.start - 20), span.start)
        ):
            continue  # who appointed a town's officials: "Назначенные Россией власти Новой Каховки"
        voted.add(name.key)
        weight = name.vote[1]
        if name.prior_kind == KIND_COUNTRY and _ATTRIBUTIVE_ABBREVIATION.match(
            text, span.start, min(len(text), span.stop + 20)
        ):
            weight = VOTE_CUE  # "near the U.S. consulate" says "American", as a cue does
        votes[name.vote[0]] += weight
        if not name.small or name.prior_region in small_regions:
            heard.add(name.vote[0])
        else:
            small_regions.add(name.prior_region)
    heard.update(country or "" for _, country in cues)
    return {cc: weight for cc, weight in votes.items() if cc in heard}


# A country's abbreviation before a common noun: "the U.S. consulate", "UK officials".
_ATTRIBUTIVE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}\s+[a-z]|[A-Z]{2,3}\s+[a-z]")


def _link_containers(doc: _Text, spans: list[_Span], cues: list[tuple[int, str]]) -> None:
    """Record the country/region named right beside each span, and demonym cues before it."""
    text = doc.text
    for a, b in pairwise(spans):
        a_areas, b_areas = a.name.areas, b.name.areas
        if not (a_areas or b_areas):
            continue
        between = text[a.end : b.start]
        # "Pokrovsk, in Donetsk region", "IDLIB, Syria", "Mykolaiv in Lviv region"
        if b_areas and _CONTAINER_GAP.fullmatch(between):
            a.containers.extend(b_areas)
        # "Ukraine's Kharkiv region", "Syria's Idlib province"; "Pakistan-administered
        # Kashmir" (the country that holds it, though the other claims the name)
        if a_areas and (
            (a.possessive and between.strip(" ’'s") == "") or _HELD_BY.fullmatch(between)
        ):
            b.containers.extend(a_areas)
    # "the Ukrainian city of Chernihiv", "the Lebanese village of Shebaa": a name up to 4
    # tokens after a demonym, with a settlement word between; the nearest demonym wins.
    span_at = {span.start: span for span in spans}
    tokens = doc.lex.tokens
    for stop, country in cues:
        window = _FOUR_TOKENS.match(text, stop)
        if window is None:  # (never: its parts are all optional)
            continue
        raws = window.groups()
        for i in range(3):
            raw = raws[i]
            if raw is None:
                break
            if (tokens.get(raw) or doc.lex.token(raw))[0].text in SETTLEMENT_WORDS:
                for j in range(i + 2, 5):  # the tokens after the settlement word
                    start = window.start(j)
                    if start in span_at:
                        span_at[start].cue_country = country
                break


def _best(lex: _Lexicon, span: _Span, share: dict[str, float], regions: set[str]) -> tuple:
    """The option the span most likely means, in this article (the first of equal scores)."""
    options = span.name.options
    best, best_score = options[0], -math.inf
    for option in options:
        _, cc, kind, admin1, _, prior = option
        score = prior + CONTEXT_WEIGHT * share.get(cc, 0.0)
        if kind != KIND_COUNTRY and admin1 in regions:
            score += MENTIONED_REGION_WEIGHT
        for container in span.containers:
            c_cc, c_kind, c_admin1, _ = lex.entry(container)
            if c_cc == cc:
                score += LOCAL_COUNTRY_WEIGHT
                if c_kind == KIND_REGION and c_admin1 == admin1:
                    score += LOCAL_REGION_WEIGHT
        if span.cue_country == cc:
            score += LOCAL_COUNTRY_WEIGHT
        if score > best_score:
            best, best_score = option, score
    return best


def _written_lowercase(text: str, key: str) -> bool:
    """The name also occurs as an ordinary lower-case word ("police", "union")."""
    needle = " " + key
    size = len(needle)
    at = text.find(needle)
    while at >= 0:
        if text[at + size : at + size + 1] in _WORD_ENDS:
            return True
        at = text.find(needle, at + 1)
    return False


_WORD_ENDS = frozenset(" ,.;:")


# Words that open news sentences before a place ("Overnight Kherson was shelled"): their
# capital is the sentence's (a first name is not: "Martin Ryan said").
_SENTENCE_OPENERS = frozenset({
    "overnight", "yesterday", "today", "tonight", "earlier", "later", "meanwhile", "separately",
    "elsewhere", "then", "now", "again", "still", "also", "heavy", "massive", "deadly", "fresh",
    "renewed", "intense",
    # Ukrainian and Russian headline words ("Обстріл Херсона", "Атака на Одесу")
    "обстріл", "обстріли", "обстрел", "обстрелы", "атака", "удар", "вибухи", "взрывы",
})  # fmt: skip


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (its capital says nothing)."""
    head = text[:start].rstrip(" \t-–—")
    return not head or head[-1] in _SENTENCE_ENDS


def _in_title_case(doc: _Text, position: int) -> bool:
    """Whether the line holding ``position`` is a title-case headline (most of its words, and
    at least four, capitalised): its capitals say nothing about names. Kept per line: a
    paragraph is one line, read for each name in it."""
    text = doc.text
    start = text.rfind("\n", 0, position) + 1
    found = doc.titles.get(start)
    if found is None:
        end = text.find("\n", position)
        words = text[start : end if end >= 0 else len(text)].split()
        capitalised = sum(map(str.isupper, [word[0] for word in words]))
        found = doc.titles[start] = len(words) >= 4 and capitalised >= 0.7 * len(words)
    return found


def _alternate_word_opening_sentence(text: str, span: _Span) -> bool:
    """A single word that opens a sentence and matches only another language's name of a
    place ("Part of the building collapsed": "Part" is one of Perth's names). Its capital is
    the sentence's, not a name's, so only the article's context can make it a place."""
    if span.size != 1 or not span.best[0] & 1:  # the flag bit marks an alternate name
        return False
    if "\u0400" <= text[span.start] <= "\u04ff":
        return False  # a Cyrillic name is the place's own ("Суми: ворог атакував місто")
    head = text[: span.start].rstrip()
    return not head or head[-1] in _SENTENCE_ENDS


# A person's age in apposition: "Uribe, 39, a senator ..." (Uribe is a town in Colombia).
_AGE_AFTER = re.compile(r",\s+\d{1,2},")
# Names listed after kin or victims: "a father and his three children, Celine, Hadi and Aseel"
# (Hadi is a name of Hardy).
_NAMES_LISTED_BEFORE = re.compile(
    r"\b(?:children|sons|daughters|brothers|sisters|siblings|grandchildren|cousins|relatives|"
    r"victims|wife|husband|son|daughter|brother|sister|mother|father|named|identified\s+as),\s+"
    r"(?:[A-Z][\w'’-]+,\s+){0,6}(?:[A-Z][\w'’-]+,?\s+and\s+)?$"
)
_NAME_LIST_WINDOW = 120  # characters before a name that may hold the kin word and the list
# A first name before an Arabic surname: "a senior Hamas lawmaker, Khalil al-Hayya" (Khalil is
# a name of Hebron); a place's own name with "al-" is found whole ("Deir al-Balah").
_VILLAGE_OF_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+$", re.IGNORECASE)
_ANOTHER_SPELLING_BEFORE = re.compile(
    r"\((?:also\s+|or\s+)?(?:spelled|spelt|written|transliterated|known\s+as|called)\s+$"
)
_ARABIC_SURNAME_AFTER = re.compile(r" (?:al|el|bin|ibn)[-\s][A-Z]")


# A vessel's noun or flag right before a name (and up to two capitalised words of it): the
# name is the ship's ("the Singapore-flagged Maersk Hangzhou", "the Russian cruiser Moskva").
_SHIP_NOUNS = (
    "ship", "vessel", "tanker", "carrier", "freighter", "boat", "destroyer", "frigate",
    "corvette", "cruiser", "submarine",
)  # fmt: skip
_SHIP_MARK = rf"(?:\b(?:{'|'.join(_SHIP_NOUNS)}|warship)|-flagged)\s+"
_SHIP_BEFORE = re.compile(rf"{_SHIP_MARK}(?:[A-Z][\w-]*\s+){{0,2}}$")
_SHIP_REACH = 60  # characters before a name that can hold a vessel's noun and its name


def _ship_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a vessel's noun or flag (``_SHIP_BEFORE``). Every
    match holds one of ``_SHIP_NOUNS`` or "-flagged" ("warship" holds "ship"), so a substring
    test rules out the window first: most names follow no vessel."""
    window = text[max(0, start - _SHIP_REACH) : start]
    return (
        "-flagged" in window or contains_any(window, _SHIP_NOUNS)
    ) and _SHIP_BEFORE.search(window) is not None
# A ship's name after its vessel's noun or flag, anywhere in the text (``_ship_names``).
_SHIP_NAME = re.compile(rf"{_SHIP_MARK}(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})")


def _ship_names(doc: _Text) -> frozenset[str]:
    """The words of the ships' names the text gives after a vessel's noun or flag ("the
    Singapore-flagged Maersk Hangzhou"): a ship's, wherever else the text uses them alone."""
    if doc.ships is None:
        text = doc.text
        names: set[str] = set()
        if "-flagged" in text or contains_any(text, _SHIP_NOUNS):
            for m in _SHIP_NAME.finditer(text):
                names.update(m.group("name").split())
        doc.ships = frozenset(names)
    return doc.ships


# A person's title and the one or two names after it: "President Bill Clinton", "Pope John
# Paul II", "главнокомандующего Владимира Путина" (Clinton, Paul and Vladimir are towns).
_TITLED = re.compile(
    r"(?:President|Prime\s+Minister|Premier|Minister|Chancellor|King|Queen|Prince|Pope|"
    r"Senator|Sen\.|Rep\.|Gen\.|General|Lt\.|Col\.|Colonel|Maj\.|Major|Capt\.|Captain|Sgt\.|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sheikh|Imam|Rabbi|Bishop|Archbishop|Cardinal|Ayatollah|Mullah|"
    r"Secretary|Ambassador|Governor|Mayor|Judge)"
    # (not an institution named so: "General Hospital Gwoza", "General Staff")
    r"\s+(?!(?:Hospital|Staff|Assembly|Command|Headquarters|Directorate|Prosecutor|Secretariat|"
    r"Electric|Motors|Dynamics|Atomics|Administration|Department|Authority)\b)"
    r"(?P<first>[A-Z][\w'’-]+)(?:\s+(?P<second>[A-Z][\w'’-]+))?"
)  # (no leading \b: ``re`` then skips to the letters the titles open with; checked after)
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_TITLED_CYRILLIC = re.compile(
    r"(?i:\b(?:президент|главнокомандующ|министр|міністр|губернатор|мэр|мер|генерал|"
    r"прем['’]?єр|премьер)\w*)\s+(?P<first>[А-ЯЁІЇЄҐ][\w'’-]+)(?:\s+(?P<second>[А-ЯЁІЇЄҐ][\w'’-]+))?"
)


def _titled_names(doc: _Text) -> frozenset[str]:
    """The names that follow a person's title anywhere in the text (``_TITLED``): a person's,
    there and wherever else the text uses them ("Clinton, speaking from Martha's Vineyard")."""
    if doc.titled is None:
        text = doc.text
        matches = [
            m for m in _TITLED.finditer(text) if not text[m.start() - 1 : m.start()].isalnum()
        ]
        if not text.isascii() and _CYRILLIC_LETTER.search(text):
            matches += _TITLED_CYRILLIC.finditer(text)
        doc.titled = frozenset(name for match in matches for name in match.groups() if name)
    return doc.titled


# What a person named in full does next: "Vladimir Leontyev, said", "Vladimir Putin said".
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added)\b")
# ... or the office told of him, which makes the pair a person even where the second word is
# also a place's name: "Rafa Salama, commander of Hamas's Khan Younis brigade" (Salama is a
# town in Guatemala).
_OFFICE_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:commander|leader|head|chief|spokesman|"
    r"spokeswoman|spokesperson|founder|deputy)\s+of\b"
    # ("Vladimir Leontyev, who heads the occupation administration of the Kakhovka district")
    r"|,\s+who\s+(?:heads|headed|leads|led|runs|ran|commands|commanded|chairs|chaired)\b"
)


def _first_name_of_speaker(doc: _Text, span: _Span, after: _Near | None) -> bool:
    """Whether a one-word name is the first name of a speaker or an officer: the next word is
    capitalised, no place or people's name, and the pair is followed by a speech verb or an
    office ("the head of the district, Vladimir Leontyev, said", where Vladimir is a city)."""
    if after is None or not after[2].cap or doc.text[span.end : after[0]] != " ":
        return False
    word = after[2]
    if word.key in people_names():
        return True  # "Vladimir Putin had threatened"
    if word.lower in FUNCTION_WORDS or word.key in doc.lex.gaz.cues:
        return False
    if _OFFICE_AFTER.match(doc.text, after[1]):
        return True
    return not doc.lex.lookup(word.key) and _SPEAKS_AFTER.match(doc.text, after[1]) is not None


def _surname_after(doc: _Text, span: _Span, after: _Near | None) -> bool:
    """Whether the capitalised word right after a one-word name is also used alone in the
    text: then it is a surname and the pair a person ("killed Khalil Maqdah, a commander ...
    Maqdah had worked", where Khalil is a name of Hebron), however big the place."""
    if after is None or not after[2].cap or doc.text[span.end : after[0]] != " ":
        return False
    word = after[2]
    if word.lower in FUNCTION_WORDS or word.key in doc.lex.gaz.cues:
        return False
    text, surname = doc.text, word.text
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if (
            at != after[0]
            and not (at and text[at - 1].isalpha())
            and not (end < len(text) and text[end].isalpha())
            and not text[:at].endswith(text[span.start : span.end] + " ")
        ):
            return True
        at = text.find(surname, end)
    return False


def _ends_full_name(doc: _Text, span: _Span, before: _Near | None) -> bool:
    """Whether a one-word name closes a run of three capitalised words, none a place or a
    people's name, before an apposition: a person's full name ("shot dead Bilal Anwar Kasi,
    president of the bar association", where Kasi is a name of Varanasi)."""
    if doc.text[span.end : span.end + 1] != ",":
        return False
    if before is None or not before[2].cap or doc.text[before[1] : span.start] != " ":
        return False
    first = doc.previous(before[0])
    if first is None or not first[2].cap or doc.text[first[1] : before[0]] != " ":
        return False
    cues = doc.lex.gaz.cues
    lookup = doc.lex.lookup
    return all(
        word.lower not in FUNCTION_WORDS and word.key not in cues and lookup(word.key) is None
        for word in (first[2], before[2])
    )


def _surname_told_before(text: str, surface: str, start: int) -> bool:
    """Whether a Cyrillic name is a surname told after a first name earlier in the text."""
    at = text.find(surface, 0, start)  # (most names: none, told here first)
    while at >= 0:
        end = at + len(surface)
        if not text[end : end + 1].isalnum() and _FIRST_NAME_BEFORE.search(
            text, max(0, at - _FIRST_NAME_REACH), at
        ):
            return True
        at = text.find(surface, end, start)
    return False


_FIRST_NAME_BEFORE = re.compile(rf"(?<!\w){_CYRILLIC_FIRST_NAME.pattern}\s+\Z")
_FIRST_NAME_REACH = 20  # characters: the longest first name in a case form, and a space


def _full_name_told_before(doc: _Text, span: _Span) -> bool:
    """Whether the name is the surname of a person named in full earlier in the text ("Bilal
    Anwar Kasi, president of ... Kasi had been shot dead")."""
    text, full_names = doc.text, doc.full_names
    needle = f" {text[span.start : span.end]},"
    at = text.find(needle, 0, span.start)
    while at >= 0:
        start = at + 1
        # (kept per offset: a name repeated is checked at each earlier one, for each; no two
        # names at one offset are each followed by a comma, as no name holds one)
        found = full_names.get(start)
        if found is None:
            end = at + len(needle) - 1
            earlier = _Span(start, end, end, 1, False, span.name)
            found = full_names[start] = _ends_full_name(doc, earlier, doc.previous(start))
        if found:
            return True
        at = text.find(needle, at + 1, span.start)
    return False


def _keep(
    doc: _Text,
    span: _Span,
    before: _Near | None,
    after: _Near | None,
    votes: dict[str, float],
    total_votes: float,
) -> bool:
    """False for spans that are more likely a person, firm, street or common word."""
    if (
        after is not None
        and (after[2].lower in STREET_WORDS or after[2].text in _FIRM_WORDS)
        # (but a city's seaport is the city's: "Missiles struck Odesa's sea port")
        and not (after[2].lower == "sea" and _SEA_PORT_AFTER.match(doc.text, after[1]))
    ):
        return False
    if before is not None and before[2].lower == "ethnic":
        return False  # a people: "gunmen killed at least 54 ethnic Amhara villagers"
    if before is not None and before[2].lower in _STREET_BEFORE:
        return False  # a street's name: "на улице Балтийской"
    if (
        before is not None
        and "\u0400" <= doc.text[span.start] <= "\u04ff"
        and _CYRILLIC_FIRST_NAME.fullmatch(doc.text, before[0], before[1])
    ):
        # a surname after a first name: "пам'ятник Богдану Хмельницькому", "вулиці Богдана
        # Хмельницького", not Khmelnytskyi
        return False
    if (
        span.size == 1
        and "\u0400" <= doc.text[span.start] <= "\u04ff"
        and _surname_told_before(doc.text, doc.text[span.start : span.end], span.start)
    ):
        return False  # ... told alone later: "Андрій Садовий пише ... Садовий: по Львову"
    if span.size == 1 and _first_name_before_surname(doc.text, span.start, span.end):
        return False  # a first name before a surname: "Владимира Леонтьева", not Vladimir
    surface = doc.text[span.start : span.end]
    if (
        surface.startswith(("St", "Saint"))  # (as each of _SAINT does)
        and surface.split(maxsplit=1)[0] in _SAINT
        and (
            (span.possessive and after is not None and after[2].lower in _SAINTS_SITES)
            or _SITE_OF_SAINT.search(doc.text, max(0, span.start - 60), span.start) is not None
        )
    ):
        # a church's name or a saint's day: "St George's church", "the feast of St John"
        return False
    if surface.islower() and surface.split(maxsplit=1)[0] in DIRECTIONS:
        return False  # "the northern province of Saada", "the eastern province": no name
    if span.size == 1 and surface.lower() in NUMBER_WORDS:
        return False  # a number: "Sixteen people have been taken to hospital"
    _, cc, kind, _, population, _ = span.best
    if kind != KIND_PLACE:
        return True
    lex, text = doc.lex, doc.text
    own_cc, own_vote = span.name.vote
    if own_cc not in votes:
        own_vote = 0.0  # a small town's vote, unheard (``_votes``)
    context = votes.get(cc, 0.0) - (own_vote if own_cc == cc else 0.0)
    others = total_votes - own_vote
    local = span.cue_country == cc or (
        bool(span.containers) and any(lex.entry(c)[0] == cc for c in span.containers)
    )
    if span.containers and not local:
        return False  # the text says where it is, and this reading is not ("Almat in Lebanon")
    in_context = context > 0 or local
    if not in_context and _alternate_word_opening_sentence(text, span):
        return False
    if (
        not in_context
        and others > 0
        and span.size == 1
        and span.best[0] & 1
        and not "\u0400" <= text[span.start] <= "\u04ff"
    ):
        # one word that is only another name of a place outside the story's countries ("the
        # adjoining Terminus market" in Jos is no Atlanta, once called Terminus); a Cyrillic
        # name is the place's own ("Саратов" beside "Киев ... не комментировал")
        return False
    if span.size == 1 and (
        surface in _titled_names(doc)
        # (not a region told after it: "в Донецке Ростовской области ... правительства
        # Ростовской области" is no person "Донецке Ростовской")
        or (not span.containers and _surname_after(doc, span, after))
        or _ends_full_name(doc, span, before)
        or _full_name_told_before(doc, span)
        or _AGE_AFTER.match(text, span.end) is not None
        or (
            text[span.start - 2 : span.start] in (", ", "d ")
            and _NAMES_LISTED_BEFORE.search(
                text, max(0, span.start - _NAME_LIST_WINDOW), span.start
            )
            is not None
        )
        or _ARABIC_SURNAME_AFTER.match(text, span.end) is not None
        or _first_name_of_speaker(doc, span, after)
    ):
        return False
    if (
        span.start
        and text[span.start - 1] in "«“\"'‘"
        and _QUOTED_NAME_GOES_ON.match(text, span.end)
    ):
        return False  # a firm's name that opens with a town's: "завод «Славянск ЭКО»"
    if span.start and text[span.start - 1] == "«" and text[span.end : span.end + 1] == "»":
        return False  # a name in guillemets is a thing's, not a town's: "остановка «Боссе»"
    if (
        surface[-2:] in _ADJECTIVE_ENDINGS
        and _NAMED_BY_ADJECTIVE_AFTER.match(text, span.end)
        # (but a hromada is its town's: "по Великописарівській громаді")
        and not (
            _HROMADA_AFTER.match(text, span.end)
            and span.name.key in hromada_towns(normalise(surface))
        )
    ):
        # a city's district ("в Ленинском районе Донецка"), a raion or a plant named by an
        # adjective ("у Слов'янському районі", "по Славянскому НПЗ"): not the town
        return False
    if (
        _REGION_OFFICE_AFTER.match(text, span.end)
        and _ACCORDING_TO_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
    ):
        return False  # a source: "по данным Донецкой областной администрации"
    if (
        before is not None
        and (
            # (a longer name's; not a place's own: "Gaza's Nuseirat refugee camp")
            (before[2].cap and not before[3] and before[2].lower not in FUNCTION_WORDS)
            # (told from a dateline elsewhere: "SUKKUR — ... the Karbala Moalla imambargah")
            or (before[2].lower == "the" and not in_context and doc.dateline_end > 0)
        )
        and _VENUE_AFTER.match(text, span.end)
    ):
        # a venue named for a town elsewhere: "the Aziz Istanbul restaurant" in Ouagadougou,
        # "the Karbala Moalla imambargah" in Shikarpur
        return False
    if (
        before is not None
        and before[2].lower == "the"
        and span.size > 1
        and span.best[0] & 1
        and _WORSHIP_AFTER.match(text, span.end)
    ):
        # a house of worship named by only another name of a town, of two words or more:
        # "near the Khalil al-Rahman mosque in the Beddawi camp" (in Lebanon; the name is
        # Hebron's in Arabic), not "the Odessa cathedral"
        return False
    if span.size == 1 and _NAMED_FOR_PERSON_AFTER.match(text, span.end):
        return False  # named for a person: "Mogadishu's Aden Adde International Airport"
    if _STREET_AFTER.match(text, span.end):
        return False  # a street or square named for it: "Baku Commissars Square" in Donetsk
    if _MILITARY_DISTRICT_AFTER.match(text, span.end):
        return False  # "В Южном военном округе": a military district's name, not Yuzhne
    if _ship_named(text, span.start):
        return False  # a ship's name: "the container ship Maersk Hangzhou", "cruiser Moskva"
    if span.size == 1 and surface in _ship_names(doc):
        return False  # ... told again: "the Hangzhou sent a second distress call"
    if (
        "(" in text[max(0, span.start - 24) : span.start]
        and _ANOTHER_SPELLING_BEFORE.search(text, max(0, span.start - 24), span.start)
    ):
        return False  # another spelling of the place before: "Bagdad (also spelled Baghdad)"
    if (
        population >= BIG_PLACE_POPULATION
        and text[max(0, span.start - 3) : span.start] == "of "
        and _VILLAGE_OF_BEFORE.search(text, max(0, span.start - 24), span.start) is not None
    ):
        return False  # a village named like a city elsewhere: "close to the village of Bagdad"
    if not in_context and _ARABIC_SURNAME_AFTER.match(text, span.end) is not None:
        # a longer name that opens with a town's elsewhere: "the strike hit Dar es Salaam
        # al-Amiriya", a district of Omdurman
        return False
    strong = population >= WORLD_CITY_POPULATION or (
        population >= BIG_PLACE_POPULATION and in_context
    )
    if strong:
        return True
    if text[span.end : span.end + 1] in _HYPHENS and text[span.end + 1 : span.end + 2].islower():
        # a small place's name as a word in a compound: "the English-speaking town of Kumba"
        # (a city's stays: "a Kharkiv-based volunteer group")
        return False
    if (
        after is not None
        and not span.possessive
        and after[2].lower in _ARMED_GROUP_WORDS
        and doc.text[span.end : after[0]] == " "  # (not a dateline's: "TUNIS — Gunmen ...")
    ):
        doc.groups.add(span.name.key)
        return False  # a small place's name that names an armed group: "Fano militiamen"
    if span.name.key in doc.groups:
        return False  # ... told again alone: "fighting between the army and Fano escalated"
    if after is not None and after[2].lower in _NAME_LINKS and doc.text[span.end : after[0]] == " ":
        following = doc.next_token(after[4])
        if following is not None and following[2].cap:
            return False  # the start of a longer name: "the Etoile du Sud hotel"
    if (
        before is not None
        and before[3]
        and after is not None
        and not span.possessive
        and after[2].lower in _NAMED_SITES
    ):
        return False  # a site named for someone, in a city: "Istanbul's Ataturk airport"
    if others > 0 and not in_context and population < FOREIGN_MIN_POPULATION:
        # (but a curated place's name of two words or more says which it is: "Two rockets
        # struck Ain al-Asad air base, wounding five U.S. service members")
        return span.size > 1 and lex.gaz.geonameid[span.best[0] >> 1] == 0
    if len(span.name.key) <= SHORT_NAME_LEN and not (
        # a town's short name told as a place in the article's country ("in the central city
        # of Lod", "In Lod, a man was killed"), not an acronym or a word
        in_context
        and population >= SHORT_TOWN_POPULATION
        and _SETTLEMENT_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
    ):
        return False
    if span.size == 1 and _written_lowercase(text, span.name.key):
        return False
    # Part of a longer capitalised name: "Ukrainska Pravda", "Martin Ryan", "Bath County"
    # (not a capital that opens the sentence, "Overnight Kherson was shelled", nor one of a
    # title-case headline, "Heavy Shelling Hits Kherson Overnight")
    for neighbour, gap in (
        (before, before and text[before[1] : span.start]),
        (after, after and text[span.end : after[0]]),
    ):
        if (
            neighbour is not None
            and neighbour[2].cap
            and gap == " "
            and neighbour[2].lower not in FUNCTION_WORDS
            and neighbour[2].key not in lex.gaz.cues
            and not (
                neighbour is before
                and neighbour[2].lower in _SENTENCE_OPENERS
                and _opens_sentence(text, before[0])
            )
            and not _in_title_case(doc, span.start)
            # (not the district or region after a village's name, as Ukrainian and Russian
            # locate one: "у селі Погреби Броварського району", "Київської області")
            and not (neighbour is after and _UNIT_AFTER.match(text, after[1]))
            # (nor a site the town holds: "the Sviatohirsk Lavra", "Garissa University")
            and not (neighbour is after and _SITE_AFTER.match(text, span.end))
        ):
            return False
    if population >= DISTRICT_MAX_POPULATION:
        return True
    # "the Oleksiivka, Saltivka and Pavlove Pole districts" (not a village and its district,
    # "Beit Yahoun, Bint Jbeil district")
    listed = False
    for _, _, word, _, _ in doc.following(span.stop):
        if not (word.cap or word.text in ("and", "or")):
            return word.lower not in DISTRICT_WORDS or (
                word.lower == "district" and not listed and text.startswith(",", span.end)
            )
        listed = listed or word.text in ("and", "or")
    return True


# More words of a quoted name before its closing quote: «Славянск ЭКО», "Kyiv Digital".
# (capitalised, as a name goes on; not a quoted sentence: "“Kharkiv is under fire again,” he
# wrote")
_QUOTED_NAME_GOES_ON = re.compile(r"\s+[^\s»”\"'’a-zа-яіїєґё][^»”\"\n]{0,30}[»”\"'’]")
# A military district named by its adjective ("Южном военном округе", "Western Military
# District").
# A second name, then an airport or a stadium: the pair is a person's, whom it is named for
# ("Aden Adde International Airport", "Aden Adde airport" are not in Aden; "Aleppo International
# Airport" is).
_NAMED_FOR_PERSON_AFTER = re.compile(
    r" (?!(?:International|Regional|National|Central|Municipal|Military|Olympic|City|Air|New|Old)"
    r"\b)[A-Z][a-z]+ (?:[Ii]nternational )?(?:[Aa]irport|[Ss]tadium)\b"
)
# A street or a square a town's name opens, with a capitalised word or two of it ("Baku
# Commissars Square" in Donetsk, "Baghdad Street" in Damascus): named for the town, not in it.
_STREET_AFTER = re.compile(
    r"(?: [A-Z][\w'’-]+){0,2} (?:Square|Street|Avenue|Prospekt|Prospect|Boulevard|Embankment)\b"
)
_MILITARY_DISTRICT_AFTER = re.compile(
    r"\s+(?:военн\w+|військов\w+)\s+округ|\s+Military\s+District\b"
)
# What an adjective-shaped name before it names instead of a town: a city's district or a
# raion ("в Ленинском районе Донецка", "у Слов'янському районі"), a plant or a raion's
# institution ("Славянскому НПЗ", "Климовской центральной районной больницы").
_NAMED_BY_ADJECTIVE_AFTER = re.compile(
    r"\s+(?:районі|районе|району|района|район|громаді|громади)\b|"
    r"\s+(?:НПЗ|ТЭЦ|ТЕЦ|АЭС|АЕС|ГЭС|ГЕС|ТЭС|ТЕС|(?:центральн\w+\s+)?районн\w+|"
    # an office named by an adjective: "в Головному управлінні ДСНС" (not the village Holovne)
    r"управлінн\w*|управлени\w*|відділ\w*|отдел\w*|"
    # ... spelt out: "Ярославского нефтеперерабатывающего завода" (not the village Yaroslavskiy)
    r"нефтеперерабатывающ\w+|нафтопереробн\w+|нефтян\w+\s+завод\w*|нафтов\w+\s+завод\w*|"
    # a fleet named by its sea: "командувача Чорноморського флоту" (not Chornomorske); a sea:
    # "з акваторії Чорного й Азовського морів" (not Azovske)
    r"флот\w*|мор(?:е|я|ю|ем|і|ів|ях|ей|ям|ями))(?!\w)"
)
# A venue's kind after its name (and a capitalised word or two of it).
_VENUE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:restaurant|caf[eé]|hotel|bar|pub|imambargah|cinema|"
    r"club|pizzeria|supermarket|mall|(?:refugee\s+|displacement\s+|IDP\s+)?camp)s?\b"
)
# A site named by its town, capitalised as one name with it ("the Sviatohirsk Lavra").
_SITE_AFTER = re.compile(
    r" (?:Lavra|Monastery|Cathedral|Mosque|Church|Hospital|Airport|Airbase|University|Market"
    r"|Bazaar|Stadium|(?:Railway |Bus )?Station"
    # (and where crowds gather: "a homemade bomb in the foyer of Manchester Arena"; not a
    # hotel, often named for a far city: "the landmark Bristol Hotel" in Odesa)
    r"|Arena|Theatre|Theater|Mall|Port|Cinema|Museum|School|College|Academy)\b"
)
_WORSHIP_AFTER = re.compile(r"\s+(?:mosque|church|cathedral|shrine|synagogue|temple)\b")
# A region's administration told as a source: "по данным Донецкой областной администрации"
# names no town (but "удар по зданию Луганской областной администрации" hit one).
_REGION_OFFICE_AFTER = re.compile(r"\s+(?:областн|обласн)\w+")
_ACCORDING_TO_BEFORE = re.compile(
    r"(?:по\s+(?:данным|информации|словам|сообщению)|согласно(?:\s+данным)?|"
    r"за\s+(?:даними|інформацією|словами|повідомленням))\s+\Z",
    re.IGNORECASE,
)
_ADJECTIVE_ENDINGS = frozenset({"ом", "му", "ой", "ій", "ий", "ый", "го", "ою"})
# The noun of a district or region whose adjective follows a place's name (in the genitive).
_UNIT_AFTER = re.compile(r"\s+(?:району|района|області|области|громади|округу|округа)\b")


# An aside between a government's name and its verb: "Bishkek, for its part, said".
_ASIDE_OPENERS = frozenset({"for", "in", "meanwhile", "however"})
_ASIDE_THEN_VERB = re.compile(
    r",\s+(?:for\s+(?:its|their)\s+part|in\s+turn|in\s+response|in\s+a\s+statement|meanwhile|"
    r"however),\s+(\w+)"
)
# What a capital's government does, as a country does (``ACTION_VERBS``), less what a city
# has done to it or is ("Kyiv was hit", "Kyiv has ...").
_CAPITAL_ACTS = frozenset({
    "began", "launched", "launches", "resumed", "ordered", "orders", "sent", "sends",
    "deployed", "invaded", "conducted", "escalated",
})  # fmt: skip
_CAPITAL_DEED_AFTER = re.compile(
    r"['’]s\s+(?:[\w]+-[\w-]+\s+)?(?:campaign|offensive|war|operation|air\s+strikes|strikes|"
    r"attacks|bombing)\b"
)
# What a capital says or holds to, after its possessive: it stands for its government
# ("London's statements", "Washington's concerns"), not for where a strike hit ("Kyiv's mayor",
# "Moscow's airports" stay places).
_STANCE_NOUNS = frozenset({
    "statement", "statements", "claim", "claims", "assurance", "assurances", "denial",
    "denials", "position", "stance", "promise", "promises", "pledge", "pledges", "warning",
    "warnings", "accusation", "accusations", "concerns", "demands", "refusal", "policy",
    "insistence", "version", "approach", "strategy", "response", "proposal", "ultimatum",
})  # fmt: skip
# Words before a name after which `_role` looks further back.
_LOOK_FURTHER_BACK = DIRECTIONS | {"and", "by"}


def _role(
    doc: _Text, span: _Span, before: _Near | None, after: _Near | None
) -> Literal["place", "actor"]:
    """'actor' for metonymy: "Moscow denied", "talks between Moscow and Kyiv", "Russia's army"."""
    is_country = span.best[2] == KIND_COUNTRY
    word = before[2].lower if before else ""
    before2 = doc.previous(before[0]) if before and word in _LOOK_FURTHER_BACK else None
    word2 = before2[2].lower if before2 else ""
    after_word = after[2].lower if after else ""
    if after is not None and (
        after_word.endswith("ly") or after_word in ("also", "again") or after_word in _AUXILIARIES
    ):
        # "Kyiv rarely claims", "Moscow also denied": the verb is the next word; so it is after
        # an auxiliary, in the perfect or the progressive ("Washington was accusing Moscow")
        following = doc.next_token(after[4])
        after_word = following[2].lower if following else ""
        if after_word in _SPEECH_ING:
            after_word = "said"
    verbs = ACTION_VERBS if is_country else SPEECH_VERBS
    # "in occupied Donetsk said ...": the place is where the speakers are, not the subject
    located = word in LOCATIVES or (word2 in LOCATIVES and word in DIRECTIONS)
    if not span.possessive and after_word in verbs and not located:
        return "actor"
    if (
        (
            (not span.possessive and after_word in _CAPITAL_ACTS and not located)
            or (span.possessive and _CAPITAL_DEED_AFTER.match(doc.text, span.end))
        )
        and span.best[0] >> 1 in doc.lex.gaz.capital_entry.values()
    ):
        # a capital's government acting: "since Washington began its campaign", "the deadliest
        # attack of Washington's month-long campaign"
        return "actor"
    if after_word in _ASIDE_OPENERS and not located:
        # "Bishkek, for its part, said its health ministry had received the bodies of 24"
        aside = _ASIDE_THEN_VERB.match(doc.text, span.end)
        if aside is not None and aside.group(1).lower() in verbs:
            return "actor"
    if word == "between" and before is not None:
        # (not a road's ends: "a drone hit a car on the road between Aita al-Shaab and Dibel")
        return "place" if _ROAD_BEFORE.search(doc.text, 0, before[0]) else "actor"
    if word == "and" and before2:
        before3 = doc.previous(before2[0])
        if before3 and before3[2].lower == "between":
            return "place" if _ROAD_BEFORE.search(doc.text, 0, before3[0]) else "actor"
    if word == "by" and word2 in PASSIVE_POLITICAL:
        return "actor"
    if word.startswith(("подконтрольн", "підконтрольн")):
        return "actor"  # "на подконтрольной Киеву территории": the land Kyiv holds
    if word in ADDRESSED_VERBS and after_word in ("to", "of", "for", "that", "not"):
        return "actor"  # "urged Kabul to stop militants", "accused Kyiv of shelling"
    if is_country and after is not None:
        adjacent = span.possessive or doc.text[span.end : after[0]] == " "
        if adjacent and after_word in STATE_NOUNS:
            return "actor"
    if span.possessive and after_word in _STANCE_NOUNS:
        return "actor"  # a capital's word: "contrary to London's statements that ..."
    return "place"


_PLURAL_REGION_WORDS = (
    "regions", "oblasts", "provinces", "governorates", "states", "departments",
    "областях", "областей", "областями", "областям",
)  # fmt: skip
_REGIONS_OF = re.compile(
    r"\b(?:regions?|provinces?|oblasts?|governorates?|departments?)\s+of\s+(?:the\s+)?$"
)
_LIST_JOINT = re.compile(r"\s*,\s*(?:(?:and|и|і|та)\s+)?|\s+(?:and|и|і|та|й)\s+")
# ... with other regions' adjectives between that are no names of their own ("в Хмельницкой,
# Ивано-Франковской, Ровенской, Львовской и Днепропетровской областях").
_ADJECTIVES_JOINT = re.compile(
    r"(?:\s*,\s*(?:(?:и|і|та)\s+)?|\s+(?:и|і|та|й)\s+)"
    r"(?:[А-ЯІЇЄҐ][\w'’-]*(?:ской|цкой|зской|ській|цькій|зькій)(?:\s*,\s*(?:(?:и|і|та)\s+)?|"
    r"\s+(?:и|і|та|й)\s+))*"
)


def _read_listed_regions(doc: _Text, spans: list[_Span]) -> None:
    """Names listed before a plural region word are regions too: "the Kursk, Bryansk and
    Belgorod regions" (not the cities Kursk and Bryansk), as are names after "provinces of"."""
    text, lex = doc.text, doc.lex
    for i in range(len(spans) - 1, 0, -1):
        last = spans[i]
        if last.name.prior_kind != KIND_REGION or not (
            text[last.start : last.end].lower().endswith(_PLURAL_REGION_WORDS)
        ):
            continue
        # (a Cyrillic name as its adjective in the singular: "в Мурманской ... областях")
        cyrillic = "\u0400" <= text[last.start] <= "\u04ff"
        word = " области" if cyrillic else " region"
        joint = _ADJECTIVES_JOINT if cyrillic else _LIST_JOINT
        while i > 0 and joint.fullmatch(text, spans[i - 1].end, spans[i].start):
            listed = spans[i - 1]
            name = lex.lookup(f"{text[listed.start : listed.end]}{word}")
            if not isinstance(name, _Name) or name.prior_kind != KIND_REGION:
                break
            listed.name = name
            i -= 1
    # ... and names after one: "the eastern provinces of Khost and Kunar"
    for i, span in enumerate(spans):
        if not (
            text.endswith(("of ", "of the "), 0, span.start)  # (every match ends so)
            and _REGIONS_OF.search(text, max(0, span.start - 30), span.start)
        ):
            continue
        for j in range(i, len(spans)):
            listed = spans[j]
            if j > i and not _LIST_JOINT.fullmatch(text, spans[j - 1].end, listed.start):
                break
            name = lex.lookup(f"{text[listed.start : listed.end]} region")
            if not isinstance(name, _Name) or name.prior_kind != KIND_REGION:
                break
            listed.name = name


# A site's kind after a town's name, lower-cased: "the Nevatim air base".
_SITE_KIND_AFTER = re.compile(
    r" (air ?base|airfield|air field|military base|nuclear power plant|nuclear plant|"
    r"nuclear power station|NPP)\b",
    re.IGNORECASE,
)


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place the text names, each resolved to one best place, sorted by position."""
    gaz = gazetteer or load_gazetteer()
    lex = _lexicon(gaz)
    doc = _Text(text, lex)
    spans, cues = _scan(doc)
    spans = [span for span in spans if not _dedicated_to(text, span.start)]
    if not spans:
        return _capitals(text, gaz, [], cues, doc.dateline_end) if cues else []
    _read_listed_regions(doc, spans)
    votes = _votes(text, spans, cues)
    total_votes = sum(votes.values())
    share = {cc: v / (total_votes or 1.0) for cc, v in votes.items()}
    _link_containers(doc, spans, cues)
    regions = {span.name.prior_region for span in spans if span.name.prior_kind == KIND_REGION}
    mentions: list[PlaceMention] = []
    for span in spans:
        options = span.name.options
        span.best = options[0] if len(options) == 1 else _best(lex, span, share, regions)
        before, after = doc.previous(span.start), doc.next_token(span.stop)
        if not _keep(doc, span, before, after, votes, total_votes):
            continue
        role = _role(doc, span, before, after)
        place = gaz.place(span.best[0] >> 1)
        end = span.end
        if (
            place.precision == "place"
            and after is not None
            and after[0] == end + 1
            and text[after[0] : after[1]].lower() in _ADMIN1_WORDS
        ):
            end = after[1]
            place = _region_named_after(place, text[after[0] : end])
        elif place.precision == "place" and (kind := _SITE_KIND_AFTER.match(text, end)):
            # "at the Nevatim air base": the site, not the village it is named for; "the
            # Zaporizhzhia nuclear plant": the town it stands at, not the city
            site = gaz.lookup(f"{text[span.start : end]} {kind.group(1)}")
            if site and site[0].geonameid != place.geonameid:
                end, place = kind.end(), site[0]
        elif (
            place.precision == "place"
            and text.startswith(_GOVERNOR_AFTER_NEEDS, end)
            and _GOVERNOR_AFTER.match(text, end)
            and (region := gaz.region_around(place)) is not None
            and normalise(region.name).startswith(normalise(text[span.start : end]))
        ):
            place = region  # "Dnipropetrovsk governor Serhiy Lysak": the region's, not the city
        elif place.precision == "region" and _ADMINISTRATION_BUILDING.match(text, end):
            # the region's administration building is in its seat, the town the region is
            # named for: "the missile strike on the Mykolaiv Oblast administration building"
            place = _seat_of(gaz, place) or place
        mentions.append(PlaceMention(span.start, end, text[span.start : end], place, role))
    return _capitals(text, gaz, _without_descriptions(text, mentions), cues, doc.dateline_end)


_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?")
# A road named by its ends, before "between": "on the road between".
_ROAD_BEFORE = re.compile(r"\b(?:road|roads|highway|route|motorway)\s+$", re.IGNORECASE)


def _without_descriptions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` less a region read from words that describe the region named after it in
    another country: "Yemen's Red Sea province of Hodeidah" is Hodeidah's province, not Sudan's
    Red Sea State."""
    kept = []
    for i, mention in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            following is not None
            and mention.place.precision == "region"
            and following.place.precision == "region"
            and mention.place.country_code != following.place.country_code
            and _OF_BETWEEN.fullmatch(text, mention.end, following.start) is not None
        ):
            continue
        kept.append(mention)
    return kept


# A church's or school's dedication: "the Cathedral of Our Lady of Mount Carmel", "Our Lady of
# Lourdes school" (no place, nor evidence of the story's country).
_DEDICATION_BEFORE = re.compile(r"\bOur\s+Lady\s+of\s+(?:the\s+)?$")
_DEDICATION_REACH = 20  # characters before a name that can hold the dedication's words


def _dedicated_to(text: str, start: int) -> bool:
    """Whether the name at ``start`` is that of a dedication."""
    return (
        text.startswith("of ", start - 3)
        and _DEDICATION_BEFORE.search(text, max(0, start - _DEDICATION_REACH), start) is not None
    )


# "Irkutsk region": a first-level region named after its town that the curated file does not
# list (those it lists are names of their own, as "Kharkiv region").
_ADMIN1_WORDS = frozenset({"region", "oblast", "province", "governorate", "krai"})
# A governor named by the region's town: "Kharkiv governor Oleh Syniehubov" (a region's).
_GOVERNOR_AFTER = re.compile(r" (?:regional )?[Gg]overnor\b")
_GOVERNOR_AFTER_NEEDS = (" governor", " Governor", " regional governor", " regional Governor")


# A region's administration building or headquarters after its name.
_ADMINISTRATION_BUILDING = re.compile(
    r"(?:['’]s)?\s+(?:(?:regional|oblast|state|provincial|military|civil(?:ian)?)\s+){0,2}"
    r"administration(?:['’]s)?\s+(?:building|headquarters|offices?|premises)\b"
)


def _seat_of(gaz: Gazetteer, region: Place) -> Place | None:
    """The town in a region that the region is named for ("Mykolaiv Oblast": Mykolaiv)."""
    base = region.name.rsplit(" ", 1)[0] if " " in region.name else region.name
    return next(
        (
            p
            for p in gaz.lookup(base)
            if p.precision == "place"
            and p.country_code == region.country_code
            and p.admin1 == region.name
        ),
        None,
    )


def _region_named_after(town: Place, word: str) -> Place:
    """The region a town names ("Irkutsk region"), told at the town's point: where in it the
    text does not say, and the town is most often its capital."""
    name = f"{town.name} {word.title()}"
    return replace(town, geonameid=None, name=name, admin1=name, population=0, precision="region")


# "the capital" told alone, where something was: not "the capital of ...", "the capital Kyiv"
# or "the capital's" (whose).
_BARE_CAPITAL = re.compile(
    r"\b(?:[Ii]n|into|on|at|near|across|hit|struck|targeted|shelled|bombed|rocked)\s+the\s+"
    r"(?P<capital>capital)\b(?!['’]|\s*,?\s+[A-Z]|\s+(?:of|city\s+of)\b|\s+city\s+[A-Z])"
)


def _bare_capitals(
    text: str, gaz: Gazetteer, mentions: list[PlaceMention], dateline_end: int
) -> list[PlaceMention]:
    """The dateline country's capital where the text says "in the capital" (see
    ``_BARE_CAPITAL``), outside the dateline."""
    if dateline_end <= 0:
        return []
    dateline = next((m for m in mentions if m.end <= dateline_end), None)
    entry = gaz.capital_entry.get(dateline.place.country_code) if dateline else None
    if entry is None:
        return []
    capital = gaz.place(entry)
    return [
        PlaceMention(m.start("capital"), m.end("capital"), "capital", capital)
        for m in _BARE_CAPITAL.finditer(text, dateline_end)
    ]


def _capitals(
    text: str,
    gaz: Gazetteer,
    mentions: list[PlaceMention],
    cues: list[tuple[int, str]],
    dateline_end: int,
) -> list[PlaceMention]:
    """``mentions`` with a country's capital named by its country ("the Ukrainian capital",
    "Colombia's capital", ``_CAPITAL_AFTER``): the capital in place of the country; and with
    the dateline country's capital where the text says only "the capital" ("BAGHDAD — ... In
    the capital, a rocket slammed into the Green Zone")."""
    if "capital" not in text:  # (most texts)
        return mentions
    found: list[PlaceMention] = _bare_capitals(text, gaz, mentions, dateline_end)
    for end, country in cues:  # demonyms
        after = _CAPITAL_AFTER.match(text, end)
        if after is None:
            continue
        word = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if word and country in gaz.capital_entry:
            place = gaz.place(gaz.capital_entry[country])
            start = word.start()
            found.append(PlaceMention(start, after.end(), text[start : after.end()], place))
    for i, mention in enumerate(mentions):
        country = mention.place.country_code
        if (
            mention.place.precision == "country"
            and text.startswith(_POSSESSIVE, mention.end)
            and country in gaz.capital_entry
            and (after := _CAPITAL_AFTER.match(text, mention.end + 2)) is not None
        ):
            place = gaz.place(gaz.capital_entry[country])
            surface = text[mention.start : after.end()]
            mentions[i] = PlaceMention(mention.start, after.end(), surface, place, mention.role)
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)
