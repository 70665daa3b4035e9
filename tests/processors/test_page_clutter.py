"""Page furniture blanked before extraction: held-out texts written for these tests."""

import datetime as dt

import pytest

from processors.extraction import extract_strikes
from processors.page_clutter import blank_page_clutter, blank_pictographs

CLOSING = "The city declared three days of mourning."
REPORT = (
    "KYIV — Two Russian missiles hit the centre of Sumy on Sunday morning, killing 35 people, "
    "officials said."
)


@pytest.mark.parametrize(
    "clutter",
    [
        "Read more:\n• Missile kills 20 near Kryvyi Rih playground (April 5)\n• Envoy visits Kyiv",
        "MOST READ\n1. Drone hits Odesa port, two killed\n2. Oil steadies",
        "Related stories\n- Shelling kills four in Kherson market",
        "Related: Houthi missile hits Jaffa playground, 16 hurt (Dec 21)",
        "Read next: Iranian missile hits Soroka hospital in Beersheba (June 19)",
        "[Caption: Rescuers at the square in Chernihiv after a missile struck it on Aug. 19.]",
        "[Photo: Smoke rises over Tehran after Israeli strikes, June 15. (AFP)]",
    ],
)
def test_clutter_is_blanked_and_offsets_hold(clutter: str) -> None:
    text = f"{REPORT}\n\n{clutter}\n\n{CLOSING}"
    blanked = blank_page_clutter(text)
    assert len(blanked) == len(text)
    assert blanked.startswith(REPORT) and blanked.endswith(CLOSING)
    assert blanked.count("\n") == text.count("\n")
    kept = blanked.replace(REPORT, "").replace(CLOSING, "")
    assert not kept.strip()


def test_a_links_strike_is_no_event_of_the_report() -> None:
    text = f"{REPORT}\n\nRelated:\n- Missile hits train at Chaplyne station, killing 22"
    events = extract_strikes(text, dt.date(2025, 4, 14))
    assert [e.location.name for e in events if e.location] == ["Sumy"]


def test_the_reports_own_words_are_kept() -> None:
    # "related" and "read" in the story's sentences, and brackets inside a sentence
    text = (
        "Officials said the strike was related to the offensive. Residents read the notices "
        "[in Ukrainian] posted on the door. Most read them twice."
    )
    assert blank_page_clutter(text) == text


def test_pictographs_are_blanked_one_space_each() -> None:
    text = "⚡️ KYIV: 🔴 Two killed 🇺🇦 — Мер: «Вибухи»."
    blanked = blank_pictographs(text)
    assert len(blanked) == len(text)
    assert blanked == "   KYIV:   Two killed    — Мер: «Вибухи»."
    assert blank_pictographs("Plain text.") == "Plain text."


def test_a_post_opening_with_an_emoji_keeps_its_heading_and_quotes_it_as_given() -> None:
    text = (
        "⚡️ LISICHANSK (LPR): 28 dead ‼️ after Saturday's strike on a bakery. Investigators: "
        "HIMARS."
    )
    (strike,) = extract_strikes(text, dt.date(2024, 2, 4))
    assert (strike.location.name, strike.killed.min) == ("Lysychansk", 28)
    assert all(e.text == text[e.start : e.end] for e in strike.evidence)
    assert strike.evidence[0].text.startswith("LISICHANSK (LPR): 28 dead ‼️ after")


def test_a_threads_post_counters_are_blanked_but_not_dates() -> None:
    text = "1/3 PORT SUDAN — drones hit the fuel depot.\n2/3 Flights suspended.\n12/05 A date."
    assert blank_pictographs(text) == (
        "    PORT SUDAN — drones hit the fuel depot.\n    Flights suspended.\n12/05 A date."
    )


def test_a_threads_first_post_keeps_its_dateline() -> None:
    text = (
        "1/3 🇸🇩 PORT SUDAN — first drone attack on the city. Sunday: suicide drones hit an "
        "ammunition depot beside the international airport.\n\n2/3 The army blames the RSF."
    )
    (strike,) = extract_strikes(text, dt.date(2025, 5, 5))
    assert strike.location.name == "Port Sudan"
