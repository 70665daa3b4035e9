"""Ukrainian and Russian cues through the helpers' public functions (``processors.cyrillic``)."""

from __future__ import annotations

import datetime as dt

import pytest

from processors.actors import ACTORS, find_attacker, find_blamed
from processors.counts import find_counts
from processors.cyrillic import is_aggregate, is_cyrillic
from processors.dates import find_dates
from processors.targets import find_targets
from processors.triggers import find_strike, is_armed_context, is_not_a_strike, means_type

MONDAY = dt.date(2024, 5, 20)


def _counts(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.kind, c.count.min, c.count.max) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Загинули троє людей, ще 12 поранені.", [("killed", 3, 3), ("wounded", 12, 12)]),
        ("Погибли пять человек, ранены 25.", [("killed", 5, 5), ("wounded", 25, 25)]),
        ("Загинули щонайменше 10 людей.", [("killed", 10, None)]),
        ("По меньшей мере двое погибших.", [("killed", 2, None)]),
        ("Как минимум 14 человек погибли.", [("killed", 14, None)]),
        ("Понад 60 поранених.", [("wounded", 60, None)]),
        ("Более 100 ранены.", [("wounded", 100, None)]),
        ("Десятки людей поранені.", [("wounded", 24, None)]),
        ("Поранені сотні людей.", [("wounded", 200, None)]),
        ("Кілька людей загинули.", [("killed", 3, None)]),
        ("Близько 30 людей поранені.", [("wounded", 30, 30)]),
        ("Кількість загиблих зросла до 46.", [("killed", 46, 46)]),
        (
            "Кількість загиблих унаслідок ракетного удару по житлових будинках у центрі "
            "Запоріжжя зросла до 17.",
            [("killed", 17, 17)],
        ),
        ("Число погибших возросло до 10.", [("killed", 10, 10)]),
        (
            "Число погибших в результате взрыва в цехе завода «Эластик» в посёлке Лесной "
            "Шиловского района Рязанской области выросло до 20.",
            [("killed", 20, 20)],
        ),
        ("Ще семеро отримали поранення.", [("wounded", 7, 7)]),
        ("Отримали поранення 12 людей.", [("wounded", 12, 12)]),
        ("Поранено п’ятеро людей.", [("wounded", 5, 5)]),
        ("Травмовані четверо людей.", [("wounded", 4, 4)]),
        # whose the victims are, between the figure and the noun; wounds received
        (
            "Четверо українських військовослужбовців загинули, ще двоє дістали поранення.",
            [("killed", 4, 4), ("wounded", 2, 2)],
        ),
        ("Пятеро российских военных погибли.", [("killed", 5, 5)]),
        # thousands are no figure of one attack's
        ("От начала войны погибли 13 тысяч человек.", []),
        ("Поранених — 30.", [("wounded", 30, 30)]),
        ("Загинув чоловік.", [("killed", 1, 1)]),
        ("Загинуло новонароджене немовля.", [("killed", 1, 1)]),
        ("Загинув рятувальник ДСНС.", [("killed", 1, 1)]),
        ("Погиб военный.", [("killed", 1, 1)]),
        ("Поранено водія.", [("wounded", 1, 1)]),
        ("Загинула 80-річна жінка.", [("killed", 1, 1)]),
        ("Мирный житель погиб.", [("killed", 1, 1)]),
        ("Поранено жінку.", [("wounded", 1, 1)]),
        ("Загиблих немає.", [("killed", 0, 0)]),
        ("Загиблих і поранених немає.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("Обійшлося без жертв.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("Пострадавших нет.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("Никто не пострадал.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("Загинули 24 лютого 2022 року.", []),
        ("Загинули п'ятеро, серед них дитина.", [("killed", 5, 5)]),
        ("У лікарні перебувають 12 людей.", []),
        # tens with units, teens
        ("Загинули двадцять три людини.", [("killed", 23, 23)]),
        ("Погибли сорок пять человек.", [("killed", 45, 45)]),
        ("Поранено сімнадцять людей.", [("wounded", 17, 17)]),
        ("Щонайменше тридцять людей загинули.", [("killed", 30, None)]),
        # who among them, between commas
        ("Семь человек, в том числе ребёнок, погибли в четверг.", [("killed", 7, 7)]),
        ("Троє людей, серед них дитина, загинули.", [("killed", 3, 3)]),
        # one worker
        ("Загинув працівник комунального підприємства.", [("killed", 1, 1)]),
        ("Погиб сотрудник полиции.", [("killed", 1, 1)]),
        # who sought medical help
        ("По медичну допомогу звернулися 59 людей.", [("wounded", 59, 59)]),
        ("За медицинской помощью обратились 12 человек.", [("wounded", 12, 12)]),
        # what the toll has become, and a figure joined to it
        ("Загиблих стало семеро, постраждалих — 28.", [("killed", 7, 7), ("wounded", 28, 28)]),
    ],
)
def test_cyrillic_casualty_figures(text: str, expected: list) -> None:
    assert sorted(_counts(text)) == sorted(expected)


