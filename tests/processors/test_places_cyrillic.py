"""Ukrainian and Russian place names in case forms other than the gazetteer's nominative."""

from __future__ import annotations

import pytest

from processors.gazetteer import Gazetteer, load_gazetteer, normalise
from processors.places import find_places, nominatives


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "surface", "geonameid", "name", "country"),
    [
        ("Вибухи пролунали у Харкові вночі.", "Харкові", 706483, "Kharkiv", "UA"),
        ("Окупанти вдарили ракетами по Києву.", "Києву", 703448, "Kyiv", "UA"),
        ("Сирени лунали в Києві до ранку.", "Києві", 703448, "Kyiv", "UA"),
        ("В Одесі пошкоджено порт.", "Одесі", 698740, "Odesa", "UA"),
        ("Ворожі дрони атакували Одесу.", "Одесу", 698740, "Odesa", "UA"),
        ("У Львові загинули троє людей.", "Львові", 702550, "Lviv", "UA"),
        ("Потяг зі Львова затримується.", "Львова", 702550, "Lviv", "UA"),
        ("У Дніпрі пошкоджено багатоповерхівку.", "Дніпрі", 709930, "Dnipro", "UA"),
        ("Взрывы прогремели в Харькове ночью.", "Харькове", 706483, "Kharkiv", "UA"),
        ("Жители Харькова укрылись в метро.", "Харькова", 706483, "Kharkiv", "UA"),
        ("В Киеве объявлена воздушная тревога.", "Киеве", 703448, "Kyiv", "UA"),
        ("У Запоріжжі пошкоджено школу.", "Запоріжжі", 687700, "Zaporizhzhia", "UA"),
        ("У Миколаєві загинули двоє.", "Миколаєві", 700569, "Mykolaiv", "UA"),
        ("Обстріли у Сумах тривають.", "Сумах", 692194, "Sumy", "UA"),
        ("Поблизу Сум впали уламки ракети.", "Сум", 692194, "Sumy", "UA"),
        ("У Чернігові пролунали вибухи.", "Чернігові", 710735, "Chernihiv", "UA"),
        ("Уламки дрона впали в Ірпені.", "Ірпені", 707565, "Irpin", "UA"),
        ("Под Белгородом сбит беспилотник.", "Белгородом", 578072, "Belgorod", "RU"),
        ("В Москве закрыли аэропорты.", "Москве", 524901, "Moscow", "RU"),
        ("Ракета влучила в будинок у Кривому Розі.", "Кривому Розі", 703845, "Kryvyi Rih", "UA"),
        ("В Новой Каховке прогремели взрывы.", "Новой Каховке", 699839, "Nova Kakhovka", "UA"),
        ("Дрон атакував підприємство в Авдіївці.", "Авдіївці", 713122, "Avdiivka", "UA"),
        # Yemen's cities as Russian wire copy spells them
        ("Удары пришлись на окрестности аэропорта Ходейды.", "Ходейды", 79415, "Hodeidah", "YE"),
        ("Авиаудар нанесен по лагерю в Сааде.", "Сааде", 71334, "Saada", "YE"),
        # a hromada named by its town's adjective, a compound's too
        (
            "Окупанти завдали ракетного удару по Великописарівській громаді Охтирського району.",
            "Великописарівській", 690230, "Velyka Pysarivka", "UA",
        ),
        ("Ворог атакував Краснопільську громаду Сумської області.", "Краснопільську", 704343,
         "Krasnopillia", "UA"),
        ("Удар по Куп'янській міській громаді.", "Куп'янській", 703656, "Kupiansk", "UA"),
        # ... of a town in a soft sign, in "-ське", or hyphened with a first part in "-а"
        ("— Хотінська громада: поранено чоловіка.", "Хотінська", 706253, "Khotin", "UA"),
        (
            "— Зноб-Новгородська громада: пошкоджено будинок.",
            "Зноб-Новгородська", 686906, "Znob Novhorodske", "UA",
        ),
        (
            "— Середино-Будська громада: пошкоджено приватні домоволодіння.",
            "Середино-Будська", 694491, "Seredyna-Buda", "UA",
        ),
        # a town of a former Soviet republic, declined as Russian's own (not Bordeaux, "Бордо",
        # a foreign name in "о" that is never declined)
        ("Ракеты «Смерч» упали на кварталы Барды.", "Барды", 587057, "Barda", "AZ"),
        ("В Азербайджане ракеты упали в Барде.", "Барде", 587057, "Barda", "AZ"),
    ],
)
def test_inflected_cyrillic_names_resolve(
    gaz: Gazetteer, text: str, surface: str, geonameid: int, name: str, country: str
) -> None:
    found = {m.surface: m.place for m in find_places(text, gaz)}
    assert surface in found, found
    place = found[surface]
    assert (place.geonameid, place.name, place.country_code) == (geonameid, name, country)


