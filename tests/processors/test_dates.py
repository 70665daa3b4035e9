import datetime as dt

import pytest

from processors.casefold import contains_any, fold, matches_at
from processors.counts import literal_positions
from processors.dates import (
    _DAY_MONTH,
    _MONTH_DAY,
    _MONTH_NEEDS,
    _MONTHS_BACK,
    _WEEKDAY,
    _YEARS_BACK,
    _day_before,
    _months_back_possible,
    _weekday_starts,
    _years_back_possible,
    days_later,
    find_dates,
    nearest_date,
)

MONDAY = dt.date(2022, 2, 28)


def _dates(text: str, published: dt.date | None = MONDAY) -> list[dt.date]:
    return [d.date for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On Monday, rockets hit Kharkiv", MONDAY, [MONDAY]),
        ("rockets hit on Feb. 28, officials said", MONDAY, [MONDAY]),
        ("on 28 February the city was shelled", MONDAY, [MONDAY]),
        ("on April 8, 2022, the station was hit", dt.date(2023, 2, 21), [dt.date(2022, 4, 8)]),
        ("Wednesday's strike", dt.date(2022, 3, 10), [dt.date(2022, 3, 9)]),
        ("the toll from Saturday's strike", dt.date(2024, 3, 4), [dt.date(2024, 3, 2)]),
        ("early on Tuesday", MONDAY, [dt.date(2022, 2, 22)]),
        ("late on Sunday", MONDAY, [dt.date(2022, 2, 27)]),
        ("yesterday", MONDAY, [dt.date(2022, 2, 27)]),
        ("last night", MONDAY, [dt.date(2022, 2, 27)]),
        ("overnight", MONDAY, [MONDAY]),
        ("this morning", MONDAY, [MONDAY]),
        ("in the early hours", MONDAY, [MONDAY]),
        ("on Dec 30", dt.date(2023, 1, 2), [dt.date(2022, 12, 30)]),
        ("2022-03-01", None, [dt.date(2022, 3, 1)]),
        ("gave them until Wednesday afternoon to leave", MONDAY, []),
        ("every Friday", MONDAY, []),
        ("on Monday", None, []),
        ("on February 30", MONDAY, []),
        # a night's span, dated by its morning as "overnight" is, in the year given after it;
        # a few days' span by its first day
        ("on the night of May 16-17, 1943", dt.date(2023, 5, 17), [dt.date(1943, 5, 17)]),
        ("during the night of October 16-17", dt.date(2023, 10, 18), [dt.date(2023, 10, 17)]),
        ("fighting on May 16-18", dt.date(2023, 5, 20), [dt.date(2023, 5, 16)]),
    ],
)
def test_find_dates(text: str, published: dt.date | None, expected: list[dt.date]) -> None:
    assert _dates(text, published) == expected


def test_explicit_dates_are_marked() -> None:
    explicit, relative = find_dates("On March 3 and on Monday", MONDAY)
    assert explicit.explicit and not relative.explicit


def test_nearest_date_to_the_attack_word() -> None:
    text = (
        "a strike on Kramatorsk station on April 8, 2022, HRW said in a report released on Tuesday"
    )
    mentions = find_dates(text, dt.date(2023, 2, 21))
    assert nearest_date(mentions, text.index("strike")).date == dt.date(2022, 4, 8)
    assert nearest_date([], 3) is None


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Tuesday's and WEDNESDAY nights; thursday-friday, saturdays and Sunday.",
        "Mondaysunday today, yesterday and the days before: wednesday wednesday.",
    ],
)
def test_weekdays_are_tried_where_day_says_one_can_open(text: str) -> None:
    """``find_dates`` tries the weekday pattern only before a "day": it must find the same."""
    low = fold(text)
    found = [m.span() for m in matches_at(_WEEKDAY, low, _weekday_starts(low))]
    assert found == [m.span() for m in _WEEKDAY.finditer(low)]
    assert found


