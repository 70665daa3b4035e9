"""Settlements the gazetteer does not list, named where a report tells of them.

GeoNames' towns of 500 people or more miss many of the villages, camps and bases that strikes
fall on ("the village of Aitou", "Camp Taji", "at Urum al-Kubra, west of Aleppo"). Rather than
lose such a strike, or put it at the dateline's city, the name is kept as the text spells it
and placed where the text says it lies: at the town or region it is told to be in or near
(precision ``region``), else in its country (precision ``country``). Only strong cues name such
a place: a settlement word ("the village of", "Camp ...", "... air base", "X, a mountainous
area of"), a site at it told to be in a place we know ("a base at Haskanita in Darfur"), a
bearing, edge or distance from a place we know ("Urum al-Kubra, west of Aleppo", "Nyanya, on
the southern outskirts of Nigeria's capital", "about three kilometres from Laiza"), or a
district's name ("of Achin district", a region). A town we know that the text puts in another
country than ours is read as such a settlement ("Almat, a village in Lebanon's Jbeil district").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from processors.actors import normalise_actor
from processors.casefold import contains_any
from processors.gazetteer import (
    PRECISION_RANK,
    Gazetteer,
    Place,
    cyrillic_latin,
    is_ukrainian,
    normalise,
)
from processors.places import POSSESSIVES, PlaceMention, stopwords

# A name: up to three capitalised words (with Arabic particles: "Urum al-Kubra"), each with a
# lower-case letter ("NATO" is none), and a number after ("Tower 22").
# ("at", "an" and "as" only hyphened: spaced, they are English: "on Wednesday at Wazir Tangi")
_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|an|at|az|ul)-|(?:al|el|ad|ar|ash|az|ul|bin|ibn)\s)?"
_WORD = rf"{_PARTICLE}[A-Z][\w'’-]*[a-z][\w'’-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}}(?:\s\d{{1,3}}\b)?)"
# A Cyrillic name: one or two capitalised words (the second no adjective in the genitive).
_CYRILLIC_WORD = r"[А-ЯІЇЄҐ][а-яёіїєґ'’ʼ-]*[а-яёіїєґ]"
_CYRILLIC_NAME = (
    rf"(?P<name>{_CYRILLIC_WORD}(?:\s(?![А-ЯІЇЄҐ][а-яёіїєґ'’ʼ-]*(?:ого|ої|ому|ой)\b)"
    rf"{_CYRILLIC_WORD})?)"
)
_ATTACKED_AT = (
    r"\b(?:in|at|on|of|near|into|outside|around|hit|struck|targeted|shelled|bombed|attacked|raided|"
    r"pounded|stormed|hitting|striking|targeting|shelling|bombing|attacking|raiding)\s+"
    r"(?:the\s+)?"
)
# (a word found opens the pattern there: "town" opens "township")
_SETTLEMENT_WORDS = ("village", "town", "settlement", "hamlet", "locality", "commune", "kibbutz",
                     "moshav")  # fmt: skip
_SETTLEMENT = r"(?:village|town(?:ship)?|settlement|hamlet|locality|commune|kibbutz|moshav)"
# ... but not a district's town: "Khar, the main town of Bajaur"
_CHIEF_BEFORE = re.compile(r"\b(?:main|largest|biggest|chief)\s+\Z")
# A distance: "about 24 km", "some three kilometres".
_COUNT = r"(?:\d[\d,.]*|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|twenty)"
_DISTANCE = (
    rf"(?:(?:about|some|around|roughly|nearly)\s+)?{_COUNT}\s*(?:km|kilomet(?:re|er)s?|miles?)"
)
_HEAD_REACH = 80  # characters before a cue word that can hold the name told before it


@dataclass(frozen=True)
class _Cue:
    """A cue to an unlisted name: the words it opens with (found with ``str.find``, as ``re``
    tries an alternation of words at every position of a text, ten times slower), the cue
    matched there, and, for a name told before the cue, what must end just before it (in the
    ``_HEAD_REACH`` characters before). ``through``: the name runs to the cue's end ("Achin
    district"). ``names``: the cue is the kind of place the name is ("Shayrat air base"), so
    where it lies is told after the cue ("... in Homs province"); a bearing is told instead."""

    words: tuple[str, ...]
    cue: re.Pattern[str]
    head: re.Pattern[str] | None = None
    through: bool = False
    names: bool = False


_CUES = (
    # "the village of Aitou", "the northern town of Barsalogho"
    _Cue(_SETTLEMENT_WORDS, re.compile(rf"{_SETTLEMENT}\s+of\s+{_NAME}")),
    # "the border community of Avivim" (not "the Christian community of ...")
    _Cue(
        ("border", "farming", "rural", "frontline", "front-line"),
        re.compile(rf"(?:border|farming|rural|front-?line)\s+community\s+of\s+{_NAME}"),
    ),
    # "Camp Taji", "Camp Speicher"
    _Cue(("Camp",), re.compile(rf"(?P<name>Camp\s+{_WORD}(?:\s{_WORD})?)")),
    # "a strike on a residential building in nearby Jiyeh killed one person" (not a site's
    # name: "in nearby Al-Shifa hospital")
    _Cue(
        ("nearby",),
        re.compile(
            rf"nearby\s+{_NAME}(?=\s*[,.;]|\s+(?:killed|wounded|injured|on|in|at|and|was|were|"
            r"where|after|overnight|earlier|later)\b)"
        ),
    ),
    # a site at a place told to be in another: "overran an AU peacekeeping base at Haskanita in
    # Darfur", "a market in Kafr Batna in Eastern Ghouta", "the army's forward post at
    # Chinagodrar in western Niger", "the army camp at Soumpi, in the Timbuktu region"
    _Cue(
        (
            "base", "camp", "outpost", "post", "checkpoint", "barracks", "garrison", "market",
            "mosque", "church", "school", "hospital",
        ),
        re.compile(
            r"(?:base|camp|outpost|post|checkpoint|barracks|garrison|market|mosque|church|school|"
            rf"hospital)\s+(?:at|in)\s+{_NAME}(?=,?\s+(?:in|near)\s+(?:the\s+)?"
            r"(?:(?:north|south|east|west|central)[\w-]*\s+)?[A-Z])"
        ),
    ),
    # ... or a part of it: "bombed residential areas of Heiban in South Kordofan's Nuba Mountains"
    _Cue(
        ("area", "part", "outskirts", "centre", "center"),
        re.compile(
            rf"(?:areas?|parts?|outskirts|cent(?:re|er))\s+of\s+{_NAME}(?=\s+(?:in|near)\s+"
            r"(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?[A-Z])"
        ),
    ),
    # "in Zamzam camp", "bombed Engels airfield", "on Balad air base", "at Al-Asad Air Base"
    _Cue(
        # ("air" opens "airbase", "airfield")
        # (Myanmar's state media: "of Ni Khu De Village, Waingmaw Township")
        (
            "village", "refugee", "camp", "air", "military", "Air", "Airbase", "Airfield",
            "Military", "Village",
        ),
        re.compile(
            r"(?:village|Village|refugee\s+camp|camp|air\s*base|airbase|airfield|air\s+field|"
            r"military\s+base|Air\s+Base|Airbase|Airfield|Air\s+Field|Military\s+Base)\b"
        ),
        re.compile(rf"{_ATTACKED_AT}{_NAME}\s+\Z"),
        names=True,
    ),
    # "struck Tower 22, a small US logistics outpost", "in Tinzaouaten, a town near ...", "at
    # Wazir Tangi, a mountainous area of Khogyani district"
    _Cue(
        (
            *_SETTLEMENT_WORDS, "camp", "outpost", "base", "area", "neighbo", "suburb", "quarter",
            "community",
        ),
        re.compile(
            rf"(?:{_SETTLEMENT}|camp|outpost|base|area|neighbou?rhood|suburb|quarter|community)\b"
        ),
        # (or its edge: "flattened a house at the entrance to Aito, a Christian village")
        re.compile(
            rf"(?:{_ATTACKED_AT}|\b(?:entrance|road|way)\s+to\s+){_NAME},\s+(?:an?|the)\s+"
            r"(?:[\w-]+\s+){0,3}?\Z"
        ),
        names=True,
    ),
    # ... or one of a kind: "on houses in Al-Shati, one of the Gaza Strip's eight historic
    # refugee camps"
    _Cue(
        ("camps", "villages", "towns"),
        re.compile(r"(?:camps|villages|towns)\b"),
        re.compile(
            rf"{_ATTACKED_AT}{_NAME},\s+one\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?\Z"
        ),
        names=True,
    ),
    # ... or told to be in a region we know: "attacked a Catholic parish in Komanda, in Ituri
    # province", "bombardment of Nasir town in Upper Nile state"
    _Cue(
        ("province", "state", "region", "governorate"),
        re.compile(r"(?:province|state|region|governorate)\b"),
        re.compile(
            rf"{_ATTACKED_AT}{_NAME}(?:,|\s+town)\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}\Z"
        ),
    ),
    # told only by its bearing or distance from a place we know: "at Urum al-Kubra, west of
    # Aleppo", "at Him Shinshar, about 24 km west of Homs"
    _Cue(
        ("north", "south", "east", "west", "near", "outside"),
        re.compile(r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)\s"),
        re.compile(rf"{_ATTACKED_AT}{_NAME},?\s+(?:{_DISTANCE}\s+)?\Z"),
    ),
    # ... or as its edge: "in Nyanya, on the southern outskirts of Nigeria's capital", "camps at
    # Mugunga, on the western edge of Goma"
    _Cue(
        ("outskirts", "edge", "fringe"),
        re.compile(r"(?:outskirts|edge|fringes?)\s+of\s"),
        re.compile(rf"{_ATTACKED_AT}{_NAME},?\s+on\s+the\s+(?:[\w-]+\s+)?\Z"),
    ),
    # ... or as its way in: "struck a car on the coastal motorway at Khaldeh, at the southern
    # entrance to Beirut"
    _Cue(
        ("entrance", "approach"),
        re.compile(r"(?:entrance|approach(?:es)?)\s+to\s"),
        re.compile(rf"{_ATTACKED_AT}{_NAME},?\s+(?:at|on)\s+the\s+(?:[\w-]+\s+)?\Z"),
    ),
    # ... or its distance from it: "at Mung Lai Hkyet, about three kilometres from ... Laiza"
    _Cue(
        ("kilomet", "km", "mile"),
        # (or short of it: "near Katari, roughly 60 km short of Kaduna")
        re.compile(r"(?:kilomet(?:re|er)s?|km|miles?)\s+(?:from|away\s+from|short\s+of)\s"),
        re.compile(rf"{_ATTACKED_AT}{_NAME},?\s+(?:about|some|around|roughly|nearly)?\s*"
                   rf"{_COUNT}\s*\Z"),
    ),
    # a round-up's item headed by the place: "• Odradokamyanka: a 43-year-old man was killed
    # ... when Russian guided bombs hit private houses in the village"
    _Cue(
        ("•", "▪", "*"),
        re.compile(rf"(?<![^\n])[•▪*]\s*{_NAME}(?=:\s)"),
    ),
    # a Ukrainian or Russian village by its word: "у селі Велика Вільшаниця", "біля села
    # Зеленопілля", "в посёлке Маслова Пристань" (its name stays in the nominative; not the
    # district's adjective after it: "у селі Погреби Броварського району")
    _Cue(
        ("сел", "смт", "посел", "посёл", "хутор", "станиц", "деревн"),
        re.compile(
            r"(?:сел(?:о|і|а|у|ом|е|ищ[еіау])|смт|пос[её]л(?:ок|ке|ка|ку)|хутор[іеау]?|"
            rf"станиц[аеыу]|деревн[яеию])\s+{_CYRILLIC_NAME}"
        ),
    ),
    # a district the gazetteer lacks, where the attack was: "dropped on a network of tunnels
    # in the Momand valley of Achin district" (a region: what lies in it is finer; not "in
    # the Qalaa district", a town's own)
    _Cue(
        ("district",),
        re.compile(r"district\b"),
        re.compile(
            r"\b(?:in|of|on|into|hit|struck|targeted|shelled|bombed|attacked)\s+"
            # (whose it is may come first: "in Manipur's Chandel district")
            rf"(?:[A-Z][\w-]*['’]s\s+)?(?P<name>{_WORD}(?:\s{_WORD})?)\s+\Z"
        ),
        through=True,
    ),
)
# Between an unlisted name and the known place it is told to be in or near: "in the Sagaing
# region", "in the Shindand district of Herat province", ", about 24 km west of Homs".
_TOLD_BESIDE = re.compile(
    r"(?:,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?"  # "Tower 22, a small US outpost in ..."
    # "Kyungyi village, Kyaukkyi Township, in Bago Region"
    r"|,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Township|District|County|Municipality|Tehsil|Zone)"
    # "Nasir town in Upper Nile state"
    rf"|\s+{_SETTLEMENT})?"
    # its size, passed over: "Vuilu, a village of fewer than 80 households in Matupi township"
    r"(?:\s*of\s+(?:(?:about|around|some|nearly|roughly|fewer\s+than|more\s+than|over|under)\s+)?"
    r"[\d,]+\s+(?:households|families|homes|houses|people|residents|inhabitants)\s*)?"
    rf",?\s*(?:{_DISTANCE}\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    r"on\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edge|fringes?)\s+of|"
    r"(?:at|on)\s+the\s+(?:[\w-]+\s+)?(?:entrance|approach(?:es)?)\s+to|"
    r"near|outside|close\s+to|in|of|(?<=s\s)from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:of\s+)?"
)
# ... and a Cyrillic name's: "села Зеленопілля на Луганщині", "у селі Велика Вільшаниця
# Львівської області", "в селе Сушаны Климовского района Брянской области".
_TOLD_BESIDE_CYRILLIC = re.compile(
    r",?\s+(?:(?:на|у|в|во|біля|під|под|поблизу|возле|около|неподалік\s+від)\s+)?"
    r"(?:[А-ЯІЇЄҐ][\w'’ʼ-]+\s+(?:району|района|округу|округа|громади)\s+)?"
)
_BESIDE_REACH = 100  # characters from the name's end to the known place
# Just before the settlement word, whose country it is: "the Lebanese village of", "Iraq's
# Camp Taji".
_OWNER_BEFORE = re.compile(r"(?P<owner>[\w-]+)(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?$")
# Where an attack came from, not what it hit: "fired from an area north of the Lebanese village
# of Shebaa", "the gunmen came from the nearby village of Urif".
_FROM_BEFORE = re.compile(
    r"\b(?:fired|launched|came|come|coming|flown|flew|sent|shot|crossed|infiltrated)\b"
    r"[^.;]{0,30}?\bfrom\s+(?:[^\s,.;]+\s+){0,9}$"
)
_CALENDAR = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
))  # fmt: skip


def unlisted_settlements(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer, dateline_end: int
) -> list[PlaceMention]:
    """``mentions`` with the settlements the text names by strong cues that none of them
    covers, each placed where the text says it lies (sorted by start); a known town the text
    puts in another country is replaced by the settlement (``_told_elsewhere``)."""
    found: list[PlaceMention] = []
    misread: list[PlaceMention] = []  # known mentions the text puts in another country
    for start, end, cue_end in _candidate_names(text):
        overlapping = [m for m in (*mentions, *found) if m.start < end and start < m.end]
        elsewhere = (
            _told_elsewhere(text, overlapping, max(end, cue_end), mentions) if overlapping else None
        )
        if overlapping and elsewhere is None:
            continue
        name = _trimmed(text[start:end])
        if name is None or _FROM_BEFORE.search(text, max(0, start - 100), start):
            continue
        start = _name_start(text, name, start, end)
        end = start + len(name)
        place = _placed(text, start, end, max(end, cue_end), mentions, gaz, dateline_end)
        if place is not None:
            found.append(PlaceMention(start, end, name, place))
            if elsewhere is not None:
                misread.append(elsewhere)
    found += _listed_with_known(text, mentions, found, gaz)
    if dateline_end:
        found += _dateline_town(text, mentions, found, dateline_end)
    if not found:
        return mentions
    kept = [m for m in mentions if m not in misread] if misread else mentions
    return sorted([*kept, *found], key=lambda m: m.start)


# A dateline of a town we do not know and its country: "BARJA, Lebanon, Nov 8 —".
_DATELINE_TOWN = re.compile(
    r"\s*(?P<name>[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2}),\s+(?=[A-Z][a-z])"
)


def _dateline_town(
    text: str, mentions: list[PlaceMention], found: list[PlaceMention], dateline_end: int
) -> list[PlaceMention]:
    """The dateline's town, when the gazetteer does not know it but knows the country told
    after it ("BARJA, Lebanon, Nov 8 —"), and each time the text names it ("the building in
    Barja"): a settlement of that country, the place the report was filed from."""
    town = _DATELINE_TOWN.match(text, 0, dateline_end)
    if town is None:
        return []
    country = next(
        (
            m.place
            for m in mentions
            if m.start == town.end() and m.end <= dateline_end and m.place.precision == "country"
        ),
        None,
    )
    if country is None or any(m.start < town.end("name") for m in (*mentions, *found)):
        return []
    # (as the text spells it after the dateline: "AIN EL-DELB" is "Ain el-Delb"; the dateline
    # itself is left alone, so that it stands in for no sentence that names no place)
    told = [
        m
        for m in re.finditer(rf"(?<![\w-]){re.escape(town['name'])}(?![\w-])", text, re.IGNORECASE)
        if m.start() >= dateline_end
        and m.group()[0].isupper()
        and not m.group().isupper()
        and not any(k.start < m.end() and m.start() < k.end for k in (*mentions, *found))
    ]
    if not told:
        return []
    place = _settlement_at(country, told[0].group())
    return [PlaceMention(m.start(), m.end(), m.group(), place) for m in told]


# A list of names after a preposition: "positions in Niono, Molodo, Sandaré, Nioro du Sahel,
# Diboli, Gogui and Kayes".
_LIST_ITEM = rf"{_WORD}(?:\s(?:(?:du|de|des|la|le|di|da|el)\s)?{_WORD}){{0,2}}"
_LIST_PREPOSITION = r"\b(?:in|at|on|near|across|including)\s+"
_NAME_LIST = re.compile(
    rf"{_LIST_PREPOSITION}(?P<list>{_LIST_ITEM}(?:,\s+{_LIST_ITEM})+,?\s+(?:and|or)\s+"
    rf"{_LIST_ITEM})"
)
_ITEM = re.compile(_LIST_ITEM)
# Where such a list may open, looked for just before a town we know.
_LIST_OPENING = re.compile(rf"{_LIST_PREPOSITION}(?=[A-Z])")
_KNOWN_IN_A_LIST = 2  # towns we know in a list that make its other names towns too
_LIST_REACH = 200  # characters before a town we know where a list holding it may open


def _listed_with_known(
    text: str, mentions: list[PlaceMention], found: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """The names a list holds beside towns we know, all in one country, that no mention
    covers: towns of that country (in the towns' region, if they share one), as the list
    tells ("in Niono, Molodo, Sandaré, Nioro du Sahel, Diboli, Gogui and Kayes")."""
    # (a list we can use holds towns we know with a comma or "and" beside them: only the
    # stretch around those is searched)
    listed_towns = [
        m.start
        for m in mentions
        if m.role == "place"
        and m.place.precision == "place"
        and (
            text.startswith((", ", " and "), m.end)
            or text.endswith((", ", " and "), 0, m.start)
        )
    ]
    if len(listed_towns) < _KNOWN_IN_A_LIST:
        return []
    added: list[PlaceMention] = []
    openings = {
        m.start()
        for at in listed_towns
        for m in _LIST_OPENING.finditer(text, max(0, at - _LIST_REACH), at + 1)
    }
    for opening in sorted(openings):
        listed = _NAME_LIST.match(text, opening)
        if listed is None:
            continue
        offset = listed.start("list")
        items = [(offset + m.start(), offset + m.end()) for m in _ITEM.finditer(listed["list"])]
        known, unknown = [], []
        for start, end in items:
            covering = [m for m in (*mentions, *found) if m.start < end and start < m.end]
            if not covering:
                unknown.append((start, end))
            elif covering[0].place.precision == "place" and covering[0].role == "place":
                known.append(covering[0].place)
        countries = {place.country_code for place in known}
        if len(known) < _KNOWN_IN_A_LIST or len(countries) != 1 or not unknown:
            continue
        regions = {place.admin1 for place in known}
        anchor = (gaz.region_around(known[0]) if len(regions) == 1 else None) or gaz.place(
            gaz.country_entry[known[0].country_code]
        )
        for start, end in unknown:
            name = _trimmed(text[start:end])
            if name is None:
                continue
            start = _name_start(text, name, start, end)
            added.append(PlaceMention(start, start + len(name), name, _settlement_at(anchor, name)))
    return added


def _told_elsewhere(
    text: str, overlapping: list[PlaceMention], named_end: int, mentions: list[PlaceMention]
) -> PlaceMention | None:
    """The one known town a candidate's name is, when the text puts it in another country than
    the gazetteer's town of that name ("Almat, a village in Lebanon's Jbeil district" is no
    Almetyevsk, in Russia)."""
    if len(overlapping) != 1 or overlapping[0].place.precision != "place":
        return None
    known = overlapping[0]
    told = _told_beside(text, max(named_end, known.end), mentions)
    if told is None or told.country_code == known.place.country_code:
        return None
    return known


def _candidate_names(text: str) -> list[tuple[int, int, int]]:
    """Where the text names a settlement by a settlement word or a bearing (``_CUES``), and
    where the words that name it end (a cue told after the name: "Shayrat air base")."""
    spans = []
    starts: dict[str, list[int]] = {}  # by word: a word opens several cues
    for cue in _CUES:
        for at in _word_starts(text, cue.words, starts):
            found = cue.cue.match(text, at)
            if found is None:
                continue
            if cue.head is None:
                if _CHIEF_BEFORE.search(text, max(0, at - 10), at) is None:
                    spans.append((*found.span("name"), found.end("name")))
                continue
            named = cue.head.search(text, max(0, at - _HEAD_REACH), at)
            if named is not None:
                end = found.end() if cue.through else named.end("name")
                spans.append((named.start("name"), end, found.end() if cue.names else end))
    if contains_any(text, _SETTLEMENTS_OF_NEEDS):
        for listed in _SETTLEMENTS_OF.finditer(text):
            offset = listed.start("list")
            spans.extend(
                (offset + m.start(), offset + m.end(), offset + m.end())
                for m in _LISTED_NAME.finditer(listed.group("list"))
            )
    return sorted(set(spans))


# Settlements listed by one plural word: "struck the villages of Intazayene, Bakorat and
# Wistane".
_LISTED_NAME = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,2}}")
_SETTLEMENTS_OF_NEEDS = ("villages of", "towns of", "hamlets of", "settlements of", "communes of")
_SETTLEMENTS_OF = re.compile(
    rf"\b(?:villages|towns|hamlets|settlements|communes)\s+of\s+(?P<list>{_LISTED_NAME.pattern}"
    rf"(?:,\s+{_LISTED_NAME.pattern})*,?\s+and\s+{_LISTED_NAME.pattern})"
)