def test_a_list_of_inflected_cities_resolves_each(gaz: Gazetteer) -> None:
    text = "Сирени лунали у Херсоні, Полтаві, Маріуполі та Краматорську."
    assert [(m.surface, m.place.name) for m in find_places(text, gaz)] == [
        ("Херсоні", "Kherson"),
        ("Полтаві", "Poltava"),
        ("Маріуполі", "Mariupol"),
        ("Краматорську", "Kramatorsk"),
    ]


def test_inflected_countries_resolve(gaz: Gazetteer) -> None:
    text = "Партнери допомагають Україні. Росії загрожують нові санкції."
    assert {m.surface: m.place.country_code for m in find_places(text, gaz)} == {
        "Україні": "UA",
        "Росії": "RU",
    }


def test_nominative_cyrillic_names_still_resolve(gaz: Gazetteer) -> None:
    found = {m.surface: m.place.name for m in find_places("Ракети влучили в Дніпро.", gaz)}
    assert found == {"Дніпро": "Dnipro"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У селі Погреби Броварського району «шахед» влучив у будинок.", ["Pohreby"]),
        ("В селе Погреби Броварского района упал дрон.", ["Pohreby"]),
        ("У селі Велика Димерка Броварського району.", ["Velyka Dymerka"]),
        ("Дрон влучив у Погреби Київської області.", ["Pohreby", "Kyiv Oblast"]),
        # a town named "X on Y" is in its case by its first word
        (
            "Нефтеперерабатывающий завод «Славянск ЭКО» в Славянске-на-Кубани приостановил работу.",
            ["Slavyansk-na-Kubani"],
        ),
        ("Вибухи пролунали у Ростові-на-Дону.", ["Rostov-on-Don"]),
        # a military district's adjective is no town
        ("В Южном военном округе начался первый этап учений.", []),
    ],
)
def test_a_village_before_its_district_or_region_is_named(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    # Ukrainian and Russian locate a village by the adjective of its district or region
    assert [m.place.name for m in find_places(text, gaz)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сьогодні вночі ворог атакував. Вчора було тихо. Внаслідок удару загинули двоє.",
        "Окупанти обстріляли місто. Росіяни наступають. Ворог відступив.",
        "Українці тримаються. Німці допомагають. Американці та британці теж.",
        "Рятувальники працюють на місці. Президент заявив. Міністр оборони повідомив.",
        "Мер міста Ігор Терехов повідомив про вибухи.",
        "Сили оборони збили ракети. Повітряні сили повідомили.",
        "Прокуратура розпочала провадження. Суд виніс вирок. Поліція повідомила.",
        "Компанія заявила. Школа зруйнована. Лікарня пошкоджена. Завод зупинився.",
        "Олександр Прокудін повідомив. Віталій Кличко заявив. Іван Федоров відповів.",
        "Сегодня погибли люди. Кроме того, пострадали дома. Ночью атаковали.",
        "Вечером ракета упала. Жители бегут. Власти сообщили.",
        "Коли на місце прибули рятувальники, росіяни вдарили знову. Тоді загинули четверо.",
        "Біля будинку лежать уламки. Вони чекали. Чому сирени мовчали? Перед вибухом було тихо.",
        "Трое погибли. Магазин сгорел. Пожар потушили. Полиция оцепила район. Родина ждёт.",
        "Мирні жителі загинули. Мирные жители пострадали.",
        "«Усі працівники, які були на зміні під час обстрілів, живі», — сказав він.",
        "Від удару загорівся дах. Але рятувальники встигли. Там працюють. Тут тихо. Так сказав.",
        "Дом разрушен. Они погибли. Утро началось с взрывов. Или ракета, или дрон. Мост цел.",
        "Час тривоги минув. Проти ночі атакували. Саме тоді загинули. Села горять. Поле горить.",
        # a square's name (Peremoha is a village)
        "Сотні людей прийшли на площу Перемоги. Ракети влучили в район площі Перемоги.",
    ],
)
def test_ordinary_capitalised_cyrillic_words_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert find_places(text, gaz) == []


