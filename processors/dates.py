"""Dates in news prose, resolved against the publication date.

News reports date attacks relative to when they are published ("on Monday", "yesterday",
"overnight"), so every relative expression is resolved against ``published``: a weekday is
the most recent such day on or before it, "yesterday" / "last night" the day before,
"today" / "this morning" / "overnight" the day itself (overnight attacks are reported the
morning they end). Explicit dates without a year take the year that puts them on or before
publication. Weekdays after "until", "by", "next", "since" are deadlines or ranges, not
the day of an attack, and are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from processors import cyrillic
from processors.casefold import (
    compile_folded,
    contains_any,
    fold,
    matches_at,
    word_start_alternation,
)
from processors.counts import NTH_DEATH, literal_positions
from processors.sentences import clause_around

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_MONTH_NAMES = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:t|tember|\.)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
# Patterns open at a word start, written so ``re`` skips ahead to their first characters
# (``casefold.word_start_alternation``) instead of trying each position.
_MONTH = rf"(?P<month>{word_start_alternation(_MONTH_NAMES)})"
_MONTH_NEEDS = tuple(_MONTHS)  # every month name opens with one of these
_MONTH_DAY = compile_folded(
    # (a few days' span is dated by its first day, "May 16-18"; a night's by its morning, as
    # "overnight" is: "during the night of October 16-17", as "the night of 16-17 October")
    rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:[-–](?P<until>[0-3]?\d)\b)?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_NIGHT_OF_BEFORE = re.compile(r"\bnight\s+of\s+$", re.IGNORECASE)
# ``\b[0-3]?\d`` opening with a digit: one digit at a word start, then a second one if the
# first is 0-3 (greedy, as ``?`` is).
_DAY_MONTH = compile_folded(
    rf"(?P<day>\d(?<!\w.)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_YEAR = word_start_alternation(r"19\d\d|20\d\d")
_ISO = re.compile(rf"(?P<year>{_YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_WEEKDAY = compile_folded(  # tried where "day" says a name can open (``_weekday_starts``)
    rf"(?P<weekday>{word_start_alternation('|'.join(_WEEKDAYS))})(?P<plural>s)?\b"
)
# Each weekday name holds "day", at one of these offsets from its start.
_DAY_AT = sorted({name.index("day") for name in _WEEKDAYS})
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# A live blog's entry opens with its weekday and time (on the folded text).
_BLOG_ENTRY = re.compile(r"(?P<day>mon|tue|wed|thu|fri|sat|sun)\.?\s+\d{1,2}[:.]\d\d\b")
_DAY_ABBREVIATIONS = {name[:3]: name for name in _WEEKDAYS}
_RELATIVE = {
    "yesterday": -1,
    "last night": -1,
    "late last night": -1,
    "today": 0,
    "earlier today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "overnight": 0,
    "early hours": 0,
}
_RELATIVE_KEYS = "|".join(sorted((re.escape(k) for k in _RELATIVE), key=len, reverse=True))
# Tried only where a _RELATIVE key occurs (``literal_positions``): every match is one, from
# its first letter (``re`` would stop at every "t", "l", "e", "o" and "y" of the text).
_RELATIVE_RE = compile_folded(word_start_alternation(_RELATIVE_KEYS) + r"\b")
_RELATIVE_NAMES = tuple(_RELATIVE)
# Every key holds one of these, that hold no other key ("today", not "earlier today").
_RELATIVE_NEEDS = tuple(
    k for k in _RELATIVE if not any(other in k for other in _RELATIVE if other != k)
)
# Every weekday name and every _RELATIVE key holds one of these.
_DAY_WORDS = ("day", "night", "morning", "afternoon", "evening", "early hours")
_INTO_DAY = re.compile(r"\s+(?:into|to)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# "in the early hours of Wednesday", "... of 6 November", "... of Nov. 6"
_OF_DAY = re.compile(
    rf"\s+of\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[0-3]?\d(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+[0-3]?\d(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
# The day before one told earlier in the same stretch ("held a day of mourning on Friday after
# an attack the previous day killed 23", "on Thursday ..., a day after gunmen struck"); not the
# day before some event ("the day before the vote", "a day after talks collapsed").
_EVE = compile_folded(
    r"\b(?:the\s+previous\s+day|a\s+day\s+earlier|the\s+day\s+before"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)"
    # "blamed Saudi Arabia on Thursday for twin attacks, a day after gunmen struck parliament"
    r"|(?:a|one)\s+day\s+after(?=\s+(?:[\w-]+\s+){0,6}?(?:struck|attacked|stormed|killed|"
    r"opened\s+fire|blew|bombed|shelled|hit|exploded|detonated|rammed)\b"
    # "was charged on Tuesday ..., a day after the rampage"
    r"|\s+the\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|bombings?|shelling|rampage|massacre|"
    r"shootings?|blasts?|explosions?|raids?|ambush)\b))\b"
)
_EVE_NEEDS = ("previous day", "day earlier", "day before", "day after")
# Days named for a feast, as (month, day), told as the day: "air strikes hit two villages on
# Christmas Day" (not a name: "a New Year's Eve shooting" at 1:15 a.m. on Sunday)
_FEASTS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
           "new year's eve": (12, 31)}  # fmt: skip
_FEAST = compile_folded(
    r"(?<=\bon\s)(?:"
    + "|".join(name.replace(" ", r"\s+").replace("'", "['’]") for name in _FEASTS)
    + r")\b"
    # ... or Christmas's, naming the attack it was the day of: "its Christmas Eve air strike on
    # the Maghazi camp" (a New Year's Eve attack is often past midnight, on the next day)
    r"|(?<=\b(?:its|the)\s)christmas\s+(?:eve|day)(?=\s+(?:air\s+|drone\s+|missile\s+)?"
    r"(?:strikes?|attacks?|bombings?|raids?|shelling)\b)"
)
_FEAST_NEEDS = ("christmas", "new year")
_ANY_DIGIT = re.compile(r"\d")  # any Unicode digit; in ASCII text, one of these, tested faster
_ASCII_DIGITS = tuple("0123456789")  # (a one-character ``in`` is a memchr: a few times faster)
_POSSESSIVE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b")
_SKIP_BEFORE = {
    "until",
    "till",
    "by",
    "before",
    "next",
    "since",
    "from",
    "through",
    "every",
    "each",
    "bloody",  # an anniversary's name: "Bloody Sunday"
}
# Feasts that fall on a weekday some days from Easter: "Nine days later, on Palm Sunday" is the
# Sunday before Easter, whatever weekday the report is published on.
_FROM_EASTER = {
    ("palm", "sunday"): -7, ("maundy", "thursday"): -3, ("good", "friday"): -2,
    ("holy", "saturday"): -1, ("easter", "sunday"): 0, ("easter", "monday"): 1,
}  # fmt: skip


def _easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _feast_from_easter(offset: int, published: dt.date) -> dt.date:
    """The feast ``offset`` days from Easter, last on or before ``published``."""
    day = _easter(published.year) + dt.timedelta(days=offset)
    return day if day <= published else _easter(published.year - 1) + dt.timedelta(days=offset)


def _day_before(text: str, months: list[int]) -> bool:
    """Whether a month name that opens at one of ``months`` may close a ``_DAY_MONTH`` match:
    whitespace comes before it, and before that a digit, a day's suffix or "of"."""
    for at in months:
        head = text[:at]
        kept = head.rstrip()  # (``str`` and ``re`` agree on what is whitespace)
        if len(kept) < len(head) and (
            kept[-1:].isdecimal() or kept.endswith(("st", "nd", "rd", "th", "of"))
        ):
            return True
    return False


