"""Casualty figures (killed, wounded) as ``CountRange`` values, following the label conventions.

Mapping (see ``shared/data/README.md``):

- exact "eleven", "15 dead"                        -> min = max = N
- lower bound "at least / more than / over N"      -> min = N, max = None (the stated number)
- range "between A and B", "A to B"                -> min = A, max = None
- vague words are minima: a dozen 12, dozens 24, scores 40, hundreds 200, several 3, a few 2
- approximate "about / around / nearly N"          -> min = max = N
- "up to N" is an upper bound only                 -> min = None, max = N (our choice: the text
  says the toll is at most N, not that it is N)
- "no casualties", "no one was hurt"               -> 0 (both kinds; "no injuries" too, unless
  the sentence speaks of deaths: then only the wounded are 0)
- people named, not numbered, are added up: "a man and his wife" 2, "four farm workers and
  an Israeli farmer" 5, "Ivan Petrenko and his wife" 2, "killing him along with three others"
  4; a plural with no figure ("her children") makes the sum a minimum (2 for the plural)
- "X was among those killed" -> min = 1, max = None, a weak figure: any total wins over it
- a wounded figure qualified by severity ("four seriously injured") -> min = N, max = None,
  because the lightly hurt are not in it.

Sub-counts ("three of them children", "among the dead", "five of the wounded") are not totals
and are skipped. ``pick_count`` chooses among an event's figures: the highest one the text
presents as an update ("the toll rose to 23", a live blog's later entry) wins, otherwise the
first one stated (a weak one only if there is no other).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newswatch.contracts import CountRange
from processors import cyrillic
from processors.casefold import (
    Gated,
    by_first_letter,
    compile_folded,
    contains_any,
    fold,
    last_end,
    literal_needs,
    matches_at,
    pad,
    word_start_alternation,
)
from processors.sentences import dateline_end

Kind = Literal["killed", "wounded"]


def literal_positions(text: str, literals: tuple[str, ...]) -> list[int]:
    """Where each of ``literals`` occurs in ``text``, in order (``str.find`` runs in C)."""
    found: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + 1)
    found.sort()
    return found


class Anchored(Gated):
    """A ``Gated`` pattern each match of which begins with one of ``anchors``, so it is
    tried only where one occurs (``re`` would try it at every position, or at every letter
    a match can begin with). ``needs`` (each match holds one; ``anchors`` by default)
    rules most sentences out with a substring test first."""

    __slots__ = ("anchors",)

    def __init__(
        self, pattern: str, anchors: tuple[str, ...], needs: tuple[str, ...] | None = None
    ) -> None:
        super().__init__(pattern, anchors if needs is None else needs)
        self.anchors = anchors

    def finditer(  # type: ignore[override]
        self, text: str, starts: list[int] | None = None
    ) -> list[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` gives. ``starts``: the words of ``text`` that
        open with an anchor (``_word_hits``), if known; else every place an anchor occurs."""
        if self.needs is self.anchors:  # (finding no anchor is the test then)
            if starts is None:
                starts = literal_positions(text, self.anchors)
            return list(matches_at(self.pattern, text, starts))
        # A match holds (``_WHOSE``: overlaps) one of ``needs``: it starts before the end of
        # the one that ends last, if any.
        end = last_end(text, self.needs)
        if end < 0:
            return []
        if starts is None:
            starts = literal_positions(text, self.anchors)
        return list(matches_at(self.pattern, text, starts[: bisect_left(starts, end)]))


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# English number words, as words: none is a place's name ("Sixteen people were taken to
# hospital" is no Ottoville, Ohio, once called Sixteen).
NUMBER_WORDS = frozenset(
    (*_UNITS, *_TENS, "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens")
)
# Vague quantities: (value, is_lower_bound).
_VAGUE = {
    "a dozen": (12, True), "half a dozen": (6, True), "dozens": (24, True),
    "several dozen": (24, True), "several dozens": (24, True), "scores": (40, True),
    "hundreds": (200, True), "several hundred": (200, True), "several": (3, True),
    "a few": (2, True), "a handful": (2, True), "a number": (2, True),
}  # fmt: skip