def _word_starts(text: str, words: tuple[str, ...], known: dict[str, list[int]]) -> list[int]:
    """Where each of ``words`` opens a word of the text (``known``: by word, found before)."""
    found = []
    for word in words:
        starts = known.get(word)
        if starts is None:
            starts = known[word] = []
            at = text.find(word)
            while at >= 0:
                if at == 0 or not text[at - 1].isalnum():
                    starts.append(at)
                at = text.find(word, at + 1)
        found += starts
    return found


_SETTLEMENT_TITLES = frozenset({"Moshav", "Kibbutz"})  # (not "Camp": "Camp Taji" is its name)


def _name_start(text: str, name: str, start: int, end: int) -> int:
    """Where the trimmed ``name`` starts in ``text[start:end]``: past a settlement word taken
    off ("Moshav Arbel"), else at ``start`` (also when a line break joined its words)."""
    at = text.find(name, start, end)
    return at if at >= 0 else start


def _trimmed(name: str) -> str | None:
    """The name less calendar words at its end ("Aitou Tuesday") and the settlement word before
    it ("Moshav Arbel"); None for no place name (a weekday, a stopword such as a people's
    name)."""
    words = name.split()
    while words and words[-1].lower() in _CALENDAR:
        words.pop()
    if len(words) > 1 and words[0] in _SETTLEMENT_TITLES:
        words.pop(0)  # "near Moshav Arbel": the moshav Arbel
    if not words or words[0].lower() in _CALENDAR:
        return None
    name = " ".join(words)
    if normalise(name) in stopwords() or words[-1].lower() in _FACILITY_NOUNS:
        return None
    if normalise_actor(name) is not None:
        return None  # an armed group's: "a command centre of Palestinian Islamic Jihad in Damascus"
    return name