def _weekday_starts(text: str) -> list[int]:
    """Where a weekday name can open in ``text``: each holds "day", at one of ``_DAY_AT``."""
    starts: list[int] = []
    at = text.find("day")
    while at >= 0:
        starts += [at - offset for offset in _DAY_AT if at >= offset]
        at = text.find("day", at + 1)
    starts.sort()
    return starts


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression and the calendar day it stands for."""

    start: int
    end: int
    date: dt.date
    explicit: bool


# A day written with numbers, day first, after "on" or its weekday ("yesterday Wednesday 15/1",
# "on 1/1"), as regional outlets write it. The match starts at the day. (Not after "of" or
# "since": "the truce, which entered into force at midnight of 12/1", is no attack's day.)
_SLASH_DATE = re.compile(
    r"\b(?P<lead>on|dated|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday),?\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?"
    r"(?![\w/])"
)
_SLASH_RECENT_DAYS = 45  # a day-first reading this recent, and no month-first one, is the day


def _slash_day(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The day of a ``_SLASH_DATE`` match, read day first ("15/1" is 15 January), when that
    reading is sure: the month-first one is no date, or a weekday before it fits only this one,
    or only this one falls within the weeks before publication."""
    year = m["year"]
    if year is not None and len(year) == 2:
        year = "20" + year
    first, second = int(m["day"]), int(m["month"])
    day_first = _with_year(second, first, year, published)
    if day_first is None:
        return None
    month_first = _with_year(first, second, year, published) if first != second else None
    if month_first is None:
        return day_first
    named = _WEEKDAYS.get(m["lead"])
    if named is not None:
        return day_first if day_first.weekday() == named != month_first.weekday() else None
    if published is None:
        return None

    def recent(day: dt.date) -> bool:
        return dt.timedelta(0) <= published - day <= dt.timedelta(days=_SLASH_RECENT_DAYS)

    return day_first if recent(day_first) and not recent(month_first) else None


def _with_year(month: int, day: int, year: str | None, published: dt.date | None) -> dt.date | None:
    try:
        if year:
            return dt.date(int(year), month, day)
        if published is None:
            return None
        candidate = dt.date(published.year, month, day)
        if candidate > published + dt.timedelta(days=1):
            candidate = dt.date(published.year - 1, month, day)
        return candidate
    except ValueError:
        return None