def test_a_hromadas_adjective_names_its_town_but_a_raions_does_not(gaz: Gazetteer) -> None:
    assert find_places("Обстріл у Слов'янському районі.", gaz) == []


def test_a_fleets_or_seas_adjective_is_no_town(gaz: Gazetteer) -> None:
    text = "Ордер на арешт командувача Чорноморського флоту адмірала Віктора Соколова."
    assert [m.surface for m in find_places(text, gaz)] == []
    text = "Літаки випустили ракети з акваторії Чорного й Азовського морів. Полігон уражено."
    assert [m.surface for m in find_places(text, gaz)] == []


def test_a_range_named_by_its_towns_adjective_is_the_town(gaz: Gazetteer) -> None:
    text = "Унаслідок ракетного удару по Яворівському полігоні загинули 35 людей."
    assert [(m.surface, m.place.name) for m in find_places(text, gaz)] == [
        ("Яворівському", "Yavoriv")
    ]


def test_nominatives_follow_the_case_rules() -> None:
    assert "харків" in nominatives(normalise("Харкові"))
    assert normalise("Київ") in nominatives(normalise("Києву"))
    assert normalise("Миколаїв") in nominatives(normalise("Миколаєві"))
    assert "одеса" in nominatives(normalise("Одесі"))
    assert "суми" in nominatives(normalise("Сум"))
    assert "нова каховка" in nominatives(normalise("Новій Каховці"))
    assert normalise("Кривий Ріг") in nominatives(normalise("Кривому Розі"))
    # a noun and its adjective, both in the case
    assert normalise("Новгород-Сіверський") in nominatives(normalise("Новгороді-Сіверському"))
    # a hyphenated adjective's last part is the one in the case
    assert normalise("Ивано-Франковская область") in nominatives(
        normalise("Ивано-Франковской области")
    )
    # the key itself is never a reading of itself; a stem shorter than 3 letters is not tried
    assert "харкові" not in nominatives("харкові")
    assert nominatives("ми") == []


