"""Finding and resolving place mentions in article text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from processors.gazetteer import Gazetteer, load_gazetteer
from processors.places import PlaceMention, find_places

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "kharkiv-2022-02-28.txt"
DEV = SHARED / "data" / "strikes-dev.jsonl"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def names(mentions: list[PlaceMention]) -> list[str]:
    return [m.place.name for m in mentions]


def resolved(text: str, gaz: Gazetteer) -> dict[str, PlaceMention]:
    """Surface -> mention (last one wins; tests use distinct surfaces)."""
    return {m.surface: m for m in find_places(text, gaz)}


SEED_TEXT = (
    "Dozens of innocent civilians have been killed and hundreds were wounded after Russian "
    "rocket artillery opened fire on Kharkiv, Ukraine's second largest city on Monday, while "
    "peace talks between Moscow and Kyiv continue at Belarus border, according to an interior "
    "ministry adviser. Meanwhile, a missile struck a residential structure in the Ukrainian "
    "city of Chernihiv near the Belarusian border. However, the strategic port city of Mariupol "
    'was "hanging on", according to Oleksiy Arestovich, an adviser of Ukraine\'s President '
    "Volodymyr Zelensky. The carpet bombing on Kharkiv comes as peace talks between Ukraine and "
    "Russia continue. Putin progressively deploys heavy forces. The Kremlin has ordered Russians "
    "in Kyiv to flee the city."
)


def test_seed_places_are_found_with_coordinates(gaz: Gazetteer) -> None:
    text = SEED.read_text(encoding="utf-8")
    mentions = find_places(text, gaz)
    found = {m.place.name: m.place for m in mentions}
    for expected in ("Kharkiv", "Chernihiv", "Mariupol", "Kyiv", "Belarus", "Ukraine", "Russia"):
        assert expected in found
    assert found["Kharkiv"].lat == pytest.approx(49.98, abs=0.05)
    assert found["Kharkiv"].lon == pytest.approx(36.25, abs=0.05)
    assert found["Chernihiv"].geonameid == 710735
    assert found["Mariupol"].geonameid == 701822
    # no people, weapons, organisations or adjectives taken for places
    assert set(found) <= {
        "Kharkiv",
        "Chernihiv",
        "Mariupol",
        "Kyiv",
        "Belarus",
        "Ukraine",
        "Russia",
        "Moscow",
        "Syria",
    }
    assert all(m.place.country_code in {"UA", "RU", "BY", "SY"} for m in mentions)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for m in mentions:
        assert text[m.start : m.end] == m.surface


def test_inline_seed_excerpt_flags_talks_as_actors(gaz: Gazetteer) -> None:
    mentions = find_places(SEED_TEXT, gaz)
    assert "Zelensky" not in [m.surface for m in mentions]
    assert "Volodymyr" not in [m.surface for m in mentions]
    roles = {(m.surface, m.role) for m in mentions}
    assert ("Moscow", "actor") in roles and ("Kyiv", "actor") in roles
    assert ("Kyiv", "place") in roles  # "Russians in Kyiv"
    assert ("Chernihiv", "place") in roles


@pytest.mark.parametrize(
    ("text", "surface", "geonameid", "canonical", "country_code"),
    [
        (
            "KHARKOV, Feb 28 — Rockets hit residential districts of Kharkov.",
            "KHARKOV",
            706483,
            "Kharkiv",
            "UA",
        ),
        ("Kharkiv's governor said four people were hurt.", "Kharkiv", 706483, "Kharkiv", "UA"),
        (
            "A Kharkiv-based volunteer group said the shelling went on.",
            "Kharkiv",
            706483,
            "Kharkiv",
            "UA",
        ),
        ("Missiles hit Kiev and Odessa overnight.", "Kiev", 703448, "Kyiv", "UA"),
        ("Missiles hit Kiev and Odessa overnight.", "Odessa", 698740, "Odesa", "UA"),
        ("Shelling in Zaporozhye damaged a school.", "Zaporozhye", 687700, "Zaporizhzhia", "UA"),
        ("A drone hit Nikolaev port.", "Nikolaev", 700569, "Mykolaiv", "UA"),
        ("Dnipropetrovsk was hit.", "Dnipropetrovsk", 709930, "Dnipro", "UA"),
        ("Fighting around Artemovsk went on.", "Artemovsk", 713174, "Bakhmut", "UA"),
        ("Remnants of a missile fell in Krivoy Rog.", "Krivoy Rog", 703845, "Kryvyi Rih", "UA"),
        ("In Kryvyi Rih at least ten people died.", "Kryvyi Rih", 703845, "Kryvyi Rih", "UA"),
        ("A strike on Bila Tserkva injured two.", "Bila Tserkva", 712165, "Bila Tserkva", "UA"),
        ("Ракети влучили в Харків.", "Харків", 706483, "Kharkiv", "UA"),
        ("Обстрел Харьков пережил ночью.", "Харьков", 706483, "Kharkiv", "UA"),
        ("Вибухи пролунали у місті Київ.", "Київ", 703448, "Kyiv", "UA"),
        ("In Pokrovsk, in Donetsk region, three men died.", "Pokrovsk", 704422, "Pokrovsk", "UA"),
        ("Officials in occupied Donetsk said 27 were killed.", "Donetsk", 709717, "Donetsk", "UA"),
        ("Russian drones attacked Belgorod overnight.", "Belgorod", 578072, "Belgorod", "RU"),
        (
            "Ukrainian forces shelled Sudzha in Russia's Kursk region.",
            "Sudzha",
            486816,
            "Sudzha",
            "RU",
        ),
        ("Israeli strikes on Khan Younis killed 20.", "Khan Younis", 281124, "Khan Yunis", "PS"),
        (
            "A strike on a school in Deir al-Balah killed 12, Gaza officials said.",
            "Deir al-Balah",
            281141,
            "Deir al-Balah",
            "PS",
        ),
        (
            "Tanks advanced on Beit Lahia in northern Gaza.",
            "Beit Lahia",
            281145,
            "Beit Lahia",
            "PS",
        ),
        (
            "A drone strike hit a car in Kafr Kila in southern Lebanon.",
            "Kafr Kila",
            272849,
            "Kfar Kila",
            "LB",
        ),
        ("Air strikes hit Nabatieh and Tyre in Lebanon.", "Tyre", 267008, "Tyre", "LB"),
        (
            "Russian jets struck Maaret al-Numan in Syria's Idlib province.",
            "Maaret al-Numan",
            167611,
            "Maarat al-Numan",
            "SY",
        ),
        ("In Saraqib, government warplanes hit a market.", "Saraqib", 164816, "Saraqib", "SY"),
        (
            "Rockets fired at Majdal Shams in the Golan Heights killed 12 children.",
            "Majdal Shams",
            167444,
            "Majdal Shams",
            "SY",
        ),
        (
            "US strikes hit Sanaa, the Yemeni capital held by the Houthis.",
            "Sanaa",
            71137,
            "Sanaa",
            "YE",
        ),
        (
            "A drone attack on the Saudi Hospital in El Fasher, North Darfur, killed 30.",
            "El Fasher",
            379555,
            "El Fasher",
            "SD",
        ),
        (
            "RSF shelling of Omdurman killed civilians, Sudanese activists said.",
            "Omdurman",
            365137,
            "Omdurman",
            "SD",
        ),
        (
            "A junta air strike near Mandalay killed civilians in Myanmar.",
            "Mandalay",
            1311874,
            "Mandalay",
            "MM",
        ),
        ("Iranian missiles hit Beersheba and Holon in Israel.", "Holon", 294751, "Holon", "IL"),
        (
            "A man was killed in the New York borough of Queens.",
            "New York",
            5128581,
            "New York City",
            "US",
        ),
    ],
)
def test_places_resolve_in_context(
    gaz: Gazetteer, text: str, surface: str, geonameid: int, canonical: str, country_code: str
) -> None:
    mention = resolved(text, gaz)[surface]
    assert mention.place.geonameid == geonameid
    assert mention.place.name == canonical
    assert mention.place.country_code == country_code
    assert mention.place.precision == "place"


@pytest.mark.parametrize(
    ("text", "surface", "canonical", "precision"),
    [
        (
            "Shelling hit villages in Ukraine's Kharkiv region.",
            "Kharkiv region",
            "Kharkiv Oblast",
            "region",
        ),
        ("Three died in the Donetsk region.", "Donetsk region", "Donetsk Oblast", "region"),
        (
            "Strikes in southern Lebanon continued.",
            "southern Lebanon",
            "South Governorate",
            "region",
        ),
        ("Israeli strikes across Gaza killed 40.", "Gaza", "Gaza Strip", "region"),
        (
            "Tanks entered Khan Younis governorate.",
            "Khan Younis governorate",
            "Khan Yunis Governorate",
            "region",
        ),
        (
            "Air strikes in Syria's Idlib province killed dozens.",
            "Idlib province",
            "Idlib Governorate",
            "region",
        ),
        ("Fighting raged in the Gaza Strip.", "Gaza Strip", "Gaza Strip", "region"),
        ("Shelling was reported in Ukraine.", "Ukraine", "Ukraine", "country"),
        ("Drones were launched from Yemen.", "Yemen", "Yemen", "country"),
    ],
)
def test_regions_and_countries(
    gaz: Gazetteer, text: str, surface: str, canonical: str, precision: str
) -> None:
    mention = resolved(text, gaz)[surface]
    assert mention.place.name == canonical
    assert mention.place.precision == precision


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a strike on a high-rise in central Gaza City", ["Gaza City"]),
        # the region's own name, with nothing after it, stays the region
        ("strikes in central Gaza and Rafah", ["Deir al-Balah Governorate", "Rafah"]),
        # words that describe the province named after them, in another country
        ("strikes on Yemen's Red Sea province of Hodeidah", ["Yemen", "Al Hudaydah Governorate"]),
        ("shelling in the Kharkiv region of Ukraine", ["Kharkiv Oblast", "Ukraine"]),
        # a name in another country than the province it is said to lie in is no place
        (
            "vehicles pushed into the Jabaliya dam forest area in western Daraa province",
            ["Daraa Governorate"],
        ),
    ],
)
def test_the_name_read_is_the_place_meant(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == names


def test_no_names_leave_no_descriptions_to_drop() -> None:
    from processors.places import _without_descriptions

    assert _without_descriptions("", []) == []


def test_context_country_decides_between_namesakes(gaz: Gazetteer) -> None:
    # Odessa, Texas is a real city; a Ukrainian article means Odesa.
    ukraine = resolved("Russian drones struck Odessa, the Ukrainian port.", gaz)["Odessa"]
    assert ukraine.place.country_code == "UA"
    # Donetsk exists in Russia's Rostov region too; the Ukrainian city is meant by default.
    assert resolved("Shelling of Donetsk killed two.", gaz)["Donetsk"].place.geonameid == 709717


def test_a_places_own_name_beats_another_places_old_name(gaz: Gazetteer) -> None:
    # GeoNames lists "Novooleksandrivka" among Melitopol's old names; villages bear it today
    found = resolved("A missile hit Novooleksandrivka on Monday.", gaz)["Novooleksandrivka"]
    assert found.place.name == "Novooleksandrivka" and found.place.population < 10_000
    # an old name no place bears today still finds its city
    assert resolved("Shelling of Lugansk killed two.", gaz)["Lugansk"].place.name == "Luhansk"
    # a region's name does not hide the city's ("New York" is the state's own name)
    assert resolved("A strike on New York.", gaz)["New York"].place.precision == "place"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "drones hit the Kursk, Bryansk and Belgorod regions",
            ["Kursk Oblast", "Bryansk Oblast", "Belgorod Oblast"],
        ),
        ("shelling in the Kherson and Kharkiv regions", ["Kherson Oblast", "Kharkiv Oblast"]),
        # a city before the list stays a city
        (
            "missiles hit Kyiv and the Lviv and Odesa regions",
            ["Kyiv", "Lviv Oblast", "Odesa Oblast"],
        ),
        # in Russian: adjectives before "областях"
        (
            "атака на аэродромы в Мурманской, Иркутской, Ивановской, Рязанской и Амурской "
            "областях",
            ["Murmansk Oblast", "Irkutsk Oblast", "Ivanovo Oblast", "Ryazan Oblast", "Amur Oblast"],
        ),
        # ... also past adjectives that name no place of their own (not the city Dnipro)
        ("удары по Днепропетровской, Ровенской и Львовской областям", ["Dnipropetrovsk Oblast",
                                                                      "Lviv Oblast"]),
    ],
)
def test_names_listed_before_a_plural_region_word_are_regions(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli strikes hit the city of al-Hazm in al-Jawf province", "Al Hazm"),
        ("a drone strike in al-Qaim killed three", "Al Qaim"),
        ("RSF shelling of el-Fasher continued", "El Fasher"),
        # the article spelt otherwise than GeoNames' ("As Suki"), opening the name
        ("aircraft bombed positions around the nearby town of al-Suki", "As Suki"),
    ],
)
def test_an_arabic_name_written_with_a_lower_case_article(
    gaz: Gazetteer, text: str, name: str
) -> None:
    assert [m.place.name for m in find_places(text, gaz)][:1] == [name]


def test_an_article_before_a_group_is_no_place(gaz: Gazetteer) -> None:
    assert find_places("members of al-Qaeda and al-Shabaab, al-Jazeera said", gaz) == []


@pytest.mark.parametrize(
    ("spelling", "name", "country"),
    [
        # older and Russian spellings of Ukrainian cities
        ("Kharkov", "Kharkiv", "UA"),
        ("Lugansk", "Luhansk", "UA"),
        ("Vinnitsa", "Vinnytsia", "UA"),
        ("Gorlovka", "Horlivka", "UA"),
        ("Makeyevka", "Makiivka", "UA"),
        ("Lvov", "Lviv", "UA"),
        ("Zhitomir", "Zhytomyr", "UA"),
        ("Krasnoarmeysk", "Pokrovsk", "UA"),
        ("Energodar", "Enerhodar", "UA"),
        ("Kremenchug", "Kremenchuk", "UA"),
        # news spellings elsewhere
        ("Khan Younis", "Khan Yunis", "PS"),
        ("Deir el-Balah", "Deir al-Balah", "PS"),
        ("Hodeidah", "Hodeidah", "YE"),
        ("Qalqilya", "Qalqilya", "PS"),
        ("El Fasher", "El Fasher", "SD"),
        ("Mekelle", "Mekelle", "ET"),
        ("Tajoura", "Tajoura", "LY"),
        # a town's own name beats another country's big city's alternate one ("Caesarea")
        ("Caesarea", "Caesarea", "IL"),
    ],
)
def test_news_spellings_resolve(gaz: Gazetteer, spelling: str, name: str, country: str) -> None:
    (mention,) = find_places(f"Shelling hit {spelling} on Monday.", gaz)
    assert (mention.place.name, mention.place.country_code) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "Overnight Kherson was shelled.",
        "Heavy Shelling Hits Kherson Overnight",  # a title-case headline
        "Обстріл Херсона.",
        "Обстрел Херсона.",
    ],
)
def test_a_capital_that_opens_a_sentence_or_a_headline_hides_no_place(
    gaz: Gazetteer, text: str
) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == ["Kherson"]


def test_a_first_name_before_a_town_still_makes_a_person(gaz: Gazetteer) -> None:
    assert find_places("Martin Ryan said the talks would go on.", gaz) == []
    # and a Cyrillic headline word is no village ("Атака" is not Ataky)
    assert [m.place.name for m in find_places("Атака на Одесу.", gaz)] == ["Odesa"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone killed Khalil Maqdah, a commander. Maqdah smuggled arms into the West Bank.",
        "Israel killed Hassan Nasrallah. Nasrallah led Hezbollah for 32 years.",
        "The victim was named as Aden Mohamed. Mohamed was 34.",
    ],
)
def test_a_big_places_name_before_a_surname_used_alone_is_a_person(
    gaz: Gazetteer, text: str
) -> None:
    assert [m.place.name for m in find_places(text, gaz) if m.place.precision == "place"] == []


def test_a_place_before_a_word_not_used_alone_stays_a_place(gaz: Gazetteer) -> None:
    text = "Missiles hit Kyiv. Kyiv Mayor Vitali Klitschko said the strike killed two."
    assert [m.place.name for m in find_places(text, gaz)] == ["Kyiv", "Kyiv"]


def test_container_region_picks_the_right_namesake(gaz: Gazetteer) -> None:
    # Two Ukrainian towns are called Mykolaiv; "in Lviv region" says which.
    text = "A missile hit Mykolaiv in Lviv region."
    assert resolved(text, gaz)["Mykolaiv"].place.admin1 == "Lviv Oblast"
    assert resolved("A missile hit Mykolaiv.", gaz)["Mykolaiv"].place.geonameid == 700569


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Police said the Independent Union met at the Hospital Station.",
        "Anton Gerashchenko, an adviser, said Grad rockets were used.",
        "President Volodymyr Zelensky and Vladimir Putin spoke; Netanyahu did not.",
        "Ukrainian and Russian officials met; Syrian and Lebanese delegates watched.",
        "Warehouses on Buchma Street and Sumska Street were hit.",
        # a residential complex named for a place (in Kazan)
        "A drone hit a tower in the Manhattan complex.",
        "According to Ukrainska Pravda, the fire station burned.",
        "Tu-95 bombers fired Kh-101 missiles; the Zapad-2025 drills went on.",
        "The Kremlin said Telegram and Facebook posts were fake.",
        "SBU, HRW, UNICEF and the BBC reported it.",
        "According to the International Committee of the Red Cross, 65 people were killed.",
        # a first name before an Arabic surname (Khalil is a name of Hebron)
        "The strike hit the home of a senior Hamas lawmaker, Khalil al-Hayya, on Sunday.",
        "Members of the small Christian community and Orthodox clergy took refuge.",
        "Ministers of four Arab states gathered; Arabs and Jews prayed together.",
        "A Canadian tourist, a Spanish nurse and an English teacher were hurt.",
        "Thai, Malian and Chadian envoys met Kazakh officials and Welsh volunteers.",
        "Tensions in the Middle East rose as a Black Hawk helicopter was shot down.",
        "Tell them to leave, officials said.",
        "Jets bombed the headquarters of the Chin National Front.",
        "Secretary of State Mike Pompeo spoke. Cars were left burning; Tour operators left.",
        "Voters approved it. Gunmen attacked the Tree of Life synagogue; Bush vowed revenge.",
        "Suicide boats attacked a Royal Saudi Navy frigate and a Royal Navy destroyer.",
        # a venue named for a town elsewhere
        "Gunmen opened fire on diners at the Aziz Istanbul restaurant on Sunday night.",
    ],
)
def test_not_places(gaz: Gazetteer, text: str) -> None:
    assert find_places(text, gaz) == []


def test_openers_and_agencies_are_not_places_among_places(gaz: Gazetteer) -> None:
    text = (
        "Early on Sunday, a gunman opened fire in Dayton, Ohio. "
        "Xinhua now says 29 people were killed in Kunming."
    )
    assert [m.surface for m in find_places(text, gaz)] == ["Dayton", "Ohio", "Kunming"]


def test_a_saints_day_is_no_place(gaz: Gazetteer) -> None:
    text = "Gunmen attacked a party for the feast of St. John the Baptist in Irapuato."
    assert [m.surface for m in find_places(text, gaz)] == ["Irapuato"]
    assert [m.surface for m in find_places("Missiles hit Saint John on Friday.", gaz)] == [
        "Saint John"
    ]


def test_people_named_like_towns_are_not_places(gaz: Gazetteer) -> None:
    text = (
        "GOLD COAST, Australia — A shark killed a surfer. Nick Slater could not be saved, "
        "chief lifeguard Warren Young said. Fellow surfer Jade Parker saw Slater's board."
    )
    found = names(find_places(text, gaz))
    assert "Gold Coast" in found and "Australia" in found
    assert not {"Slater", "Warren", "Parker", "Young"} & set(found)


def test_a_word_in_a_hyphenated_compound_is_no_place(gaz: Gazetteer) -> None:
    text = (
        "Gunmen opened fire on a school in the English-speaking town of Kumba, President Biya "
        "and U.N. Secretary-General Antonio Guterres said, and U.S. officials condemned it."
    )
    found = names(find_places(text, gaz))
    assert "Kumba" in found and "English" not in found
    # (a name that holds a hyphen stays whole)
    assert names(find_places("Gunmen attacked a hotel in Port-au-Prince.", gaz)) == [
        "Port-au-Prince"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW — A bomb in a St Petersburg cafe wounded 32 people.",
        "A drone hit an oil terminal in St. Petersburg overnight.",
        "A drone hit an oil terminal in Saint Petersburg overnight.",
    ],
)
def test_a_saints_name_written_short_is_the_place_so_named(gaz: Gazetteer, text: str) -> None:
    assert "Saint Petersburg" in names(find_places(text, gaz))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small place's name that names an armed group
        (
            "Fighting between federal forces and Fano militiamen continues in Amhara, Ethiopia.",
            ["Amhara Region", "Ethiopia"],
        ),
        # ... and names it again alone
        (
            "Fano militiamen took the town. Fighting between the army and Fano escalated in "
            "Amhara.",
            ["Amhara Region"],
        ),
        # (not a dateline before the story's gunmen)
        ("TUNIS — Gunmen opened fire outside a museum in Tunis.", ["Tunis", "Tunis"]),
        # a site named for someone, in a city
        ("Bombers blew themselves up at Istanbul's Ataturk airport.", ["Istanbul"]),
        # a people
        (
            "Gunmen killed at least 54 ethnic Amhara villagers in western Ethiopia.",
            ["Ethiopia"],
        ),
        # the start of a longer name
        (
            "Gunmen attacked hotels at Grand-Bassam. They fired on people eating at the Etoile "
            "du Sud and two other hotels. Al Qaeda cited French operations in the Sahel.",
            ["Grand-Bassam"],
        ),
        ("Rockets hit Mar del Plata.", ["Mar del Plata"]),
        # ... but a city's port stays the city's
        ("Missiles hit Odesa port and Ukraine's Izmail port.", ["Odesa", "Ukraine", "Izmail"]),
    ],
)
def test_a_name_of_a_group_or_a_site_is_no_place(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert names(find_places(text, gaz)) == expected


def test_a_place_name_that_ends_a_full_name_is_a_surname(gaz: Gazetteer) -> None:
    text = (
        "Gunmen shot dead Bilal Anwar Kasi, president of the Balochistan Bar Association, in "
        "Quetta. Kasi had been shot dead as he left his home."
    )
    assert names(find_places(text, gaz)) == ["Balochistan", "Quetta"]  # (Kasi: Varanasi)


def test_a_place_name_given_an_age_is_a_person(gaz: Gazetteer) -> None:
    text = "Uribe, 39, a senator, was shot in the head as he addressed supporters in Bogota."
    assert names(find_places(text, gaz)) == ["Bogotá"]  # (Uribe: a town in Colombia)


def test_a_city_named_as_a_speakers_first_name_is_a_person(gaz: Gazetteer) -> None:
    text = "Russian President Vladimir Putin said the strikes on Kharkiv would go on."
    assert names(find_places(text, gaz)) == ["Kharkiv"]
    text = "The head of the district, Vladimir Leontyev, said Ukrainian rockets hit Kherson."
    assert names(find_places(text, gaz)) == ["Kherson"]
    assert names(find_places("Drones struck Vladimir on Monday.", gaz)) == ["Vladimir"]
    # ... or of an officer, whose surname is also a town's name (Salama, in Guatemala)
    text = (
        "The strike hit a compound where Deif and Rafa Salama, commander of Hamas's Khan "
        "Younis brigade, were hiding."
    )
    assert names(find_places(text, gaz)) == ["Khan Yunis"]
    text = (
        "Russian-installed officials gave a different account. Vladimir Leontyev, who heads the "
        "occupation administration of the district, said HIMARS rockets had hit warehouses in "
        "Kherson."
    )
    assert names(find_places(text, gaz)) == ["Kherson"]
    # an institution named with a title's word names no person: Gwoza stays a town elsewhere
    text = (
        "Bombers struck a wedding in Gwoza on Saturday. Minutes later a second explosion hit "
        "the area of General Hospital Gwoza."
    )
    assert names(find_places(text, gaz))[:1] == ["Gwoza"]
    # ... and before a leader's name, whatever the verb
    text = "Vladimir Putin had threatened to respond to Ukrainian attacks on Belgorod."
    assert names(find_places(text, gaz)) == ["Belgorod"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the name, and the name alone later (Clinton is a US town)
        ("Tomahawks fired from U.S. warships hit camps near Khost that President Bill Clinton "
         "said were run by Osama bin Laden. Clinton, speaking from Washington, called the U.S. "
         "strikes a response.", ["United States", "Khost", "Washington", "United States"]),
        # a Russian title in its case forms ("Vladimir" is a city)
        ("Под руководством главнокомандующего Владимира Путина проведена тренировка сил "
         "сдерживания, сообщило Министерство обороны России.", ["Russia"]),
        # ... but no title, the city
        ("Drones struck Vladimir on Monday, the governor said.", ["Vladimir"]),
    ],
)  # fmt: skip
def test_a_name_after_a_persons_title_is_a_person(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert names(find_places(text, gaz)) == expected


def test_a_ships_name_is_no_place(gaz: Gazetteer) -> None:
    text = "The Singapore-flagged Maersk Hangzhou was hit by a missile in the Red Sea."
    assert "Hangzhou" not in names(find_places(text, gaz))
    text = "Ukraine said it had struck the Russian cruiser Moskva off Odesa."
    assert names(find_places(text, gaz)) == ["Ukraine", "Odesa"]
    assert names(find_places("A missile hit a cargo ship in Odesa.", gaz)) == ["Odesa"]
    # ... told again alone, and a cargo named like a town
    text = (
        "The Liberian-flagged bulk carrier Xiamen Star was hit off Hodeidah. The Xiamen sent a "
        "distress call."
    )
    assert names(find_places(text, gaz)) == ["Hodeidah"]
    text = (
        "Coal carrier Tutor believed sunk after drone-boat attack\n\nThe Houthis say they "
        "target ships linked to Israel and the United States."
    )
    assert names(find_places(text, gaz)) == ["Israel", "United States"]


def test_a_saints_church_is_no_place(gaz: Gazetteer) -> None:
    text = "The first bomb exploded near the altar of St George's church in the city of Tanta."
    assert names(find_places(text, gaz)) == ["Tanta"]
    text = "In the capital Colombo, they hit St Anthony's Shrine and three luxury hotels."
    assert names(find_places(text, gaz)) == ["Colombo"]
    text = (
        "The bomber blew himself up in the Church of St Peter and St Paul, which adjoins the "
        "cathedral in Cairo."
    )
    assert names(find_places(text, gaz)) == ["Cairo"]


def test_a_dedication_is_no_place_nor_evidence_of_the_storys_country(gaz: Gazetteer) -> None:
    # two US town names, each the other's only support: a business's and a cathedral's names
    text = (
        "Two bombs went off in Jolo, Philippines. The first exploded outside the Paradise Food "
        "Plaza; the second near the Cathedral of Our Lady of Mount Carmel."
    )
    assert names(find_places(text, gaz)) == ["Jolo", "Philippines"]
    assert names(find_places("A pilgrimage to Lourdes, France.", gaz)) == ["Lourdes", "France"]


def test_small_towns_of_one_country_do_not_vouch_for_each_other(gaz: Gazetteer) -> None:
    # "Arma" and "Bohemia" are small US towns' names, here a game's and its studio's
    text = (
        "Bohemia Interactive, the Czech studio behind Arma 3, said clips from the game were "
        "shown as fighting in Syria and in Afghanistan. Bohemia published tips for spotting "
        "fakes."
    )
    assert names(find_places(text, gaz)) == ["Syria", "Afghanistan"]
    # a country named stands for its small towns
    text = "Arma and Bohemia, two small towns in the United States, were hit by a storm."
    assert names(find_places(text, gaz)) == ["Arma", "Bohemia", "United States"]


def test_a_firm_named_for_a_town_is_not_the_town(gaz: Gazetteer) -> None:
    text = "A bomber blew himself up outside a branch of Kabul Bank in the city of Kunduz."
    assert names(find_places(text, gaz)) == ["Kunduz"]
    text = "Passengers of Kharkiv Airlines were stranded in Lviv."
    assert names(find_places(text, gaz)) == ["Lviv"]


def test_a_water_body_named_for_a_town_is_not_the_town(gaz: Gazetteer) -> None:
    text = "Shells hit the village of Stanislav on the Dnipro estuary west of Kherson."
    assert names(find_places(text, gaz)) == ["Stanislav", "Kherson"]
    text = "Marhanets lies on the Kakhovka reservoir opposite Enerhodar."
    assert names(find_places(text, gaz)) == ["Marhanets", "Enerhodar"]
    assert names(find_places("Troops crossed the Dnipro River near Kherson.", gaz)) == ["Kherson"]
    # a sea named like a town ("the White Sea", not Belyy)
    text = "Фрегат выполнил стрельбу по морской мишени, расположенной в Белом море."
    assert names(find_places(text, gaz)) == []
    # a dam or a bay stays the town's
    text = "Russia said the Kakhovka dam in Ukraine was destroyed."
    assert names(find_places(text, gaz)) == ["Russia", "Kakhovka", "Ukraine"]
    text = "Rockets were fired at the Haifa bay area in Israel."
    assert names(find_places(text, gaz)) == ["Haifa", "Israel"]
    # ... and so does its seaport
    text = "Russian Kalibr cruise missiles struck Odesa's sea port on Saturday."
    assert names(find_places(text, gaz)) == ["Odesa"]


def test_a_towns_spelling_is_not_hidden_by_a_hamlet_of_that_name(gaz: Gazetteer) -> None:
    # GeoNames' Faizabads in Afghanistan are hamlets of unknown size; the city is "Fayzabad"
    text = "A blast tore through a mosque in Faizabad, capital of Badakhshan province."
    [town, _] = find_places(text, gaz)
    assert (town.place.name, town.place.admin1) == ("Fayzabad", "Badakhshan Province")
    # ... while villages of known size keep their name from a city's old one
    assert names(find_places("Shelling hit Novooleksandrivka in Kherson region.", gaz)) == [
        "Novooleksandrivka",
        "Kherson Oblast",
    ]


def test_two_names_of_one_place_side_by_side_are_a_persons_name(gaz: Gazetteer) -> None:
    # "Ahmad" and "Ahmadi" both name Al Ahmadi, Kuwait: neither vouches for the other
    text = "Mourners gathered in honour of Nisar Ahmad Ahmadi, who had been deputy governor."
    assert names(find_places(text, gaz)) == []


def test_common_word_used_in_lowercase_is_not_a_place(gaz: Gazetteer) -> None:
    text = "Kharkiv was hit. Mirny residents fled; the mirny district is quiet."
    assert "Mirny" not in [m.surface for m in find_places(text, gaz)]


def test_a_site_named_for_a_village_is_the_site_with_its_kind(gaz: Gazetteer) -> None:
    text = "Missiles caused light damage at the Nevatim air base in the Negev desert."
    first = find_places(text, gaz)[0]
    assert (first.surface, first.place.name) == (
        "Nevatim air base", "Nevatim Airbase",
    )
    # ... and the village without it
    assert find_places("A rocket hit a house in Nevatim.", gaz)[0].place.name == "Nevatim"


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the Zaporizhzhia nuclear power plant on Sunday.",
        "Shells fell near the Zaporizhzhia NPP overnight.",
        "The Zaporizhzhia Nuclear Power Plant lost power again.",
    ],
)
def test_the_nuclear_plant_named_for_the_oblast_is_at_enerhodar(gaz: Gazetteer, text: str) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == ["Enerhodar"]


def test_an_airport_terminal_is_no_place(gaz: Gazetteer) -> None:
    text = "A Houthi missile crashed into a grove by an access road near Terminal 3 on Sunday."
    assert [m.surface for m in find_places(text, gaz)] == []


def test_a_french_ou_for_u_finds_the_place(gaz: Gazetteer) -> None:
    text = "A drone struck inside the Makhmour refugee camp, about 60 km south-west of Erbil."
    found = {m.surface: m.place.country_code for m in find_places(text, gaz)}
    assert found == {"Makhmour": "IQ", "Erbil": "IQ"}
    # ... but not in a short word ("Tour" is no Tur)
    assert [m.surface for m in find_places("Tour operators in Erbil closed.", gaz)] == ["Erbil"]


def test_a_number_word_is_no_place_even_in_its_country(gaz: Gazetteer) -> None:
    text = (
        "Trump says U.S. aircraft struck Iran, a U.S. official said. Sixteen people have been "
        "taken to hospital."
    )
    assert "Sixteen" not in [m.surface for m in find_places(text, gaz)]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Moscow denied responsibility for the strike.", "Moscow", "actor"),
        ("Kyiv said the drones were shot down.", "Kyiv", "actor"),
        ("Officials installed by Moscow reported it.", "Moscow", "actor"),
        ("Russia launched 40 drones overnight.", "Russia", "actor"),
        ("Russia's defence ministry called it a response.", "Russia", "actor"),
        ("The Israel Defense Forces said a rocket hit.", "Israel", "actor"),
        ("A missile hit Kyiv on Monday.", "Kyiv", "place"),
        ("Rockets fell on Ukraine's second-largest city.", "Ukraine", "place"),
        ("Officials in occupied Donetsk said 27 were killed.", "Donetsk", "place"),
        ("IDLIB, Syria — Air strikes killed dozens.", "Syria", "place"),
        ("Pakistan urged Kabul to stop militants using Afghan soil.", "Kabul", "actor"),
        ("Moscow accused Kyiv of shelling the plant.", "Kyiv", "actor"),
        ("He warned Kharkiv residents to stay in shelters.", "Kharkiv", "place"),
        ("Kyiv rarely claims responsibility for attacks inside Russia.", "Kyiv", "actor"),
        ("Drones hit Kyiv again overnight.", "Kyiv", "place"),
        # a speech verb after an auxiliary
        ("By nightfall Washington was accusing Moscow of hitting rebels.", "Washington", "actor"),
        ("Kyiv has denied the strike.", "Kyiv", "actor"),
        ("Kharkiv was hit again on Monday.", "Kharkiv", "place"),
        # ... or after an aside
        ("Bishkek, for its part, said 24 people had been killed.", "Bishkek", "actor"),
        ("Kharkiv, for its part, was hit by three drones.", "Kharkiv", "place"),
        # a capital's word after its possessive, not its mayor or its airports
        ("It ran contrary to London's statements on the missiles.", "London", "actor"),
        ("Carter warned that Moscow's approach was doomed to fail.", "Moscow", "actor"),
        # a capital acting, as its government does; a city is not
        ("It was the deadliest since Washington began its campaign.", "Washington", "actor"),
        ("It was the deadliest attack of Washington's month-long campaign.", "Washington", "actor"),
        ("Kharkiv launched a fundraiser for the victims.", "Kharkiv", "place"),
        ("Kyiv's mayor said two people were hurt.", "Kyiv", "place"),
    ],
)
def test_metonymy_is_flagged_as_actor(gaz: Gazetteer, text: str, surface: str, role: str) -> None:
    assert resolved(text, gaz)[surface].role == role


def test_offsets_point_at_the_surface_without_possessive(gaz: Gazetteer) -> None:
    text = "Kharkiv's mayor and Ukraine’s army said Kharkiv-based units held."
    mentions = find_places(text, gaz)
    assert [m.surface for m in mentions] == ["Kharkiv", "Ukraine", "Kharkiv"]
    for m in mentions:
        assert text[m.start : m.end] == m.surface


def test_empty_and_placeless_texts(gaz: Gazetteer) -> None:
    assert find_places("", gaz) == []
    assert find_places("a call option gives its buyer the right to buy shares.", gaz) == []


def test_default_gazetteer_is_used_when_none_given() -> None:
    assert names(find_places("Shelling hit Kherson.")) == ["Kherson"]


def test_dev_set_gold_locations_are_found_with_coordinates(gaz: Gazetteer) -> None:
    for line in DEV.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        mentions = find_places(case["text"], gaz)
        for event in case["gold"]["events"]:
            match = [m for m in mentions if m.place.name == event["location"]]
            assert match, (case["id"], event["location"], names(mentions))
            assert match[0].place.lat == pytest.approx(event["lat"], abs=0.1)
            assert match[0].place.lon == pytest.approx(event["lon"], abs=0.1)


# --- the lazy tokeniser (`_Text`) must see exactly the tokens a full pass would ---------------

TOKENISER_TEXTS = [
    SEED_TEXT,
    "KHARKOV, Feb 28 — U.S.-backed forces hit Kharkiv's east; xU.S. A.B.C (Kyiv)/Lviv, al-Balah.",
    "Tu-95 bombers  and  Zapad-2025 drills; \"Odesa\" — 'Mykolaiv' 12Kherson e.g.Sumy",
    "the south-west of occupied Crimea",
    "Rostov-on-Don and Deir al-Balah,\nnorthern Gaza\n\nand occupied Donetsk region's mayor",
]


def _full_tokens(text: str, gaz: Gazetteer) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, possessive) of every token, from one pass over the whole text."""
    from processors.places import _TOKEN, _lexicon

    lex = _lexicon(gaz)
    found = []
    for m in _TOKEN.finditer(text):
        word, possessive = lex.token(m.group())
        found.append((m.start(), m.start() + len(word.text), word.text, possessive))
    return found