# A day told from the one told before: "On Jan 22 a mortar bomb hit a trolleybus ... Two days
# later separatist rockets slammed into Mariupol".
_LATER = compile_folded(
    r"\b(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)|(?P<hours>hours|minutes))\s+later\b|"
    r"\bthe\s+(?:next|following)\s+(?P<next>day|morning|evening|night)\b|"
    # the day told before, again: "a Syrian aircraft dropped a bomb ... early that morning",
    # "The same day 13 police officers died in Amalfi"
    r"\b(?P<same>that\s+(?:morning|afternoon|evening|night|day)|(?:the|that)\s+same\s+day)\b"
)
_LATER_NEEDS = ("later", "the next", "the following", "that morning", "that afternoon",
                "that evening", "that night", "that day", "same day")
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def days_later(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, days)`` of each day told as so many days after the one told before it
    ("two days later", "the next day", "hours later", "that morning": 2, 1, 0, 0)."""
    low = fold(text)
    if not contains_any(low, _LATER_NEEDS):
        return []
    found = []
    for m in _LATER.finditer(low):
        if m["next"]:
            days = 1
        elif m["hours"] or m["same"]:
            days = 0
        else:
            count = m["count"].lower()
            days = int(count) if count.isdigit() else _COUNT_WORDS[count]
            days *= 7 if m["unit"].startswith("week") else 1
        found.append((m.start(), m.end(), days))
    return found


_OVERNIGHT_DAY_REACH = 60  # characters between "overnight" and the weekday that names the night
# (not the day a speaker spoke: "killed 74 people overnight, the ministry said on Friday")
_SAID_ON_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|added|confirmed)\s+(?:\w+\s+)?(?:on\s+)?$"
)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text`` that resolves to a day, in reading order."""
    raw, text = text, fold(text)
    if cyrillic.is_cyrillic(text):
        return _cyrillic_dates(text, published)
    # Every explicit date holds a digit; an ISO one a "-", the others a month name.
    if text.isascii():
        digits = contains_any(text, _ASCII_DIGITS)
    else:
        digits = _ANY_DIGIT.search(text) is not None
    words = published is not None and contains_any(text, _DAY_WORDS)
    feasts = published is not None and contains_any(text, _FEAST_NEEDS)
    if not digits and not words and not feasts:
        return []  # (most sentences: a few substring tests rule them out)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], day: dt.date | None, explicit: bool, group: int | str = 0) -> None:
        start, end = m.start(group), m.end()
        if day is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(DateMention(start, end, day, explicit))

    if digits:
        blog = _BLOG_ENTRY.match(text) if published is not None else None
        # a live blog's entry: "Sun 18:45 — Gunmen have opened fire ..."
        if blog is not None and published is not None:
            back = (published.weekday() - _WEEKDAYS[_DAY_ABBREVIATIONS[blog["day"]]]) % 7
            add(blog, published - dt.timedelta(days=back), False)
        for m in _ISO.finditer(text) if "-0" in text or "-1" in text else ():  # (its month)
            add(m, _with_year(int(m["month"]), int(m["day"]), m["year"], published), True)
        for m in _SLASH_DATE.finditer(text) if "/" in text else ():
            add(m, _slash_day(m, published), True, "day")
        months = literal_positions(text, _MONTH_NEEDS) if contains_any(text, _MONTH_NEEDS) else []
        # _MONTH_DAY opens with a month name (``re`` would try it at each of its letters);
        # _DAY_MONTH has one with a day and whitespace before it (``_day_before``).
        day_month = _DAY_MONTH.finditer(text) if _day_before(text, months) else ()
        for m in (*matches_at(_MONTH_DAY, text, months), *day_month):
            month = _MONTHS[m["month"].lower()[:3]]
            if month == 5 and raw[m.start("month")] == "m":
                continue  # the verb, not the month: "up to 18 may be under rubble"
            day = m["day"]
            until = m.groupdict().get("until")  # (only _MONTH_DAY has the group)
            if until and _NIGHT_OF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                day = until
            add(m, _with_year(month, int(day), m["year"], published), True)
    if words and published is not None:
        for m in matches_at(_WEEKDAY, text, _weekday_starts(text)):
            word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            before = word.group(1).lower() if word else ""
            possessive = _POSSESSIVE.match(text, m.end()) is not None
            if (before in _SKIP_BEFORE and not possessive) or m["plural"]:
                continue
            feast = _FROM_EASTER.get((before, m["weekday"].lower()))
            if feast is not None:
                add(m, _feast_from_easter(feast, published), True)
                continue
            back = (published.weekday() - _WEEKDAYS[m["weekday"].lower()]) % 7
            if before == "last" and back == 0:
                back = 7
            add(m, published - dt.timedelta(days=back), False)
        relative = contains_any(text, _RELATIVE_NEEDS)
        keys = literal_positions(text, _RELATIVE_NAMES) if relative else []
        for m in matches_at(_RELATIVE_RE, text, keys):
            if m.group(0) == "overnight" and (
                _INTO_DAY.match(text, m.end())
                # "Thursday's overnight attack", "Russia's overnight attack on Kyiv on
                # Thursday": the weekday beside it says which night
                or any(
                    not d.explicit
                    and abs(d.start - m.start()) <= _OVERNIGHT_DAY_REACH
                    and _SAID_ON_BEFORE.search(text, max(0, d.start - 30), d.start) is None
                    for d in found
                )
            ):
                continue  # "overnight into Thursday": the weekday says which night
            if m.group(0).lower() == "early hours" and _OF_DAY.match(text, m.end()):
                continue  # "in the early hours of Wednesday": the day named says which
            add(m, published + dt.timedelta(days=_RELATIVE[m.group(0).lower()]), False)
    for m in _FEAST.finditer(text) if feasts else ():
        name = " ".join(m.group(0).lower().replace("’", "'").split())
        add(m, _with_year(*_FEASTS[name], None, published), True)
    found.sort(key=lambda d: d.start)
    if found and contains_any(text, _EVE_NEEDS):
        for m in _EVE.finditer(text):
            before = [d for d in found if d.end <= m.start()]
            if before:
                add(m, before[-1].date - dt.timedelta(days=1), False)
        found.sort(key=lambda d: d.start)
    if len(found) > 1:
        # a weekday with its date after it is that date: "on Sunday 6 October", told 8 days on
        # (not the Sunday before publication)
        found = [
            d
            for d, after in zip(found, [*found[1:], None], strict=True)
            if d.explicit
            or after is None
            or not after.explicit
            or not _WEEKDAY_BEFORE_DATE.fullmatch(text, d.end, after.start)
        ]
    return found


# What lies between a weekday and its date: "Sunday 6 October", "Sunday, October 6", "Sunday
# (October 6)".
_WEEKDAY_BEFORE_DATE = re.compile(r",?\s*\(?")


def _cyrillic_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """``find_dates`` for Ukrainian and Russian (``cyrillic.find_dates``), resolved as in
    English: a weekday is the last such day on or before publication ("минулого понеділка",
    on that day, the one a week before)."""
    found: list[DateMention] = []
    for start, end, kind, value in sorted(cyrillic.find_dates(text)):
        day: dt.date | None = None
        if kind == "explicit":
            month, mday, year = value
            day = _with_year(month, mday, str(year) if year else None, published)
        elif published is not None and kind == "weekday":
            back = (published.weekday() - value[0]) % 7
            day = published - dt.timedelta(days=back or 7 * value[1])
        elif published is not None:
            day = published + dt.timedelta(days=value[0])
        if day is not None and not any(d.start < end and start < d.end for d in found):
            found.append(DateMention(start, end, day, kind == "explicit"))
    return found


def nearest_date(mentions: list[DateMention], position: int) -> DateMention | None:
    """The date expression closest to ``position`` (a trigger), if any."""
    if not mentions:
        return None
    return min(mentions, key=lambda d: min(abs(d.start - position), abs(d.end - position)))


