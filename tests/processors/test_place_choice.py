"""Which place an extracted strike hit, on short held-out reports of real strikes.

The texts are written for these tests (facts as widely reported, not copied from the
labelled cases). They check the place each event is given (its name in the usual English
form, its country and region) and that places a report merely mentions (a cause, a
reference point, a city the rockets were also aimed at) get no event.
"""

import datetime as dt

import pytest

from processors.extraction import extract_strikes
from processors.gazetteer import load_gazetteer

_PUBLISHED = dt.date(2024, 6, 1)


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.location.name, s.location.country_code, s.location.admin1)
        for s in extract_strikes(text, _PUBLISHED)
        if s.location is not None
    ]


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # Hpakant, Myanmar, October 2022: GeoNames spells the town "Hpakan".
        (
            "Military jets bombed a gathering near Hpakant in Kachin State on Sunday night, "
            "killing dozens of people, a local rescue worker said.",
            "Hpakant",
            "MM",
            "Kachin State",
        ),
        # Poonch, India, May 2025: GeoNames spells it "Pūnch".
        (
            "Pakistani shelling killed four civilians in Poonch on Wednesday, Indian police said.",
            "Poonch",
            "IN",
            None,
        ),
        # Kramatorsk, April 2022: the station strike.
        (
            "A Russian missile struck the railway station in Kramatorsk on Friday, killing "
            "dozens of people waiting to be evacuated, Ukrainian officials said.",
            "Kramatorsk",
            "UA",
            "Donetsk Oblast",
        ),
        # Sumy, April 2025: ballistic missiles on the city centre.
        (
            "Two ballistic missiles hit the centre of Sumy on Sunday morning as people "
            "gathered for church, killing 35, the regional governor said.",
            "Sumy",
            "UA",
            "Sumy Oblast",
        ),
        # Damascus, July 2025: the cause named in the same sentence is not the place hit.
        (
            "Israeli jets struck the army headquarters in Damascus on Wednesday, saying they "
            "acted to protect the Druze minority in Sweida.",
            "Damascus",
            "SY",
            None,
        ),
        # Deir al-Balah, 2024: a reference point south of the place hit.
        (
            "An Israeli air strike hit a school sheltering displaced families in Deir al-Balah "
            "on Saturday, killing 30 people, medics said.",
            "Deir al-Balah",
            "PS",
            None,
        ),
    ],
)
def test_event_place(text: str, name: str, country: str, admin1: str | None) -> None:
    places = _places(text)
    assert places, text
    got_name, got_country, got_admin1 = places[0]
    assert got_name == name
    assert got_country == country
    if admin1 is not None:
        assert got_admin1 == admin1


@pytest.mark.parametrize(
    ("text", "hit", "not_hit"),
    [
        # A purpose clause names another place: not struck.
        (
            "Israeli jets struck the army headquarters in Damascus on Wednesday, saying they "
            "acted to protect the Druze minority in Sweida.",
            "Damascus",
            "As-Suwayda",
        ),
        (
            "An Israeli drone struck a car in Tyre on Monday, killing two Hezbollah members; "
            "the army said it was acting to defend residents in Kiryat Shmona.",
            "Tyre",
            "Qiryat Shmona",
        ),
        # A reference point ("north of X") is not struck.
        (
            "A drone hit an oil depot in Novoshakhtinsk, north of Rostov-on-Don, early on "
            "Tuesday, the regional governor said.",
            "Novoshakhtinsk",
            "Rostov-on-Don",
        ),
        # An origin ("fired from X") is not struck.
        (
            "Rockets fired from Gaza City hit an apartment block in Ashkelon on Tuesday, "
            "wounding three people, medics said.",
            "Ashkelon",
            "Gaza City",
        ),
        # A speaker is not struck.
        (
            "Kyiv said a Russian glide bomb hit a supermarket in Kharkiv on Saturday, "
            "killing 12 shoppers.",
            "Kharkiv",
            "Kyiv",
        ),
        # A hospital city the wounded were taken to is not struck.
        (
            "A missile struck a market in Kostiantynivka on Wednesday, killing 16 people; "
            "the wounded were evacuated to Dnipro.",
            "Kostiantynivka",
            "Dnipro",
        ),
    ],
)
def test_mentioned_place_not_hit(text: str, hit: str, not_hit: str) -> None:
    names = [name for name, _, _ in _places(text)]
    assert hit in names
    assert not_hit not in names