# A name that ends in one is a building's, a street's or a body's, not a settlement's: "at the
# Al-Baqa Café near the port", "at the Serena Hotel, ...".
_FACILITY_NOUNS = frozenset({
    "café", "cafe", "restaurant", "hotel", "mall", "market", "bazaar", "hospital", "clinic",
    "school", "college", "university", "mosque", "church", "cathedral", "temple", "synagogue",
    "shrine", "stadium", "cinema", "theatre", "theater", "museum", "bakery", "club", "bar",
    "station", "airport", "bridge", "tower", "building", "centre", "center", "factory", "plant",
    "prison", "embassy", "ministry", "headquarters", "office", "offices",
    # ... or a street's: "on Palestine Street near the Interior Ministry complex"
    "street", "road", "avenue", "boulevard", "highway", "square", "roundabout", "lane",
    # ... or a body's: "the headquarters of the Kachin Independence Organization near the
    # Chinese border"
    "organization", "organisation", "army", "front", "movement", "party", "council", "forces",
    "union", "alliance", "committee", "group", "brigade", "brigades", "militia", "authority",
    "agency", "company", "corporation", "network", "association", "federation", "coalition",
    "command", "government", "administration", "commission", "mission",
})  # fmt: skip


def _placed(
    text: str, start: int, end: int, named_end: int, mentions: list[PlaceMention],
    gaz: Gazetteer, dateline_end: int,
) -> Place | None:
    """The unlisted settlement at ``text[start:end]``, at the place the text says it lies in or
    near (after ``named_end``, past a settlement word told after the name: "Zamzam camp near
    El Fasher"), else in the country its settlement word's owner or the dateline names; None
    when the text does not say."""
    possessor = _possessor(text, start, mentions)
    if possessor is not None and possessor.precision == "country" and text.endswith(
        "district", 0, end
    ):
        return None  # "Pakistan's Bajaur district": no finer than the country told
    town = _town_camp_is_at(text, end, mentions)
    if town is not None:
        return town
    anchor = possessor or _told_beside(text, named_end, mentions) or _owner_told_within(
        text, end, named_end, mentions
    )
    if anchor is None and _owned(text, start):
        anchor = _owner(text, start, mentions, gaz)
    if anchor is None:
        anchor = _region_told_before(text, start, mentions)
    if anchor is None:
        anchor = _dateline_country(text, start, mentions, gaz, dateline_end)
    name = text[start:end]
    cyrillic = _CYRILLIC_END.match(name, len(name) - 1) is not None
    if anchor is None and cyrillic and is_ukrainian(text):
        # a Ukrainian report's village is in Ukraine: "вдарили «Ураганом» по селу Новоосинове"
        anchor = gaz.place(gaz.country_entry["UA"])
    if anchor is None:
        return None
    district = name.endswith("district")
    if district and anchor.precision == "place":
        return None  # a city's district is the city's: "the Kuibyshevskyi district of Donetsk"
    listed = _listed_in(gaz, name, anchor.country_code)
    if listed is not None:
        return listed
    if cyrillic:
        # the label's spelling: a Ukrainian village's is Ukrainian's, in a Russian text too
        # ("по селу Гроза" is Hroza, not Groza)
        ukrainian = is_ukrainian(text) or anchor.country_code == "UA"
        name = cyrillic_latin(name, ukrainian) or name
        # (a village our list has by its Latin name alone: "у селі Гроза" is Hroza)
        listed = _listed_in(gaz, name, anchor.country_code)
        if listed is not None:
            return listed
    if district:
        # (a region inside the anchor's first-level one: what lies in it is finer)
        return replace(
            anchor,
            geonameid=None,
            name=name,
            population=0,
            precision="region",
            located="country" if anchor.precision == "country" else None,
        )
    return _settlement_at(anchor, name)