def test_the_day_words_gate_lets_every_relative_date_through() -> None:
    """``find_dates`` returns early for a digitless text with none of ``_DAY_WORDS``: every
    weekday and every relative expression must hold one, or it would never be found."""
    from processors.dates import _DAY_WORDS, _RELATIVE, _WEEKDAYS

    for phrase in [*_RELATIVE, *_WEEKDAYS]:
        assert any(word in phrase for word in _DAY_WORDS), phrase


@pytest.mark.parametrize(
    ("text", "word", "past"),
    [
        ("In May last year, a missile attack on the street killed eight.", "attack", True),
        ("An Israeli air strike in late November 2023 killed three.", "strike", True),
        ("A missile killed 46 people there two years ago.", "killed", True),
        ("Survivors of the 2022 bombing of the theatre testified.", "bombing", True),
        ("In March 2023, drones hit the port.", "hit", True),
        # ... and a clause of that time ("when")
        ("The plants were last hit in September 2019, when drones struck Abqaiq.", "struck", True),
        # a time of the war long past, undated
        ("They moved to a house hit by a strike earlier in the war.", "strike", True),
        ("In the first weeks of the invasion, missiles hit the airport.", "hit", True),
        # ... or one told from a past time
        ("He said the Balakot air strike earlier that month had achieved its aim.", "strike", True),
        ("Later that year, drones hit the port.", "hit", True),
        ("Missiles hit Kyiv, the heaviest attack since the start of the war.", "hit", False),
        # not years back, or cut off from the attack word
        ("A missile hit the building that was struck last year.", "hit", False),
        ("On Dec 29, 2023, missiles hit Kyiv.", "hit", False),
        ("In 2024, missiles hit Kyiv.", "hit", False),
        ("Missiles hit Kyiv, the deadliest attack since 2022.", "hit", False),
        # months back: a month with no day, other than the publication's (June)
        ("A commander killed in an air strike last September was buried.", "strike", True),
        ("The city was hit by a missile in March, killing 12.", "killing", True),
        ("Last month, a missile strike on Sumy killed 11 people.", "strike", True),
        ("In early April, drones hit the port.", "hit", True),
        # (a comma is no word between)
        ("In March, Boko Haram carried out four suicide attacks in the region.", "attacks", True),
        ("Last June, drones hit the port.", "hit", True),
        ("In June, drones hit the port.", "hit", False),
        ("On March 9, drones hit the port.", "hit", False),
        ("Drones hit the port, the first attack since March.", "hit", False),
        ("A missile hit the school that was damaged in March.", "hit", False),
        # ... or before that time: what led to a step taken then
        ("The firm suspended work in 2021, after insurgents overran the town.", "overran", True),
        ("The firm suspended work, after insurgents overran the town in 2024.", "overran", False),
        # ... in Russian and Ukrainian
        ("В декабре пожар после атаки беспилотников возникал в Урюпинске.", "атаки", True),
        ("У березні ракета влучила в школу.", "влучила", True),
        ("В июне беспилотники атаковали порт.", "атаковали", False),
        ("Минулого місяця дрони атакували порт.", "атакували", True),
        # ... or a year or season back, a dash between
        ("Завод атаковали и раньше — в том числе весной 2023 года.", "атаковали", True),
        ("У 2022 році ракета влучила в школу.", "влучила", True),
        ("Рік тому ракета влучила в школу.", "влучила", True),
        ("В 2024 году ракета попала в школу.", "попала", False),
    ],
)
def test_told_as_past(text: str, word: str, past: bool) -> None:
    from processors.dates import told_as_past

    assert told_as_past(text, text.index(word), dt.date(2024, 6, 7)) is past


def test_a_live_blog_entrys_weekday_and_time_date_it() -> None:
    published = dt.date(2024, 6, 24)  # a Monday
    (sunday,) = find_dates("Sun 18:45 — Gunmen have opened fire on a church.", published)
    (monday,) = find_dates("Mon 07:30 — Officials say 15 police were killed.", published)
    assert (sunday.date, monday.date) == (dt.date(2024, 6, 23), published)
    assert find_dates("Montreal 10:30 — Officials say 15 police were killed.", published) == []