def test_fire_across_a_line_is_no_total() -> None:
    """Fire "across the Line of Control" says where it came over, not that the figure is a
    total over many places: the event keeps it."""
    text = (
        "Pakistani artillery fire across the Line of Control killed at least 12 civilians in "
        "Poonch, Indian officials said."
    )
    (strike,) = extract_strikes(text, _PUBLISHED)
    assert strike.location is not None and strike.location.name == "Poonch"
    assert strike.killed.min == 12


def test_military_jets_in_a_civil_war_are_the_state_army() -> None:
    text = (
        "At least 50 people were killed when military jets bombed a festival in Hpakant "
        "township on Sunday night, the Kachin Independence Army said."
    )
    (strike,) = extract_strikes(text, _PUBLISHED)
    assert strike.location is not None and strike.location.name == "Hpakant"
    assert strike.perpetrator == "Myanmar military"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The attacker's demonym is no country context: the place hit is in the other country.
        (
            "A Russian missile hit a school in Izium on Tuesday, wounding two teachers.",
            "Izium",
            "UA",
        ),
        ("Russian drones hit Pokrovsk overnight, damaging a hospital.", "Pokrovsk", "UA"),
        (
            "Russian troops shelled Vovchansk again on Friday, killing an elderly man.",
            "Vovchansk",
            "UA",
        ),
        (
            "Iranian-made drones struck Bila Tserkva before dawn, the governor said.",
            "Bila Tserkva",
            "UA",
        ),
        (
            "Ukrainian drones set fire to an oil depot in Klintsy, the regional governor said.",
            "Klintsy",
            "RU",
        ),
        # a group as the attacker
        (
            "Hezbollah fired rockets at Kiryat Shmona on Sunday, wounding two.",
            "Kiryat Shmona",
            "IL",
        ),
    ],
)
def test_an_attackers_demonym_does_not_pull_places_into_its_country(
    text: str, name: str, country: str
) -> None:
    assert [(n, c) for n, c, _ in _places(text)] == [(name, country)]


def test_a_civil_war_armys_demonym_still_places_the_strike_at_home() -> None:
    # Ariha, Idlib province, is also the Arabic name of Jericho: without Syria as context it
    # read as Jericho. (This Ariha is not in the gazetteer's cities, so no place is right.)
    text = "Syrian army shelling hit Ariha on Sunday, killing three children."
    assert all(country == "SY" for _, country, _ in _places(text))


