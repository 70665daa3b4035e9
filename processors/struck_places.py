"""Which of the places a sentence names was struck.

Sentences name places that were not hit: speakers ("Moscow said"), origins ("launched
from Belgorod", "fired from the direction of Kurakhove"), references ("south of Tel Aviv",
"40 km from the border", "Serhiivka near Odesa"), venues of talks ("talks in Belarus") and
aggregates ("cities across Ukraine"). Those are dropped; of the rest, a coarser place
(region, country) is dropped when the sentence also names a finer one ("Uman, in Cherkasy
region"; "Kharkiv, Ukraine's second largest city"). Each kept place gets the stretch of the
sentence that talks about it, so that "In Kryvyi Rih ten died, while in Dnipro one was
killed" gives each city its own figures.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter

from processors import cyrillic
from processors.casefold import (
    compile_folded,
    contains_any,
    fold,
    literal_needs,
    word_start_alternation,
)
from processors.gazetteer import PRECISION_RANK, Place, distance_km, load_gazetteer
from processors.places import POSSESSIVES, PlaceMention
from processors.triggers import other_attack_start
from processors.word_gates import WordGate, words_of

# Patterns that open with a word are written with ``casefold.word_start_alternation``, so
# ``re`` skips ahead to their first letters instead of trying each position.


class _Before:
    """A pattern that matches at the end of the (folded) text before a place (``$``).

    Most places are preceded by text none of these patterns can match, and telling that
    needs no scan: every match holds one of the literals each alternative opens with
    (``casefold.literal_needs``), and ends, but for its trailing whitespace, with one of
    ``ends``; ``str.endswith`` and substring tests run in C, a scan of the text does not.
    """

    __slots__ = ("ends", "needs", "pattern")

    def __init__(
        self, pattern: str, ends: tuple[str, ...] = ("",), needs: tuple[str, ...] = ()
    ) -> None:
        self.pattern = compile_folded(word_start_alternation(pattern))
        # ``needs`` when the literals an alternative opens with are optional or common
        # words ("to", "the"): what every match holds further on ("hospital")
        self.needs = needs or literal_needs(pattern)
        self.ends = ends

    def search(self, text: str, tail: str) -> bool:
        """Whether ``text`` ends with a match; ``tail`` is the text it ends, stripped of
        trailing whitespace (or a longer text ending with it)."""
        return tail.endswith(self.ends) and self.ends_in(text)

    def ends_in(self, text: str) -> bool:
        """``search`` once the ends are known to pass."""
        return contains_any(text, self.needs) and self.pattern.search(text) is not None


_ORIGIN = _Before(
    # (not a toll's attack: "The toll from the Peshawar car bomb has risen to 105")
    # ("Israeli F-35 jets had carried out the raid from over the occupied Golan Heights")
    r"(?<!toll\s)(?<!tally\s)(?<!toll\shas\srisen\s)\bfrom\s+(?:(?:over|above|inside|within)\s+)?"
    r"(?:the\s+|an?\s+)?"
    # ("fired by Hezbollah from an area north of the Lebanese village of Shebaa")
    r"(?:(?:direction|area|territory|side|region|outskirts)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:(?:village|town|city)\s+of\s+)?|[\w-]+\s+)?$"
    # where attackers came from: "came from the nearby village of Urif"
    r"|\b(?:came|come|comes|coming|hailed|hails)\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:village|town|city|camp|district|area)\s+of\s+$"
    # where a person comes from: "a French citizen born in Sarajevo", "carried the body through
    # the streets of his hometown of Khiam"
    r"|\b(?:born|raised|grew\s+up)\s+in\s+(?:the\s+)?$"
    r"|\b(?:his|her|their)\s+(?:home\s*town|native\s+(?:village|town|city))\s+(?:of\s+)?$"
    # where a gun or launcher fired from: "Russian fire, probably from a tank on the occupied
    # left bank near Kakhovka, hit the central market in Beryslav"
    r"|\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:tanks?|positions?|"
    r"launchers?|guns?|batter(?:y|ies)|warships?|ships?)\s+"
    r"(?:(?!(?:hit|hits|struck|slammed|landed|killed|killing|damaged)\b)[\w-]+\s+){0,5}?"
    r"(?:in|near|at|outside|around)\s+(?:the\s+)?$"
    # where travellers came from: "pilgrims returning home from Arbaeen commemorations in
    # Kerbala"
    r"|\b(?:returning|travelling|traveling|coming\s+back)\s+(?:home\s+)?from\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:in|at)\s+$"
)
# The place a distance is measured from may be introduced: "west of Tigray's regional
# capital Mekelle", "20 km from the regional capital Mekelle".
_FROM_WHAT = (
    # ("the army-held city of El-Obeid", "the besieged northern city of ...")
    r"(?:the\s+)?(?:(?:[\w-]+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?"
    # (not "77 nautical miles west of Yemen's port of Hodeidah": at sea, the port is all there
    # is; but "southeast of the Yemeni port of Aden", after the Gulf of Aden was named)
    r"(?:(?:capital|city|town)\s+(?:of\s+)?|port\s+|(?<=the\s)[\w-]+\s+port\s+of\s+|"
    # "about 40 km from the centre of Abuja", "west of the regional headquarters of Miranshah"
    r"(?:city\s+)?cent(?:re|er)\s+of\s+|headquarters\s+of\s+|"
    # "about 40 km from the front line at Bakhmut", "some 40 km from the fighting around Bakhmut"
    r"(?:front[\s-]?line|border|frontier|fighting)\s+(?:at|near|with|around|in)\s+))?$"
)
_DISTANCE = _Before(
    r"\b(?:kilomet(?:re|er)s?|km|miles?|metres|meters)\s+(?:\([^)]*\)\s+)?(?:(?:to\s+the\s+)?"
    rf"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+{_FROM_WHAT}"
    # (not a part of the place: "in the north-east of Beit Hanoun", "the rebel-held east of
    # Aleppo")
    rf"|(?<!the\s)(?<!-held\s)(?<!-controlled\s)(?<!occupied\s)(?<!besieged\s)(?<![\w-])"
    rf"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    rf"{_FROM_WHAT}"
    # ... or along a river from it: "the occupied town on the Dnipro upstream of Kherson"
    rf"|\b(?:upstream|downstream|upriver|downriver)\s+(?:of|from)\s+{_FROM_WHAT}"
    r"|\b(?:beyond|toward\s+the|towards\s+the)\s+$",
    ends=(
        "of", "from", "the", "beyond", "capital", "city", "town", "port", "at", "near", "with",
        "around", "in",
    ),
)
# A name placed in a part of the city the text is about is a site of that city, not a town:
# "the Fowa camp in the south of the city".
# What a place told after a city's possessive is, as part of it ("Sochi's Adler district").
_CITY_DISTRICT_AFTER = compile_folded(r"\s+(?:district|neighbou?rhood|quarter|microdistrict)\b")
_PART_OF_THE_CITY = compile_folded(
    r"(?:\s+(?:camp|base|district|neighbou?rhood|area|quarter|compound)"
    # "Sadr City, the sprawling Shi'ite district in the east of the city"
    r"|,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:district|neighbou?rhood|area|quarter))?"
    r"\s+in\s+the\s+"
    r"(?:north|south|east|west|centre|center)(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?of\s+"
    r"the\s+(?:city|town|capital)\b"
)
# A part of the place named next: "in San Luis, a rural district of the city of Neiva",
# "in Wadi al-Kfour, an industrial area of the village of Kfour" (the place hit is the
# latter; not a suburb, a town of its own: "Kiryat Bialik, a northern suburb of Haifa").
_PART_OF_NAMED = compile_folded(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:district|neighbou?rhood|area|part|quarter|"
    r"section|sector|zone)\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town|village|capital|municipality)\s+"
    r"of\s+)?"
    # ("al-Manara, a neighbourhood in south-eastern Khan Younis")
    r"(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?"
)
# ... or a part named for itself before the town's name: "the Komsomolets housing estate of
# Horlivka".
_ESTATE_OF = compile_folded(
    r"\s+(?:housing\s+)?(?:estate|microdistrict|neighbou?rhood|quarter)\s+(?:of|in)\s+(?:the\s+)?"
)
# What puts a name inside a town named next: "the districts of Al-Sad Al-Ali and Texas in Nyala".
_IN_TOWN = compile_folded(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:district|neighbou?rhood|area|quarter|market|camp))?\s+"
    r"(?:in|of)\s+(?:the\s+)?(?P<city>(?:city|town|village)\s+of\s+)?"
)
# A town told as a city after its name: "the adjacent al-Hal (vegetables) market in Idleb city".
_CITY_AFTER = compile_folded(r"\s+city\b")
_NAMESAKE_KM = 30  # farther from the town it is said to be in, a name is a namesake's
# Another site hit, told by what lies near it: "struck a training facility near Abu Kamal and
# a safe house near Mayadin" (each "near" gives a place hit, as the first one's does).
_ANOTHER_SITE_NEAR = re.compile(
    r"\band\s+(?:an?|the|another)\s+(?:[\w-]+\s+){1,3}(?:near|outside)\s+(?:the\s+)?$"
)
_NEAR = _Before(
    # (not a place listed as hit itself: "in Homs and near the capital Damascus")
    r"(?<!and\s)(?<!or\s)\b(?:near|close\s+to|outside|not\s+far\s+from|on\s+the\s+road\s+to)\s+"
    r"(?:the\s+)?"
    # "near the northern Israeli port city of Haifa"
    r"(?:(?:[\w-]+\s+){0,4}?(?:city|town|port|capital|village)\s+(?:of\s+)?)?$"
    # "Cherkaska Lozova, on the northern outskirts of Kharkiv", "Bucha, a suburb of Kyiv"
    r"|\b(?:on|at)\s+the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    # ("Beit Jinn, a farming village on the slopes of Mount Hermon")
    r"(?:outskirts|edge|fringes?|slopes?|foot|foothills)\s+of\s+(?:the\s+)?"
    # ("Ain el-Helweh, ..., on the edge of the southern city of Sidon")
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|capital|port)\s+of\s+)?$"
    r"|\bsuburbs?\s+of\s+(?:the\s+)?$",
    ends=(
        "near", "to", "outside", "from", "the", "of", "city", "town", "port", "capital", "village",
    ),
)
_VENUE = _Before(
    r"\b(?:talks|negotiations|meeting|meetings|summit|conference|delegates?|delegations?|visit(?:ed|ing)?|"
    # ("a day before Ukrainian and Russian negotiators were due to meet again in Abu Dhabi")
    r"negotiators?|envoys?|mediators?|meet|meets|"
    r"arriv(?:ed|es|ing)|travel(?:l?ed|ling)|flew|met|bound\s+for|destined\s+for|headed\s+(?:for|to)|"
    r"exported\s+to|shipped\s+to|"
    r"summoned|hosted|fled(?:\s+to)?|evacuated\s+to|refugees?\s+in|signed|signing|"
    # a truce's venue: "A humanitarian truce agreed in Moscow on October 10 has collapsed"
    r"agreed|brokered|negotiated|mediated|"
    # where someone spoke: "Speaking to Al Jazeera in Doha, where he lives, Haniyeh said"
    r"speaking|spoke|interviewed)\b"
    r"(?:\s+[\w-]+){0,5}\s+(?:in|at|to)\s+(?:the\s+)?$",
    ends=("in", "at", "to", "the"),
)
# A place visited: "while Prime Minister Mustafa al-Kadhimi was visiting the village of Kocho,
# a drone hit a car near the town of Sinjar".
_VISITED = _Before(
    r"\b(?:visit(?:s|ed|ing)?|tour(?:ed|ing))\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:village|town|city|"
    r"camp|region|province)\s+of\s+)?$",
    ends=("visit", "visits", "visited", "visiting", "toured", "touring", "of", "the"),
)
# ... in Ukrainian and Russian: "після підписання зернової угоди в Стамбулі"
_VENUE_CYRILLIC = _Before(
    # (or where someone was: "Хинштейн, находившийся в Москве на заседании")
    r"(?:підписан|подписан|переговор|зустріч|встреч|саміт|саммит|находивш|находясь|"
    r"перебуваюч|перебував)\w*(?:\s+[\w'’-]+){0,4}\s+"
    r"(?:в|у|на)\s+$",
    ends=("в", "у", "на"),
)
# Not a place at all, or not one that was hit: a person after a title ("negotiator Khalil"),
# a destination ("grain bound for Africa"), a place the attack claims to protect. (Several
# patterns, as each has its own ends.)
_TITLES = (
    "negotiator", "minister", "president", "commander", "leader", "chief", "general", "mayor",
    "governor", "officer", "envoy", "ambassador", "son", "daughter", "wife", "husband",
    "brother", "sister", "mr", "mrs", "ms", "dr", "sheikh",
)  # fmt: skip
# What a correction takes back: "Correction: an earlier entry said the attack happened in
# Pokrovsk; it was in Dobropillia", "An earlier version of this story, based on a social media
# post, said the missiles hit an apartment building in Kramatorsk" (read over
# ``_TAKEN_BACK_REACH`` characters before the place).
_TAKEN_BACK = _Before(
    r"\b(?:an\s+|the\s+)?earlier\s+(?:entry|version|report|update|post|story)\s+"
    r"(?:[^;.:—]{0,60}?\s)?(?:said|stated|reported|misstated|wrongly|incorrectly)\b[^;.:—]*$",
    needs=("earlier",),
)
_TAKEN_BACK_REACH = 200
# ... and where an attack was repelled, listed after it: "Troops repelled drone raids on
# Kamensk-Shakhtinsky, Donetsk, Novoshakhtinsk and ... districts" (read over the same reach).
_REPELLED_ON = _Before(
    r"\b(?:repell?ed|repulsed|fended\s+off|beat\s+off)\s+(?:[\w-]+\s+){0,3}?(?:raids?|attacks?|"
    r"strikes?)\s+(?:on|against)\s+[^.;:]*$",
    needs=("repel", "repulsed", "fended", "beat"),
)
_NOT_HIT_BEFORE = (
    _Before(rf"\b(?:{'|'.join(_TITLES)})\s+$", ends=_TITLES),
    # a clock's place, beside the local time: "in the early hours of Friday local time, late
    # on Thursday evening in Washington"
    _Before(r"\blocal\s+time,?\s+(?:[\w-]+\s+){0,5}?in\s+$", ends=("in",)),
    # where a truce holds: "the parties accepted a ceasefire in Hodeidah"
    _Before(r"\b(?:ceasefire|cease-fire|truce)\s+(?:in|for|over)\s+(?:the\s+)?$",
            ends=("in", "for", "over", "the")),
    _Before(r"\bspokes\w+\s+$"),
    _Before(
        r"\b(?:bound|destined|headed|heading)\s+(?:for|to)\s+(?:the\s+)?$"
        r"|\b(?:exported|shipped|sold|delivered)\s+to\s+(?:the\s+)?$",
        ends=("for", "to", "the"),
    ),
    # what something is named after: "a new long-range drone they have named 'Yafa', after the
    # Arabic name of Jaffa"
    _Before(
        r"\b(?:named|called|dubbed)\b[^.;]{0,40}?\bafter\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:name\s+(?:of|for)\s+)?$",
        ends=("after", "the", "its", "of", "for"),
        needs=("after",),
    ),
    # where crowds gathered: "Thousands of mourners ... filled the streets of Saada on Monday to
    # bury children killed in last Thursday's air strike on a school bus in Dhahyan"
    _Before(
        r"\b(?:filled|fill|thronged|packed|marched\s+through|poured\s+into|took\s+to)\s+the\s+"
        r"streets\s+of\s+$",
        ends=("of",),
        needs=("streets",),
    ),
    # ground held, not hit: "as army consolidates hold on central Khartoum"
    _Before(
        r"\b(?:hold|grip|control)\s+(?:on|of|over)\s+(?:the\s+)?(?:(?:central|northern|southern|"
        r"eastern|western|most\s+of|much\s+of|all\s+of)\s+)?$",
        ends=("on", "of", "over", "the", "central", "northern", "southern", "eastern", "western"),
    ),
    # a war named by where it is waged, not a strike there: "promised more attacks until the
    # war on Gaza ended"
    _Before(
        r"\b(?:war|conflict|genocide|aggression)\s+(?:on|in|against)\s+(?:the\s+)?$",
        ends=("on", "in", "against", "the"),
    ),
    # where air defence fired, not what was hit: "explosions in the sky over Saratov and
    # Engels", "взрывов в небе над Саратовом и Энгельсом"
    _Before(
        r"\b(?:sky|skies)\s+(?:over|above)\s+(?:the\s+)?(?:[^,.;:]{1,40}?\s+and\s+)?$"
        r"|\b(?:в|у)\s+неб[еі]\s+над\s+(?:[^,.;:]{1,40}?\s+(?:и|і|та)\s+)?$",
        ends=("over", "above", "the", "and", "над", "и", "і", "та"),
    ),
    # the attack ranked among others on the place, not another place hit: "slammed into the
    # Sabreen market in Omdurman ..., in one of the deadliest attacks on the capital in months"
    _Before(
        r"\bone\s+of\s+the\s+(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+\w+)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|bombings|raids|assaults)\s+(?:on|in|against)\s+"
        r"(?:the\s+)?$",
        ends=("on", "in", "against", "the"),
    ),
    # ... or what missiles flew over: "its radars had tracked them over the Black Sea"
    _Before(
        r"\b(?:tracked|detected|spotted|flew|flying|passed|crossed|overflew)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:over|across)\s+(?:the\s+)?$",
        ends=("over", "across", "the"),
    ),
    # a river named by its bank: "on the left bank of the Dnipro", "на другом берегу Волги"
    _Before(
        r"\b(?:bank|banks|shore)\s+of\s+(?:the\s+)?(?:river\s+)?$"
        r"|\b(?:берег[уаи]?|березі|берегах)\s+(?:(?:річки|ріки|реки)\s+)?$",
        ends=("of", "the", "river", "берегу", "берега", "береги", "березі", "берегах", "річки",
              "ріки", "реки"),
    ),
    # a church's see: "The Episcopal Diocese of Jerusalem, which runs the hospital, said"
    _Before(
        r"\b(?:diocese|archdiocese|eparchy|patriarchate|patriarch|bishop|archbishop|"
        # ... and the sees a title joins: "Metropolitan Hilarion of Donetsk and Mariupol"
        r"metropolitan|metropolitanate)\s+(?:(?!area\b)[a-z][\w-]+\s+)?of\s+(?:the\s+)?"
        r"(?:[\w'’-]+\s+and\s+)?$",
        ends=("of", "the", "and"),
    ),
    # a mission's seat: "its mission at the United Nations in New York"
    _Before(
        r"\b(?:mission|delegation|envoy|ambassador|representative)\s+(?:to|at)\s+the\s+"
        r"(?:United\s+Nations|UN|U\.N\.)\s+in\s+$",
        ends=("in",),
    ),
    # a route's end: "a bus carrying 60 people from the border town of Mandera to Nairobi"
    # (not a span of strikes: "drones struck targets from Kursk to Belgorod")
    _Before(
        r"\b(?:carrying|travel(?:l)?ing|flights?|flying|bus|train|convoy|road|highway|route|"
        r"journey|trip|driving|sailing|heading|bound)\b[^.;:]{0,40}?\bfrom\s+[^,.;:]{1,60}?\s+to\s+"
        r"(?:the\s+)?$",
        ends=("to", "the"),
    ),
    # ... or a road's: "struck a car on the road between the villages of Ainata and Aitaroun"
    _Before(
        r"\b(?:road|highway|route)\s+between\s+[^,.;:]{1,60}?\s+and\s+$",
        ends=("and",),
    ),
    # ... or both, when the road places a site named before it: "an army position in
    # Al-Amiriyah, on the road between Qlayleh and Tyre"
    _Before(
        r"[\w'’-]+,\s+(?:on|along)\s+the\s+(?:main\s+)?(?:road|highway|route)\s+between\s+$",
        ends=("between",),
    ),
    # a police officer's post: "the deputy inspector general of police in Hyderabad"
    _Before(
        r"\b(?:inspectors?|superintendents?|commissioners?|chiefs?|heads?|directors?)\s+"
        r"(?:general\s+)?of\s+police\s+(?:in|for)\s+(?:the\s+)?$",
        ends=("in", "for", "the"),
    ),
    # whom news was given to, not where it happened: "the bombing continued after it had
    # alerted military officials in Kabul and Washington"
    _Before(
        r"\b(?:alerted|alerting|informed|informing|notified|notifying|warned|warning|contacted|"
        r"contacting|briefed|briefing|called|calling)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:officials|authorities|commanders|counterparts|headquarters|officers)\s+in\s+"
        r"(?:the\s+)?$",
        ends=("in", "the"),
    ),
    # where an attacker came from: "two gunmen from the town of Umm al-Fahm", "The gunman, a
    # 26-year-old from a village near Jenin" (not a bus's route: "from the border town of
    # Mandera to Nairobi" may be where it was hit)
    _Before(
        r"\b(?:gunm[ae]n|attackers?|assailants?|suspects?|bombers?|shooters?|militants?|"
        r"year-old)\s+from\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:town|city|village|camp|"
        r"district|province)\s+(?:of|near)\s+(?:the\s+)?$"
        # ... or from a village named, near the place: "two Palestinian relatives from Bani
        # Naim, near Hebron"
        r"|\b(?:gunm[ae]n|attackers?|assailants?|suspects?|bombers?|shooters?|militants?|"
        r"relatives|brothers|cousins|men)\s+from\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},?\s+"
        r"(?:near|outside)\s+(?:the\s+)?$",
        ends=("of", "near", "the", "outside"),
    ),
    # a way out or a heading, not a place hit: "let civilians leave the besieged city
    # towards Poltava", "fled to Zaporizhzhia", "drones flying towards Kyiv"
    _Before(
        r"\btowards?\s+(?:the\s+)?(?:(?:city|town|capital|village)\s+of\s+)?$"
        r"|\b(?:fled|flee|flees|fleeing|evacuated|evacuating|relocated|escaped|"
        # where the wounded were taken: "was flown to Miami for treatment"
        r"flown|airlifted|transferred|rushed)\s+(?:to|for)\s+"
        r"(?:the\s+)?$",
        ends=("toward", "towards", "to", "for", "the", "of"),
    ),
    # whose forces: "The Armed Forces of Ukraine struck a deployment point near Makeyevka"
    _Before(
        r"\b(?:armed\s+forces|army|military|navy|air\s+force|troops|forces|ministry\s+of\s+"
        r"defen[cs]e|government|president|leadership|regime)\s+of\s+(?:the\s+)?$",
        ends=("of", "the"),
    ),
    # where the effects were felt: "hit the dam, causing a blackout in Khartoum"
    _Before(
        r"\b(?:blackouts?|power\s+(?:cuts?|outages?)|outages?|shortages?)\s+(?:in|across|"
        r"throughout)\s+(?:the\s+)?(?:[^,.;]{0,40}?\b(?:including|such\s+as)\s+)?$",
        ends=("in", "across", "throughout", "the", "including", "as"),
    ),
    # where an alert sounded: "Air-raid sirens had sounded across the Dnipropetrovsk region and
    # in Kyiv shortly before the missiles struck" (Dnipro)
    _Before(
        r"\b(?:sirens?|alerts?|alarms?)\b[^.;]{0,30}?\b(?:sounded|sounding|blared|blaring|"
        r"wailed|wailing|went\s+off|declared|issued)\s+(?:[^.;]{0,60}?\s)?(?:across|in|over|"
        r"throughout)\s+(?:the\s+)?$",
        ends=("in", "across", "over", "throughout", "the"),
    ),
    # where the wounded are treated: "being treated for gunshot and machete wounds in Kumba,
    # Buea and Limbe"
    _Before(
        r"\b(?:treated|hospitali[sz]ed|admitted)\b[^.;]{0,60}?\bin\s+(?:the\s+)?"
        r"(?:[\w'’-]+(?:,\s+|\s+and\s+))*$",
        ends=("in", "the", ",", "and"),
        needs=("treated", "hospitali", "admitted"),
    ),
    # where a government sits: "The military government in Ouagadougou condemned the killings"
    _Before(
        r"\b(?:government|junta|regime)\s+in\s+$",
        ends=("in",),
    ),
    # where an organisation sits: "the government now based in Port Sudan", "headquartered in"
    _Before(
        r"\b(?:based|headquartered|stationed|exiled)\s+in\s+(?:the\s+)?$",
        ends=("in", "the"),
    ),
    # ... in Russian and Ukrainian: "Базирующаяся в Лондоне «Сирийская обсерватория»"
    _Before(r"(?:базирующ|базуюч|базирова|базован)\w*\s+(?:в|у|во)\s+$", ends=("в", "у", "во")),
    # a place won or lost: "a new campaign of air strikes after losing the town of Gharyan"
    _Before(
        r"\b(?:losing|lost|loss\s+of|captured|capturing|capture\s+of|seized|seizing|seizure\s+of|"
        r"recaptured|recapturing|retook|retaking|fall\s+of)\s+(?:control\s+of\s+)?(?:the\s+)?"
        r"(?:(?:[\w-]+\s+)?(?:town|city|village|port|base)\s+of\s+)?$",
        ends=("of", "the", "losing", "lost", "captured", "capturing", "seized", "seizing",
              "recaptured", "recapturing", "retook", "retaking"),
    ),
    # a train's route: "на потяг Шостка — Київ" (the Shostka-Kyiv train was hit in Shostka)
    _Before(
        r"(?:потяг|поїзд|поезд|рейс|електричк|электричк)\w*\s+(?:№\s*\d+\s+)?"
        r"(?:[\w'’-]+\s*[—–-]\s*)?$"
    ),
    # a distance's origin: "в 75 километрах от Донецка", "за 20 км на північ від Харкова"
    _Before(
        r"(?:километр\w*|кілометр\w*|км)\s+(?:(?:к|на)\s+(?:север\w*|юг\w*|восток\w*|"
        r"запад\w*|північ|південь|схід|захід)\s+)?(?:от|від)\s+$",
        ends=("от", "від"),
    ),
    # a ship's flag: "судно під прапором Панами" ("Panama-flagged" is one word in English)
    _Before(r"(?:під\s+прапором|под\s+флагом)\s+$", ends=("прапором", "флагом")),
    # where the wounded were treated: "taken to hospitals in Mubi and the state capital Yola",
    # "being treated in hospitals in Sehwan, Jamshoro, Hyderabad and Karachi" (not "missiles
    # hit hospitals in Kharkiv")
    _Before(
        r"\b(?:to|in|at)\s+(?:a\s+|the\s+|local\s+|nearby\s+)?(?:hospitals?|clinics?)\s+"
        r"(?:in|across|at)\s+(?:the\s+)?(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?(?:,\s+|\s+and\s+|,\s+and\s+)"
        # ("driven across the border to hospitals in the Turkish town of Kilis")
        r"(?:the\s+)?){0,4}(?:(?:[\w-]+\s+)?(?:capital|city|town)\s+(?:of\s+)?)?$",
        ends=("in", "across", "at", "the", "and", ",", "capital", "city", "town", "of"),
        needs=("hospital", "clinic"),
    ),
    # ... in Ukrainian and Russian: "доставлена в больницу в Темрюке", "госпіталізували до
    # лікарні у Києві" (not "ракета влучила в лікарню у Харкові")
    _Before(
        r"(?:достав|госпіталіз|госпитализ|відвез|отвез|перевез|евакуйов|эвакуир)\w*\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:в|у|до)\s+(?:[\w'’-]+\s+)?(?:больниц|лікарн|госпитал|шпитал)\w*"
        r"\s+(?:в|у|во)\s+$",
        ends=("в", "у", "во"),
    ),
    # where someone spoke or visited: "Putin, speaking to soldiers at a military hospital in
    # Moscow, said the drone had been launched from Ukraine"
    _Before(
        r"\b(?:speaking|spoke|visiting|visited|addressing|addressed)\b[^.;]{0,60}?\b(?:at|in)\s+"
        r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:hospital|clinic|school|base|factory|ceremony|"
        r"meeting|summit|forum|conference|rally)\s+(?:in|at|near)\s+(?:the\s+)?$",
        ends=("in", "at", "near", "the"),
    ),
    # where the hospital staff who speak work: "Hospital officials at al-Aqsa Martyrs Hospital
    # in Deir al-Balah said dozens of wounded were brought in"
    _Before(
        r"\b(?:officials?|doctors?|medics?|staff|director|spokes(?:man|woman|person))\s+(?:at|of|from)"
        r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|medical\s+(?:centre|center|complex))"
        r"\s+in\s+(?:the\s+)?$",
        ends=("in", "the"),
    ),
    # where people spoke to reporters: "survivors told reporters in Dori"
    _Before(
        r"\b(?:told|telling|tells|said\s+to)\s+(?:reporters|journalists|the\s+media|the\s+press)\s+"
        r"in\s+(?:the\s+)?$",
        ends=("in", "the"),
    ),
    # the region a town told before lies in: "The attack happened on Sunday in the town in
    # Hama province" (the town is the place hit)
    _Before(
        r"\b(?:the|this|that)\s+(?:town|city|village)\s+in\s+(?:the\s+)?$",
        ends=("in", "the"),
    ),
    # where emergency rule was declared: "declared emergency rule in San Lorenzo and Eloy
    # Alfaro", "imposed a curfew in the town of Baga Sola"
    _Before(
        r"\b(?:state\s+of\s+emergency|emergency\s+rule|curfews?|martial\s+law)\s+"
        r"(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:declared|imposed|announced|extended|"
        r"ordered)\s+)?(?:in|on|over|across)\s+(?:the\s+)?"
        r"(?:(?:town|city|province|region|district)s?\s+of\s+)?$",
        ends=("in", "on", "over", "across", "the", "of"),
    ),
    # attacks an attack is compared to: "compared the ramming to recent truck attacks in Nice
    # and Berlin"
    _Before(
        r"\b(?:compared|compares|comparing|likened|likens)\s+(?:[\w'’-]+\s+){0,6}?(?:to|with)\s+"
        r"(?:[\w'’-]+\s+){0,5}?(?:in|on)\s+(?:the\s+)?$",
        ends=("in", "on", "the"),
    ),
    # where a war is waged, not this raid: "Haftar, who is waging a campaign against
    # Islamists in Benghazi, claimed responsibility"
    _Before(
        r"\b(?:waging|waged|wages|wage)\s+(?:(?:a|an|the|his|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:campaign|war|offensive|insurgency)\s+(?:against\s+(?:[\w'’-]+\s+){1,3}?)?in\s+"
        r"(?:the\s+)?$",
        ends=("in", "the"),
    ),
    # the earlier ones a ranking counts: "It is the third AU base to be overrun in a year, after
    # Leego and Janaale"
    _Before(
        r"\b(?:second|third|fourth|fifth|sixth|latest)\s+(?:[\w'’-]+\s+){0,8}?"
        r"(?:in\s+(?:a|the\s+past|the\s+last)\s+\w+,?\s+)?after\s+"
        r"(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+|,?\s+and\s+))*$",
        ends=("after", "and", ","),
    ),
    # where it was heard: "The blast was heard in nearby Misrata"
    _Before(
        r"\bheard\s+(?:[\w-]+\s+){0,3}?(?:in|across|throughout|as\s+far\s+(?:away\s+)?as)\s+"
        r"(?:nearby\s+|neighbouring\s+|neighboring\s+|the\s+)?$",
        ends=("in", "across", "throughout", "as", "nearby", "neighbouring", "neighboring", "the"),
    ),
    # ... in Ukrainian and Russian: "Вибухи вночі чули в Калуші, Хмельницькому", "взрывы
    # слышали в Курске"
    _Before(
        r"(?:чули|чути|чутно|чулися|слышали|слышны|слышно|слышались)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:в|у|во)\s+$",
        ends=("в", "у", "во"),
    ),
    # where ground fighting goes on: "на четвёртый день боёв в Курской области"
    _Before(
        r"(?:бо[её]в|боях|боїв|бої)\s+(?:[\w'’-]+\s+)?(?:в|у|во|за)\s+$",
        ends=("в", "у", "во", "за"),
    ),
    # a sea named for a place: "a ship in the Gulf of Aden", "the Sea of Azov"
    _Before(r"\b(?:gulf|sea|bay|straits?)\s+of\s+$", ends=("of",)),
    # the coast a munition fell in the sea off: "A second rocket landed in the sea off the
    # coast of central Israel"
    _Before(
        r"\b(?:in|into)\s+the\s+(?:sea|water)\s+(?:off|near)\s+(?:the\s+)?(?:coast\s+of\s+)?"
        r"(?:(?:north|south|east|west|central)[\w-]*\s+)?$",
        ends=("off", "near", "the", "of", "central", "north", "south", "east", "west", "northern",
              "southern", "eastern", "western"),
    ),
    # a ship named for a place: "the frigate HMS Plymouth", "the cruiser Moskva"
    _Before(
        r"\b(?:hms|uss|hmas|hmcs|ins|rfs|frigate|destroyer|cruiser|corvette|warship|submarine|"
        r"tanker|freighter)\s+$",
        ends=("hms", "uss", "hmas", "hmcs", "ins", "rfs", "frigate", "destroyer", "cruiser",
              "corvette", "warship", "submarine", "tanker", "freighter"),
    ),
    # a war to be ended, as a demand: "until Israel halted its offensive in Gaza"
    _Before(
        r"\b(?:halt|halts|halted|end|ends|ended|stop|stops|stopped|cease|ceases|ceased)\s+"
        r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:offensive|war|aggression|attacks|campaign|"
        r"bombardment|operations?|blockade|siege)\s+(?:in|on|of|against)\s+(?:the\s+)?$",
        ends=("in", "on", "of", "against", "the"),
    ),
    # a ground campaign, not a strike there: "to divert forces from the offensive on Mosul",
    # "the battle for Bakhmut" (an assault on a place is an attack, and stays one)
    _Before(
        r"\b(?:offensive|battle|campaign|push|drive)\s+(?:on|against|for|to\s+(?:re)?(?:take|"
        r"capture))\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
        ends=("on", "against", "for", "take", "retake", "capture", "recapture", "the", "of"),
    ),
    # a purpose given for the attack: "acting to protect the Druze community in Sweida",
    # "in solidarity with Palestinians in Gaza"
    _Before(
        r"\b(?:protect|protects|protecting|defend|defends|defending|safeguard|safeguarding|"
        r"solidarity\s+with|support\s+of)\b"
        r"(?:\s+[\w'’-]+){1,4}\s+(?:in|of)\s+(?:the\s+)?$",
        ends=("in", "of", "the"),
    ),
)
_AGGREGATE_BEFORE = _Before(
    r"\b(?:across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?$",
    ends=("across", "throughout", "over", "in", "the"),
)
# "around" a country or region is all over it; around a town, its vicinity ("strikes on the
# area around Masyaf"): told at the town, as "near" it is.
_AROUND_BEFORE = _Before(r"\baround\s+(?:the\s+)?$", ends=("around", "the"))
# Whose office a country or region is: "the Canal Hotel, the United Nations headquarters in
# Iraq" (the attack was in one town of it).
_SEAT_IN = _Before(
    r"\b(?:headquarters|mission|offices?|representative|envoy)\s+in\s+(?:the\s+)?$",
    ends=("in", "the"),
)
# A river that names a town too: "a road bridge over the Dnipro", "on the right bank of the
# Dnipro" (a town takes no "the"; a sea does: "a drone over the Red Sea").
_RIVER_BEFORE = _Before(r"\b(?:over|across|along|banks?\s+of)\s+the\s+$", ends=("the",))
# Where a weapon was fired from ("missiles launched over the Caspian"), not what it was fired
# at ("air defences fired at drones over Isfahan": the drones were over their target).
_LAUNCH_OVER = _Before(
    r"\b(?:launched|fired(?!\s+at\b)|flying|flew)\b[^,;]*\bover\s+(?:the\s+)?$",
    ends=("over", "the"),
)
# ... or a site in a place it was launched from: "the mortar had been launched from beside a
# UN school sheltering displaced Gazans in Gaza City's Zeitoun neighbourhood" (not "missiles
# fired from ships hit targets in Kyiv"); searched in the whole sentence before the place.
_LAUNCHED_FROM = _Before(
    # (or whence they came: "Grad rockets came from the north-east, near Oktyabr")
    r"\b(?:launched|fired|came|come|coming)\s+from\s+(?:(?!\b(?:hit|hits|struck|killed|landed|"
    r"exploded|slammed|crashed|smashed|fell|and)\b)[^.;]){1,80}?\s(?:in|at|near|next\s+to|beside)"
    r"\s+(?:the\s+)?$",
    ends=("in", "at", "near", "to", "beside", "the"),
)
# Where munitions were stopped in the air, harm told nowhere in the sentence: no place hit.
_DOWNED_OVER = _Before(
    r"\b(?:shot\s+down|intercepted|downed|destroyed)\b[^,;]*\bover\s+(?:the\s+)?$",
    ends=("over", "the"),
)
_HARM_TOLD = compile_folded(
    r"\b(?:debris|fragments?|wreckage|fell|falling|damag\w*|injur\w*|wound\w*|kill\w*|"
    r"dead|hurt|hit|struck|fires?|blaze)\b"
)
# What locates the place named just before ("the town of Horlivka in Russian-controlled
# Donetsk"): the place that was hit is the first.
_CONTAINER_GAP = compile_folded(
    r"(?:\s+(?:district|city|town|village|area))?,?\s+(?:in|of)\s+(?:the\s+)?"
    # "in the Zakho district of Iraq's Kurdistan region"
    r"(?:[\w-]+['’]s\s+)?(?:[\w-]+-(?:controlled|held|occupied)\s+|occupied\s+)?"
)
# Whose people, beside a place hit named before: "killing 53 prisoners, most of them defenders
# of Mariupol's Azovstal plant" (alone, "Residents of Kharkiv said a missile hit a school"
# tells where).
_PEOPLE_OF = _Before(
    r"\b(?:defenders|residents|natives|citizens|survivors|veterans|evacuees|refugees)\s+of\s+"
    r"(?:the\s+)?$",
    ends=("of", "the"),
)
# An official "of" a place speaks for it ("The mayor of Kharkiv said a missile hit a school"),
# as "Kharkiv mayor" does (``names_official``).
_OFFICIAL_OF = _Before(
    r"\b(?:mayor|governor|head|chief|police|officials?|authorities|administration)\s+of\s+"
    # "governor of the neighbouring Turkish province of Hatay"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:province|region|oblast|state|governorate|district|"
    r"county)\s+of\s+(?:the\s+)?)?$",
    ends=("of", "the"),
)
# Who spoke from there, when they speak ("The U.S. embassy in Kyiv said", "several
# ambassadors in Kyiv said"), not an embassy hit ("next to Iran's embassy in Damascus").
_ENVOYS_IN = _Before(
    r"\b(?:embass(?:y|ies)|ambassadors?|consulates?|diplomats?|envoys?|correspondents?|"
    r"government|authorities|administration|mission|ministry|"
    # a news outlet's seat: "the Saba agency in Sanaa said a drone had targeted the base"
    r"agency|tv|television|channel|radio|newspaper)\s+(?:based\s+)?in\s+(?:the\s+)?$",
    ends=("in", "the"),
)
# Where the wounded were taken, to hospitals named in a list: "taken by ambulance and air force
# helicopter to Ziv hospital in Safed, Rambam in Haifa and Beilinson in Petah Tikva" (a longer
# reach than ``_NOT_HIT``'s).
_TAKEN_TO_HOSPITAL = _Before(
    r"\b(?:taken|took|rushed|evacuated|flown|airlifted|transferred|brought|driven)\b[^.;]{0,80}?"
    r"\bto\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?|medical\s+(?:centres?|"
    r"centers?))\s+in\s+(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?"
    r"[\w'’-]+(?:\s+(?:hospital|medical\s+(?:centre|center)))?\s+in\s+){0,3}$",
    ends=("in",),
    needs=("hospital", "clinic", "medical"),
)
_TAKEN_TO_REACH = 200  # characters before the place
# ... or where the wounded died or are treated: "died in a Dnipro hospital"
_DIED_IN_BEFORE = compile_folded(
    r"\b(?:died|treated|recovering|hospitali[sz]ed)\s+(?:later\s+)?(?:in|at)\s+(?:a|the)\s+$"
)
_HOSPITAL_AFTER = compile_folded(r"\s+(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\b")
# A hospital in a place, speaking of the wounded it treats ("The Galilee Medical Center in
# Nahariya said one of the wounded was in critical condition"), unless of a strike there too
# ("Tal Chiha hospital in Zahle said strikes on the outskirts of the town had caused damage").
_HOSPITAL_IN = _Before(
    r"\b(?:hospital|clinic|medical\s+(?:centre|center))\s+in\s+(?:the\s+)?$", ends=("in", "the")
)
_TELLS_HIT = compile_folded(
    r"\b(?:strikes?|struck|hit|shell|attack|bomb|missile|rocket|drone|raid|explos|blast)"
)
# An official's office in a place, speaking: "The governor's office in Turkey's neighbouring
# Hatay province said at least 13 people were killed" (in Afrin, across the border).
_OFFICE_IN = _Before(
    r"\b(?:governor|mayor|president|prime\s+minister|prosecutor)(?:'s|’s)\s+office\s+in\s+"
    r"(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:(?:neighbou?ring|southern|northern|eastern|western|"
    r"border)\s+)?$",
    ends=("in", "the", "'s", "’s", "neighbouring", "neighboring", "southern", "northern",
          "eastern", "western", "border"),
    needs=("office",),
)  # fmt: skip
# An emergency, police or prosecution service's office in a region, in Ukrainian or Russian
# (the folded text before the place).
_AGENCY_IN = re.compile(
    r"(?<!\w)(?:дснс(?:\s+україни)?|гунп|гу\s+дснс|гу\s+мчс|мчс|мвс|умвд|гу\s+мвд|"
    r"поліці[яїю]|полици[яи]|прокуратур[аиіуы]|оперштаб\w*)\s+(?:у|в)\s+$"
)
_CYRILLIC_IN = ("у ", "в ")
_SUBURB_OF_KEPT = compile_folded(
    r"['’]s\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"(?:suburb|suburbs|satellite\s+town|outskirts)\s+of\s+"
)
# Before a Ukrainian or Russian place name (folded): the hospitals the wounded are in, a
# train's or bus's destination (and the places listed after either).
_NOT_HIT_CYRILLIC = re.compile(
    r"(?<!\w)(?:(?:у|в|до)\s+(?:лікарн[іяю]\w*|больниц[аеыу]\w*|госпітал\w*|госпитал\w*)|"
    r"(?:потяг\w*|поїзд\w*|поезд\w*|автобус\w*|рейс\w*)\s+до|"
    # where what followed happened, not the attack: "завдав авіаудару по шляхопроводу біля
    # станції Барвінкове, через що в Слов'янську та Краматорську опинилися ... потяги"
    r"(?:через\s+що|через\s+це|внаслідок\s+чого|из-за\s+чего|из-за\s+этого|"
    r"вследствие\s+чего)\s+(?:у|в|во))"
    r"(?:\s+[\w'’-]+\s+(?:та|і|й|и))?\s+$"
)
# ... after a capital that opens the sentence: its government's word on the attack.
_BLAME_FROM_CYRILLIC = re.compile(
    r",?\s+(?:відповідальність|ответственность|заявили|заявляют|звинуватили|обвинили|"
    r"поклали|возложили|стверджують|утверждают|заперечують|отрицают)(?!\w)"
)
# A meeting held at the place, told after it in Ukrainian or Russian.
_HELD_AFTER = re.compile(
    r"\s(?:проходил[аио]?|проходит|проходять|проходят|відбувал[аио]?с[яь]|відбувається|"
    r"відбулас[яь]|відбувся|відбулося|состоял[аио]?с[ья]|состоится|відбудеться|пройдет)(?!\w)"
)
_HELD_STEMS = ("проход", "відбу", "состо", "пройд")
# Officials "in" a place who give figures or news (``_officials_seat``).
_OFFICIALS_IN = _Before(
    r"\b(?:officials?|authorities|police|administration|governments?|health\s+ministry|"
    r"sources?)\s+in\s+(?:the\s+)?$",
    ends=("in", "the"),
)
_IN_CONTAINER = compile_folded(r"\s+in\s+(?:the\s+)?(?:occupied\s+)?")
_FIGURES_AFTER = compile_folded(
    r"\s+(?:(?:has|have|had)\s+)?(?:put|puts|gave|give|gives|said|say|says|told|tells|tell|"
    r"reported|report|reports|confirmed|confirm|confirms|counted|estimated|estimate|estimates|"
    # ... or argue: "officials in Kyiv argue that fuel facilities feeding the army are fair targets"
    r"raised|revised|argue|argues|argued|insist|insists|insisted|claim|claims|claimed)\b"
)
_TOLL_PUT_AFTER = compile_folded(
    r"\s+(?:(?:has|have|had)\s+)?(?:put|puts|gave|give|gives)\s+(?:the|a|its)\s+(?:death\s+)?"
    r"(?:toll|figure)\b"
)
_SAID_ONLY = compile_folded(
    r"\s+(?:said|say|says|told|reported|confirmed)(?:\s+(?:late\s+|early\s+)?on\s+\w+)?\s*(?:[,.;]|$)"
)
_SPEAKER_AFTER = compile_folded(
    # ("The regional administration in Donetsk first said four civilians had died")
    r"^\s+(?:(?:first|initially|earlier|later|also|previously)\s+)?"
    r"(?:said|says|denied|denies|claimed|claims|accused|warned|insisted|announced|responded|"
    r"blamed|blames|acknowledges|acknowledged|admits|admitted|"
    # ("Lebanon's foreign ministry in Beirut instructed its mission at the United Nations")
    r"instructed|condemned|condemns|summoned|protested|"
    # ("bombed what New Delhi described as the largest training camp")
    r"described|describes|termed|labell?ed|characteri[sz]ed|"
    r"retaliated|has\s+said|has\s+denied)\b"
    # a petitioner: "Kyiv has long urged Washington to...", "Kyiv asked for help as..."
    r"|^\s+(?:(?:has|have|had)\s+)?(?:(?:long|repeatedly|again|also)\s+)?(?:asked|asks|urged|urges|"
    # an answer or a threat: "Washington has responded with strikes on the groups"
    r"responded|responds|retaliated|retaliates|vowed|vows|threatened|threatens|pledged|pledges|"
    r"called\s+(?:on|for)|calls\s+(?:on|for)|appealed|appeals|lobbied|pleaded|requested|demanded|"
    r"wants|wanted|sought|seeks|pressed|pushed\s+for)\b"
    # a government's stance: "said Ankara would not let Azaz fall", "Ankara regards the YBS as
    # an extension of the PKK"
    r"|^\s+(?:would|will)\s+(?:not|never)\s+(?:let|allow|accept|tolerate|stand)\b"
    r"|^\s+(?:regards|regarded|considers|considered|views|viewed)\s+(?:the|it|them|its|their)\b"
    # silent on it: "Kyiv did not comment on its involvement", "has declined to comment"
    r"|^\s+(?:(?:did|does|has|have|had)\s+not|declined\s+to|(?:has|have|had)\s+declined\s+to)\s+"
    r"(?:comment(?:ed)?|respond(?:ed)?|confirm(?:ed)?)\b"
    # Ukrainian and Russian: "Москва заявила", "Київ повідомив", "Киев свою причастность ... не
    # комментировал", "Киев ночной удар не комментировал"
    r"|^\s+(?:заяв|повідом|сообщ|стверджу|утвержда|звинува|обвиня|обвинил|запереч|отрица|"
    r"свою\s+причастн|свою\s+причетн|(?:[\w-]+\s+){0,3}?(?:не\s+)?(?:про)?коммент|"
    r"(?:[\w-]+\s+){0,3}?(?:не\s+)?(?:про)?комент)"
)
# "Donetsk regional governor said": an official's title, once the sentence named the place hit.
_OFFICIAL_AFTER = compile_folded(
    r"^(?:'s|’s)?\s+(?:(?:regional|region's|oblast|provincial|city|district|military|state|"
    r"local|vice|deputy|acting|former|[\w-]+-run|[\w-]+-installed|[\w-]+-appointed|"
    r"[\w-]+-backed|counter-?terrorism|security|special)\s+){0,2}(?:governor|mayor|head|leader|"
    r"chief|officials?|authorities|police|administration|"
    # ... or the state itself: "the terrorists of the Kyiv regime shelled Skadovsk"
    # (not "in Silame local government area", "the Kherson government building")
    r"regime|leadership|(?<!local\s)government(?!\s+(?:areas?|buildings?|offices?|quarter|"
    r"house|headquarters|compound))|"
    # ... or its forces, as victims or speakers: "Iraqi Kurdistan's counter-terrorism forces"
    r"(?:(?<='s\s)|(?<=’s\s))(?:[\w-]+\s+)?(?:forces|troops|units|service)|"
    r"council|emergency\s+services?|health\s+(?:ministry|authorities|officials)|"
    r"ministry\s+of\s+health|civil\s+defen[cs]e|rescuers|rescue\s+services?|medics|"
    # "the Borno State Emergency Management Agency"
    r"(?:emergency|disaster)\s+(?:management|response)|"
    r"prosecutors?|(?:government\s+)?media\s+office|"
    # a Ukrainian administration's initials, as translations keep them: "Head of Kharkiv OVA"
    r"ova|oda|mva|cma)\b"
)
# What the agency after a region's name did: it spoke ("Gaza's civil defence said").
_SPEECH_AFTER_TITLE = compile_folded(
    r"\s+(?:(?:has|have|had)\s+)?(?:said|says|reported|reports|told|announced|confirmed)\b"
)
# An official's title and the name after it (``text`` is folded: the name's capitals are
# gone, so two words after the title word).
_PERSON_AFTER_TITLE = compile_folded(
    r"\s+(?:[\w-]+\s+){0,2}?(?:governor|mayor|head|leader|chief)\s+[\w-]+\s+[\w-]+"
)
# A bank of the river named like a town (after "the": not "Voronezh's left bank", a city's).
_BANK_AFTER = compile_folded(
    r"^(?:'s|’s)\s+(?:right|left)\s+bank\b"
    # ... or a place along it: "the occupied town on the Dnipro upstream of Kherson"
    r"|^,?\s+(?:upstream|downstream|upriver|downriver)\b"
)
# A district named for its town ("in the Kupiansk district", "Poonch district"): the town
# stands for it. A city's districts are adjectives ("Shevchenkivskyi district") or are of
# the city ("the Podilskyi district of Kyiv"), and are left to the city.
# A Ukrainian hromada told in English as a "community" (not a body named so: "the Zamfara
# Community Protection Guards").
_COMMUNITY_UNIT = (
    r"community(?!\s+(?:[\w-]+\s+)?(?:guards?|police|protection|council|cent(?:re|er)|college|"
    r"radio|foundation|leaders?|members?|groups?)\b)"
)
_TOWN_DISTRICT_AFTER = compile_folded(
    rf"^\s+(?:district|raion|rayon|county|hromada|{_COMMUNITY_UNIT})\b"
)
_ITS_DISTRICT_AFTER = compile_folded(r"^\s+(?:district|districts|raion|rayon)\b")
_DISTRICT_OF = compile_folded(r"\s+(?:district|raion|rayon|county)\s+(?:of|in)\s+(?:the\s+)?")
_ADJECTIVAL = re.compile(r"(?:yi|iy|yy|ky|ska|ske|ne|ny)$")
# How the adjective of a Ukrainian city's district ends ("Sviatoshynskyi", "Sobornyi"), not a
# county's name ("Allegheny County").
_DISTRICT_ADJECTIVE = re.compile(r"(?:sky|skyi|skyy|skiy|skii|nyi|nyy)$")
# ... unless the district only locates a smaller place that was hit ("a village in the
# Kupiansk district", "the village of Almat in Lebanon's Jbeil district"): not the town.
_SMALLER_PLACE_BEFORE = compile_folded(
    r"\b(?:village|town|hamlet|settlement|camp)\b[^,.;]{0,30}?\s+in\s+(?:the\s+)?"
    # ("the town of Rzhyshchiv in Kyiv region's Obukhiv district")
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s)\s+)?$"
    # ... or a hromada's ("the Esman hromada of Shostka raion", "the Khotin hromada in Sumy
    # raion"), or the place just named ("Balakliia (Balakleya), in Izium raion")
    r"|\b(?:hromada|community|municipality)\s+(?:in|of)\s+(?:the\s+)?$"
    r"|[\w)],\s+in\s+(?:the\s+)?$"
)
# Where a speaker is ("In Kyiv, ..." opening a sentence), when it names where the attack was
# ("In Kyiv, Ukrainian officials said Russian bombs had killed several civilians in Donetsk").
_SPOKEN_IN = compile_folded(
    r",\s+(?:(?:[\w'’-]+\s+){0,4}?|"
    # (an official's title, then a name: "In Sanaa, the Houthi military spokesman Yahya Saree
    # said")
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|minister|governor|"
    r"commander|official|president|leader)\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?:said|says|told|reported|announced)\b"
)
# A facility named for a city, in a place named next: "the Zaporizhzhia nuclear power plant in
# Enerhodar" (hit: Enerhodar), "the Moscow oil refinery in Kapotnya" (a district of Moscow,
# within _SAME_PLACE_KM of it: hit, Moscow).
_FACILITY_IN = compile_folded(
    r"\s+(?:(?!(?:and|or|a|an|the|to|of|in|at|on)\s)[\w-]+\s+){0,3}?(?:plant|station|refinery|"
    r"airport|airbase|port|dam|factory|works|"
    r"prison|colony|depot|terminal|"
    # venues named after a place: "a Walmart near the Cielo Vista Mall in El Paso"
    r"mall|hotel|cinema|restaurant|stadium|theatre|theater|university|hospital|museum)\s+"
    r"(?:in|at|near)\s+(?:the\s+)?"
    r"(?:(?:town|city)\s+of\s+)?"
)
_FACILITY_NEEDS = (
    "plant", "station", "refiner", "airport", "airbase", "port", "dam", "factory", "works",
    "prison", "colony", "depot", "terminal", "mall", "hotel", "cinema", "restaurant", "stadium",
    "theat", "universit", "hospital", "museum",
)  # fmt: skip
_SAME_PLACE_KM = 25
_IN_BEFORE = compile_folded(
    word_start_alternation(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
)
# (an area is its place when a part of a country or a region follows: "the Masyaf area of
# central Syria", "the Silame area of Sokoto State"; not a part of a city: "the al-Mawasi area
# of Khan Younis", "the Syrets area of Shevchenkivskyi district")
_AFTER_SKIP = compile_folded(
    r"^(?:'s)?\s*(?:border|borders|frontier)\b|^\s+(?:port|city|town|village)\s+of\b|^\s+(?:park|gardens?|avenue|street|square|boulevard)\b"
    rf"|^\s+(?:district|neighbou?rhood|microdistrict|raion|hromada|{_COMMUNITY_UNIT}|"
    r"quarter|area(?!\s+of\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north|south|"
    r"east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s|(?:[\w'’-]+\s+){1,2}"
    r"(?:province|state|region|governorate|oblast|county|prefecture)\b))|region|"
    r"province|county|oblast|governorate|metropolitan\s+area|Medical\s+Cent(?:er|re)|spokes(?:person|man|woman))\b"
    # a firm named like a place: "employees of the Bazan group"
    r"|^\s+(?:group|company|corporation|holdings?|conglomerate|bureau)\b"
    # a state's or a city's force: "two sergeants of the Iowa National Guard", "Baghdad
    # Operations Command: a drone has struck a site inside Camp Taji"
    r"|^\s+(?:national|air\s+national)\s+guard\b|^\s+(?:operations|police|security)\s+command\b"
    # the war, the protests or the accords named for a place: "the deadliest attack of the
    # Nagorno-Karabakh war", "marking the anniversary of the Maidan protests"
    r"|^\s+(?:war|conflict|crisis|ceasefire|truce|protests?|revolution|uprising|agreements?|"
    r"accords?|process|format|protocol)\b"
    # a river named like a town: "the village of Vyshchetarasivka on the Dnipro river"
    r"|^\s+river\b"
    # a time zone: "on Thursday evening Washington time"
    r"|^\s+time\b"
    # a capital as the power that holds land: "in the part of Donetsk region Moscow controls"
    r"|^\s+(?:controls|controlled|occupies|annexed)\b"
    # a unit named for a town: "the Siversk operational-tactical group", "the Kupiansk direction"
    r"|^\s+(?:operational(?:-tactical)?|tactical)\s+(?:group|grouping|command)\b"
    # a sea or region naming a kind of resort: "this Red Sea diving resort" (the dateline's)
    r"|^\s+(?:[\w-]+\s+)?resorts?\b"
)
_REFERENCE_WORDS = ("retaliation", "response", "revenge", "reply", "reprisal")
_REFERENCE_BEFORE = compile_folded(
    word_start_alternation(rf"\b(?:{'|'.join(_REFERENCE_WORDS)})\s+(?:to|for)\b")
)
# A place as the power that acts, not the place hit: "Washington's campaign", "Moscow's war".
_POSSESSED_POWER = compile_folded(
    # ("the headquarters of Kyiv's 'anti-terrorist operation'")
    # (not "Kharkiv's rescue operation")
    r"^['’]s\s+(?:['‘\"“]?(?!(?:rescue|search|recovery|relief|clean-?up)\b)(?:[\w-]+\s+)?"
    r"operation\b|"
    r"campaign|government|administration|policy|decision|support|allies|ally|envoy|"
    r"position|response|war|offensive|forces|army|military|troops|president|leader|air\s+force|"
    r"navy|strikes|attacks|bombing\s+campaign|paramilitar(?:y|ies)|rebels|militias?|junta|"
    # what a government asks or offers: "despite Kyiv's calls for an unconditional ceasefire"
    r"calls|demands?|appeals?|requests?|proposals?|offers?|refusal|negotiators?|delegation|"
    # ... or says: "contradicting Tehran's insistence that nothing had been hit"
    r"insistence|claims?|assertions?|denials?|version|account|narrative|"
    r"(?:[\w-]+\s+)?(?:ministry|ministries|ministers?|parliament|"
    r"embassy|officials))\b"  # "by Somalia's education ministry": where, not what was hit
)
# A country's place told by its rank: "a drone attack on Russia's biggest Black Sea oil port"
# (the port is the place, told by the dateline or elsewhere; not a city's: "Okhmatdyt, Kyiv's
# largest children's hospital", which is in Kyiv).
_RANKED_IN_COUNTRY = compile_folded(
    r"['’]s\s+(?:biggest|largest|second[\s-]largest|third[\s-]largest|main|busiest|oldest|only)\b"
)
_BORDER_BEFORE = _Before(r"\bborder\s+(?:with|of)\s+(?:the\s+)?$", ends=("with", "of", "the"))
# A struck place is introduced as a location ("in X", "on X", "X's centre", "X was hit"),
# not as a subject doing something else ("Moscow was due to proclaim", "since Washington eased"):
# see ``_locative_before`` (these words, or a mark) and ``_LOCATIVE_AFTER``.
_LOCATIVE_WORDS = frozenset((
    "in", "at", "on", "near", "outside", "into", "onto", "over", "of", "toward", "towards", "along",
    "around", "across", "inside", "upon", "hit", "hitting", "struck", "striking", "strikes",
    "shelled", "shelling", "bombed", "bombing", "attacked", "attacking", "targeted", "targeting",
    "pounded", "pounding", "raided", "bombarded", "stormed", "storming", "ambushed", "and", "or",
    # ("a blast rocked Kabul", "explosions shook Kyiv"; "through" only after a blast's verb:
    # ``_TORE_THROUGH``)
    "rocked", "rocking", "shook", "shaking",
    # ("a drone attack damaged the Sterlitamak petrochemical plant")
    "damaged", "damaging", "destroyed", "destroying",
    # ("yesterday's barrage also reached Kharkiv, where missiles struck energy infrastructure")
    "reached", "reaching",
    # ("the Golani Brigade's training base next to Binyamina", "a camp beside Rafah")
    "next", "beside", "adjacent",
    *cyrillic.LOCATIVE_WORDS,
))  # fmt: skip
_LOCATIVE_WORD_BEFORE = compile_folded(
    word_start_alternation(
        rf"(?:{'|'.join(sorted(_LOCATIVE_WORDS))})\s+(?:the\s+)?"
        r"(?:(?!(?:since|when|after|before|as|while|because|until|where|which|who|that)\b)[\w'’-]+\s+){0,3}$"
    )
)
# ("two car bombs ripped through Nasiriyah"; not "a power line routed through Bamiyan")
_TORE_THROUGH = re.compile(
    r"\b(?:tore|torn|tearing|ripped|ripping|swept|sweeping)\s+through\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
_OPENING_QUOTES = "\"“'‘«"
_LOCATIVE_MARKS = "—–,/•▪"  # (and a round-up's bullet: "• Kherson city: a man was killed")
# A live blog's entry time opens the sentence ("14:05 Kharkiv mayor Ihor Terekhov says ...").
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?")
_LOCATIVE_AFTER = compile_folded(
    # (the place hit may be placed on the way: "The Zaporizhzhia Nuclear Power Plant in Ukraine
    # was hit")
    r"^(?:'s|’s|:|(?:,?\s+in\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?)?\s+(?:was|were|(?:has|had|have)\s+(?:also\s+|again\s+)?been|is|came|"
    r"has\s+come|had\s+come)\s+"
    r"(?:\w+\s+){0,2}?(?:hit|struck|shelled|attacked|bombed|targeted|under|fired|pounded|rocked|"
    r"shaken|rattled)|\s+(?:oil\s+|international\s+|military\s+)?(?:refinery|airport|port|station|"
    r"power\s+plant|airfield|air\s*base|"
    r"depot|terminal|plant|factory)"
    # the attack named by its place: "the Peshawar car bomb", "the Kramatorsk missile strike"
    r"|\s+(?:car\s+|truck\s+|suicide\s+)?(?:bomb(?:ing)?s?|blasts?|massacre|explosions?|"
    r"(?:missile\s+|air\s+|drone\s+|rocket\s+)strikes?)\b)"
)
_PREPOSITION_BEFORE = re.compile(
    word_start_alternation(r"\b(?:in|at|on|and|у|в|на|по|і|та|и)\s+(?:the\s+)?$", folded=False)
)
# A place's own figure before it, its noun or verb left out ("..., and seven in X", "and
# injured one in X", "and one injured in X").
_FIGURE_BEFORE = re.compile(
    r"(?:,|\band)\s+(?:(?:killed|killing|wounded|wounding|injured|injuring)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|several)\s+(?:(?:more|others?|people)\s+)?"
    r"(?:(?:(?:was|were)\s+)?(?:killed|wounded|injured|hurt)\s+)?(?:in|at|near)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A clause of its own, after a comma, telling the next place's toll ("Four people were killed
# in Odesa when debris struck a building, one person was killed in Lviv").
_TOLL_CLAUSE_BEFORE = re.compile(
    r",\s+(?=[^,;]*\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|hurt)\b"
    r"[^,;]*$)",
    re.IGNORECASE,
)
# Nothing but a list's joint between two places.
_LIST_ONLY = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:province|city|town|village|region|governorate|district|port)\s+of\s+)?",
    re.IGNORECASE,
)
# A region joined to the name before it ("Sanaa and the northern province of Saada").
# (Not after a comma alone: "in Hasbaya, southern Lebanon" says where Hasbaya is.)
# (``word_start_alternation``: ``re`` skips to an "a" or "o" instead of trying every position.)
_LISTED = re.compile(
    word_start_alternation(r"\b(?:and|or)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", folded=False)
)
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|\bта|\bі|\bй|\bи|\bабо|\bили)\s+(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:while|whereas|and|but|а|але|проте|но|однако)\b|w(?<!\w.)(?:hile|hereas)\b"
)


# A spot told only by its bearing or distance from a town ("a camp south of El Fasher", "a
# quarry a few kilometres from Mandera"): when the sentence names no place that was hit, the
# spot is in the town's region, unless it is far off or at sea.
_BEARING_FROM = compile_folded(
    r"(?:(?P<figure>\d[\d,.]*|a\s+few|several)\s+(?P<nautical>nautical\s+)?"
    r"(?P<unit>kilomet(?:re|er)s?|km|miles?)\s+(?:\([^)]*\)\s+)?)?"
    # (a distance "from" a town only with its figure: not "soldiers from Kharkiv")
    rf"(?:(?:to\s+the\s+)?\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
    rf"|(?(figure)from|(?!)))\s+{_FROM_WHAT}"
)
_AROUND_KM = 50  # farther off, the town's region may not hold the spot
_KM_PER_UNIT = {"k": 1.0, "m": 1.609}  # by the unit's first letter


@dataclass(frozen=True, slots=True)
class _Around:
    """The region around a town a sentence places its spot by ("north of ..."), at the town."""

    start: int
    end: int
    place: Place
    role: str = "place"


def area_around(text: str, offset: int, mentions: Sequence[_Mention]) -> _Around | None:
    """The region of the first town a sentence (``text``, at ``offset`` in the article) places
    a spot by (``_BEARING_FROM``), when that region is known and the spot not far off: where
    an attack told only that way was ("a hotel north of the town"). A capital stands for its
    outskirts ("a hotel north of Sanaa"): its region is often the city alone, and the land
    around it another province."""
    low = fold(text)
    for mention in sorted(mentions, key=attrgetter("start")):
        start = mention.start - offset
        found = _BEARING_FROM.search(low, max(0, start - 80), start)
        if found is None or found["nautical"] or getattr(mention, "role", "place") != "place":
            continue
        figure = found["figure"]
        if figure and figure[0].isdigit():
            away = float(figure.replace(",", "")) * _KM_PER_UNIT[found["unit"][0]]
            if away > _AROUND_KM:
                continue
        gazetteer = load_gazetteer()
        region = gazetteer.region_around(mention.place)
        if region is None and gazetteer.is_capital(mention.place):
            region = mention.place
        if region is not None:
            return _Around(mention.start, mention.end, region)
    return None



# A place mention a rule here reads: one `find_places` made, or a region `area_around` gave.
_Mention = PlaceMention | _Around


@dataclass(frozen=True, slots=True)
class StruckPlace:
    """A place a sentence reports as struck and the part of the sentence about it."""

    mention: _Mention
    seg_start: int
    seg_end: int
    # One of places named together ("Russia hit Kyiv and Pavlohrad ..., killing at least
    # 11"): the sentence's figures are their total, not this place's.
    shared: bool = False


_BEARING = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central")


def _locative_before(before: str) -> bool:
    """Whether the text before a place introduces it as a location: it opens the sentence or
    follows a dash, comma or slash, or a locative word and up to three words ("in the
    northern city of")."""
    tail = before.rstrip()  # the whitespace ``\s`` matches
    # (a quote opening the sentence opens it too: '"Kryvyi Rih. The toll ... has risen to 18')
    if not tail.strip(_OPENING_QUOTES) or tail[-1] in _LOCATIVE_MARKS or _CLOCK.fullmatch(tail):
        return True
    # ... or a bearing after a mark: "a camp in Tal as-Sultan, north-west Rafah"
    space = tail.rfind(" ")
    if (
        tail[-1] in "nt"  # (every bearing ends so: "north", "west", "eastern", "central")
        and _BEARING.fullmatch(tail, space + 1)
        and tail[:space].rstrip()[-1:] in _LOCATIVE_MARKS
    ):
        return True
    # The usual case needs no scan: a locative word right before, after a space ("hit in ").
    return (
        (len(tail) < len(before) and tail[tail.rfind(" ") + 1 :] in _LOCATIVE_WORDS)
        or _LOCATIVE_WORD_BEFORE.search(before) is not None
        or ("through" in before and _TORE_THROUGH.search(before) is not None)
    )


# The patterns before a place that drop it whatever else the sentence says (one ``_Before``
# test each in ``_is_reference`` would cost a call apiece, for each place: most fail on their
# ends). None of their ends holds a space, so whether ``tail`` ends with one of them is
# whether its last word (the text after its last space) does.
_NOT_HIT = (
    _ORIGIN, _DISTANCE, _VENUE, _VISITED, _VENUE_CYRILLIC, *_NOT_HIT_BEFORE, _AGGREGATE_BEFORE,
    _BORDER_BEFORE,
)  # fmt: skip
if any(" " in end for p in _NOT_HIT for end in p.ends):
    raise ValueError("an end of a _NOT_HIT pattern holds a space")
# The _NOT_HIT patterns whose ends a last word has (a few hundred words recur), as their
# needs and search: tested inline, as a call per pattern costs more than most tests.
_Patterns = tuple[tuple[tuple[str, ...], Callable[[str], object]], ...]
_Gate = tuple[frozenset[bytes], tuple[str, ...]]
_NOT_HIT_BY_WORD: dict[str, tuple[_Gate, _Patterns]] = {}
_MAX_WORDS = 10_000


def _gate(before: _Before) -> _Gate:
    """The words one of which every match of ``before`` holds, and the word starts to test
    as substrings (``word_gates.WordGate``); its ``needs`` where it names no ASCII words (the
    Cyrillic patterns)."""
    try:
        gate = WordGate(before.pattern.pattern)
    except ValueError:
        return frozenset(), before.needs
    return gate.words, gate.subs


# The last word before a place ("in", "the") may end a dozen of those patterns, a hundred
# literals between them; most texts before a place hold none of their words, and one test
# of the text's words tells so.
_NOT_HIT_GATES = tuple(_gate(p) for p in _NOT_HIT)


# The town named before, told as where the attack hit: "Medics at Nasser Hospital in Khan
# Younis say ... after Israeli air raids levelled homes in the southern city on Thursday".
_AS_THE_CITY = compile_folded(
    r"\bin\s+the\s+(?:(?:southern|northern|eastern|western|central|besieged|coastal|"
    r"frontline|front-line|embattled|border)\s+)?(?:city|town)\b(?!\s+of\b|['’]s)"
)


def _told_hit_as_the_city(text: str, end: int) -> bool:
    """Whether the folded sentence goes on, after a place ending at ``end``, to an attack "in
    the city" (``_AS_THE_CITY``, after an attack word): the town it names is where it hit."""
    if " the city" not in text and " the town" not in text and "ern city" not in text:
        return False
    told = _AS_THE_CITY.search(text, end)
    return told is not None and _TELLS_HIT.search(text, end, told.start()) is not None


def _not_hit_before(before: str, tail: str) -> bool:
    """Whether one of ``_NOT_HIT`` matches at the end of ``before`` (``tail``, as for
    ``_Before.search``)."""
    word = tail[tail.rfind(" ") + 1 :]
    entry = _NOT_HIT_BY_WORD.get(word)
    if entry is None:
        if len(_NOT_HIT_BY_WORD) > _MAX_WORDS:
            _NOT_HIT_BY_WORD.clear()
        chosen = [i for i, p in enumerate(_NOT_HIT) if word.endswith(p.ends)]
        gates = [_NOT_HIT_GATES[i] for i in chosen]
        entry = _NOT_HIT_BY_WORD[word] = (
            (frozenset().union(*(g[0] for g in gates)), tuple(sub for g in gates for sub in g[1])),
            tuple((_NOT_HIT[i].needs, _NOT_HIT[i].pattern.search) for i in chosen),
        )
    (words, subs), patterns = entry
    if words.isdisjoint(words_of(before)) and not contains_any(before, subs):
        return False
    for needs, search in patterns:  # ``_Before.ends_in``, inline
        for need in needs:
            if need in before:
                if search(before) is not None:
                    return True
                break
    return False


# Where a reaction came from, told first: "In Kabul, former president Hamid Karzai denounced
# the strike" (the Achin district was bombed).
_REACTION_AFTER = compile_folded(
    r",\s+(?:[\w.'’-]+\s+){1,6}?(?:denounced|condemned|critici[sz]ed|decried|deplored|"
    r"protested|rallied|marched)\b"
)
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n)in\s+$")
_REACTION_VERB_AFTER = compile_folded(
    r",\s+(?:denounced|condemned|critici[sz]ed|decried|deplored|said|told|called|urged|vowed)\b"
)