def test_a_figure_joined_to_an_update_is_an_update() -> None:
    from processors.cyrillic import find_counts

    counts = find_counts("загиблих стало семеро, постраждалих — 28.")
    assert [(kind, update) for kind, _, _, _, _, update in counts] == [
        ("killed", True),
        ("wounded", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ракета влучила в будинок у понеділок.", dt.date(2024, 5, 20)),
        ("У вівторок окупанти обстріляли місто.", dt.date(2024, 5, 14)),
        ("Во вторник ракеты ударили по городу.", dt.date(2024, 5, 14)),
        ("В середу вдарили дрони.", dt.date(2024, 5, 15)),
        ("В среду был обстрел.", dt.date(2024, 5, 15)),
        ("У четвер вдарили.", dt.date(2024, 5, 16)),
        ("В четверг ударили.", dt.date(2024, 5, 16)),
        ("У п'ятницю вдарили.", dt.date(2024, 5, 17)),
        ("У пʼятницю вдарили.", dt.date(2024, 5, 17)),
        ("В пятницу ударили.", dt.date(2024, 5, 17)),
        ("В суботу вдарили.", dt.date(2024, 5, 18)),
        ("В субботу ударили.", dt.date(2024, 5, 18)),
        ("В неділю вдарили.", dt.date(2024, 5, 19)),
        ("В воскресенье ударили.", dt.date(2024, 5, 19)),
        ("В понедельник ударили.", dt.date(2024, 5, 20)),
        ("Минулого понеділка вдарили.", dt.date(2024, 5, 13)),
        ("Сьогодні вдарили.", MONDAY),
        ("Сегодня ударили.", MONDAY),
        ("Вчора вдарили.", dt.date(2024, 5, 19)),
        ("Вчера ударили.", dt.date(2024, 5, 19)),
        ("Учора ввечері вдарили.", dt.date(2024, 5, 19)),
        ("Вчера вечером ударили.", dt.date(2024, 5, 19)),
        ("Вночі вдарили.", MONDAY),
        ("Ночью ударили.", MONDAY),
        ("Минулої ночі вдарили.", dt.date(2024, 5, 19)),
        ("Прошлой ночью ударили.", dt.date(2024, 5, 19)),
        ("Вранці вдарили.", MONDAY),
        ("Утром ударили.", MONDAY),
        ("Позавчора вдарили.", dt.date(2024, 5, 18)),
        ("5 березня вдарили.", dt.date(2024, 3, 5)),
        ("30 декабря 2023 ударили.", dt.date(2023, 12, 30)),
        ("30 декабря ударили.", dt.date(2023, 12, 30)),
    ],
)
def test_cyrillic_dates(text: str, expected: dt.date) -> None:
    assert [d.date for d in find_dates(text, MONDAY)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["Чекаємо до понеділка.", "Щонеділі служба.", "Переговори з понеділка.", "Серед загиблих."],
)
def test_cyrillic_deadlines_and_lookalikes_are_no_date(text: str) -> None:
    assert find_dates(text, MONDAY) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Окупанти обстріляли місто.", "shelling"),
        ("Обстрел продолжался всю ночь.", "shelling"),
        ("Артилерія ворога вдарила по селу.", "shelling"),
        ("Ворог гатив з мінометів по околицях.", "shelling"),
        ("Росіяни вдарили з РСЗВ по місту.", "shelling"),
        ("Реактивні системи залпового вогню вдарили по селу.", "shelling"),
        ("Ракети «Граду» влучили в будинок.", "shelling"),
        ("Ракета влучила в будинок.", "missile"),
        ("Ракетний удар по місту.", "missile"),
        ("Ракетный удар по городу.", "missile"),
        ("Дрони та ракети атакували місто.", "missile"),
        ("Авіаудар зруйнував школу.", "air_strike"),
        ("Авиаудар разрушил школу.", "air_strike"),
        ("Росіяни скинули КАБ на місто.", "air_strike"),
        ("Керовані авіабомби влучили у будинок.", "air_strike"),
        ("Ударні дрони атакували місто.", "drone"),
        ("Безпілотник атакував автомобіль.", "drone"),
        ("БпЛА влучив у будинок.", "drone"),
        ("Шахед влучив у будинок.", "drone"),
        ("Беспилотник атаковал автобус.", "drone"),
        ("БПЛА атаковал подстанцию.", "drone"),
        ("Окупанти атакували село.", "other_attack"),
        ("Ворог завдав удару по місту.", "other_attack"),
        ("ВСУ нанесли удар по Горловке, есть погибшие.", "other_attack"),
    ],
)
def test_cyrillic_attack_and_means(text: str, event_type: str) -> None:
    cue = find_strike(text)
    assert cue is not None
    assert (cue.event_type or "other_attack") == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Вибух пролунав у центрі міста.",  # a bare explosion: needs an armed context
        "Удар по економіці міста оцінили в мільйони.",
        "Росія може завдати ракетного удару найближчими днями.",
        "Россия угрожает нанести ракетный удар.",
        "Якщо Росія вдарить ракетами, ми відповімо.",
        "Міноборони заперечило, що ракета влучила в будинок.",
        # a link to an attack denied
        "Ни власти, ни экстренные службы не связывали случившееся с атакой беспилотников.",
        "Влада не пов'язує вибух на заводі з атакою дронів.",
        "Під час навчань артилерія вдарила по мішенях.",
        "Учения: артиллерия нанесла удары по условному противнику.",
        "Страйк шахтарів: атака на профспілку.",
        "Нападник завдав удару по воротах.",
        "Блискавка влучила в будинок.",
        "Вибух газу зруйнував будинок.",
        "Вчені запустили ракету-носій.",
        "Сили ППО збили 20 шахедів.",
        # a plane that hit the runway, and an emergency landing
        "Первая попытка посадки не удалась; при второй самолёт жёстко ударился о полосу шасси.",
        "Число погибших при аварийной посадке самолёта достигло 41.",
        # attacks told as a habit, with no harm
        "Переговори тривають на тлі регулярних російських ударів по енергетиці.",
        "Город живёт под ежедневными обстрелами артиллерии.",
        "Прикордонні громади майже щодня потрапляють під мінометні та артилерійські обстріли.",
        "Ракети С-300 мають велике відхилення, тож під ударом найчастіше опиняються квартали.",
    ],
)
def test_cyrillic_non_strikes_give_no_cue(text: str) -> None:
    assert find_strike(text) is None


