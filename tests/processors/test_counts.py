import re
from collections.abc import Iterable

import pytest

from newswatch.contracts import CountRange
from processors.casefold import fold
from processors.counts import (
    _AMONG,
    _LEFT,
    _LIST_OBJECT,
    _LIST_SUBJECT,
    _NAMED_AND,
    _NONE,
    _OBJECT,
    _SUBJECT,
    _SUBSET,
    _UPDATES,
    _WHOSE,
    _list_subject_matches,
    _scanned,
    _subject_matches,
    _word_hits,
    find_counts,
    parse_number,
    pick_count,
)


def _counts(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.kind, c.count.min, c.count.max) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("12", (12, False)),
        ("1,200", (1200, False)),
        ("eleven", (11, False)),
        ("thirty-one", (31, False)),
        ("twenty two", (22, False)),
        ("one hundred and twenty-five", (125, False)),
        ("a dozen", (12, True)),
        ("two dozen", (24, True)),
        ("dozens", (24, True)),
        ("several dozen", (24, True)),
        ("hundreds", (200, True)),
        ("scores", (40, True)),
        ("several", (3, True)),
        ("a few", (2, True)),
        ("banana", None),
    ],
)
def test_parse_number(phrase: str, expected: tuple[int, bool] | None) -> None:
    assert parse_number(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dozens of civilians have been killed and hundreds were wounded",
            [("killed", 24, None), ("wounded", 200, None)],
        ),
        ("Dozens of dead and hundreds of wounded", [("killed", 24, None), ("wounded", 200, None)]),
        ("Three people, one of them a child, have died", [("killed", 3, 3)]),
        (
            "twenty people, three of them children, were killed there and eighteen injured",
            [("killed", 20, 20), ("wounded", 18, 18)],
        ),
        (
            "killing a 31-year-old woman and a two-year-old child and wounding three people",
            [("killed", 2, 2), ("wounded", 3, 3)],
        ),
        (
            "A woman and her two children were killed when a shell hit their home",
            [("killed", 3, 3)],
        ),
        (
            "at least ten people died and more than 30 were hurt",
            [("killed", 10, None), ("wounded", 30, None)],
        ),
        ("no fewer than 40 people were wounded", [("wounded", 40, None)]),
        ("Between 10 and 15 people were killed", [("killed", 10, None)]),
        ("About 300 people are believed to have died", [("killed", 300, 300)]),
        ("around 30 were injured", [("wounded", 30, 30)]),
        ("up to 40 people were injured", [("wounded", None, 40)]),
        ("The death toll rose to 23 on Tuesday", [("killed", 23, 23)]),
        ("Rescuers ended the search, with the death toll standing at 44", [("killed", 44, 44)]),
        ("Sixteen people are now known to have died after two bombs struck", [("killed", 16, 16)]),
        ("Fifty-nine people sought medical help after the strike", [("wounded", 59, 59)]),
        ("Her death brings the number killed in the attack to 13", [("killed", 13, 13)]),
        ("Death toll unchanged at seven", [("killed", 7, 7)]),
        (
            "Seven employees of the Faktor-Druk printing house are confirmed dead",
            [("killed", 7, 7)],
        ),
        ("Police: two men, aged 53 and 75, killed in the morning shelling", [("killed", 2, 2)]),
        ("Three Army reservists were killed in the strike", [("killed", 3, 3)]),
        (
            "The number of US service members injured when a drone slammed into Tower 22, a "
            "small base in Jordan, has risen to more than 40",
            [("wounded", 40, None)],
        ),
        ("64 people had sought hospital treatment, eight of them children", [("wounded", 64, 64)]),
        ("08:13 The number injured in Kharkiv rises to six.", [("wounded", 6, 6)]),
        # a total, then who they were, one of them unnumbered
        ("injuring seven people, six women and a man", [("wounded", 7, 7)]),
        ("killed two people, a civilian and a rebel fighter", [("killed", 2, 2)]),
        (
            "The number of people killed by Saturday's strike on the hypermarket has reached 18",
            [("killed", 18, 18)],
        ),
        (
            "The number of people known to have died in Tuesday's air attack on Pazigyi village "
            "has risen to at least 171",
            [("killed", 171, None)],
        ),
        (
            "The toll from Saturday's strike on a block in Dnipro has risen to 44",
            [("killed", 44, 44)],
        ),
        ("The death toll from the bombing has passed 300", [("killed", 300, None)]),
        ("There were no casualties", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("No one was hurt, officials said", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("No one on board was hurt, the operator said", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("The crew escaped unharmed", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("All 23 sailors were unharmed", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("The crew of the tanker were unharmed", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("The dog was unharmed", []),
        # list items with abbreviations and trades
        ("killing one U.S. soldier and two American contractors", [("killed", 3, 3)]),
        ("killing 40 cadets", [("killed", 40, 40)]),
        (
            "killed 22 children and six teachers, the U.N. children's agency UNICEF said",
            [("killed", 28, 28)],
        ),
        ("Five of the wounded were in serious condition", []),
        ("two children were among the injured", []),
        ("Eighteen residents were rescued, two of them from under the rubble", []),
        ("a 46-year-old man", []),
        ("left four people seriously injured", [("wounded", 4, None)]),
        (
            "leaving at least seven civilians dead and dozens wounded",
            [("killed", 7, None), ("wounded", 24, None)],
        ),
        ("officials counted 15 dead and 37 injured", [("killed", 15, 15), ("wounded", 37, 37)]),
        ("thirty-one people taken to hospital", [("wounded", 31, 31)]),
        ("the bodies of 28 people had been recovered", [("killed", 28, 28)]),
        (
            "Eight people, among them a baby, were killed and 18 wounded",
            [("killed", 8, 8), ("wounded", 18, 18)],
        ),
        ("Russian missiles kill 23 in Vinnytsia", [("killed", 23, 23)]),
        ("Gaza's media office puts the death toll at 93", [("killed", 93, 93)]),
        # an estimate that spans a range: its low end, as a minimum
        ("Estimates of the dead at the camps ranged between 20 and 30", [("killed", 20, None)]),
        (
            "Officials put the death toll at between 67 and about 100",
            [("killed", 67, None)],
        ),
        ("Prices ranged from 20 to 30 dollars", []),
        (
            "Officials have put the death toll from yesterday's attack on tourists at the "
            "meadow above Pahalgam at 26",
            [("killed", 26, 26)],
        ),
        # a toll raised to a figure, its victims told at length
        ("The ministry raised to 112 the number of Palestinians it says were killed",
         [("killed", 112, 112)]),
        # a wound that killed
        ("A drone dropped an explosive on the town, fatally wounding a 35-year-old man",
         [("killed", 1, 1)]),
        ("two people were mortally wounded", [("killed", 2, 2)]),
        # named by kin, by marriage too, and whose they were
        (
            "The wife and the daughter-in-law of one of our colleagues were killed",
            [("killed", 2, 2)],
        ),
        # neither, told either way round
        (
            "An industrial site was damaged, and nobody was injured or killed",
            [("killed", 0, 0), ("wounded", 0, 0)],
        ),
        # a statement's words
        ("A drone fired missiles at an office, martyring seven people", [("killed", 7, 7)]),
        ("Seven IRGC advisers martyred as Israel strikes Damascus", [("killed", 7, 7)]),
        ("Iranian state media put the total death toll at 13", [("killed", 13, 13)]),
        # casualties of which some died: the dead, and the rest wounded
        ("We know of seven casualties, one of them fatal", [("killed", 1, 1), ("wounded", 6, 6)]),
        (
            "At least nine people were wounded, one of them fatally",
            [("killed", 1, 1), ("wounded", 8, None)],
        ),
        (
            "The shelling left 12 victims, including two dead",
            [("killed", 2, 2), ("wounded", 10, 10)],
        ),
        # the dead as a statement names them
        (
            "The ministry announced the latest toll: 51 martyrs, 40 of them children, and 79 "
            "wounded",
            [("killed", 51, 51), ("wounded", 79, 79)],
        ),
        # a toll lowered; not several attacks' total, nor two attacks'
        (
            "Police on Saturday lowered the death toll from Monday's bombing at the mosque to 84, "
            "from the 101 given earlier",
            [("killed", 84, 84)],
        ),
        ("The ministry lowered the death toll from Sunday's bombings on churches and hotels to "
         "about 253", []),
        ("Police lowered the death toll from Friday's bombing in the capital and shooting spree "
         "on the island to 76", []),
        ("Officials raised the toll from the bombing in the square and shooting at the station "
         "to 40", []),
        ("raising the toll from Thursday's drone and missile attack to 31", [("killed", 31, 31)]),
        # a toll raised, its attack told at length before the figure
        (
            "The ministry has raised the death toll from Tuesday's strike on the tent camp in "
            "the dunes west of Deir al-Balah, which the army had declared a safe area, to 42",
            [("killed", 42, 42)],
        ),
        # a list of people, plural items too; one of those counted adds nobody
        ("killing a soldier and two civilians", [("killed", 3, 3)]),
        ("A married couple was killed when the truck exploded", [("killed", 2, 2)]),
        ("killing a couple and their two children", [("killed", 4, 4)]),
        ("Two Indian nationals were killed", [("killed", 2, 2)]),
        ("killing the minister and five other people", [("killed", 6, 6)]),
        (
            "killed seven people, a 14-year-old girl among them, and injured 97",
            [("killed", 7, 7), ("wounded", 97, 97)],
        ),
        (
            "killing 17 civilians, four boys and two girls among them, and wounding 27",
            [("killed", 17, 17), ("wounded", 27, 27)],
        ),
        (
            "he set off his explosives, killing 15 people including himself and wounding 74",
            [("killed", 15, 15), ("wounded", 74, 74)],
        ),
        # the number of people hurt, told risen
        (
            "the number of people hurt in the overnight drone attack had risen to four",
            [("wounded", 4, 4)],
        ),
        # a subset's figure with a thousands comma is blanked whole, not from its comma on
        ("The campaign killed 3,500 people, including 1,208 children", [("killed", 3500, 3500)]),
        ("It has counted 3,812 casualties including 1,208 deaths", []),
        (
            "The death toll from two car bombs that tore through a bus terminal and the adjoining "
            "Terminus market in the central Nigerian city of Jos on Tuesday afternoon has risen "
            "to 118",
            [("killed", 118, 118)],
        ),
        # one victim named with a role, or whose body was found: at least one
        ("a drone strike killed al-Qaeda leader Ayman al-Zawahiri", [("killed", 1, None)]),
        ("a tank crew killed Reuters journalist Issam Abdallah", [("killed", 1, None)]),
        ("The body of journalist Vira Hyrych was pulled from the rubble", [("killed", 1, None)]),
        ("a strike killed Khalil Maqdah, a commander of Fatah's armed wing", [("killed", 1, None)]),
        ("a strike killed Mohammad Afif, Hezbollah's chief spokesman", [("killed", 1, None)]),
        # several victims named, each with a role: at least as many as named
        (
            "Israeli forces killed its correspondent Ismail al-Ghoul and cameraman Rami al-Rifi",
            [("killed", 2, None)],
        ),
        (
            "killing journalist Anna Petrova, photographer Ivan Sidorov and driver Oleg Kim",
            [("killed", 3, None)],
        ),
        (
            "killed Quds Force commander Qassem Soleimani and militia leader Abu Mahdi "
            "al-Muhandis",
            [("killed", 2, None)],
        ),
        # the wounded after the killed, with the verb left out
        (
            "A married couple was killed and their daughter wounded",
            [("killed", 2, 2), ("wounded", 1, 1)],
        ),
        ("A woman was killed and her two sons injured", [("killed", 1, 1), ("wounded", 2, 2)]),
        ("Shelling killed Ivan Petrenko, a 63-year-old farmer", [("killed", 1, None)]),
        ("The death toll is now 93", [("killed", 93, 93)]),
        ("Two Israeli embassy staffers shot dead outside museum", [("killed", 2, 2)]),
        # a named victim as the subject, after a role, or shot and dying later
        ("Conservative activist Charlie Kirk, 31, was killed on Wednesday", [("killed", 1, None)]),
        (
            "Abe, 67, was shot from behind with a homemade gun in Nara and died hours later.",
            [("killed", 1, None)],
        ),
        ("Abe was shot in the arm and survived.", []),
        ("West Darfur governor Khamis Abakar was abducted and killed", [("killed", 1, None)]),
        # ... after a wire story's dateline
        (
            "PARIS, May 9 - Arman Soldin, a video journalist for AFP, was killed by rocket fire",
            [("killed", 1, None)],
        ),
        (
            "KYIV, Aug 25 (Reuters) - Ryan Evans, a safety adviser, was killed when a missile "
            "struck a hotel",
            [("killed", 1, None)],
        ),
        # ... but not when others died with the one named
        ("Hamza Dahdouh was killed on Sunday along with Mustafa Thuraya", []),
        # two named victims as the subject
        (
            "Veteran war correspondent Marie Colvin of the Sunday Times and French photographer "
            "Remi Ochlik were killed on Wednesday",
            [("killed", 2, None)],
        ),
        (
            "Hamas political leader Ismail Haniyeh and one of his bodyguards were killed",
            [("killed", 2, None)],
        ),
        ("Russian soldiers and Ukrainian troops were killed", []),
        # the Nth victim to die: the toll is now N
        ("A third man died on Friday of wounds suffered in the shooting.", [("killed", 3, None)]),
        # a toll raised, its figure told before the number it gives
        (
            "Mohammed al-Sawarka died of his wounds on Friday, raising to nine the number of his "
            "family killed when an air strike hit their homes.",
            [("killed", 9, 9)],
        ),
        # one more who died, told after the toll in its sentence
        (
            "A man and a woman were killed on the spot and another man died later in a burns unit.",
            [("killed", 3, 3)],
        ),
        ("Two people were killed on the spot; a third died in hospital.", [("killed", 3, 3)]),
        # ... told as said later, with who she was
        (
            "Kim first reported one woman dead; later he said a second woman, who was pregnant, "
            "had died.",
            [("killed", 2, 2)],
        ),
        ("One woman was killed; later a second woman had died.", [("killed", 2, 2)]),
        ("At least two people were killed and another died later.", [("killed", 3, None)]),
        # (not an ordinal that does not follow the toll, nor two more)
        ("Two people were killed; a fifth died in hospital.", [("killed", 2, 2)]),
        ("Two were killed and another two died later.", [("killed", 2, 2), ("killed", 2, 2)]),
        # ... or whose body was found, in a live blog's entry
        ("23:10 — Lysak: a fourth body has been recovered from the ruins.", [("killed", 4, None)]),
        ("The regional body was found to have acted lawfully.", []),
        # a statement's word for the dead
        ("Three soldiers were martyred in the attack, the army said.", [("killed", 3, 3)]),
        ("Two soldiers fell martyrs and three others were injured.",
         [("killed", 2, 2), ("wounded", 3, 3)]),
        ("Three diplomats were wounded", [("wounded", 3, 3)]),
        # translated word for word from Ukrainian or Russian
        ("42 persons received injuries, 16 of them hospitalised.", [("wounded", 42, 42)]),
        ("In total as result of the missile attack died 10 persons.", [("killed", 10, 10)]),
        ("Died 3 persons, injured 12.", [("killed", 3, 3), ("wounded", 12, 12)]),
        ("As a result of the strike on Zaporizhzhia died 13 persons, injured - 113.",
         [("killed", 13, 13), ("wounded", 113, 113)]),
        ("He died 3 days later.", []),
        # one victim, told with a noun in the singular
        ("Officials reported one man dead.", [("killed", 1, 1)]),
        ("Mayor Vitali Klitschko said one man had been killed.", [("killed", 1, 1)]),
        ("Two members of the public have died", [("killed", 2, 2)]),
        ("At least 40 people remain in hospital.", [("wounded", 40, None)]),
        ("Five people remain missing.", []),
        ("No one was killed or injured.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("No one died in the attack.", [("killed", 0, 0)]),
        ("No one was physically hurt by the rocket.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("Nobody was seriously injured.", []),
        ("The blast damaged a building but hurt no one.", [("killed", 0, 0), ("wounded", 0, 0)]),
        ("It killed two people but injured nobody.", [("killed", 2, 2), ("wounded", 0, 0)]),
        # the dead and wounded together, with no breakdown: neither
        ("About 20 Russian servicemen were killed or wounded, the source said.", []),
        # one more, wounded beside the one killed
        ("killing a nun and wounding another", [("killed", 1, 1), ("wounded", 1, 1)]),
        # one victim who died, told by its number word; and the religious are people
        ("One novice died in the ambulance on the way to hospital.", [("killed", 1, 1)]),
        ("A Buddhist novice and a nun were killed", [("killed", 2, 2)]),
        # groups of people named together are added up
        ("A former student killed three children and three adults", [("killed", 6, 6)]),
        ("The guard killed two Jewish pilgrims and three security officers", [("killed", 5, 5)]),
        ("Twenty-one soldiers and a civilian were killed", [("killed", 22, 22)]),
        ("Thirty-seven foreign hostages and one Algerian were killed", [("killed", 38, 38)]),
        ("An American and two Britons were killed", [("killed", 3, 3)]),
        # victims named by their nationality or people
        ("Four Armenian soldiers were killed, one wounded", [("killed", 4, 4), ("wounded", 1, 1)]),
        ("Three Eritrean refugees, two of them children, were killed", [("killed", 3, 3)]),
        ("The UN said 53 migrants, six of them children, had been killed", [("killed", 53, 53)]),
        ("Twelve visitors were wounded", [("wounded", 12, 12)]),
        # a minimum on an item makes the sum one
        ("killing at least 18 Italians and at least nine Iraqis", [("killed", 27, None)]),
        ("killing at least 12 soldiers and two civilians", [("killed", 14, None)]),
        ("Twenty-three Nigerien soldiers were killed in an ambush", [("killed", 23, 23)]),
        ("Five Yazidis were killed", [("killed", 5, 5)]),
        # ... or by whose forces they serve
        (
            "Three US soldiers were killed and at least 34 service members wounded",
            [("killed", 3, 3), ("wounded", 34, None)],
        ),
        ("Two U.N. peacekeepers were wounded", [("wounded", 2, 2)]),
        ("Ten African Union soldiers were killed and 50 were missing", [("killed", 10, 10)]),
        ("two UNIFIL peacekeepers were wounded", [("wounded", 2, 2)]),
        # ... or by a relative clause before the verb
        (
            "Ten civilians who were standing in a queue for bread in the northern city of "
            "Chernihiv were killed on Wednesday",
            [("killed", 10, 10)],
        ),
        ("Three children who had been sleeping in the house were wounded", [("wounded", 3, 3)]),
        # ... a reduced one too
        ("Two children being treated in the unit were killed", [("killed", 2, 2)]),
        # in hospitals, several of them
        ("Eighteen other passengers are in hospitals in Volnovakha", [("wounded", 18, 18)]),
        ("Four patients being treated in the ward were wounded", [("wounded", 4, 4)]),
        ("More than 460 patients and their companions were shot dead", [("killed", 460, None)]),
        # the wounded who died are among the dead, not a count of wounded
        (
            "The toll has risen to seven, after three wounded pupils died in hospital",
            [("killed", 7, 7)],
        ),
        ("Two people were wounded and one died later", [("wounded", 2, 2), ("killed", 1, 1)]),
        (
            "Thirteen other children are being treated for gunshot and machete wounds",
            [("wounded", 13, 13)],
        ),
        # the members of one family are the figure, not the one family
        (
            "Ten members of one family, seven of them children, were killed when a drone hit a car",
            [("killed", 10, 10)],
        ),
        ("Yugoslav authorities said 19 prisoners were killed.", [("killed", 19, 19)]),
        # a named victim before a list of his own people
        (
            "Mohammed Abu Hasira, his wife and their three children were killed",
            [("killed", 5, 5)],
        ),
        ("In Gaza, his son and a bodyguard were killed", [("killed", 2, 2)]),
        # every one of a known number of people; not the attackers
        ("shot down the airliner, killing all 176 people on board", [("killed", 176, 176)]),
        ("security forces ended the siege, killing all five gunmen who stormed the hotel", []),
        ("At least 40 inmates were killed", [("killed", 40, None)]),
        # whose, and in what service
        ("Two members of his staff were wounded", [("wounded", 2, 2)]),
        ("Two security officers were lightly wounded", [("wounded", 2, 2)]),
        ("The militia said 25 of its fighters were killed", [("killed", 25, 25)]),
        # "among" up to the main verb
        (
            "The death toll from two shells that exploded among spectators at a football match "
            "rose to at least 11",
            [("killed", 11, None)],
        ),
        # the total a subset is among
        ("Three club players were among eight people killed", [("killed", 8, 8)]),
        ("Two Americans were among at least 20 people killed", [("killed", 20, None)]),
        ("Their children were among 19 pupils and two teachers killed", [("killed", 21, 21)]),
    ],
)
def test_find_counts(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _counts(text) == expected


def test_update_supersedes_earlier_figure() -> None:
    mentions = find_counts("One person was killed at first. The death toll has risen to 11.")
    assert pick_count(mentions, "killed") == CountRange(min=11, max=11)


def test_an_update_vaguer_than_a_higher_figure_told_before_keeps_that_figure() -> None:
    mentions = [  # (one sentence at a time, as the extractor reads them)
        *find_counts("Preliminary toll: six dead; 12 injured, including two children."),
        *find_counts("Tue morning — Zelensky: seven people were killed; more than 10 injured."),
    ]
    assert pick_count(mentions, "killed") == CountRange(min=7, max=7)
    assert pick_count(mentions, "wounded") == CountRange(min=12, max=12)
    # ... but an exact lower update stands: a toll revised down; and a higher figure told after
    # it is another's
    mentions = [*find_counts("25 people were killed."), *find_counts("Update: 20 were killed.")]
    assert pick_count(mentions, "killed") == CountRange(min=20, max=20)
    mentions = [
        *find_counts("Latest: at least 17 people were killed."),
        *find_counts("The market has been bombed before: 55 people died there in 1999."),
    ]
    assert pick_count(mentions, "killed") == CountRange(min=17, max=None)


def test_a_toll_put_earlier_is_no_update() -> None:
    mentions = [  # (one sentence at a time, as the extractor reads them)
        *find_counts("A jet bombed the town, killing more than 40 civilians."),
        *find_counts("Activists had initially put the toll at 23 dead."),
    ]
    assert pick_count(mentions, "killed") == CountRange(min=40, max=None)
    (put,) = find_counts("The ministry put the toll at 40.")
    assert put.update
    # ... nor one a new figure was raised from
    mentions = find_counts(
        "Strikes killed 53 people and wounded 98, raising a toll that had stood at 31 dead and "
        "101 wounded earlier on Sunday."
    )
    assert pick_count(mentions, "wounded") == CountRange(min=98, max=98)
    # ... nor one it had stood at before
    mentions = [
        *find_counts("The governor said the final count was 15 dead and 24 wounded."),
        *find_counts("The toll had stood at 11 on Saturday and at 13 on Sunday afternoon."),
    ]
    assert pick_count(mentions, "killed") == CountRange(min=15, max=15)
    (stood,) = find_counts("The toll stood at 13 on Friday.")
    assert stood.update
    # ... nor the first figure a rise is told on
    mentions = [
        *find_counts("A medical source gave a first figure of 30 dead on Saturday."),
        *find_counts("The WHO said on Sunday that 70 patients were killed."),
    ]
    assert pick_count(mentions, "killed") == CountRange(min=70, max=70)


def test_a_live_blog_entry_opening_with_a_bare_clock_time_is_an_update() -> None:
    first = find_counts("06:21 The governor says a building is on fire; six injured so far.")
    later = find_counts("09:03 The emergency service says two people were killed and 20 injured.")
    assert pick_count([*first, *later], "wounded") == CountRange(min=20, max=20)


def test_a_live_blog_entry_opening_with_a_clock_time_and_a_colon_is_an_update() -> None:
    first = find_counts("13:05: Kiper: 14 dead and 46 injured so far.")
    later = find_counts("19:45: Latest figures from the region: 20 people killed and 73 injured.")
    assert all(m.update for m in later)
    assert pick_count([*first, *later], "wounded") == CountRange(min=73, max=73)


def test_a_bulleted_latest_entry_is_an_update() -> None:
    first = find_counts("• The deputy health minister: at least 11 dead and more than 60 wounded.")
    later = find_counts("• Latest from the ministry: at least 17 were killed and 133 wounded.")
    assert pick_count([*first, *later], "killed") == CountRange(min=17, max=None)
    assert pick_count([*first, *later], "wounded") == CountRange(min=133, max=133)


def test_a_toll_that_could_be_higher_is_a_guess_not_the_figure() -> None:
    mentions = [
        *find_counts("The strike killed at least 23 civilians."),
        *find_counts("A local outlet reported that the death toll could be as high as 30."),
    ]
    assert pick_count(mentions, "killed") == CountRange(min=23, max=None)


def test_a_live_blog_entry_opening_with_its_weekday_is_an_update() -> None:
    first = find_counts("Sun 01:15 — Xinhua says at least 27 people have been killed.")
    later = find_counts("Sun 10:50 — Xinhua now says 29 people were killed.")
    assert pick_count([*first, *later], "killed") == CountRange(min=29, max=29)


def test_the_highest_update_stands_a_live_blogs_entries_are_updates() -> None:
    # "risen to five", then a later entry's 11; the other side's smaller claim does not win
    mentions = [
        *find_counts("02:15 - Update: the death toll has risen to five."),
        *find_counts("11:45 - The Interior Ministry says 11 people were killed."),
        *find_counts("12:30 - The military says it killed at least 9 militants."),
    ]
    assert all(m.update for m in mentions)
    assert pick_count(mentions, "killed") == CountRange(min=11, max=11)
    # an update's sentence gives its other figures as current too
    (killed, wounded) = find_counts("Update: the toll has risen to eight, and 56 were wounded.")
    assert killed.update and wounded.update


def test_first_figure_wins_without_an_update() -> None:
    mentions = find_counts(
        "Twenty people were killed. Among the dead, several people were killed in a shop."
    )
    assert pick_count(mentions, "killed") == CountRange(min=20, max=20)


def test_nothing_said_is_unknown() -> None:
    assert pick_count(find_counts("A missile hit a school."), "wounded") == CountRange()


def test_civilian_figures_are_flagged() -> None:
    (mention,) = find_counts("the strike killed at least 58 civilians")
    assert mention.civilians and mention.count == CountRange(min=58, max=None)


@pytest.mark.parametrize(
    "text",
    [
        "In Kryvyi Rih at least ten people died and more than 30 were hurt, while in Dnipro "
        "one person was killed and 12 injured.",
        "Russian shelling killed 1,200 civilians,\tleaving\nfive  people dead and 5to10 hurt.",
        "The death toll has risen to 44; bringing the toll to 50, the number of dead rose to 52.",
        "A woman and her two children were killed, three of them in hospital, no one was hurt.",
        "Officials raised to 23 the number of people killed, killing a man and wounding seven.",
        "No casualties (nobody was injured) - twenty-one soldiers, among them medics, were hurt.",
        "STRIKES KILLED FOUR; A GIRL AND HER MOTHER WERE ALSO INJURED, the toll stood at five.",
        "At least 1,200 people were injured and 20–30 civilians died.",
        "Ivan Lysak and his wife were killed; she was among those hurt, killing him and 2 others.",
        "Four aid workers from a British charity were killed, and he was killed with his son.",
    ],
)
def test_anchored_matching_finds_what_a_full_scan_finds(text: str) -> None:
    """The fast paths try a pattern only at some positions; they must find the same."""
    clean = fold(text)

    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
        return [m.span() for m in matches]

    found = 0
    patterns = (_OBJECT, _LEFT, _NONE, _LIST_OBJECT, _SUBSET, *_UPDATES, _NAMED_AND, _AMONG, _WHOSE)
    hits = _word_hits(clean)
    for anchored in patterns:
        assert spans(anchored.finditer(clean)) == spans(anchored.pattern.finditer(clean))
        found += len(anchored.finditer(clean))
    for anchored in (_OBJECT, _LEFT, _NONE, _LIST_OBJECT, *_UPDATES, _NAMED_AND):
        assert spans(_scanned(anchored, clean, hits)) == spans(anchored.pattern.finditer(clean))
    assert spans(_subject_matches(clean)) == spans(_SUBJECT.pattern.finditer(clean))
    assert spans(_list_subject_matches(clean)) == spans(_LIST_SUBJECT.finditer(clean))
    assert found + len(_subject_matches(clean)) > 0


def test_a_cyrillic_figure_that_opens_the_next_keyword_is_its_own() -> None:
    found = find_counts("Спершу повідомляли про двох загиблих і 17 поранених.")
    assert [(m.kind, m.count.min) for m in found] == [("killed", 2), ("wounded", 17)]


def test_figures_told_as_of_a_time_update_the_toll() -> None:
    for text in (
        "Станом на 15:00, за даними МВС, загинули 11 людей, ще 37 поранені.",
        "As of 15:00, 11 people had been killed and 37 wounded.",
        # ... and a total, as "in all": Belgorod, December 2023; Kharkiv, 2024
        "Всего пострадали 108 человек.",
        "Усього поранено 97 людей.",
    ):
        found = find_counts(text)
        assert found and all(m.update for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile hit the city's main hospital on Monday.", []),
        ("It was the deadliest strike on a hospital this year.", []),
        ("Two people were hospitalised after the strike on the hospital.", [("wounded", 2, 2)]),
        ("Five people were taken to  hospital.", [("wounded", 5, 5)]),
        ("There were no fatalities at the hospital.", [("killed", 0, 0)]),
        ("The deadly strike left four people dead.", [("killed", 4, 4)]),
        # (the sub-count is blanked out: "taken to" and "hospital" then meet)
        ("Five people were taken to, three of them, hospital.", [("wounded", 5, 5)]),
    ],
)
def test_a_hospital_alone_gives_no_figure(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    """``find_counts`` gives up early on a sentence whose only stem is "hospital", in none
    of the forms a pattern holds it in: it must miss no figure."""
    assert _counts(text) == expected


def test_a_figure_told_by_an_early_account_gives_way_to_a_later_one() -> None:
    found = find_counts(
        "Early reports spoke of 25 dead; by the afternoon officials said at least 36 had been "
        "killed, and more than 55 wounded."
    )
    assert [(c.kind, c.count.min, c.weak, c.update) for c in found] == [
        ("killed", 25, True, False), ("killed", 36, False, True), ("wounded", 55, False, False)
    ]
    # a number put earlier, in the past perfect, is no update
    (earlier,) = find_counts("Initial reports had put the number of dead at 13.")
    assert (earlier.count.min, earlier.weak, earlier.update) == (13, True, False)
    # ... or, translated word for word, "were reported" earlier
    (earlier,) = find_counts("Earlier were reported 13 dead.")
    assert (earlier.count.min, earlier.weak) == (13, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war's tally in a toll update is no figure of the attack's ...
        (
            "The two deaths in Nirim bring the number of Israelis killed in the 50-day "
            "operation to 70, six of them civilians.",
            [("killed", 2, False)],
        ),
        ("The death toll in Gaza since the war began has risen to 40,000.", []),
        ("The number of people killed since the full-scale invasion stands at 9,000.", []),
        ("The toll of the 50-day war rose to 2,100.", []),
        ("The ministry's cumulative toll for the war passed 30,000 the same day.", []),
        # the dead and the injured together are neither kind alone
        ("A Hamas statement put the number of dead and injured at 400.", []),
        ("The number of killed and wounded reached 400.", []),
        # ... but an attack's own update is, and one operation may be a raid
        ("The number of people killed in the strike rose to 12.", [("killed", 12, True)]),
        ("The number of militants killed in the operation rose to 7.", [("killed", 7, True)]),
    ],
)
def test_a_wars_tally_in_a_toll_update_is_no_figure_of_the_attack(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert [(c.kind, c.count.min, c.update) for c in find_counts(text)] == expected


def test_a_source_named_at_length_after_a_figure_is_no_more_victim() -> None:
    text = (
        "Jets struck Ariha, killing at least 10 civilians, children among them, the Syrian "
        "Observatory for Human Rights said."
    )
    assert [(m.kind, m.count.min) for m in find_counts(text)] == [("killed", 10)]


def test_a_subset_told_between_commas_before_the_verb_leaves_the_figure() -> None:
    text = (
        "According to initial information, at least nine civilians, children among them, were "
        "killed and more than 75 injured."
    )
    assert [(m.kind, m.count.min) for m in find_counts(text)] == [("killed", 9), ("wounded", 75)]


def test_a_figure_an_official_had_earlier_put_gives_way() -> None:
    (mention,) = find_counts("He had earlier put the number of injured at 13.")
    assert mention.weak and not mention.update


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("A man and a woman, both in their forties, were killed on Wednesday.", "killed", 2),
        ("A man in his thirties was killed at midday on Thursday.", "killed", 1),
        ("A woman in her early twenties was wounded.", "wounded", 1),
    ],
)
def test_victims_told_with_their_ages_in_decades(text: str, kind: str, count: int) -> None:
    assert [(m.kind, m.count.min, m.count.max) for m in find_counts(text)] == [(kind, count, count)]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Two people asked for medical help at the scene, he said.", "wounded", 2),
        ("Fifty people needed medical help.", "wounded", 50),
        ("The driver was killed and three other emergency workers were injured.", "wounded", 3),
    ],
)
def test_the_hurt_told_by_the_help_they_asked_for_or_their_service(
    text: str, kind: str, count: int
) -> None:
    assert (kind, count, count) in [(m.kind, m.count.min, m.count.max) for m in find_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor gave a figure of 24 injured, and at 19:35 the emergency service updated "
        "the count to 32 injured.",
        "Officials first spoke of 24 injured; by then they had raised the tally to 32 injured.",
    ],
)
def test_a_count_raised_to_a_figure_is_an_update(text: str) -> None:
    assert pick_count(find_counts(text), "wounded") == CountRange(min=32, max=32)


@pytest.mark.parametrize(
    "text",
    [
        # the years of a list of birth years are no figures ...
        "Three dead and ten injured, including teenagers born in 2007, 2010 and 2011.",
        # ... nor is a part told after the list
        "Three dead and ten injured, including two girls, nine of them in hospital.",
        "Three dead and ten injured, including teenagers born in 2007, 2010 and 2011, nine of "
        "them in hospital.",
    ],
)
def test_a_list_of_those_included_leaves_the_figure(text: str) -> None:
    assert [(m.kind, m.count.min) for m in find_counts(text)] == [("killed", 3), ("wounded", 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five civilians — four women and a man — suffered blast injuries, one of them a "
            "broken leg.",
            [("wounded", 5)],
        ),
        ("Nine people – eight women and one man – were killed.", [("killed", 9)]),
    ],
)
def test_who_the_people_were_told_between_dashes_leaves_the_figure(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.kind, m.count.min) for m in find_counts(text)] == expected