@pytest.mark.parametrize(
    ("text", "day", "aftermath"),
    [
        ("Police searched the square on Tuesday for parts of the bomb that killed 4.", "Tue", True),
        ("The city held a day of mourning on Monday after gunmen attacked a hotel.", "Mon", True),
        ("The government blamed rebels on Thursday for a car bomb that killed 12.", "Thu", True),
        (
            "Mourners left flowers on Sunday outside the station in the city, where a man drove a "
            "truck into commuters.",
            "Sun",
            True,
        ),
        # the link may come a few words after the day
        ("A student was charged on Monday with six counts of murder over a shooting.", "Mon", True),
        # ... but not past the attack itself, nor to a time
        ("In town on Monday, a drone strike on a camp for the displaced killed 56.", "Mon", False),
        ("The driver sped through the market on Friday evening shortly after 7 p.m.", "Fri", False),
        # mourning the dead is aftermath, not a toll
        ("The country counted its dead on Saturday after bombings killed 62.", "Sat", True),
        # a later death is aftermath too
        ("A third child died on Tuesday after a knife attack on a dance class.", "Tue", True),
        # who is behind it, however quoted
        (
            'China vowed on Friday to punish the "violent terrorists" behind an attack.',
            "Fri",
            True,
        ),
        # an attack by hand arms told before the link is the attack's day
        (
            "A man threw Molotov cocktails at people gathered on Sunday on Boulder's mall to call "
            "for the release of hostages.",
            "Sun",
            False,
        ),
        # finding out why, or digging out bodies, is aftermath
        ("Investigators worked on Thursday to learn why a shooter fired at a church.", "Thu", True),
        (
            "Rescue workers pulled more bodies on Thursday from the rubble of buildings hit by an "
            "air strike.",
            "Thu",
            True,
        ),
        ("A missile killed two on Thursday from the rubble of a building, medics said.", "Thu",
         False),
        # so is mourning them, told by its verb
        (
            "Russia mourned on Wednesday the nine people shot dead by a former pupil at a school.",
            "Wed",
            True,
        ),
        # ... and a day of mourning declared
        (
            "The same attack killed nine people in Zaporizhzhia; the mayor declared on Saturday a "
            "day of mourning in the city.",
            "Sat",
            True,
        ),
        # so is a court's ruling
        ("U.N. judges on Tuesday upheld the life sentence of the former commander.", "Tue", True),
        (
            "An Indonesian court sentenced the cleric to death on Friday for inspiring attacks.",
            "Fri",
            True,
        ),
        # so is burying the dead
        (
            "Thousands of mourners marched through the town on Thursday to bury 19 people killed "
            "when shells hit their homes.",
            "Thu",
            True,
        ),
        ("Shells killed 19 people on Thursday to bury them under rubble.", "Thu", False),
        # ... or taking part in their funeral
        (
            "Tens of thousands took part on Monday in the funeral of the children killed in the "
            "air strike on a bus in Dahyan.",
            "Mon",
            True,
        ),
        # the main clause up to the day tells the attack or its toll: the day is the attack's
        ("Two people were killed on Monday after a missile hit their home.", "Mon", False),
        ("A drone struck the port on Friday after sirens sounded.", "Fri", False),
        # nothing links the day to an attack told after it
        ("Officials met on Tuesday and a missile hit the city.", "Tue", False),
        # the day the search of the ruins ended, told by its verb before or after the day
        (
            "When rescuers in Dnipro called off the search of the wrecked apartment block on "
            "Naberezhna Peremohy late on Tuesday, the count stood at 45 dead.",
            "Tue",
            True,
        ),
        (
            "Rescuers finished combing the wreckage of a nine-storey block of flats in Uman on "
            "Saturday, and the minister said 23 people had been killed there.",
            "Sat",
            True,
        ),
        ("The search of the rubble was called off on Monday with 12 dead.", "Mon", True),
        (
            "The search of a Russian-struck apartment block in Odessa ended at about 9 p.m. on "
            "Sunday with 12 people confirmed dead.",
            "Sun",
            True,
        ),
        ("A missile hit the block on Saturday and rescuers ended the search.", "Sat", False),
    ],
)
def test_told_as_aftermath(text: str, day: str, aftermath: bool) -> None:
    from processors.dates import told_as_aftermath

    start = text.index(f"on {day}")
    end = text.index("day", start) + 3
    assert told_as_aftermath(text, start, end) is aftermath