_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_ONE_TO_NINE = [word for word, value in _UNITS.items() if 1 <= value <= 9]  # "twenty-one"
_TEN_WORDS = "|".join(_TENS)
_WORDNUM = (
    rf"(?:(?:{_UNIT_WORDS}|a)\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TEN_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?"
    rf"|{_UNIT_WORDS}))?|(?:{_TEN_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
)
_VAGUE_RE = (
    r"half\s+a\s+dozen|several\s+dozens?|several\s+hundred|a\s+dozen|dozens|scores|hundreds|"
    r"several|a\s+few|a\s+handful|a\s+number"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_NUM = rf"(?:{_DIGITS}|{_VAGUE_RE}|(?:two|three|four|five)\s+dozen|{_WORDNUM})"
_LOWER = (
    r"at\s+least|more\s+than|over|no\s+fewer\s+than|not\s+less\s+than|upwards\s+of|"
    r"in\s+excess\s+of|a\s+minimum\s+of"
)
_APPROX = (
    r"about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|as\s+high\s+as|"
    r"as\s+many\s+as|estimated"
)
_UPTO = r"up\s+to"
# A figure is no clock time's minutes ("09:42 - Two people were killed").
_QUANT = (
    # ("killing all 298 people on board": every one of a known number of people, exactly that
    # number; not "killing all five gunmen who stormed the hotel")
    rf"(?:(?P<qual>{_LOWER}|{_APPROX}|{_UPTO})\s+|"
    rf"all\s+(?=[\w,]+\s+(?:people|persons|passengers|occupants)\b))?"
    rf"(?:between\s+(?P<lo>{_NUM})\s+and\s+(?:(?:about|around|some|nearly|almost)\s+)?(?P<hi>{_NUM})|(?<!\d:)(?P<num>{_NUM})(?![\w-]*\s*-?years?\b|-year|\s*%|\s+percent)(?:\s*(?:-|–|to)\s*(?P<hi2>{_NUM}))?)"
)
_KILLED = (
    r"killed|dead|died|deaths?|lost\s+their\s+lives|perished|killing|"
    # (a statement's word: "Two members of the crew fell martyrs", "were martyred", "the
    # latest toll: 51 martyrs, 40 of them children, and 79 wounded")
    r"martyred|martyring|fell\s+martyrs|martyrs"
)
_WOUNDED = (
    r"wounded|injured|hurt|hospitali[sz]ed|taken\s+to\s+hospitals?|in\s+hospitals?|wounding|injuring|"
    # "Fifty-nine people sought medical help" (Ukrainian officials' "звернулися по медичну
    # допомогу")
    r"(?:sought|asked\s+for|requested|needed)\s+(?:medical|hospital)\s+(?:help|care|treatment|attention|"
    r"assistance)|"
    r"treated\s+for\s+(?:\w+\s+){0,4}?(?:injuries|wounds|burns|difficulties|symptoms|exposure)|"
    # "Three people suffered shrapnel wounds", "109 US service members have now been diagnosed
    # with traumatic brain injuries"
    r"(?:suffered|sustained|diagnosed\s+with)\s+(?:\w+\s+){0,3}?(?:injuries|wounds|burns|"
    r"concussions?)|"
    # ... or, translated word for word: "25 received injuries of varying severity"
    r"(?:received|got)\s+(?:\w+\s+)?(?:injuries|wounds)"
)
_SEVERITY = r"seriously|critically|severely|badly|gravely"


# The nationalities and peoples victims are named by ("four Nigerien soldiers"), each with its
# plural for the people themselves ("five Armenians"); those in -ese, -ish, -ch and -ss, and
# Rohingya, are their own plural.
_DEMONYMS = (
    "afghan", "albanian", "algerian", "american", "angolan", "argentine", "armenian", "australian",
    "austrian", "azerbaijani", "azeri", "bahraini", "bangladeshi", "belarusian", "belgian",
    "beninese", "bosnian", "brazilian", "british", "briton", "bulgarian", "burkinabe", "burmese",
    "burundian", "cameroonian", "canadian", "chadian", "chechen", "chilean", "chinese",
    "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch",
    "ecuadorian", "egyptian", "emirati", "eritrean", "estonian", "ethiopian", "filipino",
    "finnish", "french", "gazan", "georgian", "german", "ghanaian", "greek", "guatemalan",
    "haitian", "honduran", "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish",
    "israeli", "italian", "ivorian", "japanese", "jordanian", "kashmiri", "kazakh", "kenyan",
    "korean", "kosovar", "kurdish", "kuwaiti", "kyrgyz", "latvian", "lebanese", "liberian",
    "libyan", "lithuanian", "malaysian", "malian", "mauritanian", "mexican", "moldovan",
    "moroccan", "mozambican", "nepalese", "nepali", "nigerian", "nigerien", "norwegian", "omani",
    "pakistani", "palestinian", "peruvian", "polish", "portuguese", "qatari", "romanian",
    "russian", "rwandan", "saudi", "senegalese", "serb", "serbian", "slovak", "somali", "spanish",
    "sudanese", "swedish", "swiss", "syrian", "tajik", "tanzanian", "thai", "tunisian", "turkish",
    "ugandan", "ukrainian", "uzbek", "venezuelan", "vietnamese", "yemeni", "zambian", "zimbabwean",
    "alawite", "baloch", "bedouin", "christian", "coptic", "druze", "fulani", "hazara", "muslim",
    "pashtun", "rohingya", "shiite", "sunni", "tamil", "tigrayan", "uighur", "uyghur", "yazidi"
)  # fmt: skip
_PEOPLES = sorted(
    {*_DEMONYMS}
    | {d + "s" for d in _DEMONYMS if not d.endswith(("ese", "ish", "ch", "ss", "rohingya"))}
)
# Words allowed between a figure and its casualty word: people nouns, auxiliaries, adverbs.
_FILLER = (
    r"(?:" + by_first_letter((
    r"people|persons?|civilians?|residents?|children|child|kids|soldiers?|troops|servicemen|"
    r"police(?:men)?|officers?|women|men|teenagers|adults|patients|workers|rescuers|others|other|"
    # (one victim: "Kim first reported one woman dead")
    r"woman|man|boy|girl|"
    r"members|staff|staffers|employees|passengers|students|pupils|fighters|militants|officials|"
    r"journalists|diplomats|embassy|consulate|the\s+public|"
    # "At least 40 people remain in hospital"
    r"remain|remained|still|"
    r"medics|paramedics|guards|personnel|relatives|firefighters|farmers|farm|foreign|aid|"
    # whose, and in what service: "two members of his staff", "Two security officers",
    # "Six members of his personal protection force", "two police bomb disposal officers"
    r"his|her|their|its|security|state|protection|personal|force|forces|national|guard|"
    r"defence|defense|department|bomb|disposal|special|border|"
    # "three other emergency workers were injured"
    r"emergency|rescue|fire|medical|"
    r"volunteers|family|victims|worshippers|shoppers|villagers|miners|crew|doctors|nurses|"
    r"drivers|reporters|engineers|teachers|pilots|sailors|seafarers|guests|pilgrims|refugees|"
    r"reservists|conscripts|cadets|recruits|servicemembers|"
    r"migrants|evacuees|visitors|labourers|laborers|"
    r"photographers|photojournalists|cameramen|western|"
    # whose forces: "Three US soldiers", "two UN peacekeepers", "34 service members"
    r"us|u\.s\.|un|u\.n\.|uk|u\.k\.|nato|coalition|service|peacekeepers|marines|airmen|"
    # "Ten African Union soldiers", "two AU peacekeepers"
    r"au|african|union|eu|peacekeeping|amisom|unamid|minusma|monusco|unifil|"
    # and who was with them: "460 patients and their companions were shot dead"
    r"companions|caregivers|colleagues|friends|"
    r"marchers|protesters|demonstrators|mourners|spectators|fans|participants|bystanders|"
    r"passers-by|pedestrians|customers|diners|commuters|travellers|travelers|"
    r"tourists|commanders|leaders|ministers|displaced|local|elderly|young|nationals|citizens|"
    # ("Seven IRGC advisers martyred as Israel strikes Iran's consular building")
    r"advisers|advisors|experts|specialists|technicians|irgc|"
    r"boys|girls|babies|infants|toddlers|youths|sons|daughters|brothers|sisters|cousins|"
    r"siblings|schoolchildren|prisoners|inmates|detainees|hostages|"
    # whose side: "Two Hezbollah members were killed", "three Taliban fighters"
    r"hezbollah|hamas|taliban|houthi|houthis|isis|isil|al-shabaab|shabaab|rsf|idf|pkk|ypg|sdf|"
    r"wagner|islamic|jihad|militia|militiamen|rebels?|insurgents|jihadists|gunmen|guerrillas|"
    r"paramilitary|army|government|pro-government|separatists|opposition|"
    # nationalities and peoples, and as the people: "three Palestinian children were killed",
    # "Four Armenian soldiers were killed", "five Palestinians were killed"
    + "|".join(_PEOPLES) + "|"
    # "to bury 19 Palestinians who were killed when shells hit their homes"
    r"who|"
    r"more|innocent|further|additional|and|of|were|was|have|has|had|been|are|is|got|being|"
    r"reportedly|also|confirmed|believed|reported|feared|known|thought|presumed|later|"
    r"subsequently|now|so\s+far|to|have|"
    rf"{_SEVERITY}|slightly|lightly|fatally|mortally|shot|in|the\s+attack|the\s+strike|"
    # their ages: "three children aged 8, 12 and 17 were killed"
    r"aged\s+\d+(?:(?:\s*,)?\s+(?:and\s+)?\d+)*|"  # (no "|" inside: the list is split on it)
    # where they were: "14 people in the shelter were wounded"
    r"in\s+the\s+[\w-]+|at\s+the\s+[\w-]+|inside\s+the\s+[\w-]+|aboard\s+the\s+[\w-]+|"

    # whose: "Three employees of the broadcaster were killed" (after a plural noun: not
    # "three of the medics", a part)
    r"of(?<=[a-z]s\sof)\s+the\s+[\w-]+"
    ).split("|"))
    + r"\s+){0,6}?"
)
_DIED_AFTER = re.compile(r"\s+(?!(?:and|but|while|who|of)\b)[\w-]+\s+(?:later\s+)?died\b")
_ONE_FAMILY = re.compile(r"(?<=\bof )one(?= (?:family|household|clan)\b)")
# A figure whose people a relative clause tells of before the verb: "Ten civilians who were
# standing in a queue for bread in the northern city of Chernihiv were killed". Tried only
# where such a noun stands before "who" or "that" (``_who_subjects``).
_WHO_NOUNS = frozenset((
    "people", "persons", "civilians", "residents", "children", "soldiers", "men", "women",
    "workers", "passengers", "students", "worshippers", "villagers", "shoppers", "patients",
    "pupils", "guests",
))  # fmt: skip
# ... and what opens the clause, a reduced one too ("Two children being treated in the unit
# were killed")
_WHO_OPENERS = "who|that|being"
_WHO_SUBJECT = compile_folded(
    # (a word may qualify the noun: "Eleven other children who had been playing outside")
    rf"\b{_QUANT}\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(_WHO_NOUNS))})\s+(?:{_WHO_OPENERS})\s+"
    r"[^.;:\d]{0,100}?\s"
    r"(?:were|had\s+been|have\s+been)\s+(?P<kw>killed|wounded|injured)\b"
)
_WHO_REACH = 40  # characters before the noun that a figure can take
# Estimates that span a range: "Estimates of the dead at the camps ranged between 20 and 30".
_RANGED = compile_folded(
    r"\b(?P<kw>dead|deaths|death\s+toll|killed|wounded|injured)\b[^.;\d]{0,60}?\brang(?:ed|es|e|ing)\s+"
    rf"(?:from\s+)?{_QUANT}"
)
_OBJECT_KW = (
    r"killed|killing|kills|kill|wounded|wounding|injured|injuring|hurt|hurting|"
    r"claimed\s+the\s+lives\s+of|"
    # "slaughtered six men", "massacred 20 villagers", "beheaded two farmers"
    r"slaughtered|slaughtering|massacred|massacring|beheaded|beheading|"
    # a statement's word: "an Israeli drone fired missiles at an office, martyring seven people"
    r"martyring"
)
# Where a figure (a _QUANT) can begin, found in one scan: a digit, the first word of a
# qualifier before its next word ("at least"), or a number word as a whole word (then a
# space, a dash or "to"). Whole words keep the candidates few: "a" alone, not every word
# that starts with "a".
_QUALIFIER_FIRST_WORDS = [
    first + (rf"(?=\s+{rest[0]})" if rest else r"(?=\s)")
    for phrase in f"{_LOWER}|{_APPROX}|{_UPTO}|between".split("|")
    for first, *rest in [phrase.split(r"\s+")]
]
_NUMBER_FIRST_WORDS = sorted(
    {word for part in (_VAGUE_RE, _WORDNUM) for word in literal_needs(part)}
    | {"two", "three", "four", "five"}  # "two dozen"
)
# As ``compile_word_starts`` makes it, but opening with ``[^a-z0-9_]`` (a bitmap test, where
# ``[^\w]`` asks Unicode): the few more candidates it gives fail the word-start check inside.
_QUANT_STARTS = compile_folded(r"[^a-z0-9_]" + word_start_alternation("|".join([
    r"\d", *_QUALIFIER_FIRST_WORDS, *(rf"{word}(?=[\s\-–]|to)" for word in _NUMBER_FIRST_WORDS)
])))  # fmt: skip
# Gated patterns: each match holds one of the literals after it (see ``casefold.Gated``).
# Anchored ones: each match begins with one of the first literals after it (and holds one
# of the second, if given).
# A number that names a place, not people: "a nun at the monastery in Ward 8 was killed".
_NAMING_NUMBER = (
    r"(?<!ward\s)(?<!block\s)(?<!building\s)(?<!house\s)(?<!no\.\s)(?<!floor\s)(?<!room\s)"
    r"(?<!school\s)(?<!unit\s)(?<!zone\s)(?<!gate\s)(?<!route\s)(?<!platform\s)"
)
_SUBJECT = Gated(
    rf"{_NAMING_NUMBER}\b{_QUANT}\s+(?P<fill>{_FILLER})(?P<kw>{_KILLED}|{_WOUNDED})\b",
    ("kill", "dead", "died", "death", "lost", "perished", "wound", "injur", "hurt", "hospital",
     "treated", "burns", "concussion", "martyr", "fell", "medical"),
    _QUANT_STARTS)  # fmt: skip
_OBJECT = Anchored(
    rf"(?P<kw>{word_start_alternation(_OBJECT_KW)})"
    rf"\s+{_QUANT}\b(?P<fill>\s+(?:(?:other|more|innocent|of)\s+)?"
    r"(?:people|persons?|civilians?|residents?|children|soldiers?|troops|others|men|women))?",
    ("kill", "wound", "injur", "hurt", "claimed", "slaughter", "massacr", "behead", "martyr"))
# "Gunmen ... shot dead at least 43 people", "gunned down two policemen": killed.
_SHOT_OBJECT = Anchored(
    rf"(?P<kw>{word_start_alternation('shot|shooting|gunned')})\s+(?:dead|down)"
    rf"\s+{_QUANT}\b(?P<fill>\s+(?:(?:other|more|innocent|of)\s+)?"
    r"(?:people|persons?|civilians?|residents?|children|soldiers?|troops|others|men|women))?",
    ("shot", "shooting", "gunned"))
_VERB_OBJECT = (_OBJECT.pattern, _SHOT_OBJECT.pattern)  # a verb, then whom it killed
_BODIES = (
    compile_folded(rf"\bbodies\s+of\s+{_QUANT}\b"),
    compile_folded(rf"\b{_QUANT}\s+bodies\b"),
)
_LEFT = Anchored(
    rf"{word_start_alternation('left|leaving|leaves')}\s+{_QUANT}\s+(?P<fill>{_FILLER})(?P<kw>dead|injured|wounded|hurt)\b",
    ("left", "leav"))
_RAISING = r"raising|raised|bringing|brought|pushing|pushed|taking|took"
# ("Peshawar police on Saturday lowered the death toll from Monday's bombing ... to 84"; not
# several attacks' total: "lowered the death toll from Sunday's suicide bombings on churches
# and hotels to about 253", after which each town's attack is told)
_LOWERING = r"lowered|lowering|revised|revising|reduced|reducing|corrected|correcting"
_ATTACK_NOUNS = r"(?:shooting|bombing|attack|strike|shelling|raid|massacre|spree)s?"
# After "toll": not two attacks' total ("lowered the death toll from Friday's bombing in Oslo
# and shooting spree on the island of Utoya to 76"; "a drone and missile attack" is one).
_NOT_TWO_ATTACKS = (
    rf"(?![^.;]{{0,120}}?\b{_ATTACK_NOUNS}\b[^.;]{{0,60}}?\band\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_ATTACK_NOUNS}\b)"
)
# The kinds a "number of" names, for a figure of both at once ("the number of dead and injured").
_BOTH_KINDS = r"(?:killed|dead|injured|wounded|hurt)\b"
_UPDATES = (
    Anchored(
        # ("The death toll from two car bombs that tore through ... in the central Nigerian city
        # of Jos on Tuesday afternoon has risen to 118")
        # (not an earlier one, raised from: "raising a toll that had stood at 31 dead")
        rf"\b(?:(?P<kind>death|injury|casualty)\s+)?toll\b(?!\s+(?:that|which)\s+had\s+(?:stood|been))"
        rf"[^.;]{{0,180}}?\b(?:has\s+|had\s+)?(?:now\s+)?"
        # (not a figure it had before: "The toll had stood at 11 on Saturday")
        rf"(?:risen|rose|rises|climbed|climbs|jumped|increased|reached|stands|(?<!had\s)stood|standing|"
        rf"grew|grown|is|was|"
        # ("Death toll unchanged at seven")
        rf"unchanged|remains|remained|"
        rf"hit|(?P<modal>(?:could|may|might)\s+be)|"
        rf"(?P<past>passed|exceeded|topped|surpassed))\s+(?:now\s+)?(?:at\s+|to\s+)?{_QUANT}\b",
        ("death", "injury", "casualty", "toll"), ("toll",)),
    # "the media office puts the death toll at 93", "put the death toll from the attack ... at 26"
    Anchored(
        rf"{word_start_alternation('put|puts|putting|placed|places|estimated|estimates')}\s+the\s+"
        # ("put the total death toll at 13")
        rf"(?:(?:total|overall|latest|final|official|new|updated|revised|preliminary)\s+)?"
        rf"(?:(?P<kind>death|injury|casualty)\s+)?toll(?:\s+from\s+[^.;]{{1,100}}?)?\s+at\s+{_QUANT}\b",
        ("put", "placed", "places", "estimated", "estimates"), ("toll",)),
    Anchored(
        rf"{word_start_alternation(_RAISING)}\s+the\s+(?:death\s+)?"
        # ("has raised the death toll from Saturday's Israeli strike on al-Muwasi, the coastal
        # strip west of Khan Younis that Israel designated as a humanitarian zone, to 90")
        rf"toll\b{_NOT_TWO_ATTACKS}[^.;]{{0,160}}?\bto\s+{_QUANT}\b", tuple(_RAISING.split("|")),
        ("toll",)),
    Anchored(
        rf"{word_start_alternation(_LOWERING)}\s+the\s+(?:death\s+)?toll\b"
        rf"(?![^.;]{{0,160}}?\b(?:bombings|attacks|strikes|raids|shellings|explosions)\b)"
        rf"{_NOT_TWO_ATTACKS}[^.;]{{0,160}}?\bto\s+{_QUANT}\b", tuple(_LOWERING.split("|")),
        ("toll",)),
    Anchored(
        # ("raising to nine the number of his family killed")
        rf"{word_start_alternation('raised|raising|raises|revised|put')}\s+(?:up\s+)?to\s+{_QUANT}\s+"
        rf"the\s+number\s+of\s+(?:\w+\s+){{0,4}}?(?P<kind>killed|dead|injured|wounded)\b",
        ("raised", "raising", "raises", "revised", "put"), ("number",)),
    Anchored(
        # ("The number of US service members injured when a drone slammed into Tower 22 ... has
        # risen to more than 40")
        # ("The number of people known to have died in Tuesday's air attack on Pazigyi village
        # has risen to at least 171")
        # ("The number injured in Kharkiv rises to six")
        # (not both at once: "put the number of dead and injured at 400")
        rf"n(?<!\w.)umber\s+(?:of\s+)?(?:(?!{_BOTH_KINDS})[\w.-]+\s+){{0,4}}?"
        rf"(?P<kind>killed|dead|died|injured|wounded|hurt)\b(?!\s+(?:and|or)\s+{_BOTH_KINDS})"
        rf"[^.;]{{0,200}}?"
        # ("... has reached 18")
        rf"\b(?:at|to|reached)\s+{_QUANT}\b", ("number",)),
    # "Her death brings the number killed in the attack to 13"
    Anchored(
        rf"{word_start_alternation('brings|brought|bringing|raises|raised|raising|takes|took')}"
        rf"\s+the\s+number\s+(?:of\s+(?:people\s+|those\s+)?)?(?P<kind>killed|dead|injured|"
        rf"wounded|hurt)\b[^.;]{{0,100}}?\bto\s+{_QUANT}\b",
        ("brings", "brought", "bringing", "raises", "raised", "raising", "takes", "took"),
        ("number",)),
)
# People a list can name, one each (or N with a figure: "four farm workers"): family,
# ages, and the trades, ranks and offices news reports give their dead.
_PERSON_WORDS = "|".join([
    "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "mother",
    "father", "son", "daughter", "husband", "wife", "brother", "sister", "grandmother",
    "youth", "youths", "teen", "teens",
    "grandfather", "pensioner", "civilian", "resident", "person", "soldier", "children", "sons",
    "daughters", "parents", "grandchildren", "men", "women", "boys", "girls", "sisters",
    "brothers", "others", "cameraman", "policeman", "policemen", "serviceman",
    "servicemen", "fishermen", "spokesman", "civilians", "residents", "people", "persons",
    "soldiers", "villagers", "worshippers", "couple", "twins", "nationals", "citizens",
    "staff", "personnel", "crew", "troops",  # ("121 students and three staff were wounded")
    *(f"{noun}{plural}" for noun in (
        "journalist", "reporter", "photographer", "worker", "farmer", "driver", "paramedic",
        "medic", "doctor", "nurse", "rescuer", "firefighter", "volunteer", "guard", "officer",
        "commander", "general", "minister", "mayor", "governor", "official", "leader", "chief",
        "member", "employee", "engineer", "teacher", "student", "pupil", "patient", "fighter",
        "aide", "bodyguard", "passenger", "shepherd", "guest", "neighbour", "neighbor",
        "relative", "cousin", "nephew", "niece", "colleague", "pilot", "sailor", "miner",
        "priest", "imam", "activist", "lawyer", "judge", "president", "contractor", "cadet",
        "staffer", "peacekeeper", "recruit", "adult", "pilgrim", "player", "tourist", "fan",
        "shopper", "customer", "mourner", "prisoner", "detainee", "hostage", "migrant",
        "refugee", "protester", "trooper", "marine", "policewoman", "elder",
        # family ("killing a woman and her three granddaughters")
        "granddaughter", "grandson", "grandparent", "uncle", "aunt",
        # ... by marriage ("The wife and the daughter-in-law of one of our colleagues")
        "daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "brother-in-law",
        "sister-in-law",
        # the religious ("A Buddhist novice and a nun were killed")
        "monk", "nun", "novice", "pastor", "cleric", "rabbi", "seminarian",
    ) for plural in ("", "s")),
    "grandchild", "grandmothers", "grandfathers", "mothers", "fathers", "husbands", "wives",
    *_PEOPLES,  # "Thirty-seven foreign hostages and one Algerian were killed"
])  # fmt: skip
_PERSON = by_first_letter(_PERSON_WORDS.split("|"))
_WORD_OR_ABBREVIATION = r"[\w-]+(?:\.[\w-]*)*"  # "U.S.", "U.N."
# An item's ages, before the next item: "Three sisters aged 14, 12 and 10 and their
# grandmother", "A woman, 64, and her son, 40, were killed" (the list is split on its "and"s
# and commas: a bare age is no item)
_ITEM_AGES = r"(?:\s+aged\s+\d{1,2}(?:(?:\s*,\s*|,?\s+and\s+)\d{1,2}\b)*|,\s+\d{1,2}(?=,))?"
# (a people's name is an adjective before a person word: "an Israeli farmer" is one farmer,
# not "an Israeli" and a word that ends the list)
_NO_PERSON_AFTER = (
    r"(?!\s+(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|farmers?|workers?|soldiers?|civilians?|"
    r"nationals?|citizens?|students?|journalists?|tourists?|sailors?|pilots?|officers?|fighters?|"
    r"residents?|teenagers?|pensioners?|doctors?|volunteers?|contractors?|engineers?)\b)"
)
_PERSON_ONE = (
    rf"(?:(?:a|an|one|her|his|their|the|its)\s+)(?:(?P<n>{_NUM})\s+)?"
    rf"(?:{_WORD_OR_ABBREVIATION}\s+){{0,2}}?"
    rf"{_PERSON}\b{_NO_PERSON_AFTER}{_ITEM_AGES}"
)
_PERSON_ANY = _PERSON_ONE.replace("(?P<n>", "(?:")
# A list item may also be a bare number ("four farm workers and a farmer", "a nurse and two
# others"), but a subject list does not open with one alone: "at least five people were
# killed" is the plain figure patterns' (with its qualifier).
# (A plain figure: the lists are scanned at every word, so it is kept short.)
_PERSON_NUMBERED = (
    # ("killing at least 18 Italians and at least nine Iraqis")
    rf"(?:(?:at\s+least|more\s+than)\s+)?"
    # ("several maintenance workers and a civil defence officer were injured": a minimum)
    rf"(?:\d+|{by_first_letter([*_UNITS, *_TENS])}(?:-{by_first_letter(_ONE_TO_NINE)})?|"
    rf"several|a\s+few)"
    rf"\s+(?:{_WORD_OR_ABBREVIATION}\s+){{0,2}}?{_PERSON}\b{_ITEM_AGES}"
)
_AND = r"(?:\s*,\s*|\s+and\s+|,\s+and\s+)"
_PERSON_ITEM = rf"(?:{_PERSON_ANY}|{_PERSON_NUMBERED})"
# A later item is no victim when a speech verb comes within its words: "killing the driver,
# the governor said" and "killed a journalist, the mayor told reporters" are one each (as is
# "killing at least 10 civilians, the Syrian Observatory for Human Rights said").
_NEXT_ITEM = (
    rf"{_AND}(?!(?:[\w'’.-]+\s+){{1,7}}(?:said|says|told|tells|reported|added|wrote)\b)"
    rf"{_PERSON_ITEM}"
)
_PERSON_LIST = (
    rf"(?:{_PERSON_NUMBERED}(?:{_NEXT_ITEM})+|{_PERSON_ANY}(?:{_NEXT_ITEM})*)"
)
# After "him and" or "with", one numbered item is a list too ("killing him and three others").
_PERSON_GROUP = rf"{_PERSON_ITEM}(?:{_NEXT_ITEM})*"
_LIST_SUBJECT = compile_folded(
    rf"(?<![\w-])(?P<list>{_PERSON_LIST})"
    # (with an age: "a young man of about 25 was killed", "a woman, 34, was killed", "A man in
    # his thirties was killed")
    r"(?:\s+(?:aged|of)\s+(?:about\s+|around\s+)?\d{1,2}|,\s+\d{1,2},|\s+in\s+(?:his|her|their)\s+"
    r"(?:early\s+|late\s+|mid-?)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties))?"
    # (or whose they were: "The wife and the daughter-in-law of one of our colleagues were killed")
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=,?\s+(?:were|was|have|had|are)\b))?"
    # (or closing an apposition: "Nine people, six civilians and three soldiers, were killed")
    # (a live blog's present tense and a degree: "a 51-year-old woman is lightly wounded")
    # (not a severity, which tells a part of the wounded: ``_SEVERITY``)
    r",?\s+(?:were|was|have\s+been|had\s+been|are|is)\s+(?:also\s+|(?:lightly|slightly|"
    r"moderately)\s+)?"
    # "a police officer was shot dead", "two guards were shot and wounded", "a man of about 50
    # was found dead in an apartment in the damaged building"
    rf"(?:shot\s+(?:and\s+)?|found\s+(?=dead))?(?P<kw>killed|dead|injured|wounded|hurt)\b")
