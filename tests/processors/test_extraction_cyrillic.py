"""Ukrainian and Russian strike reports give the same events as English ones.

The texts are written for these tests from real reported strikes (wire, Telegram and
live-blog styles); the expected fields follow ``shared/data/README.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from processors.extraction import extract_strikes

D = dt.date
RU, UA = "Russian forces", "Ukrainian forces"

# (text, published, expected fields of the one event on that place). ``killed`` / ``wounded``
# are (min, max) of the count.
POSITIVES: list[tuple[str, dt.date, dict[str, Any]]] = [
    # the attacker a feminine noun: "армія обстріляла Херсон" (the verb's gender)
    (
        "ХЕРСОН, 3 травня. Російська армія обстріляла Херсон з артилерії, у місті загинула 21 "
        "людина, ще 48 дістали поранення.",
        D(2023, 5, 3),
        dict(place="Kherson", type="shelling", killed=(21, 21), wounded=(48, 48)),
    ),
    (
        "Российская армия обстреляла Херсон, погибли пять человек.",
        D(2023, 5, 3),
        dict(place="Kherson", type="shelling", killed=(5, 5)),
    ),
    # shells that burst: the attack told by what the munition did
    (
        "В воскресенье утром снаряды разорвались во дворах частных домов в городе Донецке "
        "Ростовской области. Погиб местный житель, ещё два человека получили ранения.",
        D(2014, 7, 13),
        dict(place="Donetsk", type="shelling", date=D(2014, 7, 13), killed=(1, 1), wounded=(2, 2)),
    ),
    # shells that began to burst, a shell that hit: the attack told by the munition
    (
        "Утром в Макеевке начали рваться снаряды. Как сообщили местные власти, погибли двое "
        "жителей.",
        D(2015, 2, 3),
        dict(place="Makiivka", type="shelling", killed=(2, 2)),
    ),
    (
        "Вечером снаряд угодил в крышу школы в Ясиноватой. Уроков в тот день не было.",
        D(2015, 2, 3),
        dict(place="Yasynuvata", type="shelling"),
    ),
    # a town under fire, its toll told by a source that names the region's administration,
    # and a town it lies at a distance from
    (
        "Станица Луганская, в 20 километрах от Луганска, уже третий день находится под огнём "
        "боевиков. По данным Луганской областной администрации, погиб один мирный житель.",
        D(2015, 2, 3),
        dict(place="Stanytsia Luhanska", type="other_attack", killed=(1, 1)),
    ),
    (
        "Російська ракета влучила в житловий будинок у Харкові в понеділок. "
        "Загинули троє людей, ще 12 поранені.",
        D(2024, 5, 22),
        dict(
            place="Kharkiv",
            type="missile",
            date=D(2024, 5, 20),
            killed=(3, 3),
            wounded=(12, 12),
            perp=RU,
            target="residential",
        ),
    ),
    (
        "Вранці 1 березня російська ракета влучила в будівлю обласної адміністрації у Харкові. "
        "Загинули щонайменше 10 людей, ще 35 поранені.",
        D(2022, 3, 1),
        dict(
            place="Kharkiv",
            type="missile",
            date=D(2022, 3, 1),
            killed=(10, None),
            wounded=(35, 35),
            perp=RU,
            target="government",
        ),
    ),
    (
        "В результате ракетного удара российских войск по вокзалу в Краматорске 8 апреля "
        "погибли более 50 человек, свыше 100 ранены.",
        D(2022, 4, 9),
        dict(
            place="Kramatorsk",
            type="missile",
            date=D(2022, 4, 8),
            killed=(50, None),
            wounded=(100, None),
            perp=RU,
            target="transport",
        ),
    ),
    (
        "14 липня російські крилаті ракети вдарили по центру Вінниці. Загинули 23 людини, "
        "серед них троє дітей, понад 100 поранені.",
        D(2022, 7, 15),
        dict(
            place="Vinnytsia",
            type="missile",
            date=D(2022, 7, 14),
            killed=(23, 23),
            wounded=(100, None),
            perp=RU,
        ),
    ),
    (
        "Ракета Х-22 влучила в дев'ятиповерховий житловий будинок у Дніпрі в суботу. "
        "Кількість загиблих зросла до 46, поранені 80 людей.",
        D(2023, 1, 17),
        dict(
            place="Dnipro",
            type="missile",
            date=D(2023, 1, 14),
            killed=(46, 46),
            wounded=(80, 80),
            target="residential",
        ),
    ),
    (
        "У п'ятницю вночі російська ракета влучила в багатоповерхівку в Умані. "
        "Загинули 23 людини, серед них шестеро дітей.",
        D(2023, 4, 28),
        dict(
            place="Uman",
            type="missile",
            date=D(2023, 4, 28),
            killed=(23, 23),
            perp=RU,
            target="residential",
        ),
    ),
    (
        "Удар балістичною ракетою по Одесі 15 березня: загинула 21 людина, понад 70 поранених.",
        D(2024, 3, 16),
        dict(
            place="Odesa", type="missile", date=D(2024, 3, 15), killed=(21, 21), wounded=(70, None)
        ),
    ),
    (
        "Три російські ракети влучили в центр Чернігова в середу, загинули 18 людей, "
        "понад 60 поранені.",
        D(2024, 4, 17),
        dict(
            place="Chernihiv",
            type="missile",
            date=D(2024, 4, 17),
            killed=(18, 18),
            wounded=(60, None),
            perp=RU,
        ),
    ),
    (
        "8 липня російська ракета Х-101 влучила в дитячу лікарню «Охматдит» у Києві. "
        "У лікарні загинули двоє дорослих.",
        D(2024, 7, 9),
        dict(
            place="Kyiv",
            type="missile",
            date=D(2024, 7, 8),
            killed=(2, 2),
            perp=RU,
            target="medical",
        ),
    ),
    (
        "У суботу російська армія скинула дві керовані авіабомби на гіпермаркет «Епіцентр» "
        "у Харкові, загинули 19 людей.",
        D(2024, 5, 26),
        dict(
            place="Kharkiv",
            type="air_strike",
            date=D(2024, 5, 25),
            killed=(19, 19),
            perp=RU,
            target="commercial",
        ),
    ),
    (
        "У неділю дві балістичні ракети вдарили по центру Сум. Загинули 35 людей, "
        "серед них двоє дітей, ще 117 поранені.",
        D(2025, 4, 13),
        dict(
            place="Sumy", type="missile", date=D(2025, 4, 13), killed=(35, 35), wounded=(117, 117)
        ),
    ),
    (
        "Увечері 4 квітня російська балістична ракета влучила в житловий квартал Кривого Рогу. "
        "Загинули 20 людей, з них дев'ятеро дітей, понад 60 поранені.",
        D(2025, 4, 5),
        dict(
            place="Kryvyi Rih",
            type="missile",
            date=D(2025, 4, 4),
            killed=(20, 20),
            wounded=(60, None),
            perp=RU,
            target="residential",
        ),
    ),
    (
        "Вночі російські ракети зруйнували житловий будинок у Запоріжжі, загинули 13 людей, "
        "понад 60 поранено.",
        D(2022, 10, 9),
        dict(
            place="Zaporizhzhia",
            type="missile",
            date=D(2022, 10, 9),
            killed=(13, 13),
            wounded=(60, None),
            perp=RU,
            target="residential",
        ),
    ),
    (
        "30 декабря ВСУ обстреляли центр Белгорода из РСЗО, погибли 25 человек, более 100 ранены.",
        D(2023, 12, 31),
        dict(
            place="Belgorod",
            type="shelling",
            date=D(2023, 12, 30),
            killed=(25, 25),
            wounded=(100, None),
            perp=UA,
        ),
    ),
    (
        "В воскресенье артиллерия ВСУ обстреляла рынок в Донецке, погибли 27 человек, ранены 25.",
        D(2024, 1, 21),
        dict(
            place="Donetsk",
            type="shelling",
            date=D(2024, 1, 21),
            killed=(27, 27),
            wounded=(25, 25),
            perp=UA,
            target="commercial",
        ),
    ),
    (
        "Обстрел пекарни в Лисичанске: по данным спасателей, погибли 28 человек.",
        D(2024, 2, 4),
        dict(place="Lysychansk", type="shelling", killed=(28, 28), perp=None, target="commercial"),
    ),
    (
        "В понедельник беспилотник ВСУ атаковал автобус в Белгороде, пострадали семь человек.",
        D(2024, 5, 15),
        dict(
            place="Belgorod",
            type="drone",
            date=D(2024, 5, 13),
            wounded=(7, 7),
            perp=UA,
            target="transport",
        ),
    ),
    (
        "❗️Вибухи у Києві. Ворог атакує столицю балістикою, просимо залишатися в укриттях.",
        D(2025, 1, 18),
        dict(place="Kyiv", type="missile", perp=RU),
    ),
    (
        "Харків: ворог вдарив КАБами по Салтівському району. Постраждали 5 людей, "
        "серед них дитина.",
        D(2024, 6, 2),
        dict(place="Kharkiv", type="air_strike", wounded=(5, 5), perp=RU),
    ),
    (
        "Окупанти обстріляли Херсон з артилерії: загинув чоловік 65 років, ще двоє поранені.",
        D(2023, 8, 3),
        dict(place="Kherson", type="shelling", killed=(1, 1), wounded=(2, 2), perp=RU),
    ),
    (
        "Російський дрон скинув вибухівку на автобус у Херсоні, поранено 5 пасажирів.",
        D(2024, 7, 30),
        dict(place="Kherson", type="drone", wounded=(5, 5), perp=RU, target="transport"),
    ),
    (
        "У ніч на 2 березня шахед влучив у багатоповерхівку в Одесі. "
        "Кількість загиблих зросла до 12, серед них п'ятеро дітей.",
        D(2024, 3, 4),
        dict(
            place="Odesa", type="drone", date=D(2024, 3, 2), killed=(12, 12), target="residential"
        ),
    ),
    (
        "Во вторник российские войска нанесли ракетный удар по Днепру, повреждены "
        "многоэтажки, погибли шесть человек.",
        D(2024, 6, 26),
        dict(
            place="Dnipro",
            type="missile",
            date=D(2024, 6, 25),
            killed=(6, 6),
            perp=RU,
            target="residential",
        ),
    ),
    (
        "Росіяни обстріляли Покровськ з РСЗВ «Ураган», загинули двоє цивільних.",
        D(2024, 8, 10),
        dict(place="Pokrovsk", type="shelling", killed=(2, 2), perp=RU, weapons=["BM-27 Uragan"]),
    ),
    (
        "6 вересня російська ракета влучила в ринок у Костянтинівці, загинули 17 людей, "
        "32 поранені.",
        D(2023, 9, 7),
        dict(
            place="Kostiantynivka",
            type="missile",
            date=D(2023, 9, 6),
            killed=(17, 17),
            wounded=(32, 32),
            perp=RU,
            target="commercial",
        ),
    ),
    (
        "Вночі окупанти атакували енергетичну інфраструктуру Запоріжжя ударними дронами.",
        D(2024, 3, 22),
        dict(place="Zaporizhzhia", type="drone", date=D(2024, 3, 22), perp=RU, target="energy"),
    ),
    (
        "Унаслідок ракетного удару по Львову в середу загинули семеро людей, ще 64 поранені.",
        D(2024, 9, 4),
        dict(place="Lviv", type="missile", date=D(2024, 9, 4), killed=(7, 7), wounded=(64, 64)),
    ),
    (
        "ВСУ нанесли удар дроном по Горловке, погиб мужчина.",
        D(2024, 10, 1),
        dict(place="Horlivka", type="drone", killed=(1, 1), perp=UA),
    ),
    (
        "Мирный житель погиб при атаке беспилотника ВСУ на Курск, сообщил губернатор.",
        D(2024, 9, 12),
        dict(place="Kursk", type="drone", killed=(1, 1), perp=UA),
    ),
    (
        "Вчера в Донецке при обстреле со стороны ВСУ пострадали три человека.",
        D(2023, 11, 5),
        dict(place="Donetsk", type="shelling", date=D(2023, 11, 4), wounded=(3, 3), perp=UA),
    ),
    (
        "Миколаїв: внаслідок ракетного удару зруйновано будівлю ОДА, 37 загиблих.",
        D(2022, 3, 31),
        dict(place="Mykolaiv", type="missile", killed=(37, 37), target="government"),
    ),
    (
        "Ночью российские беспилотники атаковали Киев, в Соломенском районе повреждены "
        "жилые дома, есть пострадавшие.",
        D(2024, 6, 1),
        dict(place="Kyiv", type="drone", date=D(2024, 6, 1), perp=RU, target="residential"),
    ),
    (
        "У п'ятницю ракети С-300 зруйнували житлові будинки у Слов'янську, загинули 15 людей.",
        D(2023, 4, 15),
        dict(
            place="Sloviansk",
            type="missile",
            date=D(2023, 4, 14),
            killed=(15, 15),
            target="residential",
        ),
    ),
    (
        "Росіяни обстріляли Нікополь з важкої артилерії, пошкоджено кілька приватних будинків, "
        "поранено жінку.",
        D(2024, 2, 12),
        dict(place="Nikopol", type="shelling", wounded=(1, 1), perp=RU, target="residential"),
    ),
    (
        "Вчора ввечері ворожий безпілотник атакував підстанцію в Сумах, загиблих немає.",
        D(2024, 11, 20),
        dict(
            place="Sumy",
            type="drone",
            date=D(2024, 11, 19),
            killed=(0, 0),
            perp=RU,
            target="energy",
        ),
    ),
    (
        "Сьогодні близько 10:00 пролунав вибух у Херсоні: окупанти влучили в будівлю школи, "
        "травмовані четверо людей.",
        D(2024, 4, 2),
        dict(
            place="Kherson",
            type="other_attack",
            date=D(2024, 4, 2),
            wounded=(4, 4),
            perp=RU,
            target="education",
        ),
    ),
    (
        "Утром в четверг авиаудар по Славянску разрушил храм, по меньшей мере двое погибших.",
        D(2024, 2, 16),
        dict(
            place="Sloviansk",
            type="air_strike",
            date=D(2024, 2, 15),
            killed=(2, None),
            target="religious",
        ),
    ),
    (
        "Російські війська атакували Одесу дронами та ракетами, пошкоджено порт, "
        "десятки людей поранені.",
        D(2023, 7, 20),
        dict(place="Odesa", type="missile", wounded=(24, None), perp=RU, target="transport"),
    ),
    (
        "Унаслідок обстрілу Херсона загинули двоє людей, ще семеро отримали поранення, "
        "повідомив голова ОВА.",
        D(2024, 5, 15),
        dict(place="Kherson", type="shelling", killed=(2, 2), wounded=(7, 7)),
    ),
    (
        "Ворог скинув КАБ на Куп'янськ, зруйновано адмінбудівлю, загиблих немає.",
        D(2024, 5, 15),
        dict(
            place="Kupiansk",
            type="air_strike",
            killed=(0, 0),
            perp=RU,
            target="government",
            weapons=["KAB"],
        ),
    ),
    (
        "По данным губернатора, при обстреле Горловки со стороны ВСУ погибли три мирных жителя.",
        D(2024, 5, 15),
        dict(place="Horlivka", type="shelling", killed=(3, 3), perp=UA),
    ),
    (
        "Укронацисты нанесли удар по рынку в Донецке, погибли 6 человек.",
        D(2024, 5, 15),
        dict(place="Donetsk", type="other_attack", killed=(6, 6), perp=UA, target="commercial"),
    ),
    (
        "Минулої ночі окупанти вдарили ракетою по Запоріжжю, загинули п'ятеро людей.",
        D(2024, 3, 5),
        dict(place="Zaporizhzhia", type="missile", date=D(2024, 3, 4), killed=(5, 5), perp=RU),
    ),
    (
        "ХАРКІВ. Російська армія завдала удару керованими авіабомбами по Харкову. "
        "Внаслідок удару загинули 7 людей, поранені 21.",
        D(2024, 3, 5),
        dict(place="Kharkiv", type="air_strike", killed=(7, 7), wounded=(21, 21), perp=RU),
    ),
    (
        "Оновлено: кількість загиблих унаслідок ракетного удару по Дніпру зросла до 9, "
        "поранених — 30.",
        D(2024, 3, 5),
        dict(place="Dnipro", type="missile", killed=(9, 9), wounded=(30, 30)),
    ),
    (
        "Як мінімум двоє людей загинули внаслідок удару по Ізюму в понеділок.",
        D(2024, 3, 5),
        dict(place="Izium", type="other_attack", date=D(2024, 3, 4), killed=(2, None)),
    ),
    (
        "Уламки збитого дрона пошкодили багатоповерхівку у Києві, постраждалих немає.",
        D(2024, 3, 5),
        dict(place="Kyiv", type="drone", killed=(0, 0), wounded=(0, 0), target="residential"),
    ),
    (
        "Мер Харкова Ігор Терехов повідомив про вибухи в місті. За його словами, росіяни "
        "вдарили по Харкову керованими авіабомбами, поранено 9 людей. Пошкоджено житловий "
        "будинок і магазин.",
        D(2024, 6, 7),
        dict(place="Kharkiv", type="air_strike", wounded=(9, 9), perp=RU, target="residential"),
    ),
    (
        "Губернатор Белгородской области сообщил, что в результате обстрела Шебекино со "
        "стороны ВСУ ранены двое мирных жителей. Повреждены частные дома.",
        D(2024, 6, 7),
        dict(place="Shebekino", type="shelling", wounded=(2, 2), perp=UA, target="residential"),
    ),
    (
        "Окупанти скинули вибухівку з дрона на маршрутку в Херсоні, поранено водія та трьох "
        "пасажирів.",
        D(2024, 6, 7),
        dict(place="Kherson", type="drone", wounded=(4, 4), perp=RU, target="transport"),
    ),
]

NEGATIVES = [
    "Делегації України та Росії провели переговори у Стамбулі щодо обміну полоненими.",
    "Росія розпочала масштабні навчання з пусками ракет, удари завдали по полігону в Криму.",
    # drills told without the word for exercises in the sentence
    "В ходе первого этапа личный состав ракетных соединений в Ростове отрабатывает получение "
    "специальных боеприпасов для оперативно-тактического комплекса «Искандер», снаряжение ими "
    "пусковых установок и скрытное выдвижение в позиционные районы для подготовки к пускам. "
    "Экипажи авиационных частей отрабатывают снаряжение специальными боевыми частями "
    "авиационных средств поражения, в том числе гиперзвуковых ракет «Кинжал», и вылеты в районы "
    "патрулирования.",
    "По замыслу, войска отработают отражение атаки условного противника, нанесение по нему "
    "огневого поражения, в том числе ударов авиации и ракетных комплексов, на полигоне под "
    "Астраханью.",
    "Бригада відпрацює нанесення ракетних ударів по умовному противнику біля Житомира.",
    # a halt to strikes sought in talks
    "Стороны обсудили прекращение ракетных ударов по энергетике Киева.",
    "Україна запропонувала припинення ударів по енергетиці, зокрема по Харкову.",
    "В Кривом Роге горняки объявили забастовку: удар по экономике города оценили в миллионы.",
    "Працівники метрополітену в Києві оголосили страйк, атака на профспілку триває.",
    "ЄС ухвалив новий пакет санкцій проти Росії через ракетні удари по Харкову.",
    "Нападник «Шахтаря» завдав потужного удару, і м'яч влетів у ворота «Динамо» в Києві.",
    "У Харкові вчора пройшла сильна гроза, блискавка влучила в дерево, загиблих немає.",
    "Росія може завдати нового масованого ракетного удару по Києву найближчими днями.",
    "У Краматорську вшанували пам'ять загиблих у третю річницю ракетного удару по вокзалу.",
    "Міноборони Росії заперечило, що російська ракета влучила в торговий центр у Кременчуці.",
    "В ходе учений под Белгородом артиллерия нанесла удары по условному противнику.",
    "Медведев пригрозил нанести ракетный удар по Киеву, если Украина применит оружие.",
    "Хакери атакували сервери провайдера у Москві, сайти не працюють.",
    "У житловому будинку в Києві стався вибух газу, загинули двоє людей.",
    "Синоптики попереджають: у Одесі завтра можливі грози та сильний вітер.",
    "В Москве прошли учения ПВО, отрабатывалось отражение ракетного удара.",
    "Росія погрожує завдати ударів по Києву у відповідь на атаки на Крим.",
    "У Харкові відкрили меморіал загиблим від ракетного удару по площі Свободи.",
    "Ціни на пальне в Одесі завдали удару по гаманцях водіїв.",
    "Забастовка водителей автобусов в Москве продолжается третий день.",
    "Навчання з цивільної оборони у Львові: рятувальники відпрацювали дії після ракетного удару.",
    "В Одесі попередили про можливий ракетний удар, оголошено повітряну тривогу.",
    "Футболісти «Дніпра» завдали 15 ударів по воротах суперника у Києві.",
    "Глава МИД заявил, что удары по Киеву возможны в любой момент.",
    "Вибух у Києві: за попередніми даними, вибухнув газовий балон.",
    "Сили ППО збили 20 з 25 шахедів, уламки впали на Київщині.",
    "Росія атакувала Україну 90 ракетами та 100 дронами, під ударом енергетика.",
    # what air defence is for is no strike
    "Зеленський заявив, що Україна потребує більше систем ППО для захисту від ракетних ударів "
    "по Києву.",
    "Германия передаст Украине ещё одну систему IRIS-T, чтобы защитить Одессу от атак дронов.",
]


def test_a_total_over_the_country_is_no_figure_of_the_event() -> None:
    text = (
        "Ракета влучила в багатоповерхівку у Дніпрі, поранено трьох людей. Загалом за добу "
        "внаслідок російських обстрілів по всій Україні загинули 12 людей."
    )
    event = _event(text, D(2024, 5, 1), "Dnipro")
    assert (event.killed.min, event.wounded.min) == (None, 3)


def test_a_toll_across_regions_is_no_figure_of_the_event() -> None:
    text = (
        "Ракета влучила в багатоповерхівку у Дніпрі, поранено трьох людей. Клименко: удару "
        "зазнали 13 регіонів, загинули 12 людей."
    )
    event = _event(text, D(2025, 5, 25), "Dnipro")
    assert (event.killed.min, event.wounded.min) == (None, 3)


def test_a_wars_toll_is_no_figure_of_the_event() -> None:
    text = (
        "Ракета влучила в багатоповерхівку у Дніпрі, поранено трьох людей. Від початку "
        "війни в області загинули понад 400 людей."
    )
    event = _event(text, D(2024, 5, 1), "Dnipro")
    assert (event.killed.min, event.wounded.min) == (None, 3)


@pytest.mark.parametrize(
    "text",
    [
        # Kyiv is only who kept silent, and a Russian city's own name is no foreign alias
        "Ночью беспилотники атаковали Саратов, погиб один человек. Киев ночной удар не "
        "комментировал.",
        # explosions in the sky over a town and a river's bank are no places hit
        "Беспилотники атаковали Саратов ночью. Очевидцы насчитали около восьми взрывов в небе над "
        "Саратовом и Энгельсом, расположенным на другом берегу Волги.",
        "Drones attacked Saratov overnight. Witnesses counted about eight explosions in the sky "
        "over Saratov and Engels.",
    ],
)
def test_places_only_seen_from_or_speaking_are_not_hit(text: str) -> None:
    assert [e.location.name for e in extract_strikes(text, D(2025, 8, 10))] == ["Saratov"]


def test_a_sea_the_missiles_were_tracked_over_is_not_hit() -> None:
    text = (
        "VINNYTSIA, March 7 — Eight Russian missiles hit Vinnytsia on Sunday. The air force said "
        "the missiles had been fired from the direction of Transnistria; Moldova said its radars "
        "had tracked them over the Black Sea."
    )
    assert [e.location.name for e in extract_strikes(text, D(2022, 3, 7))] == ["Vinnytsia"]


def test_a_live_blogs_entries_give_the_current_figures() -> None:
    text = (
        "3 квітня, 22:16. У Харкові вибухи: ворожий безпілотник влучив у багатоповерхівку.\n\n"
        "23:01. Терехов: кількість поранених зросла до 12.\n\n"
        "23:37. Відомо про одного загиблого та 19 поранених.\n\n"
        "4 квітня, 00:08. Загиблих уже двоє.\n\n"
        "Ранок. За уточненими даними ДСНС, загинули четверо людей, ще 35 поранені."
    )
    event = _event(text, D(2025, 4, 4), "Kharkiv")
    assert (event.killed.min, event.wounded.min) == (4, 35)


def test_a_town_a_distance_is_told_from_or_a_source_names_is_not_hit() -> None:
    text = (
        "Станица Луганская, в 20 километрах от Луганска, уже третий день находится под огнём "
        "боевиков. По данным Луганской областной администрации, погиб один мирный житель."
    )
    assert [e.location.name for e in extract_strikes(text, D(2015, 2, 3))] == [
        "Stanytsia Luhanska"
    ]


def test_a_live_blog_entry_headed_by_a_place_tells_of_that_place() -> None:
    text = (
        "03:20\nМиколаїв. Вибухи в місті, росіяни атакують ударними безпілотниками. Відомо "
        "про двох постраждалих.\n\n"
        "09:40\nЖитомирщина. Унаслідок атаки загинули троє дітей з однієї родини."
    )
    events = extract_strikes(text, D(2025, 5, 25))
    assert [(e.location.name, e.killed.min, e.wounded.min) for e in events] == [
        ("Mykolaiv", None, 2),
        ("Zhytomyr Oblast", 3, None),
    ]


def test_a_round_ups_bulleted_headings_with_their_district_tell_of_their_places() -> None:
    # held-out
    text = (
        "Харківщина: підсумки неділі, 19 травня\n\n"
        "У неділю внаслідок російських ударів на Харківщині загинули щонайменше 13 цивільних.\n\n"
        "▪️ Черкаська Лозова (Малоданилівська громада Харківського району). Близько 11:00 "
        "росіяни вдарили по базі відпочинку двома ракетами «Іскандер-М», випущеними з "
        "Бєлгородської області. Учора повідомляли про шістьох загиблих і щонайменше 27 "
        "поранених. Сьогодні вранці знайшли тіло чоловіка: загиблих стало семеро, "
        "постраждалих — 28.\n\n"
        "▪️ Ківшарівка (Куп’янський район). Також удар РСЗВ — четверо загиблих, троє поранених."
    )
    events = extract_strikes(text, D(2024, 5, 20))
    assert [(e.location.name, e.event_type, e.killed.min, e.wounded.min) for e in events] == [
        ("Cherkaska Lozova", "missile", 7, 28),
        ("Kivsharivka", "shelling", 4, 3),
    ]


def test_another_days_attack_on_the_city_told_placeless_is_another_event() -> None:
    # held-out: the city's second strike, told the next day without its name
    text = (
        "Увечері в середу, близько 21:45, російська ракета «Іскандер-К» влучила в житловий "
        "будинок у центрі Краматорська; постраждали 18 осіб. А вже сьогодні вдень, за словами "
        "голови ОВА, по центру міста прилетіли ще дві ракети: щонайменше п'ятеро поранених."
    )
    events = extract_strikes(text, D(2023, 2, 2))
    assert [(e.location.name, str(e.date), e.wounded.min) for e in events] == [
        ("Kramatorsk", "2023-02-01", 18),
        ("Kramatorsk", "2023-02-02", 5),
    ]


def _event(text: str, published: dt.date, place: str):
    events = [e for e in extract_strikes(text, published) if e.location.name == place]
    assert len(events) == 1, [e.location.name for e in extract_strikes(text, published)]
    return events[0]


@pytest.mark.parametrize(
    ("text", "published", "expected"), POSITIVES, ids=[text[:40] for text, _, _ in POSITIVES]
)
def test_cyrillic_strike_report_gives_its_event(
    text: str, published: dt.date, expected: dict[str, Any]
) -> None:
    event = _event(text, published, expected["place"])
    assert event.event_type == expected["type"]
    if "date" in expected:
        assert event.date == expected["date"]
        assert event.date_precision == "day"
    for kind in ("killed", "wounded"):
        if kind in expected:
            got = getattr(event, kind)
            assert (got.min, got.max) == expected[kind], kind
    if "perp" in expected:
        assert event.perpetrator == expected["perp"]
    if "target" in expected:
        assert event.target == expected["target"]
    if "weapons" in expected:
        assert event.weapons == expected["weapons"]


@pytest.mark.parametrize("text", NEGATIVES, ids=[text[:40] for text in NEGATIVES])
def test_cyrillic_non_strike_gives_no_event(text: str) -> None:
    assert extract_strikes(text, D(2024, 5, 1)) == []


def test_unstated_counts_stay_unknown() -> None:
    event = _event("Окупанти вдарили по Запоріжжю ракетами.", D(2024, 1, 1), "Zaporizhzhia")
    assert (event.killed.min, event.killed.max) == (None, None)
    assert (event.wounded.min, event.wounded.max) == (None, None)


# Held-out Telegram-style posts written for this test: "City: what happened".
@pytest.mark.parametrize(
    ("text", "place", "event_type", "killed", "wounded"),
    [
        ("Суми: ворог атакував місто дронами, поранено 2 людей.", "Sumy", "drone", None, 2),
        (
            "Полтава: ворог завдав ракетного удару по місту, загинули 5 людей.",
            "Poltava",
            "missile",
            5,
            None,
        ),
        ("Донецк: ВСУ обстреляли рынок, погибли 27 человек.", "Donetsk", "shelling", 27, None),
        ("Белгород: атака дрона ВСУ на автомобиль, ранен мужчина.", "Belgorod", "drone", None, 1),
        (
            "Білопілля: ворог скинув КАБ на центр міста, поранено трьох людей.",
            "Bilopillia",
            "air_strike",
            None,
            3,
        ),
    ],
)
def test_a_city_heading_a_post_is_the_place_hit(
    text: str, place: str, event_type: str, killed: int | None, wounded: int | None
) -> None:
    (event,) = extract_strikes(text, D(2024, 5, 1))
    assert (event.location.name, event.event_type, event.killed.min, event.wounded.min) == (
        place,
        event_type,
        killed,
        wounded,
    )


def test_a_ships_flag_is_no_place_hit() -> None:
    text = "Ракета влучила в судно під прапором Панами в порту Одеси."
    events = extract_strikes(text, D(2024, 5, 1))
    assert [e.location.name for e in events] == ["Odesa"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Кількість загиблих унаслідок учорашнього російського ракетного удару по Полтаві "
            "зросла до 20.",
            "Poltava",
        ),
        (
            "Число погибших в результате вчерашнего ракетного удара РФ по Сумам выросло до 20.",
            "Sumy",
        ),
    ],
)
def test_a_toll_update_for_yesterdays_strike(text: str, place: str) -> None:
    (event,) = extract_strikes(text, D(2024, 5, 2))
    assert (event.location.name, event.killed.min, event.date) == (place, 20, D(2024, 5, 1))


def test_the_day_it_was_reported_is_not_the_day_of_the_strike() -> None:
    text = (
        "У Харкові ракета влучила в будинок, загинули троє, повідомила у понеділок поліція. "
        "Удар стався в неділю ввечері."
    )
    (event,) = extract_strikes(text, D(2024, 3, 12))
    assert (event.date, event.date_precision) == (D(2024, 3, 10), "day")
    text = "Ракета попала в дом в Белгороде, сообщил в понедельник губернатор."
    (event,) = extract_strikes(text, D(2024, 3, 12))
    assert event.date_precision == "unknown"


def test_a_blast_put_down_to_a_breach_of_the_process_is_no_attack() -> None:
    text = (
        "РЯЗАНЬ, 18 августа. Число погибших в результате взрыва в пороховом цехе завода "
        "«Эластик» в посёлке Лесной выросло до 20. Предварительной причиной оперштаб назвал "
        "нарушение технологического процесса. Ни власти, ни экстренные службы не связывали "
        "случившееся с атакой беспилотников или диверсией."
    )
    assert extract_strikes(text, dt.date(2025, 8, 18)) == []


def test_an_attack_with_no_hits_let_through_is_none() -> None:
    text = (
        "Київщина, ніч проти 5 серпня: ворог атакував область ударними БпЛА, працювала ППО. "
        "«Влучань в об'єкти житлової та критичної інфраструктури не допущено. Постраждалі "
        "відсутні», — Руслан Кравченко."
    )
    assert extract_strikes(text, dt.date(2025, 8, 5)) == []
    # ... but a hit told keeps it
    hit = text.replace("Постраждалі відсутні", "Пошкоджено приватний будинок")
    assert len(extract_strikes(hit, dt.date(2025, 8, 5))) == 1
    # held-out: every drone destroyed, nothing hit
    text = (
        "КМВА: у ніч на 10 вересня Росія знову спрямувала «шахеди» на Київ. Тривога тривала "
        "майже дві години, кияни чули вибухи — працювала ППО. «Усі ворожі БпЛА знищено», — "
        "повідомив Сергій Попко. За попередніми даними, обійшлося без руйнувань і постраждалих."
    )
    assert extract_strikes(text, dt.date(2024, 9, 10)) == []


def test_a_football_match_told_with_shots_on_goal_is_no_attack() -> None:
    text = (
        "Уперше від початку повномасштабного вторгнення в Києві на НСК «Олімпійський» зіграли "
        "офіційний матч — «Шахтар» і «Металіст 1925» розійшлися миром 0:0.\n\n"
        "Донеччани більше контролювали м'яч і завдали кілька небезпечних ударів по воротах, "
        "але голкіпер харків'ян щоразу рятував. Наприкінці гри «Шахтар» буквально обстрілював "
        "штрафний майданчик суперника."
    )
    assert extract_strikes(text, dt.date(2022, 8, 23)) == []
    # held-out: a word in quotes alone is a figure of speech
    text = (
        "Україна обіграла Словаччину на Євро-2024: камбек у Дюссельдорфі\n\n"
        "Після перерви Україна «вибухнула». На 54-й хвилині Микола Шапаренко ударом з лінії "
        "штрафного зрівняв рахунок. Останні десять хвилин словаки буквально обстрілювали наші "
        "ворота, але оборона вистояла."
    )
    assert extract_strikes(text, dt.date(2024, 6, 21)) == []


def test_shelling_told_as_going_on_while_talks_were_held_is_a_habit() -> None:
    text = (
        "У Стамбулі завершилися перші з 2022 року прямі переговори України та Росії. "
        "Поки дипломати говорили, Росія продовжувала обстрілювати прифронтові громади та "
        "запускати ударні дрони по українських містах."
    )
    assert extract_strikes(text, dt.date(2025, 5, 16)) == []
    # ... but casualties told make it a strike
    hit = text.replace("по українських містах.", "по Харкову, загинули двоє людей.")
    assert [e.location.name for e in extract_strikes(hit, dt.date(2025, 5, 16))] == ["Kharkiv"]


def test_a_toll_given_as_of_a_later_day_by_a_regions_agency_is_the_citys_attack() -> None:
    # the square's name is no village (Svoboda), the directorate's adjective no village
    # (Holovne), the agency's region no event of its own, "as of Thursday" no attack day, and
    # the figure first given on the day of the strike gives way to the later one
    text = (
        "Харків. Рятувальники ДСНС третю добу розбирають завали будівлі Харківської обласної "
        "державної "
        "адміністрації на майдані Свободи, у яку вранці у вівторок влучила російська ракета.\n\n"
        "Станом на ранок четверга з-під уламків дістали тіла 24 загиблих, повідомили в "
        "Головному управлінні ДСНС у Харківській області. У день удару голова ОДА Олег "
        "Синєгубов говорив про десятьох загиблих і 35 поранених."
    )
    events = extract_strikes(text, dt.date(2022, 3, 3))
    assert [(e.location.name, e.date, e.killed.min, e.wounded.min) for e in events] == [
        ("Kharkiv", dt.date(2022, 3, 1), 24, 35)
    ]


def test_a_toll_given_as_of_a_clock_time_of_a_later_day_is_no_attack_day() -> None:
    # "по состоянию на 17:00 среды" is when the toll was given; the strike was on Tuesday
    text = (
        "Число погибших в результате ракетного удара по Краматорску выросло до 11, сообщила "
        "ГСЧС по состоянию на 17:00 среды. Удар был нанесен во вторник около 19:50."
    )
    (event,) = extract_strikes(text, dt.date(2023, 6, 28))
    assert (event.location.name, event.date) == ("Kramatorsk", dt.date(2023, 6, 27))  # type: ignore[union-attr]


def test_a_citys_genitive_that_is_a_villages_name_elsewhere_is_the_city() -> None:
    text = (
        "В четверг, 14 июля, в центр Винницы попали крылатые ракеты. По данным ВМС Украины, это "
        "были «Калибры». Погибли 23 человека."
    )
    events = extract_strikes(text, dt.date(2022, 7, 15))
    assert [(e.location.name, e.location.country_code) for e in events] == [("Vinnytsia", "UA")]


def test_hospitals_destinations_venues_and_a_capitals_word_are_no_places_hit() -> None:
    night = (
        "Важка ніч на Нікопольщині. Росіяни гатили «Градами» по Марганцю та Вищетарасівці — "
        "випустили понад 80 реактивних снарядів.\n\n13 людей загинули. 11 поранені, їх лікують "
        "у лікарнях Нікополя та Дніпра.\n\nУ Марганці пошкоджено багатоповерхівки."
    )
    events = extract_strikes(night, dt.date(2022, 8, 10))
    assert {e.location.name for e in events} == {"Marhanets", "Vyshchetarasivka"}
    station = (
        "Російські війська в середу обстріляли Херсон: снаряди влучили в гіпермаркет і "
        "залізничний вокзал. За його словами, біля гіпермаркету в момент обстрілу було багато "
        "покупців, а на вокзалі люди чекали на евакуаційний потяг до Києва."
    )
    assert [e.location.name for e in extract_strikes(station, dt.date(2023, 5, 3))] == ["Kherson"]
    sudzha = (
        "У суботу, 1 лютого, російська авіація вдарила керованою авіабомбою по будівлі інтернату "
        "в Суджі. Щонайменше четверо людей загинули. У Москві відповідальність за удар поклали "
        "на українську армію."
    )
    assert [e.location.name for e in extract_strikes(sudzha, dt.date(2025, 2, 2))] == ["Sudzha"]
    venue = (
        "В четверг в центр Винницы попали крылатые ракеты, погибли 23 человека. Удар пришелся "
        "на день, когда в Гааге проходила международная конференция."
    )
    assert [e.location.name for e in extract_strikes(venue, dt.date(2022, 7, 15))] == [
        "Vinnytsia"
    ]


def test_the_past_day_of_a_morning_round_up_is_yesterday() -> None:
    text = (
        "Херсонська ОВА · 14 серпня\n\nМинулої доби російська армія обстріляла Херсонщину з "
        "артилерії. Ще трьох людей окупанти вбили в самому Станіславі: під час артобстрілу "
        "загинули двоє чоловіків і жінка."
    )
    events = extract_strikes(text, dt.date(2023, 8, 14))
    assert [(e.location.name, e.date) for e in events] == [("Stanislav", dt.date(2023, 8, 13))]


def test_a_uav_that_crashed_into_a_house_is_a_drone_strike() -> None:
    text = (
        "Сегодня рано утром в Воронеже беспилотный летательный аппарат врезался в жилой "
        "многоэтажный дом на улице Ломоносова. Повреждены фасад и остекление нескольких квартир."
    )
    events = extract_strikes(text, dt.date(2023, 6, 9))
    assert [(e.location.name, e.event_type) for e in events] == [("Voronezh", "drone")]


def test_a_first_name_is_no_city_and_who_appointed_officials_is_no_story_country() -> None:
    text = (
        "Новая Каховка: удар HIMARS, семь погибших\n\nНазначенные Россией власти Новой Каховки "
        "сообщили, что в понедельник вечером ВСУ обстреляли город. По словам главы "
        "оккупационной администрации района Владимира Леонтьева, погибли семь человек."
    )
    events = extract_strikes(text, dt.date(2022, 7, 12))
    assert [(e.location.name, e.killed.min) for e in events] == [("Nova Kakhovka", 7)]
