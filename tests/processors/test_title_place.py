"""A place named only in the headline: feed items often give the place in the title and
leave it out of the summary ("Kharkiv: two killed as guided bomb hits apartment block" over
"Two people were killed when a guided bomb hit a residential building on Tuesday").

The texts are written for these tests (facts as widely reported, not copied from the
labelled cases). The headline's struck place stands for the body's placeless attack
sentences, as a dateline's place does; it is never used when the headline reports no
strike, and a place the body names itself wins.
"""

import datetime as dt

import pytest

from processors.extraction import extract_strikes

_PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


def _events(text: str, title: str | None) -> list[tuple]:
    return [
        (
            s.location.name if s.location else None,
            s.event_type,
            s.killed.min if s.killed else None,
            s.wounded.min if s.wounded else None,
        )
        for s in extract_strikes(text, _PUBLISHED, title)
    ]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Kharkiv: two killed as guided bomb hits apartment block",
            "Two people were killed when a guided bomb hit a residential building on Tuesday, "
            "the regional governor said.",
            ("Kharkiv", "air_strike", 2, None),
        ),
        (
            "Drone attack on Odesa port",
            "Russian drones hit port infrastructure overnight, the regional administration "
            "said. Three workers were wounded.",
            ("Odesa", "drone", None, 3),
        ),
        (
            "Two dead in Russian shelling of Kherson",
            "Shelling hit a bus stop in the morning, killing two people and wounding five, "
            "local officials said.",
            ("Kherson", "shelling", 2, 5),
        ),
        (
            "Missile strike on Dnipro kills four",
            "A Russian missile struck a five-storey building on Monday night, killing four "
            "people, emergency services said.",
            ("Dnipro", "missile", 4, None),
        ),
        (
            "Israeli strike on Rafah kills 11",
            "An Israeli air strike hit a house on Monday, killing 11 members of one family, "
            "according to the civil defence.",
            ("Rafah", "air_strike", 11, None),
        ),
        (
            "Zaporizhzhia region: one killed in drone attack",
            "A Russian drone hit a car on a road near the front line on Tuesday morning, "
            "killing the driver, the governor said.",
            ("Zaporizhzhia Oblast", "drone", 1, None),
        ),
    ],
)
def test_a_headline_place_stands_for_a_placeless_body(
    title: str, text: str, expected: tuple
) -> None:
    assert _events(text, title) == [expected]
    assert _events(text, None) == [], "the body alone names no place"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The headline names a place but reports no strike there.
        (
            "Zelensky in Washington as allies weigh new aid",
            "Russian missiles hit energy facilities overnight, officials said.",
        ),
        (
            "Kyiv says it downed 30 drones",
            "Russian drones hit an energy facility in the west of the country, officials said.",
        ),
        (
            "Talks in Istanbul end without a ceasefire",
            "Shelling killed three civilians on Tuesday, the regional governor said.",
        ),
        # The headline's place is where the protest was, not where a strike was reported.
        (
            "Protest in Berlin over the war",
            "Demonstrators said missiles had killed thousands of civilians since the war began.",
        ),
    ],
)
def test_a_headline_that_reports_no_strike_lends_no_place(title: str, text: str) -> None:
    assert [name for name, *_ in _events(text, title) if name] == []


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a feed titled by the place alone, as city channels and local pages are
        (
            "Kostiantynivka",
            "Two people were killed and three wounded on Tuesday morning when a Russian drone "
            "hit a minibus stop, the regional military administration said.",
            [("Kostiantynivka", "drone", 2, 3)],
        ),
        (
            "Kharkiv.",
            "A Russian drone struck a nine-storey apartment block on Tuesday evening, wounding "
            "at least five people.",
            [("Kharkiv", "drone", None, 5)],
        ),
        # a country is no place, and a title that only holds a place is not one
        ("Ukraine", "A Russian drone hit a bus on Tuesday, killing two.", []),
        ("Weather in Kharkiv", "A Russian drone hit a bus on Tuesday, killing two.", []),
    ],
)
def test_a_title_that_is_only_a_place_names_where(
    title: str, text: str, expected: list[tuple]
) -> None:
    assert _events(text, title) == expected


def test_a_place_the_body_names_wins_over_the_headline() -> None:
    title = "Missile strike on Kharkiv region"
    text = "A Russian missile hit a school in Izium on Tuesday, wounding two teachers."
    assert _events(text, title) == [("Izium", "missile", None, 2)]


def test_the_evidence_stays_in_the_body() -> None:
    title = "Kharkiv: two killed as guided bomb hits apartment block"
    text = "Two people were killed when a guided bomb hit a residential building on Tuesday."
    (event,) = extract_strikes(text, _PUBLISHED, title)
    for evidence in event.evidence:
        assert text[evidence.start : evidence.end] == evidence.text


def test_the_headline_gives_the_figures_and_attacker_the_body_leaves_out() -> None:
    title = "Israeli strike on Gaza City school kills at least 16"
    text = (
        "The Hamama school in Gaza City, which sheltered displaced families, was hit by an air "
        "strike on Saturday."
    )
    (event,) = extract_strikes(text, _PUBLISHED, title)
    assert (event.location.name, event.killed.min, event.killed.max) == ("Gaza City", 16, None)
    assert event.perpetrator == "Israeli forces"


def test_the_bodys_own_figures_win_over_the_headlines() -> None:
    title = "Russian glide bombs kill 13 in Zaporizhzhia"
    text = (
        "Glide bombs hit an industrial site in Zaporizhzhia on Tuesday, killing 14 people, the "
        "governor said."
    )
    (event,) = extract_strikes(text, _PUBLISHED, title)
    assert (event.killed.min, event.perpetrator) == (14, "Russian forces")


def test_a_headline_about_another_place_lends_nothing() -> None:
    title = "Missile strike on Odesa kills five"
    text = "A drone hit a bus in Kherson on Tuesday."
    (event,) = extract_strikes(text, _PUBLISHED, title)
    assert (event.location.name, event.killed.min, event.perpetrator) == ("Kherson", None, None)


def test_a_strike_headline_over_a_body_that_gives_only_the_toll() -> None:
    strikes = extract_strikes(
        "At least three people were injured, officials said.",
        _PUBLISHED,
        "Kharkiv: guided bomb hits apartment block",
    )
    assert [(s.location.name, s.event_type, s.wounded.min) for s in strikes] == [
        ("Kharkiv", "air_strike", 3)
    ]
    # a headline naming no place lends nothing to a bare toll
    assert (
        extract_strikes("Three people were killed.", _PUBLISHED, "Missile strike kills three") == []
    )
