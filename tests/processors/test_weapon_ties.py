"""Background weapons: the wording around a weapon's name decides (``processors.weapon_ties``)."""

from __future__ import annotations

import pytest

from processors.weapon_ties import is_background_weapon, weapon_clause


@pytest.mark.parametrize(
    ("sentence", "weapon", "background"),
    [
        ("Kinzhal missiles hit the port.", "Kinzhal", False),
        # fired elsewhere, or what the attack answered
        (
            "The air force named an ICBM, alongside a Kinzhal and seven Kh-101 cruise missiles "
            "fired at other targets.",
            "Kh-101",
            True,
        ),
        (
            "Putin said the strike was a response to Ukraine firing US ATACMS into Russia.",
            "ATACMS",
            True,
        ),
        ("Israeli jets struck Hodeidah in retaliation for a Houthi Zulfiqar missile.",
         "Zulfiqar", True),
        (
            "Putin called the launch a reply to Ukraine's use of ATACMS and Storm Shadow missiles.",
            "Storm Shadow",
            True,
        ),
        ("The Guards aimed at air bases in revenge for the killing of a commander by a Hellfire.",
         "Hellfire", True),
        # what the weapon is compared with
        (
            "The missile carries a warhead of close to a tonne, roughly twice that of a Kalibr.",
            "Kalibr",
            True,
        ),
        ("A Kh-22 is heavier than a Kalibr, officials said.", "Kalibr", True),
        ("More than 20 Kalibr missiles hit the port.", "Kalibr", False),
        # a time word opening the sentence (the padded scan starts before its first word)
        ("Last month, Kinzhal missiles hit the port.", "Kinzhal", True),
        ("Kinzhal missiles hit the port in 2023.", "Kinzhal", True),
        # a time word may follow a hyphen ...
        ("Kinzhal missiles hit the port rebuilt post-last year.", "Kinzhal", True),
        # ... a word of supply or production may not
        ("Kinzhal missiles hit the production line.", "Kinzhal", True),
        ("Kinzhal missiles hit the pre-production line.", "Kinzhal", False),
        # only the weapon's own clause is about a request
        ("Kyiv asked for more Patriots, and Kinzhal missiles hit the port.", "Kinzhal", False),
        ("Kinzhal missiles hit the port, and Kyiv asked for more Patriots.", "Patriots", True),
        # what was kept at the place hit
        ("A fireball rose over the hill where the army had stored Scud missiles.", "Scud", True),
        # habitual use since a time, not the adverb of a later finding
        ("Russia has used Shahed drones since 2022 to hit the grid.", "Shahed", True),
        ("Russia has since 2022 used Shahed drones against the grid.", "Shahed", True),
        (
            "The police chief has since said the supermarket was hit by a Kh-38 missile.",
            "Kh-38",
            False,
        ),
        ("Officials have since confirmed that Iskander missiles were used.", "Iskander", False),
    ],
)
def test_background_weapon(sentence: str, weapon: str, background: bool) -> None:
    start = sentence.index(weapon)
    assert is_background_weapon(sentence, start) is background
    # (a caller that has the clause already passes it)
    assert is_background_weapon(sentence, start, weapon_clause(sentence, start)) is background


@pytest.mark.parametrize(
    ("sentence", "weapon", "clause"),
    [
        ("Kyiv asked for air defence after Iskander missiles killed 20", "Iskander",
         "after Iskander missiles killed 20"),
        ("The air force said Iskander-Ms. The strike hit Odesa", "Iskander",
         "The air force said Iskander-Ms"),
        ("Drones (Shahed models) hit Lviv", "Shahed", "Shahed models"),
        ("AFTER midnight Shaheds hit Lviv", "Shaheds", "AFTER midnight Shaheds hit Lviv"),
    ],
)  # fmt: skip
def test_weapon_clause(sentence: str, weapon: str, clause: str) -> None:
    start, end = weapon_clause(sentence, sentence.index(weapon))
    assert sentence[start:end].strip() == clause