def _settlement_at(anchor: Place, name: str) -> Place:
    """An unlisted settlement, placed at the known place or region (or country) it lies in."""
    return replace(
        anchor,
        geonameid=None,
        name=name,
        population=0,
        precision="place",
        located="country" if anchor.precision == "country" else "region",
    )


def _possessor(text: str, start: int, mentions: list[PlaceMention]) -> Place | None:
    """The known place whose the name is, told right before it ("Manipur's Chandel
    district")."""
    for mention in mentions:
        if mention.end < start <= mention.end + 3 and text[mention.end : start] in POSSESSIVES:
            return mention.place
    return None


def _owner_told_within(
    text: str, end: int, named_end: int, mentions: list[PlaceMention]
) -> Place | None:
    """The known place whose the settlement is, told possessive in the words that say what it
    is ("Al-Shati, one of the Gaza Strip's eight historic refugee camps")."""
    for mention in mentions:
        if end < mention.start and mention.end < named_end and (
            text.startswith(POSSESSIVES, mention.end)
        ):
            return mention.place
    return None


# A camp told on a town's edge: "Abu Shouk, the famine-hit displacement camp on the northern
# edge of El Fasher" (the text from the name's end to the town's name).
_CAMP_ON_EDGE = re.compile(
    r"[^.;]{0,80}?\bcamp\b[^.;]{0,30}?\bon\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edge|fringes?)\s+"
    r"of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
)
_CAMP_REACH = 140  # characters from the name's end to the town's


