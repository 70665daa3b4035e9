"""Strike extraction: news text in, structured strike events out (pure, no I/O).

One event is one attack on one place on one date (``shared/data/README.md``). The web
page's furniture that a feed copies with a story (links to other stories, photo captions) is
blanked first (``page_clutter``), and in a text that tells an attack a post's emoji too, with
places written in capitals read as names (``shouted_names``); then the text is read sentence
by sentence:

- a sentence that reports an attack (``triggers``) or, in an article that reports one,
  gives casualty figures, is an *event sentence*;
- the places it reports as struck (``struck_places``) open or extend the event for that
  place; another date for the same place opens a separate event, as does a sentence that
  marks a separate attack ("Earlier on Friday, shelling killed eight", "In a separate strike
  the same day, a guided bomb hit a warehouse in Kharkiv");
- an event sentence that names no struck place belongs to the event in focus (the first
  place of the last sentence that named one), else to the place named last before it (or
  the dateline, "KYIV —"); if it is dated to another day than the focus event it tells of
  some other strike and is left out;
- a dateline is where the report was filed, so it stands in only where nothing says the
  attack was elsewhere: not for a settlement the gazetteer cannot place ("in the village
  of Hebbariyeh", "in Kfar Yuval"), strikes on several places ("at several Ukrainian
  cities"), or the dateline's own state striking abroad ("WASHINGTON — The United States
  bombed ..."). A settlement we cannot place takes its sentence, and the placeless ones
  after it, out of every event: a wrong place is worse than none;
- event sentences before any event, with no place, are the article's *preamble*: their
  named weapons apply to every event (a salvo described first, then its impacts), their
  means, attacker and date are defaults; their figures are totals, used only for an article's
  one event when its own sentences give none ("A married couple was killed when the bridge
  was attacked ... near Kerch").

Events at region or country precision are only kept when no finer event exists (a dropped
region's sentences stay as context for the events inside it), and country-level events
are never emitted: "Russia hit Ukraine" or "22 killed across Ukraine" is a total, not a
place an analyst can act on. Strikes dated more than a week before the article's newest
event are background (context for the news) and are not emitted, as are, in an article
about an anniversary, those a year old or more. Each event's fields come
from its own sentences first, then from the preamble: weapons (``weapons.find_weapons``, only
those tied to the attack, not background: ``weapon_ties``), event type
(named weapon, then stated means, then the article's), casualty figures (``counts``),
date (``dates``, the one nearest the attack word, skipping reporting dates), perpetrator
(``actors``), target (``targets``). Evidence is the supporting sentences with offsets into
``text``; ``confidence`` weighs what the text stated of the event.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate, pairwise
from operator import attrgetter

from newswatch.contracts import DatePrecision, EventType, Evidence, Strike
from processors import cyrillic
from processors.actors import (
    ACTOR_COUNTRIES,
    NATIONAL_ARMIES,
    find_attacker,
    find_blamed,
    is_unattributed,
    national_army,
    normalise_actor,
)
from processors.casefold import (
    CaseBlind,
    compile_folded,
    contains_any,
    fold,
    matches_at,
    pad,
    word_start_alternation,
)
from processors.confidence import MIN_CONFIDENCE, EventFacts, confidence
from processors.counts import CountMention, find_counts, parse_number, pick_count
from processors.dates import (
    CALENDAR_WORDS,
    DateMention,
    days_later,
    find_dates,
    nearest_date,
    told_as_aftermath,
    told_as_background,
    told_as_past,
)
from processors.gazetteer import Place, distance_km, load_gazetteer, normalise
from processors.page_clutter import blank_page_clutter, blank_pictographs
from processors.places import PlaceMention, find_places
from processors.sentences import Sentence, dateline_end, split_sentences
from processors.shouted_names import read_shouted_names
from processors.struck_places import area_around, locates_off, names_official, struck_places
from processors.targets import (
    TargetMention,
    combatants_hit,
    find_targets,
    named_before,
    pick_from,
    said_hit,
)
from processors.triggers import (
    StrikeCue,
    all_stopped,
    denies_harm,
    downed_some,
    find_strike,
    is_armed_context,
    is_not_a_strike,
    means_type,
    missed,
    other_attack_start,
    refers_back,
    shot_down,
    strike_cues,
    tells_harm,
    tells_interception,
    told_as_habit,
    went_astray,
)
from processors.unlisted_places import unlisted_settlements
from processors.weapon_ties import is_background_weapon, weapon_clause
from processors.weapons import (
    SPECIAL_MUNITION_CATEGORIES,
    WeaponMention,
    find_weapons,
    fired_by,
)

# Several strikes told as one: "in the two strikes", "in three separate strikes on homes in
# central Gaza and Gaza City".
_SEVERAL_STRIKES_TOLD = (
    r"in\s+(?:the\s+)?(?:two|three|four|five|six|several|multiple)\s+(?:separate\s+)?"
    r"(?:strikes|attacks|raids)"
)
_SEVERAL_STRIKES = re.compile(rf"\b{_SEVERAL_STRIKES_TOLD}\b", re.IGNORECASE)
# "a massive combined attack on all regions": a country's whole night (``_AGGREGATE``,
# ``_NATIONWIDE``).
_ALL_REGIONS = r"(?:on|across|in)\s+all\s+(?:the\s+)?(?:regions|oblasts|provinces)"
# (Written so that ``re`` jumps from word to word: ``word_start_alternation``, the same
# matches as ``\b(?:...)`` since each alternative opens with a lower-case letter.)
_AGGREGATE = re.compile(word_start_alternation(
    r"nationwide|across\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
    # ("put Wednesday's toll across the province at 23 dead")
    r"(?:country|province|region|oblast|governorate|(?!Line\s+of\b)[A-Z]\w+)|"
    r"in\s+total|in\s+all\b|overall|"
    # ("put the number killed across all sites at 26", "a massive attack on all regions")
    r"across\s+all\s+(?:the\s+|\w+\s+)?(?:sites|locations|targets|places|areas|camps)|"
    rf"{_ALL_REGIONS}|"
    # "Taken together, the attack killed 11 people", "all told"
    r"Taken\s+together|taken\s+together|all\s+told|"
    # a hospital's admissions over days: "received 160 wounded and 30 dead in three days"
    r"(?:received|admitted|treated)\s+[^.;]{0,40}?\s+(?:in|over)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:two|three|four|five|six|seven|several|\d+)\s+days|"
    r"altogether|throughout\s+the\s+country|in\s+(?:two|three|four|five|six|seven|eight|several|"
    # ("in five Ukrainian regions")
    r"\d+)\s+(?:[A-Z][\w-]+\s+)?(?:cities|towns|regions|oblasts|provinces|villages)|combined|"
    # ("killed in both strikes", "in the two strikes", "in three separate strikes on homes")
    rf"in\s+both\s+(?:the\s+)?(?:strikes|attacks|raids)|{_SEVERAL_STRIKES_TOLD}"
    # "fired missiles at several Ukrainian cities", "at three Pakistani air bases"
    r"|(?:at|on|against)\s+(?:two|three|four|five|six|several|multiple|many|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:cities|towns|regions|provinces|villages|settlements|(?:air\s+)?bases|airfields|targets|"
    r"sites|facilities|locations)"
    # (not sites of one town: "strikes on several sites around the town of Masyaf")
    r"(?!\s+(?:around|near|outside|in)\s+the\s+(?:town|city|village)\s+of\b)"
    r"|(?:at|on|against)\s+[A-Z]\w+\s+(?:cities|towns|regions|villages)"
    # "it had struck about 1,300 Hezbollah targets"
    r"|(?:struck|hit|targeted|attacked)\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|"
    r"some\s+)?(?:\d[\d,]*|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[\w-]+\s+)?targets",
    folded=False,
) + r"\b")
# A country's whole night or day, whose systems are no one event's.
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|across\s+(?:the\s+)?country|throughout\s+the\s+country|"
    rf"{_ALL_REGIONS})\b",
    re.IGNORECASE,
)
# A campaign's targets counted (ten or more): "its jets had hit about 75 Hezbollah targets in
# the Bekaa and southern Lebanon overnight".
_COUNTED_TARGETS = re.compile(
    r"\b(?:struck|hit|targeted|attacked|bombed)\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|"
    r"nearly\s+|some\s+|at\s+least\s+)?(?:[1-9]\d[\d,]*|dozens\s+of|hundreds\s+of|scores\s+of)"
    r"\s+(?:[\w-]+\s+)?(?:targets|sites|positions)\b",
    re.IGNORECASE,
)
# A day's attacks counted: "66 attacks over the same period injured two", "Kherson Oblast was
# hit 60 times" (ten or more; not a year: "the 2014 attacks").
_COUNTED_ATTACKS = re.compile(
    r"(?<![\d,])(?!(?:19|20)\d\d\b)[1-9]\d[\d,]*\s+(?:[\w-]+\s+)?(?:attacks|strikes|shellings|"
    r"times)\b"
)
# ("In a separate statement, the ministry said ..." tells no other attack: the noun must.)
_ATTACK_NOUN = r"(?:[\w-]+\s+)?(?:strike|attack|raid|incident|bombing|shelling)\b"
# Each mark of another attack is two patterns: what opens the sentence (``match``), and
# what may come anywhere, from a word start (``word_start_alternation``, run case-blind:
# ``re`` skips ahead to the letters it opens with, where one ``^...|\b...`` pattern was tried
# at every position of the sentence). ``_marked`` tells whether either matches.
_SEPARATE_OPENING = re.compile(
    r"(?:Earlier|Later|Separately|Hours\s+(?:earlier|later)|Shortly\s+after(?:wards?|\s+that)|"
    r"(?:Minutes|Moments)\s+later)\b|"
    rf"In\s+(?:a\s+separate|another)\s+{_ATTACK_NOUN}",
    re.IGNORECASE,
)
_SEPARATE = CaseBlind(
    word_start_alternation(r"a\s+separate|another|second")
    + r"(?:,\s+separate)?\s+(?:strike|attack|raid|air\s+strike|drone\s+attack)\b"
)
_SEPARATE_ATTACK = re.compile(rf"\ba\s+separate\s+{_ATTACK_NOUN}", re.IGNORECASE)
# Literals one of which every match of _AGGREGATE (as written) / _SEPARATE (case-folded)
# holds: a substring test skips the regex scan for most sentences.
# What opens the clause of the attack itself, after a total told of something else.
_CUT_FROM_FIGURE = re.compile(
    # ... or said of the attack in an aside, closed before its toll: "Russia's overnight
    # assault on Kyiv, part of a wave of 440 drones and 32 missiles launched across Ukraine,
    # has killed 28 people in the capital"
    r"\b(?:after|following|when|as)\b|,\s+(?:has|have|had)\s"
    # ... or the reach of a mourning, not of the toll: "Flags flew at half-mast across Kyiv on
    # Friday, a day of mourning for the 31 people killed"
    r"|\bmourning\s+for\b"
)
# ... and after it, a clause of its own: "in which 31 people were killed, as police stepped up
# patrols across the Xinjiang region"
_CUT_AFTER_FIGURE = re.compile(r",\s+(?:as|while|and\s+as)\b|;")
_AGGREGATE_NEEDS = (
    "nationwide", "across", "total", "all", "altogether", "throughout", "cities", "towns", "days",
    "together",
    "regions", "oblasts", "provinces", "villages", "combined", "strikes", "attacks", "raids",
    "settlements", "bases", "airfields", "targets", "sites", "facilities", "locations",
)  # fmt: skip
_REGIONS_IN_A_TOTAL = 4  # regions hit, named together, that make a sentence a round-up's total
# One attack, told by its means or kind ("a missile and drone attack", "An Israeli strike").
# ("A U.S. drone strike": a filler word may hold dots)
_SINGLE_ATTACK = re.compile(
    r"\b(?:an?|one)\s+(?:[\w.-]+\s+){0,4}?(?:strike|airstrike|attack|bombing|bomber|blast|"
    r"explosion|missile|drone|rocket|shell|raid|bomb|shooting|gunman|gunmen|shooter|stabbing)\b",
    re.IGNORECASE,
)
_SEPARATE_NEEDS = ("earlier", "later", "separate", "another", "second", "shortly")
# Attacks told by their number ("The first strike, in the morning, hit ... The second, around
# midday, hit ..."): each after the first is another attack (not "the second missile", one
# of a salvo).
_ORDINAL_OPENING = re.compile(
    r"^The\s+(?:second|third|fourth|fifth|last|final)\b(?!\s+(?:missile|rocket|shell|drone|bomb))"
)
_FIRST_OPENING = re.compile(r"^The\s+first\s+(?:strike|attack|raid|bombing)\b")
# A time of day an attack is told at ("at about 11 a.m.", "Around midday", "shortly after
# 2:30 p.m.", "on Wednesday morning"; not "by 4 a.m." or "until", which end a stretch of
# time), and how far apart two clock times must be to tell two attacks (sirens at 3 a.m. and
# a blast at 3:20 are one).
_CLOCK = compile_folded(
    r"\b(?:(?:at|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))\s+"
    r"(?:about\s+|around\s+)?(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*"
    r"(?P<half>[ap])\.m\.|noon\b|midday\b|"
    # ... on a 24-hour clock: "At around 19:10 the same evening" (not a live blog entry's
    # own time, "08:50 Gaza's health ministry says")
    r"(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b)"
    # "on Wednesday morning", "In the afternoon", "that evening", "the same evening"
    r"|(?:on\s+\w+day|in\s+the|that|this|the\s+same)\s+(?P<part>morning|afternoon|evening)\b)"
)
# (first and last minute of the day each part may be: "on Monday morning" may be 4 a.m.)
_PARTS_OF_DAY = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 18 * 60),
                 "evening": (17 * 60, 24 * 60)}  # fmt: skip
# (every _CLOCK match holds one: most sentences are ruled out without a regex scan)
_TIME_OF_DAY_NEEDS = ("a.m.", "p.m.", "noon", "midday", "morning", "afternoon", "evening", ":")
_CLOCK_APART_MINUTES = 60
_ON_BEFORE = re.compile(r"\b(?:on|against|at|into)\s+(?:the\s+)?$")
_IN_THE_CITY = re.compile(r"\bin\s+the\s+(?:city|town)\b(?!\s+of\b)")
# ... or a site of its own: "on the city's No. 12 art school".
_THE_CITYS = re.compile(
    r"\b(?:in|on|at|hit)\s+the\s+(?:city|town)(?:['’]s\b|\b(?!\s+of\b))"
    # ... in Ukrainian or Russian: "по центру міста прилетіли ще дві ракети", "удар по місту"
    r"|(?<!\w)(?:по|у|в|на)\s+(?:центр[уі]?\s+)?(?:міст[уоі]|город[ау]?)(?!\w)"
)
# Another of the same kind, after one told: "a second Russian missile struck the police".
_ANOTHER_ONE = re.compile(
    r"\b(?:a\s+second|a\s+third|another|a\s+fresh|a\s+new)\s+(?:[\w-]+\s+){0,2}?(?:missile|strike|"
    r"attack|air\s+strike|airstrike|raid|rocket|drone|bomb|shell)s?\b"
    # "ще дві ракети", "новий ракетний удар", "снова атаковали"
    r"|(?<!\w)(?:нов\w*|ще|знову|снова|ещё|еще)\s+(?:[\w'’-]+\s+){0,2}?(?:удар\w*|ракет\w*|атак\w*|"
    r"обстр\w*)",
    re.IGNORECASE,
)
# A sentence that names the place again says outright that it tells another attack ("In a
# separate strike the same day, a guided bomb hit a warehouse in Kharkiv"; "Elsewhere in Gaza
# City, a strike on a family home killed 26"). Not "Later, ...",
# which as often brings news of the same attack ("Later, the toll in Kharkiv rose to five"),
# nor "the second missile", one of a salvo already told.
_ANOTHER_ATTACK_OPENING = re.compile(
    r"(?:Separately|Elsewhere\s+in|Shortly\s+after(?:wards?|\s+that)|(?:Minutes|Moments)\s+later)\b",
    re.IGNORECASE,
)
_ANOTHER_ATTACK = CaseBlind(
    # ("in what officials described as a second, separate attack")
    word_start_alternation(r"a\s+separate|another|a\s+second")
    + rf"(?:,\s+separate)?\s+{_ATTACK_NOUN}"
)
_ANOTHER_ATTACK_NEEDS = ("separate", "another", "second", "elsewhere", "shortly", "later")
# The day a toll was updated, not the day of the attack ("the death toll rose to 14 on Sunday").
_UPDATE_DATE = CaseBlind(
    r"\b(?:(?:rose|risen|climbed|increased|grew|jumped|reached)\s+to|"
    # "The ministry had given a figure of 359 dead on Wednesday"
    r"(?:gave|given|giving|put|puts|putting)\s+(?:a|the|its)\s+(?:death\s+)?(?:figure|toll|"
    r"count)\s+(?:of|at))\s+(?:at\s+least\s+|about\s+|more\s+than\s+)?[\w,]+"
    r"(?:\s+(?:people|dead|deaths))?\s+(?:on\s+|by\s+)?$"
    # "lowered the death toll from Friday's bombing ... to 76 on Monday"
    r"|\bto\s+(?:about\s+|at\s+least\s+|more\s+than\s+)?\d[\d,]*(?:\s+(?:people|dead|deaths))?\s+"
    r"(?:on|by)\s+$",
)
# The day a campaign, not the attack, began: "the longest-range strike since its campaign
# began on Friday".
_CAMPAIGN_BEGAN = CaseBlind(
    r"\b(?:campaign|offensive|operation|war|invasion|ceasefire|truce)\s+(?:had\s+)?(?:began|begun|"
    r"started|opened|took\s+effect)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$"
)
_CAMPAIGN_BEGAN_NEEDS = ("began", "begun", "started", "opened", "effect")  # one in each match
_REPORTING_REACH = 40  # characters before a day that may tell who said what on it
_REPORTING_DATE = CaseBlind(
    r"\b(?:said|says|reported|announced|told|released|published|confirmed|added|stated|wrote|"
    r"posted|concluded|as\s+of|"
    # the claim's day: "Islamic State claimed responsibility on Saturday for a suicide attack"
    r"claimed(?:\s+responsibility|\s+(?:the|both)\s+attacks?)?)"
    # "said in a statement on Saturday"
    r"(?:\s+(?:in|during)\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:statement|"
    r"post|interview|briefing|report|message|video))?\s+(?:late\s+|early\s+)?"
    r"(?:on\s+|in\s+)?"
    # "regional authorities said on the morning of Dec. 4", "reported early on Friday, Feb. 23"
    r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?$"
    # whom someone accused on the day: "South Sudan accused Sudan's air force on Friday of"
    r"|\b(?:accused|blamed)\s+(?:[\w'’-]+\s+){1,4}?on\s+$"
    # Ukrainian and Russian: "повідомив у понеділок", "сообщил в понедельник"
    r"|(?<!\w)(?:повідоми\w*|заяви\w*|сказа\w*|написа\w*|розповіл?\w*|сообщи\w*|"
    r"рассказа\w*|уточни\w*)\s+(?:(?:у|в|во)\s+)?$",
)
# Literals one of which every match of _REPORTING_DATE (in an ASCII text, so none of its
# Ukrainian and Russian verbs) / _UPDATE_DATE holds, lower-cased (``_ends_before``).
_TIMESTAMP_AFTER = re.compile(
    r",?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:GMT|UTC|[+-]\d\d:?\d\d))?\s*[|—–]"
)
# The time figures are given as of, in Ukrainian or Russian: "Станом на ранок четверга", "по
# состоянию на 17:00 среды".
_AS_OF_CYRILLIC = re.compile(
    r"(?:[Сс]таном|[Пп]о\s+состоянию)\s+на\s+(?:ранок\s+|ранку\s+|вечір\s+|утро\s+|вечер\s+)?"
    # (or a clock time: "по состоянию на 17:00 среды")
    r"(?:\d{1,2}[:.]\d\d\s+)?$"
)
_REPORTING_NEEDS = (
    "said", "says", "reported", "announced", "told", "released", "published", "confirmed",
    "added", "stated", "wrote", "posted", "concluded", "as", "claimed", "accused", "blamed",
)  # fmt: skip
_UPDATE_NEEDS = ("to", "gave", "given", "giving", "put")
_MAX_EVIDENCE = 3
_LEAD_SHARE = 0.1  # an event told in a text's first tenth is in its lead (``confidence``)
_START = attrgetter("start")  # (a sort key that runs no Python code)
_END = attrgetter("end")
_DIED_BEFORE = re.compile(r"\b(?:died|succumbed)\s+(?:later\s+)?(?:on\s+)?$")
_OF_WOUNDS_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:of|from|to)\s+(?:his\s+|her\s+|their\s+)?(?:wounds|injuries)\b"
)
_BLAMED = re.compile(
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|(?:main|prime|chief|principal|leading)\s+"
    r"suspects?|"  # "No group claimed responsibility, but Boko Haram is the main suspect"
    # "No group claimed the bombing, which bore the hallmarks of Boko Haram", "... but officials
    # suspect Boko Haram"
    r"hallmarks?\s+of|suspects?(?=\s+(?:the\s+)?[A-Z]))\b",
    re.IGNORECASE,
)
_BLAMED_NEEDS = ("blam", "accu", "suspect", "hallmark")  # one is in every match
_CLAIMED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility|(?:the|both|all)\s+(?:\w+\s+)?attacks?|it)\b",
    re.IGNORECASE,
)
# What tells that bombs came from the air (``_ground_bombing``).
_AERIAL = re.compile(
    r"\b(?:air[\s-]?strikes?|air\s+raids?|aerial|warplanes?|war\s+planes|jets?|aircraft|"
    r"helicopters?|gunships?|planes?|air\s+force|sorties?|glide|guided\s+bombs?|"
    r"barrel\s+bombs?|KABs?|dropp(?:ed|ing))\b|авіа|авиа",
    re.IGNORECASE,
)
# Aircraft that carry the wounded are no sign of bombing from the air: "army helicopters flew
# the most badly hurt to Peshawar", "airlifted to hospital by helicopter".
_EVACUATING = re.compile(r"\s+(?:flew|flown|airlifted|evacuated|ferried|carried|took)\b")
_EVACUATED_BY = re.compile(
    r"\b(?:flown|airlifted|evacuated|ferried|taken)\b[^.;]*\bby\s+(?:an?\s+|army\s+|military\s+)?$"
)
_EVACUATED_REACH = 60  # characters between "flown" and "by" before the aircraft's name
# Attackers that fly: states, armies at war at home, and NATO ("NATO bombs hit houses in
# Surdulica" were dropped), so their "bombing" is from the air.
_AIR_POWERS = frozenset({*ACTOR_COUNTRIES, *NATIONAL_ARMIES.values(), "NATO"})
_TOLL_KINDS = frozenset(("killed", "wounded"))
# Where a clause ends inside a sentence: the clause that leads into a place names its attacker
# ("Israeli warplanes struck Hodeidah, a day after a Houthi drone killed a man in Tel Aviv").
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s*")
_BACKGROUND_DAYS = 7
_SAME_CITY_KM = 15  # a district this near a city named in a headline is that city's
_SENTENCE_ENDS = (".", "!", "?", '"', "”")
_OPENING_DATE_CHARS = 30  # how far into a sentence a date still opens it ("In August this year,")
_RECENT = dt.timedelta(days=_BACKGROUND_DAYS)
# A sentence that sets the attack told before in its context: "The attack came a day after a
# missile strike on Vinnytsia killed 23", "It also followed a coalition air strike near Deir
# al-Zor", "The strike came as the U.N. tried to shore up a truce in Hodeidah". What it names
# is another day's attack, or no place hit. ("The attack came at 3 a.m., when ..." tells of
# it, and "The shelling came hours after two bombs exploded in Damascus" of one that day.)
_SETS_CONTEXT = re.compile(
    r"(?:the|this|that|its|their|it|they)\b(?:\s+[\w-]+){0,3}?\s+(?:also\s+)?"
    r"(?:(?:came|comes|coming)\s+(?:just\s+|only\s+|shortly\s+|barely\s+|exactly\s+|"
    r"nearly\s+|almost\s+|about\s+|less\s+than\s+|more\s+than\s+)?(?:[\w-]+\s+"
    r"(?:hours?|days?|weeks?|months?)\s+)?(?:after|as|amid|while|since|following|before|"
    r"ahead\s+of|days?|hours?|weeks?|a\s+(?:day|week|month))\b"
    r"|(?:has\s+|have\s+|had\s+)?(?:followed|follows|follow|escalated|intensified)\b)",
    re.IGNORECASE,
)
# The letters a match opens with, as IGNORECASE reads them ("the", "its"; "İ" and "ı" are i's).
_SETS_CONTEXT_FIRST = frozenset("tTiI\u0130\u0131")
# "The attack on the Medina hotel ... began on Friday evening", "The raid began late on Thursday"
_BEGAN = re.compile(
    r"\b(?:attack|siege|assault|raid|fighting|battle|offensive|bombardment)\b[^.;]{0,80}?\b"
    r"(?:began|started|erupted)\s+(?P<day>(?:late\s+|early\s+)?on\s+\w+)",
    re.IGNORECASE,
)
# ... and the attackers' own day, when a report of the aftermath leads ("Pakistan buried the
# victims of a suicide bombing at a Lahore park on Monday ... The bomber blew himself up on
# Sunday evening near the children's swings")
_ATTACKERS_DAY = re.compile(
    r"\bThe\s+(?:suicide\s+)?(?:bombers?|attackers?|gunm[ae]n|assailants?)\s+(?:[^.;]{0,80}?\s)?"
    r"(?:blew|opened|stormed|struck|attacked|detonated|fired|shot|killed|set\s+off)\b[^.;]{0,60}?"
    r"\s(?P<day>(?:late\s+|early\s+)?on\s+\w+)"
)
_BEGAN_NEEDS = ("began", "started", "erupted", "The bomber", "The attacker", "The gunm",
                "The assailant", "The suicide")  # fmt: skip
_OVERNIGHT_DAYS = 2  # an attack that went on for longer began before the one reported
_LAST_PERIOD = re.compile(
    r"\b(?:last|earlier\s+this|this)\s+(?P<unit>week|month)\b", re.IGNORECASE
)
# A span since the attack: "Ten days after American air strikes flattened much of Granai".
_SPAN_SINCE = re.compile(
    r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?)\s+(?:after|ago|since)\b",
    re.IGNORECASE,
)
_SPAN_SLACK_DAYS = 2  # "ten days after" a report may count from the night before
_SAME_DAY = re.compile(r"\b(?:hours?|minutes?|shortly)\b", re.IGNORECASE)
# An anniversary marked ...
_COMMEMORATION_WORDS = (
    r"\banniversar(?:y|ies)\b|\bcommemorat|\bremembrance\b|\byears\s+since\b|"
    # "to mark a year since the deadliest air attack of Myanmar's civil war"
    r"\bmark(?:s|ed|ing)?\s+(?:a|one)\s+year\s+since\b"
)
_COMMEMORATION = re.compile(_COMMEMORATION_WORDS, re.IGNORECASE)
_COMMEMORATION_NEEDS = ("anniversar", "commemorat", "remembrance", "since")  # one in each match
_ANNIVERSARY = re.compile(
    _COMMEMORATION_WORDS + r"|\bmemorial\s+(?:service|ceremony|ceremonies)\b|"
    # ... or a court case over the attack: "a U.N.-backed tribunal convicted ... over the 2005
    # bombing that killed Hariri"
    r"\bverdicts?\b|\btribunal\b|\bconvicted\b|\bacquitted\b|\bsentenced\b|\bextradit\w*|"
    r"\bindicted\b|\bprosecutors?\b|"
    # ("The International Criminal Court said it had issued arrest warrants for Shoigu")
    r"\barrest\s+warrants?\b|"
    # ... or a day of mourning told so: "People brought flowers ... to the block where a
    # missile killed 46 people a year ago today", "A year on, sirens still sound"
    r"\byears?\s+ago\s+(?:today|this\s+week)\b|\b(?:a|one)\s+year\s+on\b|"
    r"\b(?:laid|brought|placed|left)\s+flowers\b|"
    # ... or in Ukrainian or Russian ("У річницю трагедії", "годовщина удара")
    r"річниц|роковин|годовщин",
    re.IGNORECASE,
)
_ANNIVERSARY_NEEDS = (  # one is in every match (``_may_match``)
    *_COMMEMORATION_NEEDS, "memorial", "verdict", "tribunal", "convicted", "acquitted",
    "sentenced", "extradit", "indicted", "prosecutor", "warrant", "річниц", "роковин", "годовщин",
    "ago today", "ago this", "year on", "flowers",
)  # fmt: skip
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ANNIVERSARY_DAYS = 360  # (a first anniversary falls 365 or 366 days on: both are over this)
# A lead that reports a court's ruling: "A Belgian jury on Tuesday found six men guilty".
_COURT_LEAD = re.compile(
    # (a headline's present tense too: "Finnish court jails Russian militant for life")
    r"\b(?:court|judges?|jury|tribunal|appeals\s+chamber)\b[^.;]{0,80}?\b(?:sentenced|sentences|"
    r"convicted|convicts|jailed|jails|imprisoned|imprisons|upholds|acquits|"
    # (the guilty may be named at length: "found Ali Muhammad Ali Abd-Al-Rahman, a former
    # Janjaweed militia leader known as Ali Kushayb, guilty")
    r"acquitted|upheld|found\s+[^.;]{0,100}?\bguilty|ruled)\b"
    # ... or a trial opened: "Syria opened its first public trial over the sectarian bloodshed"
    r"|\b(?:opened|opens|began|begins|started|starts)\s+(?:its\s+|the\s+|a\s+)?(?:first\s+)?"
    r"(?:public\s+|war\s+crimes\s+)?trial\b|\bwent\s+on\s+trial\b",
    re.IGNORECASE,
)
_COURT_NEEDS = ("court", "judge", "jury", "tribunal", "appeals", "trial")  # one is in every match
# An attack sentence that says where it hit by a settlement we cannot place ("A second missile
# hit the village of Samarivka", "bombed Vaibuk village"): it tells of another place, so its
# figures are not the event in focus's.
_SETTLEMENT_HIT = re.compile(
    r"\b(?:in|on|at|into|near|outside|hit|struck|targeted|shelled|bombed|attacked|raided|"
    r"stormed|overran)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:village|town|settlement|hamlet|camp)\s+of\s+"
    r"(?P<name>(?:[ae]l-)?[A-Z][\w'’-]+)"  # (with a lower-case article: "al-Sawana")
    r"|\b(?:hit|struck|targeted|shelled|bombed|attacked)\s+(?P<before>(?:[ae]l-)?[A-Z][\w'’-]+)\s+"
    r"(?:village|camp)\b"
    # an island: "found the bodies of two civilians on Yeonpyeong island"
    r"|\b(?:on|hit|struck|targeted|shelled|bombed|attacked)\s+(?P<island>[A-Z][\w'’-]+)\s+"
    r"[Ii]sland\b"
    # "killed 21 civilians in Tinzaouaten, a town near the Algerian border"
    r"|\b(?:in|on|at|hit|struck|targeted|shelled|bombed|attacked)\s+"
    r"(?P<appos>(?:[ae]l-)?[A-Z][\w'’-]+)"
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|settlement|hamlet|camp)\b"
    # unnamed: "killed two men in a Polish village near the Ukrainian border", "In another
    # hromada of the Sumy district, a man was wounded by a drone"
    r"|\b(?P<unnamed>[Ii]n|on|at|hit|struck)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:village|hamlet|hromada)\b(?!\s+of\s+[A-Z])"
)
# A name the gazetteer does not know, where the attack was ("an anti-tank missile hit their
# home in Kfar Yuval"): not the dateline's place. (A city's districts, streets and sites
# after the name, and calendar words, are no other place.)
_SITE_WORDS = (
    r"district|neighbou?rhood|area|quarter|street|avenue|road|square|park|hospital|school|"
    r"mosque|church|market|mall|station|port|airport|base|plant|centre|center|time|hours?"
)
_UNKNOWN_IN = re.compile(
    r"\b(?:in|at)\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\b(?!['’]s\b|(?:\s+[\w'’-]+){0,2}?"
    rf"\s+(?:{_SITE_WORDS})\b)"
)
# A military site or camp named for what we do not know ("a missile attack on al-Anad air
# base", "jets bombed Camp Victoria"): bases and camps lie outside the dateline's city.
_UNKNOWN_SITE = re.compile(
    r"\b(?:in|at|on|hit|struck|bombed|shelled|targeted|attacked)\s+(?:the\s+)?(?P<name>"
    r"Camp\s+[A-Z][\w'’-]+|(?:[ae]l-)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+"
    r"(?:air\s*base|airbase|military\s+base|base|airfield|air\s+field|camp))\b"
)
# A sea or river ("sank a cargo ship in the Red Sea", "a tanker in the Gulf of Aden"), or an
# area we do not know ("an army base on the Bohoma peninsula in the Lake Chad region"):
# somewhere that is not the dateline's city.
_UNKNOWN_AREA = re.compile(
    r"\b(?:in|on|over|across|into|at|near|off)\s+the\s+(?P<name>(?:(?:[ae]l-)?[A-Z][\w'’-]+\s+)"
    r"{1,3}(?:Sea|Ocean|Gulf|Straits?|Channel|River|strait|straits|channel)|"
    r"(?:Gulf|Sea|Straits?|Bay)\s+of\s+[A-Z][\w'’-]+|"
    r"(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+(?=\s+(?:area|district|region|province|county|"
    r"peninsula|valley|desert|forest|islands?)\b)"
    # (not a city's district named as an adjective: "the drone attack on the Novobavarskyi
    # district" of the dateline's Kharkiv, "Kyiv's Solomianskyi district")
    r"(?<!skyi)(?<!skyy)(?<!sky)(?<!skiy)(?<!skii)|"
    # a part of the country, or its border: "in the north of the country", "an ambush near
    # the border with Mali"
    r"(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?(?:ern)?"
    r"(?=\s+(?:part\s+)?of\s+the\s+country\b)|border(?=\s+with\b))"
    # ... or one named after the country's: "in northwest Pakistan's Kurram district"
    r"|\bin\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?[A-Z][\w-]+['’]s\s+"
    r"(?P<owned>(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)(?=\s+(?:area|district|region|province|"
    r"county)\b)"
)
_IN_COUNTRY = re.compile(r"\b(?:in|on)\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?$")
_UNPLACED = re.compile(
    r"\b(?:without|not|n't|never)\s+(?:saying|say|specifying|specify|giving|give|"
    r"disclosing|disclose|stating|state|naming|name|identifying|identify)\s+(?:where\b|"
    # "without giving the location", "without naming the places hit"
    r"(?:the\s+|its\s+|their\s+)?(?:exact\s+|precise\s+)?(?:locations?|places?|sites?|"
    r"towns?|villages?|settlements?)\b)"
    # a toll shared by places: "they did not say how many died in each city"
    r"|\b(?:without|not|n't)\s+(?:saying|say|specifying|specify|giving|give)\s+how\s+many\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in\s+each|where)\b"
    # "the government did not give a breakdown by village"
    r"|\b(?:without|not|n't)\s+(?:giving|give|providing|provide|offering|offer)\s+a\s+"
    r"breakdown\b"
)
_UNPLACED_NEEDS = ("without", "not", "n't", "never")  # one is in every match
_UNKNOWN_SITE_NEEDS = ("amp", "ase", "field")  # one is in every match
# The dateline's town, told as such: "along the crowded seafront of this Red Sea diving resort".
_THIS_TOWN = re.compile(
    r"\bthis\s+(?:[\w-]+\s+){0,4}?(?:town|city|resort|village|port|capital)\b", re.IGNORECASE
)
_SITE_WORD = re.compile(rf"\b(?:{_SITE_WORDS})\b", re.IGNORECASE)  # "at Nasser Hospital"
# After a settlement we cannot place, a place we know that says where it is: "near the port
# of Mokha", "a few kilometres from Mandera", "10 km north of Kharkiv".
_NEAR_KNOWN = re.compile(
    r",?\s+(?:(?:about\s+|some\s+)?(?:\d[\d,.]*|a\s+few|several)\s+(?:kilomet(?:re|er)s?|km|miles?)"
    r"\s+(?:\([^)]*\)\s+)?(?:from|(?=north|south|east|west)))?"
    r"\s*(?:near|outside|close\s+to|from|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b"
)
_NEAR_REACH = 40  # characters from "near" to the place it names
_FAR_REACH = 70  # ... when a distance comes first ("about 8 km north of Baquba")
# one is in every match ("sland": "island" and "Island")
_SETTLEMENT_NEEDS = ("village", "town", "settlement", "hamlet", "camp", "sland", "hromada")
# Where a _SETTLEMENT_HIT match can begin: each opens at a word start with one of these words
# (on ``pad(text)``, as ``casefold.compile_word_starts`` patterns run), so ``matches_at``
# tries the pattern there only and finds what its scan of every position finds.
_SETTLEMENT_HIT_STARTS = re.compile(r"[^a-z0-9_]" + word_start_alternation(
    "In|in|on|at|near|outside|hit|struck|targeted|shelled|bombed|attacked|raided|stormed|overran",
    folded=False,
))
# The letters ``re.IGNORECASE`` matches to an ASCII one that ``str.lower`` does not make it:
# dotless "ı" and long "ſ" (and, when ``fold`` falls back to ASCII letters, "İ" and the
# Kelvin sign).
_IGNORECASE_ASCII = (("ı", "i"), ("ſ", "s"), ("İ", "i"), ("\u212a", "k"))


@dataclass(slots=True)
class _Part:
    """A sentence, or the stretch of one, that belongs to an event."""

    sentence: Sentence
    start: int
    end: int
    cue: StrikeCue | None
    tied: bool
    national: bool = False
    shared: bool = False  # its figures are the total of places named together (``StruckPlace``)


@dataclass(slots=True)
class _Draft:
    place: Place
    date: DateMention | None
    parts: list[_Part] = field(default_factory=list)
    context: list[_Part] = field(default_factory=list)
    # placed at a capital only by a bearing off it ("a house north-east of Baghdad"): a nearer
    # town told later places it better
    off_capital: bool = False

    @property
    def precision(self) -> str:
        return self.place.precision

    @property
    def key(self) -> object:
        return self.place.geonameid or self.place.name


@dataclass
class _Article:
    text: str
    published: dt.date | None
    weapons: list  # sorted by start
    weapon_starts: list[int]
    dateline_end: int
    cues: list[StrikeCue | None]  # by sentence
    sentences: list[Sentence]
    title: str | None = None
    preamble: list[_Part] = field(default_factory=list)
    # event sentences about a settlement we could not place, and those that follow them, with
    # the countries they name
    unplaced: list[tuple[_Part, set[str | None]]] = field(default_factory=list)
    # Found on first need, by sentence start (``_counts``) and stretch (``_dates_in``,
    # ``_attacker_in``): a stretch is looked at several times, and many never.
    counts: dict[int, list[CountMention]] = field(default_factory=dict)
    dates: dict[tuple[int, int], list[DateMention]] = field(default_factory=dict)
    # ``_attacker_in`` by stretch and meaning of "the army"; ``_article_attacker`` by the latter
    stretch_attackers: dict[tuple[int, int, str | None], str | None] = field(default_factory=dict)
    attackers: dict[str | None, str | None] = field(default_factory=dict)  # by country
    names: dict[object, str] = field(default_factory=dict)  # ``_names_as_written``
    # ``_weapon_clause`` by weapon start: the preamble's weapons are weighed for every event
    weapon_clauses: dict[int, tuple[Sentence, int] | None] = field(default_factory=dict)
    # the day of the first dated event: "the same attack" or "the same evening" told later
    # fell on it
    first_day: DateMention | None = None
    # the events (by ``_Draft.key``) each sentence tells of, by sentence start
    tellers: dict[int, set[object]] = field(default_factory=dict)
    # the first event told at each place (by ``_Draft.key``): a headline's figures are its
    first_at: dict[object, _Draft] = field(default_factory=dict)

    @cached_property
    def sentence_starts(self) -> list[int]:
        return list(map(_START, self.sentences))

    @cached_property
    def flies(self) -> bool:
        """Whether the text or title names aircraft (``_AERIAL``), found once, if asked: each
        event told as a bombing asks (``_ground_bombing``)."""
        return any(
            not _EVACUATING.match(text, m.end())
            and not _EVACUATED_BY.search(text, max(0, m.start() - _EVACUATED_REACH), m.start())
            for text in (self.text, self.title or "")
            for m in _AERIAL.finditer(text)
        )

    @cached_property
    def tells_other_years(self) -> bool:
        """Whether the text writes a year other than that of publication (``_YEAR``), found
        once, if asked (``_in_year_told_before``)."""
        year = str(self.published.year) if self.published else ""
        return any(m.group() != year for m in _YEAR.finditer(self.text))

    @cached_property
    def launched_elsewhere(self) -> bool:
        """Whether the text tells of ships, a ground launch or a ballistic or cruise missile
        (``_LAUNCHED_ELSEWHERE``), found once, if asked (``_fired_from_aircraft``)."""
        low = fold(self.text)
        return (
            contains_any(low, _LAUNCHED_ELSEWHERE_NEEDS)
            and _LAUNCHED_ELSEWHERE.search(low) is not None
        )

    @cached_property
    def disputed(self) -> bool:
        """Whether the text disputes who fired (``_DISPUTED``), found once, if asked: each
        event whose attacker only its weapon tells asks (``weapons.fired_by``)."""
        return _DISPUTED.search(self.text) is not None

    @cached_property
    def headline(self) -> _Headline | None:
        """What a headline reporting a strike says (``_Headline``), found once, if asked."""
        return _read_headline(self.title)


@dataclass(frozen=True)
class _Headline:
    """A strike headline's places, figures and attacker ("Israeli strike on Gaza City school
    kills at least 16"): they fill what the body leaves unsaid for the event at that place."""

    places: frozenset[int | str]  # geonameids (names for curated regions)
    counts: list[CountMention]
    attacker: str | None
    event_type: EventType | None  # the means it names ("guided bomb hits apartment block")


