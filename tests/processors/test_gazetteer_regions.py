"""First-level regions of conflict countries (curated file's `regions:`): provinces, states and
governorates named in news resolve to region-level places, without taking over the cities
that share their names."""

from __future__ import annotations

import pytest

from processors.gazetteer import Gazetteer, Place, load_gazetteer
from processors.places import find_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def places_in(text: str, gaz: Gazetteer) -> dict[str, Place]:
    """Surface -> resolved place (tests use distinct surfaces)."""
    return {m.surface: m.place for m in find_places(text, gaz)}


# (mention, region, country, lat, lon): the point is the median of the region's GeoNames
# places, so a wrong admin1 code would put it elsewhere
REGION_MENTIONS = [
    ("Kunar province", "Kunar Province", "AF", 34.9, 71.1),
    ("Nangarhar province", "Nangarhar Province", "AF", 34.3, 70.6),
    ("Kandahar province", "Kandahar Province", "AF", 31.6, 65.7),
    ("Khost province", "Khost Province", "AF", 33.3, 69.9),
    ("Balochistan province", "Balochistan", "PK", 28.9, 67.0),
    ("Punjab province", "Punjab", "PK", 31.3, 73.0),
    ("Sindh province", "Sindh", "PK", 26.7, 68.5),
    ("Anbar province", "Anbar Governorate", "IQ", 34.1, 42.2),
    ("Erbil province", "Erbil Governorate", "IQ", 36.3, 44.3),
    ("Basra governorate", "Basra Governorate", "IQ", 30.5, 47.8),
    ("Isfahan province", "Isfahan Province", "IR", 32.7, 51.5),
    ("Sistan-Baluchestan province", "Sistan and Baluchestan Province", "IR", 27.2, 60.9),
    ("Jazan province", "Jazan Province", "SA", 17.1, 42.7),
    ("Najran province", "Najran Province", "SA", 17.7, 44.3),
    ("Lower Shabelle region", "Lower Shabelle", "SO", 2.0, 44.8),
    ("Bay region", "Bay Region", "SO", 2.8, 43.7),
    ("Borno state", "Borno State", "NG", 11.7, 13.2),
    ("Katsina state", "Katsina State", "NG", 12.7, 7.7),
    ("Niger State", "Niger State", "NG", 9.9, 6.0),
    ("Amhara region", "Amhara Region", "ET", 11.2, 38.0),
    ("Gao region", "Gao Region", "ML", 15.6, -0.3),
    ("Centre-Nord region", "Centre-Nord Region", "BF", 13.0, -1.1),
    ("Tillaberi region", "Tillabéri Region", "NE", 14.2, 2.1),
    ("Al Jufra region", "Jufra District", "LY", 29.1, 16.0),
    ("Ituri province", "Ituri Province", "CD", 1.9, 30.4),
    ("Tovuz region", "Tovuz District", "AZ", 41.0, 45.7),
    ("Syunik province", "Syunik Province", "AM", 39.5, 46.3),
    ("Unity state", "Unity State", "SS", 9.0, 29.5),
    ("Jonglei state", "Jonglei State", "SS", 7.5, 31.5),
]


@pytest.mark.parametrize(("surface", "name", "country_code", "lat", "lon"), REGION_MENTIONS)
def test_province_mention_resolves_to_the_region(
    gaz: Gazetteer, surface: str, name: str, country_code: str, lat: float, lon: float
) -> None:
    text = f"A drone strike killed three people in {surface} on Monday, officials said."
    place = places_in(text, gaz)[surface]
    assert (place.name, place.country_code, place.precision) == (name, country_code, "region")
    assert place.geonameid is None
    assert place.lat == pytest.approx(lat, abs=1.5)
    assert place.lon == pytest.approx(lon, abs=1.5)