def test_a_long_clause_of_clearing_up_before_the_link_is_still_aftermath() -> None:
    from processors.dates import told_as_aftermath

    text = (
        "Rescue crews in Kherson spent Thursday sweeping glass and pulling burnt cars off the "
        "streets after the deadliest day of Russian shelling in months."
    )
    start = text.index("Thursday")
    assert told_as_aftermath(text, start, start + len("Thursday"))


def test_the_night_rescuers_recovered_bodies_is_aftermath() -> None:
    from processors.dates import told_as_aftermath

    text = (
        "The toll in Lviv rose to 10, the mayor said, after rescuers recovered more bodies from "
        "the rubble overnight."
    )
    start = text.index("overnight")
    assert told_as_aftermath(text, start, start + len("overnight"))
    text = "Rescuers found two bodies after a missile hit the block overnight."
    start = text.index("overnight")
    assert not told_as_aftermath(text, start, start + len("overnight"))


def test_the_day_of_a_clause_after_a_span_since_the_attack_is_aftermath() -> None:
    from processors.dates import told_as_aftermath

    text = (
        "Five days after an Iranian ballistic missile hit their campus, researchers were still "
        "picking through the ruins on Friday."
    )
    start = text.index("Friday")
    assert told_as_aftermath(text, start, start + len("Friday"))
    # ... but not when that clause tells an attack of its own
    text = (
        "Three days after the Khan Sheikhoun attack, on April 7, the United States fired 59 "
        "Tomahawk cruise missiles at the Shayrat air base."
    )
    start = text.index("April 7")
    assert not told_as_aftermath(text, start, start + len("April 7"))


def test_the_day_something_still_went_on_is_aftermath() -> None:
    from processors.dates import told_as_aftermath

    text = "Firefighters were still battling a blaze at the oil terminal in Feodosia on Tuesday."
    start = text.index("Tuesday")
    assert told_as_aftermath(text, start, start + len("Tuesday"))
    text = "A drone set the oil terminal in Feodosia ablaze on Tuesday; it is still burning."
    start = text.index("Tuesday")
    assert not told_as_aftermath(text, start, start + len("Tuesday"))
    text = "Firefighters were still hosing down smouldering flats on Saturday morning."
    start = text.index("Saturday")
    assert told_as_aftermath(text, start, start + len("Saturday"))


@pytest.mark.parametrize(
    ("text", "aftermath"),
    [
        (
            "Shop owners swept up glass on Thursday and a crater was fenced off, a day after a "
            "drone launched from Yemen exploded near the mall.",
            True,
        ),
        # (not the day of an attack told first)
        (
            "Russian missiles struck Lviv on Thursday, killing seven people, a day after a "
            "ballistic missile strike on a military academy in Poltava.",
            False,
        ),
    ],
)
def test_a_day_told_as_days_after_an_attack_is_aftermath(text: str, aftermath: bool) -> None:
    from processors.dates import told_as_aftermath

    start = text.index("Thursday")
    assert told_as_aftermath(text, start, start + len("Thursday")) is aftermath


def test_the_previous_day_is_the_day_before_one_told_before_it() -> None:
    published = dt.date(2025, 3, 7)  # a Friday
    text = "The town mourned on Friday after a strike the previous day killed nine."
    assert [d.date for d in find_dates(text, published)] == [published, dt.date(2025, 3, 6)]
    # with no day before it, or before some event, it resolves to nothing
    assert find_dates("A strike the previous day killed nine.", published) == []
    before_the_vote = find_dates("On Friday, the day before the vote, a bomb went off.", published)
    assert [d.date for d in before_the_vote] == [published]