def _read_headline(title: str | None) -> _Headline | None:
    """A headline's places, figures and attacker, if it reports a strike."""
    if not title:
        return None
    cue, counts = find_strike(title), find_counts(title)
    if not (cue or counts) or is_not_a_strike(title):
        return None
    places = frozenset(m.place.geonameid or m.place.name for m in find_places(title))
    return _Headline(
        places,
        counts,
        find_attacker(title) or find_blamed(title),
        cue.event_type if cue else None,
    )


def extract_strikes(
    text: str,
    published: dt.date | None,
    title: str | None = None,
    min_confidence: float = MIN_CONFIDENCE,
) -> list[Strike]:
    """The strikes a text reports, one per attack on one place on one date.

    ``title`` only widens the evidence that the article is about armed conflict; events,
    offsets and evidence come from ``text``. Events scored below ``min_confidence`` are left
    out (``confidence.MIN_CONFIDENCE``: such events are almost always wrong), unless they
    give a toll. A text that opens with a headline line over a wire
    story's dateline is read as that title (or the one given) over its story. A text that calls
    its explosion an accident reports no attack, unless it names a means or an attacker. The
    web page's furniture a feed copies with the story (links to other stories, photo captions)
    is not read (``page_clutter``), nor a post's emoji, and a place written in capitals after a
    preposition is read as a name (``shouted_names``); the evidence quotes ``text`` as given.
    """
    if not text or not text.strip():
        return []
    strikes = _extract(blank_page_clutter(text), published, title, min_confidence)
    # the evidence quotes the text as given, its emoji and names in capitals too (the text
    # read has them blanked or rewritten: ``_extract``)
    return [
        s if all(e.text == text[e.start : e.end] for e in s.evidence) else _quoting(s, text)
        for s in strikes
    ]


def _quoting(strike: Strike, text: str) -> Strike:
    """The strike with its evidence quoted from ``text`` (the same offsets)."""
    evidence = [e.model_copy(update={"text": text[e.start : e.end]}) for e in strike.evidence]
    return strike.model_copy(update={"evidence": evidence})


def _extract(
    text: str, published: dt.date | None, title: str | None, min_confidence: float
) -> list[Strike]:
    """``extract_strikes`` of a text whose page furniture is blanked."""
    headline_end, body = _body_under_headline(text)
    if body:
        # "Syrian jets hit Douma market\n\nBEIRUT — At least 96 people ...": a headline over a
        # wire story is its title (unless one is given: a feed's item often repeats it as its
        # text's first line), and the dateline opens the story
        headline = text[:headline_end].strip()
        strikes = _extract(
            text[body:], published, headline if title is None else title, min_confidence
        )
        return [_shifted(strike, body) for strike in strikes]
    sentences = split_sentences(text)
    weapons = _Weapons(text)
    title_armed = bool(title and is_armed_context(title))
    cues = _cues(sentences, weapons, title_armed)
    if not any(cues) and not title_armed and _tells_terror(text):
        # a bombing whose blast is told before its bomb: "A powerful blast is reported on
        # Istiklal Avenue ... the woman who left the bomb on a bench has been detained"
        cues = _cues(sentences, weapons, True)
    if not any(cues) and not _headline_over_toll(title, sentences):
        return []
    # (only a text that tells a strike is worth these scans: most news tells none)
    readable = read_shouted_names(blank_pictographs(text))
    if readable != text:  # a post's emoji or a name in capitals: read the text without them
        return _extract(readable, published, title, min_confidence)
    article = _Article(
        text=text,
        published=published,
        weapons=weapons.found(),
        weapon_starts=weapons.starts,
        dateline_end=dateline_end(text),
        cues=[
            None if c is None else _shift_cue(c, s.start)
            for c, s in zip(cues, sentences, strict=True)
        ],
        sentences=sentences,
        title=title,
    )
    mentions = _places(text, article.weapons, article.dateline_end)
    article.names = _names_as_written(mentions)
    drafts = _segment(article, sentences, mentions, article.dateline_end)
    drafts = [d for d in drafts if not _stopped_all(article, d)]
    if len(drafts) == 1 and _stopped_before(article, drafts[0]):
        drafts = []
    if any(all(p.cue is None for p in d.parts) for d in drafts) and not _attack_told(article):
        # "two Ukrainian drivers had died while waiting in the lines", in a text whose only
        # attack is a habit ("a country already under daily missile and drone attack")
        drafts = [d for d in drafts if any(p.cue is not None for p in d.parts)]
    drafts = _headline_into_body(drafts, article)
    drafts = _located_in_region(_fold_into_finer(_drop_background(drafts, article)))
    drafts = _keep_finest(drafts, article)
    drafts = _into_the_body(drafts, article)
    article.first_day = next((d.date for d in drafts if d.date is not None), None) or next(
        (told[0] for d in drafts for p in d.parts if (told := _dates_in(article, p.start, p.end))),
        None,
    )  # (else the first day its events' sentences tell)
    article.tellers = _tellers(drafts)
    for draft in reversed(drafts):
        article.first_at[draft.key] = draft
    strikes = [_build(article, d, sole=len(drafts) == 1) for d in drafts]
    strikes = [s for s in strikes if s.confidence >= min_confidence or _toll_told(s)]
    if strikes and _tells_accident(text):
        # "a huge explosion ... killed at least 29 ... the evidence pointed overwhelmingly to an
        # industrial accident": no attack, unless a weapon system is named, or an attacker the
        # text does not rule out ("no drone was involved", "not a Russian attack": then none at
        # all). The kind of munition alone is no attack's: "fire at the depot set off tank
        # shells and rockets".
        ruled_out = _MEANS_RULED_OUT.search(text) is not None
        strikes = [s for s in strikes if not ruled_out and (s.weapons or s.perpetrator)]
    if (
        strikes
        and ("mock" in text or "simulated" in text or "hypothetical" in text)
        and _EXERCISE_AT_MOCK_TARGETS.search(text)
    ):
        # an exercise at mock targets: its "missiles struck their targets" hit nobody's
        strikes = [s for s in strikes if s.killed.min or s.wounded.min]
    if strikes and "test" in text and _LAUNCH_CALLED_A_TEST.search(text):
        # a launch the text calls a test ("the missile it launched on Thursday ... The test
        # came days before the election"): only what it hit or hurt is a strike
        strikes = [s for s in strikes if s.killed.min or s.wounded.min or s.target]
    if strikes and (
        (("false" in text or "False" in text) and _FALSE_CLAIM.search(text))
        or _FACT_CHECK_DENIES.match(title or text) is not None
    ):
        return []  # a fact check: the strike it tells is the claim it finds false
    strikes = _heading_day(_one_day_for_all(strikes, text, published), text, published)
    return _without_commemorated(strikes, text, published)


# An exercise fired at mock targets, told in one sentence: "concluded the 'Great Prophet 15'
# exercise ..., firing ballistic missiles and drones at mock targets representing the bases".
_EXERCISE_AT_MOCK_TARGETS = re.compile(
    r"\b(?:exercises?|drills?|war\s+games?|manoeuvres|maneuvers)\b[^.]{0,200}?"
    r"\b(?:mock|simulated|dummy|hypothetical)\s+(?:[\w-]+\s+){0,2}?(?:targets?|enemy|positions?)\b",
    re.IGNORECASE,
)


# A launch told as a test: "The test came days before", "the test launch" (not "a test of
# Western resolve").
_LAUNCH_CALLED_A_TEST = re.compile(
    r"\b(?:the|this|its|a|latest)\s+(?:[\w-]+\s+){0,2}?(?:test|test[\s-]launch|test[\s-]firing)"
    r"(?!\s+of\b)\b",
    re.IGNORECASE,
)


def _without_commemorated(
    strikes: list[Strike], text: str, published: dt.date | None
) -> list[Strike]:
    """The strikes less those a year old or more in a text about an anniversary or a trial,
    once their days are known (``_drop_background`` drops those dated before; this catches
    an event dated only by a later sentence: "where, a year ago to the day, a Russian missile
    tore through ... The strike on Jan 14, 2023, was the deadliest")."""
    if published is None or not strikes:
        return strikes
    year_back = published - dt.timedelta(days=_ANNIVERSARY_DAYS)
    if not any(s.date is not None and s.date < year_back for s in strikes):
        return strikes
    if not (_may_match(text, _ANNIVERSARY_NEEDS) and _ANNIVERSARY.search(text)):
        return strikes
    return [s for s in strikes if s.date is None or s.date >= year_back]


def _heading_day(strikes: list[Strike], text: str, published: dt.date | None) -> list[Strike]:
    """Undated events of a summary whose heading line gives its day fell on that day ("Donetsk
    region: the situation on 17 March", "DAILY TALLY FOR 19 NOVEMBER", posted the morning
    after): the heading's first date, if it is a recent one."""
    if published is None or all(s.date_precision == "day" for s in strikes):
        return strikes
    line_end = text.find("\n", 0, _MAX_HEADLINE + 1)
    if line_end < 0:
        return strikes
    told = find_dates(text[:line_end], published)
    if not told or not told[0].explicit:
        return strikes
    day = told[0].date
    if day is None or not _RECENT >= published - day >= dt.timedelta(0):
        return strikes
    undated = {"date": day, "date_precision": "day"}
    return [s if s.date_precision == "day" else s.model_copy(update=undated) for s in strikes]


def _toll_told(strike: Strike) -> bool:
    """Whether the event gives a figure of the killed or wounded (none at all counts too)."""
    return strike.killed.min is not None or strike.wounded.min is not None


