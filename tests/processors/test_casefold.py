import json
import re
from pathlib import Path

import pytest

from processors import counts, dates, extraction, targets, triggers
from processors.casefold import (
    Gated,
    by_first_letter,
    compile_folded,
    compile_word_starts,
    fold,
    last_end,
    literal_needs,
    pad,
    word_start_alternation,
)
from processors.sentences import split_sentences


def test_fold_keeps_length_and_offsets() -> None:
    text = "KYIV — Straße İstanbul Shahed UAVs"  # "İ".lower() is two characters
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("kyiv — straße")
    assert folded[text.index("UAVs") :].startswith("uavs")


def test_compiled_patterns_match_folded_text_and_keep_named_groups() -> None:
    pattern = compile_folded(r"\b(?P<weapon>UAVs?|Shaheds?)\b")
    match = pattern.search(fold("Two Shahed drones and UAVs"))
    assert match is not None and match["weapon"] == "shahed"
    assert pattern.search("Two Shahed drones") is None  # unfolded text does not match


CASES = Path(__file__).resolve().parent / "cases" / "strikes-own.jsonl"
SAMPLES = [
    "A car bomb and a carpet-bombing; IEDs, shell-fire, the shelling of Kharkiv.",
    "Two drones struck; a Shahed-136 hit a sub-station. Shaheds, re-strikes, strikes!",
    "killed 12, 1,200 wounded, a dozen dead, twenty-one hurt, between 3 and 5 killed",
    "On Monday's raid, at least forty people were killed and about five injured",
    # letters beyond ASCII right before a word: "Кафеstrike" holds no word "strike"
    "Кафеstrike and caféhit, but the café was hit in 2 raids; éa ça a",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"strikes?|struck|hit|a|ab|\bshell(?:s|ed|ing|fire)?",
        r"(?:car|truck)[\s-]+bomb(?:s|ings?)?|ieds?|(?:carpet[\s-])?bomb(?:s|ed|ing)?",
        r"\b(?:twenty|one)(?:[\s-](?:one|two))?|a\s+dozen|between\s+\d+\s+and\s+\d+",
        r"(?:(?:at\s+least|about)\s+)?(?:forty|five)\s+(?:people\s+)?(?:killed|injured)",
        r"\d+\s+(?:killed|wounded)|\d|dozen|a(?=\s+dozen)",
    ],
)
def test_word_start_alternation_matches_what_the_plain_form_matches(pattern: str) -> None:
    plain = re.compile(rf"(?<![\w-])(?:{pattern})")
    fast = re.compile(word_start_alternation(pattern, r"[\w-]"))
    assert fast.pattern.startswith("(?:") and "(?<![\\w-]." in fast.pattern
    for text in SAMPLES:
        low = text.lower()
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)]


@pytest.mark.parametrize("pattern", [r"strikes?|struck|hit|raids?|a\b|\d+|twenty(?=[\s-])"])
def test_word_start_patterns_find_on_the_padded_text_what_the_plain_form_finds(
    pattern: str,
) -> None:
    plain = compile_folded(rf"(?<!\w)(?:{pattern})")
    padded = compile_word_starts(pattern)
    assert padded.pattern.startswith("[^a-z0-9_](?:")
    for text in SAMPLES:
        low = fold(text)
        found = [(m.start(), m.end() - 1) for m in padded.finditer(pad(low))]
        assert found == [m.span() for m in plain.finditer(low)]
        assert found  # each sample holds a word of the pattern


def test_word_start_alternation_keeps_case_when_asked_and_falls_back_on_a_class() -> None:
    cased = re.compile(word_start_alternation("Russia|Kyiv|junta", folded=False))
    assert [m.group(0) for m in cased.finditer("Russia, russia and the junta in Kyiv")] == [
        "Russia",
        "junta",
        "Kyiv",
    ]
    assert word_start_alternation(r"\w+-storey|flats?") == r"(?<!\w)(?:\w+-storey|flats?)"


def test_literal_needs_are_the_openings_of_the_alternatives() -> None:
    assert literal_needs(r"hospitals?|caf[eé]s?|harbou?r|(?:car|truck)\s+bomb") == (
        "hospital",
        "caf",
        "harbo",
        "car",
        "truck",
    )
    assert literal_needs(r"flats?|\w+-storey") == ("",)