def test_a_cyrillic_munition_that_brought_a_building_down_is_a_strike() -> None:
    text = "Российская ракета в ночь на среду обрушила часть девятиэтажного дома в Тернополе."
    cue = find_strike(text)
    assert cue is not None and cue.event_type == "missile"
    # (but not a building that collapsed of itself, nor prices)
    assert find_strike("Цены обрушились на бирже.", armed_context=True) is None


def test_cyrillic_attacks_told_as_a_habit_count_when_they_harm() -> None:
    assert find_strike("Щоденні обстріли артилерії вбили трьох людей у Нікополі.") is not None


def test_cyrillic_bare_attack_counts_in_an_armed_context() -> None:
    assert find_strike("Вибух пролунав у центрі міста.", armed_context=True) is not None
    assert is_armed_context("Окупанти атакують Харків")
    assert is_armed_context("Россия нанесла удар по Харькову")
    # (Russia's civil agencies are no side: "сообщило МЧС России")
    assert not is_armed_context("Число жертв взрыва на АЗС выросло до 35, сообщило МЧС России.")


def test_cyrillic_vetoes_apply_to_figure_sentences() -> None:
    assert is_not_a_strike("Гроза: загиблих немає.")
    # (but not the village of Hroza: "у селі Гроза", "удар по Грозі")
    assert not is_not_a_strike("Ракета влучила в кафе у селі Гроза, загинули 52 людини.")
    assert not is_not_a_strike("Удар по Грозі: загинула щонайменше 51 людина.")
    assert not is_not_a_strike("Загинули троє людей.")


