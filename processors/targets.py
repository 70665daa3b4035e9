"""What was hit: the target category and the phrase that names it.

Categories follow the contract's ``Target``. The phrase is looked up after the attack word
first ("an air strike on a maternity hospital"), because sentences also name places that
were not hit ("taken to hospital", "according to Wolfson Medical Center").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newswatch.contracts import Target
from processors.casefold import (
    compile_folded,
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
                     r"warehouse|trucks?)|humanitarian\s+\w+|(?:displacement|displaced|refugee|IDP|"
                     r"displaced\s+persons?|tent)\s+camps?|shelters?|UN\s+(?:facility|compound|"
                     r"school|shelter|premises)|UNRWA\s+\w+|food\s+distribution|evacuation\s+point"),
    ("medical", r"(?:children's\s+|maternity\s+(?:and\s+children's\s+)?)?hospitals?|clinics?|"
                r"maternity(?:\s+ward|\s+home)?|medical\s+(?:cent(?:er|re)|facility|facilities|complex)|"
                r"ambulances?|health\s+(?:cent(?:er|re)|facility|facilities)|polyclinic|"
                r"(?:Medical|Health)\s+Cent(?:er|re)"),
    ("education", r"schools?|universit(?:y|ies)|kindergartens?|colleges?|lyceum|nursery|"
                  r"educational\s+(?:institution|facility|facilities)|campus"),
    ("religious", r"churche?s?|mosques?|cathedrals?|synagogues?|monaster(?:y|ies)|temples?"),
    ("energy", r"power\s+(?:plants?|stations?|lines?|grid|infrastructure|facilit(?:y|ies))|"
               r"(?:thermal|hydroelectric|nuclear|combined\s+heat\s+and)\s+power|substations?|"
               r"refiner(?:y|ies)|energy\s+(?:infrastructure|facilit(?:y|ies)|sites?|objects?)|"
               r"(?:oil|fuel|gas)\s+(?:depots?|terminals?|facilit(?:y|ies)|storage|pipelines?)|"
               r"electricity\s+\w+|hydroelectric\s+dam|dam"),
    ("transport", r"(?:railway|train|rail|bus|metro)\s+stations?|trains?|bridges?|seaports?|"
                  r"ports?|airports?|railway|rail\s+(?:line|depot|yard)|bus(?:es)?|harbou?r|"
                  r"(?:passenger|cargo)\s+(?:ships?|vessels?)"),
    ("government", r"(?:regional|city|district|state|local)\s+administration(?:\s+building)?|"
                   r"administration\s+building|administrative\s+building|(?:city|town)\s+hall|"
                   r"government\s+(?:building|offices?|headquarters)|council\s+building|"
                   r"police\s+(?:station|headquarters)|ministry\s+building|parliament"),
    ("military", r"military\s+(?:training\s+)?(?:cent(?:re|er)|infrastructure|training)|"
                 r"training\s+(?:cent(?:re|er)|ground)s?|(?:military|air|naval)\s+bases?|airbase|airfields?|barracks|military\s+"
                 r"(?:positions?|facilit(?:y|ies)|installations?|targets?|headquarters|units?|"
                 r"vehicles?|convoy)|ammunition\s+depots?|arms\s+depots?|command\s+posts?|"
                 r"checkpoints?|(?:troop|army)\s+positions|air\s+defen[cs]e\s+systems?"),
    ("agricultural", r"grain\s+(?:silos?|terminals?|storage|warehouses?)|silos?|farms?|"
                     r"farmland|fields?|crops|agricultural\s+\w+|granar(?:y|ies)"),
    ("residential", rf"(?:apartment|residential|tower|high-rise|multi-stor(?:e)?y|{_STOREYED})\s+"
                    r"(?:blocks?|buildings?|complex(?:es)?|structures?|houses?|towers?)|"
                    r"residential\s+(?:areas?|districts?|neighbou?rhoods?|quarters?|streets?)|"
                    r"apartments?|homes?|houses?|housing(?:\s+(?:estate|blocks?|complex))?|"
                    r"dwellings?|flats?|private\s+(?:homes?|houses?)|dormitor(?:y|ies)|"
                    r"high-rises?|tower\s+blocks?"),
    ("commercial", r"hypermarkets?|markets?|marketplaces?|bazaars?|malls?|"
                   r"shopping\s+(?:mall|cent(?:er|re))s?|"
                   r"supermarkets?|shops?|stores?|restaurants?|caf[eé]s?|hotels?|pizzeria|"
                   r"business\s+cent(?:er|re)s?|warehouses?|offices?|petrol\s+stations?|"
                   r"gas\s+stations?"),
    ("other", r"(?:drama\s+)?theat(?:re|er)s?|cinemas?|museums?|"
              r"(?:central|main|city|town)\s+squares?|"
              r"(?:city|town)\s+cent(?:re|er)|cent(?:re|er)\s+of|"
              r"(?:television|TV)\s+(?:tower|cent(?:re|er))|"
              r"industrial\s+(?:enterprises?|facilit(?:y|ies)|sites?|zones?|plants?)|factor(?:y|ies)|"
              r"plants?|enterprises?|stadiums?|football\s+(?:pitch|field)|pitch|playgrounds?|"
              r"parks?|beach(?:es)?|cemeter(?:y|ies)|wedding|funeral|concert|crowd|queue"),
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
_by_first: dict[str, list[str]] = {}
for _literal in sorted(_OPENED_BY, key=len, reverse=True):  # the longest one at a word wins
    _by_first.setdefault(_literal[0], []).append(re.escape(_literal[1:]))
# On ``pad(folded)``: the character before such a word. ``[^a-z0-9_-]`` holds all that
# ``[^\w-]`` does (and a few more, after which ``match`` finds nothing), and is faster.
_OPENING = re.compile(
    r"[^a-z0-9_-](?=("
    + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in _by_first.items())
    + "))"
)
_WEAK = re.compile(r"cent(?:re|er)|square|park|area")
_SAID = re.compile(r"\s+(?:said|says|reported|told)")
_NOT_TARGET = compile_folded(
    r"\b(?:to|in|from|at\s+the|according\s+to|told)\s*(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class TargetMention:
    """A target phrase found in a text and its category; ``weak`` for an area rather than a
    building ("the centre of Sloviansk", "the main square"), which gives way to any building
    the text names."""

    start: int
    end: int
    target: Target
    text: str
    weak: bool = False


def _matches(low: str) -> list[tuple[Target, re.Match[str]]]:
    """Each category's matches in ``low`` as ``finditer`` finds them, category by category."""
    starts: dict[int, list[int]] = {}
    for opening in _OPENING.finditer(pad(low)):
        for i in _OPENED_BY[opening.group(1)]:
            starts.setdefault(i, []).append(opening.start())  # the word's offset in ``low``
    storeyed = "-stor" in low  # then that category is scanned as a whole
    if storeyed:
        starts.setdefault(_STOREYED_IN, [])
    found: list[tuple[Target, re.Match[str]]] = []
    for i in sorted(starts):
        target, pattern = _PATTERNS[i]
        if storeyed and i == _STOREYED_IN:
            found += [(target, m) for m in pattern.finditer(low)]
            continue
        resume = 0
        for position in starts[i]:
            if position >= resume and (m := pattern.match(low, position)) is not None:
                found.append((target, m))
                resume = m.end()
    return found


def find_targets(text: str) -> list[TargetMention]:
    """Every target phrase in ``text`` in reading order (longest match wins at one spot)."""
    found: list[TargetMention] = []
    low = fold(text)
    for target, m in _matches(low):
        if m.group(0).startswith("hospital") and _NOT_TARGET.search(low[: m.start()]):
            continue
        if target == "medical" and _SAID.match(low, m.end()):
            continue
        if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
            continue
        weak = _WEAK.search(m.group(0)) is not None
        found.append(TargetMention(m.start(), m.end(), target, text[m.start() : m.end()], weak))
    found.sort(key=lambda t: t.start)
    return found


def pick_target(text: str, after: int = 0, weak: bool = True) -> TargetMention | None:
    """The target an attack at ``after`` hit: the first one after it, else the first at all;
    buildings before areas, and areas only when ``weak`` allows them."""
    return pick_from(find_targets(text), after, weak)


def pick_from(
    mentions: list[TargetMention], after: int = 0, weak: bool = True
) -> TargetMention | None:
    """``pick_target`` over mentions already found (``find_targets``)."""
    ranked = sorted(mentions, key=lambda m: (m.weak, m.start < after, 0))
    for mention in ranked:
        if weak or not mention.weak:
            return mention
    return None