@pytest.mark.parametrize(
    ("text", "surface", "name", "country_code"),
    [
        ("Taliban fighters advanced in Helmand.", "Helmand", "Helmand Province", "AF"),
        ("A raid in Nangarhar killed four.", "Nangarhar", "Nangarhar Province", "AF"),
        (
            "Afghanistan's eastern provinces of Khost and Kunar were hit.",
            "Kunar",
            "Kunar Province",
            "AF",
        ),
        ("Separatists attacked a train in Balochistan.", "Balochistan", "Balochistan", "PK"),
        (
            "Militants attacked police in Khyber Pakhtunkhwa.",
            "Khyber Pakhtunkhwa",
            "Khyber Pakhtunkhwa",
            "PK",
        ),
        ("Protests spread across Azad Kashmir.", "Azad Kashmir", "Azad Kashmir", "PK"),
        (
            "A Turkish drone struck a car in Iraqi Kurdistan.",
            "Iraqi Kurdistan",
            "Kurdistan Region",
            "IQ",
        ),
        ("Militants attacked an army post in Diyala.", "Diyala", "Diyala Governorate", "IQ"),
        ("Gas pipelines were sabotaged in Khuzestan.", "Khuzestan", "Khuzestan Province", "IR"),
        (
            "Drones were intercepted over Saudi Arabia's Eastern Province.",
            "Eastern Province",
            "Eastern Province",
            "SA",
        ),
        ("Fighting broke out in Lower Shabelle.", "Lower Shabelle", "Lower Shabelle", "SO"),
        ("Puntland forces fought militants in Sanaag.", "Puntland", "Puntland", "SO"),
        ("Insurgents raided a town in Borno.", "Borno", "Borno State", "NG"),
        ("Bandits killed villagers in Zamfara.", "Zamfara", "Zamfara State", "NG"),
        ("Fighting resumed in Tigray.", "Tigray", "Tigray Region", "ET"),
        ("M23 rebels advanced in North Kivu.", "North Kivu", "North Kivu", "CD"),
        ("Azerbaijani shelling hit Syunik.", "Syunik", "Syunik Province", "AM"),
        ("Militants attacked tourists in Kashmir.", "Kashmir", "Jammu and Kashmir", "IN"),
        (
            "Insurgents beheaded villagers in Cabo Delgado.",
            "Cabo Delgado",
            "Cabo Delgado Province",
            "MZ",
        ),
    ],
)
def test_standalone_region_name(
    gaz: Gazetteer, text: str, surface: str, name: str, country_code: str
) -> None:
    place = places_in(text, gaz)[surface]
    assert (place.name, place.country_code, place.precision) == (name, country_code, "region")


@pytest.mark.parametrize(
    ("city", "country_code", "admin1"),
    [
        ("Kandahar", "AF", "Kandahar Province"),
        ("Herat", "AF", "Herat Province"),
        ("Khost", "AF", "Khost Province"),
        ("Kunduz", "AF", "Kunduz Province"),
        ("Basra", "IQ", "Basra Governorate"),
        ("Mosul", "IQ", "Nineveh Governorate"),
        ("Kirkuk", "IQ", "Kirkuk Governorate"),
        ("Isfahan", "IR", "Isfahan Province"),
        ("Kerman", "IR", "Kerman Province"),
        ("Kano", "NG", "Kano State"),
        ("Nampula", "MZ", "Nampula Province"),
    ],
)
def test_city_named_like_its_province_is_still_the_city(
    gaz: Gazetteer, city: str, country_code: str, admin1: str
) -> None:
    place = places_in(f"A drone strike hit {city} on Monday.", gaz)[city]
    assert (place.country_code, place.precision, place.admin1) == (country_code, "place", admin1)
    assert place.geonameid is not None


@pytest.mark.parametrize(
    ("city", "admin1", "country_code"),
    [
        ("Jalalabad", "Nangarhar Province", "AF"),
        ("Lashkar Gah", "Helmand Province", "AF"),
        ("Quetta", "Balochistan", "PK"),
        ("Peshawar", "Khyber Pakhtunkhwa", "PK"),
        ("Muzaffarabad", "Azad Kashmir", "PK"),
        ("Ramadi", "Anbar Governorate", "IQ"),
        ("Tikrit", "Saladin Governorate", "IQ"),
        ("Ahvaz", "Khuzestan Province", "IR"),
        ("Zahedan", "Sistan and Baluchestan Province", "IR"),
        ("Abha", "Asir Province", "SA"),
        ("Kismayo", "Lower Juba", "SO"),
        ("Baidoa", "Bay Region", "SO"),
        ("Maiduguri", "Borno State", "NG"),
        ("Mekelle", "Tigray Region", "ET"),
        ("Timbuktu", "Timbuktu Region", "ML"),
        ("Djibo", None, "BF"),  # Sahel Region is left out (see the curated file)
        ("Goma", "North Kivu", "CD"),
        ("Bunia", "Ituri Province", "CD"),
        ("Srinagar", "Jammu and Kashmir", "IN"),
        ("Kapan", "Syunik Province", "AM"),
    ],
)
def test_place_inside_a_region_has_it_as_admin1(
    gaz: Gazetteer, city: str, admin1: str | None, country_code: str
) -> None:
    place = next(
        p for p in gaz.lookup(city) if p.precision == "place" and p.country_code == country_code
    )
    assert place.admin1 == admin1


def test_listed_provinces_are_all_regions(gaz: Gazetteer) -> None:
    found = places_in("Floods hit the Kunduz, Baghlan and Takhar provinces.", gaz)
    assert {(p.name, p.precision) for p in found.values()} == {
        ("Kunduz Province", "region"),
        ("Baghlan Province", "region"),
        ("Takhar Province", "region"),
    }