_MAX_HEADLINE = 200  # characters: a longer first line is a paragraph
_HEADLINE_LINES = 3  # a headline, then a byline and a time line at most, above a dateline
# A fact check's verdict on a claimed strike: "The claim is false.", "OUR VERDICT: False."
# (every match holds "false" or "False").
_FALSE_CLAIM = re.compile(
    r"\b(?:the|this|that)\s+(?:claim|post|video|footage|image|photo)s?\s+(?:is|are|was)\s+"
    r"(?:also\s+)?false\b|\bverdict:\s+false\b",
    re.IGNORECASE,
)
# ... or its heading that denies it: "Fact check: Karachi port was not destroyed by the Indian
# Navy", "Fact check: No, the Indian Navy did not destroy Karachi port".
_FACT_CHECK_DENIES = re.compile(
    r"\s*fact[\s-]?check(?:ed|ing)?\b[^\n]{0,100}?\b(?:no|not|false|falsely|fake|didn't|misleading|"
    # ("Fact check: Viral clips of Tel Aviv in ruins ... are AI-generated")
    r"old\s+(?:video|footage)|ai-generated|fabricated|doctored|digitally\s+altered|misattributed)\b",
    re.IGNORECASE,
)
_NOTHING_POINTS_TO = (
    r"\bnothing\s+(?:[\w'’-]+\s+){0,4}?(?:points?|pointed|suggests?|suggested)\s+to\s+"
    r"an?\s+(?:[\w-]+\s+)?(?:attack|strike)\b|"
    # "officials said there was no sign of an attack"
    r"\bno\s+(?:sign|signs|evidence|indication)\s+of\s+(?:an?\s+)?(?:attack|sabotage|foul\s+play)\b"
)
# What says an explosion was an accident, not an attack (every match holds one of the words
# ``_may_tell_accident`` looks for). It scans whole texts, so it is run folded (``CaseBlind``)
# and written to open with letters ``re`` can skip to (``word_start_alternation``): as a plain
# IGNORECASE pattern it cost about 8 % of a strike report's extraction.
# A cause that is no attack, as a blast's inquiry names it.
_FAULT = (
    r"(?:an?\s+|the\s+)?(?:boiler(?:\s+(?:fault|explosion|failure))?|gas\s+leak|short\s+circuit|"
    r"(?:technical|electrical|equipment)\s+(?:fault|failure))"
)
_ACCIDENT_VERDICT = CaseBlind(word_start_alternation(
    r"\b(?:pointed|points|pointing)\s+(?:\w+\s+)?to\s+an?\s+(?:industrial\s+|technical\s+)?"
    r"(?:accident|gas\s+leak|short\s+circuit|technical\s+fault)|"
    # "officials blame gas leak, rule out attack"
    r"\bblam(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?gas\s+(?:leak|explosion|cylinder)|"
    # "blaming explosives stored in a house by illegal miners"
    r"\bblam(?:e|es|ed|ing)\s+(?:the\s+blast\s+on\s+)?explosives?\s+(?:[\w-]+\s+){0,2}?(?:stored|kept)\b|"
    r"\brul(?:e|es|ed|ing)\s+out\s+(?:an?\s+)?(?:attack|sabotage|terrorism)|"
    # "officials said the blast was caused by chemicals stored in containers"
    r"\bcaused\s+by\s+(?:[\w-]+\s+){0,2}?(?:chemicals?|explosives?|fuel|fertili[sz]ers?|"
    r"ammonium\s+nitrate)\s+(?:stored|kept|stockpiled)\b|"
    # an attack that nothing points to: "The authorities have not explained what caused the
    # blast; nothing they have said points to an attack"
    rf"{_NOTHING_POINTS_TO}|"
    r"\b(?:was|were)\s+(?:an?\s+)?(?:industrial\s+|tragic\s+)?accident(?:al)?\b|"
    # "calling it 'an unfortunate accident'"
    r"\b(?:calling|called|calls)\s+it\s+['‘\"“]?an?\s+(?:[\w-]+\s+)?accident\b|"
    r"\bcaused\s+by\s+an?\s+(?:gas\s+leak|accident|technical\s+fault|short\s+circuit)|"
    # "initial assessments show the cause was a gas leak", "the likely cause was a breach of
    # fire-safety rules"
    r"\bcause\s+(?:was|is|had\s+been)\s+an?\s+(?:gas\s+leak|technical\s+fault|short\s+circuit|"
    r"electrical\s+fault|(?:breach|violation)\s+of\s+(?:[\w-]+\s+)?(?:fire-)?safety\s+rules)|"
    # "when the accident happened on an offshore platform"
    r"\b(?:when|after|where)\s+the\s+accident\s+(?:happened|occurred|took\s+place)\b|"
    # "was caused by 'negligence' and a failure to follow safety rules"
    r"\bcaused\s+by\s+['‘\"“]?(?:negligence|mishandling)|"
    # "blamed negligence in the handling of dynamite and explosives stored at the base"
    r"\bblamed\s+(?:the\s+)?(?:blasts?\s+on\s+|explosions?\s+on\s+)?(?:negligence|mishandling|"
    # ("officials blamed human error and a breach of safety rules")
    r"human\s+error)\b|"
    # an attack first reported, then ruled out: "Early reports suggested a drone strike, but
    # emergency officials quickly ruled that out"
    r"\b(?:suggested|reported|claimed)\s+(?:an?\s+)?(?:drone|missile|rocket|air)\s+(?:strike|"
    r"attack)\b[^.]{0,40}?\bruled\s+(?:that|it)\s+out\b|"
    # "was most likely caused by a breach of safety rules"
    r"\bcaused\s+by\s+(?:a\s+)?(?:breach|breaches|violation|violations)\s+of\s+"
    r"(?:[\w-]+\s+)?(?:safety|flight)\s+(?:rules|requirements|regulations)|"
    # ... or looked into as its cause: "investigators were looking at several possible causes,
    # including a breach of safety rules"
    r"\b(?:looking\s+(?:at|into)|investigating|examining|considering)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:causes?|versions?)\b[^.]{0,40}?\b(?:breach|breaches|violation|violations)\s+of\s+"
    r"(?:[\w-]+\s+)?(?:safety|flight)\s+(?:rules|requirements|regulations)|"
    r"\bruled\s+out\s+(?:terrorism|sabotage|a\s+terrorist\s+\w+|an\s+attack|foul\s+play)|"
    # ... or a case opened over one: "Investigators opened a criminal case for breaches of
    # industrial safety rules", "... for violation of flight rules" (a warplane's crash)
    # ("a criminal case was opened for breach of gas safety rules")
    r"\b(?:criminal\s+)?case\s+(?:(?:was|has\s+been|had\s+been)\s+opened\s+)?(?:for|over|into)\s+"
    r"(?:a\s+)?(?:breach|breaches|violation|violations)\s+of\s+"
    r"(?:[\w-]+\s+)?(?:safety|flight)\s+(?:rules|requirements|regulations)|"
    # ... or blamed on someone's breach: "the tenant ... was blamed for breaching safety rules"
    r"\b(?:blamed\s+for|accused\s+of|charged\s+with)\s+(?:breaching|violating|flouting)\s+"
    r"(?:[\w-]+\s+)?(?:safety|flight)\s+(?:rules|requirements|regulations)|"
    # a munition that one's own aircraft let go: "a Russian Su-34 accidentally released a bomb
    # over Belgorod", "an abnormal release of aviation munition occurred"
    r"\baccidental(?:ly)?\s+(?:released?|dropped|drop|fired|firing|discharged?)\b|"
    r"\b(?:abnormal|accidental|unintended|inadvertent)\s+release\b|"
    # a depot's munitions kept badly, or the heat: "initial findings pointed to high summer
    # temperatures and poor storage of munitions"
    r"\b(?:poor|improper|unsafe|bad|careless)\s+storage\s+of\s+(?:[\w-]+\s+)?(?:munitions|"
    r"ammunition|weapons|explosives|shells)\b|"
    r"\b(?:pointed|points|pointing|blamed|blames|attributed)\b[^.]{0,30}?\b(?:high|extreme)\s+"
    r"(?:summer\s+)?(?:temperatures|heat)\b|"
    # the cause named first: "The government said a short circuit was the probable cause"
    # ("Investigators said household gas was the most likely cause")
    # ("a leak from the household gas supply was the most likely cause")
    r"\b(?:short\s+circuit|gas\s+leak|(?:household|domestic)\s+gas(?:\s+(?:supply|pipe|pipeline|"
    r"cylinder|system|line|network))?|technical\s+fault|electrical\s+fault)\s+(?:was|is)\s+"
    r"(?:the\s+)?(?:(?:most\s+)?(?:probable|likely|suspected)\s+)?cause\b|"
    # ... or a breach of rules: "a breach of safety regulations in the gunpowder section was the
    # probable cause"
    r"\b(?:breach|breaches|violation|violations)\s+of\s+(?:[\w-]+\s+)?safety\s+(?:rules|"
    r"requirements|regulations)\b[^.]{0,60}?\b(?:was|is)\s+(?:the\s+)?(?:(?:most\s+)?(?:probable|"
    r"likely|suspected)\s+)?cause\b|"
    # war's leftovers that went off: "an old mortar shell exploded inside a house ... the
    # children had brought it home", "a hand grenade they found exploded", "unexploded ordnance
    # went off"
    r"\b(?:old|unexploded|leftover|abandoned|dud)\s+(?:[\w-]+\s+){0,2}?(?:shells?|rounds?|"
    r"grenades?|bombs?|mines?|rockets?|ordnance|munitions?|projectiles?|devices?)\s+"
    r"(?:had\s+|has\s+)?(?:exploded|went\s+off|detonated|blew\s+up)\b|"
    r"\b(?:shells?|grenades?|bombs?|mines?|rockets?|ordnance|munitions?|projectiles?|devices?)\s+"
    r"(?:they|he|she|the\s+(?:children|boys?|girls?))\s+(?:had\s+)?(?:found|picked\s+up|"
    r"collected)\s+(?:[\w-]+\s+){0,3}?(?:exploded|went\s+off|detonated|blew\s+up)\b|"
    # a blast that began at a boiler, or whose cause is looked for among faults only: "it
    # appeared to have started with the plant's boiler", "to investigate whether a boiler fault
    # or a gas leak caused the explosion"
    r"\b(?:started|began|originated)\s+(?:with|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"boilers?\b|"
    # an old war's bomb that went off: "The largest unexploded Second World War bomb ever found
    # in Poland blew up under water as navy divers were trying to neutralise it"
    r"\b(?:unexploded|second\s+world\s+war|world\s+war\s+(?:ii|two|2)|wwii|ww2)[\s-]+"
    r"(?:[\w-]+\s+){0,4}?(?:bombs?|shells?|mines?|ordnance|munitions?)\b[^.]{0,60}?\b(?:exploded|"
    r"went\s+off|detonated|blew\s+up)\b|"
    rf"\bwhether\s+{_FAULT}(?:\s+or\s+{_FAULT})?\s+(?:had\s+)?caused\b",
))
# ... in Russian or Ukrainian: a breach of the process or of safety rules, a short circuit, a
# gas leak ("назвал нарушение технологического процесса"). (A pattern of its own: in the
# English one, these branches would make every scan of an English text four times dearer.)
_CYRILLIC_ACCIDENT_VERDICT = re.compile(
    r"нарушени\w*\s+(?:требований\s+)?(?:технологическ\w*|промышленной\s+безопасности|"
    r"техники\s+безопасности)|порушенн\w*\s+(?:вимог\s+)?(?:технологічн\w*|"
    r"промислової\s+безпеки|техніки\s+безпеки)|коротк\w+\s+замыкани\w*|коротк\w+\s+замикан\w*|"
    r"утечк\w*\s+газа|витік\w*\s+газу",
    re.IGNORECASE,
)
_CYRILLIC_ACCIDENT_NEEDS = ("нарушени", "порушенн", "замыкани", "замикан", "утечк", "витік")


# A means of attack ruled out: "no drone was involved", "found no evidence of a drone attack",
# "the blast was not caused by a drone".
_MEANS_RULED_OUT = re.compile(
    r"\bno\s+(?:drones?|missiles?|rockets?|shells?|bombs?)\s+(?:was|were|had\s+been)\s+"
    r"involved\b|\bno\s+(?:evidence|sign|signs|trace|traces)\s+of\s+(?:an?\s+)?(?:drone|missile|"
    r"rocket|air|terrorist)\s+(?:attack|strike)|"
    r"\b(?:was|were)\s+not\s+caused\s+by\s+(?:an?\s+)?(?:drones?|missiles?|rockets?|shells?|"
    r"attack|strike)|"
    # "an unnamed source said it was not an Israeli attack"
    r"\b(?:was|is)\s+not\s+an?\s+(?:[\w-]+\s+)?(?:attack|strike)\b|"
    # "most likely caused by a missile fired by Ukraine's air defences, not a Russian attack"
    r",\s+not\s+an?\s+(?:[\w-]+\s+)?attack\b|"
    # ... or dismissed: "an Iranian official dismissed speculation about an Israeli strike or
    # sabotage"
    r"\b(?:dismiss|reject|deni)(?:ed|es|ing)?\s+(?:the\s+)?(?:speculation|claims?|reports?|"
    r"suggestions?|rumou?rs?)\s+(?:about|of|that)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:strike|attack|"
    r"sabotage)|"
    # an attacker only rumoured: "the first rumours were of a Boko Haram bomb"
    r"\brumou?rs?\s+(?:were\s+|was\s+)?(?:of|that)\b|"
    # ... or ruled out after it was told: "suggested a Ukrainian drone attack ... Governor
    # Andrei Vorobyov ruled that out"
    r"\bruled\s+(?:that|this|it)\s+out\b|"
    + _NOTHING_POINTS_TO,
    re.IGNORECASE,
)


def _tells_accident(text: str) -> bool:
    """Whether ``_ACCIDENT_VERDICT`` or ``_CYRILLIC_ACCIDENT_VERDICT`` matches the text, each
    scanned only when it may (substring tests, cheaper than the scans)."""
    if _may_tell_accident(text) and _ACCIDENT_VERDICT.search(text) is not None:
        return True
    if " fire " in text and _DEPOT_FIRE.search(text) is not None:
        return True
    return (
        contains_any(text, _CYRILLIC_ACCIDENT_NEEDS)
        and _CYRILLIC_ACCIDENT_VERDICT.search(text) is not None
    )


# A fire that set off an arms depot, told as what began it: "A fire at an army ammunition
# depot in the Goudji district of Chad's capital set off a chain of explosions" (not a strike
# that started it: "Drones hit the depot; a fire at the depot set off explosions").
_DEPOT_FIRE = re.compile(
    r"(?:^|\n|[—–]\s|[.!?]\s+)(?:an?|the)\s+(?:[\w-]+\s+)?fire\s+(?:at|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:ammunition|arms|munitions?|weapons)\s+(?:depot|dump|store|"
    r"warehouse)s?\b[^.]{0,120}?\b(?:set\s+off|triggered|sparked|caused)\b",
    re.IGNORECASE,
)


def _may_tell_accident(text: str) -> bool:
    """Whether ``_ACCIDENT_VERDICT`` may match (substring tests, cheaper than its scan)."""
    return (
        "ccident" in text
        or "leak" in text
        or "boiler" in text
        or "fault" in text
        or "circuit" in text
        or "ruled out" in text
        or "ruled that out" in text
        or "ruled it out" in text
        or "human error" in text
        or "nothing" in text
        or "no sign" in text
        or "no evidence" in text
        or "chemical" in text
        or "negligence" in text
        or "mishandling" in text
        or "safety" in text
        or "release" in text
        or "explosive" in text
        or "gas" in text
        or "rule" in text
        or "storage" in text
        or "temperatures" in text
        or " heat" in text
        or (
            contains_any(text, _LEFTOVER_NEEDS)
            and ("xplode" in text or "went off" in text or "detonated" in text or "blew up" in text)
        )
    )


# What a leftover that went off is told by (``_ACCIDENT_VERDICT``): one of them is in each
# such match.
_LEFTOVER_NEEDS = (
    "old ", "Old ", "nexploded", "leftover", "bandoned", "dud ", "found", "picked up", "World War",
    "WWII", "WW2", "world war",
    "collected",
)  # fmt: skip


def _body_under_headline(text: str) -> tuple[int, int]:
    """Where the headline line ends and a wire story opens with its dateline ("BEIRUT — ...")
    under it, or (0, 0). The headline is a line of its own (no full stop ends it), and a
    byline or a time line may stand between ("By Olena Harmash | Reuters | Updated 09:14
    GMT"), as feeds copy them from the page."""
    start, headline_end = 0, 0
    for _ in range(_HEADLINE_LINES):
        line_end = text.find("\n", start, start + _MAX_HEADLINE + 1)
        if line_end < 0:
            return 0, 0
        line = text[start:line_end].rstrip()
        if not line or line.endswith(_SENTENCE_ENDS):
            return 0, 0
        headline_end = headline_end or line_end
        body = len(text) - len(text[line_end:].lstrip())
        if body >= len(text):
            return 0, 0
        if dateline_end(text[body:]):
            return headline_end, body
        start = body
    return 0, 0


def _shifted(strike: Strike, offset: int) -> Strike:
    """``strike`` with its evidence offsets ``offset`` further on."""
    evidence = [
        e.model_copy(update={"start": e.start + offset, "end": e.end + offset})
        for e in strike.evidence
    ]
    return strike.model_copy(update={"evidence": evidence})


def _one_day_for_all(
    strikes: list[Strike], text: str, published: dt.date | None
) -> list[Strike]:
    """Undated events of an article whose dated ones all fell on one recent day, told after
    the day is, fell on it too: a report of coordinated attacks dates them once ("Suicide
    bombers struck within about half an hour on Easter Sunday morning. In the capital Colombo,
    they hit ... Further north, a bomber blew himself up ... in Negombo")."""
    dated = [s for s in strikes if s.date_precision == "day"]
    days = {s.date for s in dated}
    if len(days) != 1 or len(dated) == len(strikes):
        return strikes
    day = days.pop()
    if day is None or (published is not None and not _RECENT >= published - day >= dt.timedelta(0)):
        return strikes
    # (only events told after the day is: "Drones set a refinery ablaze in Ryazan ... On
    # Tuesday, drones hit the NORSI refinery in Kstovo" does not date the Ryazan attack)
    told_from = next((d.start for d in find_dates(text, published) if d.date == day), 0)
    undated = {"date": day, "date_precision": "day"}
    return [
        s.model_copy(update=undated)
        if s.date_precision != "day" and s.evidence and s.evidence[0].end > told_from
        else s
        for s in strikes
    ]


def _names_as_written(mentions: list[PlaceMention]) -> dict[object, str]:
    """Each place's first name in the text (by ``_Draft.key``), for ``Location.mentioned_as``;
    "Nigeria's capital Abuja" is no name to search for, so a possessive one is passed over,
    and a dateline's capitals ("BOGOTÁ") give way to the name as the body writes it."""
    named = [m for m in reversed(mentions) if "'s " not in m.surface and "’s " not in m.surface]
    # (read from the last: the first name is the one kept; the capitals first, so any other
    # name overrides them)
    return {
        **{m.place.geonameid or m.place.name: m.surface for m in named if m.surface.isupper()},
        **{m.place.geonameid or m.place.name: m.surface for m in named if not m.surface.isupper()},
    }


def _places(text: str, weapons: list[WeaponMention], dateline_end: int) -> list:
    """The text's place mentions, less those that name a weapon system ("Tomahawk missiles"
    is no town in Wisconsin, "Quds missiles" no Jerusalem), with the settlements it names
    that the gazetteer does not list (``unlisted_places``)."""
    mentions = _clear_of(find_places(text), weapons)
    return unlisted_settlements(text, mentions, load_gazetteer(), dateline_end)


def _clear_of(mentions: list, weapons: list[WeaponMention]) -> list:
    """The mentions (``.start``, ``.end``) that overlap none of ``weapons`` (sorted by start),
    in their order."""
    if not weapons or not mentions:
        return mentions
    # A weapon overlaps a mention when the mention starts before the weapon ends and ends
    # after it starts: of the mentions (sorted by start) that start before the weapon ends,
    # those from the last back to where the furthest end so far is no later than the
    # weapon's start (one bisection per weapon, not per mention: weapons are few).
    ordered = sorted(mentions, key=_START)  # (``find_places`` sorts them: no work)
    starts = list(map(_START, ordered))
    furthest = list(accumulate(map(_END, ordered), max))
    named: set[int] = set()
    for weapon in weapons:
        i = bisect_left(starts, weapon.end) - 1
        while i >= 0 and furthest[i] > weapon.start:
            if ordered[i].end > weapon.start:
                named.add(id(ordered[i]))
            i -= 1
    return [m for m in mentions if id(m) not in named] if named else mentions


class _Weapons:
    """The weapon systems a text names, found on first need: most news has no strike cue,
    and telling that needs the weapons only around a bare "attack" with no named means."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: list | None = None
        self._starts: list[int] = []

    def found(self) -> list:
        if self._found is None:
            self._found = sorted(find_weapons(self._text), key=_START)
            self._starts = list(map(_START, self._found))
        return self._found

    @property
    def starts(self) -> list[int]:
        """The found weapons' starts (in order)."""
        self.found()
        return self._starts

    def within(self, start: int, end: int) -> bool:
        return _any_within(self.starts, start, end)


def _headline_over_toll(title: str | None, sentences: list[Sentence]) -> bool:
    """Whether a strike headline naming its place stands over a body that gives only the toll
    ("Kharkiv: guided bomb hits apartment block" / "At least three people were injured")."""
    return bool(
        title
        and find_strike(title)
        and find_places(title)
        and any(find_counts(s.text) for s in sentences)
    )


def _tells_terror(text: str) -> bool:
    """Whether the text tells a bombing by people, not by a weapon system ("the attack smells
    of terror", "the woman who left the bomb", "a suicide bomber"): then its bare "blast" and
    "explosion" are the attack's, as in an article whose title names a weapon."""
    return ("terror" in text or "bomb" in text) and _TERROR_TOLD.search(text) is not None


_TERROR_TOLD = re.compile(
    r"\bterror(?:ist)?\s+(?:attacks?|acts?|incidents?|bombings?)\b|\bsmells?\s+of\s+terror\b|"
    r"\b(?:left|planted|placed|hid|carried)\s+(?:a|the)\s+(?:[\w-]+\s+)?bomb\b|"
    r"\bsuicide\s+(?:bombers?|bombings?|attacks?)\b|\b(?:car|truck|parcel|letter)\s+bombs?\b",
    re.IGNORECASE,
)


def _cues(
    sentences: list[Sentence], weapons: _Weapons, title_armed: bool
) -> list[StrikeCue | None]:
    """The strike cue of each sentence (``triggers.strike_cues``); an item of a bulleted list
    that a strike's sentence opens with a colon is a strike too ("the attacks targeted:\n- a
    water desalination plant in al-Shuqaiq;\n- a power station in Dhahran al-Janub;")."""
    texts = [s.text for s in sentences]
    cues = strike_cues(
        texts, lambda i: weapons.within(sentences[i].start, sentences[i].end), title_armed
    )
    if not title_armed and len(sentences) > _ARMED_LEAD_REACH and _armed_lead(texts, cues):
        # a round-up whose lead tells a wave of strikes: its later items' bare "were hit" are
        # the wave's, however far from the lead ("LVOV - Regional governor Maksym Kozytsky
        # says energy facilities in the city were hit")
        cues = strike_cues(
            texts, lambda i: weapons.within(sentences[i].start, sentences[i].end), True
        )
    head: StrikeCue | None = None
    # (looked for only in an article already armed, or beside a toll, and in the sentence
    # alone: finding a whole text's weapons would cost a quarter of reading most news)
    armed = title_armed or any(cue is not None for cue in cues)
    for i, sentence in enumerate(sentences):
        if (
            cues[i] is None
            and contains_any(sentence.text, _WEAPON_HIT_NEEDS)
            and (armed or contains_any(sentence.text, _TOLL_NEEDS))
        ):
            cues[i] = _named_weapon_cue(sentence.text)
        if not sentence.text.startswith(_BULLETS):
            cue = cues[i]
            head = cue if cue is not None and sentence.text.endswith(":") else None
        elif head is not None and cues[i] is None:
            cues[i] = StrikeCue(0, 1, head.event_type, None, head.strength)
        if cues[i] is None and armed and "targets" in sentence.text:
            cues[i] = _targets_listed(sentence.text, cues[:i])
    return cues


# The targets of an attack told before, listed with their places: "An SBU official said the
# targets were Belaya air base in Siberia's Irkutsk region; Olenya in the Murmansk region; ...".
_TARGETS_WERE = re.compile(r"\bthe\s+targets\s+(?:were|included)\b")


def _targets_listed(text: str, before: list[StrikeCue | None]) -> StrikeCue | None:
    """A cue for a sentence that lists the targets of the attack told last before it (of that
    attack's type), if it does."""
    told = _TARGETS_WERE.search(text)
    last = next((cue for cue in reversed(before) if cue is not None), None)
    if told is None or last is None:
        return None
    return StrikeCue(told.start(), told.end(), last.event_type, None, last.strength)


_BULLETS = ("- ", "• ", "* ", "– ", "— ")  # what opens a list's item on its line
_ARMED_LEAD_REACH = 2  # sentences of a lead


def _armed_lead(texts: list[str], cues: list[StrikeCue | None]) -> bool:
    """Whether a lead sentence tells strikes by their means ("Russia has launched its
    heaviest wave of missile strikes on Ukrainian cities") and the text is a round-up of
    items, two or more opening with a place's heading in capitals ("KIEV - ", "LVOV - ")."""
    return any(
        cue is not None and cue.event_type is not None for cue in cues[:_ARMED_LEAD_REACH]
    ) and sum(1 for text in texts if _ITEM_HEADING.match(text)) >= 2


_ITEM_HEADING = re.compile(r"[A-Z][A-Z'’ .-]{2,40}?\s+[-—–:]\s")
# The verbs by which a munition named only by its system hits ("A Tochka-U fired from Ukraine
# hit the Millerovo military airfield"): a sentence with none of them is not read again.
_WEAPON_HIT_NEEDS = (" hit", "struck", "slammed", "smashed", "crashed", "landed", "exploded")
_TOLL_NEEDS = ("kill", "dead", "died", "wound", "injur", "hurt")
# Class words of the munitions, longest first, one of which stands in for a system's name of
# at least its length (``_named_weapon_cue``).
_CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "missile": ("missile", "shell"),
    "drone": ("drone", "UAV"),
    "air_strike": ("bomb",),
    "shelling": ("shell",),
}


def _named_weapon_cue(text: str) -> StrikeCue | None:
    """The cue of a sentence whose munition is named only by its system ("An Iskander-M hit
    the centre of Kharkiv"): read with each system's name replaced by its class word, padded
    to the name's length (offsets stay), so that the sentence is read by the same rules as
    "A missile hit ..." (irrealis, denial, habit); the event type is the system's."""
    masked, first = text, None
    for weapon in find_weapons(text):
        size = weapon.end - weapon.start
        word = next((w for w in _CLASS_WORDS.get(weapon.event_type, ()) if len(w) <= size), None)
        if word is None:
            continue
        masked = masked[: weapon.start] + word.ljust(size) + masked[weapon.end :]
        first = first or weapon
    if first is None:
        return None
    cue = find_strike(masked, armed_context=True)
    if cue is None or cue.event_type is None:
        return None
    return replace(cue, event_type=first.event_type)


