"""Casualty figures given through the people named rather than a number: trades and offices,
"X and his wife", "he was killed along with three others", "was among those killed", and
"no injuries" wording. Held-out sentences, written for these tests (not from the case files)."""

import pytest

from newswatch.contracts import CountRange
from processors.counts import find_counts, pick_count


def _counts(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.kind, c.count.min, c.count.max) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trades, ranks and offices as people
        ("121 students and three staff were wounded", [("wounded", 124, 124)]),
        ("A local journalist was killed when the shell landed near the market", [("killed", 1, 1)]),
        ("The deputy mayor was killed on his way to the council building", [("killed", 1, 1)]),
        ("Two missiles hit the depot and one guard was injured", [("wounded", 1, 1)]),
        (
            "Three journalists and their driver were killed when the car was hit",
            [("killed", 4, 4)],
        ),
        (
            "An air strike on the ambulance killed four paramedics and a driver, the ministry said",
            [("killed", 5, 5)],
        ),
        ("A nurse and two others were hurt by flying glass", [("wounded", 3, 3)]),
        # a live blog's present tense, with a degree that is no severity
        ("A rocket strikes a factory; a 51-year-old woman is lightly wounded", [("wounded", 1, 1)]),
        # a vague group opening the list makes the sum a minimum
        ("Several workers and a guard were injured", [("wounded", 4, None)]),
        (
            "The prime minister had been killed along with several ministers",
            [("killed", 4, None)],
        ),
        # none hurt: everyone aboard, or neither kind of casualty; not a part of the victims
        ("No passengers or crew were killed or injured", [("killed", 0, 0), ("wounded", 0, 0)]),
        (
            "A drone struck the airport, a source said, reporting neither casualties nor damage",
            [("killed", 0, 0), ("wounded", 0, 0)],
        ),
        ("The missile killed the commander, and no civilians were killed", [("killed", 1, 1)]),
        # a number that names a place is no count
        ("A nun at the monastery in Ward 8 was killed", []),
        ("Residents of building 5 were injured", []),
        # a people's name before the person word is an adjective
        (
            "A rocket hit an orchard, killing an Israeli farmer and four Thai workers",
            [("killed", 5, 5)],
        ),
        # who they were with
        (
            "Five volunteers from a Danish relief group were killed when the strike hit their van",
            [("killed", 5, 5)],
        ),
        # one unnamed victim plus those named with them
        (
            "Mykola Hrytsenko and his wife were killed when the drone struck their garden",
            [("killed", 2, 2)],
        ),
        (
            "The farmer was killed together with his son as they worked in the field",
            [("killed", 2, 2)],
        ),
        (
            "The missile hit the director's house, killing him along with four others",
            [("killed", 5, 5)],
        ),
        # a named victim among an untold toll: a minimum of one
        ("The army's chief of staff was among those killed in the raid", [("killed", 1, None)]),
        ("A 12-year-old boy was among the wounded, doctors said", [("wounded", 1, None)]),
        # a plural without a figure is no count, or only a minimum
        ("Their children were killed in the strike", []),
        ("A woman and her children were killed in the strike", [("killed", 3, None)]),
        ("An elderly man and his parents were injured", [("wounded", 3, 3)]),
        # no casualties, however worded
        (
            "No casualties were reported after the drone attack, the governor said",
            [("killed", 0, 0), ("wounded", 0, 0)],
        ),
        (
            "There were no injuries, the regional administration said",
            [("killed", 0, 0), ("wounded", 0, 0)],
        ),
        (
            "Two people were killed, but there were no injuries",
            [("killed", 2, 2), ("wounded", 0, 0)],
        ),
        # figures that are not tolls, and sub-counts
        ("A 12-year-old boy was killed in the strike", [("killed", 1, 1)]),
        ("Two missiles struck the port, wounding a dock worker", [("wounded", 1, 1)]),
        (
            "A rocket killed a 59-year-old woman and wounded a 48-year-old man",
            [("killed", 1, 1), ("wounded", 1, 1)],
        ),
        ("The blast injured two children and a woman", [("wounded", 3, 3)]),
        ("Two people were wounded a day earlier", [("wounded", 2, 2)]),
        # one victim who died; the wounded told with a qualifier and a clause
        ("A six-year-old boy died on Sunday of wounds from the shelling", [("killed", 1, 1)]),
        ("An elderly woman later died in hospital", [("killed", 1, 1)]),
        # ... after a day or a round-up's heading
        (
            "On Saturday a 33-year-old man died when a Russian shell struck a house",
            [("killed", 1, 1)],
        ),
        ("• Kherson city: a man died when a shell struck a house", [("killed", 1, 1)]),
        (
            "Eleven other children who had been playing outside their homes were wounded",
            [("wounded", 11, 11)],
        ),
        # a figure, then who they were
        (
            "A car bomb exploded, killing six people, three soldiers and three civilians",
            [("killed", 6, 6)],
        ),
        ("Nine people, six civilians and three soldiers, were killed", [("killed", 9, 9)]),
        ("The blast killed two people, three soldiers and four civilians", [("killed", 9, 9)]),
        # killings told by other verbs
        ("The gunmen stormed the village and slaughtered six men", [("killed", 6, 6)]),
        ("Militants massacred 20 villagers", [("killed", 20, 20)]),
        ("They beheaded two farmers", [("killed", 2, 2)]),
        # the wounded told by the injuries they suffered
        ("Three people suffered burns", [("wounded", 3, 3)]),
        ("Three people suffered shrapnel wounds", [("wounded", 3, 3)]),
        (
            "109 US service members have now been diagnosed with traumatic brain injuries",
            [("wounded", 109, 109)],
        ),
        ("Twelve people suffered from the cold", []),
        # a victim's age is no toll
        ("A woman, 34, was killed", [("killed", 1, 1)]),
        ("A boy aged 12 was wounded", [("wounded", 1, 1)]),
        ("The memorial honours the 40 people killed 20 years ago", [("killed", 40, 40)]),
        (
            "The strike killed 12 people, three of them children, and wounded 30",
            [("killed", 12, 12), ("wounded", 30, 30)],
        ),
        ("Among the dead were three firefighters", []),
        ("three of the medics were wounded", []),
        ("Three soldiers were killed along with their driver", [("killed", 3, 3)]),
        # a relative clause, after an aside on who they were
        (
            "Mourners buried 19 Palestinians, most of them women and children from one family, "
            "who were killed when shells hit their homes",
            [("killed", 19, 19)],
        ),
        ("The 11 worshippers who were wounded remain in hospital", [("wounded", 11, 11)]),
        # the crowd an attack hit
        ("Several other marchers were wounded, some of them seriously", [("wounded", 3, None)]),
        ("Dozens of commuters were injured", [("wounded", 24, None)]),
        # the people's names set off by commas
        (
            "Two Western photojournalists, Tim Hetherington and Chris Hondros, were killed",
            [("killed", 2, 2)],
        ),
        (
            "Two other photographers, Guy Martin and Michael Christopher Brown, were wounded",
            [("wounded", 2, 2)],
        ),
        # ... or who they were
        (
            "Three people, staff and shoppers, were killed and five were wounded",
            [("killed", 3, 3), ("wounded", 5, 5)],
        ),
        ("Two men, a father and his son, were killed", [("killed", 2, 2)]),
        # a youth is one person
        (
            "a strike on the mosque killed a 16-year-old girl and an 18-year-old youth",
            [("killed", 2, 2)],
        ),
        # whose people they were
        ("Three employees of the broadcaster were killed", [("killed", 3, 3)]),
    ],
)
def test_people_counts(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_a_stated_total_wins_over_one_named_victim() -> None:
    mentions = find_counts(
        "The governor was among those killed when the missile hit. "
        "In all, 14 people died and 40 were wounded."
    )
    assert pick_count(mentions, "killed") == CountRange(min=14, max=14)


def test_one_named_victim_is_a_minimum_when_nothing_else_is_said() -> None:
    mentions = find_counts("The group's spokesman was among those killed in the strike.")
    assert pick_count(mentions, "killed") == CountRange(min=1, max=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone hit the car, killing the driver, the governor said", [("killed", 1, 1)]),
        ("The shell killed a journalist, the mayor told reporters", [("killed", 1, 1)]),
        (
            "The blast hit the station, wounding a firefighter, the regional police chief wrote",
            [("wounded", 1, 1)],
        ),
        # a real list still counts each item
        ("The strike killed a nurse and two children, the mayor said", [("killed", 3, 3)]),
        ("Shelling killed a teacher, a pupil and a guard, officials said", [("killed", 3, 3)]),
    ],
)
def test_the_speaker_after_a_victim_is_not_another_victim(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the five soldiers were killed when the drone hit", [("killed", 3, 3)]),
        ("One of the three rescuers was killed by the second strike", [("killed", 1, 1)]),
        ("At least two of the 40 passengers were killed, officials said", [("killed", 2, None)]),
        ("Six of the 14 people in the shelter were wounded", [("wounded", 6, 6)]),
        # where they were, between the figure and its verb
        ("14 people in the building were wounded", [("wounded", 14, 14)]),
        ("Five soldiers aboard the vessel were killed", [("killed", 5, 5)]),
        # the keyword qualifies the group: the group is the figure
        ("Two of the seven people wounded are children", [("wounded", 7, 7)]),
        ("Four of the 12 people injured in the attack were children", [("wounded", 12, 12)]),
    ],
)
def test_a_part_of_a_group_is_the_figure_the_verb_is_said_of(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Palestinian children were killed in the strike", [("killed", 3, 3)]),
        # whose side they were on
        (
            "Two Hezbollah members were killed and four people wounded",
            [("killed", 2, 2), ("wounded", 4, 4)],
        ),
        ("Three Taliban fighters were killed in the strike", [("killed", 3, 3)]),
        ("Two Ukrainian soldiers were wounded by shrapnel", [("wounded", 2, 2)]),
        ("Three Russian servicemen were killed when the drone came down", [("killed", 3, 3)]),
        ("At least four Syrian civilians were killed", [("killed", 4, None)]),
    ],
)
def test_a_nationality_before_the_people_keeps_the_figure(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Kharkiv Oblast, an 83-year-old woman suffered minor injuries when aircraft "
            "bombed the town",
            [("wounded", 1, 1)],
        ),
        (
            "A soldier was killed and a civilian suffered shrapnel wounds",
            [("killed", 1, 1), ("wounded", 1, 1)],
        ),
        # (not the Nth, and not beside a figure of its own)
        ("A second man sustained burns", []),
        ("Three people suffered shrapnel wounds", [("wounded", 3, 3)]),
    ],
)
def test_one_victim_told_by_their_injuries(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three children aged 8, 12 and 17 were killed when drones hit the town",
            [("killed", 3, 3)],
        ),
        ("Two men aged 40 and 52 were wounded", [("wounded", 2, 2)]),
        # an age is never the toll: the one victim it tells of is
        ("A boy aged 12 was killed", [("killed", 1, 1)]),
        ("A young man of about 25 was killed", [("killed", 1, 1)]),
        # ... nor after the family members a figure lists
        (
            "An Israeli drone struck a car, killing a woman and her three granddaughters, aged "
            "10, 12 and 14, officials said",
            [("killed", 4, 4)],
        ),
        ("A strike killed his uncle and two aunts", [("killed", 3, 3)]),
        # ages set off by commas between the figure and its verb
        (
            "An 18-year-old man was killed and three other men, aged 21, 35 and 44, suffered "
            "blast and shrapnel wounds",
            [("killed", 1, 1), ("wounded", 3, 3)],
        ),
        # ... nor do ages hide the verb and figure after them
        (
            "Shelling hit the city, killing two men aged 56 and 61 and wounding five other people",
            [("killed", 2, 2), ("wounded", 5, 5)],
        ),
        # ... nor end the list of people they stand in
        (
            "Three sisters aged 9, 13 and 15 and their grandfather were killed when the drone "
            "hit the car",
            [("killed", 4, 4)],
        ),
        ("A girl aged 7 and her mother were wounded in the shelling", [("wounded", 2, 2)]),
        ("Two women aged 70 and 74 and a man were wounded", [("wounded", 3, 3)]),
        ("A man, 58, and his son, 31, were killed by the bomb", [("killed", 2, 2)]),
    ],
)
def test_ages_are_no_toll(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An Israeli strike on a car outside Tyre killed Mohammed Nimah Nasser, who led one "
            "of Hezbollah's three regional units, and two other people.",
            3,
        ),
        ("An Israeli strike killed Mohammed Nasser, a commander, and two others.", 3),
        # told by the role
        ("A bomb went off, killing the minister, Khalil Haqqani, and five other people.", 6),
        (
            "A drone strike killed a senior commander of the Kataib Hezbollah militia and two "
            "others.",
            3,
        ),
        ("Shelling killed two soldiers and three others.", 5),
    ],
)
def test_a_named_victim_and_the_others_counted_add_up(text: str, killed: int) -> None:
    (mention,) = find_counts(text)
    assert (mention.kind, mention.count.min, mention.count.max) == ("killed", killed, killed)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Four boys from one family were killed by naval shelling on a beach.", "killed", 4),
        ("Two sisters were wounded.", "wounded", 2),
        ("Three schoolchildren were killed.", "killed", 3),
    ],
)
def test_boys_girls_and_kin_are_counted(text: str, kind: str, count: int) -> None:
    (mention,) = find_counts(text)
    assert (mention.kind, mention.count.min) == (kind, count)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shot dead is killed
        ("A police officer was shot dead at the checkpoint.", [("killed", 1, 1)]),
        ("Two soldiers were shot and killed near the gate.", [("killed", 2, 2)]),
        # a named victim as the subject, after a role or with an aside: one at least
        ("Colonel Ivan Petrenko was killed when his car exploded.", [("killed", 1, None)]),
        (
            "A senior officer of the navy, Rear Admiral Oleg Marin, was killed on Friday.",
            [("killed", 1, None)],
        ),
        ("Marin, who led the fleet's staff, was killed on Friday.", [("killed", 1, None)]),
        # not no one, and not one killed along with others (the list's figure)
        ("Nobody was killed.", [("killed", 0, 0)]),
        ("Marin was killed along with two aides.", [("killed", 3, 3)]),
    ],
)
def test_one_shot_dead_or_a_named_subject_killed(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attackers killed are no victims
        ("Security forces said they had killed four of the attackers.", []),
        ("Troops killed two of the gunmen.", []),
        ("Police killed three assailants.", []),
        ("Police shot dead five suspected militants in the town.", []),
        # ... but gunmen a strike killed are its victims
        ("An Israeli drone fired on a car, killing three gunmen.", [("killed", 3, 3)]),
    ],
)
def test_the_attackers_killed_are_no_toll(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


def test_a_toll_update_named_after_a_long_description_of_the_attack() -> None:
    text = (
        "The number of people killed in attacks by gunmen and suicide bombers on a restaurant "
        "and a security checkpoint near the southern city of Nasiriyah on the main highway to "
        "Baghdad has risen to 60, officials said."
    )
    assert _counts(text) == [("killed", 60, 60)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stopped a bus and shot dead at least 43 people.", [("killed", 43, None)]),
        ("A gunman shot dead two brothers as they drove through the town.", [("killed", 2, 2)]),
        ("Gunmen gunned down three men outside a mosque.", [("killed", 3, 3)]),
        ("Air defences shot down two drones.", []),
    ],
)
def test_shot_dead_or_gunned_down_is_killed(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _counts(text) == expected


def test_a_pronoun_shot_by_the_police_is_no_victim() -> None:
    assert _counts("He was shot dead by a Border Patrol agent") == []
    assert _counts("He was shot dead by gunmen outside his home") == [("killed", 1, None)]