def test_the_early_hours_of_a_weekday_are_that_days() -> None:
    published = dt.date(2023, 7, 13)  # a Thursday
    text = "The attackers opened fire on a guard post in the early hours of Wednesday."
    assert [d.date for d in find_dates(text, published)] == [dt.date(2023, 7, 12)]
    plain = find_dates("The attackers opened fire in the early hours.", published)
    assert [d.date for d in plain] == [published]


@pytest.mark.parametrize("day", ["6 November", "Nov. 6", "November 6th"])
def test_the_early_hours_of_a_dated_day_are_that_days(day: str) -> None:
    text = f"In the early hours of {day}, several camps were hit by rockets."
    assert [d.date for d in find_dates(text, dt.date(2022, 11, 7))] == [dt.date(2022, 11, 6)]


def test_overnight_into_a_weekday_is_that_night() -> None:
    published = dt.date(2024, 5, 24)  # a Friday
    text = "A drone struck a radar overnight into Thursday, a source said."
    assert [d.date for d in find_dates(text, published)] == [dt.date(2024, 5, 23)]
    plain = find_dates("A drone struck a radar overnight.", published)
    assert [d.date for d in plain] == [published]


def test_the_verb_may_after_a_figure_is_no_month() -> None:
    text = "Poltava strike: 51 dead, more than 270 wounded, up to 18 may be under rubble"
    assert find_dates(text, dt.date(2024, 9, 4)) == []
    assert [d.date for d in find_dates("Drones hit Kyiv on 18 May.", dt.date(2024, 9, 4))] == [
        dt.date(2024, 5, 18)
    ]


def test_overnight_beside_a_weekday_is_that_weekdays_night() -> None:
    published = dt.date(2025, 8, 1)  # a Friday
    for text in (
        "The toll from Thursday's overnight Russian attack on the capital rose to 12.",
        "The number killed in Russia's overnight attack on Kyiv on Thursday has risen to 31.",
    ):
        assert [d.date for d in find_dates(text, published)] == [dt.date(2025, 7, 31)], text
    # ... but not the day a speaker spoke
    text = "Air strikes killed 74 people overnight, the health ministry said on Thursday."
    assert published in [d.date for d in find_dates(text, published)]


def test_a_day_after_an_attack_puts_it_on_the_day_before() -> None:
    published = dt.date(2017, 6, 8)  # a Thursday
    text = "The Guards on Thursday blamed two states for the attacks, a day after gunmen struck."
    assert [d.date for d in find_dates(text, published)] == [published, dt.date(2017, 6, 7)]
    talks = find_dates("Drones hit the port on Thursday, a day after talks collapsed.", published)
    assert [d.date for d in talks] == [published]


@pytest.mark.parametrize(
    "text",
    [
        "A man was charged on Thursday with murder, a day after the rampage that shocked the city.",
        "Israel paused its offensive on Thursday, a day after mortar bombs exploded at a school.",
    ],
)
def test_a_day_after_an_attack_told_by_its_noun_or_blast(text: str) -> None:
    published = dt.date(2017, 6, 8)  # a Thursday
    assert [d.date for d in find_dates(text, published)] == [published, dt.date(2017, 6, 7)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Air strikes hit two villages on Christmas Day, killing 10.", dt.date(2024, 12, 25)),
        ("Gunmen attacked a church on Christmas Eve.", dt.date(2024, 12, 24)),
        ("A drone hit Kyiv on New Year's Eve.", dt.date(2024, 12, 31)),
        ("A drone hit Kyiv on New Year’s Day.", dt.date(2025, 1, 1)),
        # ... and Christmas's, naming the attack: Maghazi, December 2023
        ("The army regrets its Christmas Eve air strike.", dt.date(2024, 12, 24)),
        ("the Christmas Day air strike on two villages", dt.date(2024, 12, 25)),
    ],
)
def test_a_feast_day_told_as_the_day(text: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(text, dt.date(2025, 1, 2))] == [day]