def _counts(article: _Article, sentence: Sentence) -> list[CountMention]:
    """The casualty figures of a sentence (offsets in the sentence), but none that the text
    says it cannot place ("had killed five fighters, without saying where")."""
    known = article.counts.get(sentence.start)
    if known is None:
        known = find_counts(sentence.text)
        if (
            known
            and contains_any(sentence.text, _UNPLACED_NEEDS)
            and _UNPLACED.search(sentence.text)
        ):
            known = []
        if known and "since" in sentence.text and _TALLY_SINCE.search(sentence.text):
            known = []  # a campaign's count: "The monitor's count since the escalation began
            # on Dec. 12 stands at 526 dead"
        if (
            known
            and contains_any(sentence.text, _PLURAL_KILLED_NEEDS)
            and _PLURAL_ATTACKS_KILLED.search(sentence.text)
        ):
            # a country's total by many munitions: "Iranian ballistic missiles killed at least
            # eight people in Israel ..., striking the centre of the country and the Haifa bay"
            known = [m for m in known if not _in_a_country_after(sentence.text, m.end)]
        if known and _in_timed_entry(article.text, sentence.start):
            # a live blog's later entry gives the current figures ("16:40 Kharkiv, update.
            # ... a 40-year-old man was killed and six people wounded"), as a sentence
            # opening with its time does (``find_counts``)
            known = [m if m.weak or m.update else replace(m, update=True) for m in known]
        article.counts[sentence.start] = known
    return known


_TALLY_SINCE = re.compile(r"\b(?:count|tally)\s+since\b")
_PLURAL_KILLED_NEEDS = ("s killed", "s wounded", "s injured", "s have ", "s had ")
_PLURAL_ATTACKS_KILLED = re.compile(
    r"\b(?:missiles|strikes|airstrikes|attacks|drones|rockets|raids|shells)\s+(?:have\s+|had\s+)?"
    r"(?:killed|wounded|injured)\b"
)
_IN_NAME_AFTER = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")


def _in_a_country_after(text: str, end: int) -> bool:
    """Whether a country's name follows a figure ending at ``end`` ("eight people in Israel")."""
    found = _IN_NAME_AFTER.match(text, end)
    if found is None:
        return False
    places = load_gazetteer().lookup(found.group(1))
    return bool(places) and places[0].precision == "country"


# A live blog entry's time on a line of its own, or opening its paragraph: "16:40\nХарків,
# уточнення. ...", "23:37. Відомо про одного загиблого", "4 квітня, 00:08. Загиблих уже двоє."
# ("Sat 09:05: Lysak: 18 people are now confirmed dead")
_TIME_LINE = re.compile(
    r"(?:[0-3]?\d\s+[^\W\d]+,?\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s+)?(?:[01]?\d|2[0-3])[:.]"
    r"[0-5]\d(?:[ \t]*\n|\.\s|\s*[-–—:])"
)


def _in_timed_entry(text: str, start: int) -> bool:
    """Whether the paragraph or the line holding ``start`` opens with a live blog entry's time
    (``_TIME_LINE``) or says it is an update ("Update, 19:55: ...")."""
    opening = text.rfind("\n\n", 0, start) + 2 if start else 0
    if _opens_entry(text, opening):
        return True
    # ... or the line holding it does: entries one a line ("12:40 — 12 dead ...\n17:00 — 22
    # killed ...")
    line = text.rfind("\n", 0, start) + 1 if start else 0
    return line > opening and _opens_entry(text, line)


def _opens_entry(text: str, at: int) -> bool:
    """Whether a live blog's entry opens at ``at``: its time, or "Update"."""
    first = text[at : at + 1]
    if first == "U":
        return bool(_UPDATE_ENTRY.match(text, at))
    if first == "~":  # ("~11:00 — Missiles hit the centre")
        at, first = at + 1, text[at + 1 : at + 2]
    return (first.isdigit() or first in _WEEKDAY_INITIALS) and bool(_TIME_LINE.match(text, at))


_WEEKDAY_INITIALS = ("M", "T", "W", "F", "S")
# An entry that says it updates the ones before: "Update:", "Update, 19:55:", "UPDATE 2 (07:40):"
_UPDATE_ENTRY = re.compile(r"(?:Update|UPDATE)\b[ \t\d,:.()]{0,16}:")


def _dates_in(article: _Article, start: int, end: int) -> list[DateMention]:
    """Dates between ``start`` and ``end`` (article offsets), minus the dateline's and the
    reporting dates ("said on Monday"). Remembered: a stretch is dated several times."""
    known = article.dates.get((start, end))
    if known is None:
        known = article.dates[(start, end)] = _find_dates_in(article, start, end)
    return known


def _in_year_told_before(article: _Article, mention: DateMention) -> DateMention:
    """A day and month told without a year in the year the article gave them earlier: "After
    the attack of 17 October" after "At about 1 a.m. on 17 October 2020" (an anniversary's
    text, published on 17 October 2025, tells of 2020)."""
    published = article.published
    if (
        published is None
        or mention.date.year != published.year
        or not article.tells_other_years
        or _YEAR.search(article.text, mention.start, mention.end + 6) is not None
    ):
        return mention
    day, month = mention.date.day, _MONTH_ABBREVIATIONS[mention.date.month - 1]
    told = re.search(
        rf"\b(?:{day}(?:st|nd|rd|th)?\s+{month}\w*,?|{month}\w*\.?\s+{day}(?:st|nd|rd|th)?,)\s+"
        r"((?:19|20)\d\d)\b",
        article.text[: mention.start],
    )
    if told is None or int(told.group(1)) == published.year:
        return mention
    try:
        return replace(mention, date=mention.date.replace(year=int(told.group(1))))
    except ValueError:  # a day that year has not ("29 February 2023")
        return mention


_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def _find_dates_in(article: _Article, start: int, end: int) -> list[DateMention]:
    found = find_dates(article.text[start:end], article.published)
    later = days_later(article.text[start:end])
    if not found and not later:
        return found
    dates = [
        _in_year_told_before(
            article, DateMention(d.start + start, d.end + start, d.date, d.explicit)
        )
        for d in found
        if d.start + start >= article.dateline_end
        and not _not_attack_day(article, d.start + start, d.end + start)
    ]
    for at, until, days in later:
        base = _day_told_before(article, start, dates, start + at)
        if base is not None and not _not_attack_day(article, start + at, start + until):
            dates.append(DateMention(start + at, start + until, base + dt.timedelta(days), True))
    dates.sort(key=_START)
    return dates


_LOOK_BACK_FOR_DAY = 400  # characters before a stretch searched for the day "later" counts from


def _day_told_before(
    article: _Article, start: int, dates: list[DateMention], position: int
) -> dt.date | None:
    """The day told last before ``position`` ("On Jan 22 ... Two days later"): in the stretch
    from ``start``, or else in the text just before it; a day named or counted, not one a
    weekday or "yesterday" tells (that day is the report's)."""
    before = [d for d in dates if d.end <= position and d.explicit]
    if before:
        return before[-1].date
    lo = max(article.dateline_end, start - _LOOK_BACK_FOR_DAY)
    earlier = [d for d in _find_dates_in(article, lo, start) if d.explicit] if lo < start else []
    return earlier[-1].date if earlier else None


_PART_OF_DAY_POSSESSIVE = re.compile(r"\s(?:morning|afternoon|evening|night)['’]s\b")
# A day told between a speaker and what they said or did about the attack: "The UN children's
# agency on Saturday condemned an air strike that hit a kindergarten" (Friday's).
_SPEAKERS_DAY_BEFORE = re.compile(
    r"\s+(?:condemned|denounced|deplored|decried|criticised|criticized|said|announced|reported|"
    r"confirmed|claimed|accused|blamed|warned|urged|vowed|demanded|appealed|called\s+for|"
    r"expressed|mourned|buried|"
    # ("on Sunday named the six peacekeepers killed when a drone struck ... on Saturday", "today
    # released its findings on the missile that destroyed a cafe ... on 5 October")
    r"named|identified|released|published)\b"
)


# A day by another place's clock: "carried out on Thursday evening Washington time, before
# dawn on Friday in Syria" (not "local time").
_OTHER_ZONE_AFTER = re.compile(
    r"\s+(?:(?:morning|afternoon|evening|night)\s+)?(?!Local\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"\s+time\b"
)
_ZONE_REACH = 40  # characters after the day