@pytest.mark.parametrize(
    ("text", "surface", "name", "country_code"),
    [
        # Iraq's Kurdistan Region is news' "Kurdistan region"; Iran's is a province
        (
            "Turkish jets struck the Kurdistan region of Iraq.",
            "Kurdistan region of Iraq",
            "Kurdistan Region",
            "IQ",
        ),
        (
            "Protesters were shot in Iran's Kurdistan province.",
            "Kurdistan province",
            "Kurdistan Province",
            "IR",
        ),
        # Yemen's Al Jawf keeps the spelling; Saudi Arabia's is "Al-Jouf"
        (
            "Houthi fighters advanced in Al Jawf province.",
            "Al Jawf province",
            "Al Jawf Governorate",
            "YE",
        ),
        ("A drone hit a farm in Al-Jouf province.", "Al-Jouf province", "Al-Jouf Province", "SA"),
        ("Indian troops were deployed in Punjab.", "Punjab", "Punjab", "IN"),
    ],
)
def test_names_shared_across_countries_go_to_the_right_one(
    gaz: Gazetteer, text: str, surface: str, name: str, country_code: str
) -> None:
    place = places_in(text, gaz)[surface]
    assert (place.name, place.country_code, place.precision) == (name, country_code, "region")


@pytest.mark.parametrize(
    "text",
    [
        "Fars news agency reported the launch.",  # the agency, not Fars Province
        "The Bay State voted on Tuesday.",  # Massachusetts, not Somalia's Bay Region
        "The weak Somali state cannot pay its soldiers.",  # not Ethiopia's Somali Region
        "Oil spills polluted the Niger Delta region.",  # not Nigeria's Delta State
        "Militants operate across the Sahel region.",  # the belt, not Burkina Faso's region
    ],
)
def test_ordinary_phrases_are_not_taken_for_regions(gaz: Gazetteer, text: str) -> None:
    assert all(p.precision != "region" for p in places_in(text, gaz).values())


@pytest.mark.parametrize(
    ("town", "region"),
    [("El Fasher", "North Darfur"), ("Mekelle", "Tigray Region"), ("Bakhmut", "Donetsk Oblast")],
)
def test_the_area_around_a_town_is_its_region(gaz: Gazetteer, town: str, region: str) -> None:
    around = gaz.region_around(gaz.lookup(town)[0])
    assert around is not None
    assert (around.name, around.precision) == (region, "region")


@pytest.mark.parametrize("capital", ["Sanaa", "Damascus", "Mogadishu"])
def test_a_capital_has_no_area_around_it(gaz: Gazetteer, capital: str) -> None:
    # the capital's region is often the city alone: a spot "north of Sanaa" is outside it
    assert gaz.region_around(gaz.lookup(capital)[0]) is None


@pytest.mark.parametrize(
    ("name", "sea"),
    [
        ("Red Sea", "Red Sea"),
        ("Gulf of Aden", "Gulf of Aden"),
        ("Bab al-Mandab", "Bab el-Mandeb"),
        ("southern Caribbean", "Caribbean Sea"),
    ],
)
def test_seas_are_regions_of_no_country(gaz: Gazetteer, name: str, sea: str) -> None:
    (place,) = gaz.lookup(name)
    assert (place.name, place.precision) == (sea, "region")
    location = place.to_location()
    assert (location.country, location.country_code) == (None, None)


@pytest.mark.parametrize(
    ("town", "district"),
    [
        ("Jabalia", "North Gaza Governorate"),
        ("Beit Lahia", "North Gaza Governorate"),
        ("Gaza City", "Gaza Governorate"),
        ("Khan Younis", "Khan Yunis Governorate"),
        ("Rafah", "Rafah Governorate"),
        ("Kramatorsk", "Donbas"),
    ],
)
def test_a_town_lies_in_the_nearest_region_drawn_around_a_town(
    town: str, district: str, gaz: Gazetteer
) -> None:
    found = gaz.district_of(gaz.lookup(town)[0])
    assert found is not None and found.name == district


def test_a_first_level_region_with_none_drawn_inside_gives_none(gaz: Gazetteer) -> None:
    assert gaz.district_of(gaz.lookup("Kharkiv")[0]) is None


def test_a_region_named_after_a_town_we_do_not_list_is_a_region_at_the_town(
    gaz: Gazetteer,
) -> None:
    found = places_in("A drone hit a refinery in Russia's Tyumen region on Sunday.", gaz)
    region = found["Tyumen region"]
    assert (region.name, region.precision, region.admin1) == (
        "Tyumen Region", "region", "Tyumen Region"
    )
    town = gaz.lookup("Tyumen")[0]
    assert (region.lat, region.lon, region.geonameid) == (town.lat, town.lon, None)
    # a listed region keeps its own name; a town's district is no first-level region
    kursk = places_in("a drone hit Russia's Kursk region", gaz)["Kursk region"]
    assert kursk.name == "Kursk Oblast"
    depot = places_in("a depot in the Dzhankoi district of Crimea", gaz)
    assert depot["Dzhankoi"].precision == "place"