def test_cyrillic_means_type_ignores_bomb_shelters() -> None:
    assert means_type("Люди сховалися у бомбосховищі.") is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Російські війська обстріляли місто.", "Russian forces"),
        ("Окупанти вдарили по Херсону.", "Russian forces"),
        ("Росія атакувала Київ ракетами.", "Russian forces"),
        ("Росіяни обстріляли Нікополь.", "Russian forces"),
        ("РФ завдала ракетного удару.", "Russian forces"),
        ("Российские войска нанесли удар.", "Russian forces"),
        ("Ворог атакував місто дронами.", "Russian forces"),
        ("ЗСУ вдарили по нафтобазі.", "Ukrainian forces"),
        ("ВСУ обстреляли Белгород.", "Ukrainian forces"),
        ("Удар ВСУ по Белгороду.", "Ukrainian forces"),
        ("Обстрел со стороны ВСУ.", "Ukrainian forces"),
        ("Українські військові вдарили по складу.", "Ukrainian forces"),
        ("Дрони вдарили по Росії.", None),
        ("Міноборони Росії повідомило про удар.", None),
        ("Росія заявила, що ракети збили.", None),
        ("Ракета влучила в будинок в Україні.", None),
        # whose account it is, not who fired
        ("По данным Воздушных сил ВСУ, дом поразила крылатая ракета Х-22.", None),
        ("За даними Повітряних сил ЗСУ, ракета влучила в будинок.", None),
        ("Воздушные силы ВСУ по найденным обломкам установили, что в дом попала ракета.", None),
        # nor whose the target hit was
        ("Минобороны России заявило о «высокоточном ударе» по учебному центру ВСУ в Полтаве.",
         None),
        # Russian wire copy of the Middle East
        ("Израильские ВВС нанесли авиаудар по аэропорту Алеппо.", "Israeli forces"),
        ("Вооруженные силы США нанесли серию ударов по Йемену.", "United States"),
        ("Хуситы атаковали торговое судно в Красном море.", "Houthis"),
        ("ХАМАС выпустил ракеты по Тель-Авиву.", "Hamas"),
        ("Удары по позициям «Хезболлы» продолжились.", None),
    ],
)
def test_cyrillic_attacker(text: str, actor: str | None) -> None:
    assert find_attacker(text) == actor


def test_cyrillic_actors_are_the_canonical_english_names() -> None:
    assert {"Russian forces", "Ukrainian forces"} <= set(ACTORS)
    assert find_blamed("Київ звинуватив Росію в ударі.") == "Russian forces"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ракета влучила в житловий будинок.", "residential"),
        ("Пошкоджено багатоповерхівку.", "residential"),
        ("Зруйновано квартиру.", "residential"),
        ("Повреждены многоэтажки.", "residential"),
        ("Удар по лікарні.", "medical"),
        ("Удар по больнице.", "medical"),
        ("Ракета влучила в школу.", "education"),
        ("Пошкоджено дитсадок.", "education"),
        ("Удар по университету.", "education"),
        ("Пошкоджено ТЕЦ.", "energy"),
        ("Удар по підстанції.", "energy"),
        ("Атака на енергетичну інфраструктуру.", "energy"),
        ("Атакована подстанция.", "energy"),
        ("Удар по вокзалу.", "transport"),
        ("Пошкоджено залізницю.", "transport"),
        ("Удар по мосту.", "transport"),
        ("Удар по ринку.", "commercial"),
        ("Удар по рынку.", "commercial"),
        ("Пошкоджено ТЦ.", "commercial"),
        ("Удар по торговому центру.", "commercial"),
        ("Пошкоджено магазин.", "commercial"),
        ("Зруйновано церкву.", "religious"),
        ("Поврежден храм.", "religious"),
        ("Удар по будівлі обласної адміністрації.", "government"),
        ("Противник нанёс ракетный удар по штабу Черноморского флота.", "military"),
        ("Окупанти вдарили ракетою по телевежі.", "other"),
        ("Окупанти влучили в будинок культури.", "other"),
        ("Російська армія обстріляла зупинку громадського транспорту.", "transport"),
        ("Ракета попала в дом культуры.", "other"),
    ],
)
def test_cyrillic_targets(text: str, target: str) -> None:
    assert [t.target for t in find_targets(text)] == [target]


