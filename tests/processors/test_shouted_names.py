"""Place names in capitals inside a sentence: held-out texts written for these tests."""

import datetime as dt

import pytest

from processors.extraction import extract_strikes
from processors.shouted_names import read_shouted_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a hit on a house in TAMRA, at night", "a hit on a house in Tamra, at night"),
        ("drones over KHARKIV AND ODESA", "drones over Kharkiv AND ODESA"),
        ("a hit on a hotel in KRYVYI RIH", "a hit on a hotel in Kryvyi Rih"),
        # acronyms and weapons the gazetteer does not know as places stay as written
        ("deliveries of HIMARS to NATO allies", "deliveries of HIMARS to NATO allies"),
        ("a strike in HIMARS range", "a strike in HIMARS range"),
        # a post's heading after a spaced dash, not two places joined by one
        ("Governor, 11:00 — POKROVSK: 7 killed", "Governor, 11:00 — Pokrovsk: 7 killed"),
        ("• KABUL–ISLAMABAD: talks", "• KABUL–ISLAMABAD: talks"),
        # a headline all in capitals is left alone
        ("MISSILES HIT KHARKIV IN THE NIGHT", "MISSILES HIT KHARKIV IN THE NIGHT"),
    ],
)
def test_read_shouted_names(text: str, expected: str) -> None:
    assert read_shouted_names(text) == expected
    assert len(read_shouted_names(text)) == len(text)


def test_a_place_hit_written_in_capitals_is_the_events_place() -> None:
    text = (
        "Iranian ballistic missile: direct hit on a residential building in TAMRA, shortly "
        "before midnight. Four people were killed."
    )
    (strike,) = extract_strikes(text, dt.date(2025, 6, 15))
    assert (strike.location.name, strike.killed.min) == ("Tamra", 4)
    assert "in TAMRA" in strike.evidence[0].text


def test_a_posts_heading_before_a_bar_or_an_emoji_names_its_place() -> None:
    text = (
        "Update\n🇷🇺 BELGOROD | Governor Vyacheslav Gladkov: 24 people have died after "
        "yesterday's Ukrainian rocket attack on the city centre."
    )
    (strike,) = extract_strikes(text, dt.date(2023, 12, 31))
    assert (strike.location.name, strike.killed.min) == ("Belgorod", 24)