# An attack told as years back: "last year", "two years ago", "in 2022", "the 2022 bombing".
# (A year inside a full date, "Dec 29, 2023", is the date's: ``find_dates`` reads it.)
_YEARS_BACK = compile_folded(
    r"\b(?:last\s+year|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    # ("almost three years after nightclub bombings in Kuta killed 202")
    # ... and "on", as a headline looks back: "Three years on, Ukraine remembers victims of the
    # Mariupol theatre bombing" (not "three years on Sunday since")
    r"\d+)\s+(?:years?|decades?)\s+(?:ago|after|on(?=\s*[,:;—–]|\s+from\b))|a\s+decade\s+ago|"
    r"(?:in|the|of|during)\s+"
    # ("in late November 2023")
    r"(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?P<year>(?:19|20)\d\d)\b|"
    # a time of the war long past, with no date ("after an air strike destroyed their home
    # earlier in the war", "in the first weeks of the invasion")
    r"earlier\s+in\s+the\s+(?:war|conflict|invasion)|(?:at|in)\s+the\s+(?:start|beginning|"
    r"outset|early\s+days|first\s+(?:days|weeks|months))\s+of\s+the\s+(?:war|conflict|invasion)|"
    # a time told from a past one ("said the Balakot air strike earlier that month", in a report
    # months later about February)
    r"(?:earlier|later)\s+that\s+(?:month|year))"
)
_WAR_PAST_NEEDS = (
    "earlier in the", " of the war", " of the conflict", " of the invasion", " that month",
    " that year",
)  # fmt: skip
_YEAR_NEEDS = ("20", "19")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d\b")
# An attack told as months back by its month alone ("last September", "in March", "last
# month"): a report dates its own strike by the day, so a month with no day, unless it is the
# publication's month, is background. "in May" is the month, never the verb ("may").
_MONTH_NAMES_FULL = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_NAMES_FULL, start=1)}
# Weekday and month names: capitalised, but no place ("in May", "on Monday").
CALENDAR_WORDS = frozenset((*_WEEKDAYS, *_MONTH_NAMES_FULL))
_MONTH_ALTERNATION = "|".join(_MONTH_NUMBERS)
_MONTHS_BACK = compile_folded(  # (alternatives open with a literal: ``re`` skips ahead)
    word_start_alternation(
        rf"last\s+month|last\s+(?P<last>{_MONTH_ALTERNATION})|in\s+(?:early\s+|late\s+|mid-?)?"
        rf"(?P<month>{_MONTH_ALTERNATION})|during\s+(?:early\s+|late\s+|mid-?)?"
        rf"(?P<during>{_MONTH_ALTERNATION})"
        # "in the first week of September", published on September 17
        rf"|in\s+the\s+first\s+(?:week|days|few\s+days)\s+of\s+"
        rf"(?P<first>{_MONTH_ALTERNATION})"
    )
    + r"\b(?!\s*\d|\s+(?:this|next)\b)"
)
_MONTHS_BACK_NEEDS = ("last month", *_MONTH_NAMES_FULL)
_MONTH_WORDS = ("month", *_MONTH_NAMES_FULL)
# (then whitespace; or "mid", "mid-")
_BEFORE_MONTH = ("last", "in", "during", "early", "late", "of")
# What cuts a phrase off from an attack word: a clause mark or a relative word ("the building
# that was struck last year" tells when the building was struck, not when the missile hit).
_PAST_CUT = compile_folded(r"[;:.]|\b(?:that|which|who|where|when|while|but|since|after)\b")
_PAST_REACH = 6  # words between the phrase and the attack word or figure
_NO_WORD = re.compile(r"\W+")


def told_as_past(text: str, position: int, published: dt.date | None) -> bool:
    """Whether a phrase putting an attack years or months back governs the attack word or
    figure at ``position`` (within a few words, nothing cutting them apart): such a sentence
    is background ("In May last year, a missile attack on the same street killed eight", "the
    2022 shelling of Chernihiv that killed 14", "a commander killed in an air strike last
    September"), not this report's strike or its toll."""
    return _past(fold(text), [position], published)


def told_as_background(
    text: str, tally_at: int, past_at: list[int], published: dt.date | None
) -> bool:
    """Whether the sentence tallies attacks at ``tally_at`` (``_tally``) or tells of a past
    attack at any of ``past_at`` (``told_as_past``): one fold serves both."""
    low = fold(text)
    return (
        _tally(low, tally_at)
        or _past(low, past_at, published)
        or _since(low, past_at)
        or _recalled(low, past_at, published)
        or ("during the " in low and _during_the_war(low, past_at))
    )


# An attack set in a past war: "whose Haifa plant was shut down after being damaged by a
# missile during the war" (its report is over; not "during the night").
_DURING_THE_WAR = re.compile(r"[^.;:]{0,40}?\bduring\s+the\s+(?:[\w-]+\s+){0,2}?(?:war|conflict)\b")


def _during_the_war(low: str, positions: list[int]) -> bool:
    """Whether the attack at any of ``positions`` is told as one of a war (``_DURING_THE_WAR``)."""
    return any(_DURING_THE_WAR.match(low, at) is not None for at in positions)


# A memory of the attack, the sentence dating it years or months back ("Older residents also
# recalled the fire and chain of explosions at the huge ammunition depot on the town's edge
# in 2017"; not "Residents recalled how the missile hit on Monday").
_RECALLED = compile_folded(r"\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?)\b[^.;:]{0,80}$")
_RECALLED_REACH = 80  # characters before the attack word


def _recalled(low: str, positions: list[int], published: dt.date | None) -> bool:
    """Whether the attack at any of ``positions`` is one the sentence says people remember,
    dated years or months back."""
    if "recall" not in low and "remember" not in low:
        return False
    return any(
        _RECALLED.search(low, max(0, at - _RECALLED_REACH), at) is not None for at in positions
    ) and next(_phrases_back(low, published), None) is not None


def _since(low: str, positions: list[int]) -> bool:
    """Whether the attack at any of ``positions`` is what a state has lasted since: an earlier
    attack, not this report's ("The region has been on edge since an Israeli strike in Beirut
    killed a top Hezbollah commander"), unless the sentence dates it to days ago."""
    if " since " not in low and not low.startswith("since "):
        return False
    if _RECENT_DAY.search(low) is not None:
        return False
    return any(
        _SINCE_ATTACK.search(low, max(0, at - _SINCE_REACH), at) is not None for at in positions
    )


def _past(low: str, positions: list[int], published: dt.date | None) -> bool:
    """``told_as_past`` on the folded sentence, for any of ``positions``."""
    return any(_governs(low, m, at) for m in _phrases_back(low, published) for at in positions)


def _phrases_back(low: str, published: dt.date | None) -> Iterator[re.Match[str]]:
    """The phrases in ``low`` that put what they govern years or months before publication."""
    if _years_back_possible(low):
        for m in _YEARS_BACK.finditer(low):
            year = m.group("year")
            if not year or (published is not None and int(year) < published.year):
                yield m
    months = published is not None and contains_any(low, _MONTHS_BACK_NEEDS)
    if months and published is not None and _months_back_possible(low):
        for m in _MONTHS_BACK.finditer(low):
            month = m.group("month") or m.group("during")
            if month is None and m.group("first"):
                if _MONTH_NUMBERS[m.group("first")] != published.month or published.day > 14:
                    yield m  # (its first week is over a week before the report's day)
            elif month is None or _MONTH_NUMBERS[month] != published.month:
                yield m  # ("in November", published in November, may be days ago)
    if published is not None:
        yield from cyrillic.months_back(low, published.month)  # ("В декабре", "у березні")
        yield from cyrillic.years_back(low, published.year)  # ("весной 2023 года")


_YEARS_BACK_WORDS = ("last", " after ", "year on", "years on")