def test_cyrillic_hospital_where_the_wounded_were_taken_is_no_target() -> None:
    assert find_targets("Поранених доставили до лікарні.") == []
    assert find_targets("Двоє перебувають у лікарні.") == []
    assert [t.target for t in find_targets("Ракета влучила в лікарню.")] == ["medical"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ракета влучила в будинок.", True),
        ("Взрывы прогремели в Харькове.", True),
        ("Russian missiles hit Kharkiv.", False),
        ("СУМИ / SUMY — The toll from Sunday's Russian missile strike has risen.", False),
        ("The headline read «Удар по Харкову».", False),
        ("Strikes on Kharkiv — “a war crime”, the mayor said.", False),
    ],
)
def test_is_cyrillic_is_the_script_a_text_is_written_in(text: str, expected: bool) -> None:
    assert is_cyrillic(text) is expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the "people's republics'" forces, after a closing quote
        (
            "ввечері 2 лютого незаконні збройні формування так званої «днр» обстріляли місто.",
            "Russian-backed separatists",
        ),
        ("сепаратисти обстріляли маріуполь.", "Russian-backed separatists"),
        # a speaker there is no attacker
        ("у днр заявили про обстріл донецька.", None),
    ],
)
def test_the_separatists_are_named_as_attackers(text: str, actor: str | None) -> None:
    assert find_attacker(text) == actor


def test_a_drone_that_fell_on_a_plant_is_a_strike_but_debris_that_fell_is_not() -> None:
    cue = find_strike("Беспилотник утром упал на территорию нефтеперерабатывающего завода.")
    assert cue is not None and cue.event_type == "drone"
    # (nor a drone that fell to the ground)
    assert find_strike("Беспилотник упал на землю в поле.") is None
    assert find_strike("Уламки збитого безпілотника впали на дах будинку.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Харків: тривога тривала майже п’ять годин, влучань не зафіксовано",
        "Синєгубов повідомив, що влучань у межах міста та області не зафіксовано.",
        "Ночь в Белгороде прошла без попаданий, сообщил губернатор.",
        "У різних районах Харкова було чути кілька вибухів — працювали сили ППО.",
        "Вибухи, які чули мешканці, — це робота нашої ППО по безпілотниках.",
    ],
)
def test_cyrillic_hits_said_to_be_none_and_air_defence_blasts_are_no_strike(
    sentence: str,
) -> None:
    assert find_strike(sentence, armed_context=True) is None


def test_cyrillic_a_hit_told_beside_air_defence_is_still_a_strike() -> None:
    # (the blasts of air defence at work are none, the hit is)
    assert find_strike(
        "Працювала ППО, уламки влучили в житловий будинок, поранено двох людей.",
        armed_context=True,
    ) is not None
    assert find_strike("Влучання в будинок зафіксовано у Шевченківському районі.", True)


def test_cyrillic_debris_that_fell_on_a_home_hit_it() -> None:
    assert find_strike("Смирнов: обломки ракеты упали на жилой дом в Курске", True) is not None
    assert find_strike("Уламки ракети впали на багатоповерхівку в Києві.", True) is not None
    # (but debris on open ground or a site's grounds is no hit of its own)
    assert find_strike("Уламки збитої ракети впали на територію підприємства.", True) is None


def test_cyrillic_in_all_is_a_strikes_toll_but_a_tally_of_munitions_is_a_total() -> None:
    assert not is_aggregate("всего погибли 12 человек, среди них пятеро детей.")
    assert not is_aggregate("загалом з-під завалів дістали тіла 48 загиблих.")
    assert is_aggregate("загалом росія випустила 122 ракети і 36 ударних дронів.")
    assert is_aggregate("усього за день на херсонщині загинули 23 людини.")
    assert is_aggregate("уночі росіяни випустили по україні 23 ракети.")


def test_cyrillic_victims_said_to_be_none_are_no_strike() -> None:
    sentence = "Сили ППО збили над столицею 11 ракет; влучань і постраждалих немає."
    assert find_strike(sentence, armed_context=True) is None
    # (a hit told first stays one)
    assert find_strike("Ракета влучила в будинок, постраждалих немає.", True) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "По его словам, обстрелы приграничья не прекращаются, поэтому возвращаться в Рыльск "
        "жителям пока не рекомендуют.",
        "В Шебекине обстрелы и атаки FPV-дронов там, по словам чиновников, случаются ежедневно.",
        "Обстріли громади тривають, тому евакуація триває.",
    ],
)
def test_cyrillic_attacks_said_to_go_on_are_a_habit_not_a_strike(sentence: str) -> None:
    assert find_strike(sentence, armed_context=True) is None


def test_cyrillic_attacks_that_go_on_with_victims_are_still_a_strike() -> None:
    sentence = "Обстріли Херсона не припиняються: сьогодні загинули двоє людей."
    assert find_strike(sentence, armed_context=True) is not None