def _event_places(text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (s.location.name, s.killed.min, s.wounded.min)
        for s in extract_strikes(text, _PUBLISHED)
        if s.location is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region with no finer place hit inside it is an event of its own.
        (
            "Drones hit two Russian airfields on Tuesday: at an air base in Kaluga region "
            "a fuel depot burned, wounding two soldiers, while at the Borisoglebsk air base in "
            "Voronezh region a plane was damaged.",
            [("Kaluga Oblast", None, 2), ("Borisoglebsk", None, None)],
        ),
        (
            "A Russian missile hit Odesa on Monday, killing two people. In Donetsk region, "
            "shelling killed three civilians.",
            [("Odesa", 2, None), ("Donetsk Oblast", 3, None)],
        ),
        (
            "Ukrainian drones hit an oil refinery in Ryazan region overnight, the governor said.",
            [("Ryazan Oblast", None, None)],
        ),
        # A region around a finer place hit is where that place is, not another event.
        (
            "A Russian missile hit Kramatorsk in Donetsk region on Monday, killing four.",
            [("Kramatorsk", 4, None)],
        ),
        (
            "Shelling hit Nikopol, Dnipropetrovsk region, on Friday. Elsewhere in the "
            "Dnipropetrovsk region, a drone hit a farm.",
            [("Nikopol", None, None)],
        ),
    ],
)
def test_regions_hit_beside_places_hit(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _event_places(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "Jisr" alone is also a name of an Israeli town.
        (
            "Russian warplanes struck a vegetable market in Jisr al-Shughur on Sunday, killing "
            "nine civilians.",
            "Jisr al-Shughur",
            "SY",
        ),
        # GeoNames writes "Abu az Zuhur"
        (
            "Syrian government shelling hit Abu al-Duhur on Sunday, killing three civilians.",
            "Abu az Zuhur",
            "SY",
        ),
        (
            "An Israeli air strike hit a school in Deir el-Balah on Tuesday, killing six.",
            "Deir al-Balah",
            "PS",
        ),
    ],
)
def test_the_arabic_article_in_any_spelling(text: str, name: str, country: str) -> None:
    assert [(n, c) for n, c, _ in _places(text)] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # news spellings, not GeoNames' transliterations
        ("An Ethiopian air strike hit Mekelle on Tuesday.", ["Mekelle"]),
        ("An Iranian missile hit Rishon LeZion on Friday.", ["Rishon LeZion"]),
        # a department's name, not a Spanish town's old one
        ("FARC dissidents dropped explosives from a drone on the police station in Morales, "
         "Cauca, wounding two.", ["Morales"]),
        # a zone GeoNames does not list, in its spellings
        ("An Israeli strike hit tents in al-Muwasi on Friday.", ["Al-Mawasi"]),
        ("An Israeli drone struck a tent in Mawasi on Friday.", ["Al-Mawasi"]),
        # a television channel, not the Syrian town
        (
            "An Israeli strike hit a building on Friday, killing two, the Al Mayadeen channel "
            "reported.",
            [],
        ),
    ],
)
def test_curated_display_names_and_dropped_names(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in _places(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russia's names for the occupied oblasts, written out or short
        (
            "The Armed Forces of Ukraine struck a temporary deployment point near Makeyevka in "
            "the Donetsk People's Republic with HIMARS rockets on January 1, killing 63.",
            [("Makiivka", "UA", "Donetsk Oblast")],
        ),
        (
            "Ukrainian shelling hit a market in the Luhansk People's Republic on Sunday, killing "
            "two.",
            [("Luhansk Oblast", "UA", "Luhansk Oblast")],
        ),
        (
            "Ukrainian drones hit a substation in the DPR on Sunday.",
            [("Donetsk Oblast", "UA", "Donetsk Oblast")],
        ),
    ],
)
def test_russian_names_of_occupied_regions(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


def test_article_written_with_e_is_found() -> None:
    assert _places("Drones struck Ed Dabbah in Northern State on Monday, killing five.") == [
        ("Ad Dabbah", "SD", "Northern State")
    ]


def test_article_variants() -> None:
    from processors.places import article_variants

    assert set(article_variants("jisr al shughur")) == {
        "jisr el shughur", "jisr ash shughur", "jisr esh shughur"
    }
    # the sun letter's article with its other vowel
    assert set(article_variants("ed dabbah")) == {"al dabbah", "el dabbah", "ad dabbah"}
    assert article_variants("deir el balah") == ["deir al balah"]
    assert article_variants("kharkiv") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text says which country; a namesake elsewhere is not it
        # (the village, which the gazetteer lacks, named and placed in it)
        ("An Israeli air strike on the village of Almat in Lebanon killed 23 people.",
         [("Almat", "LB")]),
        # a place as the power that acts
        (
            "US air strikes hit Sanaa on Thursday; it was the deadliest day of Washington's "
            "campaign against the Houthis.",
            [("Sanaa", "YE")],
        ),
    ],
)
def test_places_that_are_not_where_the_strike_was(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(n, c) for n, c, _ in _places(text)] == expected


def test_a_country_hit_is_still_the_articles_country() -> None:
    # "Ukraine hit by ..." is the place hit, not the attacker: it stays country context.
    from processors.places import find_places

    text = "Ukraine hit by missiles as officials in Moscow met; a strike on Izium killed two."
    assert ("Izium", "UA") in [(m.place.name, m.place.country_code) for m in find_places(text)]


def test_an_attack_told_only_off_a_town_is_in_the_towns_region() -> None:
    # Zamzam camp, April 2025: the camp itself is not in the gazetteer
    text = (
        "Paramilitary fighters shelled a displacement camp south of El Fasher on Friday, "
        "killing at least 20 people, aid workers said."
    )
    (event,) = extract_strikes(text, _PUBLISHED)
    assert event.location is not None
    assert (event.location.name, event.location.precision) == ("North Darfur", "region")
    assert event.killed.min == 20