def _years_back_possible(low: str) -> bool:
    """Whether ``low`` may hold a ``_YEARS_BACK`` match (the scan is dear: it opens with
    ``\\b``): every match holds "ago", or "year" and "last", "after" or "year(s) on", or a year
    number with whitespace before it and a letter before that ("in 2022", "in April 2022"; not
    "April 8, 2022")."""
    if "ago" in low or ("year" in low and contains_any(low, _YEARS_BACK_WORDS)):
        return True
    if contains_any(low, _WAR_PAST_NEEDS):
        return True
    if not contains_any(low, _YEAR_NEEDS):
        return False
    for m in _YEAR_NUMBER.finditer(low):
        head = low[: m.start()]
        kept = head.rstrip()  # (``str`` and ``re`` agree on what is whitespace)
        if len(kept) < len(head) and kept[-1:].isalpha():
            return True
    return False


def _months_back_possible(low: str) -> bool:
    """Whether ``low`` may hold a ``_MONTHS_BACK`` match: every match ends with "month" or a
    month name as a whole word ("mayor" is none), after one of ``_BEFORE_MONTH`` and
    whitespace, or after "mid"."""
    for word in _MONTH_WORDS:
        at = low.find(word)
        while at >= 0:
            after = low[at + len(word) : at + len(word) + 1]
            if not (after.isalnum() or after == "_"):  # (``\b`` after it)
                head = low[:at]
                kept = head.rstrip()
                if head.endswith(("mid", "mid-")) or (
                    len(kept) < len(head) and kept.endswith(_BEFORE_MONTH)
                ):
                    return True
            at = low.find(word, at + 1)
    return False


def _governs(low: str, phrase: re.Match[str], position: int) -> bool:
    """Whether ``phrase`` is within reach of ``position``, nothing cutting them apart. "N years
    after" governs only what comes after it ("hit Kyiv on Tuesday, two years after the city
    was first shelled": Tuesday's attack is not years back)."""
    end, start = phrase.end(), phrase.start()
    if position < end and low.endswith("after", start, end):
        return False
    between = low[end:position] if end <= position else low[position:start]
    then = (_THEN_WHEN.match(low, end) or _THEN_AFTER.match(low, end)) if end <= position else None
    if then is not None:
        between = low[then.end() : position]  # (the time the phrase tells, not a cut)
    words = [w for w in between.split() if not _NO_WORD.fullmatch(w)]  # (nor a dash, a comma)
    # (an anniversary's phrase reaches its whole clause: "where a Russian missile killed 46
    # people, six of them children, a year ago today")
    anniversary = low.startswith(_ANNIVERSARY_AFTER, end) and low.endswith("ago", start, end)
    return (anniversary or len(words) <= _PAST_REACH) and not _PAST_CUT.search(between)


_ANNIVERSARY_AFTER = (" today", " this week", " this month")
# A clause of the time a phrase tells: "last hit in September 2019, when strikes on Abqaiq".
_THEN_WHEN = re.compile(r",?\s+when\b")
# ... or what came before that time: "declared force majeure in 2021, after insurgents overran
# the town of Palma"
_THEN_AFTER = re.compile(r",?\s+(?:shortly\s+|soon\s+)?(?:after|following)\b")