_LIST_KW = ("killed", "dead", "injured", "wounded", "hurt")
# What a _LIST_SUBJECT match has before its keyword (a person word, whole: an article or
# another word and whitespace come before it), read backwards from the keyword on the
# reversed text; "have been" and "had been" are only checked as "been".
_LIST_TAIL_REVERSED = compile_folded(
    r"\s+(?:(?:dna\s+)?tohs\s+|dnuof\s+)?(?:osla\s+|(?:ylthgil|ylthgils|yletaredom)\s+)?(?:erew|saw|neeb|era|si)\s+"
    # (an age, as _LIST_SUBJECT allows: "of about 25", "aged 25", ", 34,", "in his thirties")
    r"(?:\d{1,2}\s+(?:tuoba\s+|dnuora\s+)?(?:fo|dega)\s+|,\d{1,2}\s+,|(?:sneet|seitnewt|seitriht|"
    r"seitrof|seitfif|seitxis|seitnevis|seithgie|seitenin)\s+(?:ylrae\s+|etal\s+|-?dim)?"
    r"(?:sih|reh|rieht)\s+ni\s+)?,?(\w+)\s"
)
_PERSON_REVERSED = frozenset(word[::-1] for word in _PERSON_WORDS.split("|"))
# Lists whose group "one" is a victim the list does not name: "killing him along with three
# others", "he was killed together with his wife", "<Name> and his wife were killed" (the
# name's capital letter is checked on the original text).
_LIST_OBJECT = Anchored(
    # ("wounded", "injured" as verbs: "killed a 59-year-old woman and wounded a 48-year-old man")
    rf"(?P<kw>{word_start_alternation('killing|killed|wounding|wounded|injuring|injured')})\s+"
    rf"(?:(?:(?P<one>him|her)\s+(?:(?:along|together)\s+with|and)"
    rf"|(?P<with>(?:along\s+|together\s+)?with))\s+(?P<others>{_PERSON_GROUP})"
    rf"|(?P<list>{_PERSON_LIST}))",
    ("killing", "killed", "wounding", "wounded", "injuring", "injured"))
# "he was killed along with his wife": the "with" form counts one more only after "was".
_WAS_BEFORE = re.compile(r"\b(?:was|been)\s+(?:also\s+)?$")
_NAMED_AND = Anchored(
    rf"(?P<one>{word_start_alternation('and')}) (?P<list>(?=his\s|her\s){_PERSON_LIST})\s+were\s+"
    r"(?:also\s+)?(?P<kw>killed|dead|injured|wounded|hurt)\b",
    ("and his", "and her"))
# The wounded told after the killed with the verb left out: "A married couple was killed and
# their daughter wounded", "a woman was killed and her two sons injured".
_AND_WOUNDED = Anchored(
    rf"(?<=killed )and\s+(?P<list>{_PERSON_LIST})\s+(?:(?:was|were)\s+)?"
    r"(?P<kw>wounded|injured|hurt)\b",
    ("and",), ("wound", "injur", "hurt"))
# "X was among those killed": one victim, a minimum (the toll is larger); a weak figure
# that gives way to any total the event states.
_AMONG = Anchored(
    r"(?:(?<=was )|(?<=is )|(?<=was also )|(?<=is also )|(?<=was reportedly ))among\s+"
    r"(?:those\s+(?P<kw>killed|injured|wounded|hurt|who\s+died)|the\s+(?P<noun>dead|killed|"
    r"victims|injured|wounded))\b",
    ("among",))