def test_an_age_told_inside_a_list_of_victims_leaves_the_list() -> None:
    text = "Two men, both 40, and a 25-year-old civilian woman were killed."
    assert [(m.kind, m.count.min) for m in find_counts(text)] == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 58-year-old man and a 53-year-old woman inside were killed.", [("killed", 2)]),
        ("Three people on board were injured.", [("wounded", 3)]),
    ],
)
def test_where_the_people_were_told_before_their_verb_leaves_the_figure(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.kind, m.count.min) for m in find_counts(text)] == expected


def test_the_nth_death_an_official_confirms_is_the_toll() -> None:
    (mention,) = find_counts("The head of the city administration then confirmed a second death.")
    assert (mention.kind, mention.count.min, mention.count.max, mention.update) == (
        "killed", 2, 2, True
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least seven people aged 43 to 81 were killed.", [("killed", 7)]),
        ("Three men aged between 20 and 30 were wounded.", [("wounded", 3)]),
    ],
)
def test_an_age_range_before_the_verb_leaves_the_figure(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.kind, m.count.min) for m in find_counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another man was injured and taken to hospital.", [("wounded", 1)]),
        (
            "Three people were killed, and another child was wounded.",
            [("killed", 3), ("wounded", 1)],
        ),
    ],
)
def test_another_victim_who_was_hurt_is_one_wounded(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.kind, m.count.min) for m in find_counts(text)] == expected


