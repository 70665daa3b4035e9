"""Which object an extracted strike hit, on short held-out reports of real strikes.

The texts are written for these tests (facts as widely reported, not copied from the
labelled cases): they check the lexicon's reach and the choice between the object of the
attack and objects a sentence merely mentions (a speaker, a place the wounded went to).
"""

import datetime as dt

import pytest

from processors.extraction import extract_strikes

_PUBLISHED = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Halfaya, Syria, December 2012: jets bombed a bakery.
        (
            "Syrian government warplanes bombed a bakery in the town of Halfaya in Hama province "
            "on Sunday, killing dozens of people queuing for bread, activists said.",
            "commercial",
        ),
        # Tripoli, January 2020: a drone strike on the military academy.
        (
            "A drone strike on a military academy in Tripoli killed at least 28 cadets on "
            "Saturday, the UN-recognised government said.",
            "military",
        ),
        # Isfahan, June 2025: US strikes on the nuclear site.
        (
            "US Tomahawk missiles struck the nuclear site at Isfahan in Iran early on Sunday, "
            "the Pentagon said.",
            "other",
        ),
        # Al-Mawasi, Khan Yunis, September 2024: strikes on tents of displaced families.
        (
            "An Israeli air strike on tents sheltering displaced families in al-Mawasi near Khan "
            "Yunis killed at least 19 people on Tuesday, Gaza's civil defence said.",
            "humanitarian",
        ),
        # Deir al-Balah area camps: a camp for displaced people.
        (
            "An Israeli strike hit a camp for displaced people in Deir al-Balah on Thursday, "
            "killing 12 people, the Gaza health ministry said.",
            "humanitarian",
        ),
        # Kyiv, August 2025: the blast wave damaged the EU's diplomatic mission.
        (
            "Russian missiles and drones struck Kyiv overnight into Thursday, killing 23 people; "
            "the blast wave damaged the EU diplomatic mission building, officials said.",
            "government",
        ),
        # Aleppo, 2016: bombing of a named neighbourhood.
        (
            "Syrian and Russian warplanes bombed the al-Shaar neighbourhood of Aleppo on Friday, "
            "killing at least 15 civilians, rescue workers said.",
            "residential",
        ),
        # Dnipro, January 2023: the apartment block, not the hospitals the wounded went to.
        (
            "A Russian Kh-22 missile hit a nine-storey apartment block in Dnipro on Saturday, "
            "killing 46 people; dozens of wounded were taken to the city's hospitals.",
            "residential",
        ),
        # Odesa, a speaker named before the struck object must not be picked.
        (
            "The regional administration said Russian drones hit a residential building in "
            "Odesa overnight, wounding three people.",
            "residential",
        ),
        # Lviv, March 2022: the fuel depot was hit, the airport is only where it lies.
        (
            "Russian missiles struck an oil depot near the airport in Lviv on Saturday, "
            "wounding five people, the regional governor said.",
            "energy",
        ),
        # Kramatorsk, June 2023: the pizzeria was hit.
        (
            "A Russian Iskander missile struck a crowded pizzeria in Kramatorsk on Tuesday "
            "evening, killing 13 people, officials said.",
            "commercial",
        ),
        # Sevastopol, September 2023: the Black Sea Fleet headquarters.
        (
            "Ukrainian missiles hit the Black Sea Fleet headquarters in Sevastopol on Friday, "
            "Russia's defence ministry said.",
            "military",
        ),
    ],
)
def test_the_struck_object_is_the_target(text: str, target: str) -> None:
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target == target


@pytest.mark.parametrize(
    "text",
    [
        # Kherson: nothing named as hit.
        "Russian shelling hit Kherson on Tuesday, killing two people, the regional governor said.",
        # Kharkiv: the ministry is a speaker, not a target.
        "Russia's defence ministry said its forces had struck Kharkiv with missiles on "
        "Monday, killing four people.",
        # Zaporizhzhia: the city council only reported the toll.
        "A Russian missile strike on Zaporizhzhia killed three people on Wednesday, the city "
        "council said.",
    ],
)
def test_nothing_named_as_hit_gives_no_target(text: str) -> None:
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target is None


def test_each_place_in_a_list_gets_what_was_hit_there() -> None:
    # Odesa region, 2023: one night's drones on energy in Odesa and the port in Izmail.
    text = (
        "Russian drones hit a power substation in Odesa and a grain terminal in Izmail "
        "overnight into Wednesday, the regional governor said."
    )
    by_place = {s.location.name: s.target for s in extract_strikes(text, _PUBLISHED)}
    assert by_place == {"Odesa": "energy", "Izmail": "transport"}