# One victim named with a role and no article ("killed al-Qaeda leader Ayman al-Zawahiri",
# "killing Reuters journalist Issam Abdallah"; the name's capital is checked on the original
# text), or whose body was found ("The body of journalist Vira Hyrych was pulled from the
# rubble"): weak figures, as _AMONG's.
# The roles named victims are given.
_ROLE = (
    r"(?:leader|commander|chief|co-?founder|founder|head|journalist|reporter|correspondent|"
    r"photographer|photojournalist|camera(?:man|woman)|spokes(?:man|woman)|official|minister|"
    r"general|colonel|officer|deputy|activist|doctor|paramedic|editor|producer|technician|"
    r"driver|member|militant|governor|mayor|senator|lawmaker|judge|prosecutor|candidate)"
)
# (Opening with the literal "kill" lets ``re`` skip ahead to it; the lookbehind after it is
# the ``\b`` before it.)
_NAMED_VICTIM = re.compile(
    rf"kill(?<!\w....)(?:ed|ing)\s+(?:[\w'’.-]+\s+){{0,3}}?{_ROLE}\s+(?=[\w'’-]+)"
)
# Several victims named, each with a role ("killed its correspondent Ismail al-Ghoul and
# cameraman Rami al-Rifi"), on the original text: at least as many as named.
_NAME = r"(?:[ae]l-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu)[-\s])?[A-Z][\w'’-]+){0,3}"
_NAMED_ITEM = rf"(?:(?:its|his|her|their|the|a)\s+)?(?:[\w-]+\s+){{0,3}}?{_ROLE}\s+{_NAME}"
# (Opening with the literal "kill" lets ``re`` skip ahead to it; the word start is checked
# in ``_word_start``.)
_NAMED_LIST = re.compile(
    rf"kill(?:ed|ing)\s+{_NAMED_ITEM}(?P<more>(?:,\s+|,?\s+and\s+){_NAMED_ITEM})+"
)
_NAMED_ITEM_RE = re.compile(_NAMED_ITEM)
# The same with the role after the name ("killed Khalil Maqdah, a commander of the armed
# wing", "killing Saleh al-Arouri, the deputy leader of Hamas"), on the original text.
_NAMED_THEN_ROLE = re.compile(
    r"kill(?:ed|ing)\s+[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?"
    # (or whose: "killed Mohammad Afif, Hezbollah's chief spokesman")
    r"[A-Z][\w'’-]+){1,3},\s+(?:(?:a|an|the|its|their|his|her)\s+|[A-Z][\w-]+['’]s\s+)"
    r"(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_ROLE}|{_PERSON})\b"
)
# A victim named, then the others counted: "killed Mohammed Nimah Nasser, who led one of
# Hezbollah's regional units, and two other people" (three), on the original text.
# Or told by the role: "killing the minister, Khalil Haqqani, and five other people", "killed
# a senior commander of the Kataib Hezbollah militia and two others".
_NAMED_AND_OTHERS = re.compile(
    rf"[Kk]ill(?:ed|ing)\s+(?:{_NAME}|(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,8}}?"
    rf"[\w'’-]+)(?:,[^,;.]{{0,90}},)?\s+and\s+(?P<n>{_DIGITS}|(?i:{_WORDNUM}))\s+"
    r"(?:others?|more)\b"
)
# A pronoun shot by the police is the attacker, not a victim: "He was shot dead by a Border
# Patrol agent" (``triggers`` reads it as no attack either).
SUSPECT_DOWN = compile_folded(
    r"(?:he|she)\s+was\s+(?:later\s+|then\s+|subsequently\s+)?(?:shot|gunned)\s+"
    r"(?:dead\s+|down\s+)?by\s+(?:[\w'-]+\s+){0,3}?(?:police|policem[ae]n|officers?|agents?|"
    r"guards?|deput(?:y|ies))\b"
)
# A named victim as the sentence's subject, maybe after the role ("A senior officer of the
# General Staff, Lieutenant General Yaroslav Moskalik, was killed", "Tatarsky, whose real name
# was Maxim Fomin, was killed"), on the original text: one at least. Not "No one", nor one
# killed "along with" others (their figure is the list's).
_NAMED_SUBJECT = re.compile(
    r"(?!(?:No|Nobody|None|Neither|Nor|Not)\b)(?:(?:A|An|The)\s+[^,.;:]{1,60}?,\s+)?"
    # ("Conservative activist Charlie Kirk, 31, was killed")
    rf"(?:(?:[A-Z][\w'’-]*\s+){{1,2}}{_ROLE}\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+(?:,\s+[^,;]{1,90})?,?\s+was\s+(?:also\s+)?"
    r"(?:(?:shot\s+(?:and\s+)?|(?:abducted|kidnapped)\s+and\s+)?(?:killed|dead)\b"
    r"(?![^.;]{0,30}?\b(?:along|together)\s+with)"
    # ("Abe, 67, was shot from behind ... and died in hospital hours later")
    r"|shot\b[^.;]{0,160}?\band\s+(?:later\s+)?died\b)"
)
# Two victims named as the subject: "Hamas political leader Ismail Haniyeh and one of his
# bodyguards were killed", "correspondent Marie Colvin of the Sunday Times and French
# photographer Remi Ochlik were killed": at least two.
_FULL_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu)[-\s])?[A-Z][\w'’-]+){1,3}"
_NAMED_PAIR = re.compile(
    rf"(?:[\w'’-]+\s+){{0,4}}?{_FULL_NAME}(?:\s+of\s+[^,;]{{1,40}}?)?\s+and\s+"
    rf"(?:one\s+of\s+(?:his|her|their)\s+[a-z]+|(?:[\w'’-]+\s+){{0,3}}?{_FULL_NAME})"
    r"\s+were\s+(?:both\s+)?killed\b"
)
_BODY_OF = re.compile(r"\bthe\s+body\s+of\b")

# A victim named before a list of his own people: "Rantisi, his son and a bodyguard were killed"
# (three). The name opens the sentence (after a dateline), and the list its "his", "her" or
# "their".
_NAMED_BEFORE = re.compile(
    r"(?!(?:In|On|At|The|A|An|After|Before|During|Then|But)\b)"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s+"
)
_OWN_PEOPLE = ("his ", "her ", "their ")


def _named_before_list(text: str, m: re.Match[str]) -> bool:
    """Whether a list of victims (``_LIST_SUBJECT``) follows a named victim whose people it
    lists ("Rantisi, his son and a bodyguard"): one more victim."""
    if m.re is not _LIST_SUBJECT or not text.startswith(_OWN_PEOPLE, m.start()):
        return False
    return _NAMED_BEFORE.fullmatch(text, dateline_end(text), m.start()) is not None


# The Nth victim to die: "A third man died on Friday of wounds" (not "and the fourth died later",
# one of the gunmen). As a sentence's subject it tells the toll is now N; its day is the
# aftermath's (``dates.told_as_aftermath``).
NTH_DEATH = (
    r"(?:a|the)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    rf"(?:[\w-]+\s+)?(?:(?:{_PERSON}|victim)\s+(?:has\s+|had\s+)?died|"
    # ... or whose body was found: "a third body has been recovered from the ruins"
    r"body\s+(?:has\s+|had\s+)?(?:been\s+|was\s+)?(?:recovered|found|pulled|retrieved))\b"
)
_NTH_DEATH = re.compile(
    # (after a dateline, "LONDON — A third child died", or a speaker, "23:10 — Lysak: a third
    # body has been recovered")
    r"(?:[^.—–]{0,60}[—–]\s*)?(?:[^.:]{0,60}:\s+)?" + NTH_DEATH
)
# ... or told by who counts it: "the head of the city administration then confirmed a second
# death"
_NTH_DEATH_TOLD = re.compile(
    r"\b(?:confirmed|reported|announced|recorded)\s+(?:a|the)\s+(?P<nth>second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth)\s+(?:death|fatality|victim)\b"
)
# One victim who died, as the sentence's subject: "A six-year-old boy died on Sunday of wounds
# suffered when ...", "One novice died in the ambulance" (not the Nth one: ``NTH_DEATH``).
_ONE_DEATH = re.compile(
    # (after a heading or a day: "• Kherson city: on Saturday a 33-year-old man died when a
    # Russian shell struck a house")
    r"(?:[^.—–]{0,60}[—–]\s*)?(?:[^.:]{0,60}:\s+)?(?:(?:early\s+|late\s+)?on\s+[\w-]+,?\s+)?"
    r"(?:a|an|one)\s+(?!(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    rf"ninth|tenth)\b)(?:[\w-]+\s+){{0,2}}?(?:{_PERSON})\s+(?:later\s+)?died\b"
)
# A figure of the dead and wounded together, with no breakdown: "About 20 servicemen were
# killed or wounded" is neither 20 killed nor 20 wounded.
_KILLED_OR_WOUNDED = re.compile(
    r"\b(?:killed|dead)\s+or\s+(?:wounded|injured|hurt)\b|\bkilling\s+or\s+(?:wounding|injuring)\b"
    r"|\b(?:wounded|injured)\s+or\s+killed\b"
)


# One more victim who died after the figure told in the same sentence: "A man and a woman
# were killed on the spot and another man died later in a burns unit" is three; so is "two
# people were killed; a third died in hospital".
_ONE_MORE_DIED = re.compile(
    # (not "another two people died": that is two more)
    # (or told as said later: "later he said a second woman, who was pregnant, had died")
    r"(?:\band|\bbut|\bwhile|\bsaid|\bthat|[;,])\s+(?:later\s+)?(?:another|one\s+more|a\s+(?P<nth>second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?!\s+(?:\d|two|three|four|five|six|seven|eight|"
    rf"nine|ten|dozen|several|few)\b)(?:\s+(?:[\w-]+\s+)?(?:{_PERSON}|victim))?(?:,\s+who\s+[^,;.]+,)?\s+"
    r"(?:later\s+|subsequently\s+|also\s+)?(?:has\s+|had\s+)?died\b"
)
_ONE_MORE_DIED_NEEDS = ("another", "one more", "second", "third", "fourth", "fifth", "sixth",
                        "seventh", "eighth", "ninth", "tenth")


def _one_more_died(low: str, found: list[CountMention]) -> list[CountMention]:
    """``found`` with the toll of the dead told before one more victim who died
    (``_ONE_MORE_DIED``) raised by one ("at least two" to "at least three"); a range, or an
    ordinal that does not follow the toll, changes nothing."""
    more = _ONE_MORE_DIED.search(low)
    if more is None:
        return found
    before = [m for m in found if m.kind == "killed" and m.end <= more.start()]
    if len(before) != 1:
        return found
    told = before[0]
    n, most = told.count.min, told.count.max
    if n is None or most not in (n, None) or (more["nth"] and _NTH[more["nth"]] != n + 1):
        return found
    count = _range(n + 1, None if most is None else n + 1)
    raised = dataclasses.replace(told, count=count, end=more.end())
    return [raised if m is told else m for m in found]


def _without_either(clean: str, found: list[CountMention]) -> list[CountMention]:
    """``found`` less the figures told of the dead or wounded together (``_KILLED_OR_WOUNDED``;
    not "No one was killed or injured", which is none of either)."""
    spans = [m.span() for m in _KILLED_OR_WOUNDED.finditer(clean)]
    return [
        m
        for m in found
        if m.count.max == 0 or not any(m.start < end and start < m.end for start, end in spans)
    ]


# One more victim, wounded beside the one killed: "killing a nun and wounding another" (not
# "another two", nor "another 12").
_ONE_MORE_WOUNDED = re.compile(
    r"\b(?:wounding|injuring)\s+another\b(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozen|several|few|[\w-]+\s+(?:people|civilians|persons|others)))"
    # ... or its subject: "Another man was injured and taken to hospital"
    rf"|\banother\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON})\s+was\s+(?:also\s+)?(?:injured|wounded|hurt)\b"
)
# One victim told by their injuries: "an 83-year-old woman suffered minor injuries" (as "a
# woman was injured" is read by ``_LIST_SUBJECT``).
_ONE_INJURED = re.compile(
    r"(?<![\w-])(?:a|an|one)\s+(?!(?:second|third|fourth|fifth)\b)(?:[\w-]+\s+){0,2}?"
    rf"(?:{_PERSON})\s+(?:also\s+)?(?:suffered|sustained)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:injuries|wounds|burns)\b"
)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
# Who did the attack, after a figure killed: "Security forces killed four of the attackers",
# "killed two of the gunmen", "police shot dead five suspected militants" (but "a drone strike
# killing three gunmen" tells its victims).
_ATTACKERS_AFTER = compile_folded(
    r"\s+(?:of\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:attackers|assailants|gunmen|bombers|"
    r"militants|hostage[\s-]takers)|(?:[\w-]+\s+)?(?:attackers|assailants|hostage[\s-]takers|"
    r"suspects)|suspected\s+[\w-]+)"
    r"\b"
)
# One item of a list, to add up; plural nouns with no figure count as a minimum of two.
_PERSON_COUNTED = compile_folded(
    rf"(?:(?:a|an|one|her|his|their|the|its)\s+)?(?P<least>(?:at\s+least|more\s+than)\s+)?"
    rf"(?:(?P<n>{_NUM})\s+)?"
    rf"(?:{_WORD_OR_ABBREVIATION}\s+){{0,2}}?"
    rf"(?P<who>{_PERSON})\b")