def _not_attack_day(article: _Article, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is when something was said (after or before the
    verb), a toll updated, a victim died of wounds or the attack's aftermath was, not when the
    attack was (but "Monday's attack" is its day)."""
    text = article.text
    if text[end : end + 2] in {"'s", "’s"} or _PART_OF_DAY_POSSESSIVE.match(text, end):
        return False  # "Monday's attack", "yesterday evening's missile attack"
    return (
        _ends_before(text, start, _REPORTING_REACH, _REPORTING_DATE, _REPORTING_NEEDS)
        or (
            (
                text.find("тан", max(0, start - 40), start) >= 0
                or text.find("стоян", max(0, start - 40), start) >= 0
            )
            and _AS_OF_CYRILLIC.search(text, max(0, start - 40), start) is not None
        )
        or _SPEAKERS_DAY_BEFORE.match(text, end) is not None
        # a feed's timestamp: "Thu, 20 Nov 2025 09:40 | Rescuers searched overnight ..."
        or (":" in text[end : end + 10] and _TIMESTAMP_AFTER.match(text, end) is not None)
        or (" time" in text[end : end + _ZONE_REACH] and bool(_OTHER_ZONE_AFTER.match(text, end)))
        or _ends_before(text, start, 50, _UPDATE_DATE, _UPDATE_NEEDS)
        or _ends_before(text, start, 40, _CAMPAIGN_BEGAN, _CAMPAIGN_BEGAN_NEEDS)
        or _died_of_wounds(text, start, end)
        or _aftermath_day(article, start, end)
    )


def _ends_before(
    text: str, start: int, reach: int, pattern: CaseBlind, needs: tuple[str, ...]
) -> bool:
    """Whether ``pattern`` matches in the ``reach`` characters before ``start``. Every match
    holds one of ``needs`` (lower-case ASCII); as IGNORECASE also matches "i", "k" and "s"
    to letters beyond ASCII, a substring test rules out only an ASCII window (most). An ASCII
    window is matched lower-cased (``CaseBlind``); any other with IGNORECASE (which also
    matches some Cyrillic letters to others that ``str.lower`` leaves alone)."""
    window = text[max(0, start - reach) : start]
    if not window.isascii():
        return pattern.pattern.search(window) is not None
    low = window.lower()
    return contains_any(low, needs) and pattern.folded.search(low) is not None


def _aftermath_day(article: _Article, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is the day of an attack's aftermath in its
    sentence (``told_as_aftermath``); the sentence is read from the dateline's end."""
    sentence = article.sentences[bisect_right(article.sentence_starts, start) - 1]
    opening = max(sentence.start, article.dateline_end)
    return told_as_aftermath(
        article.text[opening : sentence.end], start - opening, end - opening
    )


def _died_of_wounds(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is when a victim died of wounds, a later day than
    the attack's ("A third man died on Friday of wounds suffered when a gunman opened fire
    ... on Thursday night", "died of his wounds on Friday")."""
    before = max(0, start - 20)
    if (
        text.find("hospital", max(0, start - 30), start) >= 0
        and _DIED_IN_HOSPITAL_BEFORE.search(text, max(0, start - 45), start) is not None
    ):
        return True  # "A firefighter ... died in hospital on Saturday, raising the toll"
    if (
        text.find("wounds", max(0, start - 40), start) >= 0
        or text.find("injuries", max(0, start - 40), start) >= 0
    ) and _DIED_OF_WOUNDS_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True  # "Mohammed al-Sawarka, 40, died of his wounds on Friday, raising to nine"
    return (
        # (every match holds "died" or "succumbed")
        (text.find("died", before, start) >= 0 or text.find("succumbed", before, start) >= 0)
        and _DIED_BEFORE.search(text, before, start) is not None
        and _OF_WOUNDS_AFTER.match(text, end) is not None
    )


_DIED_OF_WOUNDS_BEFORE = re.compile(
    r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his\s+|her\s+|their\s+)?(?:wounds|injuries)\s+"
    r"(?:later\s+|early\s+|late\s+)?(?:on\s+)?$"
)
_DIED_IN_HOSPITAL_BEFORE = re.compile(
    r"\b(?:died|succumbed)\s+(?:later\s+)?in\s+(?:a\s+|the\s+)?hospital\s+(?:late\s+|early\s+)?"
    r"(?:on\s+)?$"
)


def _shift_cue(cue: StrikeCue, offset: int) -> StrikeCue:
    means = None if cue.means_start is None else cue.means_start + offset
    return StrikeCue(cue.start + offset, cue.end + offset, cue.event_type, means, cue.strength)


_TOLD_BACK_REACH = 2  # sentences after an attack years back that go on about it


def _segment(
    article: _Article, sentences: list[Sentence], mentions: list, dateline_end: int
) -> list[_Draft]:
    """Group event sentences into drafts, one per place and date (see the module doc)."""
    dateline: list = []
    if dateline_end:
        dateline = [m for m in mentions if m.end <= dateline_end]
        mentions = [m for m in mentions if m.start >= dateline_end]
    mentions = sorted(mentions, key=_START)
    starts = list(map(_START, mentions))
    weapon_starts = article.weapon_starts
    antecedent = next((m.place for m in dateline if m.place.precision == "place"), None)
    if len({m.place.name for m in dateline if m.place.precision == "place"}) > 1:
        antecedent = None  # several cities' dateline ("TUNIS/PARIS, June 27 —"): filed there
    from_dateline = antecedent is not None  # the antecedent is where the report was filed
    headline = antecedent is None  # the headline's place may stand in: looked up once, if asked
    drafts: list[_Draft] = []
    focus: _Draft | None = None
    lost = False  # placeless sentences tell of a settlement we could not place
    told_back = False  # the last attack sentence told an attack years back
    since = 0  # the first sentence after the last attack sentence
    aside: tuple[int, Place] | None = None  # a town a sentence of no attack named (``_town_aside``)
    heading: tuple[int, Place] | None = None  # a live blog entry's place heading (``_heading``)
    for i, (sentence, cue) in enumerate(zip(sentences, article.cues, strict=True)):
        attack_told = since > 0  # an earlier sentence told an attack
        if len(sentence.text) <= _HEADING_MAX and cue is None:
            heading = _heading(sentence, mentions, starts, i) or heading
        if _background(article, sentence, cue) or (
            cue is not None and _goes_on_about_it(article, sentence, told_back, since, i)
        ):
            if cue is not None:
                told_back, since = True, i + 1
            if focus is not None:
                aside = _town_aside(sentence, mentions, starts, focus, i) or aside
            continue  # an attack years back, or a tally, is not this report's strike
        if cue is not None:
            told_back, since = False, i + 1
        elif told_back and i - since < _TOLD_BACK_REACH:
            # the toll of the attack years back just told ("A year ago today, a Kh-101 hit
            # Okhmatdyt ... Two adults were killed"): no attack of this report's
            if focus is not None:
                aside = _town_aside(sentence, mentions, starts, focus, i) or aside
            continue
        is_event = cue is not None or (
            _tells_casualties(_counts(article, sentence), focus is not None or bool(drafts))
            and not is_not_a_strike(sentence.text)
            and not _stopped_unharmed(article, sentence)
        )
        armed = is_event or _any_within(weapon_starts, sentence.start, sentence.end)
        if not armed and focus is not None and focus.precision == "region":
            inside = _place_inside(focus, sentence, mentions, starts)
            if inside is not None:
                # "... the only Catholic church in the Gaza Strip. The Holy Family Church in
                # Gaza City has sheltered hundreds": where in the region the sentences after
                # it tell of
                focus, antecedent, from_dateline = None, inside, False
                continue
        if not armed and focus is not None:
            aside = _town_aside(sentence, mentions, starts, focus, i) or aside
            continue  # it joins no event, and names no antecedent that is still asked for
        # Once an event is in focus, a sentence that reports no attack only joins it: which
        # places it says were struck (an antecedent, a national total) matters no more.
        in_sentence = _within(mentions, starts, sentence.start, sentence.end)
        if in_sentence and (is_event or focus is None):
            struck = struck_places(sentence.text, sentence.start, in_sentence)
        else:
            struck = []
        if struck and focus is not None:
            # A follow-up whose place is only an official's title ("Leningrad region
            # governor ... said there were no casualties", "Tver governor ... said a fire
            # broke out after the attack") tells of the focus event: when it reports no
            # attack of its own, or the official's is the focus's region.
            struck = [
                sp
                for sp in struck
                if not (
                    (cue is None or _same_region(sp.mention.place, focus.place))
                    and names_official(sentence.text, sp.mention.end - sentence.start)
                )
            ]
        national = _tells_a_total(sentence, struck, in_sentence)
        if (
            struck
            and not national
            and is_event
            and (cue is not None or not _is_aggregate(sentence.text))
        ):
            opened: list[_Draft] = []
            # "Hamas ... praised the shooting": a sentence that only refers to an attack told
            # before, as an event, joins the event at its place, and opens none; nor does a
            # habit, nor a reference to an attack no sentence told ("37 drones were shot down
            # ... This was the most massive attack on the Stavropol region"). (A reference to
            # an attack told without its place places it: "Suicide bombers stormed a compound
            # ... The attack in the Daraban area of Dera Ismail Khan district was ...")
            habit = cue is not None and _tells_habit(sentence, cue)
            if drafts and habit:
                # a habit told at a place an event is at ("Russian forces have shelled Kherson
                # almost daily since ... 11 November") adds nothing to it, nor its date; but
                # what follows is of that place's event ("Sumy ... has been hit repeatedly this
                # spring. 11:40 - ... 84 wounded")
                named = {sp.mention.place.geonameid or sp.mention.place.name for sp in struck}
                focus = next(
                    (d for d in reversed(drafts) if (d.place.geonameid or d.place.name) in named),
                    focus,
                )
                continue
            told = (
                _only_refers_back(sentence, cue, habit)
                if drafts or not attack_told
                else cue is not None and (habit or _announces_list(sentence, cue))
            )
            joint = len(struck) > 1 and _figures_after_places(
                article, sentence, struck, in_sentence
            )
            seen: dict[object, _Draft] = {}
            for sp in struck:
                key = sp.mention.place.geonameid or sp.mention.place.name
                if key in seen:
                    # a place named again in the sentence is its one event ("Bombings in Quetta
                    # and Parachinar killed dozens on Friday ... and shops in Parachinar stayed
                    # shut on Saturday"; "Харків/Kharkiv: Russian Grad rockets are falling")
                    seen[key].parts.append(
                        _Part(sentence, sp.seg_start, sp.seg_end, cue, True, shared=sp.shared)
                    )
                    continue
                if (len(struck) > 1 or drafts) and told_as_past(
                    sentence.text, sp.mention.start - sentence.start, article.published
                ):
                    # "... killing 25, almost three years after bombings in Kuta"; after the
                    # report's attack, "a suicide attack on a church on the outskirts of
                    # Damascus in June that killed 25" (not the report's own news: "An air
                    # force attack on a religious school in Kunduz province last month")
                    continue
                part = _Part(
                    sentence, sp.seg_start, sp.seg_end, cue, True, shared=sp.shared or joint
                )
                dated = part
                if sp.shared:  # Places named together share the sentence's day ("strikes on
                    # Sanaa and Saada on Saturday").
                    dated = _Part(sentence, sentence.start, sentence.end, cue, True)
                date = _event_date(article, dated)
                draft = _find_draft(article, drafts, sp.mention.place, date)
                if (
                    draft is not None
                    and draft not in opened
                    and cue is not None
                    and _separate(article, draft, part, named=True)
                ):
                    # "In a separate strike the same day, ... in Kharkiv": on the day of the
                    # attack it follows, unless it has its own
                    date, draft = date or draft.date, None
                if draft is None and told:
                    # "... an Israeli air strike in southern Lebanon killed ... The strike
                    # destroyed a house in the village of Jouaiya": the region's event, placed
                    draft = _region_holding(drafts, sp.mention.place)
                    if draft is None:
                        continue
                    draft.place, draft.date = sp.mention.place, date or draft.date
                if (
                    draft is None
                    and date is None
                    and focus is not None
                    and _nearer_town(focus, sp.mention.place)
                ):
                    # "US drone strikes on a base ... south of Baghdad late on Tuesday ... It
                    # said three strikes hit the brigade's headquarters in Jurf al-Nasr": the
                    # town places the attack told off the capital
                    draft = focus
                    draft.place, draft.off_capital = sp.mention.place, False
                if draft is None:
                    draft = _Draft(sp.mention.place, date)
                    drafts.append(draft)
                draft.parts.append(part)
                opened.append(draft)
                seen[key] = draft
            focus = next((d for d in opened if d.precision == "place"), None) or next(
                # "KADUNA — ... in Tudun Biri, in the Igabi area of Kaduna state, killing 85":
                # the region holding the dateline's city, given figures, is where what follows
                # tells of
                (
                    d
                    for d in opened
                    if _holds_dateline(article, d, antecedent, from_dateline, sentence)
                    or _away_from_dateline(d, antecedent, from_dateline)
                ),
                focus,
            )
            lost = False
        elif armed:
            unknown = not lost and is_event and _hits_unknown_settlement(sentence, in_sentence)
            if (
                unknown
                and focus is not None
                and _within_region_focus(
                    article, focus, sentences[i - 1] if i else None, sentence, cue, in_sentence
                )
            ):
                # "... bombed villages in the western province of Farah. The bombs hit the
                # village of Granai in Bala Baluk district late on Monday": the region's event
                focus.parts.append(_Part(sentence, sentence.start, sentence.end, cue, False))
                continue
            if lost or unknown:
                focus, antecedent, headline, lost = None, None, False, True
                if is_event:
                    part = _Part(sentence, sentence.start, sentence.end, cue, False)
                    article.unplaced.append((part, {m.place.country_code for m in in_sentence}))
                continue
            if cue is None and focus is not None and _toll_of_days_before(article, focus, sentence):
                continue  # "by Wednesday night the toll had risen to 24", after Thursday's strike
            if cue is None and is_event and focus is not None:
                # "rescuers have now recovered 24 bodies from the ruins of the administration
                # building", after the day before's strike on the police: the administration's
                focus = _draft_by_site(drafts, focus, sentence) or focus
            if cue is not None and _tells_habit(sentence, cue):
                continue  # "a country already under daily missile and drone attack": a habit
            part = _Part(sentence, sentence.start, sentence.end, cue, False, national)
            located = _located_by(article, sentence, in_sentence, drafts) if cue else None
            if located is not None and located is not focus:
                # "Hours later, bombers struck in Sayyida Zeinab, south of Damascus": at the
                # event near the place it is told off, not at the focus (Homs)
                located.parts.append(part)
                focus = located
                continue
            if cue is not None and focus is not None and _other_day(article, focus, part):
                if focus.precision == "place" and (
                    _THE_CITYS.search(sentence.text) or _ANOTHER_ONE.search(sentence.text)
                ):
                    # "The council also said Russian planes had dropped a bomb on Sunday on
                    # the city's No. 12 art school": another day's attack on the focus's city;
                    # so is "On Wednesday morning a second Russian missile struck the police"
                    focus = _draft_of_day(article, drafts, focus.place, part)
                    focus.parts.append(part)
                continue
            if (
                cue is not None
                and focus is not None
                and _hits_another_country(article, in_sentence, focus)
            ):
                continue  # "Earlier on Monday an Iranian missile barrage on Israel killed eight"
            if cue is not None and focus is not None and _separate(article, focus, part):
                focus = _Draft(focus.place, _event_date(article, part) or focus.date)
                drafts.append(focus)
            if (
                heading is not None
                and heading[0] == i - 1
                and is_event
                and not struck  # (a place launched from is none: "випущеними з Бєлгородської")
                and (focus is None or focus.place != heading[1])
            ):
                # "09:40 Житомирщина. Унаслідок атаки загинули троє дітей": the entry's place
                focus = _draft_of_day(article, drafts, heading[1], part)
            elif cue is not None and aside is not None and aside[0] == i - 1 and (
                _IN_THE_CITY.search(sentence.text)
            ):
                # "The strike followed a deadly day in Kharkiv. A Russian Kh-35 missile hit an
                # industrial site in the city": the town named just before, not the focus
                focus = _draft_of_day(article, drafts, aside[1], part)
            target = focus
            if target is None and antecedent is None and headline and is_event:
                antecedent, headline, from_dateline = _headline_place(article), False, False
            if (
                target is None
                and from_dateline
                and is_event
                and (
                    _names_unknown_place(sentence, in_sentence)
                    or _told_off_another(article, sentence, in_sentence, antecedent)
                )
                # (but "this Red Sea diving resort on the Sinai peninsula" is the dateline's)
                and _THIS_TOWN.search(sentence.text) is None
            ):
                # "JERUSALEM — ... a missile hit their home in Kfar Yuval": the attack was at
                # a place we cannot resolve, and the placeless sentences after it tell of it
                # (so is one told off another town: "on a highway south of Hebron")
                article.preamble.append(part)
                antecedent, headline, lost = None, False, True
                continue
            home = (  # the dateline's country named as hit: a national total
                national
                and antecedent is not None
                and any(sp.mention.place.country_code == antecedent.country_code for sp in struck)
            )
            if (
                target is None
                and antecedent is not None
                and is_event
                and not home
                and not (from_dateline and _fires_from(article, sentence, cue, antecedent))
                # an aircraft shot down came down where the report says, not where it was filed
                # ("KYIV - ... Iran admitted its military had shot down a Ukrainian airliner")
                and not (from_dateline and cue is not None and shot_down(sentence.text))
                # nor is "several cities in the west were hit" the dateline's city
                and not (from_dateline and _SEVERAL_PLACES_HIT.search(sentence.text))
                and not _is_aggregate(sentence.text)  # "at several Ukrainian cities": not one place
                # "Later the ministry raised the toll to 492": a total's, told before
                and not (cue is None and _total_told(article))
                # "Starmer said the attacks had failed to divide Londoners": no attack of its own
                and not _only_refers_back(sentence, cue)
                and not (from_dateline and _filed_abroad(antecedent, drafts, cue))
                and not (
                    from_dateline and national and _in_another_country(sentence, struck, antecedent)
                )
            ):
                target = _Draft(antecedent, _event_date(article, part))
                target.off_capital = _told_off_capital(sentence, in_sentence, antecedent)
                drafts.append(target)
                focus = target
            around = (
                area_around(sentence.text, sentence.start, in_sentence)
                if target is None and cue is not None and in_sentence
                else None
            )
            if around is not None:
                # "Air strikes hit a camp south of El Fasher": nothing else places it, so in
                # the town's region
                target = _Draft(around.place, _event_date(article, part))
                target.off_capital = around.place.precision == "place"
                drafts.append(target)
                focus = target
            elif target is not None and target.off_capital and cue is not None and in_sentence:
                closer = area_around(sentence.text, sentence.start, in_sentence)
                if closer is not None and closer.place != target.place:
                    # "... on a house north-east of Baghdad. ... bombs on a safe house in
                    # Hibhib, about 8 km north of Baquba": the nearer town places it
                    target.place, target.off_capital = closer.place, False
            if (
                target is not None
                and not _total_elsewhere(national, struck, target)
                and not (not struck and _official_elsewhere(sentence, in_sentence, target))
            ):
                target.parts.append(part)
            elif is_event and target is None:
                article.preamble.append(part)
        if not struck:
            if focus is None and not is_event and in_sentence and "heard" in sentence.text:
                # "Loud explosions were heard across Port Sudan before dawn. ... drones hit
                # the city's civilian airport": where blasts were heard, before any attack is
                # told, is the town the next sentences tell of
                heard = {m.place for m in in_sentence if m.place.precision == "place"}
                if len(heard) == 1 and _BLASTS_HEARD.search(sentence.text):
                    antecedent, from_dateline = heard.pop(), False
            continue
        fine = [sp.mention.place for sp in struck if sp.mention.place.precision == "place"]
        if fine:
            antecedent, from_dateline = fine[-1], False
        elif (
            from_dateline
            and antecedent is not None
            and (
                (
                    not is_event
                    and all(
                        sp.mention.place.country_code != antecedent.country_code for sp in struck
                    )
                )
                # "BEIRUT — U.S. air strikes on eastern Syria killed at least 22 fighters"
                or (national and _in_another_country(sentence, struck, antecedent))
            )
        ):
            # "MOSCOW — Explosions tore through an ammunition depot in northern Crimea": the
            # report is about a place abroad, so its placeless sentences are not the dateline's
            antecedent, from_dateline = None, False
    # (a draft opened for a sentence that then joined none, and that no later sentence joined,
    # is no event: "KYIV — ... Russia's defence ministry confirmed attacks in the Murmansk,
    # Irkutsk, Ivanovo, Ryazan and Amur regions", a total of regions that do not hold Kyiv)
    return [d for d in drafts if d.parts]


_STOPPED_REACH = 2  # sentences after an event's last that may tell its munitions all stopped


def _stopped_all(article: _Article, draft: _Draft) -> bool:
    """Whether the event's sentences or those just after tell every munition stopped, with
    nothing hit ("three rockets launched from southern Lebanon crossed the border. All three
    were shot down and there were no reports of injuries or damage"), or some downed and the
    harm denied outright ("Units ... destroyed another 12 UAVs within an hour. There are no
    casualties or damage", read also in the sentences just before, in its paragraph); and the
    other sentences read tell of no harm."""
    own = list({p.sentence.start: p.sentence for p in draft.parts}.values())
    first, last = min(s.start for s in own), max(s.start for s in own)
    # (and those between: "... approached Kyiv from the south-west. Air-defence crews
    # destroyed all of the targets on the approaches to the city. No damage and no
    # casualties were recorded in the capital.")
    read = [s for s in article.sentences if first <= s.start <= last] + [
        s for s in article.sentences if s.start > last
    ][:_STOPPED_REACH]
    stopped = [all_stopped(s.text) for s in read]
    if not any(stopped):  # (most events: no harm need be looked for)
        if not any(denies_harm(s.text) for s in read):
            return False
        before = [s for s in article.sentences if s.start < first][-_STOPPED_REACH:]
        read = [s for s in before if "\n\n" not in article.text[s.start : first]] + read
        downed = [downed_some(s.text) or went_astray(s.text) for s in read]
        if not any(downed):
            return False
        stopped = [
            told or (denies_harm(s.text) and not tells_harm(s.text))
            for s, told in zip(read, downed, strict=True)
        ]
    return not any(tells_harm(s.text) for s, told in zip(read, stopped, strict=True) if not told)


def _stopped_before(article: _Article, draft: _Draft) -> bool:
    """Whether the one event of a report is a claim told after the munitions were said shot
    down, with harm denied and none told anywhere ("The military said it shot down a ballistic
    missile fired from Yemen ... No impact sites or damage were reported. The Houthis said they
    had fired a missile at a military target in Israel"), or said to have fallen in the sea
    by the ship it was fired at."""
    own = {p.sentence.start: p.sentence for p in draft.parts}.values()
    first = min(s.start for s in own)
    before = [s for s in article.sentences if s.start < first]
    return (
        any(all_stopped(s.text) or downed_some(s.text) or missed(s.text) for s in before)
        and any(denies_harm(s.text) for s in article.sentences)
        and not any(tells_harm(s.text) for s in article.sentences)
    )


_BLASTS_HEARD = re.compile(
    r"\b(?:explosions?|blasts?)\s+(?:were|was|could\s+be|have\s+been)\s+(?:also\s+)?heard\b",
    re.IGNORECASE,
)


def _official_elsewhere(sentence: Sentence, mentions: list, draft: _Draft) -> bool:
    """Whether a sentence that places no strike is told by an official of another region than
    the draft's, or of a town in one ("Saratov governor Roman Busargin said ... falling debris
    caused no casualties", after an attack on the Morozovsk air base in the Rostov region): its
    news is not the draft's."""
    place = draft.place
    if not mentions:
        return False
    for mention in mentions:
        other = mention.place
        if (
            other.precision != "country"
            and (
                # ... or of another country's ("Gaza's health ministry says 25 Palestinians were
                # killed", after a rocket's hit in Ashdod)
                other.country_code != place.country_code
                or (place.admin1 and other.admin1 != place.admin1)
            )
            and names_official(sentence.text, mention.end - sentence.start)
        ):
            return True
    return False


def _total_elsewhere(national: bool, struck: list, draft: _Draft) -> bool:
    """Whether a sentence gives a total of regions none of which holds the draft's place: no
    news of its event ("... bombed the town of Borova on Oct. 3. Russian forces launched 100
    attacks on Kherson Oblast over the day, killing one person and injuring 16")."""
    return (
        national
        and bool(struck)
        and all(sp.mention.place.precision == "region" for sp in struck)
        and not any(_same_region(sp.mention.place, draft.place) for sp in struck)
    )


def _figures_after_places(
    article: _Article, sentence: Sentence, struck: list, mentions: list
) -> bool:
    """Whether the places hit are joined by "and" and the sentence's figures all come after
    every place it names: the places' total ("Israeli air strikes on a school in Gaza City and
    on a residential building in Jabalia killed more than 50 people"), no one place's (not a
    place told within another: "in Timba, a village in the Buenos Aires municipality")."""
    counts = _counts(article, sentence)
    if not counts:
        return False
    first = sentence.start + min(c.start for c in counts)
    if not all(m.start < first for m in mentions if m.role == "place"):
        return False
    hit = sorted((sp.mention for sp in struck), key=_START)
    return all(" and " in article.text[a.end : b.start] for a, b in pairwise(hit))


def _tells_a_total(sentence: Sentence, struck: list, mentions: list) -> bool:
    """Whether the places a sentence says were struck are a total's, not an event's: all
    countries (a national toll); a roll of regions ("Russian attacks on Donetsk, Kherson,
    Kharkiv, ... and Luhansk oblasts killed one person and wounded 15 over the past day"); or
    regions whose day is counted in attacks ("In Kherson Oblast, 66 attacks over the same
    period injured two people") or in targets ("hit about 75 Hezbollah targets in the Bekaa
    and southern Lebanon"), or whose places the text says it does not know."""
    if not struck:
        return False
    precisions = {sp.mention.place.precision for sp in struck}
    if precisions == {"country"}:
        return True
    several = _SEVERAL_STRIKES.search(sentence.text)
    if several is not None:
        after = sentence.start + several.end()
        if len({m.place.name for m in mentions if m.start >= after}) > 1:
            # "19 more people were killed this morning in three separate strikes on homes in
            # central Gaza and Gaza City": the strikes' total, over the places it names
            return True
    if precisions != {"region"}:
        return False
    return (
        (len(struck) >= _REGIONS_IN_A_TOTAL and all(sp.shared for sp in struck))
        or _COUNTED_ATTACKS.search(sentence.text) is not None
        or _COUNTED_TARGETS.search(sentence.text) is not None
        # "In Kherson Oblast, two people were killed ... in Russian attacks over the past day,
        # Governor Oleksandr Prokudin said, without saying where"
        or _UNPLACED.search(sentence.text) is not None
    )


def _hits_another_country(article: _Article, mentions: list, focus: _Draft) -> bool:
    """Whether the only places an attack sentence names are countries other than the focus
    event's, told as hit ("a missile barrage on Israel"): its attack is there, not at the
    focus."""
    places = [m for m in mentions if getattr(m, "role", "place") == "place"]
    return bool(places) and all(
        m.place.precision == "country"
        and m.place.country_code != focus.place.country_code
        and _ON_BEFORE.search(article.text, max(0, m.start - 12), m.start) is not None
        for m in places
    )


# A live blog entry's heading: a place's name alone, maybe with an update's word ("Київ.",
# "Миколаїв, уточнення.", "Kharkiv:").
_HEADING_MAX = 80  # characters
_HEADING_REST = re.compile(
    r"(?:,\s*(?:уточнення|уточнение|update|updated))?"
    # (and the unit it is in: "▪️ Новоосинове (Куп'янський район).")
    r"(?:\s*\([^()]{1,80}\))?\s*[.:]?\s*\Z"
)
_BULLET = re.compile(r"[•▪■◾►▶●◆*·–—-]\ufe0f?\s*")  # a round-up's bullet before a heading


def _heading(
    sentence: Sentence, mentions: list, starts: list[int], i: int
) -> tuple[int, Place] | None:
    """The place a sentence that is only its name heads the entry with, and the index."""
    inside = _within(mentions, starts, sentence.start, sentence.end)
    bullet = _BULLET.match(sentence.text)
    opening = sentence.start + (bullet.end() if bullet else 0)
    if not inside or inside[0].start != opening:
        return None
    rest = _HEADING_REST.match(sentence.text, inside[0].end - sentence.start)
    if rest is None or any(m.start < sentence.start + rest.start() for m in inside[1:]):
        return None  # (others only in the parenthesis after it)
    return i, inside[0].place


def _town_aside(
    sentence: Sentence, mentions: list, starts: list[int], focus: _Draft, i: int
) -> tuple[int, Place] | None:
    """The one town a sentence of no attack names, other than the focus's ("The strike
    followed a deadly day in Kharkiv"), with the sentence's index: "the city" of the next
    sentence, if it tells an attack, is that town."""
    if "in " not in sentence.text:
        return None
    towns = {
        m.place
        for m in _within(mentions, starts, sentence.start, sentence.end)
        if m.place.precision == "place" and getattr(m, "role", "place") == "place"
    }
    if len(towns) != 1 or focus.place in towns:
        return None
    return i, towns.pop()


def _located_by(
    article: _Article, sentence: Sentence, mentions: list, drafts: list[_Draft]
) -> _Draft | None:
    """The event at the one place a placeless attack sentence tells its place off ("struck
    in Sayyida Zeinab, south of Damascus"), when the article has one there."""
    if not drafts:
        return None  # (with no event yet, no place it names has one)
    found = None
    for mention in mentions:
        if not locates_off(article.text[max(sentence.start, mention.start - 60) : mention.start]):
            continue
        key = mention.place.geonameid or mention.place.name
        draft = next((d for d in reversed(drafts) if d.key == key), None)
        if draft is None or (found is not None and found is not draft):
            return None
        found = draft
    return found


def _told_off_another(
    article: _Article, sentence: Sentence, mentions: list, dateline: Place | None
) -> bool:
    """Whether a placeless attack sentence tells its place off a town that is not the
    dateline's ("JERUSALEM — A gunman opened fire on a car on a highway south of Hebron")."""
    return dateline is not None and any(
        mention.place.precision == "place"
        and (mention.place.geonameid or mention.place.name) != (dateline.geonameid or dateline.name)
        and locates_off(article.text[max(sentence.start, mention.start - 60) : mention.start])
        for mention in mentions
    )


def _tells_casualties(counts: list[CountMention], told: bool) -> bool:
    """Whether a sentence's figures tell of an attack's harm: "no one was hurt" only of one
    already told (after "the missile was intercepted" it reports none)."""
    return bool(counts) and (told or any(c.count.max != 0 for c in counts))


def _stopped_unharmed(article: _Article, sentence: Sentence) -> bool:
    """Whether a sentence tells of no harm at all, and of a munition stopped: no attack's toll
    but an interception ("a drone was shot down as it approached the KINEF refinery in
    Kirishi, and ... there was no damage and no one was hurt")."""
    counts = _counts(article, sentence)
    return (
        bool(counts)
        and all(c.count.max == 0 for c in counts)
        and _STOPPED.search(sentence.text) is not None
    )


# (A munition) stopped before it hit.
_STOPPED = re.compile(r"\b(?:shot\s+down|intercepted|downed)\b", re.IGNORECASE)


def _in_another_country(sentence: Sentence, struck: list, dateline: Place) -> bool:
    """Whether the sentence says its attack was in a country other than the dateline's
    ("NAIROBI — ... militants overran a base in southwestern Somalia"), not merely names one
    ("citizens of Britain, Poland and Australia were killed")."""
    return any(
        sp.mention.place.country_code != dateline.country_code
        and _IN_COUNTRY.search(sentence.text, 0, sp.mention.start - sentence.start)
        for sp in struck
    )


# Places hit, counted but not named: "several cities in the west were hit".
_SEVERAL_PLACES_HIT = re.compile(
    r"\b(?:[Ss]everal|[Mm]any|[Mm]ultiple|[Ss]ome)\s+(?:[\w-]+\s+)?(?:cities|towns|regions|"
    r"villages|settlements)\b[^.;]{0,40}?\s(?:were|have\s+been|had\s+been)\s+(?:hit|struck)\b"
)


def _nearer_town(focus: _Draft, place: Place) -> bool:
    """Whether ``place`` is a town near the capital the focus was placed off by a bearing
    alone: where that attack was."""
    return (
        focus.off_capital
        and place.precision == "place"
        and place.country_code == focus.place.country_code
        and distance_km(place.lat, place.lon, focus.place.lat, focus.place.lon) <= _NEAR_CAPITAL_KM
    )


_NEAR_CAPITAL_KM = 150  # a town this near the capital may be where "south of" it was


def _told_off_capital(sentence: Sentence, mentions: list, place: Place) -> bool:
    """Whether the sentence places its attack only by a bearing off ``place``, a capital ("a
    house north-east of Baghdad", in a report filed from Baghdad)."""
    if not mentions or not load_gazetteer().is_capital(place):
        return False
    around = area_around(sentence.text, sentence.start, mentions)
    return around is not None and around.place == place


def _filed_abroad(dateline: Place, drafts: list[_Draft], cue: StrikeCue | None) -> bool:
    """Whether the report was filed in a country none of its strikes so far is in, and the
    sentence names no means: its attack word or figure is about those strikes ("GENEVA — Air
    strikes on a market in Yemen's Hajjah province ..." / "the deadliest single attacks of
    the war")."""
    return (
        (cue is None or cue.event_type is None)
        and bool(drafts)
        and all(d.place.country_code != dateline.country_code for d in drafts)
    )


def _holds_dateline(
    article: _Article, draft: _Draft, antecedent: Place | None, from_dateline: bool,
    sentence: Sentence,
) -> bool:
    """Whether a region event, its figures told, holds the dateline's city."""
    return (
        from_dateline
        and antecedent is not None
        and draft.precision == "region"
        and _same_region(draft.place, antecedent)
        and bool(_counts(article, sentence))
    )


# A place a site is told beside, not in: "The base, between Homs and the ancient city of
# Palmyra", "near Palmyra".
_BOUND_BEFORE = re.compile(
    r"\b(?:between|near|outside|from|between\s+[^,;.]{1,60}?\s+and)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _one_attack_in_country(article: _Article, part: _Part) -> bool:
    """Whether a sentence that names only a country tells of one attack in a part of it, not
    of a national total (``_is_aggregate``): "in northwest Pakistan", "a ... compound"."""
    text = part.sentence.text
    return (
        part.national
        and not _is_aggregate(text)
        and _COUNTRY_PART.search(text) is not None
        and (_SINGLE_ATTACK.search(text) is not None or _ONE_SITE.search(text) is not None)
    )


# A part of a country: "in northwest Pakistan", "in southern Lebanon".
_COUNTRY_PART = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|"
    r"central|north-?west(?:ern)?|north-?east(?:ern)?|south-?west(?:ern)?|south-?east(?:ern)?)\s+"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
# One site hit: "into a security forces compound", "on an army base", "bombed a village
# monastery".
_ONE_SITE = re.compile(
    r"\b(?:into|on|at|bombed|shelled|struck|hit|attacked|targeted|raided)\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:compound|base|post|checkpoint|camp|school|mosque|church|monastery|"
    r"pagoda|temple|market|hotel|hospital|convoy|house|home|farm|factory)\b",
    re.IGNORECASE,
)


def _place_inside(
    region: _Draft, sentence: Sentence, mentions: list, starts: list[int]
) -> Place | None:
    """The first place the sentence names as a location inside the region event's region."""
    in_sentence = _within(mentions, starts, sentence.start, sentence.end)
    if not in_sentence:
        return None
    for sp in struck_places(sentence.text, sentence.start, in_sentence):
        place, start = sp.mention.place, sp.mention.start - sentence.start
        if (
            place.precision == "place"
            and _same_region(region.place, place)
            and not _BOUND_BEFORE.search(sentence.text, max(0, start - 40), start)
        ):
            return place
    return None


def _away_from_dateline(draft: _Draft, antecedent: Place | None, from_dateline: bool) -> bool:
    """Whether a region event is away from the dateline's city ("ADEN — Houthi drones attacked
    the al-Dhabba oil terminal in the southern province of Hadramawt"): the placeless sentences
    after it tell of it ("There were no casualties"), not of where the report was filed."""
    return (
        from_dateline
        and antecedent is not None
        and draft.precision == "region"
        and not _same_region(draft.place, antecedent)
    )


def _fires_from(
    article: _Article, sentence: Sentence, cue: StrikeCue | None, place: Place
) -> bool:
    """Whether the sentence's attacker is the state whose country ``place`` is in: a report
    filed in its capital tells of its strike abroad ("ISLAMABAD — Pakistan carried out strikes
    inside Iran")."""
    if cue is None:
        return False
    attacker = _attacker_in(article, sentence.start, sentence.end, None)
    return attacker is not None and ACTOR_COUNTRIES.get(attacker) == place.country_code


def _hits_unknown_settlement(sentence: Sentence, mentions: list) -> bool:
    """Whether the sentence says its attack hit a settlement that no place mention covers."""
    if not contains_any(sentence.text, _SETTLEMENT_NEEDS):
        return False
    starts = (m.start() for m in _SETTLEMENT_HIT_STARTS.finditer(pad(sentence.text)))
    for m in matches_at(_SETTLEMENT_HIT, sentence.text, starts):
        groups = ("name", "before", "island", "appos", "unnamed")
        name = next(group for group in groups if m.group(group))
        if name == "unnamed":
            # ... unless a place we know says where it is ("a village near the port of Mokha")
            end = sentence.start + m.end()
            if not _NEAR_KNOWN.match(sentence.text, m.end()) or not any(
                end < mention.start <= end + _NEAR_REACH for mention in mentions
            ):
                return True
            continue
        at = sentence.start + m.start(name)
        if not any(mention.start <= at < mention.end for mention in mentions):
            # ... unless a place we know says where it is ("at Koromey, a few kilometres
            # from Mandera")
            end = sentence.start + m.end()
            if _NEAR_KNOWN.match(sentence.text, m.end()) and any(
                end < mention.start <= end + _FAR_REACH for mention in mentions
            ):
                continue
            return True
    return False


def _names_unknown_place(sentence: Sentence, mentions: list) -> bool:
    """Whether the sentence says the attack was in or at a name that is no place we know
    (nor a month or weekday, an actor, a people's name as in "at Ukrainian cities", or a
    site in the dateline's city: "at Nasser Hospital"; but a base or camp is not one of its
    sites: "an attack on al-Anad air base")."""
    cues = load_gazetteer().cues
    sites = contains_any(sentence.text, _UNKNOWN_SITE_NEEDS)
    found = [
        *(_UNKNOWN_SITE.finditer(sentence.text) if sites else ()),
        *(m for m in _UNKNOWN_IN.finditer(sentence.text) if not _SITE_WORD.search(m["name"])),
        *_UNKNOWN_AREA.finditer(sentence.text),
    ]
    for m in found:
        group = "owned" if m.groupdict().get("owned") else "name"
        name = m.group(group)
        first = name.removeprefix("Camp ").split()[0]
        if first.lower() in CALENDAR_WORDS or normalise(first) in cues or normalise_actor(name):
            continue  # "in March", "at Ukrainian cities", "at the Russian base"
        at = sentence.start + m.start(group)
        if not any(mention.start <= at < mention.end for mention in mentions):
            return True
    return False


def _same_region(official: Place, place: Place) -> bool:
    """Whether an official's place (a region, or its capital) is the region ``place`` is in."""
    return place.admin1 is not None and place.admin1 in (official.admin1, official.name)


def _headline_for(article: _Article, draft: _Draft) -> _Headline | None:
    """The article's strike headline, if it names the draft's place."""
    headline = article.headline
    if headline is None or draft.key not in headline.places:
        return None
    return headline


def _headline_attacker(
    article: _Article, headline: _Headline | None, country_code: str | None
) -> str | None:
    """Who the strike headline says fired, for an event the body names no attacker of: the
    headline's own place's, or any one's when the headline names no place ("Houthi missiles
    and drones hit Saudi oil sites" over a round-up of its strikes), unless it is the state the
    event is in or does not fight there (``_struck_from_abroad_there``)."""
    if headline is None:
        headline = article.headline
        if headline is None or headline.places:
            return None
    attacker = headline.attacker
    if attacker is None or not _struck_from_abroad_there(attacker, country_code, article):
        return None
    return attacker


def _headline_place(article: _Article) -> Place | None:
    """The place or region a headline reporting a strike says was hit ("Kharkiv: two killed
    as guided bomb hits apartment block"), or that is the whole title ("Kharkiv"). Feed items
    often name it only there, so it stands for the body's placeless attack sentences, as a
    dateline's place does. The names are read with the body, which gives them their country
    context."""
    title = article.title
    if title is None:
        return None
    mentions = [m for m in find_places(f"{title}\n{article.text}") if m.end <= len(title)]
    if article.headline is None:
        # A feed item titled by its place alone ("Kharkiv") says where as a dateline does.
        whole = title.strip(" \t.:;,-—–")
        return next(
            (
                m.place
                for m in mentions
                if m.place.precision in ("place", "region") and title[m.start : m.end] == whole
            ),
            None,
        )
    return next(
        (
            sp.mention.place
            for sp in struck_places(title, 0, mentions)
            if sp.mention.place.precision in ("place", "region")
        ),
        None,
    )


def _background(article: _Article, sentence: Sentence, cue: StrikeCue | None) -> bool:
    """Whether the sentence tallies attacks over a period (``told_as_background``), or its attack
    (its word or means), or else each of its figures, is told as years back ("In May last
    year, a missile attack on the same street killed eight"), or it sets the attack told
    before in its context (``_SETS_CONTEXT``)."""
    text, published = sentence.text, article.published
    # (with an attack word or its figures alone: "The shooting came a day after an Israeli raid
    # in the Jenin refugee camp killed nine")
    context = _SETS_CONTEXT.match(text) if text[:1] in _SETS_CONTEXT_FIRST else None
    if context is not None and not _SAME_DAY.search(context.group()):
        return True
    if cue is not None:
        at = cue.start - sentence.start
        means = cue.means_start
        return told_as_background(
            text, at, [at] if means is None else [at, means - sentence.start], published
        )
    counts = _counts(article, sentence)
    return bool(counts) and all(
        told_as_background(text, c.start, [c.start], published) for c in counts
    )


# An attack named again by a definite noun: "The bomb, dropped from a B-29 bomber, killed
# about 74,000 people" after "Nagasaki marked 80 years since the atomic bombing".
_SAME_ATTACK_OPENING = re.compile(
    r"(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|attack|strike|air\s+strike|blast|"
    r"explosion|raid|shelling|massacre|shooting|missile|rocket|launch)s?\b"
)
# ... or an inquiry into it: "Prosecutors in Lublin said their investigation into the blast,
# which ... remained open"
_PROBE_INTO_IT = re.compile(
    r"\b(?:investigation|probe|inquiry|inquest|trial)\s+(?:into|over|of)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bomb|bombing|attack|strike|blast|explosion|raid|shelling|massacre)s?\b"
)
# ... or its time told back to it: "Kalibr missiles hit the square late that morning", after
# "the city remembered the victims of the missile attack two years ago".
_THAT_TIME = re.compile(
    r"\b(?:that|the\s+same)\s+(?:morning|afternoon|evening|night|day)\b|\bat\s+the\s+time\b"
)
# A weapons test told: "carried out the first flight test of an Agni-5 ballistic missile".
_WEAPONS_TEST = re.compile(
    r"\b(?:flight|missile|weapons?|rocket)\s+tests?\b|\btest[\s-]+(?:fire[ds]?|firing|launch)|"
    r"\btests?\s+of\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:weapons?|missiles?|rockets?)\b",
    re.IGNORECASE,
)


def _goes_on_about_it(
    article: _Article, sentence: Sentence, told_back: bool, since: int, index: int
) -> bool:
    """Whether an attack sentence (number ``index``) goes on about an attack told years back
    (``told_back``: by the last attack sentence; or by an anniversary or a trial told in the
    sentences from ``since`` up to it, those after the last attack sentence), or about a
    weapons test told there ("The missile was fired from ... Island"): it names it again by a
    definite noun, and tells no day of its own."""
    return (
        (
            _SAME_ATTACK_OPENING.match(sentence.text) is not None
            or _PROBE_INTO_IT.search(sentence.text) is not None
            or _THAT_TIME.search(sentence.text) is not None
        )
        and (
            told_back
            or any(
                _told_for_anniversary(s)
                or ("est" in s.text and _WEAPONS_TEST.search(s.text) is not None)
                for s in article.sentences[since:index]
            )
        )
        and not _dates_in(article, sentence.start, sentence.end)
    )


def _told_for_anniversary(sentence: Sentence) -> bool:
    """Whether ``_ANNIVERSARY`` matches the sentence (gated by ``_may_match``)."""
    return _may_match(sentence.text, _ANNIVERSARY_NEEDS) and (
        _ANNIVERSARY.search(sentence.text) is not None
    )


def _region_holding(drafts: list[_Draft], place: Place) -> _Draft | None:
    """The last region's draft whose region holds ``place`` (a town)."""
    if place.precision != "place" or not place.admin1:
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.precision == "region"
            and d.place.country_code == place.country_code
            and d.place.admin1 == place.admin1
        ),
        None,
    )