@pytest.mark.parametrize(
    ("text", "surface", "region"),
    [
        ("Харківська область зазнала масованого обстрілу.", "Харківська область", "Kharkiv Oblast"),
        ("Окупанти обстріляли Харківську область.", "Харківську область", "Kharkiv Oblast"),
        (
            "Ракета влучила в будинок у Харківській області.",
            "Харківській області",
            "Kharkiv Oblast",
        ),
        ("Обстріли Запорізької області тривають.", "Запорізької області", "Zaporizhzhia Oblast"),
        ("Дрони атакували Донецьку область вночі.", "Донецьку область", "Donetsk Oblast"),
        ("В Харьковской области прогремели взрывы.", "Харьковской области", "Kharkiv Oblast"),
        ("Беспилотники атаковали Курскую область.", "Курскую область", "Kursk Oblast"),
        ("Над Белгородской областью сбиты ракеты.", "Белгородской областью", "Belgorod Oblast"),
        # the oblasts' everyday names ("Луганщина")
        ("Обстріл табору на Луганщині.", "Луганщині", "Luhansk Oblast"),
        ("Дрони атакували Вінниччину.", "Вінниччину", "Vinnytsia Oblast"),
        ("Удар по Одещині.", "Одещині", "Odesa Oblast"),
        ("На Донеччине прогремели взрывы.", "Донеччине", "Donetsk Oblast"),
        # ... and by its administration, that reports for it (not the city Dnipropetrovsk)
        ("Дніпропетровська ОВА: загинув чоловік.", "Дніпропетровська ОВА", "Dnipropetrovsk Oblast"),
        ("Голова Волинської ОВА повідомив про удар.", "Волинської ОВА", "Volyn Oblast"),
        ("В Винницкой области сбиты дроны.", "Винницкой области", "Vinnytsia Oblast"),
    ],
)
def test_oblasts_in_case_forms_resolve_to_the_region(
    gaz: Gazetteer, text: str, surface: str, region: str
) -> None:
    found = {m.surface: m.place for m in find_places(text, gaz)}
    assert surface in found, found
    assert (found[surface].name, found[surface].precision) == (region, "region")


def test_oblast_without_a_name_is_no_place(gaz: Gazetteer) -> None:
    assert find_places("Уся область залишилася без світла після атаки.", gaz) == []


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("В Раменском беспилотник попал в жилой дом.", "Раменском", "Ramenskoye"),
        ("Вчера в Жуковском сбили дрон.", "Жуковском", "Zhukovsky"),
        # feminine ones: Лозова, Лозовая
        ("Ракетний удар по Лозовій.", "Лозовій", "Lozova"),
        ("Ракетный удар по Лозовой.", "Лозовой", "Lozova"),
    ],
)
def test_adjective_shaped_russian_towns_resolve(
    gaz: Gazetteer, text: str, surface: str, name: str
) -> None:
    assert [(m.surface, m.place.name) for m in find_places(text, gaz)] == [(surface, name)]


def test_a_ukrainian_district_adjective_is_no_town(gaz: Gazetteer) -> None:
    assert find_places("У Слов'янському районі дрон атакував авто.", gaz) == []


@pytest.mark.parametrize(
    "text",
    [
        # a street's name, after its word or before it
        "На улице Балтийской повреждены два жилых дома.",
        "По Балтийской улице прилетел снаряд.",
        # a thing's name in guillemets: a stop, a firm
        "Снаряд попал в остановку, которую в городе называют «Боссе».",
    ],
)
def test_a_street_or_a_things_name_is_no_town(gaz: Gazetteer, text: str) -> None:
    assert find_places(text, gaz) == []


def test_a_city_district_named_by_an_adjective_is_no_town(gaz: Gazetteer) -> None:
    text = "Снаряд разорвался в Ленинском районе Донецка."
    assert [(m.surface, m.place.name) for m in find_places(text, gaz)] == [("Донецка", "Donetsk")]


def test_a_region_told_after_a_town_is_no_surname_of_it(gaz: Gazetteer) -> None:
    # "Ростовской" is used alone again, but as the region that locates the town each time
    text = (
        "В городе Донецке Ростовской области разорвались снаряды. Как сообщил представитель "
        "правительства Ростовской области, обстрел начался утром."
    )
    found = [(m.surface, m.place.name, m.place.country_code) for m in find_places(text, gaz)]
    assert found[0] == ("Донецке", "Donetsk", "RU")


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # Ukrainian adjective-shaped names in the locative, dative and genitive
        ("У Рівному пролунали вибухи.", "Рівному", "Rivne"),
        ("Біля Рівного впала ракета.", "Рівного", "Rivne"),
        ("Удар по Хмельницькому.", "Хмельницькому", "Khmelnytskyi"),
        ("У Кропивницькому вибухи.", "Кропивницькому", "Kropyvnytskyi"),
    ],
)
def test_ukrainian_adjective_shaped_towns_resolve(
    gaz: Gazetteer, text: str, surface: str, name: str
) -> None:
    assert [(m.surface, m.place.name) for m in find_places(text, gaz)] == [(surface, name)]