def _town_camp_is_at(text: str, end: int, mentions: list[PlaceMention]) -> Place | None:
    """The town a camp we cannot place is told on the edge of: the town is the place hit, as
    for the camps of ``sites.yaml``'s note (the Jenin camp is Jenin)."""
    if "camp" not in text[end : end + _CAMP_REACH]:
        return None
    for mention in mentions:
        if (
            end < mention.start <= end + _CAMP_REACH
            and mention.place.precision == "place"
            and _CAMP_ON_EDGE.fullmatch(text, end, mention.start) is not None
        ):
            return mention.place
    return None


def _told_beside(text: str, end: int, mentions: list[PlaceMention]) -> Place | None:
    """The known place the text puts the name in or near, right after it ("in the Sagaing
    region", "west of Aleppo"); the finest of those it names there ("in Syria's Homs
    province": the province)."""
    beside = _TOLD_BESIDE_CYRILLIC if _CYRILLIC_END.match(text, end - 1) else _TOLD_BESIDE
    told = [
        mention.place
        for mention in mentions
        if end <= mention.start <= end + _BESIDE_REACH
        and mention.role == "place"
        and beside.fullmatch(text, end, mention.start) is not None
        and not _far_off(text[end : mention.start])
    ]
    return min(told, key=lambda place: PRECISION_RANK[place.precision], default=None)