def test_a_figure_nobody_could_check_gives_way_to_one_that_stands() -> None:
    from processors.counts import pick_count

    # Makiivka, January 2023: the ministry's 63 against Kyiv's unchecked 400
    text = (
        "The defence ministry said 63 servicemen were killed. Ukraine put the number of dead "
        "at about 400, a figure nobody has been able to check."
    )
    assert pick_count(find_counts(text), "killed").min == 63
    # told alone, it is still the figure
    alone = "Rebels said 30 people were killed, which could not be independently verified."
    assert pick_count(find_counts(alone), "killed").min == 30


def test_a_cyrillic_figure_before_its_breakdown_is_the_figure() -> None:
    # Kramatorsk station, April 2022: 98 wounded, then who they were
    found = find_counts(
        "До медичних закладів доставили 98 поранених: 16 дітей, 46 жінок і 36 чоловіків."
    )
    assert [(m.kind, m.count.min) for m in found] == [("wounded", 98)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vinnytsia, July 2022: the people who died, told by a relative clause; "сто"
        (
            "Кількість людей, які загинули внаслідок удару по центру Вінниці, зросла до 23.",
            [("killed", 23, 23)],
        ),
        ("Количество людей, погибших в результате удара, выросло до 23.", [("killed", 23, 23)]),
        ("Понад сто людей дістали поранення.", [("wounded", 100, None)]),
    ],
)
def test_cyrillic_tolls_told_by_the_people_and_in_words(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert [(m.kind, m.count.min, m.count.max) for m in find_counts(text)] == expected