@pytest.mark.parametrize(
    "text",
    [
        # a raion or a plant named by the town's adjective is not the town
        "У Сумському районі дрон атакував авто.",
        "Удар по Славянскому НПЗ.",
        # a surname after a first name, on a street or a monument
        "Ракета влучила в будинок на вулиці Богдана Хмельницького.",
    ],
)
def test_an_adjective_named_raion_plant_or_surname_is_no_town(gaz: Gazetteer, text: str) -> None:
    assert find_places(text, gaz) == []


@pytest.mark.parametrize(
    "text",
    [
        # streets, listed: Lenin's street is in every town
        "Вертолёты нанесли удары по жилым домам на улицах Заречной и Ленина.",
        # a raion's hospital named by its adjective
        "Источник в приёмном отделении Климовской центральной районной больницы говорил о раненых.",
    ],
)
def test_listed_streets_and_a_raions_hospital_are_no_towns(gaz: Gazetteer, text: str) -> None:
    assert find_places(text, gaz) == []


def test_a_regional_administration_is_read_as_its_town_unless_told_as_a_source(
    gaz: Gazetteer,
) -> None:
    hit = "Ракета попала в здание Луганской областной администрации."
    source = "По данным Донецкой областной администрации, погибли двое."
    assert [m.place.name for m in find_places(hit, gaz)] == ["Luhansk"]
    assert find_places(source, gaz) == []


def test_a_surname_told_after_a_first_name_is_no_town_when_told_alone_later(
    gaz: Gazetteer,
) -> None:
    text = (
        "Міський голова Андрій Садовий пише, що служби з'ясовують наслідки.\n\n"
        "Садовий: по Львову вдарила балістична ракета."
    )
    assert [m.place.name for m in find_places(text, gaz)] == ["Lviv"]
    # (a town told twice stays a town)
    again = "Ракета влучила в Ізюм. Ізюм без світла."
    assert [m.place.name for m in find_places(again, gaz)] == ["Izium", "Izium"]


def test_a_refinery_named_by_its_citys_adjective_is_no_village(gaz: Gazetteer) -> None:
    text = "Беспилотник упал на территорию Ярославского нефтеперерабатывающего завода."
    assert [m.place.name for m in find_places(text, gaz)] == []


def test_the_caspians_adjective_is_no_town(gaz: Gazetteer) -> None:
    text = "Учения пройдут в акваториях Средиземного, Каспийского и Балтийского морей."
    assert [m.place.name for m in find_places(text, gaz)] == []


def test_a_hyphenated_regions_adjective_in_a_list_of_regions_is_the_region(gaz: Gazetteer) -> None:
    text = "Взрывы гремели также в Хмельницкой, Ивано-Франковской и Львовской областях."
    regions = {m.surface: m.place.precision for m in find_places(text, gaz)}
    assert regions.get("Ивано-Франковской") == "region"


def test_the_main_news_of_the_day_is_no_village() -> None:
    # ("Головне за день": the village of Holovne is not meant)
    assert [m.place.name for m in find_places("Головне за день: удар по Умані.")] == ["Uman"]


def test_the_power_that_holds_the_land_is_an_actor(gaz: Gazetteer) -> None:
    text = "Мэр Мелитополя, находящийся на подконтрольной Киеву территории, утверждает это."
    assert [(m.place.name, m.role) for m in find_places(text, gaz) if m.surface == "Киеву"] == [
        ("Kyiv", "actor")
    ]