def _only_refers_back(
    sentence: Sentence, cue: StrikeCue | None, habit: bool | None = None
) -> bool:
    """Whether the sentence's attack word, with no means named, only refers to an attack told
    elsewhere (``triggers.refers_back``) or to those a list after it tells ("The following
    attacks on Kauda were documented in late May:"), or tells a habit
    (``triggers.told_as_habit``; ``habit``: that, when the caller knows it)."""
    if cue is None:
        return False
    return (
        (cue.means_start is None and refers_back(sentence.text, cue.start - sentence.start))
        or _announces_list(sentence, cue)
        or (_tells_habit(sentence, cue) if habit is None else habit)
    )


def _announces_list(sentence: Sentence, cue: StrikeCue) -> bool:
    """Whether the sentence's bare plural attack word, before a colon that ends it, stands for
    the attacks a list after it tells."""
    return (
        cue.means_start is None
        and sentence.text.endswith(":")
        and sentence.text[cue.end - sentence.start - 1] == "s"
    )


def _attack_told(article: _Article) -> bool:
    """Whether the headline or some sentence tells an attack that is not a habit."""
    return (article.title is not None and find_strike(article.title) is not None) or any(
        cue is not None and not _tells_habit(sentence, cue)
        for sentence, cue in zip(article.sentences, article.cues, strict=True)
    )


def _tells_habit(sentence: Sentence, cue: StrikeCue) -> bool:
    """``triggers.told_as_habit`` of the sentence's attack word."""
    return told_as_habit(sentence.text, cue.start - sentence.start)


def _total_told(article: _Article) -> bool:
    """Whether an attack sentence told so far and placed nowhere gives a total ("Israeli air
    strikes killed 274 people across southern Lebanon")."""
    return any(_is_aggregate(p.sentence.text) for p in article.preamble)


def _is_aggregate(text: str) -> bool:
    """Whether a sentence gives a total ("22 killed across Ukraine", "in all"), but not one
    strike's in all ("The strike on 3 January near the village of Bounti ... killed 22 people in
    all")."""
    if contains_any(text, _AGGREGATE_NEEDS):
        found = _AGGREGATE.search(text)
        if found is not None and not (
            found.group().lower() in _ONE_STRIKES_TOTAL
            and (_ONE_STRIKE_OPENS.match(text) or not _SEVERAL_ATTACKS_TOLD.search(text))
        ):
            return True
    return cyrillic.is_cyrillic(text) and cyrillic.is_aggregate(text.lower())


# A sentence whose subject is one strike: its total is the strike's.
_ONE_STRIKE_OPENS = re.compile(
    r"(?:[^.;:]{0,40}[—–:]\s*)?(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|"
    r"bombing|shelling)\b(?!\s+(?:and|or)\b)"
)
_ONE_STRIKES_TOTAL = frozenset({"in all", "in total", "all told", "altogether", "overall"})
# ... and a total told with no attacks in the plural is one attack's ("Magen David Adom said
# more than 60 people were wounded in all").
_SEVERAL_ATTACKS_TOLD = re.compile(
    r"\b(?:strikes|attacks|raids|bombardments|barrages|waves|shelling\s+of\s+\w+\s+and|"
    r"across|regions|cities|towns|villages|places|areas|provinces|oblasts)\b",
    re.IGNORECASE,
)


# The attack told so far, ranked in a series: "It was the second attack on the market this
# month", "It was Israel's second strike on Syria this week" (not another attack).
_IN_A_SERIES = re.compile(
    r"\b(?:it|this|that)\s+(?:was|is|marked)\s+(?:also\s+)?(?:the|its|their|[\w-]+(?:'s|’s))\s+"
    r"(?:second|third|fourth|fifth|sixth|latest)\s+",
    re.IGNORECASE,
)


# ... or an earlier account of it, not another attack: "Earlier on Tuesday the General Staff
# had spoken of two helicopters ... hit" (not "Earlier, police said a second bomb went off").
_EARLIER_ACCOUNT = re.compile(
    r"Earlier\b[^.;]{0,60}?\bhad\s+(?:spoken|said|reported|announced|claimed|put)\b",
    re.IGNORECASE,
)


def _separate(article: _Article, focus: _Draft, part: _Part, named: bool = False) -> bool:
    """Whether an attack sentence says it tells of another attack on the focus place than
    the one told so far ("Earlier on Friday, heavy shelling killed eight"): it is marked so,
    and it gives other means or figures of its own. ``named``: the sentence names the place
    again, which needs the stricter mark ``_ANOTHER_ATTACK``."""
    if _ORDINAL_OPENING.match(part.sentence.text) and any(
        _FIRST_OPENING.match(p.sentence.text) for p in focus.parts
    ):
        return True
    if _clock_apart(focus, part):
        return True
    needs, opening, marker = (
        (_ANOTHER_ATTACK_NEEDS, _ANOTHER_ATTACK_OPENING, _ANOTHER_ATTACK)
        if named
        else (_SEPARATE_NEEDS, _SEPARATE_OPENING, _SEPARATE)
    )
    low = _folded(part.sentence.text)
    if not contains_any(low, needs) or not _marked(part.sentence.text, opening, marker):
        return False
    if _IN_A_SERIES.search(part.sentence.text):
        return False  # the attack told, counted in a series: "It was the second attack on ..."
    if _EARLIER_ACCOUNT.match(part.sentence.text):
        return False  # an earlier account of it: "Earlier on Tuesday the General Staff had ..."
    if "separate" in low and _SEPARATE_ATTACK.search(part.sentence.text):
        return True  # said outright: "In a separate attack about the same time, fighters ..."
    offset = part.sentence.start
    own_counts = any(
        part.start <= c.start + offset < part.end for c in _counts(article, part.sentence)
    )
    return own_counts or _cue_type([part]) != _cue_type(focus.parts)


def _clock_apart(focus: _Draft, part: _Part) -> bool:
    """Whether the attack sentence and the focus event are told at times of day an hour or more
    apart ("The first blow came at about 11 a.m., when shells hit the hypermarket ... At about
    2:30 p.m. Russian forces fired missiles at a supermarket"), or in different parts of the
    day ("on Wednesday morning ... In the afternoon a suicide bomber"): attacks of their own."""
    time = _time_of_day(part.sentence.text)
    if time is None:
        return False
    for told in (_time_of_day(p.sentence.text) for p in focus.parts if p.cue is not None):
        if told is None:
            continue
        if told[2] and time[2]:  # both parts of the day
            if told[0] != time[0]:
                return True
        elif max(time[0] - told[1], told[0] - time[1]) >= _CLOCK_APART_MINUTES:
            return True
    return False


_SAID_AT = re.compile(
    r"\b(?:said|says|reported|announced|updated|posted|wrote|as\s+of)\s+(?:at\s+)?(?:about\s+)?$"
    # ... nor when a toll rose: "the number killed ... rose to four on Friday evening"
    r"|\b(?:rose|risen|rises|climbed|reached|stood)\s+(?:to|at)\s+[\w,]+\s+$"
)


def _time_of_day(text: str) -> tuple[int, int, bool] | None:
    """The first time of day an attack is told at in ``text``: the first and last minute of
    the day it may be, and whether it is a part of the day (a morning, not a clock time)."""
    low = _folded(text)
    if not contains_any(low, _TIME_OF_DAY_NEEDS):
        return None
    found = next(
        (
            m
            for m in _CLOCK.finditer(low)
            # (not when something was said: "the State Emergency Service said at 14:00")
            if not _SAID_AT.search(low, max(0, m.start() - 24), m.start())
        ),
        None,
    )
    if found is None:
        return None
    if found.group("part") is not None:
        first, last = _PARTS_OF_DAY[found.group("part")]
        return first, last, True
    if found.group("hour24") is not None:
        minute = int(found.group("hour24")) * 60 + int(found.group("minute24"))
        return minute, minute, False
    if found.group("hour") is None:
        return 12 * 60, 12 * 60, False  # noon, midday
    hour = int(found.group("hour")) % 12 + (12 if found.group("half") == "p" else 0)
    minute = hour * 60 + int(found.group("minute") or 0)
    return minute, minute, False


def _marked(text: str, opening: re.Pattern[str], anywhere: CaseBlind) -> bool:
    """Whether ``text`` opens with what ``opening`` matches or holds what ``anywhere`` does."""
    return opening.match(text) is not None or anywhere.search(text) is not None


def _within_region_focus(
    article: _Article,
    focus: _Draft | None,
    previous: Sentence | None,
    sentence: Sentence,
    cue: StrikeCue | None,
    mentions: list,
) -> bool:
    """Whether an attack sentence on a settlement we cannot place tells more of the focus
    event, told at a region's level in the sentence right before (``previous``): it names no
    place outside that region, and no other day."""
    if focus is None or focus.precision != "region" or cue is None:
        return False
    if not focus.parts or focus.parts[-1].sentence is not previous:
        return False
    region = focus.place
    for mention in mentions:
        place = mention.place
        if place.country_code != region.country_code or (
            place.precision != "country" and region.admin1 not in (place.admin1, place.name)
        ):
            return False
    part = _Part(sentence, sentence.start, sentence.end, cue, False)
    date = _event_date(article, part)
    return date is None or focus.date is None or date.date == focus.date.date


def _draft_by_site(drafts: list[_Draft], focus: _Draft, sentence: Sentence) -> _Draft | None:
    """The one other draft, of the focus's place on another day or of another place, whose
    attack sentences name the site a sentence of casualties tells of ("the ruins of the
    administration building"; "now says 41 people were killed and 75 injured at al-Baqa
    cafe", after an entry on Khan Younis) when the focus's do not; None if there is none, or
    the site is not told apart."""
    siblings = [d for d in drafts if d is not focus and d.key == focus.key and d.date != focus.date]
    if not siblings and all(d.key == focus.key for d in drafts):
        return None  # (most reports: one place, one day)
    sites = [found for found in find_targets(sentence.text) if not found.weak]
    words = {
        word
        for found in sites
        for word in _SITE_NAME_WORD.findall(fold(found.text))
        if word not in _GENERIC_SITE_WORDS
    }
    # (another place's site only by its proper name, told with it: "al-Baqa cafe", not "the
    # café")
    names = {
        fold(word)
        for found in sites
        for word in _SITE_PROPER_NAME.findall(
            sentence.text, max(0, found.start - _SITE_NAME_REACH), found.end
        )
    }
    others = [d for d in drafts if d is not focus and d.key != focus.key] if names else []
    if not (siblings or others):
        return None

    def names_site(draft: _Draft, told_words: set[str]) -> bool:
        told = fold(" ".join(p.sentence.text for p in draft.parts if p.cue is not None))
        return any(word in told for word in told_words)

    if not words or names_site(focus, words):
        return None
    named = [d for d in siblings if names_site(d, words)]
    named += [d for d in others if names_site(d, names)]
    return named[0] if len(named) == 1 else None


_SITE_NAME_WORD = re.compile(r"[a-z]{4,}")  # a word of a site's name, folded
# ... and a capitalised one, as written, in the words of the name ("al-Baqa cafe")
_SITE_PROPER_NAME = re.compile(r"(?<=[\s-])[A-Z][a-z]{3,}")
_SITE_NAME_REACH = 20  # characters before the site's word that may hold its name
# Words of many sites, that tell none apart: "the administration building", "the police building".
_GENERIC_SITE_WORDS = frozenset({
    "building", "buildings", "block", "blocks", "house", "houses", "home", "homes", "storey",
    "storeys", "floor", "floors", "apartment", "apartments", "residential", "site", "sites",
    "complex", "area", "areas", "facility", "facilities", "centre", "center", "city", "town",
    "local", "regional", "district", "main", "central", "state",
})  # fmt: skip


def _draft_of_day(
    article: _Article, drafts: list[_Draft], place: Place, part: _Part
) -> _Draft:
    """The draft of ``place`` on the day ``part`` tells, opened if there is none yet."""
    date = _event_date(article, part)
    draft = _find_draft(article, drafts, place, date)
    if draft is None:
        draft = _Draft(place, date)
        drafts.append(draft)
    return draft


def _other_day(article: _Article, focus: _Draft, part: _Part) -> bool:
    """A placeless attack sentence dated to another day than the focus event tells of some
    other strike (often context, "a rocket killed 12 in Majdal Shams on Saturday" with the
    place unresolved): it is not evidence for the focus event."""
    date = _event_date(article, part)
    if date is None:
        return False
    if focus.date is None:  # an undated focus: only an explicit date long before differs
        published = article.published
        return (
            date.explicit
            and published is not None
            and date.date < published - dt.timedelta(days=_BACKGROUND_DAYS)
            and not _in_period_told(focus, date.date, published)
        )
    return date.date != focus.date.date


def _toll_of_days_before(article: _Article, focus: _Draft, sentence: Sentence) -> bool:
    """Whether a placeless toll sentence tells only days before the focus event's: a toll of
    what came before it ("By the end of Tuesday ten had been killed; by Wednesday night the
    toll had risen to 24", after Thursday's strike), not the focus event's."""
    if focus.date is None or focus.date.date is None:
        return False
    days = find_dates(sentence.text, article.published)
    return bool(days) and all(d.date is not None and d.date < focus.date.date for d in days)


def _in_period_told(focus: _Draft, day: dt.date, published: dt.date) -> bool:
    """Whether the focus event's sentences put it in a period that holds ``day`` ("An attack
    on a religious school ... last month killed 36" and "... on April 2", told in May; "Ten
    days after American air strikes flattened much of Granai" and "on the evening of May 4",
    told on May 14)."""
    for part in focus.parts:
        span = _SPAN_SINCE.search(part.sentence.text)
        if span is not None:
            count = parse_number(span.group("n"))
            if count is not None:
                days = count[0] * (7 if span.group("unit").lower().startswith("week") else 1)
                return abs((published - day).days - days) <= _SPAN_SLACK_DAYS
        m = _LAST_PERIOD.search(part.sentence.text)
        if m is None:
            continue
        if m.group("unit").lower() == "week":
            return (published - day).days <= 2 * 7
        last_month = published.replace(day=1) - dt.timedelta(days=1)
        return (day.year, day.month) in {
            (published.year, published.month),
            (last_month.year, last_month.month),
        }
    return False


def _within(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by ``.start``, whose starts are ``starts``) in ``[start, end)``."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def _any_within(starts: list[int], start: int, end: int) -> bool:
    """Whether one of ``starts`` (sorted) is in ``[start, end)`` (``_within`` is not empty)."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _find_draft(
    article: _Article, drafts: list[_Draft], place: Place, date: DateMention | None
) -> _Draft | None:
    key = place.geonameid or place.name
    for draft in reversed(drafts):
        if draft.key != key:
            continue
        if date is None or draft.date is None or draft.date.date == date.date:
            if draft.date is None and date is not None and _far_from_parts(article, draft, date):
                continue
            if draft.date is None:
                draft.date = date
            return draft
    return None


def _event_date(article: _Article, part: _Part) -> DateMention | None:
    """The date in a part nearest its attack word; for a stretch of a sentence that has none,
    the sentence's one day, when the sentence tells of no other attack ("Three people were
    killed in Kharkiv and five in Odesa when missiles struck the two cities on Monday")."""
    dates = _dates_in(article, part.start, part.end)
    if dates:
        anchor = part.start
        if part.cue is not None and part.start <= part.cue.start < part.end:
            anchor = part.cue.start
        return nearest_date(dates, anchor)
    sentence = part.sentence
    if (part.start, part.end) == (sentence.start, sentence.end):
        return None
    dates = _dates_in(article, sentence.start, sentence.end)
    if len({d.date for d in dates}) != 1:
        return None
    if other_attack_start(article.text, sentence.start, sentence.end) != sentence.end:
        return None
    return dates[0]


def _far_from_parts(article: _Article, draft: _Draft, date: DateMention) -> bool:
    """Whether ``date`` is over a week from the first day an undated draft's sentences tell
    ("A gunman shot dead a police officer ... on Sunday"): its place told that far off ("On
    Dec. 10, twin bombings outside the Besiktas stadium in Istanbul") is another attack. With
    no day told, the report's news is recent: a date given in full over a week before it tells
    another attack too ("Lebanon held a day of mourning on Friday after two suicide bombers
    killed 43 ... On Nov. 19, 2013, two suicide bombers attacked the Iranian embassy in
    Beirut"). So is a date given in full other than the one an attack sentence of the draft
    gives in full ("Early on Thursday, October 6, the occupiers fired seven missiles at the
    city", then "On the night to Friday, October 7, they attacked Zaporizhzhia with drones")."""
    if date.explicit:
        for part in draft.parts:
            told = _event_date(article, part) if part.cue is not None else None
            if told is not None and told.explicit and told.date != date.date:
                return True
    for part in draft.parts:
        dates = _dates_in(article, part.start, part.end)
        if dates:
            # (a day given in full that is not the one told: "suspected of shooting dead a man
            # ... on Dec. 15", after "opened fire inside the building on Thursday")
            days = abs((dates[0].date - date.date).days)
            return days > _BACKGROUND_DAYS or (date.explicit and days > 1)
    return (
        date.explicit
        and article.published is not None
        and (article.published - date.date).days > _BACKGROUND_DAYS
    )


def _headline_into_body(drafts: list[_Draft], article: _Article) -> list[_Draft]:
    """A headline that places its attack by region or town, with no day ("Israeli tank fire
    killed Reuters journalist in south Lebanon, investigation finds"), tells the attack the
    body places in that town or a town of that region ("near the village of Alma al-Shaab ...
    on Oct. 13"): the body's event there, whose day is then not made background by the
    headline's."""
    if len(drafts) < 2 or not article.sentences or article.title is not None:
        return drafts
    heading = article.sentences[0]
    if heading.text.rstrip()[-1:] in _SENTENCE_ENDS:
        return drafts  # a sentence, not a headline
    head = drafts[0]
    if head.date is not None or not all(p.sentence is heading for p in head.parts):
        return drafts
    bodies = [d for d in drafts[1:] if d.precision == "place" and _holds(head.place, d.place)]
    if len(bodies) != 1:
        return drafts
    bodies[0].context.extend(head.parts)
    return drafts[1:]


def _holds(outer: Place, place: Place) -> bool:
    """Whether ``place`` is ``outer`` or in it (a first-level region)."""
    if outer.country_code != place.country_code:
        return False
    # (the town itself: "Kostiantynivka market strike: 17th victim dies" over "... when a
    # missile hit the central market in Kostiantynivka on 6 September has died")
    return place.admin1 == outer.name if outer.precision == "region" else outer == place


def _into_the_body(drafts: list[_Draft], article: _Article) -> list[_Draft]:
    """A text that opens with its own headline ("Manchester synagogue attack — as it
    happened") names the city the body then places finer ("outside the synagogue in
    Crumpsall"): the headline's draft joins the body's one event near it."""
    if len(drafts) != 2 or not article.sentences:
        return drafts
    heading = article.sentences[0]
    if heading.text.rstrip()[-1:] in _SENTENCE_ENDS:
        return drafts  # a sentence, not a headline
    title = [d for d in drafts if all(p.sentence is heading for p in d.parts)]
    if len(title) != 1:
        return drafts
    (head,) = title
    (body,) = [d for d in drafts if d is not head]
    a, b = head.place, body.place
    if (
        a.precision != "place"
        or b.precision != "place"
        or a.country_code != b.country_code
        or a.lat is None
        or b.lat is None
        or distance_km(a.lat, a.lon, b.lat, b.lon) > _SAME_CITY_KM
    ):
        return drafts
    body.context.extend(head.parts)
    return [body]


def _fold_into_finer(drafts: list[_Draft]) -> list[_Draft]:
    """A town's draft that only names the town beside others ("Bombings killed more than 100
    in the city of Homs and near the capital Damascus") or a bearing off a capital ("an air
    strike on a house north-east of Baghdad") is the attack told better by another draft of
    that day: the unlisted settlement placed at the town ("in Sayyida Zeinab, south of
    Damascus"), or the one other place in the country ("a safe house in Hibhib, about 8 km
    north of Baquba")."""
    for draft in list(drafts):
        if draft.precision != "place" or draft.place.located is not None:
            continue
        if draft.off_capital:
            finer = [d for d in drafts if d is not draft and _same_attack_at(d, draft, True)]
        elif _told_beside_others(draft, drafts):
            finer = [
                d for d in drafts
                if d.place.located == "region"
                and (d.place.lat, d.place.lon) == (draft.place.lat, draft.place.lon)
                and _same_attack_at(d, draft, False)
            ]  # fmt: skip
        else:
            continue
        if len(finer) == 1:
            finer[0].parts = sorted([*draft.parts, *finer[0].parts], key=_START)
            finer[0].date = finer[0].date or draft.date
            drafts.remove(draft)
    return drafts


def _told_beside_others(draft: _Draft, drafts: list[_Draft]) -> bool:
    """Whether each of the draft's sentences also tells of another draft's place."""
    others = {part.sentence.start for d in drafts if d is not draft for part in d.parts}
    return all(part.sentence.start in others for part in draft.parts)


def _same_attack_at(finer: _Draft, draft: _Draft, later: bool) -> bool:
    """Whether ``finer`` may tell ``draft``'s attack: a place in its country on its day (told
    after it, when ``later``)."""
    return (
        finer.precision == "place"
        and finer.place.country_code == draft.place.country_code
        and (finer.date is None or draft.date is None or finer.date.date == draft.date.date)
        and (not later or finer.parts[0].start > draft.parts[0].start)
    )


def _located_in_region(drafts: list[_Draft]) -> list[_Draft]:
    """Unlisted settlements placed only in their country lie in the one first-level region of
    that country the article's events name ("the village of Ogossagou in central Mali ...
    encircled the village in the Bankass area of Mopti region"): then at its point, so that
    ``_keep_finest`` sees them inside it."""
    for draft in drafts:
        place = draft.place
        if place.located != "country":
            continue
        regions = {
            d.place
            for d in drafts
            if d.precision == "region"
            and d.place.country_code == place.country_code
            and d.place.admin1 == d.place.name
        }
        if len(regions) == 1:
            region = regions.pop()
            draft.place = replace(
                place, admin1=region.name, lat=region.lat, lon=region.lon, located="region"
            )
    return drafts


def _keep_finest(drafts: list[_Draft], article: _Article) -> list[_Draft]:
    """Country-level drafts are totals; region-level ones stand when no finer event is inside
    the region (a strike elsewhere: "at the Dyagilevo base in Ryazan region ..., while at the
    Engels base"). A region's sentences with finer events inside ("six ATACMS fired at a
    facility in Bryansk region") stay as context (weapons, means) for those events, but for
    one attack told first by its region, then by its place (``_told_by_region``).
    """
    kept = []
    for draft in drafts:
        if draft.precision == "place":
            kept.append(draft)
        elif draft.precision == "region":
            inside = [d for d in drafts if d.precision == "place" and _inside(d.place, draft.place)]
            if len(inside) == 1 and _told_by_region(article, draft, inside[0]):
                fine = inside[0]
                fine.parts = sorted([*draft.parts, *fine.parts], key=_START)
                fine.date = fine.date or draft.date
                continue
            for fine in inside:
                fine.context.extend(draft.parts)
            if len(inside) == 1 and inside[0].date is None and _is_district(draft.place):
                # (a region drawn around a town is small: the one event in it is the region's,
                # on the region's day: "the commander in southern Gaza was killed on Saturday
                # night ... bombed a house in the Shaboura refugee camp")
                inside[0].date = draft.date
            elif draft.date is not None:
                # the day a lead tells of the region's attacks is that of the undated ones in it
                # told after it ("Russian artillery fire killed seven people in two villages of
                # the Kherson region on Sunday ... In the village of Shyroka Balka, shells
                # struck a family home")
                for fine in inside:
                    if fine.date is None and fine.parts[0].start > draft.parts[0].start:
                        fine.date = draft.date
            if not inside:
                kept.append(draft)
    return kept


def _inside(place: Place, region: Place) -> bool:
    """Whether ``place`` lies in ``region``: a first-level region, or one drawn around a town
    inside one ("northern Gaza" holds Jabalia, see ``Gazetteer.district_of``)."""
    if place.admin1 == region.name:
        return True
    return (
        _is_district(region)
        and region.admin1 == place.admin1
        and load_gazetteer().district_of(place) == region
    )


def _is_district(region: Place) -> bool:
    """A region drawn around a town inside a first-level one ("northern Gaza")."""
    return region.precision == "region" and region.admin1 not in (None, region.name)