def _is_reference(
    text: str,
    start: int,
    end: int,
    earlier_kept: bool,
    town: bool,
    refers: bool,
    mention: _Mention | None = None,
) -> bool:
    """``text`` is folded (``casefold.fold``); ``town``: the name reads as a populated place;
    ``refers``: the sentence holds one of ``_REFERENCE_WORDS`` (else _REFERENCE_BEFORE
    cannot match); ``mention``: the name's, read when "district" follows it (a city's
    district named by its adjective is the city: ``_city_district``)."""
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if not (_locative_before(before) or _LOCATIVE_AFTER.match(after)):
        return True
    head = text[:start]
    tail = head.rstrip()  # for ``_Before.search`` on ``before`` and ``head``
    if (
        (_not_hit_before(before, tail) and not (town and _told_hit_as_the_city(text, end)))
        or _LAUNCH_OVER.search(head, tail)
        or _LAUNCHED_FROM.search(head, tail)
    ):
        return True
    if _TAKEN_TO_HOSPITAL.search(text[max(0, start - _TAKEN_TO_REACH) : start], tail):
        return True
    if _OUTAGE_ACROSS.search(text[max(0, start - _OUTAGE_REACH) : start], tail):
        return True
    window = text[max(0, start - _TAKEN_BACK_REACH) : start]
    if _TAKEN_BACK.ends_in(window) or _REPELLED_ON.ends_in(window):
        return True
    if _HOSPITAL_AFTER.match(after) and _DIED_IN_BEFORE.search(before):
        return True  # "another injured woman died in a Dnipro hospital on 11 September"
    if not town and _AROUND_BEFORE.search(before, tail):
        return True
    if town and _RIVER_BEFORE.search(before, tail):
        return True
    if before.endswith("the ") and _BANK_AFTER.match(after):
        return True  # a river's bank or course: "the small town on the Dnipro's right bank"
    if not town and _SEAT_IN.search(before, tail):
        return True
    if refers and _REFERENCE_BEFORE.search(text, 0, start):
        return True
    speaker = _SPEAKER_AFTER.match(after) is not None
    if speaker and (_ENVOYS_IN.search(before, tail) or _OFFICE_IN.search(before, tail)):
        return True
    if speaker and _HOSPITAL_IN.search(before, tail) and not _TELLS_HIT.search(text, end):
        return True
    if (
        speaker
        and not _IN_BEFORE.search(before)
        and not _OFFICIAL_OF.search(before, tail)
        and not _PEOPLE_OF.search(before, tail)
    ):
        return True
    if _REACTION_AFTER.match(text, end) and _OPENING_IN.search(before):
        return True
    if _REACTION_VERB_AFTER.match(text, end) and before.endswith(", in "):
        return True  # "Palestinian President Mahmoud Abbas, in Ramallah, condemned the killings"
    if _AFTER_SKIP.match(after) and not (  # (each alternative opens with ``^``)
        mention is not None and _ITS_DISTRICT_AFTER.match(after) and _city_district(mention)
    ) and not (
        town
        and _TOWN_DISTRICT_AFTER.match(after)
        and not _ADJECTIVAL.search(text, start, end)
        and not _SMALLER_PLACE_BEFORE.search(before)
    ):
        return True
    if after[:1] in "'’" and _POSSESSED_POWER.match(after):
        return True
    if (
        mention is not None
        and mention.place.precision != "place"
        and after[:1] in "'’"
        and (official := _OFFICIAL_AFTER.match(after)) is not None
        and _SPEECH_AFTER_TITLE.match(after, official.end())
    ):
        return True  # a region's agency that speaks: "..., Gaza's civil defence said"
    if before.endswith(" of ") and _OFFICIAL_AFTER.match(after) and _PERSON_AFTER_TITLE.match(
        text, end
    ):
        return True  # "supporters of Buluan vice mayor Esmael Mangudadatu": whose title
    return earlier_kept and (
        (_NEAR.search(before, tail) and not _ANOTHER_SITE_NEAR.search(before))
        or _PEOPLE_OF.search(before, tail)
        # "the head of the administration of the Kakhovka district, ..., said"
        or _OFFICIAL_OF.search(before, tail)
        or bool(_OFFICIAL_AFTER.match(after))
    )


