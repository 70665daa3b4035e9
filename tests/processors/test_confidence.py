import dataclasses
import datetime as dt

import pytest

from processors.confidence import _WEIGHTS, EventFacts, confidence
from processors.evaluation import ranking_auc
from processors.extraction import extract_strikes

TOLD = EventFacts(
    region_only=False,
    cue_at_place=True,
    place_tied=True,
    sentences=3,
    position=0.0,
    in_lead=True,
    sole=True,
    killed_told=True,
    wounded_told=True,
    target_told=True,
    day_told=True,
    weapon_named=True,
    in_title=True,
    population_unknown=False,
    attacker_told=True,
)


def test_every_fact_has_a_weight() -> None:
    assert set(_WEIGHTS) == {f.name for f in dataclasses.fields(EventFacts)}


@pytest.mark.parametrize(
    "name", [f.name for f in dataclasses.fields(EventFacts) if f.type == "bool"]
)
def test_each_fact_moves_the_score_its_way(name: str) -> None:
    base = EventFacts(**{f.name: False for f in dataclasses.fields(EventFacts)})
    base = dataclasses.replace(base, sentences=1, position=0.5)  # mid-scale: no rounding ties
    flipped = dataclasses.replace(base, **{name: not getattr(base, name)})
    raised = flipped if getattr(flipped, name) else base
    lowered = base if raised is flipped else flipped
    if name in ("region_only", "population_unknown"):
        raised, lowered = lowered, raised
    assert confidence(raised) > confidence(lowered)


def test_more_sentences_and_an_earlier_start_raise_it_up_to_four() -> None:
    late = dataclasses.replace(TOLD, in_title=False, sentences=1, position=0.9, in_lead=False)
    assert confidence(dataclasses.replace(late, sentences=2)) > confidence(late)
    assert confidence(dataclasses.replace(late, position=0.3)) > confidence(late)
    four = dataclasses.replace(late, sentences=4)
    assert confidence(dataclasses.replace(late, sentences=9)) == confidence(four)


def test_it_is_a_probability_short_of_certainty() -> None:
    nothing = EventFacts(**{f.name: False for f in dataclasses.fields(EventFacts)})
    nothing = dataclasses.replace(nothing, sentences=1, position=1.0, region_only=True)
    assert 0.0 < confidence(nothing) < 0.2
    assert 0.9 < confidence(TOLD) < 1.0


def test_a_strike_told_in_the_lead_outscores_one_mentioned_once_at_the_end() -> None:
    text = (
        "KHARKIV, Ukraine (AP) — Russian missiles struck an apartment block in Kharkiv on "
        "Tuesday, killing seven people and wounding 30, the regional governor said. "
        "Rescuers searched the rubble of the building through the night. The governor said "
        "the missiles were launched from Belgorod. Officials said the strike hit the "
        "building's upper floors. Residents described a deafening blast. "
        "Elsewhere, shelling hit Nikopol on Tuesday."
    )
    events = {s.location.name: s for s in extract_strikes(text, dt.date(2024, 5, 21))}
    assert set(events) == {"Kharkiv", "Nikopol"}
    assert events["Kharkiv"].confidence > 0.9
    assert events["Nikopol"].confidence < events["Kharkiv"].confidence - 0.2


def test_ranking_auc_counts_pairs_and_halves_ties() -> None:
    assert ranking_auc([0.9, 0.8], [0.1]) == 1.0
    assert ranking_auc([0.1], [0.9, 0.8]) == 0.0
    assert ranking_auc([0.5, 0.9], [0.5]) == 0.75
    assert ranking_auc([], [0.5]) is None
    assert ranking_auc([0.5], []) is None
