"""Which named weapons an event gets: those of its own attack, not background ones.

Held-out texts, freshly written from the facts of real reported strikes (not copied, not in
the labelled files). Each asserts the place of every event and its weapons exactly.
"""

from __future__ import annotations

import datetime as dt

import pytest

from processors.extraction import extract_strikes
from processors.weapon_ties import is_background_weapon

D = dt.date

# (published, text, [(place, weapons), ...]) — weapons a background sentence names must not
# attach; a follow-up sentence that names the weapon of the same attack must.
CASES = [
    pytest.param(
        D(2024, 4, 17),
        "Three Russian missiles slammed into the centre of Chernihiv on Wednesday morning, "
        "killing 17 people and wounding dozens. Ukraine's air force said the missiles were "
        "Iskander-Ms. President Zelenskyy said the city would have been protected had allies "
        "delivered enough air defence, and said Ukraine needs more Patriot systems to stop "
        "Kinzhal missiles.",
        [("Chernihiv", ["Iskander-M"])],
        id="chernihiv-followup-attaches-request-does-not",
    ),
    pytest.param(
        D(2024, 4, 29),
        "A Russian Iskander-M missile carrying cluster munitions struck a seafront area of "
        "Odesa on Monday, killing five people and wounding 32. Last year, Kalibr missiles "
        "damaged the city's Transfiguration Cathedral.",
        [("Odesa", ["Iskander-M", "cluster munitions"])],
        id="odesa-last-year-kalibr-is-background",
    ),
    pytest.param(
        D(2025, 4, 13),
        "Two Russian ballistic missiles hit the centre of Sumy on Sunday morning as people "
        "went to church, killing 34. The military said the attack was carried out with "
        "Iskander-M missiles.",
        [("Sumy", ["Iskander-M"])],
        id="sumy-attack-carried-out-with-iskanders",
    ),
    pytest.param(
        D(2024, 8, 31),
        "Russia dropped a guided bomb on a high-rise building in Kharkiv on Friday evening, "
        "killing six people, among them a 14-year-old girl. Zelenskyy again asked allies for "
        "permission to use ATACMS missiles against the airfields the bombers fly from.",
        [("Kharkiv", [])],
        id="kharkiv-permission-for-atacms-is-background",
    ),
    pytest.param(
        D(2024, 3, 2),
        "A Russian drone tore into an apartment building in Odesa early on Saturday, killing "
        "at least eight people. Russia has fired Kinzhal missiles at Ukrainian cities "
        "repeatedly since 2022.",
        [("Odesa", [])],
        id="odesa-habitual-use-is-background",
    ),
    pytest.param(
        D(2023, 12, 29),
        "Russian cruise missiles hit a maternity hospital and a shopping centre in Dnipro on "
        "Friday, killing five people. The missiles were Kh-101s launched from Tu-95 bombers, "
        "the air force said.",
        [("Dnipro", ["Kh-101"])],
        id="dnipro-the-missiles-were-kh101s",
    ),
    pytest.param(
        D(2024, 9, 3),
        "Two Russian ballistic missiles struck a military training institute in Poltava on "
        "Tuesday, killing at least 41 people and wounding more than 180. Ukrainian officials "
        "said Iskander-M missiles were used. Ukraine has long urged Washington to approve "
        "long-range strikes with ATACMS on Russian launch sites.",
        [("Poltava", ["Iskander-M"])],
        id="poltava-used-attaches-approve-atacms-does-not",
    ),
    pytest.param(
        D(2024, 7, 8),
        "A Russian missile hit Okhmatdyt, Kyiv's largest children's hospital, on Monday, "
        "killing two adults. Ukraine's security service said fragments showed it was a Kh-101 "
        "cruise missile. The Pentagon said a new aid package for Ukraine will include HIMARS "
        "rockets.",
        [("Kyiv", ["Kh-101"])],
        id="kyiv-okhmatdyt-fragments-attach-aid-package-does-not",
    ),
    pytest.param(
        D(2024, 4, 2),
        "Ukrainian drones hit a dormitory in Yelabuga in Tatarstan on Tuesday, wounding "
        "several people. The Alabuga economic zone nearby produces Shahed drones for Russia's "
        "army.",
        [("Yelabuga", [])],
        id="yelabuga-production-is-background",
    ),
    pytest.param(
        D(2024, 4, 6),
        "Russian drones hit residential streets in Kharkiv overnight into Saturday, killing "
        "six people and wounding 10, Mayor Ihor Terekhov said. Two weeks earlier, Kinzhal "
        "missiles hit the city's power plants.",
        [("Kharkiv", [])],
        id="kharkiv-two-weeks-earlier-kinzhal-is-background",
    ),
    pytest.param(
        D(2025, 4, 4),
        "A Russian ballistic missile exploded over a playground in Kryvyi Rih on Friday "
        "evening, killing 18 people, nine of them children. Officials said the missile was an "
        "Iskander-M with a cluster warhead. Ukraine has asked its partners for more "
        "interceptors to counter Kinzhal and Zircon missiles.",
        [("Kryvyi Rih", ["Iskander-M", "cluster munitions"])],
        id="kryvyi-rih-warhead-attaches-interceptor-request-does-not",
    ),
    pytest.param(
        D(2022, 7, 14),
        "Russian Kalibr cruise missiles fired from a submarine hit the centre of Vinnytsia on "
        "Thursday, killing 23 people. Russia has a large stockpile of Iskander missiles, "
        "Ukrainian intelligence said.",
        [("Vinnytsia", ["Kalibr"])],
        id="vinnytsia-stockpile-is-background",
    ),
    pytest.param(
        D(2024, 3, 15),
        "Two Russian missiles hit Odesa on Friday in a double-tap strike, killing 20 people, "
        "including a paramedic. Ukraine's air force said the missiles were Iskander-Ms, fired "
        "from occupied Crimea.",
        [("Odesa", ["Iskander-M"])],
        id="odesa-double-tap-followup-attaches",
    ),
    pytest.param(
        D(2023, 7, 6),
        "A Russian Kalibr missile hit an apartment block in Lviv before dawn on Thursday, "
        "killing ten people, after Ukraine had asked for more air defence to stop Shahed "
        "drones.",
        [("Lviv", ["Kalibr"])],
        id="lviv-request-clause-in-the-attack-sentence",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_an_event_gets_only_the_weapons_of_its_own_attack(
    published: dt.date, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    strikes = extract_strikes(text, published)
    assert [(s.location.name, s.weapons) for s in strikes] == expected


def test_a_background_weapon_does_not_decide_the_event_type() -> None:
    text = (
        "A drone hit a block of flats in Odesa on Tuesday, wounding three. Last month, Kinzhal "
        "missiles hit the port."
    )
    [strike] = extract_strikes(text, D(2024, 5, 15))
    assert (strike.weapons, strike.event_type) == ([], "drone")


def test_a_weapon_dated_to_another_day_does_not_attach() -> None:
    text = (
        "Russian shelling killed two people in Kherson on Tuesday. On May 2, Iskander missiles "
        "hit the port there, officials said."
    )
    [strike] = extract_strikes(text, D(2024, 5, 15))
    assert (strike.location.name, strike.weapons) == ("Kherson", [])


@pytest.mark.parametrize(
    ("sentence", "weapon", "background"),
    [
        ("Ukraine asked allies for Patriot systems to stop Iskander missiles.", "Iskander", True),
        ("Zelenskyy renewed his appeal for air defence after Iskander missiles hit Sumy.",
         "Iskander", False),
        ("Officials said US-supplied HIMARS rockets were used.", "HIMARS", False),
        ("It hit a plant in Yelabuga, where Shahed drones are assembled, wounding 12.",
         "Shahed", True),
        ("A week after Kinzhal missiles hit the port, drones struck the city.", "Kinzhal", True),
        ("Kinzhal missiles hit the city on Tuesday, a week after drones hit the port.",
         "Kinzhal", False),
    ],
)  # fmt: skip
def test_the_wording_around_a_weapon_tells_background(
    sentence: str, weapon: str, background: bool
) -> None:
    assert is_background_weapon(sentence, sentence.index(weapon)) is background