@pytest.mark.parametrize("text", TOKENISER_TEXTS)
def test_lazy_tokens_match_a_full_pass(gaz: Gazetteer, text: str) -> None:
    from processors.places import _lexicon, _Text

    doc = _Text(text, _lexicon(gaz))
    full = _full_tokens(text, gaz)
    walked = [(s, e, w.text, p) for s, e, w, p, _ in doc.following(0)]
    assert walked == full
    for i, (start, *_rest) in enumerate(full):
        before = doc.previous(start)
        assert (before and before[:2]) == (full[i - 1][:2] if i else None)
        assert [t[:2] for t in doc.following(start)][:1] == [t[:2] for t in full[i : i + 1]]


@pytest.mark.parametrize("text", TOKENISER_TEXTS)
def test_name_starts_are_token_starts_after_a_non_letter(gaz: Gazetteer, text: str) -> None:
    from processors.places import _lexicon, _Text

    doc = _Text(text, _lexicon(gaz))
    token_starts = {start for start, *_ in _full_tokens(text, gaz)}
    starts = [m.start() for m in doc.starts() if doc.starts_token(m.start())]
    assert starts == sorted(starts)
    assert set(starts) <= token_starts

    def joined(s: int) -> bool:
        """Whether the token at ``s`` goes on a word: after a letter or a hyphen, or an
        apostrophe after a letter ("d'Ivoire"; not a quote's: "'Mykolaiv'"); a lower-case
        start, after any apostrophe."""
        before = text[s - 1]
        return (
            before.isalpha()
            or before == "-"
            or (before in "'’ʼ" and (text[s].islower() or (s > 1 and text[s - 2].isalpha())))
        )

    for pos in starts:
        assert pos == 0 or not joined(pos)
    expected = {
        s
        for s in token_starts
        if (s == 0 or not joined(s))
        and (
            text[s].isupper()
            or text.startswith(("north", "south", "east", "west", "central", "occupied"), s)
            or text[s : s + 3] in {"al-", "el-"}
        )
    }
    assert expected <= set(starts)


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("the mirny district", "mirny", True),
        ("in union.", "union", True),
        ("Union members", "union", False),
        ("a unions office", "union", False),
        ("bora bora bora;", "bora bora", True),
        ("ends with police", "police", False),
    ],
)
def test_written_lowercase(text: str, key: str, expected: bool) -> None:
    from processors.places import _written_lowercase

    reference = any(f" {key}{end}" in text for end in " ,.;:")
    assert _written_lowercase(text, key) is reference is expected