def test_a_feast_that_names_no_attack_is_no_day() -> None:
    assert find_dates("He hosted a Christmas Eve party for the troops.", dt.date(2025, 1, 2)) == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # day first, after its weekday or "on", as regional outlets write it
        ("warplanes bombed the market yesterday Wednesday 15/1", dt.date(2020, 1, 16),
         dt.date(2020, 1, 15)),
        ("SOHR reminds that on 1/1, a rocket hit a school", dt.date(2020, 1, 16),
         dt.date(2020, 1, 1)),
        ("Thursday 12/3 a strike hit the market", dt.date(2020, 3, 13), dt.date(2020, 3, 12)),
        ("on 25/11/2019 a drone hit the camp", dt.date(2020, 1, 16), dt.date(2019, 11, 25)),
        # (a weekday that fits only the month-first reading leaves it unread)
        ("Thursday 3/12 a strike hit the market", dt.date(2020, 3, 13), None),
        # (nor a ratio, nor what is not after a dating word)
        ("on 3/4 of the area", dt.date(2020, 1, 16), None),
        ("The shop is open 24/7 now.", dt.date(2020, 7, 30), None),
        ("the truce entered into force at midnight of 12/1", dt.date(2020, 1, 16), None),
    ],
)  # fmt: skip
def test_a_day_written_day_first_with_numbers(
    text: str, published: dt.date, day: dt.date | None
) -> None:
    explicit = [d.date for d in find_dates(text, published) if d.explicit]
    assert explicit == ([day] if day else [])


def test_a_feast_named_as_the_attacks_name_is_no_date() -> None:
    text = "Islamic State claimed a New Year's Eve shooting at an Istanbul nightclub."
    assert find_dates(text, dt.date(2017, 1, 2)) == []


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (
            "The region has been on edge since an Israeli strike in Beirut killed a top "
            "Hezbollah commander.",
            True,
        ),
        # ... but not one dated to days ago, nor a strike that a state followed
        (
            "Residents have been in shock since an air strike on the market on Monday.",
            False,
        ),
        ("An Israeli strike in Beirut killed a commander, the first since the truce.", False),
        # ... or a sentence opened with it
        ("Since the June strike, the capital has banned the full-face veil.", True),
        ("Since Monday's strike, residents sleep in the metro.", False),
        # ... or told by who struck, with no article
        (
            "The crew had been held for 14 months since Houthi fighters struck the ship.",
            True,
        ),
    ],
)
def test_an_attack_a_state_has_lasted_since_is_background(text: str, background: bool) -> None:
    from processors.dates import told_as_background

    at = text.index("struck") if "struck" in text else text.index("strike")
    assert told_as_background(text, at, [at], dt.date(2024, 8, 17)) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Three years on, Ukraine remembers the victims of the Mariupol theatre bombing", True),
        ("A year on, Kramatorsk station bombing survivors still wait for help", True),
        # "on" in its other senses
        ("The unit spent two years on the front line before the bombing of its base", False),
    ],
)
def test_years_on_looks_back(text: str, background: bool) -> None:
    from processors.dates import told_as_background

    at = text.index("bombing")
    assert told_as_background(text, at, [at], dt.date(2025, 3, 16)) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # what a place has been since, told after the attack word, is the place's
        (
            "Drones struck Port Sudan on Tuesday, hitting the port of the city that has served "
            "as the seat of government since the war began.",
            False,
        ),
        # ... but a tally in the relative clause is the attack's
        ("Kharkiv, which has been struck more than 1,000 times since March, woke to sirens.", True),
    ],
)
def test_a_relative_clause_after_the_attack_is_no_tally(text: str, background: bool) -> None:
    from processors.dates import told_as_background

    at = text.index("struck")
    assert told_as_background(text, at, [at], dt.date(2025, 5, 6)) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # a memory, dated years back
        (
            "Older residents also remembered the chain of explosions at the big ammunition depot "
            "on the city's northern edge in 2019, which forced hundreds to leave.",
            True,
        ),
        # an anniversary's phrase reaches its whole clause
        ("The block where a drone's explosions killed 12 people, five of them children, a year "
         "ago today.", True),
        # ... not an eyewitness's account of this attack
        ("Residents recalled how the explosions shook the depot on the city's edge on Monday.",
         False),
    ],
)
def test_an_attack_remembered_or_mourned_years_back_is_background(
    text: str, background: bool
) -> None:
    from processors.dates import told_as_background

    at = text.index("explosions")
    assert told_as_background(text, at, [at], dt.date(2024, 11, 11)) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (
            "More than 900 people have been killed in Yemen since the coalition campaign began "
            "on March 26.",
            True,
        ),
        ("Thousands have been killed since the war began.", True),
        (
            "Gaza's health ministry said 25 Palestinians had been killed in Israeli strikes since "
            "the operation began.",
            True,
        ),
        ("In Mogok at least five civilians have been killed since the clashes began.", True),
        (
            "Hundreds have been killed since fighting with the SPLM-N broke out in June 2011.",
            True,
        ),
        ("Houthi attacks on ships have killed four seafarers since November.", True),
        (
            "Rebels have been attacking army camps since 25 June and 40 people have been killed.",
            True,
        ),
        ("Since then at least 192 people have been killed in the city, MSF said.", True),
        # the period told between the verb's parts
        ("The army has in recent weeks killed dozens in raids on Nyala airport.", True),
        # since a state began its war
        (
            "More than 500 Palestinians have been killed since Israel began its offensive on "
            "July 8.",
            True,
        ),
        # ... or over a stretch told after the figure
        (
            "Officials say the army's strikes have killed about 40 fighters and at least 12 "
            "civilians in a month of clashes.",
            True,
        ),
        ("The strike killed 12 people in the first week of the month.", False),
        # a ceasefire's record, or days of fighting
        (
            "More than 350 people have been killed in Israeli attacks since the November 2024 "
            "truce.",
            True,
        ),
        (
            "Lebanese authorities have recorded close to 4,000 Israeli breaches of the 27 November "
            "2024 ceasefire, in which 251 people have been killed.",
            True,
        ),
        (
            "At least 23 civilians have been killed in three days of fighting in Sheikh Maqsoud.",
            True,
        ),
        ("A drone strike killed two men on Tuesday, the first deaths since the ceasefire.", False),
        # a rank since a year is no period: "one of the deadliest nights since 2022"
        (
            "The assault on Kyiv has killed 28 people in the capital, officials said, one of the "
            "deadliest nights for the city since 2022.",
            False,
        ),
        ("At least 550 children have been killed since 2022.", True),
        # not a tally: the toll of the attack, risen since it
        ("Since then the death toll has risen as more people were killed.", False),
        # not a tally: the first such strike since the war began
        (
            "More than 900 people were killed when the coalition campaign began on March 26.",
            False,
        ),
    ],
)
def test_a_toll_since_a_war_or_campaign_began_is_a_tally(text: str, background: bool) -> None:
    from processors.dates import told_as_background

    at = text.index("killed")
    assert told_as_background(text, at, [at], dt.date(2015, 4, 21)) is background