def test_an_attack_told_off_the_dateline_town_stays_at_the_town() -> None:
    text = (
        "KHAN YOUNIS, Gaza Strip — An Israeli air strike on a tent camp in al-Satar, west of "
        "Khan Younis, killed 21 people on Wednesday, medics said."
    )
    # (al-Satar, which the gazetteer lacks, at the town's point)
    town = load_gazetteer().lookup("Khan Yunis")[0]
    assert [
        (s.location.name, s.location.precision, s.location.lat, s.location.lon)
        for s in extract_strikes(text, _PUBLISHED)
        if s.location
    ] == [("al-Satar", "region", town.lat, town.lon)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Strinda, December 2023: a ship hit at sea is an event in that sea, of no country
        (
            "A Houthi anti-ship missile hit the Norwegian-flagged tanker Strinda near the Bab "
            "el-Mandeb strait at the southern end of the Red Sea on Monday, the U.S. military "
            "said.",
            [("Bab el-Mandeb", None, "region")],
        ),
        (
            "A missile fired by the Houthis struck the Genco Picardy in the Gulf of Aden on "
            "Wednesday, causing minor damage.",
            [("Gulf of Aden", None, "region")],
        ),
        # a sea named for what lies on it is no place hit
        (
            "Israeli warplanes struck the Red Sea port of Hodeidah on Thursday, killing nine.",
            [("Hodeidah", "YE", "place")],
        ),
        (
            "A Ukrainian sea drone hit a landing ship of the Black Sea Fleet in Sevastopol.",
            [("Sevastopol", "UA", "place")],
        ),
    ],
)
def test_a_ship_hit_at_sea_is_placed_in_that_sea(
    text: str, places: list[tuple[str, str | None, str]]
) -> None:
    found = [
        (s.location.name, s.location.country_code, s.location.precision)
        for s in extract_strikes(text, _PUBLISHED)
        if s.location is not None
    ]
    assert found == places


def test_missiles_shot_down_over_the_sea_are_no_event() -> None:
    text = (
        "WASHINGTON — A U.S. Navy destroyer in the northern Red Sea shot down three cruise "
        "missiles and several drones launched by Yemen's Houthi movement on Thursday, the "
        "Pentagon said. Nothing was hit and no U.S. personnel were hurt."
    )
    assert extract_strikes(text, _PUBLISHED) == []


def test_a_strike_told_by_its_gaza_governorate_then_by_its_town_is_one_event() -> None:
    text = (
        "GAZA - Israeli tank fire struck the Indonesian Hospital in the northern Gaza Strip "
        "on Monday, killing 12 people, among them patients, the health ministry said. "
        "Shells hit the second floor of the hospital in Jabalia, where hundreds of displaced "
        "people were sheltering, the ministry said."
    )
    strikes = extract_strikes(text, dt.date(2023, 11, 20))
    assert [(s.location.name, s.killed.min) for s in strikes if s.location] == [("Jabalia", 12)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a capital stands for its outskirts
        (
            "Coalition air strikes hit a small hotel north of Yemen's capital Sanaa on "
            "Wednesday, killing at least 35 people, medics said.",
            ("Sanaa", "place"),
        ),
        ("Israeli missiles hit a house south of Damascus on Monday, killing two people.",
         ("Damascus", "place")),
        # a village we cannot name, told off a town: in the town's region
        ("Russian missiles hit a village north of Kharkiv on Monday, killing two people.",
         ("Kharkiv Oblast", "region")),
        # ... named, which the gazetteer lacks: at the town's point
        ("Russian shells hit the village of Zolochiv-Pole, 10 km north of Kharkiv, on Monday, "
         "killing two people.", ("Zolochiv-Pole", "region")),
    ],
)  # fmt: skip
def test_a_spot_told_only_by_its_bearing_from_a_town(text: str, place: tuple[str, str]) -> None:
    strikes = extract_strikes(text, _PUBLISHED)
    assert [(s.location.name, s.location.precision) for s in strikes if s.location] == [place]


def test_a_nearer_town_told_later_places_a_strike_told_off_a_capital() -> None:
    text = (
        "BAGHDAD, June 8 - The militant leader was killed in an air strike on a house north-east "
        "of Baghdad, the prime minister said. The military said aircraft dropped two bombs on "
        "a safe house in Hibhib, about 8 km north of Baquba, on Wednesday."
    )
    strikes = extract_strikes(text, dt.date(2006, 6, 8))
    # (Hibhib, which the gazetteer lacks, at the point of Baquba, in its region)
    assert [
        (s.location.name, s.location.precision, s.location.admin1, s.killed.min)
        for s in strikes
        if s.location
    ] == [("Hibhib", "region", "Diyala Governorate", 1)]