_CYRILLIC_END = re.compile(r"[а-яёіїєґ]")  # (a Cyrillic name's last letter)
# A distance in figures: "about 170 km east of Sanaa".
_FIGURE_DISTANCE = re.compile(r"(\d[\d,]*)\s*(km|kilomet|mile)")
_FAR_KM = 50  # farther off, the place told is not what holds the settlement
_KM_PER = {"km": 1.0, "kilomet": 1.0, "mile": 1.609}


def _far_off(between: str) -> bool:
    """Whether the words between a name and a known place tell a distance over ``_FAR_KM``
    ("al-Estiqbal camp, about 170 km east of Sanaa" is in Marib, not in Sanaa's region)."""
    found = _FIGURE_DISTANCE.search(between)
    if found is None:
        return False
    return int(found.group(1).replace(",", "")) * _KM_PER[found.group(2)] > _FAR_KM


def _owned(text: str, start: int) -> bool:
    """Whether a settlement word opens the name or stands before it ("the Lebanese village of
    Aitou", "Iraq's Camp Taji"), so that a word before that one may say whose it is."""
    return text.endswith(" of ", 0, start) or text.startswith("Camp ", start)


def _owner(text: str, start: int, mentions: list[PlaceMention], gaz: Gazetteer) -> Place | None:
    """The place or country owning the settlement word before the name ("the Tigray village
    of", "the Lebanese village of", "Iraq's Camp Taji")."""
    # where the settlement word starts ("village of Aitou"), or the name with it ("Camp Taji")
    head = start - 1 if text.startswith("Camp ", start) else text.rfind(" ", 0, start - 1)
    before = _OWNER_BEFORE.search(text, max(0, head - 30), head + 1)
    if before is None:
        return None
    owner_end = before.end("owner")
    for mention in mentions:
        if mention.start < owner_end <= mention.end and mention.role == "place":
            return mention.place
    key = normalise(before["owner"])
    country = gaz.cues.get(key)
    entry = gaz.country_entry.get(country) if country else None
    return gaz.place(entry) if entry is not None else None


