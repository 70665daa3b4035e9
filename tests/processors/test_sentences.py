import pytest

from processors.sentences import dateline_end, split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_back_into_the_text() -> None:
    text = "  Shelling hit Kharkiv. Two people died!  Officials said so.\n"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert _texts(text) == ["Shelling hit Kharkiv.", "Two people died!", "Officials said so."]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "On Feb. 28 the U.S. embassy said Dr. Smith left at 10 a.m. Monday. Next one."
    assert _texts(text) == [
        "On Feb. 28 the U.S. embassy said Dr. Smith left at 10 a.m. Monday.",
        "Next one.",
    ]
    # ... nor an officer's rank
    text = "Army spokesman Brig. Gen. Nabil Abdallah says drones hit the airport. He gave no toll."
    assert _texts(text) == [
        "Army spokesman Brig. Gen. Nabil Abdallah says drones hit the airport.",
        "He gave no toll.",
    ]


def test_a_sentence_ends_before_an_opening_guillemet() -> None:
    text = "Ворог атакував область, працювала ППО. «Влучань не допущено», — Кравченко."
    assert _texts(text) == [
        "Ворог атакував область, працювала ППО.",
        "«Влучань не допущено», — Кравченко.",
    ]


def test_a_number_sign_before_a_number_does_not_end_a_sentence() -> None:
    text = "The gunman opened fire in School No. 175 on Tuesday. She said No. The attack went on."
    assert [s.text for s in split_sentences(text)] == [
        "The gunman opened fire in School No. 175 on Tuesday.",
        "She said No.",
        "The attack went on.",
    ]


def test_lower_case_after_full_stop_continues_the_sentence() -> None:
    assert _texts("It cost 2.5 million. e.g. this continues") == [
        "It cost 2.5 million. e.g. this continues"
    ]


def test_headlines_and_paragraphs_are_separate() -> None:
    text = 'Kharkiv Carpet Bombed\n\nOn Monday rockets fell. "Quote here." He said.'
    assert _texts(text) == [
        "Kharkiv Carpet Bombed",
        "On Monday rockets fell.",
        '"Quote here."',
        "He said.",
    ]


def test_empty_and_blank_texts_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n  ") == []


def test_closing_quote_stays_with_its_sentence() -> None:
    assert _texts('He said "we were hit." Then silence.') == [
        'He said "we were hit."',
        "Then silence.",
    ]


def test_abbreviation_is_the_word_before_the_last_full_stop() -> None:
    from processors.sentences import _is_abbreviation

    assert _is_abbreviation("officials said on Feb.")
    assert _is_abbreviation("the U.S.")
    assert _is_abbreviation("Dr.\n")  # a final line break is skipped, as ``$`` does
    assert _is_abbreviation("Plan B.")  # a single letter
    assert not _is_abbreviation("Kharkiv.")
    assert not _is_abbreviation("Feb")
    assert not _is_abbreviation("2.Feb!")
    assert not _is_abbreviation("x1.")  # no run of letters before the stop


@pytest.mark.parametrize(
    ("text", "proper"),
    [
        ("KYIV, Aug 25 (Reuters) - Ryan Evans was killed", "Ryan"),
        ("ADEN, Yemen — A Houthi drone hit the base", "A Houthi"),
        ("BEIRUT/WASHINGTON, April 14 (Reuters) - Israel struck", "Israel"),
        ("GAZA — Strikes hit a school", "Strikes"),
        ("JERUSALEM (Oct 2) — Iran's barrage of missiles", "Iran's"),
        ("Sept. 7, 2023 — A Russian missile that hit a market", "A Russian"),
        ("12 May 2024 — An air strike landed close to the hospital", "An air strike"),
        ("15 May 2025 - Drones struck two power stations", "Drones"),
        ("Apr 7, 2025 - A strike on a media tent", "A strike"),
        ("Addis Abeba - More than 100 people were killed", "More than"),
        ("BOGOTÁ, May 21 — Four people were killed", "Four"),
        # after an editor's note
        ("[Translated from Spanish] ARGELIA, Cauca, 28 January 2026 — A man died", "A man"),
        ("(Translated from Ukrainian) KHARKIV — A rocket hit", "A rocket"),
        # a city's name in title case
        ("Kyiv — Russian attacks on Kherson and Donetsk oblasts killed two", "Russian"),
        ("Kryvyi Rih – A missile hit a hotel", "A missile"),
        # ... with its day, or a weekday's date alone
        ("Kyiv, 14 April 2025 - I am appalled by yesterday's attack", "I am"),
        ("Kyiv, April 14 - Missiles hit the city", "Missiles"),
        ("Fri, 25 Feb 2022 — A Tochka-U hit the airfield", "A Tochka-U"),
        # a city and day in brackets, as Human Rights Watch sets them
        ("(Jerusalem, November 26, 2023) — The explosion that killed", "The explosion"),
        ("(Beirut, 12 June 2024) – Israeli forces fired white phosphorus", "Israeli"),
        # in Cyrillic capitals, as Russian and Ukrainian wire copy sets it
        ("ДАМАСК, 7 мар — Международный аэропорт Алеппо выведен из строя", "Международный"),
        ("ЯРОСЛАВЛЬ, 29 января. Беспилотник упал на территорию завода", "29 января"),
    ],
)
def test_dateline_end_is_where_the_text_proper_starts(text: str, proper: str) -> None:
    assert text[dateline_end(text) :].startswith(proper)


def test_no_dateline_ends_at_the_start() -> None:
    assert dateline_end("Russian missiles hit Kyiv, officials said.") == 0
    assert dateline_end("[Update] Rockets hit KYIV - and more") == 0
    assert dateline_end("Russian forces shelled Kherson - officials said") == 0
    assert dateline_end("Sumy, Kharkiv and Odesa - all came under fire") == 0


def test_dotted_initials_do_not_end_sentences() -> None:
    text = "It includes the USS George H.W. Bush carrier strike group. Drills begin Monday."
    assert _texts(text) == [
        "It includes the USS George H.W. Bush carrier strike group.",
        "Drills begin Monday.",
    ]


def test_a_clock_times_am_ends_a_sentence_before_a_pronoun() -> None:
    text = "The drone attacked around 7 a.m. He said it dropped a munition on the depot."
    assert [s.text for s in split_sentences(text)] == [
        "The drone attacked around 7 a.m.",
        "He said it dropped a munition on the depot.",
    ]
    # ... not before a zone's name
    zoned = "The strike came at 7 a.m. Moscow time on Sunday."
    assert [s.text for s in split_sentences(zoned)] == [zoned]