_PAIRS = {"parents": 2, "couple": 2, "twins": 2}
_AND_RE = re.compile(_AND)
_NONE = Anchored(
    # ("reporting neither casualties nor damage")
    r"\b(?:no|neither)\s+(?P<both>casualties|victims)\b|\bwithout\s+casualties\b"
    # "the crew escaped unharmed", "all 23 sailors were unharmed"
    r"|\b(?:crew|everyone|all\s+(?:\d+\s+)?[\w-]+)(?:\s+(?:of\s+the\s+[\w-]+|on\s+board|aboard))?"
    r"\s+(?:were|was|escaped|are)\s+(?P<unharmed>unharmed|unhurt)\b"
    # ("No passengers or crew were killed or injured": everyone aboard; not "no civilians were
    # killed", a part of the victims)
    r"|\b(?:no\s*one|nobody|no\s+(?:people|passengers(?:\s+(?:or|and)\s+crew(?:\s+members)?)?))"
    r"(?:\s+(?:on\s+board|aboard|inside|in\s+the\s+[\w-]+))?\s+"
    # ("No one was physically hurt", of people treated for shock; not "seriously": some were)
    r"(?:(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+|physically\s+)?"
    r"(?P<kw>killed|hurt|injured|wounded)"
    r"|(?P<died>died))\b"
    # "No one was killed or injured", "nobody was injured or killed": neither
    r"(?P<either>\s+or\s+(?:hurt|injured|wounded|killed))?"
    # "the blast damaged a building but hurt no one"
    r"|\b(?P<verb>hurt|harmed|injured|injuring|wounded|wounding|killed|killing)\s+(?:no\s*one|nobody)\b"
    r"|\bno\s+(?P<noun>deaths|fatalities|injuries|dead|wounded|injured)\b",
    ("no", "neither", "without", "crew", "everyone", "all", "hurt", "harmed", "injur", "wound",
     "kill"),
    ("no", "neither", "without", "unharmed", "unhurt"))
# A run that ends no clause: no ",;." but a figure's thousands comma (unrolled, "[^,;.]*"
# between the commas: an alternation tried at each character costs ``re`` dear).
# (nor a list of years: "teenagers born in 2007, 2010 and 2011")
_NO_CLAUSE_END = r"[^,;.]*(?:,(?=\d{3}\b| \d{4}\b)[^,;.]*)*"
_NO_CLAUSE_END_LAZY = r"[^,;.]*?(?:,(?=\d{3}\b| \d{4}\b)[^,;.]*?)*?"
# Sub-counts that restate part of a total: blanked out before matching.
_SUBSET = Anchored(
    rf",\s*(?:{_NUM}|all|most|many)\s+of\s+(?:them|whom)\b[^,;.]*(?:,|(?=[;.]))"
    # "killed seven people, a 14-year-old girl among them"
    # (``[\w-]++``: giving back a letter would leave one before ``\s``, so none can match)
    # ("killing 17 civilians, four boys and two girls among them")
    # (and the comma closing it before the verb: "at least nine civilians, children among them,
    # were killed")
    r"|,\s*(?:[\w-]++\s+){1,6}among\s+(?:them|whom|the\s+dead)\b"
    r"(?:,(?=\s+(?:were|was|have|had|are)\b))?"
    # (a figure's thousands comma ends no clause: "including 1,208 deaths")
    r"|,\s*(?:including|among\s+(?:them|whom|the\s+dead))\b[^;.]*?,(?=\s+(?:were|was|have|had|are)\b)"
    rf"|,\s*(?:including|among\s+(?:them|whom|the\s+dead))\b{_NO_CLAUSE_END}(?:,|(?=[;.]))"
    # (and a part told after it: "ten injured, including two teenagers, nine of them in hospital")
    rf"(?:\s*{_NUM}\s+of\s+(?:them|whom)\b[^,;.]*(?:,|(?=[;.])))?"
    # (up to a main verb: "The death toll from two shells that exploded among spectators at
    # a football match rose to at least 11")
    rf"|\b(?:among|including)\s+(?:them\s+)?{_NO_CLAUSE_END_LAZY}"
    r"(?=,(?!\d{3}\b)|;|\.|$| were| was| rose| risen| climbed| reached| stands| stood| has| had"
    # (up to the next figure's verb: "killing 15 people including himself and wounding 74")
    r"| and wounding| and injuring)",
    (",", "among", "including"), ("them", "whom", "including", "among"))
# Whom the people were with, also blanked: "seven aid workers with a US charity were killed"
# (after a plural: a word ending in "s" or "n", as "men" and "children" do).
_WHOSE = Anchored(
    # (and whose staff: "seven employees of the Faktor-Druk printing house are confirmed dead";
    # not a part, "three of the medics were wounded")
    r"(?<=[sn] )(?:with|from)\s+(?:[\w-]+\s+){1,4}?(?=(?:were|was)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|hurt|dead)\b)|(?<=s )of\s+the\s+(?:[\w-]+\s+){1,4}?"
    r"(?=(?:are|were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|dead)\b)",
    ("with", "from", "of"), ("s with", "s from", "n with", "n from", "s of the"))
# The total a subset is told among: "three club players were among eight people killed" (the
# subset is blanked with the rest of its "among ..." by ``_SUBSET``; the total is read first).
_AMONG_TOTAL = compile_folded(
    rf"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:{_QUANT}\s+"
    # ... or a list of them: "their children were among 19 pupils and two teachers killed"
    rf"(?:[\w-]+\s+){{0,2}}?|(?P<list>{_PERSON_NUMBERED}(?:{_NEXT_ITEM})+)\s+)"
    r"(?P<kw>killed|dead|wounded|injured|hurt)\b"
)
_SUBSET_BEFORE = compile_folded(r"\b(?:of|among)\s+the\s*$|\bamong\s+(?:\w+\s+){0,3}$")
_SUBSET_OF = re.compile(r"\b(?:of|among)\s+$")
_WORD_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[\w-]+|\b[A-Z][\w-]*|\b(?:he|she))[\s,]*$"
)


# The patterns ``find_counts`` tries at the words their anchors open, and ``_SUBJECT``'s
# keywords (each match of it ends with one, at a word start), found in one scan of the text
# instead of a search per literal. Each of their matches opens at a word start (a check of
# each pattern's own), so trying only after a character outside ``[a-z0-9_]`` (all that
# ``\W`` holds and a few more) finds what a search at every anchor finds.
_SCANNED: tuple[Gated, ...] = (*_UPDATES, _NONE, _LIST_OBJECT, _NAMED_AND, _OBJECT, _LEFT, _SUBJECT)
_LITERALS = {
    literal: tuple(
        p for p in _SCANNED if literal.startswith(p.anchors if isinstance(p, Anchored) else p.needs)
    )
    for p in _SCANNED
    for literal in (p.anchors if isinstance(p, Anchored) else p.needs)
}  # a literal -> the patterns with an anchor it starts with
_WORD_HIT = re.compile(  # the longest literal at a word: its patterns hold the shorter ones'
    r"[^a-z0-9_](?=("
    + by_first_letter([re.escape(lit) for lit in sorted(_LITERALS, key=len, reverse=True)])
    + "))"
)


def _word_hits(text: str) -> dict[Gated, list[int]]:
    """For each pattern of ``_SCANNED``, the words of ``text`` that open with one of its
    anchors (``_SUBJECT``: its needs), in order."""
    hits: dict[Gated, list[int]] = {}
    for hit in _WORD_HIT.finditer(pad(text)):
        for pattern in _LITERALS[hit.group(1)]:
            hits.setdefault(pattern, []).append(hit.start())  # the word's offset in ``text``
    return hits


_SPACES = re.compile(r"\s+")
_DOZENS = re.compile(r"(two|three|four|five) dozen")
_DIGITS_RE = re.compile(_DIGITS)
# "three of the five soldiers were killed": the part before a subject's figure (see ``_part_of``)
_PART_BEFORE = compile_folded(
    rf"(?<![\w-])(?:(?P<qual>{_LOWER})\s+)?(?P<part>{_DIGITS}|{_WORDNUM})\s+of\s+"
    r"(?:the\s+|those\s+|these\s+|their\s+)?$"
)
_AGES_BEFORE = re.compile(r"\baged\s+(?:\d+(?:\s*,\s*|\s+and\s+|,\s+and\s+))*$")
# ... or a person's age told with "of": "a young man of about 25 was killed"
_AGE_OF_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|child|teenager|youth|person|pensioner)\s+of\s+"
    r"(?:about|around|some|roughly)?\s*$"
)
_PREDICATE = re.compile(r"\b(?:were|was|been|are|is)\b")
_WORD_SPLIT = re.compile(r"[\s-]+")
_LOWER_RE = re.compile(_LOWER)
_UPTO_RE = re.compile(_UPTO)
_KILLED_KW = re.compile(
    _KILLED + r"|kill|kills|claimed\s+the\s+lives\s+of|shot|shooting|gunned|slaughter\w*|"
    r"massacr\w*|behead\w*"
)
_SEVERITY_RE = compile_folded(_SEVERITY)


@dataclass(frozen=True, slots=True)
class CountMention:
    """One casualty figure found in a text, with its offsets and how to weigh it."""

    kind: Kind
    count: CountRange
    start: int
    end: int
    update: bool = False
    civilians: bool = False
    weak: bool = False  # one named victim among an untold toll: a total wins over it


def parse_number(phrase: str) -> tuple[int, bool] | None:
    """The value of a number phrase and whether it is only a minimum (vague words are)."""
    p = _SPACES.sub(" ", phrase.strip().lower())
    if p in _VAGUE:
        return _VAGUE[p]
    m = _DOZENS.fullmatch(p)
    if m:
        return _UNITS[m.group(1)] * 12, True
    if _DIGITS_RE.fullmatch(p):
        return int(p.replace(",", "")), False
    return _parse_words(p)


def _parse_words(p: str) -> tuple[int, bool] | None:
    total = 0
    current = 0
    for word in _WORD_SPLIT.split(p):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "a":
            current += 1
        else:
            return None
    total += current
    return total, False


def _range_from(match: re.Match[str]) -> CountRange | None:
    return _figure(*match.group("qual", "lo", "num", "hi2"))


@lru_cache(maxsize=4096)
def _figure(
    qual: str | None, lo: str | None, num: str | None, hi2: str | None
) -> CountRange | None:
    """The range a figure states, from its parts; cached, as the same few phrases recur."""
    if lo:
        low = parse_number(lo)
        return _range(low[0], None) if low else None
    parsed = parse_number(num or "")
    if parsed is None:
        return None
    value, vague = parsed
    qual = (qual or "").lower()
    if hi2 or _LOWER_RE.fullmatch(qual):
        return _range(value, None)
    if _UPTO_RE.fullmatch(qual):
        return _range(None, value)
    return _range(value, None) if vague else _range(value, value)


@lru_cache(maxsize=1024)
def _range(low: int | None, high: int | None) -> CountRange:
    """``CountRange(min=low, max=high)``, made once per pair: validating a model costs more
    than the rest of a figure's handling, and nothing changes a ``CountRange`` once made."""
    return CountRange(min=low, max=high)


@lru_cache(maxsize=256)
def _kind(keyword: str) -> Kind:
    return "killed" if _KILLED_KW.fullmatch(keyword.lower()) else "wounded"