def test_gated_patterns_find_what_the_pattern_finds() -> None:
    gated = Gated(r"\b(?:twenty|\d+)\s+killed", ("killed",), re.compile(r"[^\w]\d"))
    assert gated.search("nobody was hurt") is None
    text = "20 killed, then 30 killed; 5 hurt"
    assert [m.span() for m in gated.finditer(text)] == [
        m.span() for m in gated.pattern.finditer(text)
    ]
    # "twenty" is not among the starts given, so it is not tried: starts must cover matches
    assert [m.group(0) for m in gated.finditer("twenty killed")] == []


def _gated_patterns() -> list[tuple[str, Gated]]:
    found = []
    for module in (counts, dates, extraction, targets, triggers):
        for name, value in vars(module).items():
            items = value if isinstance(value, tuple) else (value,)
            for i, item in enumerate(items):
                gate = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                if isinstance(gate, Gated):
                    found.append((f"{module.__name__}.{name}[{i}]", gate))
    return found


def test_every_gate_is_sound_on_the_labelled_cases() -> None:
    """Each match of a gated pattern holds one of its needed literals, and a Gated with
    starts finds exactly the pattern's matches, on every sentence of the own cases."""
    gates = _gated_patterns()
    assert len(gates) > 10
    lines = CASES.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    sentences = [fold(s.text) for text in texts for s in split_sentences(text)]
    for name, gate in gates:
        for low in sentences:
            matches = list(gate.pattern.finditer(low))
            for m in matches:
                assert any(need in m.group(0) for need in gate.needs), (name, m.group(0))
            assert [m.span() for m in gate.finditer(low)] == [m.span() for m in matches], name


def test_no_word_start_pattern_falls_back_to_trying_every_position() -> None:
    """A ``compile_word_starts`` pattern with one alternative that opens with no letter (a
    look-behind, say) is compiled in the plain form, which ``re`` tries at every position:
    _NOT_A_STRIKE once ran twelve times slower for one such alternative."""
    import importlib
    import re

    fallback = (r"[^\w](?<!", r"[^a-z0-9_](?<!")
    for name in ("triggers", "counts", "dates", "places", "struck_places", "targets", "actors"):
        module = importlib.import_module(f"processors.{name}")
        for attr, value in vars(module).items():
            pattern = value if isinstance(value, re.Pattern) else getattr(value, "pattern", None)
            if isinstance(pattern, re.Pattern):
                assert not pattern.pattern.startswith(fallback), f"{name}.{attr}"


def test_case_blind_patterns_find_what_ignorecase_finds() -> None:
    from processors.casefold import CaseBlind

    pattern = r"(?:'s)?\s+(?:[\w-]+\s+)?(?:said|missiles?|kyiv)\b"
    blind, plain = CaseBlind(pattern), re.compile(pattern, re.IGNORECASE)
    texts = [
        "Russia's army SAID", "the MISSILES hit Kyiv", "Ukraine's forces ſaid", "the mıssiles",
        "İstanbul's KYIV said", "the Kelvin \u212a missiles", "Éric's men said", "no match here",
    ]  # ("ı", "ſ" and "İ" match under IGNORECASE only: those texts take the slow path)
    for text in texts:
        low = fold(text)
        for pos in range(len(text) + 1):
            expected = plain.match(text, pos)
            found = blind.match(text, pos, low)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)
            expected = plain.search(text, pos, len(text))
            found = blind.search(text, pos, len(text), low)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)
    assert blind.match("Hamas ſaid", 5) is not None
    with pytest.raises(ValueError, match="folded"):
        CaseBlind(r"(?-i:[A-Z])\s+said")


def test_alternatives_grouped_by_first_letter_match_what_the_plain_alternation_matches() -> None:
    words = ["shells?", "shelling", "strikes?", "air\\s+force", "airstrikes?", "army", "fire"]
    grouped = re.compile(by_first_letter(words))
    plain = re.compile("(?:" + "|".join(words) + ")")
    assert grouped.pattern.startswith("(?:s(?:hells?|helling|trikes?)|a(?:")

    def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
        return [(m.span() if (m := pattern.match(text, i)) else None) for i in range(len(text))]

    for text in ["shelling", "shells", "strike", "air  force", "airstrikes", "armyfire", "x"]:
        assert spans(grouped, text) == spans(plain, text)
    with pytest.raises(ValueError):
        by_first_letter(["s?hell"])  # a quantified first letter: the grouping would change it


def test_last_end_is_where_the_occurrence_that_ends_last_ends() -> None:
    assert last_end("shot dead, then hurt", ("dead", "hurt", "shot")) == 20
    assert last_end("aid workers with a charity", ("s with", "with")) == 16
    assert last_end("nothing here", ("dead",)) == -1