# What a state has lasted since, right before the attack: "has been on edge since an ", or
# a sentence opened so: "Since the June bombings, N'Djamena has banned the full-face veil".
_SINCE_ATTACK = re.compile(
    r"(?:\b(?:has|have|had)\s+(?:been\s+)?[^.;]{0,60}?\b|^)since\s+"
    # (or with no article: "Tension has been building since gunmen killed tourists", "had
    # been held for 14 months since Houthi fighters landed on the ship")
    r"(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?$"
)
_SINCE_REACH = 120  # characters before the attack word
# A day that makes "since" days ago at most ("since Monday's strike").
_RECENT_DAY = re.compile(
    r"\b(?:today|yesterday|overnight|tonight|last\s+night|this\s+morning|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b"
)
# A tally over a period in the perfect ("Kharkiv has been hit by more than 1,000 glide bombs
# this year", "550 children have been killed since 2022"): no single attack.
_PERIOD = compile_folded(  # (alternatives open with a literal: ``re`` skips ahead)
    word_start_alternation(
        r"(?:so\s+far\s+)?this\s+year|since\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
        r"dec)[a-z]*\s+)?(?:19|20)\d\d|since\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
        r"\.?\s+\d{1,2}\b|"
        # ("since 25 June", "since November", "since mid-November")
        r"since\s+(?:(?:early|mid|late)[\s-]*)?(?:\d{1,2}\s+)?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
        r"since\s+(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?"
        r"(?:full-scale\s+)?(?:war|invasion|year|conflict)|since\s+(?:the\s+)?(?:full-scale\s+)?"
        r"invasion|since\s+(?:the\s+)?(?:war|conflict|fighting|clashes|hostilities|invasion)\b"
        r"[^,;.]{0,30}?\s+(?:began|started|"
        r"broke\s+out|erupted)|"
        # "since the coalition campaign began on March 26", "since the operation began"
        r"since\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:campaign|offensive|intervention|siege|"
        r"operation|escalation|assault|fighting)\b"
        r"[^,;.]{0,30}?\s+(?:began|started|was\s+launched)|"
        # "since Israel began its offensive on July 8", "since Russia launched its invasion"
        r"since\s+(?:[\w-]+\s+){1,3}?(?:began|launched|started)\s+(?:its|their|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:campaign|offensive|intervention|operation|invasion|war|assault|"
        r"bombardment)|"
        # "which the RSF has besieged for months with shelling and drone strikes", "forces
        # accused of barrel-bombing and shelling throughout the war"
        r"(?:besieged|shelled|bombed|bombarded|attacked|pounded|struck|hit|targeted|fired)\s+"
        r"(?:[\w-]+\s+){0,6}?for\s+(?:(?:many|several|some|\w+)\s+)?(?:days|weeks|months|years)|"
        r"throughout\s+"
        r"(?:the\s+)?(?:[\w-]+\s+)?(?:war|conflict|siege|fighting|occupation)\b|"
        r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks)|in\s+recent\s+"
        r"(?:months|weeks|years)|"
        # the period from a day told before: "Fighting flared again on May 10. Since then at
        # least 192 people have been killed" (not a toll that rose since the attack)
        r"since\s+then(?![^.;]*\b(?:toll|risen|rose)\b)|"
        # a ceasefire's record: "killed in Israeli attacks since the November 2024 truce",
        # "breaches of the 27 November 2024 ceasefire, in which 251 people have been killed"
        r"since\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|armistice)|"
        r"(?:breaches|violations)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:ceasefire|truce)|"
        # "in three days of fighting in Sheikh Maqsoud"
        r"in\s+(?:two|three|four|five|six|seven|several|\d+)\s+days\s+of\s+(?:fighting|clashes|"
        r"shelling|bombardment|strikes|attacks)"
    )
    + r"\b"
)
_PERFECT = compile_folded(
    r"\b(?:has|have|had)\s+(?:(?:now|already|also)\s+)?"
    # (the period between: "The army has in recent weeks bombed Nyala airport")
    r"(?:in\s+recent\s+(?:days|weeks|months|years)\s+)?(?:been\s+)?\w+(?:ed|en|lt|t)\b"
)
_PERIOD_NEEDS = (
    "year", "since", "past", "last", "recent", "month", "week", "days", "throughout", "breaches",
    "violations",
)  # fmt: skip
# A group's record of attacks, told of it in the perfect: "al Shabaab, which has carried out
# several deadly attacks inside Kenya", "a group that has staged dozens of bombings",
# "Militants have since carried out several bombings against security forces".
_RECORD = compile_folded(
    word_start_alternation(r"(?:(?:which|who|that)\s+)?(?:has|have|had)")
    + r"\s+(?:\w+\s+)?(?:carried\s+out|launched|staged|"
    r"conducted|claimed|mounted|committed)\s+(?:several|many|numerous|dozens\s+of|hundreds\s+of|"
    r"scores\s+of|repeated|frequent|a\s+(?:string|series|spate)\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|bombings|raids)\b"
)
# A war's toll: "the military campaign launched after the Oct. 7 attack had killed more than
# 25,000 Palestinians" (the attack and the figure are no single strike's).
_CAMPAIGN_TOLL = compile_folded(
    word_start_alternation(
        r"campaign|war|offensive|bombardment|invasion|fighting|conflict|violence|clashes"
    )
    + r"\b"
    r"[^,;]{0,120}?\b(?:has|have|had)\s+"
    r"(?:now\s+|so\s+far\s+|already\s+)?killed\s+(?:[\w,]+\s+){0,4}"
)
_CAMPAIGN_NEEDS = (
    "campaign", "war", "offensive", "bombardment", "invasion", "fighting", "conflict",
    "violence", "clashes",
)
_RECORD_NEEDS = (
    "several", "many", "numerous", "dozens", "hundreds", "scores", "repeated", "frequent",
    "string", "series", "spate",
)
# Every _RECORD match holds one of these nouns, one of these verbs (and one of its needs), and
# every _STRETCH_OF_ATTACKS match opens with one of these spans: most sentences hold none, and
# each scan stops at many letters. (The shortest list is tested first: each test is a scan.)
_RECORD_NOUNS = ("attacks", "strikes", "bombings", "raids")
_RECORD_VERBS = (
    "carried", "launched", "staged", "conducted", "claimed", "mounted", "committed",
)  # fmt: skip
_SPANS = (
    "days", "weeks", "months", "years", "campaign", "string", "spate", "summer", "winter",
    "spring", "autumn",
)  # fmt: skip
_CLAUSE_MARK = re.compile(r"[;:—–]|,\s+(?:but|while|and)\b")


# ... or the stretch a figure is told over, after it: "Israeli strikes have killed about 60
# fighters and at least 10 civilians in a month of clashes".
_IN_A_STRETCH = compile_folded(
    r"\b(?:in|over|during)\s+(?:a|one|the\s+(?:past|last|first))\s+(?:week|month|year)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:clashes|fighting|attacks|strikes|shelling|bombardment|war|hostilities|"
    r"exchanges|violence)\b"
)
_IN_A_STRETCH_REACH = 110  # characters after the figure
# A stretch of attacks, not one: "after months of attacks on Crimea".
_STRETCH_OF_ATTACKS = compile_folded(
    # (and a campaign: "the group's campaign of missile and drone attacks on shipping", "a
    # string of rocket attacks on bases hosting U.S. troops")
    # (or a season's: "played down a summer of drone raids that have sporadically damaged
    # buildings")
    word_start_alternation(
        r"days|weeks|months|years|campaign|string|spate|summer|winter|spring|autumn"
    )
    + r"\s+of\s+(?:[\w-]+,?\s+){0,4}?(?:attacks|strikes|shelling|"
    r"bombardment|bombing|raids|drone\s+attacks|missile\s+attacks|fighting|clashes|exchanges|"
    r"hostilities|war|conflict|violence)\b"
)


def _tally(low: str, position: int) -> bool:
    """Whether the clause holding ``position`` (an attack word or figure) of the folded
    sentence tallies attacks over a period in the perfect (``_PERIOD``): its attack and
    figures are no single strike's ("Kharkiv has been hit by more than 1,000 glide bombs
    this year"); or a group's record (``_RECORD``)."""
    stretch = " of " in low and contains_any(low, _SPANS)
    if stretch and _STRETCH_OF_ATTACKS.search(low, max(0, position - 80), position + 40):
        return True
    if " of " in low and _IN_A_STRETCH.search(low, position, position + _IN_A_STRETCH_REACH):
        return True
    record = (
        contains_any(low, _RECORD_NOUNS)
        and contains_any(low, _RECORD_VERBS)
        and contains_any(low, _RECORD_NEEDS)
    )
    if record and _RECORD.search(low, max(0, position - 80), position + 20):
        return True
    # Every ``_CAMPAIGN_TOLL`` match holds "killed", inside the window it is looked for in.
    start, end = max(0, position - 160), position + 100
    if low.find("killed", start, end) >= 0 and contains_any(low, _CAMPAIGN_NEEDS):
        for m in _CAMPAIGN_TOLL.finditer(low, start, end):
            if m.start() <= position < m.end():
                return True
    if not contains_any(low, _PERIOD_NEEDS) or (
        _PERIOD.search(low) is None and _SINCE_WEEKDAY.search(low) is None
    ):
        return False
    start, end = clause_around(low, position, _CLAUSE_MARK)
    # (a relative clause in the perfect after the attack word tells of a noun, not the attack:
    # "Drones struck Port Sudan ..., the Red Sea city that has served as the seat of Sudan's
    # government since the war began")
    relative = _PERFECT_RELATIVE.search(low, position, end)
    if relative is not None:
        end = relative.start()
    if _period_tally(low, start, end):
        return True
    # a toll with no subject of its own after a tally goes on with it: "more than 500
    # Palestinians have been killed since Israel began its offensive on July 8; the toll passed
    # 550 on Monday"
    return (
        start > 0
        and _TOLL_GOES_ON.match(low, start) is not None
        and _period_tally(low, *clause_around(low, start - 1, _CLAUSE_MARK))
    )