def _blank(text: str, pattern: Anchored) -> str:
    """``text`` with the matches of ``pattern`` turned into spaces (the offsets stay)."""
    kept: list[str] = []
    end = 0
    for match in pattern.finditer(text):
        kept += (text[end : match.start()], " " * (match.end() - match.start()))
        end = match.end()
    return "".join(kept) + text[end:] if kept else text


# The names of the people a figure counts, set off by commas before the verb: "Two Western
# photojournalists, Tim Hetherington and Chris Hondros, were killed" (on the original text).
_NAMES_BESIDE = re.compile(
    r",\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+\s+and\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,"
    r"(?=\s+(?:were|have\s+been|had\s+been)\s)"
)


# The ages of the people a figure counts, set off by commas before the verb (on ``clean``;
# not after an object: "killing a woman and her three granddaughters, aged 10, 12 and 14,
# officials said" keeps its commas, which end the list).
_WHERE_BEFORE_VERB = re.compile(
    r"(?<=[a-z]) (?:inside|on board|aboard|aged (?:between )?\d{1,2}\s*(?:to|and|-|–)\s*\d{1,3})"
    r"(?= (?:were|was) )"
)
_AGES_BESIDE = re.compile(
    r",\s+aged\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:,?\s+and\s+\d{1,2})?,"
    r"(?=\s+(?:were|was|have|had|are|suffered|sustained|died|killed|wounded|injured)\b)"
    # ... or inside a list of them: "Two men, both 40, and a 25-year-old woman were killed"
    r"|,\s+(?:both|all|each)\s+(?:aged\s+)?\d{1,2},(?=\s+and\s)"
)


# Who the people a figure counts are, set off by commas before the verb: "Three people, staff
# and shoppers, were killed", "Two men, a father and his son, were killed" (on ``clean``).
_WHO_BESIDE = re.compile(
    r"\b(?:people|persons|men|women|children|civilians|soldiers|residents|others|workers|"
    # ("A man and a woman, both in their forties, were killed")
    r"man|woman|boy|girl|child|couple)"
    r"(?P<aside>,\s+[^,.;:]{1,50}?,)(?=\s+(?:were|was|have\s+been|had\s+been|died)\b)"
)


# Who the people were, told between dashes: "Five civilians — four women and a man — suffered
# blast injuries" (blanked, so the figure reaches its verb).
_WHO_BETWEEN_DASHES = re.compile(
    r"\b(?:people|persons|men|women|children|civilians|soldiers|residents|others|workers)"
    r"(?P<aside>\s+[—–]\s+[^—–.;:]{1,60}?\s+[—–])(?=\s)"
)


def _blank_aside(match: re.Match[str]) -> str:
    """The ``_WHO_BESIDE`` match with its aside turned into spaces."""
    start = match.start("aside") - match.start()
    return match.group()[:start] + " " * len(match.group("aside"))


def _blank_names(text: str, clean: str) -> str:
    """``clean`` with the names ``_NAMES_BESIDE`` finds in ``text`` turned into spaces."""
    for match in _NAMES_BESIDE.finditer(text):
        start, end = match.span()
        clean = clean[:start] + " " * (end - start) + clean[end:]
    return clean


_KILLED_DEAD_DIED = ("killed", "dead", "died")
_DEATH_WORDS = ("kill", "dead", "die", "death", "fatal", "lives", "bodies", "perish")
# A sentence with none of these stems (substrings) gives no casualty figure.
_ANY_CASUALTY = (
    "kill", "dead", "die", "death", "wound", "injur", "hurt", "hospital", "toll", "casualt",
    "bodies", "body of", "lives", "perish", "victims", "treated", "unharmed", "gunned down",
    "slaughter", "massacr", "behead", "burns", "concussion", "body has", "body was", "body had",
    "martyr", "medical help", "medical care", "medical treatment", "medical attention",
    "medical assistance",
)  # fmt: skip
# "hospital" alone (the target of many strikes) gives no figure but as ``_WOUNDED``'s keyword
# ("hospitalised", "taken to hospital", "in hospital"), the one pattern that holds it, or
# beside ``_NONE``'s "no fatalities", which holds no stem at all.
_BESIDES_HOSPITAL = tuple(stem for stem in _ANY_CASUALTY if stem != "hospital")


def _hospital_figure(text: str) -> bool:
    """Whether ``text`` holds "hospitali", or what ``(?:to|in|sought|...)\\s+hospital`` or
    ``no\\s+fatalities`` match (found with ``str.find``: a pattern opening with a letter
    of many words would be tried at each of them)."""
    return (
        "hospitali" in text
        or _after(text, "hospital", ("to", "in", "sought", "needed", "requested"))
        or _after(text, "fatalities", ("no",))
    )


def _fatal_share(m: re.Match[str]) -> tuple[CountRange, CountRange] | None:
    """The killed and the wounded of a ``_FATAL_SHARE`` match: the dead, and the rest of the
    casualties (a minimum when the total is one)."""
    total = parse_number(m.group("num"))
    dead = parse_number(m.group("dead") or m.group("dead2"))
    if total is None or dead is None or dead[0] > total[0]:
        return None
    rest = total[0] - dead[0]
    loose = total[1] or bool(m.group("qual"))
    return _range(dead[0], dead[0]), _range(rest, None if loose else rest)


def _after(text: str, word: str, before: tuple[str, ...]) -> bool:
    """Whether ``word`` occurs in ``text`` after whitespace after one of ``before``."""
    at = text.find(word)
    while at >= 0:
        head = text[:at]
        kept = head.rstrip()  # (``str`` and ``re`` agree on what is whitespace)
        if len(kept) < len(head) and kept.endswith(before):
            return True
        at = text.find(word, at + 1)
    return False


# Casualties of which some died: "seven casualties, one of them fatal", "five people were
# injured, one of them fatally", "12 victims, including two dead" (the dead are not wounded;
# not "deaths": a tally's "3,812 casualties including 1,208 deaths" is no attack's toll).
_FATAL_SHARE = compile_folded(
    rf"\b(?P<qual>(?:{_LOWER})\s+)?(?P<num>{_NUM})\s+(?:(?:people|persons|civilians)\s+)?"
    r"(?:casualties|victims|(?:were|have\s+been|had\s+been)\s+(?:injured|wounded|hurt))"
    rf",?\s+(?:(?P<dead>{_NUM})\s+of\s+(?:them|whom)\s+(?:fatal(?:ly)?|dead|killed)\b"
    rf"|including\s+(?P<dead2>{_NUM})\s+(?:fatalit(?:y|ies)|dead|killed)\b)"
)


# Within a toll update, what makes it a war's tally, not the attack's: "bring the number of
# Israelis killed in the 50-day operation to 70", "the death toll in Gaza since the war began
# has risen to 40,000" (an operation or offensive only with its length: "killed in the
# operation" may be one raid's).
_WAR_TALLY = re.compile(
    r"\bsince\s+the\s+(?:start\s+of\s+the\s+|beginning\s+of\s+the\s+|outbreak\s+of\s+the\s+)?"
    r"(?:full-scale\s+)?(?:war|conflict|invasion|offensive|fighting)\b|"
    r"\b(?:in|of|for|during|throughout)\s+the\s+(?:(?:\d+|[a-z]+)-(?:day|week|month|year)\s+"
    r"(?:war|conflict|operation|offensive|campaign)|war|conflict)\b|"
    r"\b(?:this|so\s+far\s+this)\s+year\b|"
    # "The ministry's cumulative toll passed 30,000"
    r"\bcumulative\s+(?:death\s+)?(?:toll|tally|count)\b",
    re.IGNORECASE,
)
# A wound that killed: "fatally wounding a 35-year-old resident", "was mortally wounded".
_FATALLY = re.compile(r"\b(?:fatally|mortally)\s+(?:wound|injur)", re.IGNORECASE)
# Before a toll update, what makes it an earlier one ("had initially put the toll at 23").
_EARLIER_FIGURE = re.compile(
    # ("had put the number of dead at 13")
    r"\b(?:had\s+(?:\w+\s+){0,3}|initially\s+|earlier\s+|first\s+|originally\s+|at\s+first\s+)$"
)