@pytest.mark.parametrize(
    "text",
    [
        "killed on 8 April, 2022, and on the 3rd  of\nMay 2023",
        "the mayor said so on 12th march; marching on",
        "in mid-may, in midjune and during late\tAugust, last  month",
        "last may they met; in may the mayor, May 2",
        "two  years ago, a decade ago and last year, in 2019, the 2022 bombing",
        "in April\n2021 and of 1999; April 8, 2022 and 19999",
        "he may come in December",
        "no date here at all",
    ],
)
def test_the_scan_gates_pass_wherever_the_scans_match(text: str) -> None:
    """The gates spare the dear scans on most sentences; they must pass wherever one matches."""
    low = fold(text)
    months = literal_positions(low, _MONTH_NEEDS)
    if _DAY_MONTH.search(low):
        assert _day_before(low, months)
    spans = [m.span() for m in _MONTH_DAY.finditer(low)]
    assert [m.span() for m in matches_at(_MONTH_DAY, low, months)] == spans
    if _YEARS_BACK.search(low):
        assert _years_back_possible(low)
    if _MONTHS_BACK.search(low):
        assert _months_back_possible(low)
    if not contains_any(low, ("20", "19", "ago", "year")):
        assert not _years_back_possible(low)


def test_the_gates_rule_out_what_cannot_match() -> None:
    low = fold("The mayor said on April 8, 2022 that members of the council met.")
    assert not _day_before(low, literal_positions(low, _MONTH_NEEDS))
    assert not _years_back_possible(low)
    assert not _months_back_possible(low)