def test_a_sentence_opening_word_that_is_only_a_foreign_name_of_a_place_is_no_place() -> None:
    """ "Part" is one of Perth's names in GeoNames; opening a sentence, its capital says nothing."""
    text = "Part of an apartment block in Dnipro collapsed after a direct missile hit on Saturday."
    assert [m.place.name for m in find_places(text)] == ["Dnipro"]
    # The English names of places still open sentences.
    for name, place in (("Kharkov", "Kharkiv"), ("Kiev", "Kyiv"), ("Odessa", "Odesa")):
        found = find_places(f"{name} was hit by missiles on Monday, killing three.")
        assert [m.place.name for m in found] == [place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names after "provinces of" are the provinces, not their capitals
        (
            "Jets struck villages in Afghanistan's eastern provinces of Khost and Kunar.",
            [
                ("Afghanistan", "country"),
                ("Khost Province", "region"),
                ("Kunar Province", "region"),
            ],
        ),
        ("Shelling hit the province of Kherson.", [("Kherson Oblast", "region")]),
        # Colombia's departments: "department of Arauca" is the department, not its capital
        (
            "A car bomb exploded in Saravena, in the eastern border department of Arauca.",
            [("Saravena", "place"), ("Arauca Department", "region")],
        ),
        ("Rebels attacked a police station in Cauca department.", [("Cauca Department", "region")]),
        # a lower-case direction before a region word names no region
        ("Strikes hit the northern province of Saada.", [("Saada Governorate", "region")]),
        ("Shelling continued in the south region.", []),
        # names joined by "and" are one name where the gazetteer has it
        ("Jammu and Kashmir Chief Minister Omar Abdullah said", [("Jammu and Kashmir", "region")]),
        ("Bosnia and Herzegovina", [("Bosnia and Herzegovina", "country")]),
        ("Missiles hit Kharkiv and Odesa.", [("Kharkiv", "place"), ("Odesa", "place")]),
        # the country that holds a disputed region decides which one it is
        (
            "Missiles struck Pakistan-administered Kashmir.",
            [("Pakistan", "country"), ("Azad Kashmir", "region")],
        ),
    ],
)
def test_regions_read_from_their_wording(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place.name, m.place.precision) for m in find_places(text, gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb hit a police academy in Colombia's capital", [("Bogotá", "place")]),
        ("Drones struck the Ukrainian capital overnight", [("Kyiv", "place")]),
        ("Air strikes hit the Lebanese capital's southern suburbs", [("Beirut", "place")]),
        ("A blast in the Afghan capital killed six", [("Kabul", "place")]),
        # the name told beside it, or money
        ("A blast in the Afghan capital, Kabul, killed six", [("Kabul", "place")]),
        ("Sanctions hit Russia's capital markets", [("Russia", "country")]),
    ],
)
def test_a_country_named_for_its_capital_is_the_capital(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place.name, m.place.precision) for m in find_places(text, gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Lod, a man was killed when a rocket hit his home, Israeli police said.", ["Lod"]),
        ("A rocket killed a man in the central city of Lod, Israeli medics said.", ["Lod"]),
        # a short name with no settlement wording, or no country context, is not a town
        ("The LOD plan was approved by Israeli officials.", []),
        ("In Ash, the committee voted.", []),
    ],
)
def test_a_short_town_name_told_as_a_settlement(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    places = [m.place.name for m in find_places(text, gaz) if m.place.precision == "place"]
    assert places == expected


def test_a_countrys_abbreviation_before_a_noun_votes_as_a_cue(gaz: Gazetteer) -> None:
    text = (
        "Suicide bombers struck in three Saudi cities on Monday. In Medina, a bomber blew "
        "himself up near the Prophet's Mosque. In Qatif, a bomber set off explosives near a "
        "mosque. In Jeddah, a man blew himself up near the U.S. consulate."
    )
    assert [(m.surface, m.place.country_code) for m in find_places(text, gaz)][:3] == [
        ("Medina", "SA"),
        ("Qatif", "SA"),
        ("Jeddah", "SA"),
    ]


def test_a_round_ups_headings_in_capitals_are_places(gaz: Gazetteer) -> None:
    text = (
        "KYIV, March 22 - Russia attacked Ukraine with drones overnight.\n\n"
        "* RZHYSHCHIV: Drones hit a school and two dormitories.\n\n"
        "* ZAPORIZHZHIA: Two missiles struck a residential building in the southern city.\n\n"
        "* AIR DEFENCES: The air force said 16 of 21 drones were destroyed."
    )
    found = names(find_places(text, gaz))
    assert found == ["Kyiv", "Russia", "Ukraine", "Rzhyshchiv", "Zaporizhzhia"]


HEADING_TEXTS = [
    SEED_TEXT,
    "KYIV — intro.\n* ZAPORIZHZHIA: Two missiles hit.\n  • KHARKIV — shelling\nnot a HEADING: x",
    "\nODESA: a\n\nMYKOLAIV – b\nlast line, no heading",
    "no line break at all: KHERSON: x",
]


@pytest.mark.parametrize("text", HEADING_TEXTS)
@pytest.mark.parametrize("pos", [0, 1, 5, 14])
def test_headings_tried_at_line_starts_find_what_a_scan_finds(text: str, pos: int) -> None:
    from processors.places import _HEADING, _headings

    assert _headings(text, pos) == [m.span(1) for m in _HEADING.finditer(text, pos)]


SCAN_TEXTS = [
    *TOKENISER_TEXTS,
    "KHARKIV: Kharkiv region was hit. The Human Rights Watch said Kharkiv region's mayor fled.",
    "In Kryvyi Rih, south of Kyiv. In Kryvyi Rih on Monday, Mayor Vitali Klitschko spoke.",
    "U.S. officials and St. Petersburg; Tel Aviv and Ramat Gan. Tel Aviv and Ramat Gan",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_scan_with_its_memo_warm_or_cold_finds_the_same(gaz: Gazetteer, text: str) -> None:
    """The scan's memo (keyed on a token and the chunks after it) changes nothing, whatever
    text filled it."""
    from processors.places import _lexicon, _scan, _Text

    def readings(doc: _Text) -> tuple[list[tuple], list[tuple[int, str]]]:
        spans, cues = _scan(doc)
        return [(s.start, s.end, s.stop, s.size, s.possessive, s.name.key) for s in spans], cues

    lex = _lexicon(gaz)
    lex.starts.clear()
    cold = readings(_Text(text, lex))
    assert lex.starts  # (it was used)
    for other in SCAN_TEXTS:
        _scan(_Text(other, lex))
    warm = readings(_Text(text, lex))
    assert warm == cold
    assert cold[0]  # (places are found)


def test_the_capital_told_alone_is_the_datelines_countrys() -> None:
    text = (
        "MOSUL, March 28 — Two truck bombs tore through markets in Tal Afar on Tuesday. In the "
        "capital, a rocket slammed into the Green Zone."
    )
    capital = [m for m in find_places(text) if m.surface == "capital"]
    assert [(m.place.name, m.place.country_code) for m in capital] == [("Baghdad", "IQ")]
    # ... but not the capital named, nor one whose something is, nor with no dateline
    for text in (
        "MOSUL — A rocket hit the capital Baghdad.",
        "MOSUL — Drones struck the capital's airport.",
        "A rocket slammed into the Green Zone in the capital.",
    ):
        assert not [m for m in find_places(text) if m.surface == "capital"]


def test_a_word_that_is_only_another_name_of_a_far_place_is_none() -> None:
    # Atlanta was once called Terminus; Jeddah's names include Yida
    text = (
        "JOS, Nigeria — Two car bombs tore through a bus terminal and the adjoining Terminus "
        "market in the central Nigerian city of Jos on Tuesday."
    )
    assert [m.place.name for m in find_places(text)] == ["Jos", "Nigeria", "Jos"]
    # ... but an old name in the story's country is the place
    text = "KYIV — Russian missiles hit Kiev and Kharkov on Monday."
    assert [m.place.name for m in find_places(text)] == ["Kyiv", "Kyiv", "Kharkiv"]


def test_names_listed_after_kin_are_people(gaz: Gazetteer) -> None:
    text = (
        "A US-brokered truce took effect last November. The speaker said a father and his three "
        "children, Celine, Hadi and Aseel, were among the dead and that the family held US "
        "citizenship. A US State Department spokesperson spoke."
    )
    assert {m.place.name for m in find_places(text, gaz)} == {"United States"}


def test_a_defence_system_named_for_someone_is_no_place(gaz: Gazetteer) -> None:
    text = "The army said its David's Sling system intercepted the first missile fired at it."
    assert find_places(text, gaz) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A strike hit Qasr-e Shirin.", "Qasr-e Shirin"),
        ("Explosions shook Bandar-e Anzali on the Caspian.", "Bandar-e Anzali"),
        ("An air strike hit a madrasa in Dasht-e Archi.", "Dasht-e Archi"),
    ],
)
def test_a_persian_name_keeps_its_linking_vowel(gaz: Gazetteer, text: str, name: str) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an airport named for a person is not in the town the first name is
        (
            "Gunmen opened fire at the Halane base camp at Mogadishu's Aden Adde International "
            "Airport.",
            ["Mogadishu"],
        ),
        ("Gunmen attacked Aden Adde International Airport.", []),
        ("Mortar rounds meant for the base at Aden Adde airport fell short.", []),
        # ... but a town's airport is the town's, however written
        ("Drones hit the Erbil airport.", ["Erbil"]),
        # ... but a town's airport is the town's
        ("A drone hit Aleppo International Airport.", ["Aleppo"]),
        ("Rockets hit Erbil Airport.", ["Erbil"]),
    ],
)
def test_an_airport_named_for_a_person_is_no_place(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Donetsk, September 2022: the square is named for Baku's commissars
        (
            "Shells landed on Baku Commissars Square in the Kuibyshevsky district of Donetsk.",
            ["Donetsk"],
        ),
        ("A car bomb went off on Baghdad Street in Damascus.", ["Damascus"]),
        ("Shells hit Baku on Monday.", ["Baku"]),
    ],
)
def test_a_street_or_square_named_for_a_town_is_not_in_it(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == names


def test_a_landmarks_monument_is_no_town(gaz: Gazetteer) -> None:
    # (a U.S. context makes Monument, Colorado, likely)
    text = (
        "A rocket landed in Baghdad less than a kilometre from the U.S. embassy. It came down "
        "near the Monument of the Unknown Soldier."
    )
    assert [m.place.name for m in find_places(text, gaz)] == ["Baghdad", "United States"]


def test_a_venue_named_for_a_town_elsewhere_is_no_place(gaz: Gazetteer) -> None:
    text = "SUKKUR — A bomb ripped through the Karbala Moalla imambargah in Shikarpur."
    assert [m.place.name for m in find_places(text, gaz)] == ["Sukkur", "Shikarpur"]
    camp = "N'DJAMENA — Two bombs went off near the Dar es Salam refugee camp in Baga Sola."
    assert "Dar es Salaam" not in [m.place.name for m in find_places(camp, gaz)]
    own = "GAZA — Air strikes hit a school in Gaza's Nuseirat refugee camp."
    assert "Nuseirat" in [m.place.name for m in find_places(own, gaz)]
    # (a hotel named for the town it is in stays that town)
    assert [m.place.name for m in find_places("Gunmen stormed the Kabul Serena hotel.", gaz)] == [
        "Kabul"
    ]


def test_a_site_named_by_its_small_town_is_in_it(gaz: Gazetteer) -> None:
    # (a capitalised word after a name makes it part of a longer one, but a site's noun
    # names what the town holds)
    text = "Russian shelling on Tuesday hit the Sviatohirsk Lavra, killing three monks."
    assert [m.place.name for m in find_places(text, gaz)] == ["Sviatohirsk"]
    assert find_places("Shelling hit the Sviatohirsk Holiday resort.", gaz) == []
    # ... as does a venue where crowds gather
    arena = "A man detonated a homemade bomb in the foyer of Manchester Arena on Monday."
    assert [m.place.name for m in find_places(arena, gaz)] == ["Manchester"]
    assert find_places("Manchester United lost on Monday.", gaz) == []
    # (but a hotel is often named for a far city)
    hotel = "A missile struck central Odesa, damaging the landmark Bristol Hotel."
    assert [m.place.name for m in find_places(hotel, gaz)] == ["Odesa"]


def test_a_curated_sites_full_name_needs_no_country_context(gaz: Gazetteer) -> None:
    # (the U.S. troops' country does not make it foreign)
    text = "Two rockets struck Ain al-Asad air base, wounding five U.S. service members."
    assert [m.place.name for m in find_places(text, gaz)][:1] == ["Al Asad Airbase"]


def test_a_venue_named_by_another_name_of_a_town_is_no_place(gaz: Gazetteer) -> None:
    # ("Khalil al-Rahman" is Hebron's Arabic name; a Palestinian camp in Lebanon is no context)
    text = (
        "An Israeli drone struck an apartment near the Khalil al-Rahman mosque in the Beddawi "
        "Palestinian refugee camp on the outskirts of Tripoli, Lebanon."
    )
    assert "Hebron" not in [m.place.name for m in find_places(text, gaz)]


def test_a_car_maker_is_no_town(gaz: Gazetteer) -> None:
    text = "The drone hit a Toyota with Sulaimani number plates."
    assert "Toyota" not in [m.place.name for m in find_places(text, gaz)]


def test_a_camp_named_abbas_is_no_fort_abbas_and_balakot_is_known(gaz: Gazetteer) -> None:
    text = "Missiles hit the Abbas camp in Kotli and a camp near Balakot before dawn."
    assert names(find_places(text, gaz)) == ["Kotli", "Balakot"]


def test_a_village_told_with_its_district_is_a_place(gaz: Gazetteer) -> None:
    text = "A drone targeted a vehicle at the checkpoint in Marwahin, Bint Jbeil district."
    assert names(find_places(text, gaz)) == ["Marwahin"]
    # (but a list of districts, or a name before "district", names districts)
    text = "Shells hit the Beit Yahoun, Jwaya and Marwahin districts."
    assert names(find_places(text, gaz)) == []
    assert names(find_places("Shells hit the Marwahin district.", gaz)) == []


def test_a_dateline_in_accented_capitals_is_read_as_a_name() -> None:
    text = "BOGOTÁ, Jan 18 — A car bomb tore through a police academy."
    assert [m.place.name for m in find_places(text)] == ["Bogotá"]
    listed = "* MEDELLÍN: A drone dropped explosives on a police post.\n* CALI: A car bomb."
    assert [m.place.name for m in find_places(listed)] == ["Medellín", "Cali"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a quoted sentence that opens with a town names the town ...
        ("'Myrnohrad is under fire again,' the governor wrote.", ["Myrnohrad"]),
        ("“Kharkiv is under fire again,” he wrote.", ["Kharkiv"]),
        # ... but a quoted name that goes on in capitals is a firm's
        ('The firm "Kyiv Digital" said the app was down.', []),
        ("The firm 'Kyiv Digital' said the app was down.", []),
    ],
)
def test_a_town_opening_a_quote_is_found(gaz: Gazetteer, text: str, names: list[str]) -> None:
    assert [m.place.name for m in find_places(text, gaz)] == names


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # a governor named by the region's town is the region's ...
        (
            "Dnipropetrovsk governor Serhiy Lysak said a missile hit a house.",
            "Dnipropetrovsk Oblast",
            "region",
        ),
        ("Kursk governor Alexander Khinshtein said two were killed.", "Kursk Oblast", "region"),
        # ... but a capital's is the city's
        ("Kyiv governor Mykola Kalashnyk said debris fell on a house.", "Kyiv", "place"),
    ],
)
def test_a_governor_named_by_the_regions_town_is_the_regions(
    gaz: Gazetteer, text: str, name: str, precision: str
) -> None:
    (mention,) = find_places(text, gaz)
    assert (mention.place.name, mention.place.precision) == (name, precision)
