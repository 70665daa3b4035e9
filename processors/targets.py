"""What was hit: the target category and the phrase that names it.

Categories follow the contract's ``Target``. The phrase is looked up after the attack word
first ("an air strike on a maternity hospital"), because sentences also name places that
were not hit ("taken to hospital", "according to Wolfson Medical Center").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from newswatch.contracts import Target
from processors import cyrillic
from processors.casefold import (
    compile_folded,
    contains_any,
    flat_alternatives,
    fold,
    literal_needs,
    pad,
    word_start_alternation,
)

# "nine-storey": the one phrase that opens with no literal; every match of it holds "-stor".
_STOREYED = r"\w+-stor(?:e)?y"
_LEXICON: tuple[tuple[Target, str], ...] = (
    ("humanitarian", r"(?:civilian|humanitarian|evacuation)\s+convoys?|convoys?\s+of\s+civilian|"
                     r"aid\s+(?:convoy|workers?|distribution(?:\s+(?:point|site|centre|center))?|"
                     r"warehouse|trucks?)|civil\s+defen[cs]e\s+(?:cent(?:re|er)s?|stations?|"
                     r"buildings?|offices?|teams?|crews?|headquarters)|humanitarian\s+\w+|(?:displacement|displaced|refugee|IDP|"
                     r"displaced\s+persons?|tent)\s+camps?|shelters?|UN\s+(?:facility|compound|"
                     r"shelter|premises|headquarters|house|building|offices?)|"
                     r"United\s+Nations\s+(?:headquarters|compound|building|offices?|house)|"
                     # (a UN school is a school, if a shelter too: "education")
                     r"UNRWA\s+(?!schools?\b)\w+|food\s+distribution|evacuation\s+point|"
                     r"camps?\s+(?:for|housing|sheltering)\s+(?:the\s+)?(?:displaced|refugees|"
                     r"internally)|"
                     # the displaced's tents, not a wedding's or a rally's ("ripped through tents
                     # put up for the wedding", "a convention held under a large tent")
                     r"tents?\s+(?:of|for|housing|sheltering)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                     r"(?:displaced|refugees|families|evacuees)|"
                     r"(?:displaced|refugees['’]?|evacuees['’]?)\s+(?:[\w'’-]+\s+)?tents?|"
                     r"tents?\s+(?:and\s+(?:makeshift\s+)?shelters|in\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,3}?(?:camp|humanitarian\s+zone))"),
    ("medical", r"(?:children's\s+|maternity\s+(?:and\s+children's\s+)?)?hospitals?|clinics?|"
                r"maternity(?:\s+ward|\s+home)?|medical\s+(?:cent(?:er|re)|facility|facilities|complex)|"
                r"ambulances?|health\s+(?:cent(?:er|re)|facility|facilities)|polyclinic|"
                r"(?:Medical|Health)\s+Cent(?:er|re)"),
    ("education", r"schools?|universit(?:y|ies)|kindergartens?|colleges?|lyceum|nursery|"
                  r"education(?:al)?\s+(?:institution|facility|facilities|cent(?:re|er)s?)|"
                  r"classrooms?|tutoring\s+cent(?:re|er)s?|campus|seminar(?:y|ies)|"
                  r"madrass?a(?:h)?s?|institutes?\s+of\s+(?:science|technology)"),
    ("religious", r"churche?s?|mosques?|cathedrals?|synagogues?|monaster(?:y|ies)|temples?|"
                  r"shrines?|parish(?:es)?|chapels?|basilicas?|places?\s+of\s+worship"),
    ("energy", r"power\s+(?:plants?|stations?|lines?|grid|infrastructure|facilit(?:y|ies))|"
               r"(?:thermal|hydroelectric|nuclear|combined\s+heat\s+and)\s+power|substations?|"
               r"refiner(?:y|ies)|energy\s+(?:infrastructure|facilit(?:y|ies)|sites?|objects?)|"
               r"(?:oil|fuel|gas)\s+(?:storage\s+(?:tanks?|facilit(?:y|ies)|sites?)|depots?|"
               r"terminals?|facilit(?:y|ies)|storage|pipelines?|tanks?|fields?|wells?)|"
               r"oilfields?|gasfields?|electricity\s+\w+|hydroelectric\s+dam|dam|"
               # "the world's largest crude oil processing facility", "an oil plant in Bryansk"
               r"(?:crude\s+)?(?:oil|gas)\s+(?:(?:processing|production|pumping|compressor)\s+"
               r"(?:plants?|installations?|facilit(?:y|ies)|stations?)|plants?|installations?)|"
               # oil stored in tanks, not a farm: "a tank farm at the Ras Tanura terminal"
               r"tank\s+(?:farms?|yards?)|petroleum\s+(?:tank\s+)?(?:yards?|depots?|storage|"
               r"tanks?)|"
               # a grid's parts and a plant's kind: "damaging an auxiliary transformer", "the
               # Salavat petrochemical complex", "the oil loading point", "two Aramco facilities"
               r"(?:auxiliary\s+|power\s+|electrical\s+)?transformers?|"
               r"(?:petrochemical|gas\s+processing|oil\s+processing)\s+(?:complex|plants?|"
               r"facilit(?:y|ies)|works)|(?:oil|fuel|gas)\s+(?:loading|transfer|pumping)\s+"
               r"(?:points?|stations?)|Aramco\s+(?:facilit(?:y|ies)|plants?|sites?)|"
               r"nuclear\s+(?:power\s+)?(?:plants?|stations?)|NPP|"
               # a plant by its abbreviation: "a strike on the Dobrotvir TPP", "Kyiv's CHPP-6"
               r"TPPs?|HPPs?|CHPPs?(?:-\d+)?"),
    ("transport", r"(?:railway|train|rail|bus|metro)\s+stations?|trains?|bridges?|seaports?|"
                  # a car hit, not one that carried the bomb: "a drone strike on a car"
                  r"cars?(?!\s+(?:bombs?|bombings?|packed|laden|loaded|rigged|parks?))|"
                  r"ports?(?!\s+(?:city|town)\b)|airports?|railway|rail\s+(?:line|depot|yard)|"
                  r"bus(?:es)?|minibus(?:es)?|harbou?r|(?:bike|cycle|bicycle)\s+(?:paths?|lanes?)|"
                  r"(?:passenger|cargo)\s+(?:ships?|vessels?)|grain\s+terminals?|"
                  # merchant shipping: "a Houthi missile hit the tanker", "the bulk carrier"
                  r"(?:oil\s+|chemical\s+|fuel\s+)?tankers?|bulk\s+carriers?|container\s+ships?|"
                  r"freighters?|(?:merchant|commercial)\s+(?:ships?|vessels?|shipping)|"
                  r"(?:bus|minibus|tram|trolleybus|public\s+transport)\s+stops?|"
                  r"(?:civilian|passenger)\s+(?:cars?|"
                  r"vehicles?)"),
    ("government", r"(?:regional|city|district|state|local)\s+administration(?:\s+building)?|"
                   r"(?:district|provincial|regional|governor's|governorate)\s+"
                   r"(?:headquarters|offices?|compound)|"
                   r"administration\s+building|administrative\s+building|(?:city|town)\s+hall|"
                   r"government\s+(?:building|offices?|headquarters)|council\s+building|"
                   r"police\s+(?:stations?|headquarters|compounds?|posts?|academ(?:y|ies)|"
                   r"recruitment\s+cent(?:re|er)s?)|ministry\s+(?:building|headquarters|compound)|"
                   r"parliament|consulates?|consular\s+(?:building|section|annex|offices?)|"
                   r"embass(?:y|ies)|diplomatic\s+(?:missions?|buildings?|premises|compound)|"
                   r"municipal(?:ity)?\s+(?:building|headquarters|offices?)|municipality|"
                   r"presidential\s+(?:palace|office|administration)|prisons?|jails?|"
                   r"detention\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|camps?)|"
                   # "stormed the headquarters of Libya's electoral commission"
                   r"(?:electoral|election)\s+commission|courthouses?|court\s+buildings?|"
                   r"courts\s+complex|central\s+bank(?:\s+building)?"),
    ("military", r"military\s+(?:training\s+)?(?:cent(?:re|er)|infrastructure|training)|navy|"
                 # "ambushed an army convoy", "bombed the Yarmouk arms factory"
                 r"(?:army|troop)\s+convoys?|(?:arms|weapons|munitions|ammunition)\s+"
                 r"(?:factor(?:y|ies)|plants?|works|stores?)|"
                 r"convoys?\s+of\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|police(?:men)?|"
                 r"paramilitar\w*|forces|army|military)|"
                 r"(?:army|military|troop)(?:['’]s)?\s+(?:camps?|posts?|encampments?|positions?)|"
                 r"military\s+parades?|bunkers?|"
                 # armed men as the object: "struck pro-government forces", not "struck by ..."
                 r"(?:struck|bombed|targeted|shelled|pounded)\s+(?:(?!by\b)[\w'’-]+\s+){0,2}?"
                 r"(?:forces|troops)|"
                 r"artillery\s+(?:pieces?|positions?|batter(?:y|ies)|guns?)|cantonments?|patrols?|"
                 # "destroyed tanks and armoured vehicles", "a column of Gaddafi's armour"
                 r"armou?red\s+(?:vehicles?|personnel\s+carriers?|columns?)|tank\s+columns?|"
                 r"columns?\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:armou?r|tanks)|"
                 # "struck a group of army reservists gathering near Kfar Giladi"
                 r"(?:group|gathering|column|unit)\s+of\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|"
                 r"reservists|servicemen|recruits|conscripts)|"
                 r"training\s+(?:cent(?:re|er)|ground|camp)s?|(?:military|air|naval|army)\s+bases?|bases?|airbase|airfields?|barracks|military\s+"
                 r"(?:positions?|facilit(?:y|ies)|installations?|targets?|sites?|headquarters|units?|police|"
                 r"vehicles?|convoy|academ(?:y|ies)|institutes?|airfields?|airports?|"
                 r"(?:aviation\s+|flight\s+|air\s+)?schools?)|"
                 r"(?:fleet|naval|army|navy)(?:['’]s)?\s+(?:headquarters|command)|general\s+staff|"
                 r"headquarters\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:fleet|army|navy|forces|command)|ammunition\s+depots?|arms\s+depots?|command\s+posts?|"
                 r"checkpoints?|(?:troop|army)\s+positions|air\s+defen[cs]e\s+systems?|"
                 r"safe\s+houses?|"  # an armed group's hideout
                 # "a drone hit Tower 22, a small US outpost", "a large arsenal holding missiles",
                 # "struck a training range where volunteers trained"
                 r"outposts?|arsenals?|(?:shooting|training|military)\s+"
                 r"ranges?|"
                 r"(?:temporary\s+)?deployment\s+(?:points?|sites?|areas?)|warships?|submarines?|"
                 r"air\s+defen[cs]e\s+(?:units?|batter(?:y|ies)|sites?|positions?|radars?)|radars?|"
                 r"missile\s+(?:depots?|launchers?|sites?|batter(?:y|ies))|launch\s+(?:sites?|pads?)|"
                 r"positions|(?:defen[cs]e\s+ministry|military|army)\s+(?:workshops?|factor(?:y|ies)|plants?)|"
                 r"sites?\s+(?:of|belonging\s+to|used\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:militias?|"
                 r"group|militants|fighters|forces|army|rebels)|"
                 r"frigates?|corvettes?|destroyers?|cruisers?|aircraft\s+carriers?|"
                 r"(?:landing|patrol|missile)\s+(?:ships?|vessels?)|"
                 r"air\s+force\s+(?:stations?|bases?)|"
                 r"command\s+(?:cent(?:re|er)|and\s+control\s+cent(?:re|er))s?|"
                 r"(?:weapons?|arms|ammunition|munitions)\s+(?:storage|stores?|depots?|bunkers?|"
                 r"warehouses?|sites?|facilit(?:y|ies))|"
                 r"militia\s+(?:sites?|positions?|facilit(?:y|ies)|headquarters|bases?|camps?)|"
                 # an armed group's: "air strikes against Islamic State targets"
                 r"(?:militant|insurgent|rebel|jihadist|Islamic\s+State|Hamas|Hezbollah|Houthi|"
                 r"al-Shabaab|Taliban)\s+(?:targets|positions|hideouts?|camps?|training\s+camps?)|"
                 r"facilit(?:y|ies)\s+used\s+by\s+(?:[\w-]+\s+){0,2}?(?:militias?|militants|"
                 r"fighters|forces|army|military)"),
    # (not a unit's or a post's name: "an army field regiment", "a field hospital")
    ("agricultural", r"grain\s+(?:silos?|storage|warehouses?)|silos?|farms?|farmland|"
                     r"fields?(?!\s+(?:regiments?|hospitals?|commanders?|headquarters|units?|"
                     r"artillery|guns?|offices?|kitchens?|officers?|marshals?|army|forces?))|"
                     r"crops|agricultural\s+\w+|granar(?:y|ies)"),
    ("residential", rf"(?:apartment|residential|tower|high-rise|multi-stor(?:e)?y|{_STOREYED})\s+"
                    r"(?:blocks?|buildings?|complex(?:es)?|compounds?|structures?|houses?|towers?)|"
                    r"residential\s+(?:areas?|districts?|neighbou?rhoods?|quarters?|streets?|"
                    # a Ukrainian officials' word for streets of houses: "the private sector"
                    r"sectors?)|private\s+sectors?|chalets?|"
                    r"apartments?|homes?|houses?|housing(?:\s+(?:estate|blocks?|complex))?|"
                    r"dwellings?|flats?|private\s+(?:homes?|houses?)|dormitor(?:y|ies)|residences?|"
                    r"high-rises?|tower\s+blocks?|neighbou?rhoods?|villages?|buildings?"),
    ("commercial", r"hypermarkets?|markets?|marketplaces?|bazaars?|malls?|"
                   r"shopping\s+(?:mall|cent(?:er|re))s?|"
                   r"supermarkets?|shops?|stores?|restaurants?|caf[eé]s?|hotels?|pizzerias?|"
                   r"baker(?:y|ies)|printing\s+(?:house|press|works)|"
                   r"shopping\s+(?:districts?|streets?|areas?|arcades?)|"
                   r"business\s+cent(?:er|re)s?|warehouses?|offices?|petrol\s+stations?|"
                   r"gas\s+stations?|casinos?|nightclubs?|pubs?|taverns?|"
                   r"(?:beer|wine|sports|karaoke|hookah|shisha)\s+(?:bars?|halls?|lounges?)"),
    ("other", r"non-residential\s+(?:buildings?|premises)|(?:drama\s+)?theat(?:re|er)s?|"
              r"cinemas?|museums?|(?:state\s+)?broadcasters?|"
              r"(?:television|TV)\s+(?:stations?|channels?|studios?)|"
              r"telecommunications?\s+(?:buildings?|towers?|cent(?:re|er)s?|facilit(?:y|ies))|"
              r"(?:central|main|city|town)\s+squares?|"
              r"(?:city|town)\s+cent(?:re|er)|cent(?:re|er)\s+of|"
              r"(?:television|TV)\s+(?:tower|cent(?:re|er))|"
              r"industrial\s+(?:enterprises?|facilit(?:y|ies)|sites?|zones?|plants?)|factor(?:y|ies)|"
              r"plants?|enterprises?|stadiums?|football\s+(?:pitch|field)|pitch|playgrounds?|"
              r"parks?|beach(?:es)?|cemeter(?:y|ies)|wedding|funeral|concert|crowd|queue|"
              r"gatherings?|(?:uranium\s+)?enrichment\s+(?:sites?|facilit(?:y|ies)|plants?)|"
              r"nuclear\s+(?:sites?|facilit(?:y|ies)|complex)"),
)  # fmt: skip
_PATTERNS = tuple(
    (target, compile_folded(word_start_alternation(p, r"[\w-]") + r"(?![\w-])"))
    for target, p in _LEXICON
)
# Where each category can match: its phrases open at a word start (after no letter, digit or
# hyphen) with the literal their alternative opens with (``literal_needs``), but for
# ``_STOREYED``. One pass over the text finds the words that open with one, and ``match``
# there finds what ``finditer`` would (as ``casefold.Gated`` does with ``starts`` for one
# pattern): far cheaper than a scan per category.
_STOREYED_IN = next(i for i, (_, p) in enumerate(_LEXICON) if _STOREYED in p)
_OPENINGS = [literal_needs(p.replace(f"|{_STOREYED}", "")) for _, p in _LEXICON]
if any("" in openings for openings in _OPENINGS):
    raise ValueError("a target phrase opens with no literal: find it like _STOREYED")
_OPENED_BY = {  # a literal -> the categories with an opening it starts with
    literal: tuple(i for i, os in enumerate(_OPENINGS) if any(literal.startswith(o) for o in os))
    for literal in {o for openings in _OPENINGS for o in openings}
}


def _trie(literals: list[str]) -> str:
    """An alternation of ``literals`` as a trie, ``a(?:i(?:r(?:port)?|d)|...)``: ``re`` tries
    the alternatives one by one, so at each letter it then tries those that can still match,
    not each literal sharing the prefix read so far. The greedy ``?`` of a literal that others
    extend makes the longest one that opens the text win, as longest-first order would."""
    tree: dict[str, dict] = {}
    for literal in literals:
        node = tree
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        ends = "" in node
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return body + "?" if ends else body

    return pattern(tree)


# On ``pad(folded)``: the character before such a word (the longest literal that opens it
# is group 1). ``[^a-z0-9_-]`` holds all that ``[^\w-]`` does (and a few more, after which
# ``match`` finds nothing), and is faster.
_OPENING = re.compile(r"[^a-z0-9_-](?=(" + _trie(sorted(_OPENED_BY)) + "))")
# Areas, villages, a bare building and a car: a strike on a village hit people's homes, but
# what in it was hit, named anywhere in the event's sentences, tells more.
_WEAK = re.compile(r"cent(?:re|er)|square|park|area|village|^buildings?$|^cars?$")
_CARS = ("car", "cars")
_BUILDINGS = ("building", "buildings")
_SAID = re.compile(r"\s+(?:said|says|reported|told)")
# ... or one told after "according to", alone or after another source and a comma
_SOURCE_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:[\w'-]+,\s+)?(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w'-]+\s+)?$"
)
# A bare "building" is a home only when counted, not named: "struck a building", "three
# buildings", but not "the building" (one named before) or "a community building".
_COUNTED_BEFORE = compile_folded(
    r"(?:\ban?|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
    r"some|dozens\s+of|scores\s+of|of))\s+$"
)
# A car driven into people is the weapon: "drove his car into people exercising".
_DRIVEN = compile_folded(
    r"\b(?:drove|drives|driving|rammed|ramming)\s+(?:(?:his|her|their|an?|the)\s+)?$"
)
# Named but not hit: a bare "to church" / "to school" is where people were going.
_GOING_TO = compile_folded(r"\bto\s+$")
# An office in an official's title, not a building hit: "за словами голови обласної військової
# адміністрації" (the head of the regional military administration).
_HEAD_OF_CYRILLIC = re.compile(
    r"(?:голов|глав|керівник|руководител|начальник|очільник)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}$"
)
# "Port Sudan", "Port Said", "Port Harcourt": a city named Port, in the text as written.
_PORT_CITY = re.compile(r"Port\s+[A-Z]")
_SPOKE_NEEDS = ("speak", "spoke", "speech", "address", "visit")
# Where someone spoke or went, not what was hit: "Speaking at a church in South Carolina,
# President Joe Biden said the attack ...".
_SPOKE_AT = compile_folded(
    word_start_alternation("speaking|spoke|speech|addressing|addressed|visiting|visited")
    + r"\s+(?:at|in|outside)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$"
)
# Where the weapon was fired from ("Kalibr missiles fired from a submarine"): no target.
# (These open with a word's letters, not ``\b``: ``re`` then skips ahead to the letters
# they can open with, instead of trying each position; ``word_start_alternation`` keeps ``\b``.)
_FIRED_FROM = compile_folded(
    word_start_alternation("from|aboard|by") + r"\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$"
)
# What a strike landed near ("next to a congress centre", "near a new US consulate building"):
# only a landmark for where it hit.
_NEAR = compile_folded(
    word_start_alternation(r"near|next\s+to|close\s+to|beside|opposite")
    + r"\s+(?:(?:an?|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
_NEAR_REACH = 60
_NEAR_WORDS = ("near", "next", "close", "beside", "opposite")  # each _NEAR match holds one
# ("was flown to a hospital in San Antonio", "taken to nearby hospitals")
_NOT_TARGET = compile_folded(
    word_start_alternation(r"to|in|from|at\s+the|according\s+to|told")
    + r"\s*(?:the\s+|an?\s+|local\s+|nearby\s+)?$"
)

# ... nor one named where the wounded were taken, nor what took them: "treated at Baalbek
# government hospital", "taken by ambulance to Ziv hospital"
_TREATED_AT = compile_folded(
    r"\b(?:treated|admitted|taken|rushed|evacuated|brought|flown|airlifted|transferred)\b"
    r"(?:[^.;]{0,40}?\b(?:at|to|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}|\s+by\s+)$"
)


@dataclass(frozen=True, slots=True)
class TargetMention:
    """A target phrase found in a text and its category; ``weak`` for an area rather than a
    building ("the centre of Sloviansk", "the main square"), which gives way to any building
    the text names; ``near`` for what a strike only landed near ("next to a congress
    centre"), weak too and picked last; ``gives_way`` for a port whose fuel site the clause
    says was hit, which that site outranks (``_port_sites``)."""

    start: int
    end: int
    target: Target
    text: str
    weak: bool = False
    near: bool = False
    gives_way: bool = False


def _matches(low: str) -> list[tuple[Target, re.Match[str]]]:
    """Each category's matches in ``low`` as ``finditer`` finds them, category by category."""
    starts: dict[int, list[tuple[int, str]]] = {}
    for opening in _OPENING.finditer(pad(low)):
        literal = opening.group(1)
        for i in _OPENED_BY[literal]:  # (``start()``: the word's offset in ``low``)
            starts.setdefault(i, []).append((opening.start(), literal))
    storeyed = "-stor" in low  # then that category is scanned as a whole
    if storeyed:
        starts.setdefault(_STOREYED_IN, [])
    found: list[tuple[Target, re.Match[str]]] = []
    for i in sorted(starts):
        target, pattern = _PATTERNS[i]
        if storeyed and i == _STOREYED_IN:
            found += [(target, m) for m in pattern.finditer(low)]
            continue
        resume = 0  # (as ``casefold.matches_at``: a match resumes the scan at its end)
        for at, literal in starts[i]:
            if at >= resume:
                m = _opened_with(i, literal).match(low, at)
                if m is not None:
                    found.append((target, m))
                    resume = max(m.end(), at + 1)
    return found


# Each category's phrases, one by one (``_STOREYED`` left out, as in ``_OPENINGS``).
_PHRASES = [flat_alternatives(p.replace(f"|{_STOREYED}", "")) for _, p in _LEXICON]


@cache
def _opened_with(category: int, literal: str) -> re.Pattern[str]:
    """The category's pattern cut to the phrases that can match at a word whose longest
    opening (``_OPENING``) is ``literal``: those whose own opening ``literal`` starts with
    (any other opening found there would be a longer one). It matches there as the whole
    pattern does, but ``re`` tries a few phrases instead of all that share the first letter."""
    kept = [p for p in _PHRASES[category] if literal.startswith(literal_needs(p))]
    return compile_folded(word_start_alternation("|".join(kept), r"[\w-]") + r"(?![\w-])")


def find_targets(text: str) -> list[TargetMention]:
    """Every target phrase in ``text`` in reading order (longest match wins at one spot)."""
    found: list[TargetMention] = []
    low = fold(text)
    # At one spot the longest phrase wins, whatever its category: "printing house" over
    # "house", "military academy" over a shorter phrase inside it.
    matches = sorted(_matches(low), key=lambda tm: (tm[1].start(), tm[1].start() - tm[1].end()))
    nearby = bool(matches) and contains_any(low, _NEAR_WORDS)  # else no _NEAR search finds one
    spoke = bool(matches) and contains_any(low, _SPOKE_NEEDS)  # (each _SPOKE_AT match holds one)
    source = bool(matches) and "according to" in low
    for target, m in matches:
        if m.group(0).startswith("hospital") and _NOT_TARGET.search(low[: m.start()]):
            continue
        if target == "medical" and _TREATED_AT.search(low, max(0, m.start() - 80), m.start()):
            continue
        if _SAID.match(low, m.end()):  # a speaker ("the regional administration said")
            continue
        if source and _SOURCE_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            continue  # a source ("according to residents, an aid worker and an analyst")
        if _GOING_TO.search(low, max(0, m.start() - 4), m.start()):
            continue
        if spoke and _SPOKE_AT.search(low, max(0, m.start() - 40), m.start()):
            continue
        if m.group(0) == "port" and _PORT_CITY.match(text, m.start()):
            continue  # a city's name: "drones struck Port Sudan"
        if m.group(0) in _CARS and _DRIVEN.search(low, max(0, m.start() - 20), m.start()):
            continue
        if m.group(0) in _BUILDINGS and not _COUNTED_BEFORE.search(
            low, max(0, m.start() - 12), m.start()
        ):
            continue
        if target == "military" and _FIRED_FROM.search(low, max(0, m.start() - 40), m.start()):
            continue
        if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
            continue
        near = nearby and _NEAR.search(low, max(0, m.start() - _NEAR_REACH), m.start()) is not None
        if near and m.group(0).startswith("village"):
            continue  # a landmark only: "fired on a car near the village of Jalameh"
        weak = near or _WEAK.search(m.group(0)) is not None
        found.append(
            TargetMention(m.start(), m.end(), target, text[m.start() : m.end()], weak, near)
        )
    if cyrillic.is_cyrillic(low):
        found += [
            TargetMention(start, end, target, text[start:end], weak)  # type: ignore[arg-type]
            for start, end, target, weak in cyrillic.find_targets(low)
            if not _HEAD_OF_CYRILLIC.search(low, max(0, start - 40), start)
        ]
    found.sort(key=lambda t: t.start)
    return _port_sites(low, _described(low, found))


# A port holds sites of its own: a fuel site the same clause goes on to say was hit is what
# the strike hit ("bombed the port of Hodeidah, setting oil storage tanks on fire", "a strike
# on the port set fire to the oil depot"), not one named beside it in a list ("hit the main
# port, a fuel depot and a substation", "damaged port and energy infrastructure").
_PORTS = re.compile(r"(?:sea)?ports?|harbou?rs?")
_HIT_NEXT = compile_folded(
    r"[^.;]{0,60}?\b(?:set|setting|sets|sparked|sparking|damag(?:ed|ing)|destroy(?:ed|ing)|"
    r"hit|hitting|struck|striking)\b[^.;]{0,40}$"
)


def _port_sites(low: str, found: list[TargetMention]) -> list[TargetMention]:
    """``found`` with a port marked ``gives_way`` when the clause after it tells a fuel site
    hit (energy: tanks, depots, terminals, power stations)."""
    for i, m in enumerate(found):
        if m.target != "transport" or not _PORTS.fullmatch(m.text.lower()):
            continue
        site = next((n for n in found[i + 1 :] if n.target == "energy" and not n.weak), None)
        if site is not None and _HIT_NEXT.match(low, m.end, site.start):
            found[i] = replace(m, gives_way=True)
    return found


# A bare "plant" or "enterprise" says less than the apposition after it that tells what it is:
# "the Abqaiq plant, the world's largest crude oil processing facility".
_BARE_SITES = frozenset({"plant", "plants", "enterprise", "enterprises"})
_APPOSITION = re.compile(r",\s+(?:an?|the)\s+[^.;:,()]{0,60}$")


def _described(low: str, found: list[TargetMention]) -> list[TargetMention]:
    """``found`` without a bare site an apposition right after it describes as a target."""
    return [
        m
        for i, m in enumerate(found)
        if not (
            i + 1 < len(found)
            and m.text.lower() in _BARE_SITES
            and found[i + 1].target != m.target
            and _APPOSITION.match(low, m.end, found[i + 1].start) is not None
        )
    ]


def pick_target(text: str, after: int = 0, weak: bool = True) -> TargetMention | None:
    """The target an attack at ``after`` hit: the first one after it, else the first at all;
    buildings before areas, areas before what it landed near, and those two only when
    ``weak`` allows them."""
    return pick_from(find_targets(text), after, weak)


def pick_from(
    mentions: list[TargetMention], after: int = 0, weak: bool = True
) -> TargetMention | None:
    """``pick_target`` over mentions already found (``find_targets``)."""
    # (a car comes last: "set cars and a building on fire" hit the building, "burning cars
    # near the market" the market)
    ranked = sorted(
        mentions,
        key=lambda m: (m.weak, m.text.lower() in _CARS, m.gives_way, m.near, m.start < after),
    )
    for mention in ranked:
        if weak or not mention.weak:
            return mention
    return None


# Where the noun phrase before a place opens: after the last comma, semicolon, dash, colon or
# "and" ("..., a seminary in Muridke and a mosque in Muzaffarabad").
_PHRASE_OPENS = re.compile(r".*(?:[,;:—–]|\band\b|\bamong\s+them\b)", re.DOTALL)
_PHRASE_REACH = 60
# After a target: "was hit", "was badly damaged", or the end of a list of them ("a nine-storey
# building, a hospital and a school were among the damaged sites").
# ... or that something hit it: "One of them hit a popular pizza restaurant"
_HIT_BEFORE = compile_folded(
    r"\b(?:hit|struck|slammed\s+into|crashed\s+into|ploughed\s+into|destroyed|landed\s+on|"
    r"fell\s+on)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}$"
)
_WAS_HIT = re.compile(
    r"(?:(?:,|\s+and)\s+(?:an?|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)*"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|\w+ly)\s+)?"
    r"(?:hit|struck|destroyed|damaged|bombed|shelled|targeted|among\s+the\s+(?:\w+\s+)?"
    r"(?:damaged|destroyed|hit|struck))\b"
)