def test_a_toll_going_on_from_a_tally_is_the_tallys() -> None:
    from processors.dates import told_as_background

    text = (
        "Gaza's health ministry says more than 500 Palestinians have been killed since Israel "
        "began its offensive on July 8; the toll passed 550 on Monday."
    )
    at = text.index("550")
    assert told_as_background(text, at, [], dt.date(2014, 7, 21))
    # a toll after a clause that tallies nothing is the attack's own
    own = "Rescuers searched the rubble all night; the toll passed 50 on Monday."
    assert not told_as_background(own, own.index("50 on"), [], dt.date(2014, 7, 21))


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Gaza's health ministry says 16 Palestinians have been killed since Friday.", True),
        ("Some 600 rockets have been fired since Saturday morning.", True),
        # the attack's own toll, risen since the day
        ("The toll has risen to 20 since Friday, officials said.", False),
    ],
)
def test_a_toll_since_a_weekday_is_a_tally_unless_it_rose(text: str, background: bool) -> None:
    from processors.dates import told_as_background

    at = next(text.find(w) for w in ("killed", "fired", "20") if w in text)
    assert told_as_background(text, at, [at], dt.date(2019, 5, 5)) is background


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Two days later separatist rockets slammed into Mariupol.", [2]),
        ("The next day, drones struck Sumy.", [1]),
        ("Hours later a second missile hit the same street.", [0]),
        ("A week later, and again 10 days later, shells fell on the market.", [7, 10]),
        # "that day" is the day told before; "later" alone counts no days
        ("Rockets hit the town later that day.", [0]),
        ("Rockets hit the town later.", []),
        ("A bomb released sarin in the town early that morning.", [0]),
        ("The same day 13 police officers died in Amalfi.", [0]),
    ],
)
def test_days_told_from_the_day_before(text: str, days: list[int]) -> None:
    assert [d for _, _, d in days_later(text)] == days


@pytest.mark.parametrize(
    "text",
    ["on Sunday 6 October, injuring", "on Sunday, October 6", "on Sunday (October 6)"],
)
def test_a_weekday_with_its_date_after_it_is_that_date(text: str) -> None:
    from processors.dates import find_dates

    assert [d.date for d in find_dates(text, dt.date(2019, 10, 14))] == [dt.date(2019, 10, 6)]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # an attack told as one of a war that is over
        (
            "Refiner Bazan, whose Haifa plant was shut down after being damaged by a missile "
            "during the war, recovered its losses.",
            True,
        ),
        ("Al Koma, a market town that has itself been hit by air raids during the war.", True),
        # (not one of a night)
        ("A missile damaged a plant in Haifa during the night, the police said.", False),
    ],
)
def test_an_attack_told_as_one_of_a_war_is_background(text: str, background: bool) -> None:
    from processors.dates import told_as_background

    at = text.index("missile") if "missile" in text else text.index("raids")
    assert told_as_background(text, at, [at], dt.date(2025, 6, 26)) is background


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a feast told from Easter is its own day, not the last weekday of its name
        (
            "Nine days later, on Palm Sunday, two missiles hit Sumy.",
            dt.date(2025, 6, 25),
            dt.date(2025, 4, 13),
        ),
        (
            "On Easter Sunday suicide bombers struck churches.",
            dt.date(2019, 4, 25),
            dt.date(2019, 4, 21),
        ),
        ("The shelling began on Good Friday.", dt.date(2025, 4, 19), dt.date(2025, 4, 18)),
        # ... the last one on or before publication
        ("Strikes hit the city on Palm Sunday.", dt.date(2025, 3, 1), dt.date(2024, 3, 24)),
    ],
)
def test_a_feast_told_from_easter_is_its_day(text: str, published: dt.date, day: dt.date) -> None:
    assert [d.date for d in find_dates(text, published)] == [day]