def _officials_seat(low: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` in the folded sentence is where officials who give
    figures or news are ("officials in Ondo state put the death toll at 40")."""
    before = low[max(0, start - 60) : start]
    return (
        _OFFICIALS_IN.search(before, before.rstrip())
        and _FIGURES_AFTER.match(low, end) is not None
    )


def locates_off(before: str) -> bool:
    """Whether the text before a place ends in words that place something else off it
    ("in Sayyida Zeinab, south of Damascus", "near the capital", "10 km from")."""
    low = fold(before)
    tail = low.rstrip()
    return _NEAR.search(low, tail) or _DISTANCE.search(low, tail)


def names_official(sentence: str, end: int) -> bool:
    """Whether the place ending at ``end`` in ``sentence`` is part of an official's title
    ("Leningrad region governor Alexander Drozdenko said", "Kharkiv police said")."""
    return _OFFICIAL_AFTER.match(fold(sentence[end : end + 40])) is not None


def _is_town(
    low: str, end: int, following: _Mention | None, offset: int, mention: _Mention
) -> bool:
    """Whether the mention ending at ``end`` reads as a populated place, and not as a city's
    district named like a town ("the Mezzeh district of Damascus": ``following``'s)."""
    if mention.place.precision != "place":
        return False
    of = _DISTRICT_OF.match(low, end)
    return not (
        of is not None
        and following is not None
        and following.start - offset == of.end()
        and following.place.precision == "place"
    )


def _facility_namesakes(low: str, offset: int, ordered: list[_Mention]) -> set[int]:
    """Indexes of the mentions that only name a facility placed in the next one (``_FACILITY_IN``),
    or that are a district of the city the facility is named for."""
    found: set[int] = set()
    if len(ordered) < 2 or not contains_any(low, _FACILITY_NEEDS):
        return found  # (most sentences: no facility word)
    for i, (mention, following) in enumerate(pairwise(ordered)):
        at = _FACILITY_IN.match(low, mention.end - offset)
        if at is None or following.start - offset != at.end():
            continue
        # the facility is in its namesake when the next place is that place's district or a
        # region ("Sulaymaniyah airport in Iraq's Kurdistan region"), else in the next place,
        # which may be its namesake told by another name ("near the Shalkot police station
        # in Quetta": Shalkot is Quetta, and Quetta is what is told)
        inside = following.place.precision != "place" or (
            following.place != mention.place
            and _km(mention.place, following.place) <= _SAME_PLACE_KM
        )
        found.add(i + 1 if inside else i)
    for i, (mention, following) in enumerate(pairwise(ordered)):
        # a facility named for the town beside the place told first: "In Kotovsk, ... a drone
        # came down on the grounds of the Tambov gunpowder plant" (hit: Kotovsk)
        if (
            mention.place.precision == "place"
            and following.place != mention.place
            and _FACILITY_NAMED.match(low, following.end - offset) is not None
            and _km(mention.place, following.place) <= _SAME_PLACE_KM
        ):
            found.add(i + 1)
    return found


# A facility's noun after a town's name, the facility placed nowhere else ("the Tambov
# gunpowder plant"; not "the Tambov plant in Kotovsk": ``_FACILITY_IN``).
_FACILITY_NAMED = compile_folded(
    r"\s+(?:(?!(?:and|or|a|an|the|to|of|in|at|on)\s)[\w-]+\s+){0,2}?(?:plant|refinery|factory|"
    r"works|depot|terminal)\b(?!\s+(?:in|at|near)\b)"
)


# The ends of a route told by its named stops: "a train on the Barvinkove–Kharkiv–Chop route",
# "the Kyiv-Odesa highway" (the train was hit elsewhere, at a place told apart).
_ROUTE_JOIN = re.compile(r"\s*[–—-]\s*")
_ROUTE_NEEDS = ("–", "—", "-")
_ROUTE_AFTER = compile_folded(
    # ("a carriage of the Kherson–Lviv passenger train")
    r"\s+(?:(?:passenger|intercity|express|night|freight|cargo|gas|oil|main)\s+)?"
    r"(?:route|line|train|highway|road|motorway|railway|railroad|pipeline|corridor|"
    r"flights?|bus(?:es)?)\b"
)


_UNLISTED_STOP_AFTER = compile_folded(rf"\s*[–—-]\s*[\w'’]+{_ROUTE_AFTER.pattern}")
_UNLISTED_STOP_BEFORE = re.compile(r"[\w'’]\s*[–—-]\s*$")


def _route_ends(low: str, offset: int, ordered: list[_Mention]) -> set[int]:
    """Indexes of the mentions that are the named stops of a route (``_ROUTE_AFTER``)."""
    found: set[int] = set()
    first = 0
    for i in range(1, len(ordered) + 1):
        joined = i < len(ordered) and (
            _ROUTE_JOIN.fullmatch(low, ordered[i - 1].end - offset, ordered[i].start - offset)
            is not None
        )
        if joined:
            continue
        end = ordered[i - 1].end - offset
        if i - first > 1 and _ROUTE_AFTER.match(low, end):
            found.update(range(first, i))
        elif i - first == 1 and (
            # one stop the gazetteer knows, joined to one it does not: "on the Quetta–Taftan
            # highway", "the Taftan–Quetta road"
            _UNLISTED_STOP_AFTER.match(low, end)
            or (
                _ROUTE_AFTER.match(low, end)
                and _UNLISTED_STOP_BEFORE.search(low, 0, ordered[i - 1].start - offset)
            )
        ):
            found.add(i - 1)
        first = i
    return found


def _km(a: Place, b: Place) -> float:
    """Distance between two places (infinite when one has no coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return distance_km(a.lat, a.lon, b.lat, b.lon)


# What a munition was aimed at, not always what it hit.
_AIMED_AT = compile_folded(
    r"\b(?:aimed|directed)\s+(?:at|towards?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$"
)


def struck_places(text: str, offset: int, mentions: Sequence[_Mention]) -> list[StruckPlace]:
    """The places struck in one sentence (``text`` starts at ``offset`` in the article), in
    order. A place named twice has both stretches ("Missiles struck Kharkiv and Zaporizhzhia,
    killing three in Kharkiv and two in Zaporizhzhia": its own figure is in the second)."""
    if not mentions:  # most sentences name no place
        return []
    kept: list[_Mention] = []
    earlier = False  # whether a place finer than a country is kept
    dropped_last = False
    low = fold(text)
    refers = contains_any(low, _REFERENCE_WORDS)
    ordered = sorted(mentions, key=attrgetter("start"))
    # names of something else: a facility named for a town, a route's stops
    not_hit = _facility_namesakes(low, offset, ordered)
    if contains_any(low, _ROUTE_NEEDS):
        not_hit |= _route_ends(low, offset, ordered)
    for i, mention in enumerate(ordered):
        if getattr(mention, "role", "place") != "place":
            continue
        if i in not_hit:
            dropped_last = True
            continue
        start, end = mention.start - offset, mention.end - offset
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        if _told_as_other_than_hit(low, start, end, mention.place.precision):
            dropped_last = True
            continue
        if (
            (not mention.place.country_code and _at_sea_elsewhere(low, end, kept))
            or _PART_OF_THE_CITY.match(low, end)
            or (
                following is not None
                and following.place.precision == "place"  # (not "an area of Khogyani district")
                and (
                    (
                        low.startswith(",", end)
                        and _PART_OF_NAMED.fullmatch(low, end, following.start - offset)
                        is not None
                    )
                    # "in the Komsomolets housing estate of Horlivka's Nikitovsky district"
                    or _ESTATE_OF.fullmatch(low, end, following.start - offset) is not None
                )
            )
        ):
            dropped_last = True
            continue
        if following is not None and _namesake_in(low, offset, mention, following):
            dropped_last = True
            continue
        if (
            following is not None
            and following.place.precision == "place"
            and _AIMED_AT.search(low, max(0, start - 40), start) is not None
            and not low.startswith((",", " and ", " or "), end)  # (not a list of aims)
        ):
            continue  # where it was aimed, when the sentence goes on to where it hit: "a
            # barrage aimed at the Haifa bay suburbs killed two ... on the outskirts of Kiryat Ata"
        if (
            kept
            and low.startswith((" district", " township", " tehsil", " county"), end)
            and _LOCATOR_GAP.fullmatch(low, kept[-1].end - offset, start) is not None
        ):
            continue  # the district a village kept lies in: "Kanan village in Khampat
            # township, Tamu district" is in Kanan, "Pa Zi Gyi village, Kanbalu township" in
            # Pazigyi
        if (
            kept
            and kept[-1].place.precision == "place"
            and low[kept[-1].end - offset : start] in POSSESSIVES
            and _CITY_DISTRICT_AFTER.match(low, end) is not None
        ):
            continue  # a district of the city kept: "in Sochi's Adler district" is in Sochi
        if (
            kept
            and mention.place.precision == "place"
            and _SUBURB_OF_KEPT.fullmatch(low, kept[-1].end - offset, start) is not None
        ):
            # a town the city kept has as its suburb: "in Tripoli's eastern suburb of Tajura"
            kept[-1] = mention
            dropped_last = False
            continue
        listed = dropped_last and _LIST_BEFORE.search(text, max(0, start - 8), start) is not None
        # ... and the region a dropped place is said to be in ("the gunmen came from Hebron in
        # the occupied West Bank")
        listed = listed or (
            dropped_last
            and i > 0
            and mention.place.precision != "place"
            and _IN_CONTAINER.fullmatch(low, ordered[i - 1].end - offset, start) is not None
        )
        # ... or a part of a dropped place, told after its possessive ("launched from beside a
        # school in Gaza City's Zeitoun neighbourhood")
        listed = listed or (
            dropped_last and i > 0 and low[ordered[i - 1].end - offset : start] in POSSESSIVES
        )
        # An official's title is where the official speaks for, when the sentence names
        # another place ("Leningrad region governor ... said drones were shot down near
        # Kirishi and debris caused a fire").
        official = following is not None and (
            names_official(text, end) or (start == 3 and _SPOKEN_IN.match(low, end) is not None)
        )
        # Officials "in" a region holding a place hit before speak from there ("an attack
        # on a church in Owo, and officials in Ondo state put the death toll at 40").
        # ... as do those in a town who only speak after it ("a military airfield in the
        # Morozovsk district ..., sources in Kyiv said on Friday"), not who report an attack
        # of their own ("officials in Izium reported shelling too")
        if (
            kept
            and _officials_seat(low, start, end)
            and (
                any(_inside(m.place, mention.place) for m in kept)
                if mention.place.precision != "place"
                else _SAID_ONLY.match(low, end) is not None
            )
        ) or (
            # ... or put the toll of an attack the sentence places after them ("Officials in
            # Srinagar have put the death toll from ... the attack on tourists at the Baisaran
            # meadow above Pahalgam at 26")
            following is not None
            and _officials_seat(low, start, end)
            and _TOLL_PUT_AFTER.match(low, end) is not None
        ):
            dropped_last = True
            continue
        if (
            mention.place.country_code  # (a sea is where the drone was: not the dateline)
            and " over " in low
            and _DOWNED_OVER.search(low[:start], low[:start].rstrip())
            and _HARM_TOLD.search(low) is None
        ):
            dropped_last = True  # "most of them were shot down over Mykolaiv and Odesa oblasts"
            continue
        # A country kept before is no place that "near X" or "X's people" could be told
        # beside ("Sudan's paramilitary RSF shelled a camp near El Fasher").
        contained = bool(kept) and bool(_CONTAINER_GAP.fullmatch(low, kept[-1].end - offset, start))
        dropped_last = (
            listed
            or official
            or contained
            or _is_reference(
                low,
                start,
                end,
                earlier,
                _is_town(low, end, following, offset, mention),
                refers,
                mention,
            )
        )
        if not dropped_last:
            kept.append(mention)
            # (a sea does not make "near X" a reference: "ships in the Sea of Azov near
            # Berdiansk" were hit off Berdiansk)
            earlier = earlier or (
                mention.place.precision != "country" and bool(mention.place.country_code)
            )
    if len(kept) < 2:  # (most sentences) a lone place is finest, and the sentence its stretch
        return [StruckPlace(m, offset, offset + len(text)) for m in kept]
    kept = [m for clause in _by_clause(text, offset, kept) for m in _finest(text, offset, clause)]
    return _segments(text, offset, kept)


# Where an outage reached, not what was hit: "cutting electricity across River Nile and Red
# Sea states and parts of Omdurman".
_OUTAGE_ACROSS = _Before(
    r"\b(?:cut(?:ting|s)?|knock(?:ing|ed|s)?\s+out|disrupt(?:ing|ed|s)?)\s+(?:off\s+)?(?:the\s+)?"
    r"(?:electricity|power|water|gas|heating)(?:\s+supplies?|\s+supply)?\s+(?:across|to|in|for)\s+"
    r"[^.;,]{0,80}?$",
)
_OUTAGE_REACH = 140  # characters before the place


# What lies between a village and the district it is told to be in: "Kanan village in
# Khampat township, Tamu district".
_LOCATOR_GAP = re.compile(
    r"(?:\s+(?:village|town))?(?:\s+in\s+[\w'’ -]{1,40}?\s+(?:township|tehsil|county))?,\s+"
)


def _namesake_in(low: str, offset: int, mention: _Mention, following: _Mention) -> bool:
    """Whether a name put in the town named next is a part of that town named like a place
    elsewhere: a place abroad ("the residential districts of Al-Sad Al-Ali, Al-Riyadh and Texas
    in Nyala": not Texas, a state of the US), or one far off when the town is told as a city
    ("the adjacent al-Hal (vegetables) market in Idleb city": not Al Hawl)."""
    if following.place.precision != "place":
        return False
    into = _IN_TOWN.fullmatch(low, mention.end - offset, following.start - offset)
    if into is None:
        return False
    if mention.place.country_code != following.place.country_code:
        return True
    as_city = into["city"] is not None or _CITY_AFTER.match(low, following.end - offset)
    return bool(as_city) and _km(mention.place, following.place) > _NAMESAKE_KM


def _city_district(mention: _Mention) -> bool:
    """Whether a mention names one of its city's districts by the district's adjective, which
    the gazetteer gives the city ("Sviatoshynskyi" is Kyiv's): not an adjective made of the
    city's own name ("Kupianskyi" district is the one around Kupiansk)."""
    if not isinstance(mention, PlaceMention):
        return False
    surface = mention.surface
    return (
        mention.place.precision == "place"
        and _DISTRICT_ADJECTIVE.search(surface) is not None
        and fold(surface[:4]) != fold(mention.place.name[:4])
    )


def _told_as_other_than_hit(low: str, start: int, end: int, precision: str) -> bool:
    """Whether the words around a place (``low[start:end]``, folded) make it something other
    than a place hit: an agency's seat ("повідомили в Головному управлінні ДСНС у Харківській
    області"), where the wounded are treated or a train goes ("їх лікують у лікарнях Нікополя та
    Дніпра", "потяг до Києва"), a capital that speaks ("У Москві відповідальність за удар
    поклали на українську армію"), a meeting's venue ("когда в Гааге проходила конференция"),
    or a country's place told by its rank ("Russia's biggest Black Sea oil port")."""
    if "\u0400" <= low[start : start + 1] <= "\u04ff":
        if low[start - 2 : start] in _CYRILLIC_IN and _AGENCY_IN.search(
            low, max(0, start - 40), start
        ):
            return True
        if _NOT_HIT_CYRILLIC.search(low, max(0, start - 50), start) is not None:
            return True
        if start <= 3 and _BLAME_FROM_CYRILLIC.match(low, end) is not None:
            return True
    if precision != "place" and _RANKED_IN_COUNTRY.match(low, end):
        return True
    return low.startswith(_HELD_STEMS, end + 1) and _HELD_AFTER.match(low, end) is not None


# A sea named for what lies on it: "the Red Sea port of Hodeidah", "the Black Sea Fleet".
_SEA_ADJECTIVE = compile_folded(
    # (with a word between: "Russia's biggest Black Sea oil port")
    r"\s+(?:(?:oil|naval|grain|main|major|key|fishing|holiday)\s+)?(?:ports?|city|cities|coast|"
    r"coastal|resorts?|towns?|islands?|fleet|shipping\s+lanes?|terminals?|naval\s+base)\b"
)


def _at_sea_elsewhere(low: str, end: int, kept: list[_Mention]) -> bool:
    """Whether a sea (gulf, strait) that ends at ``end`` of the folded sentence names what lies
    on it, or a sea already kept holds the spot ("near the Bab el-Mandeb strait at the southern
    end of the Red Sea")."""
    return _SEA_ADJECTIVE.match(low, end) is not None or any(
        not m.place.country_code for m in kept
    )


def _by_clause(text: str, offset: int, mentions: list[_Mention]) -> list[list[_Mention]]:
    """The mentions grouped by the clause they are in (``_CLAUSE_BREAK``)."""
    groups: list[list[_Mention]] = []
    breaks = [m.start() + offset for m in _CLAUSE_BREAK.finditer(text)]
    clause = -1
    for mention in mentions:
        at = bisect_right(breaks, mention.start)
        if at != clause or not groups:
            groups.append([])
            clause = at
        groups[-1].append(mention)
    return groups


def _finest(text: str, offset: int, mentions: list[_Mention]) -> list[_Mention]:
    """In one clause, a region or country beside a finer place is where that place is
    ("Kharkiv, Kharkiv region"), not another place hit; but a region listed with places and
    none of them in it was hit too ("strikes on Sanaa and the northern province of Saada").
    Another clause's region is ("at the Dyagilevo base in Ryazan region ..., while at the
    Engels base in Saratov region")."""
    finest = min((PRECISION_RANK.get(m.place.precision, 2) for m in mentions), default=2)
    places = [m.place for m in mentions if m.place.precision == "place"]
    # (a district is finer than the first-level region told with it: "in Manipur's Chandel
    # district")
    holders = {
        m.place.admin1
        for m in mentions
        if m.place.precision == "region" and m.place.admin1 not in (None, m.place.name)
    }
    return [
        m
        for i, m in enumerate(mentions)
        if (PRECISION_RANK.get(m.place.precision, 2) == finest and m.place.name not in holders)
        or (
            m.place.precision == "region"
            and i > 0
            and _LISTED.search(text, 0, m.start - offset) is not None
            and not any(_inside(p, m.place) for p in places)
        )
    ]


def _inside(place: Place, region: Place) -> bool:
    """Whether ``place`` lies in ``region`` (an unknown first-level region may)."""
    return place.country_code == region.country_code and (
        place.admin1 is None or place.admin1 in (region.name, region.admin1)
    )


def _segments(text: str, offset: int, mentions: list[_Mention]) -> list[StruckPlace]:
    bounds = [0]
    for prev, cur in pairwise(mentions):
        lo, hi = prev.end - offset, cur.start - offset
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, lo, hi)]
        other = other_attack_start(text, lo, hi)
        if other < hi:  # "..., and injuring 64, a day after a strike on Poltava killed 50"
            bounds.append(other)
        elif breaks:
            bounds.append(breaks[-1])
        else:
            # The next place's stretch opens with its preposition ("..., and in Dnipro"),
            # else at the place (or before a closing newline, where ``$`` also matches).
            between = text[lo:hi]
            prep = _PREPOSITION_BEFORE.search(between)
            figure = _FIGURE_BEFORE.search(between)
            toll = _TOLL_CLAUSE_BEFORE.search(between)
            if figure:  # "killed 12 in Rafah and seven in Deir al-Balah": the seven are there
                bounds.append(lo + figure.start())
            elif toll:
                bounds.append(lo + toll.start())
            elif prep:
                bounds.append(lo + prep.start())
            else:
                bounds.append(hi - 1 if between.endswith("\n") else hi)
    bounds.append(len(text))
    shared = [False] * len(mentions)
    for i, (prev, cur) in enumerate(pairwise(mentions)):
        if _LIST_ONLY.fullmatch(text, prev.end - offset, cur.start - offset):
            shared[i] = shared[i + 1] = True
    return [
        StruckPlace(m, offset + bounds[i], offset + bounds[i + 1], shared[i])
        for i, m in enumerate(mentions)
    ]