def named_before(text: str, end: int) -> TargetMention | None:
    """The building the noun phrase ending at ``end`` names, as in "a seminary" before
    "in Muridke": a place in a list of strikes follows what was hit there. Areas do not
    count (in "the centre of Kyiv" the centre is the place itself)."""
    window = text[max(0, end - _PHRASE_REACH) : end]
    opens = _PHRASE_OPENS.match(window)
    phrase = window[opens.end() :] if opens else window
    strong = [m for m in find_targets(phrase) if not m.weak]
    return strong[-1] if strong else None


def said_hit(text: str) -> TargetMention | None:
    """The first building a sentence says "was hit" (or struck, destroyed...): a sentence
    with no strike cue of its own can still say what an attack told before it hit."""
    low = fold(text)
    cyrillic_damage = cyrillic.is_cyrillic(low) and cyrillic.tells_damage(low)
    for mention in find_targets(text):
        if not mention.weak and (
            cyrillic_damage
            or _WAS_HIT.match(low, mention.end)
            or _HIT_BEFORE.search(low, max(0, mention.start - 60), mention.start)
        ):
            return mention
    return None


# Armed men among the victims, as the subject ("Four Armenian soldiers were killed") or the
# object ("killing two Hezbollah members", "killed 76 policemen"); attackers killed in the
# exchange ("five militants were killed") are not named by these words.
_COMBATANTS = (
    r"soldiers|troops|servicemen|service\s*members|fighters|commanders?|policemen|police\s+officers|"
    r"commandos|paramilitaries|conscripts|recruits|reservists|guardsmen|"
    r"members\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:group|militia|forces|army|guards|"
    r"wing|brigades?|faction|corps|movement)|"
    r"(?:hezbollah|hamas|houthi|taliban|islamic\s+state|al-shabaab|kataib\s+hezbollah)\s+"
    r"(?:members|fighters|commanders?|operatives)"
)
# (Each alternative opens at a word start with a letter: ``word_start_alternation`` lets
# ``re`` skip ahead to those letters, where ``\b(?:...)`` is tried at every position.)
_COMBATANT_VICTIMS = compile_folded(word_start_alternation(
    rf"(?:{_COMBATANTS})\s+(?:(?:were|was|had\s+been|have\s+been|are)\s+)(?:\w+\s+)?"
    r"(?:killed|wounded|injured)\b"
    rf"|(?:killing|killed|wounding|wounded)\s+(?:(?:at\s+least|more\s+than|about)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_COMBATANTS})\b"
))
_COMBATANT_NEEDS = ("kill", "wound", "injur")
# Words for civilians among the victims: then the armed men are not all that was hit.
_CIVILIAN_VICTIMS = compile_folded(
    r"\b(?:civilians?|residents?|children|women|villagers|passengers|worshippers|people|"
    r"famil(?:y|ies)|patients|students|pupils|journalists|shoppers|farmers|workers)\b"
)


def combatants_hit(text: str) -> TargetMention | None:
    """Armed men told as the only victims, when no building or site is named: a strike that
    killed soldiers or an armed group's members hit a military target ("Israeli air strikes
    hit near Baalbek, killing two Hezbollah members"). Weak: any site named wins."""
    if not contains_any(text.lower(), _COMBATANT_NEEDS):
        return None
    low = fold(text)
    found = _COMBATANT_VICTIMS.search(low)
    if found is None or _CIVILIAN_VICTIMS.search(low) is not None:
        return None
    return TargetMention(found.start(), found.end(), "military", text[found.start() : found.end()],
                         weak=True)  # fmt: skip
