"""Settlements the gazetteer does not list, placed where the text says they lie."""

from __future__ import annotations

import pytest

from processors.gazetteer import load_gazetteer
from processors.places import find_places
from processors.sentences import dateline_end
from processors.unlisted_places import unlisted_settlements


def _added(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(name, country, admin1, located, surface) of the settlements added to the known ones."""
    gaz = load_gazetteer()
    known = find_places(text, gaz)
    return [
        (m.place.name, m.place.country_code, m.place.admin1, m.place.located, m.surface)
        for m in unlisted_settlements(text, known, gaz, dateline_end(text))
        if m not in known
    ]


def test_a_round_ups_item_headed_by_a_village_names_it() -> None:
    text = (
        "Kherson region round-up\n\n"
        "• Odradokamyanka: a man was killed on Saturday when guided bombs hit houses in the "
        "village.\n\n"
        "• Kherson city: a woman was wounded.\n\n"
        "Residents said: the shelling went on."
    )
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == (
        "Odradokamyanka", "UA", "Kherson Oblast", "region",
    )


def test_a_village_told_by_its_kind_after_the_way_to_it_is_named() -> None:
    text = (
        "An Israeli air strike flattened a house at the entrance to Aito, a Christian village "
        "in northern Lebanon."
    )
    [(name, country, _, located, _)] = _added(text)
    assert (name, country, located) == ("Aito", "LB", "region")


def test_a_village_told_in_a_known_region_is_at_that_region() -> None:
    text = (
        "Myanmar military helicopters attacked a school in the village of Let Yet Kone in the "
        "Sagaing region on Friday."
    )
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == ("Let Yet Kone", "MM", "Sagaing Region", "region")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ADF rebels attacked a Catholic parish in Komanda, in Ituri province, killing 43.",
            ("Komanda", "CD", "Ituri"),
        ),
        (
            "JUBA - An aerial bombardment of Nasir town in Upper Nile state on Sunday night killed "
            "21 civilians, the county commissioner said.",
            ("Nasir", "SS", "Upper Nile"),
        ),
    ],
)
def test_a_town_told_to_be_in_a_known_region_is_in_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, located) == (expected[0], expected[1], "region")
    assert admin1 is not None and admin1.startswith(expected[2])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Missiles hit the Dabaa air base in Homs province on Friday, killing six.",
            ("Dabaa", "SY", "Homs Governorate"),
        ),
        (
            "Shells struck Otash camp near Nyala on Monday, killing 12 people.",
            ("Otash", "SD", "South Darfur"),
        ),
        # (the settlement word is no part of the name)
        (
            "A drone exploded near Moshav Arbel, west of Tiberias, on Monday.",
            ("Arbel", "IL", "Northern District"),
        ),
        (
            "On Monday, the army camp at Soumpi, in the Timbuktu region, was attacked with drones.",
            ("Soumpi", "ML", "Timbuktu Region"),
        ),
        # the finest of the places told after it
        (
            "Missiles struck the Jirah air base in Syria's Aleppo province on Monday, killing 14.",
            ("Jirah", "SY", "Aleppo Governorate"),
        ),
    ],
)
def test_a_camp_or_base_is_where_the_words_after_its_kind_put_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == (*expected, "region")


def test_a_settlement_told_one_of_a_places_camps_is_in_that_place() -> None:
    text = (
        "CAIRO — One strike on houses in Al-Shati, one of the Gaza Strip's eight historic "
        "refugee camps, killed 24 people."
    )
    [(name, country, admin1, _, _)] = _added(text)
    assert (name, country, admin1) == ("Al-Shati", "PS", "Gaza Strip")


def test_a_place_told_as_a_citys_way_in_is_at_the_city() -> None:
    text = (
        "An Israeli drone struck a car on the coastal motorway at Khaldeh, at the southern "
        "entrance to Beirut, killing one person."
    )
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, located) == ("Khaldeh", "LB", "region")
    beirut = next(p for p in load_gazetteer().lookup("Beirut") if p.precision == "place")
    assert admin1 == beirut.admin1


def test_a_place_told_by_its_bearing_from_a_town_is_at_the_town() -> None:
    text = "An attack on a convoy at Urum al-Kubra, west of Aleppo, killed about 20 civilians."
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, located) == ("Urum al-Kubra", "SY", "region")
    aleppo = next(p for p in load_gazetteer().lookup("Aleppo") if p.precision == "place")
    assert admin1 == aleppo.admin1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country owning the settlement word
        ("More than 30 rockets slammed into Iraq's Camp Ashraf on Monday.", ("Camp Ashraf", "IQ")),
        ("An air strike hit the southern Lebanese village of Yater.", ("Yater", "LB")),
        # the dateline's country, when the sentence names no other
        ("BEIRUT — An Israeli air strike on the northern village of Aitou killed 21 people.",
         ("Aitou", "LB")),
        ("JERUSALEM — Anti-tank missiles hit an army post outside the border community of "
         "Avivim.", ("Avivim", "IL")),
        # told around it, and by its kind after it
        ("OUAGADOUGOU — Fighters attacked residents digging trenches around Barsalogho, a town "
         "in north-central Burkina Faso.", ("Barsalogho", "BF")),
        # in the country whose ministry speaks before it (not the attacker's)
        ("Lebanon's health ministry said an Israeli strike killed 21 people in Aitou, a mainly "
         "Maronite village far from the southern front.", ("Aitou", "LB")),
    ],
)  # fmt: skip
def test_a_settlement_told_only_with_its_country_is_in_that_country(
    text: str, expected: tuple[str, str]
) -> None:
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country) == expected
    assert (admin1, located) == (None, "country")


@pytest.mark.parametrize(
    "text",
    [
        # where the attack came from, not what it hit
        "BEIRUT — The rocket was fired by Hezbollah from an area north of the Lebanese village of "
        "Shebaa.",
        # nothing says where it is
        "Russian jets bombed Samarivka village the same day, wounding 20.",
        "Israel's army said its jets hit a house in Aitou, a mainly Maronite village.",
        # the main town of a district is the district's, not a settlement hit
        "Thousands rallied in Khar, the main town of Bajaur, on Saturday.",
        # a building's name, not a settlement's
        "GAZA CITY — Dozens were wounded at the Al-Baqa Café near the port.",
        "KABUL — Gunmen stormed the Serena Hotel, a luxury hotel near the presidential palace.",
        # ... or a street's
        "BAGHDAD — The strike hit a vehicle as it entered a militia base on Palestine Street near "
        "the Interior Ministry complex.",
        # ... or a body's
        "LAIZA, Kachin State — A blast tore through a camp near Laiza, the headquarters of the "
        "Kachin Independence Organization near the Chinese border.",
    ],
)
def test_no_settlement_where_the_text_does_not_place_one_hit(text: str) -> None:
    assert [name for name, *_ in _added(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Бойовики обстріляли з «Градів» табір біля села Зеленопілля на Луганщині.",
            ("Zelenopillia", "UA", "Luhansk Oblast", "Зеленопілля"),
        ),
        (
            "Ракета влучила в будинок у селі Велика Вільшаниця Львівської області.",
            ("Velyka Vilshanytsia", "UA", "Lviv Oblast", "Велика Вільшаниця"),
        ),
        # (not the district's adjective after the name)
        (
            "Украинский дрон атаковал автомобиль в селе Сушаны Климовского района Брянской "
            "области.",
            ("Sushany", "RU", "Bryansk Oblast", "Сушаны"),
        ),
    ],
)
def test_a_cyrillic_village_is_spelt_in_latin_and_placed_in_the_region_after_it(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    [(name, country, admin1, _, surface)] = _added(text)
    assert (name, country, admin1, surface) == expected


def test_a_village_is_in_the_region_told_the_sentence_before_past_an_abbreviation() -> None:
    text = (
        "A jet bombed Moetar Lay village in Sagaing Region's Katha Township on Tuesday.\n\nThe "
        "jet dropped two bombs at about 11:30 a.m. on Kyun Pin Tha, a village about three miles "
        "away, an officer said."
    )
    added = {name: admin1 for name, _, admin1, _, _ in _added(text)}
    assert added["Kyun Pin Tha"] == "Sagaing Region"


def test_a_name_broken_over_two_lines_is_still_read() -> None:
    text = "Jets bombed the village of Kyun Pin\nTha in Sagaing Region on Monday."
    [(_, country, admin1, _, surface)] = _added(text)
    assert (country, admin1, surface) == ("MM", "Sagaing Region", "Kyun Pin Tha")


def test_a_ukrainian_reports_village_told_nowhere_else_is_in_ukraine() -> None:
    text = "Близько 10:00 окупанти вдарили «Ураганом» по селу Новоосинове, загинули двоє людей."
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == ("Novoosynove", "UA", None, "country")


def test_a_cyrillic_village_our_list_has_by_its_latin_name_alone_is_that_place() -> None:
    # (the list's Hroza has no Cyrillic name; a Russian text's village in Ukraine is spelt as
    # Ukrainian is: "Гроза" is Hroza, not Groza)
    for text in (
        "Російська ракета влучила в кафе-магазин у селі Гроза, загинула щонайменше 51 людина.",
        "Ракета попала в кафе-магазин в селе Гроза Купянского района Харьковской области.",
    ):
        [(name, country, admin1, located, _)] = _added(text)
        assert (name, country, admin1, located) == ("Hroza", "UA", "Kharkiv Oblast", None)


def test_a_village_told_with_its_township_is_in_the_region_after_it() -> None:
    text = (
        "A military aircraft dropped a bomb on a house in Kyungyi village, Kyaukkyi Township, in "
        "Bago Region on Sunday, killing 10 people."
    )
    assert [(name, cc, admin1) for name, cc, admin1, *_ in _added(text)] == [
        ("Kyungyi", "MM", "Bago Region")
    ]


def test_villages_listed_by_one_word_are_each_a_settlement() -> None:
    # (the sentence before ends a paragraph, and named another country)
    text = (
        "NIAMEY, March 23 — Gunmen killed 137 people in raids on villages near the border with "
        "Mali on Sunday.\n\nThe attackers struck the villages of Intazayene, Bakorat and Wistane "
        "and several surrounding hamlets."
    )
    assert [(name, cc) for name, cc, *_ in _added(text)] == [
        ("Intazayene", "NE"), ("Bakorat", "NE"), ("Wistane", "NE")
    ]


def test_names_listed_beside_towns_of_one_country_are_its_towns() -> None:
    text = (
        "BAMAKO — Armed groups attacked army positions in Niono, Molodo, Sandaré, Nioro du Sahel, "
        "Diboli, Gogui and Kayes, the General Staff said."
    )
    assert [(name, cc) for name, cc, *_ in _added(text)] == [
        ("Sandaré", "ML"), ("Diboli", "ML"), ("Gogui", "ML")
    ]
    # ... but not beside one town alone, nor without a preposition that makes them places
    assert _added("Talks in Kyiv, Zelensky and Macron met on Monday.") == []
    assert _added("Niono, Molodo, Sandaré and Kayes were quiet, the governor said.") == []


def test_a_village_told_by_its_distance_short_of_a_town_is_placed() -> None:
    text = (
        "KADUNA, Nigeria, March 29 — Gunmen blew up the track under a passenger train on Monday "
        "night. The train was derailed by explosives near Katari, roughly 60 km short of Kaduna."
    )
    assert [(name, cc) for name, cc, *_ in _added(text)] == [("Katari", "NG")]


def test_calendar_words_after_the_name_are_not_part_of_it() -> None:
    text = "BEIRUT — Israeli jets struck the village of Aitou Tuesday, killing 21."
    assert [name for name, *_ in _added(text)] == ["Aitou"]


def test_a_place_the_gazetteer_lists_in_that_country_is_used_as_it_is() -> None:
    """A name the place reader doubted, told by a settlement word in a country that has it."""
    gaz = load_gazetteer()
    text = "A police helicopter came down near the town of Amalfi in Colombia on Thursday."
    known = [m for m in find_places(text, gaz) if m.surface != "Amalfi"]
    [added] = [m for m in unlisted_settlements(text, known, gaz, 0) if m not in known]
    assert (added.place.name, added.place.country_code) == ("Amalfi", "CO")
    assert added.place.geonameid is not None and added.place.located is None


def test_an_unlisted_place_reports_how_closely_its_point_locates_it() -> None:
    text = "BEIRUT — An Israeli air strike on the northern village of Aitou killed 21 people."
    gaz = load_gazetteer()
    known = find_places(text, gaz)
    added_all = unlisted_settlements(text, known, gaz, dateline_end(text))
    [added] = [m for m in added_all if m not in known]
    location = added.place.to_location(added.surface)
    assert (location.name, location.geonameid, location.precision) == ("Aitou", None, "country")
    lebanon = gaz.place(gaz.country_entry["LB"])
    assert (location.lat, location.lon) == (lebanon.lat, lebanon.lon)


def test_a_district_the_gazetteer_lacks_is_a_region_in_what_holds_it() -> None:
    text = (
        "JALALABAD, Afghanistan — The bomb was dropped on a network of tunnels in the Momand "
        "valley of Achin district, close to the Pakistani border."
    )
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == ("Achin district", "AF", None, "country")
    # ... but a city's district is the city's
    text = "Shells struck a busy market in the Kuibyshevskyi district of Donetsk on Monday."
    assert _added(text) == []


def test_a_town_district_told_with_the_is_no_unlisted_place() -> None:
    text = "TRIPOLI, Aug 5 - The raid hit a building in the Qalaa district of the oasis town."
    assert _added(text) == []


def test_a_place_told_by_its_distance_in_words_from_a_known_one() -> None:
    text = (
        "LAIZA, Myanmar - A blast destroyed a camp for displaced people at Mung Lai Hkyet, "
        "about three kilometres from the Kachin Independence Army's headquarters town of Laiza."
    )
    assert "Mung Lai Hkyet" in [name for name, *_ in _added(text)]


def test_a_known_town_the_text_puts_in_another_country_is_the_texts_settlement() -> None:
    # GeoNames knows "Almat" only as Almetyevsk, in Russia
    text = (
        "BEIRUT, Nov 10 — An Israeli air strike flattened a house in Almat, a village in "
        "Lebanon's Jbeil district some 30 km north of Beirut, on Sunday."
    )
    gaz = load_gazetteer()
    found = unlisted_settlements(text, find_places(text, gaz), gaz, dateline_end(text))
    [almat] = [m for m in found if m.surface == "Almat"]
    assert (almat.place.name, almat.place.country_code) == ("Almat", "LB")
    # ... but one the text puts in its own country stays as it is
    text = "Shells hit Izium, a town in Ukraine's Kharkiv region, on Monday."
    [izium] = [m for m in find_places(text, gaz) if m.surface == "Izium"]
    assert izium in unlisted_settlements(text, find_places(text, gaz), gaz, 0)


def test_an_area_told_in_apposition_after_a_weekday_is_a_place() -> None:
    # (spaced, "at" is no Arabic particle opening the name: "Wednesday at Wazir Tangi")
    text = (
        "Forty people were injured in the strike late on Wednesday at Wazir Tangi, a mountainous "
        "area of Khogyani district in Nangarhar province, officials said."
    )
    added = _added(text)
    assert ("Wazir Tangi", "AF", "Nangarhar Province", "region", "Wazir Tangi") in added


def test_a_site_at_a_place_told_to_be_in_a_known_one() -> None:
    text = "Armed men overran an AU peacekeeping base at Haskanita in Darfur on Saturday night."
    [(name, country, _, located, _)] = _added(text)
    assert (name, country, located) == ("Haskanita", "SD", "region")
    # ... also in a part of a country
    text = "Militants overran the army's forward post at Chinagodrar in western Niger."
    [(name, country, _, located, _)] = _added(text)
    assert (name, country, located) == ("Chinagodrar", "NE", "country")
    # ... but not a site at a name told nowhere
    assert _added("The gunmen attacked a checkpoint at Haskanita on Saturday.") == []


def test_a_place_told_far_off_a_town_is_not_in_its_region() -> None:
    text = "The missile hit the mosque at the al-Estiqbal camp, about 170 km east of Sanaa."
    assert _added(text) == []
    [(name, _, _, _, _)] = _added(
        "The missile hit the al-Estiqbal camp, about 17 km east of Sanaa, on Saturday."
    )
    assert name == "al-Estiqbal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a community in apposition
        (
            "the attack on al-Majalah, a community in Yemen's southern Abyan province, killed 55.",
            ("al-Majalah", "YE", "Abyan Governorate"),
        ),
        # a village in apposition after "of"
        (
            "American air strikes flattened much of Granai, a village in the Bala Buluk district "
            "of Farah province.",
            ("Granai", "AF", "Farah Province"),
        ),
        # a part of a place told to be in a known region
        (
            "A Sudanese air force jet bombed residential areas of Heiban in South Kordofan's Nuba "
            "Mountains on Sunday.",
            ("Heiban", "SD", "South Kordofan"),
        ),
        # a camp named after an attack verb's gerund
        (
            "Residents accused the army of shelling the Kalma camp near Nyala on Sunday.",
            ("Kalma", "SD", "South Darfur"),
        ),
    ],
)
def test_a_settlement_told_by_its_cue_is_in_the_region_told(
    text: str, expected: tuple[str, str, str]
) -> None:
    [(name, country, admin1, _, _)] = _added(text)
    assert (name, country, admin1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bomb tore through a packed bus station in Nyanya, on the southern outskirts of "
            "Nigeria's capital, killing at least 71 people.",
            ("Nyanya", "NG"),
        ),
        (
            "Shells hit displacement camps at Mugunga, on the western edge of Goma, on Friday.",
            ("Mugunga", "CD"),
        ),
    ],
)
def test_a_place_told_as_a_towns_edge_is_at_the_town(
    text: str, expected: tuple[str, str]
) -> None:
    [(name, country, _, located, _)] = _added(text)
    assert (name, country, located) == (*expected, "region")


def test_a_district_told_with_its_regions_possessive_is_in_that_region() -> None:
    text = "Militants ambushed an army convoy in Manipur's Chandel district on Thursday."
    [(name, country, admin1, _, _)] = _added(text)
    assert (name, country, admin1) == ("Chandel district", "IN", "Manipur")
    # ... but not one told only with its country, nor a city's
    assert _added("A suicide bomber struck a rally in Pakistan's Bajaur district.") == []
    assert _added("The missile hit a high-rise in Kyiv's Shevchenkivskyi district.") == []


def test_a_village_told_only_after_its_region_is_in_that_region() -> None:
    text = (
        "Myanmar's military bombed a village monastery in Saw Township, Magwe Region, on "
        "Thursday. A bomb destroyed the monastery in Akyi Pan Malun village."
    )
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == ("Akyi Pan Malun", "MM", "Magway Region", "region")
    # ... not when a town is named between them, nor from two sentences back
    # ... across a paragraph break
    text = (
        "A junta air strike on a village in Rakhine state killed 23 people on Monday.\n\n"
        "A resident of Thar Dar village said the bombs fell at night. The UN was alarmed."
    )
    [(name, _, admin1, _, _)] = _added(text)
    assert (name, admin1) == ("Thar Dar", "Rakhine State")
    village = "Bombs fell on Aung Lan village."
    assert _added(f"Jets struck Sagaing Region. They hit Monywa. {village}") == []
    assert _added(f"Fighting in Sagaing Region. Calm returned. {village}") == []


def test_a_town_told_as_nearby_is_a_settlement() -> None:
    text = (
        "BARJA, Lebanon — An Israeli strike on a building in Barja killed 30. Earlier an Israeli "
        "strike on a residential building in nearby Jiyeh killed one person."
    )
    # (the dateline's Barja too: ``test_a_datelines_town_we_do_not_know_...``)
    added = {name: (country, located) for name, country, _, located, _ in _added(text)}
    assert added["Jiyeh"] == ("LB", "country")
    # ... not a site's name
    assert _added("BARJA, Lebanon — Strikes hit nearby Al-Shifa hospital, killing two.") == []


def test_a_base_named_in_title_case_is_a_settlement() -> None:
    text = "Militants fired two ballistic missiles at Habbaniyah Air Base in western Anbar."
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == ("Habbaniyah", "IQ", "Anbar Governorate", "region")


def test_a_village_told_after_its_region_is_there_rather_than_in_the_datelines_country() -> None:
    text = (
        "MAIDUGURI, Feb 28 — Fighters killed 15 villagers in attacks in southern Borno State on "
        "Saturday. The gunmen stormed the village of Mandaragirau and slaughtered six men."
    )
    [(name, country, admin1, located, _)] = _added(text)
    assert (name, country, admin1, located) == ("Mandaragirau", "NG", "Borno State", "region")


def test_a_camp_on_a_towns_edge_is_the_town() -> None:
    # as the camps of sites.yaml's note: the Jenin camp is Jenin
    text = (
        "EL FASHER — Shelling killed 14 people in two days in Abu Shouk, the displacement camp "
        "on the northern edge of El Fasher, medics said."
    )
    assert [(name, surface) for name, _, _, _, surface in _added(text)] == [
        ("El Fasher", "Abu Shouk")
    ]


def test_an_armed_groups_name_is_no_settlement() -> None:
    text = (
        "The army said its jets had struck a command centre of Palestinian Islamic Jihad in "
        "Damascus overnight."
    )
    assert _added(text) == []


def test_a_villages_size_told_before_its_region_is_passed_over() -> None:
    text = (
        "Two military jets bombed Vuilu, a village of fewer than 80 households in Matupi "
        "township of southern Chin State, on Wednesday."
    )
    [(name, country, admin1, _, _)] = _added(text)
    assert (name, country, admin1) == ("Vuilu", "MM", "Chin State")


def test_a_village_named_with_a_capitalised_village_word_is_read() -> None:
    # (Myanmar's state media: "of Ni Khu De Village, Waingmaw Township")
    text = (
        "A boy of Ni Khu De Village, Waingmaw Township, in Kachin State was wounded when "
        "insurgents fired heavy weapons on Sunday."
    )
    assert [(name, cc, admin1) for name, cc, admin1, *_ in _added(text)] == [
        ("Ni Khu De", "MM", "Kachin State")
    ]


def test_a_datelines_town_we_do_not_know_is_in_the_country_after_it() -> None:
    text = (
        "BARJA, Lebanon, Nov 8 — Rescuers recovered 30 bodies from the building in Barja that "
        "was hit by an Israeli strike on Tuesday evening."
    )
    added = _added(text)
    assert [(name, country, located, surface) for name, country, _, located, surface in added] == [
        ("Barja", "LB", "country", "Barja")
    ]
    # ... not when the text never names it again, nor a town we know
    assert _added(text.replace("building in Barja", "building")) == []
    assert _added(text.replace("BARJA", "SIDON").replace("in Barja", "in Sidon")) == []
