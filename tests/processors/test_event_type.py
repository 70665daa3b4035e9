"""Which event type an event gets: the means of its own attack clause, not another attack's.

Held-out texts, freshly written from the facts of real reported strikes (not copied, not in
the labelled files). Each asserts the event type of the event at each named place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from processors.extraction import extract_strikes
from processors.triggers import find_strike

D = dt.date

# (published, text, [(place, event_type), ...])
CASES = [
    pytest.param(
        D(2024, 12, 20),
        "Israeli jets struck the port of Hodeidah and two power stations near Sanaa on Thursday, "
        "killing nine people, hours after a Houthi missile damaged a school in Ramat Gan.",
        [("Hodeidah", "air_strike")],
        id="jets-clause-beats-later-missile-clause",
    ),
    pytest.param(
        D(2024, 9, 23),
        "An Israeli strike on a residential building in the southern Lebanese town of Nabatieh "
        "killed six people on Monday, the health ministry said.",
        [("Nabatieh", "other_attack")],
        id="israeli-strike-no-means-stays-other",
    ),
    pytest.param(
        D(2024, 10, 26),
        "Israel struck a school sheltering displaced families in Deir al-Balah on Saturday, "
        "killing at least 17 people, Gaza's civil defence said, days after Hamas rockets "
        "were fired at Tel Aviv.",
        [("Deir al-Balah", "other_attack")],
        id="israel-struck-later-rockets-clause-ignored",
    ),
    pytest.param(
        D(2023, 9, 6),
        "A Russian strike on a crowded market in Kostiantynivka killed 17 people on Wednesday, "
        "Ukrainian officials said.",
        [("Kostiantynivka", "other_attack")],
        id="russian-strike-no-means-stays-other",
    ),
    pytest.param(
        D(2017, 5, 22),
        "An explosion hit a crowded market in the Sadr City district of Baghdad on Monday, "
        "killing 35 people in an attack claimed by the Islamic State group, officials said.",
        [("Baghdad", "other_attack")],
        id="explosion-no-means-stays-other",
    ),
    pytest.param(
        D(2024, 3, 22),
        "Gunmen opened fire on worshippers at a mosque in Peshawar on Friday, killing at least "
        "40 people, and the Islamic State group claimed the attack.",
        [("Peshawar", "other_attack")],
        id="gunmen-attack-stays-other",
    ),
    pytest.param(
        D(2022, 4, 8),
        "Two Tochka-U missiles hit the railway station in Kramatorsk on Friday, killing 50 "
        "people waiting to be evacuated, a day after Russian shelling hit Kharkiv.",
        [("Kramatorsk", "missile")],
        id="missile-clause-not-later-shelling",
    ),
    pytest.param(
        D(2024, 1, 2),
        "Russian artillery shelled Kherson on Tuesday, killing a woman, the regional governor "
        "said.",
        [("Kherson", "shelling")],
        id="artillery-is-shelling",
    ),
    pytest.param(
        D(2023, 5, 12),
        "Russia attacked Kyiv overnight with Shahed drones and cruise missiles, and falling "
        "debris killed one man, the city administration said on Friday.",
        [("Kyiv", "missile")],
        id="combined-drone-and-missile-is-missile",
    ),
    pytest.param(
        D(2024, 2, 11),
        "Russian drones hit a petrol station in Kharkiv on Saturday night, starting a fire that "
        "killed a family of five, officials said. Moscow has also fired glide bombs at the "
        "region for weeks.",
        [("Kharkiv", "drone")],
        id="drone-not-later-glide-bomb-background",
    ),
    pytest.param(
        D(2017, 4, 6),
        "The number of people killed in Tuesday's suspected chemical attack on the rebel-held "
        "town of Khan Sheikhoun in Idlib province has risen to 86, Syrian monitors said on "
        "Thursday. Autopsies showed exposure to sarin, and Western governments blamed Syrian "
        "government warplanes.",
        [("Khan Shaykhun", "air_strike")],
        id="platform-blamed-in-follow-up",
    ),
    pytest.param(
        D(2024, 1, 28),
        "A US strike in Baghdad killed a senior commander of Kataib Hezbollah on Wednesday, "
        "Iraqi security officials said.",
        [("Baghdad", "other_attack")],
        id="us-strike-no-means-stays-other",
    ),
    pytest.param(
        D(2024, 8, 10),
        "Israeli tank fire hit a tent camp in Khan Younis on Saturday, killing four people, "
        "medics said.",
        [("Khan Yunis", "shelling")],
        id="israeli-tank-fire-stated-means-win",
    ),
    pytest.param(
        D(2024, 4, 2),
        "Israeli drone strikes hit an aid convoy in Deir al-Balah on Monday night, killing seven "
        "aid workers.",
        [("Deir al-Balah", "drone")],
        id="israeli-drone-stated-means-win",
    ),
    pytest.param(
        D(2022, 12, 5),
        "Russia said Ukrainian jet drones attacked two air bases on Monday. At the Engels base "
        "in Saratov region two aircraft were slightly damaged "
        "and two servicemen were wounded, the ministry said.",
        [("Engels", "drone")],
        id="damaged-aircraft-are-not-the-means",
    ),
    pytest.param(
        D(2024, 6, 6),
        "Israeli missiles hit a UN school sheltering displaced people in Nuseirat on Thursday, "
        "killing at least 33, Gaza officials said.",
        [("Nuseirat", "air_strike")],
        id="israels-unnamed-missiles-abroad-are-air-launched",
    ),
    pytest.param(
        D(2016, 10, 13),
        "US cruise missiles struck a Houthi radar site in Hodeidah on Thursday, killing six "
        "fighters, officials said, days after missiles were fired at a US Navy destroyer.",
        [("Hodeidah", "missile")],
        id="us-cruise-missiles-stay-missile",
    ),
    pytest.param(
        D(2024, 5, 4),
        "The toll from Saturday's Russian attack on Dnipro has risen to 12, most of them in an "
        "apartment block whose stairwell collapsed after a direct missile hit, officials said.",
        [("Dnipro", "missile")],
        id="collapsed-after-a-hit-is-the-same-attack",
    ),
    # Missiles a drone fired are a drone strike (North Waziristan, 2013; Tyre, 2024).
    pytest.param(
        D(2013, 6, 8),
        "Missiles fired by a pilotless aircraft hit a house in Miranshah on Friday, killing seven "
        "militants, Pakistani security officials said.",
        [("Miranshah", "drone")],
        id="missiles-fired-by-a-pilotless-aircraft-are-a-drone-strike",
    ),
    pytest.param(
        D(2024, 9, 2),
        "An Israeli drone fired two missiles at a car near Tyre on Monday, killing a Hezbollah "
        "commander, Lebanese state media said.",
        [("Tyre", "drone")],
        id="a-drone-that-fired-missiles-is-a-drone-strike",
    ),
    pytest.param(
        D(2024, 8, 26),
        "Russia fired more than 100 missiles and 100 drones at Ukraine, and a missile killed "
        "four people in Lutsk on Monday.",
        [("Lutsk", "missile")],
        id="missiles-and-drones-side-by-side-stay-missile",
    ),
    # NATO's bombs fell from aircraft (Surdulica, April 1999)
    pytest.param(
        D(1999, 4, 28),
        "Yugoslav officials said about 20 civilians were killed when NATO bombs hit houses in "
        "the southern Serbian town of Surdulica on Tuesday.",
        [("Surdulica", "air_strike")],
        id="nato-bombs-are-an-air-strike",
    ),
    pytest.param(
        D(2023, 8, 9),
        "In Dnipropetrovsk Oblast, heavy artillery fired on Nikopol three times overnight, the "
        "governor said, and a man was killed.\n\nIn Kharkiv Oblast, a boy was injured in a "
        "Russian attack on Kupiansk on Tuesday, the governor said.",
        [("Nikopol", "shelling"), ("Kupiansk", "other_attack")],
        id="round-up-paragraph-keeps-its-own-means",
    ),
    pytest.param(
        D(2022, 8, 10),
        "Russian units fired two salvoes of rockets at Marhanets overnight, killing 12 people."
        "\n\nThe rest of the barrage hit the village of Vyshchetarasivka, where a woman was "
        "killed.",
        [("Marhanets", "shelling"), ("Vyshchetarasivka", "shelling")],
        id="rest-of-the-barrage-is-the-barrage",
    ),
    # held-out
    pytest.param(
        D(2014, 6, 3),
        "LUGANSK, June 3 — Monitors said on Tuesday that the blast which ripped through the "
        "regional administration building in Lugansk a day earlier had been caused by rockets "
        "fired from an aircraft. Eight people were killed.",
        [("Luhansk", "air_strike")],
        id="rockets-fired-from-an-aircraft",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_event_type(published: dt.date, text: str, expected: list[tuple[str, str]]) -> None:
    types = {e.location.name: e.event_type for e in extract_strikes(text, published)}
    assert {place: types.get(place) for place, _ in expected} == dict(expected)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a bombing where nothing flies and no state with an air force is named: on the ground
        (
            "A bombing at a Shi'ite mosque in Kunduz during Friday prayers on Oct. 8 killed 46 "
            "people, officials said. Islamic State claimed the attack.",
            "other_attack",
        ),
        # ... but aircraft named, or a state's forces, drop their bombs
        (
            "A bombing at a market in Kunduz on Oct. 8 killed 46 people. Witnesses said jets "
            "circled overhead before the blast.",
            "air_strike",
        ),
        ("Israeli bombing killed 20 people in Khan Younis on Monday.", "air_strike"),
    ],
)
def test_a_bombing_on_the_ground_is_no_air_strike(text: str, event_type: str) -> None:
    (strike,) = extract_strikes(text, dt.date(2021, 10, 9))
    assert strike.event_type == event_type


@pytest.mark.parametrize(
    "text",
    [
        # a bomb set in a car goes off where it was put, however many words stand between
        "A colonel was killed on Monday when a bomb in his parked car exploded outside his home "
        "in Kursk. Russian officials blamed Ukraine.",
        # a helicopter that flew the wounded out is no means of the attack
        "Militants killed 12 soldiers in an ambush near Kursk on Monday. Several wounded troops "
        "were flown by helicopter to hospital.",
    ],
)
def test_a_bomb_set_or_a_helicopter_that_carried_the_wounded_is_no_air_strike(text: str) -> None:
    (strike,) = extract_strikes(text, dt.date(2031, 6, 3))
    assert strike.event_type == "other_attack"


def test_an_air_strike_by_a_drone_is_a_drone_strike() -> None:
    for text in (
        "An air strike by a drone on a camp for displaced people killed 56 people.",
        "An air strike carried out by a drone killed two men.",
    ):
        cue = find_strike(text, True)
        assert cue is not None and cue.event_type == "drone"
    jets = find_strike("An air strike by Israeli jets killed five people.", True)
    assert jets is not None and jets.event_type == "air_strike"


def test_a_tank_that_fired_is_shelling_unless_it_only_dates_another_attack() -> None:
    cue = find_strike("An Israeli tank fired on the building, killing two women.", True)
    assert cue is not None and cue.event_type == "shelling"
    jets = find_strike("Jets hit sites around Khiam, after tanks fired near Kfar Kila.", True)
    assert jets is not None and jets.event_type == "air_strike"


def test_another_sides_means_told_after_is_no_means_of_an_attack_with_none() -> None:
    text = (
        "An Israeli strike killed four people in the village of Jouaiyya in southern Lebanon on "
        "Tuesday. Hezbollah fired more than 200 rockets at northern Israel the next day."
    )
    events = extract_strikes(text, dt.date(2024, 3, 15))
    assert [(e.location.name, e.event_type) for e in events] == [("Jouaiyya", "other_attack")]
    # ... but the same side's is
    same = text.replace(
        "Hezbollah fired more than 200 rockets at northern Israel",
        "Israeli artillery shelled the village again",
    )
    events = extract_strikes(same, dt.date(2024, 3, 15))
    assert [(e.location.name, e.event_type) for e in events] == [("Jouaiyya", "shelling")]