def test_a_building_said_hit_after_the_attack_sentence() -> None:
    # Kyiv, July 2024: the toll first, then what was hit.
    text = (
        "Russia fired dozens of missiles at Kyiv on Monday, killing 27 people in the capital. "
        "The Okhmatdyt children's hospital was badly damaged, rescuers said."
    )
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target == "medical"
    # ... or two sentences on, with none telling another attack between
    text = (
        "Russian forces struck the centre of Balakliia with two Iskander missiles overnight, "
        "killing three people. Nine of the injured were taken to hospital. The governor said "
        "at least 13 apartment buildings were damaged."
    )
    assert [s.target for s in extract_strikes(text, _PUBLISHED)] == ["residential"]


@pytest.mark.parametrize(
    ("after", "target"),
    [
        ("One of them hit a popular pizza restaurant in the city centre.", "commercial"),
        ("The second missile struck the regional hospital.", "medical"),
        ("Eight apartment buildings are damaged.", "residential"),
        # near is not hit
        ("Residents gathered near a school.", None),
    ],
)
def test_a_building_something_hit_after_the_attack_sentence(after: str, target: str) -> None:
    text = f"Two Russian missiles struck Kramatorsk on Tuesday evening, killing eight. {after}"
    (strike,) = extract_strikes(text, _PUBLISHED)
    assert strike.target == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # What the strike only landed near gives way to what it damaged.
        (
            "Two Russian missiles landed near the main hospital in Kharkiv on Tuesday, damaging "
            "a shopping centre and wounding 11 people, the governor said.",
            "commercial",
        ),
        # ... but is the best the text gives when nothing else is named.
        (
            "A Russian rocket exploded near a supermarket in Kostiantynivka on Wednesday, "
            "killing four people, officials said.",
            "commercial",
        ),
        # Where people were going is not what was hit.
        (
            "Russian shelling hit Kherson on Sunday as residents walked to church, killing two "
            "people, the regional governor said.",
            None,
        ),
    ],
)
def test_landmarks_and_destinations(text: str, target: str | None) -> None:
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target == target


def test_a_list_of_buildings_said_damaged() -> None:
    text = (
        "Russian missiles struck Kyiv overnight, killing two people, the mayor said. "
        "A kindergarten, a clinic and a shop were among the damaged buildings."
    )
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target == "education"


def test_a_base_is_military() -> None:
    # Millerovo, February 2022: a strike on the air base in Rostov region.
    text = (
        "Ukrainian Tochka-U missiles hit the Millerovo base in Russia's Rostov region on "
        "Friday, destroying two aircraft, Ukrainian officials said."
    )
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target == "military"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Hodeidah, July 2024: the clause after the port tells the fuel tanks that burned.
        (
            "Israeli jets bombed the Houthi-held port of Hodeidah on Saturday, setting fuel "
            "storage tanks and a power station on fire.",
            "energy",
        ),
        # Novorossiysk, 2025: the strike on the port set fire to its oil depot.
        (
            "A Ukrainian drone attack on Novorossiysk's port set fire to an oil depot on "
            "Friday, the governor said.",
            "energy",
        ),
        # ... but in a list the port comes first, as the text names it.
        (
            "Russian drones damaged port and energy infrastructure in Odesa overnight, the "
            "governor said.",
            "transport",
        ),
        # Hama, 2024: a military airport is a military site, not a transport hub.
        (
            "Israeli jets struck the Hama military airport on Wednesday, destroying aircraft "
            "and runways.",
            "military",
        ),
    ],
)
def test_a_port_gives_way_to_the_fuel_site_hit_in_it(text: str, target: str) -> None:
    strikes = extract_strikes(text, _PUBLISHED)
    assert strikes and strikes[0].target == target


def test_an_unnamed_enterprise_is_the_energy_site_the_text_names_at_its_place() -> None:
    # Ryazan and Volgograd, August 2025: the governor's "enterprise" is the refinery that
    # Ukraine's General Staff named; Volgograd's refinery says nothing of Kursk's enterprise.
    text = (
        "Governor Pavel Malkov said an enterprise in Ryazan had been damaged by falling drone "
        "debris on Thursday. Ukraine's General Staff later said it had hit the Rosneft-owned "
        "Ryazan refinery. In Kursk, a drone attack damaged an industrial enterprise on "
        "Thursday, the governor said. A fire broke out at the Lukoil refinery in Volgograd "
        "after a drone attack on Thursday."
    )
    by_place = {s.location.name: s.target for s in extract_strikes(text, _PUBLISHED)}
    assert by_place == {"Ryazan": "energy", "Kursk": "other", "Volgograd": "energy"}


def test_the_one_events_plant_is_the_refinery_the_text_calls_it() -> None:
    # Novoshakhtinsk, June 2022: "the plant" of the first report is a refinery.
    text = (
        "A refinery in Russia's Rostov region halted work on Wednesday after a fire. Two "
        "drones attacked the Novoshakhtinsk plant on Wednesday morning, officials said."
    )
    strikes = extract_strikes(text, _PUBLISHED)
    assert [s.target for s in strikes] == ["energy"]