def _told_by_region(article: _Article, region: _Draft, fine: _Draft) -> bool:
    """Whether the region's draft tells, with its figures, of the one attack its only place
    event tells of with none ("A suicide bomber rammed a car into a convoy in Kashmir on
    Thursday, killing 40 ... near Lethpora in Pulwama district"): its sentences name a single
    attack ("a", "an") or the region by the place's name, and give no total, the days agree,
    and the place's own figures are of other kinds ("Dozens of soldiers were wounded" beside
    the region's toll of 111)."""
    if region.date is not None and fine.date is not None and region.date.date != fine.date.date:
        return False
    if any(p.shared or _is_aggregate(p.sentence.text) for p in region.parts):
        return False
    # (a region told by its capital's name is that city's: "bombings and raids in the province
    # of Sweida ... blew themselves up in the provincial capital Sweida")
    named_alike = article.names.get(region.key) == article.names.get(fine.key) is not None
    # (a region drawn around a town is small enough that its one place is where it was hit:
    # "shelling hit the Indonesian Hospital in the northern Gaza Strip ..., killing 12")
    if not named_alike and not _is_district(region.place) and not any(
        _SINGLE_ATTACK.search(article.text, p.start, p.end)
        or _ONE_SITE.search(article.text, p.start, p.end)
        for p in region.parts
    ):
        return False
    told = {(c.kind, c.count.min) for c in _event_counts(article, region.parts)}
    kinds = {kind for kind, _ in told}
    # (a guess is no toll the finer one told: "the death toll could be as high as 30"; the
    # region's own figure retold is none either: "killing at least 14 ... 'We found 14 dead
    # bodies'")
    return bool(kinds) and not any(
        c.kind in kinds and (c.kind, c.count.min) not in told
        for c in _event_counts(article, fine.parts)
        if not c.weak
    )


def _drop_background(drafts: list[_Draft], article: _Article) -> list[_Draft]:
    """Past strikes told as context ("the city was hit before, on April 8, 2022") are not
    this article's events: drafts dated over a week before the newest one are dropped, and
    in an article about an anniversary, those dated a year or more before publication
    ("Hiroshima marked the 79th anniversary ... The bomb dropped on August 6, 1945 killed
    ..."). A retrospective report of an old strike ("investigators concluded on Tuesday that
    the April 8, 2022 strike ...") is an event."""
    limits = []
    # (a draft's day may be told in its other sentences: "The raid began on Thursday")
    # An undated event is the report's own news: told on its publication day, it makes a
    # strike dated months before background ("Hariri was killed when a suicide bomber ...
    # on Feb. 14, 2005", told beside today's attack whose day is not given).
    days = [_date(article, d) for d in drafts]
    lead = article.sentences[0] if article.sentences else None
    if (
        lead is not None
        and _may_match(lead.text, _COURT_NEEDS)
        and _COURT_LEAD.search(lead.text)
    ):
        # a report of a ruling: the attacks it tells with no day of their own are the case's
        # ("U.N. judges on Tuesday upheld the life sentence of Mladic ... The appeals chamber
        # also confirmed his convictions for the siege of Sarajevo, during which his troops
        # shelled ... civilians"); the lead's day is the court's, not theirs
        kept = [(d, day) for d, day in zip(drafts, days, strict=True) if d.date is not None]
        drafts, days = [d for d, _ in kept], [day for _, day in kept]
    analysis = _ANALYSIS_LABEL.match(article.title or article.text) is not None
    if analysis:
        # an analysis's undated attacks are its trends ("Analysis: Seven years on, Yemen's air
        # war shows no sign of slowing ... The direct toll of the bombing is only part of it")
        kept = [(d, day) for d, day in zip(drafts, days, strict=True) if day[1] == "day"]
        drafts, days = [d for d, _ in kept], [day for _, day in kept]
    if article.published is not None and (
        (lead is not None and _lead_looks_back(lead.text)) or analysis
    ):
        # a funeral's, a ruling's or a warrant's report: a strike it dates over a week back is
        # the dead's or the case's ("the funeral of Hassan Nasrallah, the Hezbollah leader
        # killed by Israeli bombs in Beirut's southern suburbs on Sept 27"); an analysis's is
        # its evidence ("Brief: Russia's spring offensive against Ukraine's power plants")
        limits.append(article.published - dt.timedelta(days=_BACKGROUND_DAYS))
    newest = max(
        (day for day, precision in days if precision == "day" and day is not None), default=None
    )
    if any(precision == "unknown" for _, precision in days) and article.published is not None:
        newest = max(newest or article.published, article.published)
    if newest is not None:
        limits.append(newest - dt.timedelta(days=_BACKGROUND_DAYS))
    if article.published is not None:
        year_back = article.published - dt.timedelta(days=_ANNIVERSARY_DAYS)
        # (the text is searched only when some strike is that old: most are not)
        if (
            any(d.date is not None and d.date.date < year_back for d in drafts)
            and _may_match(article.text, _ANNIVERSARY_NEEDS)
            and _ANNIVERSARY.search(article.text)
        ):
            limits.append(year_back)
    if any(d.date is None for d in drafts) and _marks_the_past(article):
        drafts = [d for d in drafts if d.date is not None]
    if article.published is not None and any(d.date is None for d in drafts):
        drafts = [d for d in drafts if d.date is not None or not _told_in_a_past_month(article, d)]
    if _old_strikes_beside_other_news(article, drafts):
        return []
    if not limits:
        return drafts
    oldest = max(limits)
    return [d for d in drafts if d.date is None or d.date.date >= oldest]


def _old_strikes_beside_other_news(article: _Article, drafts: list[_Draft]) -> bool:
    """Whether every event is dated over a month before publication and the lead (its first
    two sentences) tells no attack: the strikes are the background of other news ("Colombia
    has signed a contract for 17 Gripen fighter jets ... The ceremony was held in a city still
    shaken by the truck bomb that exploded outside the air base on August 21"), not a late
    report of them."""
    published = article.published
    if published is None or not drafts or any(article.cues[:_LEAD_SENTENCES]):
        return False
    limit = published - dt.timedelta(days=_OLD_NEWS_DAYS)
    return all(d.date is not None and d.date.date < limit for d in drafts)


_OLD_NEWS_DAYS = 30
_LEAD_SENTENCES = 2  # (a headline, then its story's first sentence)


def _told_in_a_past_month(article: _Article, draft: _Draft) -> bool:
    """Whether each attack sentence of an undated event tells it in a month before the
    publication's ("after the killing of Hezbollah commander Fuad Shukr in Beirut ... in
    July", told in September): a past strike told as background, whose day the text does not
    give, not the report's own."""
    published = article.published
    cued = [p.sentence.text for p in draft.parts if p.cue is not None] or [
        p.sentence.text for p in draft.parts
    ]
    if published is None or not cued:
        return False
    for sentence in cued:
        if "in " not in sentence and "In " not in sentence:  # (in each ``_IN_A_MONTH`` match)
            return False
        told = [
            (int(m["year"]) if m["year"] else published.year, _MONTHS[m["month"].lower()[:3]])
            for m in _IN_A_MONTH.finditer(sentence)
        ]
        if not any(told_month < (published.year, published.month) for told_month in told):
            return False
    return True


_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# A month told as when something happened: "in July", "in late March 2023", "in Sept. 2014"
_IN_A_MONTH = re.compile(
    rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month>(?i:{_MONTH_NAMES}))\.?"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)"
)
_MONTHS = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _lead_looks_back(lead: str) -> bool:
    """Whether the lead reports a funeral, a court's ruling, a warrant or charges, or a report
    published on a campaign (whose attacks are the past's)."""
    return (_may_match(lead, _COURT_NEEDS) and _COURT_LEAD.search(lead) is not None) or (
        _may_match(lead, _LOOKS_BACK_NEEDS) and _LOOKS_BACK_LEAD.search(lead) is not None
    )


_LOOKS_BACK_LEAD = re.compile(
    r"\b(?:funerals?|burial|mourners|(?:arrest\s+)?warrants?\s+for|indicted|indictment|"
    r"charged\s+(?:[\w-]+\s+){0,4}?with\s+war\s+crimes|"
    # ... or a report published on a campaign: "Human Rights Watch on Tuesday published
    # 'Hunted From Above', a 93-page report concluding that Russian forces have used drones"
    r"published\s+(?:[^.]{0,60}?,\s+)?an?\s+(?:[\w-]+\s+){0,3}?report|"
    r"report\s+(?:concluding|concluded|finding|found|documenting|documented))\b",
    re.IGNORECASE,
)
# A label that opens an analysis, not a report: "Analysis: ...", "ANALYSIS | ...", "Brief: ...".
_ANALYSIS_LABEL = re.compile(
    r"\s*(?:analysis|brief|briefing|explainer|opinion|comment|commentary|factbox|fact\s+box|"
    r"q\s*&\s*a|timeline|in\s+depth|long\s+read)\s*[:|—–]",
    re.IGNORECASE,
)
_LOOKS_BACK_NEEDS = ("funeral", "burial", "mourners", "warrant", "indict", "charged", "report")


def _marks_the_past(article: _Article) -> bool:
    """Whether the article's lead marks a past event by its years ("Poland marked 80 years
    since the start of the Warsaw Uprising ... in the summer of 1944"), or by a day a year or
    more back that the article gives in full: its undated strikes
    are that past's ("German aircraft and artillery pounded the city"), not news. (Not a live
    blog that only later says the attack came on a remembrance day.)"""
    published = article.published
    if published is None or not article.sentences:
        return False
    lead = article.sentences[0].text
    if not _may_match(lead, _COMMEMORATION_NEEDS) or _COMMEMORATION.search(lead) is None:
        return False
    if any(int(year) < published.year - 1 for year in _YEAR.findall(lead)):
        return True
    # ... or by the day it gives in full later ("to mark a year since the deadliest air
    # attack ... On April 11, 2023, a military jet dropped bombs on the crowd")
    year_back = published - dt.timedelta(days=_ANNIVERSARY_DAYS)
    return any(
        d.explicit and d.date < year_back and d.start >= article.dateline_end
        for d in find_dates(article.text, published)
    )


def _cue_type(parts: list[_Part]) -> EventType | None:
    for part in parts:
        if part.cue is not None and part.cue.event_type is not None:
            return part.cue.event_type
    return None


def _parts_type(article: _Article, parts: list[_Part]) -> EventType | None:
    """The means stated for an event: for a stretch naming the place, the means named in that
    stretch, up to a clause that tells of another attack ("Israeli warplanes struck Hodeidah,
    a day after a Houthi drone hit Tel Aviv"); else a means its other sentences name
    ("Western governments blamed Syrian government aircraft")."""
    for part in parts:
        if part.cue is None:
            continue
        anchor = part.cue.start if part.start <= part.cue.start < part.end else part.start
        end = other_attack_start(article.text, anchor, part.end)
        if end == part.start:  # the stretch is the other attack's own clause: its means
            end = part.end
        if part.tied or end < part.end:
            means = means_type(article.text[part.start : end])
            if means is not None:
                return means[0]
            if end < part.end:
                if (before := _means_before(article, part)) is not None:
                    return before
                continue  # the means this sentence names are another attack's
        if part.cue.event_type is not None:
            if not _means_elsewhere(article, part):
                return part.cue.event_type
            if (before := _means_before(article, part)) is not None:
                return before
    for part in parts:
        if part.cue is None and (means := means_type(article.text[part.start : part.end])):
            return means[0]
    return None


def _means_before(article: _Article, part: _Part) -> EventType | None:
    """The means named before the stretch in its sentence, with no other attack between: a
    list of places shares them ("Israeli warplanes struck the ports of Hodeidah, Salif and
    Ras Isa ..., in what was a response to Houthi missile attacks": Salif's are warplanes)."""
    start = part.sentence.start
    if part.start <= start or other_attack_start(article.text, start, part.start) != part.start:
        return None
    means = means_type(article.text[start : part.start])
    return means[0] if means is not None else None


def _means_elsewhere(article: _Article, part: _Part) -> bool:
    """Whether the means that typed the sentence's cue lie in a clause telling of another
    attack than the stretch's ("..., days after Hamas rockets were fired at Tel Aviv")."""
    cue = part.cue
    if cue is None or cue.means_start is None or part.start <= cue.means_start < part.end:
        return False
    other = other_attack_start(article.text, cue.start, part.sentence.end)
    return part.start < other <= cue.means_start


def _in_parts(position: int, parts: list[_Part]) -> bool:
    for p in parts:  # noqa: SIM110 - a plain loop: any() over a generator costs twice as much
        if p.start <= position < p.end:
            return True
    return False


def _weapons_in(article: _Article, parts: list[_Part]) -> list[WeaponMention]:
    """The article's weapons that start in one of ``parts``, in reading order: a bisection of
    the weapons' starts per part, not a test of each weapon against each part."""
    starts = article.weapon_starts
    if not starts:
        return []
    found: set[int] = set()
    for part in parts:
        found.update(range(bisect_left(starts, part.start), bisect_left(starts, part.end)))
    return [article.weapons[i] for i in sorted(found)] if found else []


def _widened(parts: list[_Part]) -> list[_Part]:
    """``parts``, with those of places named together ("striking airfields in Berdiansk and
    Luhansk") widened to their sentence: its weapons and attacker are each place's."""
    return [
        replace(p, start=p.sentence.start, end=p.sentence.end) if p.shared else p for p in parts
    ]


def _build(article: _Article, draft: _Draft, sole: bool) -> Strike:
    """The event of a draft; ``sole``: the article reports no other."""
    parts = draft.parts
    preamble = article.preamble
    first_event_start = min(map(_START, parts))
    reach = _widened(parts)
    # (not the systems of a total the event's sentences go on to: "For reference: nationwide the
    # air force recorded 46 Shahed drones and one Iskander-M ballistic missile")
    weapons = _weapons_in(
        article, [p for p in reach if p.tied or _NATIONWIDE.search(p.sentence.text) is None]
    )
    if article.weapons and (preamble or draft.context):
        # (not a total's: "about 120 missiles and 90 drones ... were fired at the power system in
        # what President Zelensky called a massive combined attack on all regions")
        salvo = [
            p for p in preamble if not p.national and not _is_aggregate(p.sentence.text)
        ] + draft.context
        weapons += [w for w in _weapons_in(article, salvo) if w.start < first_event_start]
    weapons = [w for w in weapons if _tied_weapon(article, draft, w)]
    names = list(dict.fromkeys(w.canonical for w in weapons))
    typed = [w.event_type for w in weapons if w.category not in SPECIAL_MUNITION_CATEGORIES]
    port = _port_off(article, parts) if not draft.place.country_code else None
    location = (
        port.place.to_location(port.surface)
        if port is not None
        else draft.place.to_location(article.names.get(draft.key))
    )
    headline = _headline_for(article, draft)
    perpetrator = _perpetrator(article, reach, location.country_code)
    if perpetrator is None:
        perpetrator = _headline_attacker(article, headline, location.country_code)
    attacker_told = perpetrator is not None  # (by the text: what confidence weighs)
    if perpetrator is None and names and not article.disputed:
        # a system only one side fires there: "A Kh-22 hit an apartment block in Dnipro" (not
        # where who fired is disputed: "Ukraine's military denied shelling the camp")
        perpetrator = fired_by(names, location.country_code)
    # (a named missile decides the type below, whatever means the sentences state)
    stated = None if "missile" in typed else _parts_type(article, parts)
    if stated == "drone" and set(typed) <= {"air_strike", "drone"}:
        typed = []  # what a drone fired or dropped ("The drone fired a Hellfire missile")
    event_type: EventType = (
        # (missiles win a combined attack)
        ("missile" if "missile" in typed or stated == "missile" else typed[0])
        if typed
        else stated
        or _cue_type(preamble)
        or _type_told_before(article, first_event_start, draft, perpetrator)
        or (headline.event_type if headline is not None else None)
        or "other_attack"
    )
    if event_type == "air_strike" and not typed and _ground_bombing(article, perpetrator):
        event_type = "other_attack"
    elif event_type == "missile" and "missile" not in typed and _fired_from_aircraft(
        article, perpetrator, location.country_code
    ):
        event_type = "air_strike"
    counts = _event_counts(article, parts)
    told = {c.kind for c in counts if not c.weak}  # (a named victim "among the dead" is no toll)
    # (not when the report told of another attack at a settlement it did not name: "Four
    # residents of the region were injured ... In another hromada of the Sumy district, a man
    # was wounded by a drone")
    lone = sole and not (article.unplaced and draft.precision == "place")
    if lone and not told >= _TOLL_KINDS:
        # the one event of a report that gave its toll before its place ("A married couple
        # was killed when the Crimean Bridge was attacked ... near Kerch"), told in its country
        # too when as one attack's ("Suicide bombers rammed an explosives-laden vehicle into a
        # security forces compound in northwest Pakistan ..., killing 23 soldiers"); or the
        # kind of figure its own sentences leave out ("The death toll from a suicide bombing at
        # the shrine ... in southern Pakistan rose to 88 ... The bomber entered the shrine in
        # the town of Sehwan ... More than 250 people were wounded")
        before = _event_counts(article, [p for p in preamble if not p.national]) or (
            _event_counts(article, [p for p in preamble if _one_attack_in_country(article, p)])
        )
        # (and a toll it says rose, which pick_count weighs against the event's own: "The
        # number of people killed in an air strike on a wedding party in southwestern Yemen
        # has risen to 131 ... a local official put the toll at 30")
        counts = [*counts, *(c for c in before if c.kind not in told or c.update)]
        unplaced = _unplaced_in(article, draft)
        if unplaced:
            # the village we cannot place is in the region the one event is told at ("gunmen
            # raided the Fulani village of Ogossagou in central Mali ... The toll has risen to
            # 160 ... encircled the village in the Bankass area of Mopti region")
            told = {c.kind for c in counts if not c.weak}
            counts += [c for c in _event_counts(article, unplaced) if c.kind not in told]
    if headline is not None and not counts and article.first_at.get(draft.key) is draft:
        # (not another attack on the place the text tells after it: "Strike on apartment
        # blocks in Zaporizhzhia: death toll rises to 17" is not the drone attack a day later)
        counts = headline.counts
    killed, wounded = pick_count(counts, "killed"), pick_count(counts, "wounded")
    civilians = [c for c in counts if c.kind == "killed" and c.civilians]
    date, precision = _date(article, draft)
    if precision == "unknown" and sole:
        days = (d for p in _unplaced_in(article, draft) for d in _dates_in(article, p.start, p.end))
        told_day = next(days, None)
        if told_day is not None:
            date, precision = told_day.date, "day"
    began = _began_on(article) if sole and date is not None else None
    if began is not None and date is not None and 0 < (date - began).days <= _OVERNIGHT_DAYS:
        date, precision = began, "day"
    target = _target(article, parts)
    if target is not None and _VAGUE_SITE.fullmatch(target.text.lower()):
        target = _site_named(article, draft, sole) or target
    evidence_parts = _unique_sentences(parts)
    evidence = [
        Evidence(text=p.sentence.text, start=p.sentence.start, end=p.sentence.end)
        for p in evidence_parts[:_MAX_EVIDENCE]
    ]
    return Strike(
        event_type=event_type,
        weapons=names,
        location=location,
        date=date,
        date_precision=precision,
        killed=killed,
        wounded=wounded,
        civilians_killed=civilians[0].count if civilians else None,
        perpetrator=perpetrator,
        target=target.target if target else None,
        target_text=target.text if target else None,
        evidence=evidence,
        confidence=confidence(
            EventFacts(
                region_only=draft.precision != "place",
                cue_at_place=any(p.tied and p.cue is not None for p in parts),
                place_tied=any(p.tied for p in parts),
                sentences=len(evidence_parts),
                position=first_event_start / len(article.text),
                in_lead=first_event_start < article.dateline_end
                or first_event_start < _LEAD_SHARE * len(article.text),
                sole=sole,
                killed_told=killed.min is not None,
                wounded_told=wounded.min is not None,
                target_told=target is not None,
                day_told=precision == "day",
                weapon_named=bool(typed),
                in_title=bool(article.title)
                and (article.names.get(draft.key) or location.name).casefold()
                in (article.title or "").casefold(),
                population_unknown=draft.place.population == 0,
                attacker_told=attacker_told,
            )
        ),
    )


def _unplaced_in(article: _Article, draft: _Draft) -> list[_Part]:
    """For a region's event, the sentences about a settlement we could not place that name
    its country: the same attack, told at the settlement."""
    if draft.precision != "region":
        return []
    country = draft.place.country_code
    return [part for part, countries in article.unplaced if country in countries]


def _fired_from_aircraft(
    article: _Article, perpetrator: str | None, country_code: str | None
) -> bool:
    """Whether the unnamed "missiles" of an attack came from aircraft: Israel's strikes abroad
    are made from the air ("The missiles tore through the third and fourth floors" in Beirut),
    unless the article tells of ships, a ground launch or a ballistic or cruise missile ("from
    the direction of the occupied Golan", "Israeli navy missile boats")."""
    return (
        perpetrator in _AIR_LAUNCHING
        and country_code not in _AIR_LAUNCHING[perpetrator]
        and not article.launched_elsewhere
    )


# The attackers whose unnamed missiles abroad are air-launched, with the countries where they
# are not (their own).
_AIR_LAUNCHING = {"Israeli forces": frozenset({"IL"})}
_LAUNCHED_ELSEWHERE = re.compile(
    r"\b(?:navy|naval|warships?|missile\s+boats?|gunboats?|submarines?|surface-to-surface|"
    r"ground-to-ground|ballistic|cruise|from\s+the\s+direction\s+of|from\s+the\s+(?:occupied\s+)?"
    r"golan)\b"
)
_LAUNCHED_ELSEWHERE_NEEDS = ("nav", "ship", "boat", "submarine", "surface", "ground", "ballistic",
                             "cruise", "direction", "golan")


def _ground_bombing(article: _Article, perpetrator: str | None) -> bool:
    """Whether a "bombing" is one on the ground: no state with an air force is said to have
    done it and nothing in the article flies ("the bombing of a St Petersburg cafe", "a
    bombing at a Shi'ite mosque in Kunduz"); "bomb" alone names no aircraft."""
    return perpetrator not in _AIR_POWERS and not article.flies


# A ship at sea placed by its distance or bearing from a port: "about 77 nautical miles west
# of Hodeidah", "68 nautical miles south-west of the Houthi-held port of Hodeida", "off the
# Yemeni port of Mocha" (on the folded text before the port's name).
_OFF_PORT = re.compile(
    r"(?:\b(?:nautical\s+miles|nm|kilomet(?:re|er)s|km|miles)\s+(?:\([^)]*\)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|off)"
    r"|\boff)\s+(?:the\s+)?(?:coast\s+of\s+)?(?:[\w-]+['’]s\s+|(?:[\w-]+\s+){1,2}?(?=port))?"
    r"(?:port\s+(?:city\s+|town\s+)?(?:of\s+)?)?$"
)
_OFF_PORT_REACH = 90


def _port_off(article: _Article, parts: list[_Part]) -> PlaceMention | None:
    """The port an event at sea is told to be off (``_OFF_PORT``), in its sentences: the one
    named spot near where the ship was hit, where the sea's own point is hundreds of
    kilometres off (the labels put such a ship at the port)."""
    for sentence in {p.sentence.start: p.sentence for p in parts}.values():
        low = fold(sentence.text)
        if "off" not in low and " of " not in low:
            continue
        for mention in find_places(sentence.text, load_gazetteer()):
            if mention.role != "place" or mention.place.precision != "place":
                continue
            before = low[max(0, mention.start - _OFF_PORT_REACH) : mention.start]
            if _OFF_PORT.search(before) is not None:
                return mention
    return None


def _tied_weapon(article: _Article, draft: _Draft, weapon: WeaponMention) -> bool:
    """Whether a weapon named in an event's sentences is the means of its attack, not
    background ("Ukraine asked for Patriots to stop Iskanders", "Last month, Kinzhal missiles
    hit the port", ``weapon_ties``), nor set on another date than the event's ("On May 2,
    Kinzhal missiles hit the port")."""
    if weapon.start not in article.weapon_clauses:
        article.weapon_clauses[weapon.start] = _weapon_clause(article, weapon)
    clause = article.weapon_clauses[weapon.start]
    if clause is None:
        return False
    if draft.date is None:
        return True
    sentence, clause_end = clause
    dates = [d for d in _dates_in(article, sentence.start, sentence.end) if d.start < clause_end]
    return not dates or any(d.date == draft.date.date for d in dates)


def _weapon_clause(article: _Article, weapon: WeaponMention) -> tuple[Sentence, int] | None:
    """The sentence naming a weapon and where the clause naming it ends (article offset), or
    None when the weapon is background there (``weapon_ties``)."""
    index = bisect_left(article.sentence_starts, weapon.start + 1) - 1
    sentence = article.sentences[index]
    offset = weapon.start - sentence.start
    clause = weapon_clause(sentence.text, offset)
    if is_background_weapon(sentence.text, offset, clause):
        return None
    return sentence, sentence.start + clause[1]


def _event_counts(article: _Article, parts: list[_Part]) -> list[CountMention]:
    """The figures in an event's stretches, in reading order, but for those of sentences
    that give totals ("22 killed across Ukraine")."""
    counts: list[CountMention] = []
    by_sentence: dict[int, list[_Part]] = {}  # (a part lies within its sentence)
    for p in parts:
        if not p.shared:
            by_sentence.setdefault(p.sentence.start, []).append(p)
    for start in sorted(by_sentence):  # in reading order: sentences, then figures in each
        own = by_sentence[start]
        sentence = own[0].sentence
        found = _counts(article, sentence)
        if found and not _spans(own, sentence):
            found = [c for c in found if _in_parts(c.start + start, own)]
        if found and not _gives_total(sentence, own, min(map(_START, found))):
            if not any(p.tied for p in own) and _COUNTED_ATTACKS.search(sentence.text):
                continue  # a day's attacks counted, in a sentence naming no place: their
                # total ("Russian forces attacked the region 98 times in 24 hours, ... killing
                # 23 civilians")
            counts += sorted(found, key=_START)
    return counts


def _spans(parts: list[_Part], sentence: Sentence) -> bool:
    """Whether one of ``parts`` is the whole of ``sentence`` (then it holds all the
    sentence's figures)."""
    for p in parts:  # noqa: SIM110 - a plain loop: any() over a generator costs twice as much
        if p.start == sentence.start and p.end == sentence.end:
            return True
    return False