def find_counts(text: str) -> list[CountMention]:
    """All killed/wounded figures in ``text`` (usually one sentence), in reading order."""
    low = fold(text)
    if not contains_any(low, _ANY_CASUALTY):
        return _cyrillic_counts(low) if cyrillic.is_cyrillic(low) else []
    hospital = (
        "hospital" in low and not contains_any(low, _BESIDES_HOSPITAL) and not _hospital_figure(low)
    )  # (then the sentence gives a figure only if a blank joins "taken to" and "hospital")
    clean = _blank(low, _SUBSET) if contains_any(low, _SUBSET.needs) else low  # (no call)
    if text[:1].isupper() and text[1:2].isupper():  # a dateline's day is no figure: "BINYAMINA,
        # Israel, Oct 14 - Four soldiers were killed" is four
        opening = dateline_end(text)
        if opening and any(ch.isdigit() for ch in text[:opening]):
            clean = " " * opening + clean[opening:]
    if " with " in clean or " from " in clean or "s of the " in clean:  # (a call costs more)
        clean = _blank(clean, _WHOSE)
    if " of one " in clean:  # "ten members of one family": no figure of one (the same length)
        clean = _ONE_FAMILY.sub("his", clean)
    if ", " in text and " and " in text and ("were" in text or "been" in text):
        clean = _blank_names(text, clean)  # (each _NAMES_BESIDE match has either after it)
    if " inside w" in clean or " on board w" in clean or " aboard w" in clean or " aged " in clean:
        # where they were, or their ages, between the people and their verb: "A 58-year-old
        # man and a 53-year-old woman inside were killed", "seven people aged 43 to 81 were
        # killed"
        clean = _WHERE_BEFORE_VERB.sub(lambda m: " " * len(m.group()), clean)
    if ", aged " in clean or ", both " in clean:  # "three other men, aged 21, 35 and 44,
        # suffered shrapnel wounds", "Two men, both 40, and a 25-year-old woman were killed"
        clean = _AGES_BESIDE.sub(lambda m: " " * len(m.group()), clean)
    if clean.count(",") >= 2:
        clean = _WHO_BESIDE.sub(_blank_aside, clean)
    if "— " in clean or "– " in clean:
        clean = _WHO_BETWEEN_DASHES.sub(_blank_aside, clean)
    if hospital and (clean is low or not _hospital_figure(clean)):
        return []
    hits = _word_hits(clean)
    found: list[CountMention] = []
    taken: list[tuple[int, int]] = []

    def add(
        kind: Kind, count: CountRange | None, m: re.Match[str], update: bool = False,
        weak: bool = False,
    ) -> None:
        if count is None:
            return
        start, end = m.span()
        for s, e in taken:  # a plain loop: any() over a generator costs twice as much
            if s < end and start < e:
                return
        taken.append((start, end))
        civilians = "civilian" in m.group(0).lower()
        if kind == "wounded" and _FATALLY.search(clean, max(0, start - 12), end):
            kind = "killed"  # "fatally wounding a 35-year-old resident": the wound killed
        found.append(CountMention(kind, count, m.start(), m.end(), update, civilians, weak))

    for m in _FATAL_SHARE.finditer(low) if "fatal" in low or "including" in low else ():
        share = _fatal_share(m)
        if share is not None:
            found.append(CountMention("killed", share[0], m.start(), m.end()))
            found.append(CountMention("wounded", share[1], m.start(), m.end()))
            taken.append(m.span())
    for m in _AMONG_TOTAL.finditer(low) if " among " in low else ():
        listed = m.group("list")
        add(_kind(m.group("kw")), _list_count(listed) if listed else _range_from(m), m)
    for pattern in _UPDATES if "toll" in clean or "number" in clean else ():  # (their needs)
        for m in _scanned(pattern, clean, hits):
            noun = (m.groupdict().get("kind") or "death").lower()
            kind: Kind = "wounded" if noun in {"injury", "injured", "wounded", "hurt"} else "killed"
            count = _range_from(m)
            if _WAR_TALLY.search(m.group(0)):
                taken.append(m.span())  # (no other figure is read in it)
                continue
            if count is not None and m.groupdict().get("past"):
                count = _range(count.min, None)
            if m.groupdict().get("modal") or _EARLIER_FIGURE.search(
                clean, max(0, m.start() - 24), m.start()
            ):
                # "Activists had initially put the toll at 23 dead": a figure the text's own
                # has replaced, not the newest; "the death toll could be as high as 30": a
                # guess, not the figure stated
                add(kind, count, m, weak=True)
            else:
                add(kind, count, m, update=True)
    # (before the plain figures: "killing the minister ... and five other people" is six)
    kill = "kill" in low  # (each pattern below that opens with "kill" is tried only then)
    for m in _NAMED_AND_OTHERS.finditer(text) if kill and "other" in low else ():
        others = parse_number(m.group("n")) if _word_start(text, m.start()) else None
        if others is not None:
            total = others[0] + 1
            add("killed", _range(total, None if others[1] else total), m)
    nones = _scanned(_NONE, clean, hits)
    deaths = bool(nones) and contains_any(clean, _DEATH_WORDS)
    for m in nones:
        word = "dead" if m.group("died") else (m.group("kw") or m.group("noun") or "").lower()
        if m.group("verb"):  # ("hurt no one": neither killed nor wounded)
            verb = m.group("verb")
            word = "dead" if verb[0] == "k" else "injured" if verb[0] in "iw" else ""
        kinds: list[Kind] = (
            ["killed", "wounded"] if m.group("either")
            else ["killed"] if word in {"killed", "deaths", "fatalities", "dead"}
            else ["wounded"] if word in {"wounded", "injured", "injuries"} and deaths
            else ["killed", "wounded"]  # "there were no injuries" (and no word of deaths)
        )  # fmt: skip
        for kind in kinds:
            found.append(CountMention(kind, _range(0, 0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    keywords = hits.get(_SUBJECT, [])
    lists = [
        *_scanned(_LIST_OBJECT, clean, hits), *_scanned(_NAMED_AND, clean, hits),
        *(_AND_WOUNDED.finditer(clean) if "killed and" in clean else ()),  # (rare)
        *_list_subject_matches(clean, keywords),
    ]  # fmt: skip
    for m in lists:
        if m.re is _NAMED_AND.pattern and not _after_name(text, m.start()):
            continue
        if _SUBSET_OF.search(clean, max(0, m.start() - 8), m.start()):
            continue  # "three of the five soldiers were killed"
        groups = m.groupdict()
        if groups.get("with") and not _WAS_BEFORE.search(clean, max(0, m.start() - 16), m.start()):
            continue  # "three were killed along with their driver": the subject's figure
        one = bool(groups.get("one") or groups.get("with")) or _named_before_list(text, m)
        add(_kind(m.group("kw")), _list_count(groups.get("others") or m.group("list"), one), m)
    for m in _RANGED.finditer(clean) if "rang" in clean else ():
        kind = "wounded" if m.group("kw") in {"wounded", "injured"} else "killed"
        add(kind, _range_from(m), m)
    for body in _BODIES if "bodies" in clean else ():
        for m in body.finditer(clean):
            add("killed", _range_from(m), m)
    figures = [
        *_scanned(_OBJECT, clean, hits), *_scanned(_LEFT, clean, hits),
        *(_SHOT_OBJECT.finditer(clean) if " dead " in clean or "gunned down" in clean else ()),
        *_subject_matches(clean, keywords),
        *_who_subjects(clean),
    ]  # fmt: skip
    aged, of = "aged" in clean, " of " in clean
    for m in figures:
        if (
            aged
            and clean[m.start()].isdigit()
            and _AGES_BEFORE.search(clean, max(0, m.start() - 30), m.start())
        ):
            # an age in a list of ages ("aged 8, 12 and 17 were killed"; not the verb after
            # them: "killing two men aged 56 and 61 and wounding five other people")
            continue
        if of and _AGE_OF_BEFORE.search(clean, max(0, m.start() - 30), m.start()):
            continue  # "a young man of about 25 was killed": an age, no toll
        if m.re in _VERB_OBJECT and _ATTACKERS_AFTER.match(clean, m.end()):
            continue  # the attackers killed are no victims ("killed four of the attackers")
        fill = m.group("fill") if m.re is _SUBJECT.pattern else None
        if fill and ("of" in fill or "among" in fill) and _SUBSET_BEFORE.search(fill):
            continue  # (each _SUBSET_BEFORE match holds "of" or "among")
        count = _range_from(m)
        start = m.start()
        if fill and clean.find(" of ", max(0, start - 24), start) >= 0:
            count = _part_of(clean, m) or count
        kind = _kind(m.group("kw"))
        if kind == "wounded" and " died" in clean and _DIED_AFTER.match(clean, m.end()):
            continue  # "after three wounded pupils died in hospital": dead, not wounded
        if count and kind == "wounded" and _SEVERITY_RE.search(clean, max(0, start - 12), m.end()):
            count = _range(count.min, None)
        add(kind, count, m)
    for m in _AMONG.finditer(low) if "among" in low else ():  # _SUBSET blanks "among those"
        word = m.group("kw") or m.group("noun")
        kind = "wounded" if word in {"injured", "wounded", "hurt"} else "killed"
        add(kind, _range(1, None), m, weak=True)
    for m in _NAMED_LIST.finditer(text) if kill else ():
        if not _word_start(text, m.start()):
            continue
        names = len(_NAMED_ITEM_RE.findall(text, m.start() + 7, m.end()))
        add("killed", _range(names, None), m, weak=True)
    for m in _NAMED_VICTIM.finditer(low) if kill else ():
        if text[m.end() : m.end() + 1].isupper():
            add("killed", _range(1, None), m, weak=True)
    for m in _NAMED_THEN_ROLE.finditer(text) if kill else ():
        if not _word_start(text, m.start()):
            continue
        add("killed", _range(1, None), m, weak=True)
    named = None
    if " was " in low and contains_any(low, _KILLED_DEAD_DIED):  # (each match holds one)
        at = dateline_end(text)  # ("PARIS, May 9 - Arman Soldin, a video journalist ...")
        named = _NAMED_SUBJECT.match(text, at) if text[at : at + 1].isupper() else None
    if named is not None and not SUSPECT_DOWN.match(low):
        add("killed", _range(1, None), named, weak=True)
    # (each _NAMED_PAIR match holds "killed")
    pair = _NAMED_PAIR.match(text, dateline_end(text)) if " were " in low and kill else None
    if pair is not None:
        add("killed", _range(2, None), pair, weak=True)
    for m in _BODY_OF.finditer(low) if "body" in low else ():
        add("killed", _range(1, None), m, weak=True)
    nth = _NTH_DEATH.match(low) if "died" in low or "body " in low else None
    if nth is not None:
        add("killed", _range(_NTH[nth["nth"]], None), nth, update=True)
    for m in _NTH_DEATH_TOLD.finditer(low) if " death" in low or "fatalit" in low else ():
        add("killed", _range(_NTH[m["nth"]], _NTH[m["nth"]]), m, update=True)
    for m in _VERB_FIRST.finditer(clean) if contains_any(clean, _VERB_FIRST_NEEDS) else ():
        opens = _CLAUSE_OPENS_BEFORE.search(clean, max(0, m.start() - 12), m.start())
        if opens or (m.group("people") and m.group("kw") in ("died", "perished")):
            add(_kind(m.group("kw")), _range_from(m), m)
    died = _ONE_DEATH.match(low) if nth is None and "died" in low else None
    if died is not None:
        add("killed", _range(1, 1), died)
    hurt = (
        _ONE_INJURED.search(low)
        if ("suffered" in low or "sustained" in low) and not any(m.kind == "wounded" for m in found)
        else None
    )
    if hurt is not None:
        add("wounded", _range(1, 1), hurt)
    if "another" in low and not any(m.kind == "wounded" for m in found):
        other = _ONE_MORE_WOUNDED.search(low)
        if other is not None:
            add("wounded", _range(1, 1), other)
    if "died" in low and found and contains_any(low, _ONE_MORE_DIED_NEEDS):
        found = _one_more_died(low, found)
    if " or " in clean and found:
        found = _without_either(clean, found)
    for mention in [m for m in found if not m.weak and clean.find(" in ", m.end) >= 0]:
        found += _elliptic(clean, mention)
    found.sort(key=lambda c: c.start)
    if found and " in " in clean:
        # a figure "in all" is the attack's whole toll: it stands over a part told before it
        # ("Four soldiers were killed and seven seriously wounded ... Magen David Adom said more
        # than 60 people were wounded in all")
        found = [
            dataclasses.replace(m, update=True)
            if not m.weak and _IN_ALL_AFTER.match(clean, m.end)
            else m
            for m in found
        ]
    if found and (any(m.update for m in found) or _UPDATE_OPENING.match(clean)):
        # A sentence that updates the toll gives current figures ("Update: the death toll has
        # risen to eight, and 56 people were wounded"), as does a live blog's timed entry
        # ("11:45 - The Interior Ministry says 11 people were killed"): the last one stands.
        found = [m if m.weak else dataclasses.replace(m, update=True) for m in found]
    if found and contains_any(low, _ACCOUNT_NEEDS):
        found = [_told_when(low, m) for m in found]
    if found and contains_any(low, _UNCHECKED_NEEDS):
        found = [
            dataclasses.replace(m, weak=True, update=False)
            if _UNCHECKED_AFTER.match(low, m.end)
            else m
            for m in found
        ]
    return found


# A figure told as one nobody could check weighs less than one that stands: "Ukraine put the
# number of dead at about 400, a figure nobody has been able to check" after a ministry's 63.
_UNCHECKED_NEEDS = ("verif", "check", "confirm", "corroborat")
_UNCHECKED_AFTER = re.compile(
    r"[^.;]{0,30}?,\s+(?:a\s+(?:figure|claim|number|toll)\s+(?:that\s+)?(?:nobody|no\s+one)\s+"
    r"(?:has\s+been\s+able\s+to|could|can|was\s+able\s+to)|which\s+(?:could|can)\s+not|"
    r"which\s+(?:could|can)n['’]t)\s+(?:be\s+)?(?:independently\s+)?"
    r"(?:check|verif|confirm|corroborat)\w*"
)


_IN_ALL_AFTER = re.compile(r"\s+in\s+(?:all|total)\b")
# What a figure is told after: an early account ("Early reports spoke of 25 dead") or a later
# one ("by the afternoon officials said at least 36 had been killed").
# ("The regional governor's earlier count had been five dead and 38 injured")
_EARLY_ACCOUNT = re.compile(
    r"\b(?:early|initial|first|earlier)\s+(?:reports?|counts?|figures?|tolls?|tally|estimates?)\b"
    r"[^;]*$"
    # (or translated word for word: "Earlier were reported 13 dead and 10 wounded")
    r"|\b(?:earlier|previously|initially)\s+(?:it\s+)?(?:were|was|had\s+been)\s+reported\b[^;]*$"
)
_LATER_ACCOUNT = re.compile(
    r"\bby\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:morning|afternoon|"
    r"evening|nightfall|night|midday|noon|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b[^;]*$"
)
# ... or a count raised to it: "at 19:35 the emergency service updated the count to 32 injured"
_RAISED_TO = re.compile(
    r"\b(?:updated|raised|revised|increased|lifted)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:count|tally|figure|number)\s+(?:up\s+)?to\s+$"
)
_ACCOUNT_REACH = 60  # characters before a figure that may say when it was told
_ACCOUNT_NEEDS = ("report", "by ", "earlier ", "initial ", "first ", "early ", "updated",
                  "raised", "revised", "increased", "lifted")


# A toll told verb first, as translated word for word from Ukrainian or Russian ("загинули 10
# осіб"): "In total ... died 10 persons", "injured 55, among them three children" (opening
# its clause: not "Russian shelling injured 55 people", which ``_OBJECT`` reads).
_VERB_FIRST = compile_folded(
    rf"(?<![\w-])(?P<kw>died|perished|injured|wounded)\s*[-–—:]?\s*{_QUANT}"
    r"(?P<people>\s+(?:persons|people|civilians|residents))?(?=[\s,;.]|$)"
)
# ... opening its clause (else, after any word, its people told and dead: "as result of
# yesterday's enemy strike on Zaporizhzhia died 13 persons"; not "died 3 days later")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[;:,]|\battack)\s*\Z")
_VERB_FIRST_NEEDS = ("died ", "perished ", "injured ", "wounded ")


def _told_when(low: str, mention: CountMention) -> CountMention:
    """The figure, weak if an early account gave it, an update if a later one did."""
    if mention.weak or mention.update:
        return mention
    before = max(0, mention.start - _ACCOUNT_REACH)
    if _EARLY_ACCOUNT.search(low, before, mention.start):
        return dataclasses.replace(mention, weak=True)
    if _LATER_ACCOUNT.search(low, before, mention.start) or _RAISED_TO.search(
        low, before, mention.start
    ):
        return dataclasses.replace(mention, update=True)
    return mention


_UPDATE_OPENING = compile_folded(
    # (the entry's weekday may open it: "Sun 10:50 — Xinhua now says 29 people were killed";
    # or a bullet: "• Latest from the Emergency Situations Ministry: at least 17 ...")
    # (or a colon: "19:45: Latest figures from the regional administration: 20 people killed")
    r"(?:[•·▪*]\s*)?(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)\.?\s+)?\d{1,2}[:.]\d\d\s*[-–—:]|"
    # ... or its part of the day: "Tue morning — President Zelensky: seven people ..."
    r"(?:mon|tue|wed|thu|fri|sat|sun)\.?\s+(?:morning|midday|noon|afternoon|evening|night)\s*"
    r"[-–—]|"
    r"(?:\d{1,2}[:.]\d\d\s*)?(?:update|updated|latest)\b|"
    # ... or its bare clock time: "09:03 The State Emergency Service says ..."
    r"(?:[01]?\d|2[0-3]):[0-5]\d\s|"
    # "As of 15:00, ...", "Станом на 15:00, за даними МВС, загинули 11 людей"
    r"as\s+of\b|станом\s+на\b|по\s+состоянию\s+на\b)"
)


# A figure for the next place with its noun and verb left out: "killed 12 people in Rafah
# and seven in Deir al-Balah", "wounded five in Kherson, two in Nikopol and one in ...".
_ELLIPTIC = compile_folded(
    rf"\s+(?:in|at|near)\s+[^,;.]*?(?:,\s*|,?\s+and\s+)(?P<num>{_DIGITS}|{_WORDNUM})\s+"
    r"(?:more\s+|others?\s+|people\s+)?(?=(?:in|at|near)\s)"
)


def _elliptic(clean: str, mention: CountMention) -> list[CountMention]:
    """The figures that follow ``mention`` for further places (``_ELLIPTIC``), of its kind."""
    found: list[CountMention] = []
    m = _ELLIPTIC.match(clean, mention.end)
    while m is not None:
        parsed = parse_number(m.group("num"))
        if parsed is None:
            break
        value = parsed[0]
        count = _range(value, None if parsed[1] else value)
        found.append(CountMention(mention.kind, count, m.start("num"), m.end("num")))
        m = _ELLIPTIC.match(clean, m.end("num"))
    return found


def _part_of(clean: str, m: re.Match[str]) -> CountRange | None:
    """The part of a group that a subject figure's verb is said of: "three of the five
    soldiers were killed" is three killed. Not when the keyword qualifies the group: "two of
    the seven people wounded are children" is seven wounded."""
    if not _PREDICATE.search(m.group("fill")):
        return None
    lead = _PART_BEFORE.search(clean, max(0, m.start() - 40), m.start())
    parsed = None if lead is None else parse_number(lead.group("part"))
    if lead is None or parsed is None:
        return None
    return _range(parsed[0], None if lead.group("qual") else parsed[0])


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not text[at - 1].isalnum()


def _scanned(pattern: Anchored, clean: str, hits: dict[Gated, list[int]]) -> list[re.Match[str]]:
    """``pattern.finditer(clean)`` at the words ``_word_hits`` found for it."""
    starts = hits.get(pattern)
    return pattern.finditer(clean, starts) if starts else []


# Words that give current figures: "за уточненими даними" (by refined data), "Загиблих уже
# двоє" (already two dead).
_CYRILLIC_UPDATE = re.compile(
    r"(?<!\w)(?:уточнен\w*|оновлен\w*|обновлен\w*)\s+(?:дан\w+|інформаці\w+|информаци\w+)"
    r"|(?<!\w)(?:загибл\w*|поранен\w*|постраждал\w*|погибш\w*|ранен\w*|пострадавш\w*)\s+"
    r"(?:уже|вже)\s"
    # a total, as English "in all": "Всего пострадали 108 человек"
    r"|^(?:всего|всього|усього|загалом|в\s+общей\s+сложности|в\s+цілому)\s"
)


def _cyrillic_counts(low: str) -> list[CountMention]:
    """``find_counts`` for Ukrainian and Russian (``cyrillic.find_counts``); a sentence that
    opens with the time of the figures ("Станом на 15:00") updates them, as in English."""
    timed = _UPDATE_OPENING.match(low) is not None or _CYRILLIC_UPDATE.search(low) is not None
    earlier = _CYRILLIC_EARLIER.search(low) is not None
    return [
        CountMention(
            kind,  # type: ignore[arg-type]
            _range(lo, hi),
            start,
            end,
            (update or timed) and not earlier,
            weak=earlier,
        )
        for kind, lo, hi, start, end, update in cyrillic.find_counts(low)
    ]


# A figure an earlier account gave, that the text's own has replaced: "У день удару голова ОДА
# ... говорив про десятьох загиблих", "Спочатку повідомляли про трьох поранених".
_CYRILLIC_EARLIER = re.compile(
    r"(?<!\w)(?:у\s+день\s+удару|в\s+день\s+удара|спочатку|спершу|сначала|изначально|"
    r"початково|первоначально)(?!\w)"
)


def _after_name(text: str, at: int) -> bool:
    """Whether a name ("Ivan Petrenko and his wife were killed") or a noun with an article
    ("the pilot and his son") comes before ``at`` in ``text``."""
    return _WORD_BEFORE.search(text, max(0, at - 40), at) is not None


# A _SUBJECT match is made of words, whitespace, dashes and digits (a comma only inside a
# number, "1,200"; a full stop only inside an abbreviation, "U.S."): on the reversed text, this
# reads back from a keyword over what it can hold.
_SUBJECT_STRETCH_REVERSED = re.compile(
    r"(?:[\w\s\-–]++|(?<=\d),|(?<=\d\s),|(?<=\w)\.|\.(?=\w))*+"  # ", 12" in ages
)


def _who_subjects(clean: str) -> list[re.Match[str]]:
    """``_WHO_SUBJECT``'s matches, tried only before a "who", "that" or "being" that follows
    one of its nouns (most sentences have none)."""
    found = []
    for word in (" who ", " that ", " being "):
        at = clean.find(word)
        while at >= 0:
            if clean[clean.rfind(" ", 0, at) + 1 : at] in _WHO_NOUNS:
                m = _WHO_SUBJECT.search(clean, max(0, at - _WHO_REACH))
                if m is not None and m.start() < at:
                    found.append(m)
            at = clean.find(word, at + 1)
    return found


def _subject_matches(clean: str, needs: list[int] | None = None) -> list[re.Match[str]]:
    """``_SUBJECT.finditer(clean)``, trying only figure starts in the stretch before each
    keyword that a match can span: a match ends with its keyword, which has one of the
    needs at a word start (``needs``: those words, from ``_word_hits``, if known)."""
    if needs is None:
        needs = _word_hits(clean).get(_SUBJECT, [])
    if not needs:
        return []
    reverse = clean[::-1]
    size = len(clean)
    padded = pad(clean)
    starts: list[int] = []
    low = size
    for need in reversed(needs):  # a stretch holds the needs before its last one
        if need < low:
            reach = _SUBJECT_STRETCH_REVERSED.match(reverse, size - need)
            low = size - reach.end()  # type: ignore[union-attr]  # (starred: always matches)
            # The first word of a figure and what its start checks after it lie before
            # the need, so the scan can stop there.
            stretch = [start.start() for start in _QUANT_STARTS.finditer(padded, low, need + 1)]
            starts[:0] = stretch
    return list(matches_at(_SUBJECT.pattern, clean, starts))


# A _LIST_SUBJECT match is made of words, whitespace, dashes and commas: on the reversed
# text, this reads back from a keyword over what its list can hold.
_LIST_STRETCH_REVERSED = re.compile(r"[\w\s,\-]*+")


def _list_subject_matches(clean: str, needs: list[int] | None = None) -> list[re.Match[str]]:
    """``_LIST_SUBJECT.finditer(clean)``, sought only before a keyword that has a person word
    and "were" (or the like) before it, as each match does (most sentences have none), and
    only in the stretch a list can span there. Each keyword opens a word with one of
    ``_SUBJECT``'s needs (``needs``: those words, from ``_word_hits``, if known)."""
    if needs is None:
        needs = _word_hits(clean).get(_SUBJECT, [])
    keywords = [at for at in needs if clean.startswith(_LIST_KW, at)]
    if not keywords:
        return []
    found: list[re.Match[str]] = []
    reverse = clean[::-1]
    size = len(clean)
    resume = 0
    for keyword in keywords:
        tail = _LIST_TAIL_REVERSED.match(reverse, size - keyword)
        if tail is None or tail.group(1) not in _PERSON_REVERSED:
            continue
        stretch = _LIST_STRETCH_REVERSED.match(reverse, size - keyword)
        start = size - stretch.end()  # type: ignore[union-attr]  # (starred: always matches)
        # A match ends with this keyword, and its word end is checked on the letter after.
        for m in _LIST_SUBJECT.finditer(clean, max(start, resume), keyword + 8):
            found.append(m)
            resume = m.end()
    return found


def _list_count(phrase: str, one: bool = False) -> CountRange | None:
    """The people a list names, added up (plus ``one`` unnamed victim); a plural without a
    figure ("her children") makes it a minimum, and alone ("the others") no figure."""
    total = 1 if one else 0
    vague = False
    items = 0
    figures: list[tuple[int, str]] = []  # (figure, who) of the items told with one
    for item in _AND_RE.split(phrase):
        person = _PERSON_COUNTED.match(item)
        if person is None:
            continue
        items += 1
        n, who = person.group("n", "who")
        parsed = parse_number(n) if n else None
        if parsed:
            total += parsed[0]
            figures.append((parsed[0], who))
            vague = vague or parsed[1] or bool(person.group("least"))
        elif who in _PAIRS:
            total += _PAIRS[who]
            figures.append((_PAIRS[who], who))
        elif who.endswith("s") or who.endswith("men") or who in {"children", "people"}:
            total += 2
            vague = True
        else:
            total += 1
            figures.append((1, who))  # ("seven people, six women and a man")
    if not total or (vague and items == 1 and not one):
        return None
    if (
        len(figures) == items >= _BREAKDOWN_ITEMS
        and figures[0][1] in _ANYONE
        and sum(n for n, _ in figures[1:]) == figures[0][0]
    ):
        # the first figure, then who they were: "six people, three soldiers and three civilians"
        total = figures[0][0]
    return _range(total, None if vague else total)


_BREAKDOWN_ITEMS = 3  # a figure and at least two parts of it
_ANYONE = frozenset({"people", "persons", "civilians", "victims"})


def pick_count(mentions: list[CountMention], kind: Kind) -> CountRange:
    """The figure an event reports: the highest update if the text gives one (a toll only
    rises: "risen to five" then a live blog's "11 people were killed"; the last of equal
    ones), else the first."""
    of_kind = [m for m in mentions if m.kind == kind]
    if not of_kind:
        return CountRange()
    updates = [(m.count.min or 0, i) for i, m in enumerate(of_kind) if m.update]
    if updates:
        chosen = max(updates)[1]
        latest = of_kind[chosen].count
        # (a toll only rises: an update vaguer than a higher figure told before keeps that one,
        # "12 injured ... more than 10 were injured")
        higher = [
            m.count
            for m in of_kind[:chosen]
            if not m.weak
            and (m.count.min or 0) > (latest.min or 0)
            and (latest.max is None or (m.count.min or 0) <= latest.max)
        ]
        return max(higher, key=lambda c: c.min or 0) if higher else latest
    totals = [m for m in of_kind if not m.weak]
    return (totals or of_kind)[0].count