def _dateline_country(
    text: str, start: int, mentions: list[PlaceMention], gaz: Gazetteer, dateline_end: int
) -> Place | None:
    """The dateline place's country, when the sentence names no place in another one."""
    dateline = next((m for m in mentions if m.end <= dateline_end), None)
    if dateline is None:
        return None
    country = dateline.place.country_code
    # (a sentence ends at a space or at a paragraph's end)
    opening = max(text.rfind(". ", 0, start), text.rfind(".\n", 0, start), dateline_end)
    closing = min(
        (at for at in (text.find(". ", start), text.find(".\n", start)) if at >= 0),
        default=len(text),
    )
    if any(
        opening <= m.start < closing and m.role == "place" and m.place.country_code != country
        for m in mentions
    ):
        return None
    entry = gaz.country_entry.get(country)
    return gaz.place(entry) if entry is not None else None


_BEFORE_REACH = 300  # characters before the name that may tell the region it lies in
# (not after a single letter: "at about 11:30 a.m. on Moetar Lay", "the U.S. said")
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])[.!?][\"”’)]?\s+")


def _region_told_before(text: str, start: int, mentions: list[PlaceMention]) -> Place | None:
    """The region the text names last before the name, in its sentence or the one before, when
    no town is named between ("bombed a monastery in Saw Township, Magwe Region ... in Akyi
    Pan Malun village": the village is in Magwe Region), or the country whose ministry speaks
    before it in its sentence."""
    reach = max(0, start - _BEFORE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, start)]
    opening = ends[-2] if len(ends) >= 2 else reach
    told = [m for m in mentions if opening <= m.start and m.end <= start and m.role == "place"]
    if not told:
        return None
    last = told[-1]
    if last.place.precision == "region":
        return last.place
    # ... or the country whose officials speak in its sentence, not the attacker's: "Lebanon's
    # health ministry said an Israeli air strike ... killed at least 21 people in Aitou, a
    # mainly Maronite village" (not "Israel's army said its jets hit a house in ...")
    sentence_start = ends[-1] if ends else reach
    if (
        last.place.precision == "country"
        and last.start >= sentence_start
        and _COUNTRYS_OFFICIALS_AFTER.match(text, last.end)
    ):
        return last.place
    return None


_COUNTRYS_OFFICIALS_AFTER = re.compile(
    r"['’]s\s+(?:health|interior|civil\s+defen[cs]e|emergenc(?:y|ies)|state)\s+"
    r"(?:ministry|service|agency|news\s+agency|media)\b"
)


def _listed_in(gaz: Gazetteer, name: str, country_code: str) -> Place | None:
    """A place of that name the gazetteer lists in the anchor's country (passed over by the
    place reader, as a name it doubted), the most populous."""
    for place in gaz.lookup(name):
        if place.country_code == country_code and place.precision == "place":
            return place
    return None