def _gives_total(sentence: Sentence, own: list[_Part], figure: int) -> bool:
    """Whether the sentence's figures are a total (``_is_aggregate``), read in what of it
    tells of the event: its one stretch naming the place, when the sentence is split among
    places ("... fired at four Saudi cities, and falling debris killed an Egyptian man in
    Riyadh"); and not where the total words are in a clause cut off from the first figure
    (``figure``, a sentence offset) by the attack's own ("declared a state of lawlessness
    across the Philippines on Saturday after a bomb tore through a night market in Davao,
    killing 14"), nor in a clause of their own after it (", as police stepped up patrols
    across the Xinjiang region"). ``own``: the event's parts in the sentence."""
    text, offset = sentence.text, 0
    if len(own) == 1 and own[0].tied and own[0].end - own[0].start < len(text):
        offset = own[0].start - sentence.start
        text = text[offset : own[0].end - sentence.start]
    if not _is_aggregate(text):
        return False
    if cyrillic.is_cyrillic(text):
        return True
    at = figure - offset
    return any(
        _CUT_AFTER_FIGURE.search(text, at, m.start()) is None
        if m.end() > at
        else _CUT_FROM_FIGURE.search(text, m.end(), at) is None
        for m in _AGGREGATE.finditer(text)
    )


def _unique_sentences(parts: list[_Part]) -> list[_Part]:
    """The first part of each sentence the parts are in, in order."""
    firsts: dict[int, _Part] = {}
    for p in parts:
        firsts.setdefault(p.sentence.start, p)
    return list(firsts.values())


def _type_told_before(
    article: _Article, position: int, draft: _Draft, perpetrator: str | None = None
) -> EventType | None:
    """The means of the attack told before ``position`` (``_type_before``), else the
    article's first (``_article_type``) that is not another side's (``perpetrator``: the
    event's), for a draft with none of its own."""
    key = _told_apart(article, draft)
    return _type_before(article, position, key) or _article_type(
        article, position, key, perpetrator
    )


def _type_before(article: _Article, position: int, key: object) -> EventType | None:
    """The type of the last typed attack cue before ``position``: an attack told with no
    means is most likely of those just named ("Israel responded with a wave of air strikes in
    southern Lebanon. In the city of Nabatieh, a strike flattened a building"), but not of
    another place's told in a paragraph before (``_of_another_paragraph``)."""
    for i in range(bisect_left(article.sentence_starts, position) - 1, -1, -1):
        if _typed(article, i) and not _of_another_paragraph(article, i, position, key):
            return article.cues[i].event_type  # type: ignore[union-attr]
    return None


def _article_type(
    article: _Article, position: int, key: object, perpetrator: str | None = None
) -> EventType | None:
    """The type of the article's first typed attack cue (``_typed``), but not that of another
    place's attack told in a paragraph before ``position``, nor, after it, that of another
    side's ("Hezbollah rocket fire killed an Israeli man" is no means of Israel's raid told
    before)."""
    for i in range(len(article.cues)):
        if _typed(article, i) and not _of_another_paragraph(article, i, position, key):
            sentence = article.sentences[i]
            if perpetrator is not None and sentence.start > position:
                actor = _attacker_in(article, sentence.start, sentence.end, None)
                if actor is not None and actor != perpetrator:
                    continue
            return article.cues[i].event_type  # type: ignore[union-attr]
    return None


def _told_apart(article: _Article, draft: _Draft) -> object:
    """The draft's key, for ``_of_another_paragraph``; None (which no sentence tells of) when
    the draft's sentences tell of an attack already told ("The rest of the barrage hit the
    village of Vyshchetarasivka")."""
    for part in draft.parts:
        if "he " in part.sentence.text and _TOLD_BEFORE.search(part.sentence.text):
            return None
    return draft.key


# An attack told before, named again: "the rest of the barrage", "the same salvo" (every
# match holds "he ").
_TOLD_BEFORE = re.compile(
    r"\bthe\s+(?:rest\s+of\s+the\s+|same\s+)?(?:barrage|salvo|volley|attack|strikes|"
    r"shelling|bombardment|raid|wave)\b",
    re.IGNORECASE,
)


def _of_another_paragraph(article: _Article, i: int, position: int, key: object) -> bool:
    """Whether sentence ``i`` tells only of other events than ``key``'s, in a paragraph before
    ``position``: a round-up's paragraphs are reports of their own ("In Dnipropetrovsk
    Oblast, heavy artillery fired on Nikopol ... \\n\\nIn Kharkiv Oblast, a 14-year-old boy was
    injured in a Russian attack on Kupiansk")."""
    sentence = article.sentences[i]
    tellers = article.tellers.get(sentence.start)
    return (
        key is not None
        and tellers is not None
        and key not in tellers
        and article.text.find("\n", sentence.end, position) >= 0
    )


def _tellers(drafts: list[_Draft]) -> dict[int, set[object]]:
    """The events (by key) each sentence tells of, by sentence start."""
    tellers: dict[int, set[object]] = {}
    for draft in drafts:
        for part in draft.parts:
            tellers.setdefault(part.sentence.start, set()).add(draft.key)
    return tellers


def _typed(article: _Article, i: int) -> bool:
    """Whether sentence ``i`` has an attack cue typed by its own means, not by those of another
    attack told in the same sentence ("..., days after Hamas rockets")."""
    cue, sentence = article.cues[i], article.sentences[i]
    return (
        cue is not None
        and cue.event_type is not None
        and (
            cue.means_start is None
            or cue.means_start < other_attack_start(article.text, cue.start, sentence.end)
        )
    )


def _began_on(article: _Article) -> dt.date | None:
    """The day an article says its attack began, when it went on into the next ("Security
    forces ended an overnight siege ... on Saturday ... The attack on the hotel began on Friday
    evening"): a strike is dated by its start; else the day its attackers struck."""
    if not contains_any(article.text, _BEGAN_NEEDS):
        return None
    for pattern in (_BEGAN, _ATTACKERS_DAY):
        for m in pattern.finditer(article.text):
            dates = _dates_in(article, m.start("day"), m.end("day"))
            if dates:
                return dates[0].date
    return None


_SAME_ATTACK = re.compile(
    r"\bthe\s+same\s+(?:attacks?|strikes?|barrage|raids?|assault|wave|bombardment|shelling|"
    r"salvo)\b",
    re.IGNORECASE,
)
_SAME_TIME = re.compile(r"\bthe\s+same\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# ... or earlier or later that day: "Earlier in the day a Ukrainian drone hit a house in the
# village of Karyzh"
_THAT_DAY = re.compile(r"\b(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day\b", re.I)


def _told_at_the_same_time(part: _Part) -> bool:
    """Whether a part tells its attack as at the time of the one told first ("the same attack
    killed nine in Zaporizhzhia", "The same evening in Kyaukme, an air strike hit a
    monastery", "Earlier in the day a drone hit a house in Karyzh"; not a report's "Earlier in
    the day the ministry had reported 20 dead")."""
    text = part.sentence.text
    if "same" in text and (_SAME_ATTACK.search(text) or _SAME_TIME.search(text)):
        return True
    return part.cue is not None and " day" in text and _THAT_DAY.search(text) is not None


def _date(article: _Article, draft: _Draft) -> tuple[dt.date | None, DatePrecision]:
    """The draft's own date, else the first in its other sentences or the preamble, else the
    publication day (precision "unknown")."""
    if draft.date is not None:
        return draft.date.date, "day"
    if article.first_day is not None and any(map(_told_at_the_same_time, draft.parts)):
        return article.first_day.date, "day"
    for part in [*draft.parts, *article.preamble]:
        dates = _dates_in(article, part.start, part.end)
        if dates:
            return dates[0].date, "day"
    day = _told_beside(article, draft)
    if day is not None:
        return day, "day"
    day = _reported_before(article, draft)
    if day is not None:
        return day, "unknown"  # (the latest it can have been, not a day the text tells)
    if article.published is not None:
        return article.published, "unknown"
    return None, "unknown"


def _reported_before(article: _Article, draft: _Draft) -> dt.date | None:
    """The first day, before publication, that an undated event's own sentences say its toll
    was reported on: the attack was that day at the latest (a better guess at its day than the
    publication's, but still a guess: precision "unknown"), and most reports come the same day
    ("The number of people killed when a ballistic missile slammed into a fuel station in
    Marib has risen to 21, Saba said on Sunday ... Ali al-Ghulisi had said on Saturday evening
    that at least 17 people were killed"; Saturday)."""
    if article.published is None:
        return None
    days = [
        d.date
        for p in draft.parts
        for d in find_dates(article.text[p.sentence.start : p.sentence.end], article.published)
        if d.start + p.sentence.start >= article.dateline_end
        and dt.timedelta(days=1) <= article.published - d.date <= _RECENT
        and _ends_before(
            article.text, p.sentence.start + d.start, _REPORTING_REACH, _REPORTING_DATE,
            _REPORTING_NEEDS,
        )
    ]
    return min(days) if days else None


def _told_beside(article: _Article, draft: _Draft) -> dt.date | None:
    """The day told in a sentence right after one of an undated event's (or just before the
    first), when that one reports no attack of its own: an update's lead and its body tell
    one story ("The number of pupils killed ... in Kumba rose to seven on Monday. About ten
    attackers ... arrived at the academy around mid-morning on Saturday and fired on them").
    Only a recent day: an older one is the story's background, unless it heads the event's
    paragraph ("Aleksinac, 5 April 1999." in a report's list of incidents)."""
    starts = article.sentence_starts
    own = [bisect_left(starts, part.sentence.start) for part in draft.parts]
    for i in (*(j + 1 for j in own), own[0] - 1):
        if 0 <= i < len(starts) and i not in own and article.cues[i] is None:
            sentence = article.sentences[i]
            for date in _dates_in(article, sentence.start, sentence.end):
                if article.published is None or (
                    dt.timedelta(0) <= article.published - date.date <= _RECENT
                ):
                    return date.date
                if (
                    i == own[0] - 1
                    and sentence.text[date.end - sentence.start :].strip() in ("", ".")
                    and _HEADING.fullmatch(sentence.text, 0, date.start - sentence.start)
                ):
                    return date.date
    return None


# A heading: a place and a day, on their own ("Istok (Dubrava prison), 21 May 1999."), up to
# the day.
_HEADING = re.compile(r"[A-Z][^.,;:!?\n]{0,60},\s+")


def _perpetrator(article: _Article, parts: list[_Part], country_code: str | None) -> str | None:
    """Who fired: as the event's own stretches say (those naming the place first, then the
    clause leading into them), else the preamble, else the first attacker named in any attack
    sentence of the article; nobody when the event's sentences say it is not known.
    ``parts``: the event's, ``_widened``."""
    home_army = national_army(country_code)
    for start, end in _attacker_stretches(article, parts):
        actor = _attacker_in(article, start, end, home_army)
        if (
            actor
            and _fights_there(actor, country_code, article)
            and not _unknown_attacker(article.text[start:end])
        ):
            if _blames(article, start, end):
                # who claimed the attack, not whom its victims blame ("Iran's Revolutionary
                # Guards blamed Saudi Arabia ... Islamic State claimed both attacks")
                return _claimant(article, home_army) or actor
            return actor
    if any(is_unattributed(part.sentence.text) for part in parts):
        return None
    actor = _attacker_just_before(article, parts, home_army)
    if actor and _struck_from_abroad_there(actor, country_code, article):
        return actor
    if country_code not in article.attackers:
        article.attackers[country_code] = _article_attacker(
            article, home_army, country_code
        ) or _the_enemy(article.text, country_code)
    return article.attackers[country_code]


def _the_enemy(text: str, country_code: str | None) -> str | None:
    """Who "the enemy" is in a war's officialese that names no side, by where it struck: in
    Ukraine, "the enemy attacked with missiles", "the occupiers launched 18 cruise missiles"
    are Russia's forces; in Russia, "the enemy", "the AFU" are Ukraine's; in Palestine,
    Lebanon and Syria, "the occupation" is Israel's."""
    if country_code == "UA" and _may_match(text, _ENEMY_NEEDS) and _ENEMY_IN_UKRAINE.search(text):
        return "Russian forces"
    if country_code == "RU" and _ENEMY_IN_RUSSIA.search(text):
        return "Ukrainian forces"
    if (
        country_code in _ISRAELS_ENEMIES
        and _may_match(text, _ENEMY_NEEDS)
        and _ISRAEL_AS_THE_ENEMY.search(text)
        and (country_code != "SY" or "occupation" in text.lower())
    ):
        return "Israeli forces"
    return None


_ENEMY_NEEDS = ("enemy", "occupier", "occupation", "aggressor", "invader", "uscist", "ashist",
                "ussist")  # (one is in every match of ``_ENEMY_IN_UKRAINE``)


# (not what the enemy owns, the target: "successful missile strikes on the enemy's Crimean
# air bases")
_ENEMY_IN_UKRAINE = re.compile(
    r"\b(?:the\s+enemy|the\s+occupiers|occupation\s+forces|the\s+aggressor|the\s+invaders|"
    r"ruscists?|rashists?|russists?)\b(?!['’]s?\b)",
    re.IGNORECASE,
)
# Palestinian, Lebanese and Syrian officialese names Israel's forces "the occupation" or "the
# enemy": "occupation warplanes bombed the camp", "the massacre committed by the occupation"
# (in Syria only "the occupation": its civil war had other enemies).
_ISRAELS_ENEMIES = ("PS", "LB", "SY")
_ISRAEL_AS_THE_ENEMY = re.compile(
    r"\b(?:the\s+enemy|the\s+occupation|occupation\s+(?:forces|army|troops|soldiers|warplanes|"
    r"aircraft|jets|drones|artillery|tanks|gunboats|navy))\b(?!['’]s?\b)",
    re.IGNORECASE,
)
_ENEMY_IN_RUSSIA = re.compile(
    r"\b(?:the\s+enemy|the\s+adversary|AFU|UAF|VSU|Ukrainian\s+armed\s+formations|"
    r"Ukrainian\s+militants|neo-?Nazis)\b(?!['’]s?\b)"
)


def _dated_long_before(article: _Article, sentence: Sentence) -> bool:
    """Whether a sentence opens with a day over a week before publication, and gives no later
    one: an earlier attack told as context ("On Dec. 19, 2016, a Tunisian drove a truck ...";
    ``_drop_background`` drops its event), not a comparison ("..., the deadliest since a truck
    bombing in October 2017")."""
    if article.published is None:
        return False
    days = _dates_in(article, sentence.start, sentence.end)
    limit = article.published - dt.timedelta(days=_BACKGROUND_DAYS)
    return (
        bool(days)
        and days[0].start - sentence.start <= _OPENING_DATE_CHARS
        and all(d.date < limit for d in days)
    )


def _unknown_attacker(text: str) -> bool:
    """Whether a text says nobody is known to have done the attack and blames nobody: an actor
    it names is context ("No group claimed the attacks, but Islamic State has carried out a
    string of bombings"; not "... but officials blamed the al-Shabaab militants")."""
    return is_unattributed(text) and _BLAMED.search(text) is None


def _blames(article: _Article, start: int, end: int) -> bool:
    """Whether ``_BLAMED`` matches in ``text[start:end]`` (gated by ``_may_match``)."""
    return _may_match(article.text[start:end], _BLAMED_NEEDS) and (
        _BLAMED.search(article.text, start, end) is not None
    )


def _may_match(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text``, read as ``re.IGNORECASE`` reads it (``_folded``), holds one of
    ``literals`` (lower-case ASCII): when every match of an IGNORECASE pattern holds one, a
    text that holds none has no match, and the scan is skipped."""
    return contains_any(_folded(text), literals)


def _folded(text: str) -> str:
    """``text`` folded (``casefold.fold``), and the letters beyond ASCII that IGNORECASE
    matches to ASCII ones made those (``_IGNORECASE_ASCII``)."""
    low = fold(text)
    if not low.isascii():
        for odd, letter in _IGNORECASE_ASCII:  # (rarely there: ``str.translate`` costs more)
            if odd in low:
                low = low.replace(odd, letter)
    return low


def _claimant(article: _Article, home_army: str | None) -> str | None:
    """The actor a sentence of the article says claimed the attack, if one does."""
    for sentence in article.sentences:
        text = sentence.text
        if "claim" in text and _CLAIMED.search(text) and not _BLAMED.search(text):
            actor = find_blamed(text, home_army)
            if actor:
                return actor
    return None


def _own_state(actor: str, country_code: str | None) -> bool:
    """Whether ``actor`` is the state the event's place is in: named elsewhere in the article,
    it struck back abroad ("A rocket hit Safed ... Israel responded with air strikes")."""
    return country_code is not None and ACTOR_COUNTRIES.get(actor) == country_code


# Where a "coalition" named bare is the Saudi-led one (``actors.ACTORS``): the war in Yemen.
# Elsewhere it is another ("the U.S.-led coalition said", "a rebel coalition that includes Free
# Syrian Army factions"), and names no attacker.
_SAUDI_COALITION_WAR = frozenset({"YE"})


def _fights_there(actor: str, country_code: str | None, article: _Article) -> bool:
    """Whether ``actor`` can be who struck in the event's country: the Saudi-led coalition
    only in Yemen, unless the article names the Saudis; Syria's government forces, which a
    bare "pro-government" also names, only in Syria, unless the article names Syria or Assad
    ("summary killings by soldiers and pro-government militias" in Burkina Faso)."""
    if actor == "Syrian government forces":
        return country_code == "SY" or "Syria" in article.text or "Assad" in article.text
    return (
        actor != "Saudi-led coalition"
        or country_code in _SAUDI_COALITION_WAR
        or "Saudi" in article.text
    )


def _struck_from_abroad_there(actor: str, country_code: str | None, article: _Article) -> bool:
    """Whether an attacker named elsewhere in the article struck in the event's country: not
    the state it is in (``_own_state``), one that fights there (``_fights_there``), and, for
    the forces of the wars news covers most, in a country of their war (a digest's Israeli
    drone in Gaza did not strike Tatarstan)."""
    theatre = _THEATRES.get(actor)
    if theatre is not None and country_code is not None and country_code not in theatre:
        return False
    return not _own_state(actor, country_code) and _fights_there(actor, country_code, article)


# Where these forces have struck in the wars of our cases (an attacker borrowed from another
# sentence of the article must have struck in one of them).
_THEATRES: dict[str, frozenset[str]] = {
    "Israeli forces": frozenset({"PS", "LB", "SY", "IR", "YE", "IQ", "QA", "TN", "SD", "IL"}),
    "Russian forces": frozenset({"UA", "SY", "GE", "MD", "PL", "RO", "BY", "LY", "ML", "CF", "RU"}),
    "Ukrainian forces": frozenset({"RU", "UA", "BY", "SD", "ML", "MD"}),
}


def _attacker_just_before(
    article: _Article, parts: list[_Part], home_army: str | None
) -> str | None:
    """The attacker of the attack sentence right before the event's first: the wave its strike
    was part of ("Russia launched another wave of missiles at Ukrainian cities overnight. In
    Dnipro, a missile hit an apartment building"), whoever the article is mostly about."""
    first = min(p.sentence.start for p in parts)
    i = bisect_left(article.sentence_starts, first)
    if i == 0 or article.cues[i - 1] is None:
        return None
    sentence = article.sentences[i - 1]
    return _attacker_in(article, sentence.start, sentence.end, home_army)


def _attacker_stretches(article: _Article, parts: list[_Part]) -> Iterator[tuple[int, int]]:
    """Where ``_perpetrator`` looks, in order; yielded one by one, as the first stretch that
    names an attacker ends the search (the clauses need not be found then)."""
    tied = [p for p in parts if p.tied]
    ends = []
    for part in tied:  # up to a clause telling of another attack ("..., in response to
        ends.append(_own_end(article, part))  # repeated Houthi missile attacks")
        yield part.start, ends[-1]
    for part, end in zip(tied, ends, strict=True):
        yield _clause_start(article, part), end
    for part in article.preamble:  # (its attack's own: "Iran fires back after US bombing")
        yield part.start, _own_end(article, part)
    for part in parts:
        if not part.tied:  # (up to another attack's clause: "a response to a chemical attack
            yield part.start, _own_end(article, part)  # that ... blamed on Syrian forces")
    for part in tied:  # the rest of its sentence ("killed in Israeli airstrikes ..., including
        yield part.sentence.start, part.sentence.end  # 12 in a house in Jabalia")


def _own_end(article: _Article, part: _Part) -> int:
    """Where the part's stretch stops telling of its own attack (``other_attack_start``)."""
    end = other_attack_start(article.text, part.start, part.end)
    return part.end if end == part.start else end


def _attacker_in(article: _Article, start: int, end: int, home_army: str | None) -> str | None:
    """``find_attacker`` on a stretch, remembered: the preamble is read for every event."""
    key = (start, end, home_army)
    if key not in article.stretch_attackers:
        article.stretch_attackers[key] = find_attacker(article.text[start:end], home_army)
    return article.stretch_attackers[key]


def _clause_start(article: _Article, part: _Part) -> int:
    """Where the clause of a part's sentence that leads into the part starts."""
    head = article.text[part.sentence.start : part.start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    return part.sentence.start + breaks[-1] if breaks else part.start


def _article_attacker(
    article: _Article, home_army: str | None, country_code: str | None
) -> str | None:
    """The first attacker named in any attack sentence, else the first actor blamed (before a
    clause telling of another attack). An attacker named is not the state the event is in (it
    struck back abroad); an actor blamed may be (the same for every event in one country, so
    found once)."""
    # (each sentence up to a clause telling of another attack: "the strikes were a response to
    # a chemical attack that Western governments blamed on Syrian government forces")
    # (found on first need: the attack sentences' ends most often settle it)
    ends: dict[int, int] = {}
    for i, (cue, sentence) in enumerate(zip(article.cues, article.sentences, strict=True)):
        if cue is None:
            continue
        end = ends[i] = other_attack_start(article.text, sentence.start, sentence.end)
        if end == sentence.start or _unknown_attacker(sentence.text):
            continue  # ("No group claimed the attacks, but Islamic State has carried out ...")
        if _dated_long_before(article, sentence):
            continue  # an attack years back ("On Dec. 19, 2016, ... claimed by Islamic State")
        actor = _attacker_in(article, sentence.start, end, home_army)
        if actor and _struck_from_abroad_there(actor, country_code, article):
            return actor
    for i, sentence in enumerate(article.sentences):
        if _unknown_attacker(sentence.text) or _dated_long_before(article, sentence):
            continue
        stop = ends.get(i)
        if stop is None:
            stop = other_attack_start(article.text, sentence.start, sentence.end)
        actor = find_blamed(article.text[sentence.start : stop], home_army)
        if actor and _fights_there(actor, country_code, article):
            # (a state blamed for a strike on its own soil is named so: "The Chechen government
            # blamed Russian forces closing in on the capital")
            return actor
    for cue, sentence in zip(article.cues, article.sentences, strict=True):
        if cue is None and tells_interception(sentence.text):
            actor = _attacker_in(article, sentence.start, sentence.end, home_army)
            if actor and _struck_from_abroad_there(actor, country_code, article):
                return actor
    return None


def _target(article: _Article, parts: list[_Part]) -> TargetMention | None:
    """The first building the event's sentences say was hit, else the first building a
    sentence right after them says was hit, else the first area. In a stretch of a sentence
    that opens at its place ("... and a mosque in Muzaffarabad"), what was hit is named just
    before it."""
    found: dict[int, list[TargetMention]] = {}  # by part, found once for both passes
    for weak in (False, True):
        for i, part in enumerate(parts):
            if not weak and part.start > part.sentence.start:
                mention = named_before(part.sentence.text, part.start - part.sentence.start)
                if mention is None and part.shared:
                    # places named together share what was hit, named before them ("struck
                    # military targets in Iran's Tehran, Khuzestan and Ilam provinces")
                    before = part.sentence.text[: part.start - part.sentence.start]
                    mention = next((m for m in find_targets(before) if not m.weak), None)
                if mention is not None:
                    return mention
            anchor = part.start
            if part.cue is not None and part.start <= part.cue.start < part.end:
                anchor = part.cue.start
            if i not in found:
                found[i] = find_targets(article.text[part.start : part.end])
            mention = pick_from(found[i], anchor - part.start, weak)
            if mention is not None:
                return mention
        if not weak and (mention := _said_hit_after(article, parts)) is not None:
            return mention
    # no site named: armed men as the only victims tell a military target
    text = " ".join(p.sentence.text for p in _unique_sentences(parts))
    return combatants_hit(text)


# An industrial site a governor leaves unnamed ("an enterprise in Ryazan was damaged by
# falling debris", "the Novoshakhtinsk plant"): the text may say elsewhere what it is.
_VAGUE_SITE = re.compile(
    r"(?:industrial\s+)?(?:enterprises?|plants?|facilit(?:y|ies)|sites?|zones?)"
)


def _site_named(article: _Article, draft: _Draft, sole: bool) -> TargetMention | None:
    """The energy site (a refinery, an oil depot, a power plant) that a sentence naming the
    event's place calls what is there ("Ukraine's General Staff said it had hit the
    Rosneft-owned Ryazan refinery"), or any sentence when the text tells one event only."""
    name = article.names.get(draft.key, draft.place.name)
    for sentence in article.sentences:
        if not sole and name not in sentence.text:
            continue
        site = next(
            (m for m in find_targets(sentence.text) if m.target == "energy" and not m.weak), None
        )
        if site is not None:
            return site
    return None


# Who fired told as disputed: a denial, a blame laid, a claim rejected or another suggested.
_DISPUTED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|blam(?:e|es|ed|ing)|reject(?:s|ed|ing)?|suggest(?:s|ed)?|"
    r"provocation|false\s+flag)\b",
    re.IGNORECASE,
)


_SAID_HIT_REACH = 2  # sentences after an event's that may tell what it hit


def _said_hit_after(article: _Article, parts: list[_Part]) -> TargetMention | None:
    """A building said to be hit in the sentences right after one of the event's (up to
    ``_SAID_HIT_REACH``: "... injuring 15. Nine of the injured were taken to hospital.
    Governor Syniehubov said at least 13 apartment buildings were damaged"), up to one with a
    strike cue of its own (which belongs to another attack)."""
    starts = article.sentence_starts
    for part in parts:
        first = bisect_left(starts, part.sentence.start) + 1
        for i in range(first, min(len(starts), first + _SAID_HIT_REACH)):
            if article.cues[i] is not None:
                break
            mention = said_hit(article.sentences[i].text)
            if mention is not None:
                return mention
    return None