_PERFECT_RELATIVE = re.compile(r"\b(?:that|which|who|where)\s+(?:has|have|had)\b")


def _period_tally(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` tallies over a period (``_PERIOD``, or the days since a
    weekday with no toll risen) in the perfect."""
    if _PERFECT.search(low, start, end) is None:
        return False
    periods = (m for m in _PERIOD.finditer(low, start, end) if not _superlative_since(low, m))
    return next(periods, None) is not None or (
        _SINCE_WEEKDAY.search(low, start, end) is not None
        and _TOLL_RISEN.search(low, start, end) is None
    )


def _superlative_since(low: str, period: re.Match[str]) -> bool:
    """Whether a period ("since 2022") only measures a superlative ("one of the deadliest
    nights for the city since 2022"): the attack's rank, not a tally."""
    return period.group().startswith("since") and (
        _SUPERLATIVE_BEFORE.search(low, max(0, period.start() - 60), period.start()) is not None
    )


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|biggest|largest|worst|heaviest|bloodiest|most\s+\w+)\s+(?:[\w'’-]+\s+){0,6}?$"
)


# The days since a weekday: "16 Palestinians have been killed since Friday" (but "the toll has
# risen to 20 since Friday" is the attack's own, risen).
_SINCE_WEEKDAY = compile_folded(
    r"\bsince\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)
_TOLL_RISEN = compile_folded(r"\b(?:toll|risen|rose)\b")


_TOLL_GOES_ON = re.compile(r"\s*(?:and\s+)?the\s+(?:death\s+)?toll\b")


# The day of what followed an attack, told in the lead of a later report: the main clause, up
# to the word that links it to the attack, tells of no attack or casualty ("Investigators
# combed the finish line on Tuesday for pieces of the two bombs that killed three", "declared
# three days of mourning on Monday after gunmen attacked hotels", "laid flowers on Saturday
# outside a church near the market in Magdeburg, where a man drove a car into crowds", "was
# charged on Monday with six counts of murder over a shooting"; not "On 7 January, a drone
# strike on a camp for displaced people").
# (Possessive runs, ``++`` and ``{1,90}+``: what follows each cannot start with a character the
# run takes, so giving one back never leads to a match, and ``re`` is spared trying.)
_AFTERMATH_LINK = compile_folded(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?(?P<gap>(?:\s++[\w'\"“”-]++){0,10}?)\s+"
    # ("vowed on Friday to punish the 'violent terrorists' behind an attack")
    r"(?:after|following|behind|for|"
    # (not a time: "on Friday evening shortly after 7 p.m.", "for about an hour")
    r"over)\s(?!\d|(?:about|around|nearly|almost|some|more|an?\s+hour|hours|minutes|midnight|dawn|"
    r"dusk|noon|sunset|sunrise|nightfall|daybreak)\b)"
    r"|(?P<place>\s+(?:at|outside|near|in|on)\s+[^,.;:]{1,90}+),\s+where\s"
    # "Investigators worked Thursday to learn why a shooter fired", "pulled more bodies on
    # Thursday from the rubble of buildings hit by an air strike", "marched through the town
    # on Thursday to bury 19 people killed when shells hit their homes"
    r"|(?P<then>(?:\s++[\w-]++){0,4}?)\s+(?:to\s+(?:learn|find\s+out|determine|establish|"
    r"understand|identify)\s+(?:why|how|who|what|whether)|to\s+(?:bury|mourn)|from\s+(?:the\s+)?"
    r"(?:rubble|debris|ruins|wreckage)|"
    # "took part on Monday in the funeral of the children martyred in the massacre"
    r"(?:in|at|to)\s+(?:the\s+)?(?:funerals?|burials?|memorial\s+service)\s+(?:of|for))\b"
)
_ATTACK_OR_TOLL = compile_folded(
    r"\b(?:kill|dead|die|death|wound|injur|hurt|shot|shoot|gunfire|struck|strik|hit|attack|"
    r"bomb|shell|explo|blast|fire|raid|missile|rocket|drone|mortar|stab|assault|ambush|"
    r"massacre|casualt|victim|"
    # a building destroyed: "warplanes brought down the al-Soussi tower ... on Saturday"
    r"brought\s+down|flatten|levell?ed|"
    # arms carried by hand, a vehicle driven into people ("threw Molotov cocktails")
    r"molotov|firebomb|flamethrow|knife|knives|machete|gun|drove|ramm|threw|hurl)"
    # (word starts: "die" holds "died", "fire" "fired")
)


# Mourning the dead is aftermath, not a toll: "Pakistan counted its dead on Saturday after";
# so is a later death: "A third child died on Tuesday after a knife attack".
_MOURNED = compile_folded(
    r"\b(?:counted|counting|mourned|mourning|buried|burying)\s+(?:its|their|the)\s+dead\b"
    r"|\b" + NTH_DEATH
)


# The day of the mourning, told by its verb: "Russia mourned on Wednesday the nine people
# shot dead by a former pupil".
# (As the patterns after it, written by ``word_start_alternation``: ``re`` skips to the letters
# they open with instead of trying them at every position of the window.)
_MOURNING_BEFORE = compile_folded(
    word_start_alternation(
        r"\b(?:mourned|mourns|buried|grieved|grieves|paid\s+(?:tribute|their\s+respects)\s+to|"
        r"laid\s+(?:flowers|wreaths))\s+(?:on\s+)?$"
    )
)


# A day of mourning: "Saturday was declared a day of mourning in both cities", "declared
# Sunday a national day of mourning".
_MOURNING_DAY_AFTER = compile_folded(
    r"\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:declared|proclaimed|announced\s+as)\s+|"
    r"will\s+be\s+|as\s+)?(?:an?\s+)?(?:national\s+|official\s+)?day\s+of\s+mourning\b"
)


# The day of a court's ruling, told by its verb: "U.N. judges on Tuesday upheld the life
# sentence", "a court sentenced the cleric to death on Friday".
_RULING_AFTER = compile_folded(
    r"\s+(?:upheld|sentenced|convicted|acquitted|jailed|ruled|found\s+(?:[\w-]+\s+){0,3}?guilty|"
    # (the guilty named at length: "on Monday found Ali Muhammad Ali Abd-Al-Rahman, a former
    # Janjaweed militia leader known as Ali Kushayb, guilty")
    r"found\s+[^.;]{0,100}?\bguilty)\b"
)
_RULING_BEFORE = compile_folded(
    word_start_alternation(
        r"\b(?:upheld|sentenced|convicted|acquitted|jailed|found\s+(?:[\w-]+\s+){0,3}?guilty)\b"
        r"[^.;]{0,60}?\s+$"
    )
)


# The day a search of the ruins ended, told by its verb: "When rescuers in Dnipro called off the
# search of the wrecked apartment block on Naberezhna Peremohy late on Tuesday", "Rescuers
# finished combing the wreckage of a nine-storey block of flats in Uman on Saturday".
_SEARCH_ENDED_BEFORE = compile_folded(
    word_start_alternation(
        r"\b(?:called\s+off|ended|finished|completed|concluded|wrapped\s+up)\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:search|rescue|combing|sifting|clearing|recovery)\b[^.;]{0,90}?\s+$"
    )
)
# ... or the day or night rescuers searched, or recovered bodies: "Rescuers searched overnight
# at the Ternopil blocks hit by Russian Kh-101 missiles on Wednesday".
_SEARCHING_BEFORE = compile_folded(
    word_start_alternation(
        r"\b(?:rescuers|crews|teams|workers|firefighters)\s+(?:(?:searched|dug|combed|worked|toiled)"
        r"\s+(?:[\w-]+\s+){0,4}?|"
        # "after rescuers recovered more bodies from the rubble overnight"
        r"(?:recovered|pulled\s+out|pulled|retrieved|found)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:bodies|survivors|victims|people)\s+(?:(?:from|out\s+of)\s+(?:the\s+)?"
        r"(?:rubble|debris|ruins)\s+)?)$"
    )
)
# (every match of the three holds one of these)
_SEARCH_NEEDS = (
    "search", "rescue", "recovery", "combing", "sifting", "clearing", "rescuers", "crews",
    "teams", "workers", "firefighters",
)  # fmt: skip
# ... told after it: "the search of the rubble ended on Tuesday".
_SEARCH_ENDED_AFTER = compile_folded(
    word_start_alternation(
        r"\b(?:search|rescue|recovery)\s+(?:[\w-]+\s+){0,8}?(?:was\s+|were\s+|had\s+been\s+)?"
        r"(?:ended|called\s+off|completed|concluded|wound\s+up)\s+"
        # ("ended at about 9 p.m. on Sunday")
        r"(?:at\s+(?:about\s+|around\s+)?\d[\d.:]*\s*(?:[ap]\.?m\.?\s+)?)?(?:late\s+|early\s+)?"
        r"(?:on\s+)?$"
    )
)


# What goes on after an attack, told before a day: "were still battling a blaze at the oil
# terminal in Feodosia on Tuesday", "rescuers were still searching the rubble on Friday".
_STILL_AT_IT_BEFORE = compile_folded(
    r"\bstill\s+(?:battling|fighting|tackling|putting\s+out|searching|digging|clearing|picking|"
    r"combing|burning|smouldering|smoldering|hosing|dousing|sweeping|pulling)\b[^.;]{0,100}?\s"
    r"(?:on\s+|late\s+on\s+|early\s+on\s+)?$"
)
# ... or a day told as some days after an attack, in a clause that tells none: "Shop owners
# swept up glass on Thursday and a crater was fenced off, a day after a drone exploded"
_DAYS_AFTER_AFTER = compile_folded(
    r"[^.;]{0,100}?\b(?:a|one|two|three|four|five|\d)\s+days?\s+after\s+(?:an?|the)\s+"
)
_SPAN_AFTER_OPENING = compile_folded(
    r"\s*(?:(?:some|about|nearly|almost|just)\s+)?(?:\d{1,2}|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?)\s+after\b[^,;]*,"
)


def told_as_aftermath(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of a sentence is the day of an attack's aftermath
    (``_AFTERMATH_LINK``, ``_MOURNING_BEFORE``, a ruling), not the attack's: a later sentence
    tells the attack's own day ("The bombs ... exploded ... on Monday")."""
    low = fold(text)
    if _MOURNING_BEFORE.search(low, max(0, start - 40), start):
        return True
    if "still" in low and _STILL_AT_IT_BEFORE.search(low, max(0, start - 120), start):
        return True  # "Firefighters were still battling a blaze at the terminal on Tuesday"
    if (
        "after" in low
        and " day" in low
        and _DAYS_AFTER_AFTER.match(low, end)
        and _ATTACK_OR_TOLL.search(low[:start]) is None
    ):
        return True  # (not the day of an attack told first: "Russian missiles struck Lviv on
        # Wednesday, killing seven, a day after a strike on Poltava")
    if "after" in low[:40]:
        # "Five days after an Iranian ballistic missile hit their campus, researchers were still
        # picking through the ruins on Friday": the day of the clause after the span's
        span = _SPAN_AFTER_OPENING.match(low)
        if (
            span is not None
            and start >= span.end()
            and _ATTACK_OR_TOLL.search(low, span.end()) is None  # (the clause tells no attack)
        ):
            return True
    if "mourning" in low and _MOURNING_DAY_AFTER.match(low, end):
        return True
    if contains_any(low, _SEARCH_NEEDS) and (
        _SEARCH_ENDED_BEFORE.search(low, max(0, start - 130), start)
        or _SEARCH_ENDED_AFTER.search(low, max(0, start - 130), start)
        or _SEARCHING_BEFORE.search(low, max(0, start - 60), start)
    ):
        return True
    if (
        _RULING_AFTER.match(low, end) or _RULING_BEFORE.search(low, max(0, start - 80), start)
    ) and _ATTACK_OR_TOLL.search(low[:start].replace("to death", "")) is None:
        return True  # (the sentence, not the toll: "sentenced the cleric to death on Friday")
    link = _AFTERMATH_LINK.match(low, end)
    if link is None:
        return False
    head = low[:start] + " " + (link["gap"] or link["place"] or link["then"] or "")  # (to the link)
    if "dead" in head or "died" in head:
        head = _MOURNED.sub(" ", head)
    return _ATTACK_OR_TOLL.search(head) is None