def test_a_town_struck_near_the_capital_places_a_strike_told_off_it() -> None:
    # held-out: the town is named as struck, with no bearing (and another town after it)
    text = (
        "BAGHDAD, July 31 — US drone strikes on a base of Iraq's Popular Mobilisation Forces "
        "south of Baghdad late on Tuesday killed four members of its 47th Brigade, the PMF said. "
        "It said three strikes hit the brigade's headquarters in the al-Saedat area of Jurf "
        "al-Nasr, the town in northern Babil formerly called Jurf al-Sakhar, at about 10 p.m. "
        "A US defence official described a 'defensive' strike in Musayyib, Babil province, on "
        "combatants who were preparing to launch drones."
    )
    strikes = extract_strikes(text, dt.date(2024, 7, 31))
    places = {s.location.name: s.killed.min for s in strikes if s.location}
    assert "Baghdad" not in places
    assert places["Jurf al-Nasr"] == 4


def test_an_aircraft_shot_down_is_not_placed_at_the_dateline() -> None:
    text = (
        "KYIV, Jan 11 - Ukraine demanded an apology after Iran admitted its military had shot "
        "down a Ukrainian airliner, killing all 176 people on board."
    )
    assert extract_strikes(text, dt.date(2020, 1, 11)) == []
    text = (
        "Rebels shot down a Ukrainian military transport plane near Luhansk airport on "
        "Saturday, killing all 49 people on board."
    )
    strikes = extract_strikes(text, _PUBLISHED)
    assert [(s.location.name, s.event_type, s.killed.min) for s in strikes if s.location] == [
        ("Luhansk", "missile", 49)
    ]


def test_places_hit_counted_but_not_named_are_not_the_datelines_city() -> None:
    text = (
        "KYIV, Aug 15 - Russia fired 28 cruise missiles at Ukraine overnight. The Air Force said "
        "most of the missiles were shot down, but several cities in the west were hit."
    )
    assert extract_strikes(text, dt.date(2023, 8, 15)) == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # GeoNames gives the Syrian town no population: Jericho ("Ariha") won it before
        (
            "Idleb morning briefing\n\n• ARIHA: Russian warplanes struck a residential block in "
            "the centre of Ariha late on Wednesday, killing at least 10 civilians.\n• "
            "DIPLOMACY: Turkish President Recep Tayyip Erdogan said Russia was not abiding by "
            "the Astana and Sochi agreements and warned that Ankara's patience was running out.",
            "Ariha",
            "SY",
        ),
        # "Taza" south of Kirkuk is Taza Khurmatu, not Morocco's Taza
        (
            "KIRKUK, Iraq, March 12 — Islamic State militants fired rockets at the town of Taza, "
            "south of Kirkuk, on Tuesday night, local officials said.",
            "Taza Khurmatu",
            "IQ",
        ),
        (
            "Three refugees were killed on Saturday when a drone strike hit the Makhmour camp in "
            "northern Iraq.",
            "Makhmur",
            "IQ",
        ),
    ],
)
def test_towns_whose_geonames_record_needed_help(text: str, name: str, country: str) -> None:
    assert [(n, c) for n, c, _ in _places(text)] == [(name, country)]


def test_a_longer_arabic_name_that_opens_with_a_city_elsewhere_is_not_that_city() -> None:
    text = (
        "KHARTOUM — An air strike on a residential district of western Omdurman at dawn on "
        "Saturday killed 22 people, the health ministry said. The ministry said the strike hit "
        "Dar es Salaam al-Amiriya, west of the Libya market."
    )
    assert [(n, c) for n, c, _ in _places(text)] == [("Omdurman", "SD")]


def test_a_village_named_like_a_city_elsewhere_and_its_other_spelling_are_not_that_city() -> None:
    text = (
        "Amnesty says a drone attack on a farm in Lower Shabelle killed 23 civilians. Two "
        "munitions hit Jaffey farm, close to the village of Bagdad (also spelled Baghdad), on "
        "the night of 18 March 2024, during a Somali army operation against al-Shabaab."
    )
    from processors.places import find_places

    assert {m.place.country_code for m in find_places(text)} == {"SO"}


def test_the_country_an_attack_came_from_does_not_say_where_it_hit() -> None:
    text = (
        "Drone from Lebanon hits building in Caesarea; PM's home was the target, his office "
        "says\n\nA drone launched from Lebanon struck a building in Caesarea on Saturday morning. "
        "Netanyahu's office said it was aimed at his private home; nobody was hurt."
    )
    assert [(n, c) for n, c, _ in _places(text)] == [("Caesarea", "IL")]


def test_a_capital_that_describes_the_target_is_no_place_struck() -> None:
    text = (
        "NEW DELHI, Feb 26 — Indian warplanes bombed what New Delhi described as a training camp "
        "of the group before dawn on Tuesday, on a hilltop near the town of Balakot."
    )
    assert [name for name, *_ in _places(text)] == ["Balakot"]
