import json
import random
import re
from pathlib import Path

import pytest

from processors import triggers
from processors.casefold import compile_folded, fold, pad, word_start_alternation
from processors.word_gates import Lexicon, WordGate

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "strikes-dev.jsonl"
CASES = Path(__file__).resolve().parent / "cases" / "strikes-own.jsonl"


def _gate_words(gate: WordGate) -> set[str]:
    return {word.decode() for word in gate.words}


def test_gate_takes_the_whole_first_words_of_each_alternative() -> None:
    gate = WordGate(r"(?:drones?|UAVs?|loitering\s+munitions?)(?![\w])", r"[\w-]")
    assert _gate_words(gate) == {"drone", "drones", "uav", "uavs", "loitering"}
    assert gate.subs == () and gate.rest is None
    # without a word end, "drones" may go on ("dronestrike"): a substring test
    assert WordGate(r"drones?").subs == ("drone",)


def test_gate_prefers_a_rarer_later_word_to_a_common_first_one() -> None:
    gate = WordGate(r"\b(?:on|at)\s+the\s+(?:outskirts|edge)\s+of\b")
    assert _gate_words(gate) == {"outskirts", "edge"}


def test_an_open_ended_word_is_tested_as_a_substring() -> None:
    gate = WordGate(r"\bsimulat|\bthunder")
    assert gate.subs == ("simulat", "thunder") and not gate.words


def test_split_leaves_alternatives_of_common_words_to_the_rest() -> None:
    gate = WordGate(r"\bon\s+strike\b|\blightning\b", split=True)
    assert _gate_words(gate) == {"lightning"}
    assert gate.rest == r"\bon\s+strike\b"


def test_an_alternative_without_words_to_gate_on_is_refused() -> None:
    assert WordGate(r"\w+-storey").subs == ("storey",)  # the word after the hyphen
    with pytest.raises(ValueError):
        WordGate(r"\d+\s*km")
    with pytest.raises(ValueError):  # case-blind words are not those of folded text
        WordGate(r"\b(?i:Kyiv)")


def test_lexicon_sets_the_bit_of_each_gate_a_text_may_open() -> None:
    lexicon = Lexicon()
    storm = lexicon.add(WordGate(r"\b(?:storms?|lightning)\b"))
    test = lexicon.add(WordGate(r"\bsimulat"))
    assert storm != test
    assert lexicon.mask(fold("Lightning—struck a tower")) == storm
    assert lexicon.mask("a simulated strike") == test
    # word runs are ASCII: any other character separates them, as \b does for the pattern
    assert lexicon.mask("«storms»") == storm
    assert lexicon.mask("thunderstorms and lightnings") == 0


def _gated_patterns() -> list[tuple[str, re.Pattern[str], bool, int]]:
    """(name, pattern, runs on the padded text, bit) of each gated pattern of ``triggers``."""
    out = [(f"means {etype}", pattern, True, bit) for etype, pattern, bit in triggers._MEANS_RE]
    for name, pattern in (
        ("PLATFORMS", triggers._PLATFORMS_RE),
        ("BARE", triggers._BARE_RE),
        ("ARMED", triggers._ARMED),
        ("NOT_A_STRIKE", triggers._NOT_A_STRIKE),
        ("NOT_A_STRIKE_REST", triggers._NOT_A_STRIKE_REST),
        ("ARMS_TRADE", triggers._ARMS_TRADE),
        ("IRREALIS", triggers._IRREALIS),
        ("REQUEST", triggers._REQUEST),
    ):
        out.append((name, pattern, True, getattr(triggers, f"_{name}_GATE")))
    out += [
        ("HAND_ARMS", triggers._HAND_ARMS_RE, False, triggers._HAND_ARMS_GATE),
        ("ALL_DOWNED", triggers._ALL_DOWNED, False, triggers._ALL_DOWNED_GATE),
        ("MADE_FOR", triggers._MADE_FOR, False, triggers._MADE_FOR_GATE),
    ]
    return out


def _sentences() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in (CASES, DATA)
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text)]


def _shuffled_words(sentences: list[str]) -> list[str]:
    """Sentences made of the corpus's words in random order, glued by odd separators."""
    rng = random.Random(8)
    words = [w for s in sentences[:400] for w in s.split()]
    glue = [" ", "-", "—", "’", "\u00a0", ", ", "é", "_", "(", "«"]
    return [
        "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(3, 30)))
        for _ in range(3000)
    ]


def test_no_gated_pattern_matches_a_sentence_its_gate_rules_out() -> None:
    sentences = _sentences()
    assert len(sentences) > 500
    gated = _gated_patterns()
    for sentence in sentences + _shuffled_words(sentences):
        low = fold(sentence)
        mask = triggers._LEXICON.mask(low)
        for name, pattern, padded, bit in gated:
            text = pad(low) if padded else low
            if not mask & bit and pattern.search(text) is not None:
                # (a split gate: what its rest finds is left to the rest)
                assert name == "NOT_A_STRIKE", (name, sentence)
                assert triggers._NOT_A_STRIKE_REST.search(text) is not None, sentence


def test_gated_patterns_compile_as_before() -> None:
    # ``_gated`` is ``compile_word_starts`` with the word-start check of ``not_after``
    pattern, _ = triggers._gated(r"(?:forces|troops)\b")
    assert (
        pattern.pattern
        == compile_folded(r"[^a-z0-9_]" + word_start_alternation(r"(?:forces|troops)\b")).pattern
    )
