"""Does a sentence report an attack, and by what means? (strike detection, event-type cues)

"Strike", "hit" and "attack" mean many things in news (labour strikes, lightning, a strike
price, a heart attack), so a sentence only counts when the attack word comes with a means
of attack (shell, missile, bomb, drone...), or is itself one ("shelling", "air strike",
"bombed"). Words that put the attack out of reality ("would", "threatened to", "attempt
to", "denied"), and contexts that are not strikes (exercises, tests, hoaxes,
anniversaries, cyber attacks, accidents, strikes by workers, lightning) veto the sentence.

Event types follow the label conventions: munitions decide (artillery, rockets, mortars,
MLRS -> shelling; missiles -> missile; bombs, air raids -> air_strike; drones -> drone);
the platform (warplanes, helicopters) only when no munition is named; an attack word with
no stated means is ``other_attack``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newswatch.contracts import EventType
from processors import cyrillic
from processors.actors import find_attacker
from processors.casefold import (
    compile_folded,
    compile_word_starts,
    contains_any,
    fold,
    pad,
    word_start_alternation,
)
from processors.counts import SUSPECT_DOWN
from processors.sentences import clause_around
from processors.word_gates import Lexicon, WordGate

# A bomb brought to its target, an attack by itself as a bombing is ("a truck bomb in Qamishli").
_BROUGHT_BOMB = r"(?:car|truck|suicide|roadside|lorry)[\s-]+bomb(?:s|ings?|ers?)?"
# Munitions and means, most specific first; each pattern maps to an event type.
_MEANS: tuple[tuple[EventType, str], ...] = (
    # (a grenade launcher carried by hand: "attacked the ship with rocket-propelled grenades")
    ("other_attack", rf"{_BROUGHT_BOMB}|IEDs?|rocket[\s-]+propelled\s+grenades?|RPGs?|"
                     r"improvised\s+explosive\s+devices?|explosive-laden\s+(?:cars?|trucks?|vehicles?|boats?)|projectiles?|"
                     # "rammed a pickup truck packed with about 80 kg of explosives into"
                     r"(?:cars?|trucks?|pickups?|vans?|vehicles?|lorr(?:y|ies)|boats?|motorcycles?)\s+"
                     r"(?:packed|laden|loaded|rigged|filled|stuffed)\s+with\s+(?:[\w-]+\s+){0,4}?explosives"),
    ("drone", r"drones?|UAVs?|unmanned\s+(?:aerial\s+)?(?:vehicles?|aircraft|planes?)|"
              r"(?:pilotless|remotely[\s-]piloted)\s+(?:aircraft|planes?)|loitering\s+munitions?|"
              r"quadcopters?|Shaheds?|Gerans?|FPVs?|kamikaze"),
    ("air_strike", r"air[\s-]?strikes?|airstrikes?|aerial\s+bombardments?|"
                   # (an alert is no raid: "air raid sirens sounded in Dnipro")
                   r"air\s+raids?(?![\s-]+(?:sirens?|alerts?|alarms?|warnings?|shelters?|signals?)\b)|"
                   r"glide\s+bombs?|guided\s+(?:aerial\s+)?bombs?|barrel\s+bombs?|"
                   r"aerial\s+bombs?|(?:carpet[\s-])?bomb(?:s|ed|ing|ings)?"
                   # not who deals with bombs, or where people hide from them
                   r"(?![\s-]+(?:squads?|disposal|shelters?|threats?|scares?|hoax(?:es)?|sniff\w*|proof)\b)|"
                   r"KABs?"),
    ("missile", r"missiles?|ballistic|cruise"),
    # (not a gutted building: "a shell of twisted steel", "the burnt-out shell of a car")
    ("shelling", r"shell(?:s|ed|ing|fire|(?!\s+of\s))|artillery|mortars?|rockets?|MLRS|howitzers?|"
                 r"multiple[\s-]+(?:launch\s+)?rocket|tank\s+fire|Grads?|bombard(?:ed|ment|ing)?|"
                 # a tank that fired ("an Israeli tank fired on the building"), not one hit, nor
                 # one told as the time of another attack ("jets hit Khiam, after tanks fired")
                 r"(?<!after\s)(?<!before\s)(?<!while\s)(?<!when\s)"
                 r"tanks?(?=\s+(?:had\s+|have\s+|then\s+|also\s+)?(?:fired|opened\s+fire|shelled))|"
                 # (rounds that came down: "Rounds landed in the centre of Gisenyi"; not talks)
                 r"(?<![Nn]o\s)rounds(?=\s+(?:also\s+)?(?:landed|hit|struck|fell|slammed|exploded|crashed|"
                 r"rained))|"
                 # (not words: "a barrage of claims", "a barrage of criticism"; nor one told
                 # before: "The barrage, one of the largest of the war", after a missile attack)
                 r"(?<![Tt]he\s)(?<!THE\s)barrages?(?!\s+of\s+(?:[\w-]+\s+)?(?:claims?|criticism|questions?|insults?|"
                 r"complaints?|accusations?|abuse|lawsuits?|calls?|messages?|tweets?|posts?|"
                 r"emails?|attacks\s+on\s+(?:him|her|them)|words?|jokes?|"
                 # a boxer's: "struck with a barrage of punches in the ninth"
                 r"punches|blows|kicks|jabs))"),
)  # fmt: skip
# Arms carried by hand, and a vehicle driven into people: the means of an attack when no
# munition or aircraft is named ("stabbed passers-by, killing a boy", "threw Molotov cocktails
# at the marchers, injuring 12", "drove a car into a demonstration"). They never decide a
# type (such an attack is ``other_attack``), and a munition or aircraft named with them wins.
_HAND_ARMS = (
    r"knife|knives|machetes?|meat\s+cleavers?|stabb(?:ed|ing|ings)|"
    r"molotov\s+cocktails?|(?:petrol|gasoline)\s+bombs?|firebomb(?:s|ed|ing)?|flamethrowers?|"
    r"pistols?|handguns?|rifles?|shotguns?|gunfire|gunshots?|homemade\s+guns?|kalashnikovs?|"
    r"snipers?|sniper\s+fire|shots?\s+(?:was\s+|were\s+)?fired|open(?:ed|ing)\s+fire|"
    r"bows?\s+and\s+arrows?|crossbows?|axes?|swords?|"
    # airliners flown into buildings (``_AIRLINER_BEFORE``: no air strike)
    r"hijacked\s+(?:[\w-]+\s+)?(?:planes?|jets?|airliners?|aircraft)|"
    # a shooting told by its wound: "shot dead two people", "was shot in the head"
    r"shot\s+dead|shot\s+and\s+(?:killed|wounded)|gunned\s+down|fatally\s+shot|"
    r"shot\s+(?:[\w-]+\s+){0,2}?in\s+the\s+(?:head|chest|back|neck|stomach|leg)|"
    r"(?:drove|driven|drives|driving|ploughed|plowed|rammed|ramming|mowed|steered)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:into|at|through|along|onto|down)\s+(?:[\w-]+\s+){0,4}?(?:crowds?|people|"
    r"pedestrians|shoppers|demonstrat\w*|protesters|marchers|worshippers|revellers|spectators|"
    # "driving a rented van along a busy Toronto sidewalk"
    r"children|passers-by|a\s+group|sidewalks?|pavements?|promenade)"
)
# Platforms: only decide the type when no munition is named.
# (not air defence: "residents reported loud anti-aircraft fire but no damage")
_PLATFORMS = (
    r"warplanes?|war\s+planes|fighter\s+jets?|jets|aircraft(?<!anti-aircraft)(?<!anti\saircraft)|helicopters?|"
    r"gunships?|planes|bombers|"
    # an air force that struck ("the army's air force struck RSF positions"; not one that spoke)
    r"air\s+force(?=\s+(?:struck|bombed|hit|pounded|raided|attacked|targeted)\b)"
)
# A platform said to be hit ("two aircraft were damaged") is a target, not the means; nor
# is one that carries people ("army helicopters flew the most seriously injured to hospitals").
# Nor one that only flew about ("helicopters circled overhead"), or is kept where it was
# attacked ("the area where aircraft and other military equipment are kept").
_PLATFORM_HIT = (
    r"(?!\s+(?:were|was|had\s+been|have\s+been|flew|ferried|carried|airlifted|evacuated|"
    r"transported|rescued|circled|circling|hovered|hovering|patrolled|patrolling|landed|"
    r"scrambled)\b)"
    r"(?!(?:\s+[\w-]+){0,5}?\s+(?:are|were|is|was)\s+(?:kept|parked|stationed|based|housed|"
    r"stored)\b)"
)
# ... or the object of the harm: "the attack destroyed several aircraft and vehicles"
_PLATFORM_DESTROYED = compile_folded(
    r"\b(?:destroyed|damaged|destroying|damaging|hit|struck|burned|burnt|torched|seized|captured|"
    r"set\s+fire\s+to)\s+(?:[\w-]+\s+){0,3}?$"
)
# ... or what carried people away: "the injured were flown by helicopter to hospital"
_PLATFORM_CARRIED = compile_folded(
    r"\b(?:flown|taken|airlifted|evacuated|carried|ferried|transported|brought|rushed|moved)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:by|on|in|aboard)\s+(?:[\w-]+\s+){0,2}?$"
)
# Munitions that were hit, not fired: "missile depots", "a drone factory", "a building that
# housed Hezbollah drones".
_HELD_MEANS_AFTER = compile_folded(
    r"\s+(?:factor(?:y|ies)|plants?|workshops?|depots?|warehouses?|storage|production|"
    r"assembly|stores|stockpiles?|hangars?|bases?|silos?|(?:launch\s+)?sites?|"
    # a unit named for its arms: "the commander of Islamic Jihad's rocket launching unit"
    r"(?:launching\s+)?(?:units?|cells?|squads?|programmes?|programs?))\b"
    # ... or said to be kept there: "depots where guided aerial bombs were stored"
    r"|(?:\s+[\w-]+){0,2}?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:being\s+)?"
    r"(?:stored|kept|stockpiled|housed|hidden)\b"
)
_HELD_MEANS_BEFORE = compile_folded(
    # (not "Iranian-made drones struck", nor "U.S.-made missiles")
    word_start_alternation(
        r"housed|housing|houses|stored|storing|stores|kept|keeping|hid|hiding|hidden|"
        # ("a depot believed to hold cruise missiles and glide bombs")
        r"hold|holds|holding|contain|contains|containing|contained|"
        r"produced|producing|produces|assembled|assembling|made|making|makes|"
        # ... or what goes into them: "sodium perchlorate, an ingredient in solid fuel for
        # ballistic missiles"
        r"fuel|propellant|ingredients?|components?|parts",
        r"[\w-]",
    )
    + r"\s+(?:[\w-]+\s+){0,3}?$"
)
# Another attack told in the same sentence as cause or context ("..., a day after a Houthi
# drone killed a man in Tel Aviv", "in retaliation for Russian shelling"): its means are not
# those of the attack before it. "after" needs a time gap before it ("hours after", "a day
# after"): a bare "collapsed after a direct missile hit" tells of the same attack. Only a
# marker that opens a noun phrase ("after a", "after Russian", "after Hamas"), so "days after
# launching drones" does not cut.
# (The lookahead holds the first letters of the alternatives: a cheap test that rules out most
# word starts before ``re`` tries the case-blind alternatives one by one.)
_OTHER_ATTACK = re.compile(
    r"\b(?i:(?=[aotfshdwmi\d])"
    r"(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+)?(?:hours?|days?|weeks?|"
    r"months?)\s+after|the\s+(?:day|night|morning|week)\s+after|(?:in|a|as\s+a)\s+(?:response|"
    # a retaliation's cause ("Iran fires back after US bombing"), a first since another
    # ("its first salvo since the US bombed its nuclear sites")
    r"retaliation|reply)\s+(?:to|for)|(?<=back\s)after|(?<=first\s)(?:salvo|attack|strike)s?\s+since)"
    r"\s+(?:(?i:a|an|the|its|their|repeated|recent|earlier|"
    r"continued|previous|persistent)\s|[A-Z])"
)
# Every match holds one of these, whatever its case: most windows hold none, and a substring
# test on a lower-cased copy rules them out (``_OTHER_ATTACK`` mixes cases, so it cannot
# run folded, and opens with an assertion, so ``re`` tries it at every position). "pon"
# stands for "response": under ``(?i:...)`` its "s" also matches "ſ", which ``lower`` keeps.
_OTHER_ATTACK_NEEDS = ("after", "retal", "reply", "pon", "since")
# A bomb that went off where it was put, not one dropped from the air.
_GROUND_BOMB = compile_folded(
    r"bombs?\s+(?:\w+\s+){0,4}?(?:exploded|went\s+off|detonated|blew\s+up|was\s+planted|"
    r"had\s+been\s+planted)\b"
)
_NOT_AIR = compile_folded(r"\b(?:car|truck|suicide|roadside|pipe|nail|letter|mail)[\s-]+bomb")
# ... nor one a drone carries: "small bomb-carrying drones attacked a workshop" (drones).
_DRONE_BORNE = compile_folded(
    r"-(?:carrying|laden|armed|dropping)\s+(?:[\w-]+\s+)?(?:drones?|uavs?|quadcopters?)\b"
    # ... or made by one: "An air strike by a drone on a camp", "air strikes carried out by
    # armed drones"
    r"|\s+(?:(?:carried\s+out|conducted|launched)\s+)?by\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:drones?|uavs?)\b"
)

# Words that are an attack by themselves once a means is present in the sentence.
_ATTACK = (
    # (what a state could do is no strike: "the strike capability stretches the constitution";
    # nor a fleet: "the USS George H.W. Bush carrier strike group")
    # (nor a weapon's name: "Joint Direct Attack Munition (JDAM) guidance kits")
    r"strikes?(?!\s+(?:capabilit|groups?\b))|struck|striking|hit|hits|hitting|"
    r"attack(?:s|ed|ing)?(?!\s+munitions?\b)|"
    r"target(?:ed|ing|s)?(?!\s+coordinates\b)|"
    # (not a bomb's reach, "a wide blast radius", nor "two other helicopters landed safely")
    r"slammed|slamming|landed(?!\s+safely)|exploded|explosions?|blasts?(?!\s+radius)|impacts?|"
    r"pounded|pounding|"
    r"crashed\s+(?:into|inside|onto|on)|"  # "a drone crashed into an apartment building"
    # a headline's present: "Russian missile slams into apartment block", "drone crashes into"
    r"slams?\s+into|(?:crashes|smashes|ploughs|plows)\s+into|(?:rips|tears)\s+(?:through|into)|"
    r"flattens|"
    # "a Russian rocket loaded with cluster munitions came down on a nursery", "a drone had
    # come down on the grounds of the Novoshakhtinsk refinery"
    r"(?:came|come|coming)\s+down\s+(?:on|in|near)|"
    # "two missiles ripped through tents put up for the wedding"
    r"ripped\s+(?:through|into)|ripping\s+(?:through|into)|tore\s+(?:through|into)|"
    r"tearing\s+(?:through|into)|smashed\s+into|"
    # "the Dnipro apartment block torn open by a Russian missile", "flattened a house"
    r"(?:tore|torn|tearing|ripped|ripping)\s+(?:open|apart)|flatten(?:ed|ing)|"
    r"levell?(?:ed|ing)|reduced\s+(?:[\w-]+\s+)?to\s+rubble|"
    # a building brought down, not a drone: "warplanes brought down the al-Soussi tower"
    r"brought\s+down(?=\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:towers?|buildings?|blocks?|"
    r"high-rises?|bridges?|houses?|homes?|mosques?|churches|church|schools?)\b)|"
    # a vehicle bomb driven at its target, or one set off: "rammed a truck packed with explosives"
    r"rammed|ramming|blew\s+(?:(?:himself|herself|themselves)\s+)?up|"
    # a bomb set off where it was put: "Two bombs went off minutes apart at seafood cafes"
    r"went\s+off|detonated|"


    # (not a launch from its platform alone: "was launched from a specially designed train")
    # (nor a kind of weapon: "a shoulder-launched guided missile", "air-launched")
    # ("Overnight the enemy sent 33 attack drones against Lozova", "sent Shahed-131/136 attack
    # drones at Nikolaev")
    r"sent(?=\s+(?:[\w/-]+\s+){0,3}?(?:drones?|missiles?|rockets?|uavs?|shaheds?)\s+(?:against|at|towards?)\b)|"
    r"fired|firing(?!\s+ranges?\b)|launched(?<!-launched)(?!\s+from\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:launchers?|trains?|"
    r"submarines?|silos?|pads?)\b)|rained|shot(?!\s+(?:down|himself|herself|themselves)\b)|debris|kill(?![\s-]+(?:zones?|chains?|switch(?:es)?|box(?:es)?)\b)|kills|fell\s+on|falling\s+on|fell\s+onto|ablaze|set\s+fire|opened\s+fire|under\s+fire|came\s+under|"
    # bombs dropped on a place, not "glide bombs dropped from aircraft have become a threat"
    r"dropp(?:ed|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:bombs?|munitions|explosives|grenades?|kabs?)\b)|"
    # not a shoot-down claim: "destroyed 54 Ukrainian drones overnight", nor ordnance made
    # safe: "destroyed mines and unexploded bombs that the torrents had washed out"
    # (nor one destroyed in the air, its "was" left out: "Another drone destroyed on approach to
    # the city")
    r"destroy(?:ed|ing)(?!\s+(?:on\s+(?:the\s+)?approach|in\s+(?:the\s+air|flight)|by\s+(?:the\s+)?"
    r"air\s+defen[cs]e))"
    r"(?!\s+(?:[\w-]+\s+){0,4}?(?:drones?|uavs?|missiles?|rockets?|shaheds?|"
    r"mines|unexploded|ordnance)\b)|"
    r"damag(?:ed|ing)|killed|killing(?!\s+of)|wounded|wounding|injured|injuring|salvos?|"
    # "a small number of ballistic missiles got through and caused light damage"
    r"caus(?:ed|ing)\s+(?:[\w-]+\s+)?damage|"
    # (an air-raid alert is no raid: "Air-raid warnings for drones have been issued")
    r"barrages?|raids?(?![\s-]+(?:sirens?|alerts?|alarms?|warnings?|shelters?|signals?)\b)|"
    r"assault|"
    # "used artillery, large-calibre weapons and drones against the towns of Jermuk, Goris"
    r"used\s+(?:[\w,-]+\s+){0,6}?against"
)
# An attack word that reports a strike even without a named means (-> other_attack).
_BARE_ATTACK = (
    r"attack(?:s|ed)?(?!\s+munitions?\b)|strikes?(?!\s+(?:capabilit|groups?\b))|struck|explosions?|"
    # "Police confirm a direct hit on a house in the farming village of Mishmeret"
    r"direct\s+hits?|"
    r"blasts?(?!\s+radius)|opened\s+fire|under\s+fire|"
    # fire on a whole place, which guns or rockets give ("Azerbaijani forces fired on the
    # city"; not on people: "police fired on protesters")
    r"fired\s+(?:on|at|upon|into)\s+(?:the\s+)?(?:city|cities|towns?|villages?|settlements?|"
    r"districts?|neighbou?rhoods?|suburbs?|outskirts)\b|"
    # (not the gunmen's flight or capture after it: "The gunmen fled, and troops searched
    # villages near Qalqilya")
    r"gunmen(?!\s+(?:fled|escaped|were\s+(?:arrested|caught|detained)|remain|surrendered))|"
    r"shelled|shelling|bombed|bombing|bombarded|bombardment|"
    # a shooting or a rampage, in an armed context ("Live: shooting at Strasbourg Christmas
    # market", "a day after the rampage")
    r"shootings?(?!\s+down\b)|rampages?|"
    # a ship sunk: "Yemen's Houthis sank a second cargo ship in the Red Sea"
    r"sank\s+(?:[\w'’-]+\s+){1,4}?(?:ships?|vessels?|boats?|tankers?|carriers?|freighters?|"
    r"warships?|cruisers?|frigates?|corvettes?)|"
    # an ambush is an attack, whoever laid it ("killed 25 police officers in an ambush"); so is
    # overrunning a post ("jihadist militants overran the army's forward post")
    r"ambush(?:ed|es|ing)?|overr(?:an|un|uns|unning)|"
    # a killing aimed at someone: "was assassinated", "was abducted and killed"
    r"assassinat(?:ed|ion|ions)|(?:abducted|kidnapped)\s+and\s+(?:killed|executed|murdered)|"
    r"massacred|massacres?|"
    # a bomb set off where it was put: "a bomber detonated his explosives near a mosque"
    r"(?:detonat(?:ed|ing)|set\s+off)\s+(?:[\w-]+\s+){0,3}?(?:explosives?|bombs?|vests?|belts?|"
    r"devices?|charges?)|"
    # ... told in the passive: "Explosives were set off at the police station"
    r"(?:explosives|bombs?|(?:explosive\s+)?devices?|charges)\s+(?:were|was|had\s+been)\s+"
    r"(?:detonated|set\s+off)|"
    # one gunman, or attackers, are an attack by what they did, not the gunman "arrested" or
    # "from Texas" ("attackers targeted a traffic police post and fired on a church")
    # (what they did, not what was done to them: "The attacker was shot dead by police")
    r"(?:gunman|attackers?|assailants?)\s+(?:(?!(?:was|were)\s)[\w'’-]+\s+){0,8}?"
    r"(?:shot|killed|opened\s+fire|"
    r"stormed|attacked|raided|fired|ambushed|targeted|torched|set\s+fire)|"
    # people or homes burned: "tied them up and set them on fire", "burned 11 people alive"
    r"(?:burn(?:ed|t)|set)\s+(?:[\w'’-]+\s+){1,5}?(?:alive|on\s+fire|ablaze)|"
    # an air attack told as an assault ("Russia's overnight assault on Kyiv has killed 28");
    # not a ground one ("the assault on Bakhmut")
    r"(?:overnight|night-?time|aerial|air|combined|massive)\s+assaults?|"
    # an armed force that targeted a thing, as the Lebanese army's statements say it ("the
    # Israeli enemy targeted a vehicle at the army checkpoint in Beit Yahoun")
    r"(?:enemy|army|forces|military|troops|warplanes|jets|aircraft)\s+targeted\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cars?|vehicles?|motorbikes?|motorcycles?|houses?|homes?|buildings?|"
    r"checkpoints?|trucks?|vans?|buses|bus|gatherings?|positions?|posts?)\b|"
    # a suicide attack, whoever is named ("The bomber blew himself up near the swings")
    r"bl(?:ew|own)\s+(?:himself|herself|themselves)\s+up|"
    # "killed when their residence in Tehran was hit", "Kermanshah had also been hit" (not by a
    # car or by lightning)
    r"(?:was|were|(?:has|have|had)\s+(?:also\s+|again\s+)?been)\s+(?:also\s+|again\s+)?hit(?!\s+hard\b|\s+by\s+(?:an?\s+)?(?:car|truck|vehicle|bus|train|lightning|"
    r"ball|wave|storm|flood|virus|sanctions?|recession|shortages?)\b)"
)
# Cheap first test: a sentence with none of these stems (substrings) cannot report a strike.
_ANY_CUE = (
    # (the commonest first: the test stops at the first one found; "rain" is in "Ukraine")
    "kill", "hit", "rain", "attack", "strik", "fire", "injur", "bomb", "wound", "struck", "explo",
    "damag", "shell", "launch", "destroy", "target", "debris", "slam", "land", "blast", "impact",
    "pound", "dropp", "firing", "shot", "fell", "crash", "fall", "ablaze", "salvo", "barrage",
    "raid", "assault", "gunm", " used ",  # (not "caused", "accused")
    "rammed", "ramming", "blew", "blown", "ambush", "detonat", "set off",
    "stabb", "drove", "driv", "plough", "plow", "mowed", "steered",  # (``_SELF_ATTACK``)
    "alive",  # ("burned 11 people alive")
    "assassinat", "massacre", "shooting", "rampage", "sank",
    "ripp", "tore through", "tore into", "tearing", "smashed", "overr", "came down", "come down",
    "tore open", "tore apart", "torn", "flatten", "level", "rubble", "brought down",
)  # fmt: skip


# The word gates of the patterns below, tested together once per sentence
# (``_Reading.gates``): each gate's words are worked out from its pattern (``word_gates``) and
# every match holds one of them, so a sentence holding none is ruled out without a scan.
_LEXICON = Lexicon()


def _gated(pattern: str, not_after: str = r"\w") -> tuple[re.Pattern[str], int]:
    """``pattern`` (its matches start at a word, not after ``not_after``), compiled to scan
    the folded sentence word by word (``compile_word_starts``, on the padded sentence), and
    its bit in ``_LEXICON``."""
    return (
        compile_folded(rf"[^a-z0-9_]{word_start_alternation(pattern, not_after)}"),
        _LEXICON.add(WordGate(pattern, not_after)),
    )


# Missiles first: a named missile wins wherever it is (``_means_type``), so a sentence naming
# one needs no other scan; the other types keep their order (the first wins a tie).
_MEANS_RE = tuple(
    (
        etype,
        # (on the padded sentence, as ``compile_word_starts``: its "-" is not a word's start)
        compile_folded(r"[^a-z0-9_-]" + word_start_alternation(pattern, r"[\w-]") + r"(?![\w])"),
        _LEXICON.add(WordGate(rf"(?:{pattern})(?![\w])", r"[\w-]")),
    )
    for etype, pattern in sorted(_MEANS, key=lambda means: means[0] != "missile")
)


# The attacker's own end, not an attack: "The gunman, from Jenin, was shot dead by security
# forces in Jaffa", "the attacker was shot dead by police at the scene".
_ATTACKER_DOWN = compile_folded(
    r"\b(?:gunm[ae]n|attackers?|assailants?|suspects?|bombers?|shooters?|perpetrators?|"
    r"militants?)\b[^.;]{0,80}?\b(?:was|were)\s+(?:later\s+|then\s+|subsequently\s+)?$"
)


def _hand_arms(low: str, gates: int) -> tuple[None, int] | None:
    """Where the first arms carried by hand (``_HAND_ARMS``) are named as an attack's means in
    the folded sentence ``low`` (``gates``: its ``_LEXICON`` mask), if they are."""
    if not gates & _HAND_ARMS_GATE:
        return None
    if low.startswith(("he ", "she ")) and SUSPECT_DOWN.match(low):
        return None  # the attacker's end
    for arms in _HAND_ARMS_RE.finditer(low):
        if _ATTACKER_DOWN.search(low, max(0, arms.start() - 120), arms.start()) is None:
            return None, arms.start()
    return None


_PLATFORMS_RE, _PLATFORMS_GATE = _gated(rf"(?:{_PLATFORMS})\b{_PLATFORM_HIT}")
_ATTACK_RE = compile_word_starts(rf"(?:{_ATTACK})\b")
_HAND_ARMS_RE = compile_folded(word_start_alternation(_HAND_ARMS, r"[\w-]") + r"(?![\w])")
_HAND_ARMS_GATE = _LEXICON.add(WordGate(rf"(?:{_HAND_ARMS})(?![\w])", r"[\w-]"))
_BARE_RE, _BARE_GATE = _gated(rf"(?:{_BARE_ATTACK})\b")
# An attack word that hit something and killed: "Strikes hit the UN-run school ..., killing
# dozens" (a walkout or a price may hit something, but kills no one).
_HIT_AND_KILLED = re.compile(
    r"\s+(?:hit|struck|pounded|slammed\s+into|flattened|destroyed)\b[^.;]{0,160}?"
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\b"
)
_ARMED, _ARMED_GATE = _gated(
    r"(?:forces|troops|army|military|militants?|militia|gunm[ae]n|soldiers|insurgents|rebels|"
    r"fighters|jihadists?|paramilitary|regime|occupiers|enemy|air\s+force|navy|"
    r"revolutionary\s+guards?|bodyguards?|attackers?|assailants?|"
    # Colombia's armed groups that rejected the peace deal: "FARC dissidents attacked"
    r"farc\s+dissidents|guerrillas?)\b"
)

# A blast with a cause of its own, unless munitions are named in the sentence ("a missile hit
# the building, causing a gas explosion"): a gas leak, a boiler ("destroyed the boiler room
# of a rehabilitation centre" is no such blast), a fuel tank ("A fuel tank exploded in the
# village of Tleil").
_ACCIDENTAL_BLAST = re.compile(
    r"\bgas\s+(?:leak|explosion|cylinder)|\bboilers?\s+(?:explosion|blast|exploded|burst)|"
    r"\b(?:explosion|blast)\s+(?:at|in)\s+(?:a|the)\s+boiler|"
    r"\b(?:fuel|oil|petrol|gasoline|diesel)\s+(?:storage\s+)?(?:tank|tanker)s?\s+(?:exploded|"
    r"blew\s+up|blast|explosion)\b"
    # explosives kept, not used: "blaming explosives stored in a house by illegal miners"
    r"|\bexplosives?\s+(?:[\w-]+\s+){0,2}?(?:stored|kept|stockpiled)\b"
)
_ACCIDENTAL_BLAST_NEEDS = ("gas", "boiler", "tank", "explosive")  # one is in every match
# A campaign's strikes counted since a day: "more than 800 US strikes on Houthi targets since
# March 15".
_STRIKES_SINCE = re.compile(
    r"\b[1-9]\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|attacks|raids|sorties)\b"
    r"[^.;]{0,60}?\bsince\b"
    # ... or the day first: "Since the start of May, around 1,900 attacks with guided bombs ...
    # have been recorded"
    r"|\bsince\b[^.;]{0,60}?\b[1-9]\d{0,2}(?:,\d{3})+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes|airstrikes|attacks|raids|sorties|shellings)\b"
)

# ... unless the rest of the sentence tells something hit ("Explosions were heard in Kyiv as
# missiles slammed into a power plant").
_UNLESS_HIT = (
    r"(?![^.;]*?\b(?:hit|hits|struck|slammed|crashed\s+into|killing|killed|wounding|injuring|"
    r"damaging|destroying|damaged|destroyed|bomb(?:ed|ing)|shell(?:ed|ing))\b)"
)

# Contexts in which the attack words do not describe a strike.
_NOT_A_STRIKE_WORDS = (
    r"\b(?:hunger|labou?r|general|rail|teachers?|workers?|union|warning)\s+strikes?\b|\bon\s+strike\b|"
    # a lockdown an armed group enforces ("a 48-hour 'armed strike' declared by the ELN")
    r"\barmed\s+strikes?\b|"
    # who walk out: "Israeli doctors strike over judicial overhaul"
    r"\b(?:doctors|nurses|physicians|medics|miners|dockers|drivers|lawyers|employees)['’]?\s+"
    r"(?:(?:go|went|to)\s+on\s+)?strikes?\b|"
    r"\bstrik(?:e|ing)\s+(?:action|workers?|ballot|pay)\b|\bstrikers?\b|\bwalk(?:ed)?\s*(?:out|off)\b|"
    # a walkout called, and the court or dispute over it ("a strike called at less than a
    # day's notice", "the labour court ordered doctors back"; not an air strike "called in")
    r"\bstrikes?\s+called\s+(?!in\b)|\blabou?r\s+(?:courts?|disputes?|federation)\b|"
    r"\bstrike\s+prices?\b|\b(?:struck|strike|striking|strikes)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:deal|agreement|balance|chord|note|pose|bargain|tone|match)\b|"
    r"\b(?:struck|strike|striking|strikes)\s+(?:gold|oil|it\s+rich|back|out)\b|"
    # a blow to an idea: "a law that critics say strikes at the independence of the agencies"
    r"\b(?:struck|strike|striking|strikes)\s+at\s+(?:the\s+)?(?:very\s+)?(?:independence|"
    r"freedoms?|rights|principles?|integrity|credibility|legitimacy|foundations?|roots|"
    r"rule\s+of\s+law|democracy|autonomy|spirit|values|separation\s+of\s+powers)\b|"
    r"\b(?:vote[sd]?|voting|threaten(?:s|ed)?|call(?:s|ed)?|plan(?:s|ned)?)\s+(?:to\s+|for\s+a\s+)strike\b|"
    # a strike declared is a walkout ("the national and Islamic forces declared a strike across
    # the governorates in mourning"); a death called a killing is a verdict on it ("called his
    # death in prison a deliberate assassination")
    r"\b(?:declare[sd]?|declaring)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?strikes?\b|"
    r"\bcall(?:s|ed)?\s+(?:his|her|their|the)\s+deaths?\s+(?:[\w-]+\s+){0,3}?(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:assassination|murder|killing|execution)\b|"
    # (not the verb: "gunmen then tried to storm the compound"; nor the missile, the jet or
    # the rocket launcher: "Storm Shadow", "British Tornado jets", "Tornado-S")
    r"\blightning\b|"
    # words, songs and kicks fired, not arms: "fans promised a barrage of hits", "an aerial
    # bombardment of high kicks", "a barrage of criticism"
    r"\b(?:barrage|bombardment|salvo|volley|fusillade|blitz|onslaught)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hits|criticism|questions|complaints|calls|messages|insults|kicks|abuse|tweets|posts|"
    r"e-?mails|claims|lawsuits|tariffs|goals|shots|punches|headlines|ads|adverts|jokes|songs|"
    r"attacks\s+on\s+social\s+media|protests|objections|demands|offers|bids)\b|"
    # a simile: "O'Sullivan's long pots, fired in like missiles", "fired forehands like missiles"
    # a claim that names no place hit: "claimed that Russian forces had struck Ukrainian energy
    # facilities ... overnight, without naming any locations"
    r"\bwithout\s+naming\s+(?:any\s+)?(?:specific\s+)?(?:locations?|places?|targets?|sites?|"
    r"settlements?)\b|"
    # ground fighting told as an analyst tells it: "Russian forces continued attacks east of the
    # Oskil River without confirmed gains"
    r"\b(?:attacks?|assaults?|offensive\s+operations)\b[^.;]{0,80}?\b(?:without|with\s+no)\s+"
    r"(?:any\s+)?(?:confirmed\s+)?(?:gains|advances?|success)\b|"
    r"\b(?:continued|continue|continues|conducted)\s+(?:ground\s+|offensive\s+)?(?:attacks|assaults|"
    r"offensive\s+operations)\s+(?:near|around|east|west|north|south|northeast|northwest|"
    r"southeast|southwest|in\s+the\s+direction)\b|"
    # an explosion said to have nothing to do with the war ("officials gave no sign that
    # Friday's explosion had anything to do with the conflict")
    r"\bno\s+(?:sign|signs|indication|suggestion|evidence)\s+that\s+[^.;]{0,60}?\b(?:had|has)\s+"
    r"anything\s+to\s+do\s+with\b|"
    # ("residents compared it to a building hit by a bomb")
    r"\bcompar(?:ed|ing)\s+(?:it\s+|them\s+)?(?:to|with)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hit|struck|flattened|destroyed)\s+by\b|"
    r"\blike\s+(?:a\s+)?(?:missiles?|rockets?|bombs?|bullets?|cannon\s*balls?|torpedo(?:es)?|"
    r"artillery\s+shells?)\b|\b(?:missile|rocket|bullet)-like\b|"
    # a demolition, not a strike: "as the Israeli army blew up around 20 buildings it had
    # rigged with explosives"
    r"\brigged\s+with\s+explosives\b|\bcontrolled\s+(?:explosions?|detonations?|demolitions?)\b|"
    # a shelter's parts, not a blast: "new shelters with blast doors now stand in every village"
    r"\bblast[\s-]+(?:doors?|walls?|proof|resistant|shields?|film)\b|"
    r"\b(?:stand-up|sit-down|sit-in|wildcat|rolling|nationwide|one-day|general|province-wide|"
    # ("Shia parties called a province-wide strike for Saturday")
    r"countrywide|city-wide|citywide|shutter-down|hunger|comprehensive|commercial|"
    # ("jeepney drivers began a week-long transport strike")
    r"week-long|weeklong|day-long|transport|transit|taxi|jeepney|trucking|public-sector)\s+strikes?\b|"
    # a walkout by trade: "Colombia's truckers' strike entered its fourth day", "strike
    # organisers rejected claims"
    r"\b(?:workers|truckers|teachers|doctors|nurses|miners|dockers)['’]?\s+strikes?\b|"
    r"\b(?:drivers|employees|pilots|farmers|transporters|hauliers|staff)['’]\s+strikes?\b|"
    r"\bstrike\s+(?:organi[sz]ers?|"
    r"leaders|committee|action|ballot|pay)\b|\bstrike\s+(?:entered|enters|went\s+into|"
    r"goes\s+into)\s+(?:its|a)\b|"
    r"\b(?:share|stock)\s+prices?\b|\bin\s+the\s+money\b|\b(?:call|put)\s+options?\b|\bthunder|\bbolt\b|\bheart\s+attacks?\b|\bpanic\s+attacks?\b|"
    # a road accident, not a vehicle driven into people
    r"\blost\s+control\s+of\s+(?:his|her|their|the|a|its)\s+(?:car|vehicle|truck|bus|lorry|van)\b|"
    r"\bdrunk(?:en)?[\s-]+driv|\bbrakes?\s+(?:failed|failure)\b|\b(?:traffic|road)\s+accident|"
    r"\b(?:shark|dog|bear|animal)\s+attacks?\b|\bcyber[\s-]?attacks?\b|\bcyber\b|"
    # words, not arms: "Trump and Biden traded attacks over the economy"
    r"\btraded\s+(?:[\w-]+\s+)?(?:attacks|barbs|insults|accusations|jabs)\s+(?:over|on|about)\b|"
    # a riot, not an armed attack: "Angry protesters attacked the U.N. headquarters in Beirut"
    r"\b(?:protesters|demonstrators|rioters)\s+(?:[\w-]+\s+){0,2}?(?:attacked|storm(?:ed|ing|s)?|ransacked|"
    r"torched|pelted)\b|"
    # computers hacked, not people hacked with machetes ("shooting and hacking pupils")
    r"\bhackers?\b|\bhack(?:ed|ing)\s+(?:into|the\s+(?:[\w-]+\s+)?(?:accounts?|websites?|systems?|"
    r"servers?|networks?|e-?mails?|phones?|databases?))\b|"
    # "reported a separate attack on its systems" (not "a drone attack on the power network")
    r"\battacks?\s+on\s+(?:(?:its|their)\s+(?:it\s+|computer\s+|information\s+)?|"
    r"(?:the\s+)?(?:computer|it|information|banking|payment)\s+)(?:systems?|servers?|networks?|"
    r"websites?|databases?)\b|\bhacking\s+(?:group|campaign|"
    r"attacks?|operation)\b|\b(?:was|were|been|being)\s+hacked\b|"
    r"\bransomware\b|\bDDoS\b|\bexercises?\b|\bdrills?\b|\bmanoeuvres\b|\bmaneuvers\b|"
    r"\bwar\s+games?\b|\brehears|\bsimulat|\btest[\s-]+(?:fire[ds]?|firing|launch(?:es|ed)?)\b|"
    r"\b(?:missile|weapons?|rocket)\s+tests?\b|"
    # "its training warheads hit their designated targets on the Kura test range"
    r"\b(?:test|testing|proving)\s+(?:range|ground|site)s?\b|\b(?:training|dummy|inert)\s+warheads?\b|"
    r"\btests?\s+of\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:weapons?|missiles?|rockets?|systems?)\b|\btest\s+(?:missiles?|rockets?|flights?|launch(?:es)?)\b|"
    # ("fired from a rail-based launcher in a test carried out by the DRDO"; not "in a test of
    # Western resolve")
    r"\bin\s+a\s+(?:(?:routine|scheduled|planned|successful|flight)\s+)?test(?:\s+(?:carried\s+"
    r"out|conducted|by|from|at|over)\b|\s*[,.;])|"
    # "killed in an explosion during a rocket engine test" (not "during the second Test match")
    r"\b(?:during|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?tests?\b(?!\s+match)|"
    r"\bengine\s+tests?\b|"
    r"\bunarmed\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?)\b|\btested\b(?![^.;]{0,60}?\bin\s+(?:combat|battle|action)\b)|\bhoax(?:es)?\b|\bdebunk|\bfalse\s+(?:claim|report)|"
    r"\banniversary\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:strike|attack|bombing|shelling|"
    r"massacre|war|invasion|raid)|\bmark(?:ed|s|ing)\s+(?:\w+\s+){0,3}years?\b|"
    # "marked the third anniversary on Monday" (not "a concert marking the anniversary of
    # the Kachin Independence Organisation": the anniversary of an attack is above)
    r"\bmark(?:ed|s|ing)\s+(?:\w+\s+){0,3}anniversar(?:y|ies)\b(?!\s+of\b)|"
    r"\byears?\s+(?:on\s+\w+\s+)?since\b|"
    # (a commemoration held, not the pilgrims' feast it names: "Iranians returning home from
    # Arbaeen commemorations in Kerbala")
    r"\bmalfunction|\b(?:light|drone|air)\s+show\b|\bcommemorat(?:e|es|ed|ing)\b|"
    r"\bcommemorations?\s+(?:of|for|marking)\b|"
    # a story told on screen: "'Uri: The Surgical Strike', the war drama that became one of
    # the biggest Hindi hits of the year"
    r"\bwar\s+(?:drama|film|movie|epic|thriller)s?\b|\b(?:film|movie)\s+(?:awards?|festival|"
    r"premiere|review)s?\b|\bbox\s+office\b|\bbiopic\b|\bblockbuster\b|"
    # (an attack during one is an attack: "a blast tore through a mosque during a memorial
    # service for the governor")
    r"\bmemorial(?<!during\sa\smemorial)(?<!during\sthe\smemorial)\s+(?:service|ceremony)|"
    r"\baccident(?:al|ally)?\b|"
    # an aircraft that crashed ("six others who died when their helicopter came down in
    # fog-shrouded mountains"), people living under fire (a state, not a strike: "2.3 million
    # people living under bombardment")
    r"\b(?:helicopter|plane|aircraft|airliner|jet|chopper)s?\s+(?:(?!carrying\b)\w+\s+)?"
    r"(?:came|comes|come|coming)\s+down\b|"
    r"\b(?:living|live|lives|lived)\s+under\s+(?:[\w-]+\s+)?(?:bombardment|shelling|fire|"
    r"bombing|bombs|attacks?)\b|"
    r"\bfireworks?\b|\bfirecrackers?\b|"
    r"\bstampedes?\b|\bcelebratory\s+(?:gun)?fire\b|"
    # fire that hit nothing: "they had fired missiles and drones at the Truman ...; the Navy
    # reported no hits"
    r"\b(?:reported|recorded|confirmed|saw)\s+no\s+hits\b|\bno\s+hits\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:reported|recorded|confirmed)\b|"
    # a share of a country's capacity, the toll of a campaign: "attacks have destroyed or
    # damaged about half of the country's energy generating capacity"
    r"\b(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters)\s+of\s+(?:the\s+|all\s+)?"
    r"(?:country|nation)['’]s\b|"
    # a share of the toll of a war: "coalition air strikes are the leading cause of civilian
    # deaths in the conflict"
    r"\b(?:is|are|was|were|remains?)\s+(?:the\s+)?(?:leading|main|biggest|largest|primary|"
    r"single\s+biggest)\s+(?:cause|killer|source)\s+of\b|"
    # the dead mourned: "residents laid flowers and lit candles at makeshift memorials for
    # victims of strikes on their cities"
    r"\b(?:laid|lay|laying|left|leaving)\s+flowers\b|\bmemorials?\s+(?:for|to)\s+(?:the\s+)?victims\b|"
    # a trend explained: "the rise was driven by large coordinated missile and drone attacks"
    r"\b(?:rise|increase|surge|jump|spike|fall|drop|decline)\b[^.;]{0,40}?\b(?:was|were|is|has\s+been)\s+"
    r"(?:largely\s+|mainly\s+|mostly\s+)?(?:driven|caused|fuell?ed)\s+by\b|"
    # a game's minute: "headed the Super Eagles in front in the 38th minute"
    r"\bin\s+the\s+\d+(?:st|nd|rd|th)\s+minute\b|\bminutes\s+from\s+time\b|\bstoppage\s+time\b|"
    # "The disaster struck in a week when ..." (not "artillery fire struck a camp")
    r"\b(?:disaster|tragedy|catastrophe|calamity|blaze)\s+(?:had\s+)?struck\b|"
    # "people waving flags and firing rifles into the air"
    r"\b(?:fir(?:e|es|ed|ing)|shoot(?:s|ing)?|shot)\s+(?:[\w-]+\s+){0,2}?(?:into|in)\s+the\s+air\b|"
    # a war's toll, not an attack's: "The war, fought with artillery ... has killed thousands"
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict)\b[^.;]{0,120}?\b(?:has|have|had)\s+"
    r"(?:now\s+|already\s+)?(?:killed|claimed)\b|"
    # a court's judgment on an attack, not the attack: "a court sentenced two Russian soldiers
    # for shelling Derhachi", "found six men guilty over the 2016 bombings"
    # (not who an attacker was: "a 20-year-old convicted Islamic State supporter")
    r"\bsentenced\b|\bconvicted\b(?!\s+(?:[\w-]+\s+){0,3}?(?:supporters?|sympathi[sz]ers?|"
    r"members?|terrorists?|militants?|jihadists?|extremists?|criminals?|felons?|murderers?|"
    r"killers?|fighters?)\b)|\bfound\s+(?:\w+\s+){0,3}?guilty\b|\bverdicts?\b|\bacquitted\b|"
    r"\b(?:during|at|in)\s+(?:the|their|his|her)\s+trial\b|\btestif(?:y|ied|ies)\b|\bpleaded\b|"
    r"\btrial\s+of\b|\btrial\s+(?:began|begins|opened|opens|started|starts|resumed|resumes)\b|"
    # an accident, but a drone, shell or missile that crashed into a building is an attack
    # ("Bosnian Serb shells crashed into the besieged enclave of Srebrenica")
    # (the look-behinds after "crash": an alternative must open with a letter, see
    # ``casefold.word_start_alternation``)
    r"\bcrash"
    + "".join(
        rf"(?<!{means}\s{link}crash)"
        for word in ("drone", "shell", "rocket", "missile", "mortar", "bomb", "round")
        for means in (word, word + "s")
        # ("Shells that crashed into the Sabrein vegetable market")
        for link in ("", r"that\s", r"which\s")
    )
    # (nor a vehicle bomb driven through: "A car packed with explosives crashed through two
    # gates ... and blew up")
    + r"(?:ed|es)?\b(?!\s+through\b)|\bderail|"
    r"\bstriker\b|\bgoals?\b|\bpre-?emptive\b|"
    # an attacker's own bomb gone off early: "two fighters died when the explosives they were
    # carrying went off before they could carry out an attack"
    r"\bexplosives?\s+(?:they|he|she)\s+(?:were|was)\s+(?:carrying|making|assembling|handling)|"
    r"\bbefore\s+(?:they|he|she)\s+could\s+(?:carry\s+out|launch|stage|detonate|reach)\b|"
    # ... or gone off in the hands of those who made it or clear it: "one of the charges went
    # off while they were working on it", "munitions exploded as an army unit was inspecting
    # a weapons depot and dismantling its contents"
    r"\b(?:went|goes|go)\s+off\s+while\s+(?:they|he|she|the\s+men)\s+(?:were|was)\s+working\b|"
    r"\b(?:exploded|explodes|went\s+off|goes\s+off|detonated)\s+(?:as|while|when)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:assembling|handling|making|building|inspecting|"
    r"dismantling|defusing|disarming|unloading)\b|"
    r"\bworkshop\s+where\s+(?:the\s+)?(?:men|they|militants)\s+(?:were|had\s+been)\s+"
    r"(?:assembling|making|building)\b|"
    # a warning, not a strike: "fired warning shots and a warplane dropped bombs in the path of"
    r"\bwarning\s+(?:shots?|fire)\b|\bin\s+the\s+path\s+of\b|"
    # a fact check of footage: "A video shared with the caption 'Ryazan refinery burning after
    # massive drone strike' is old footage"
    r"\bwith\s+the\s+caption\b|\b(?:old|recycled|archive)\s+(?:footage|video|clip)\b|"
    r"\bfact[- ]check(?:s|ed|ers?)?\b|"
    # drones at work or play, not war: "Two Amazon Prime Air drones hit the boom of a crane",
    # "a civilian drone struck its wing over the Palisades fire"
    r"\b(?:delivery|hobby|hobbyist|toy|recreational|consumer)\s+drones?\b|\bprime\s+air\b|"
    r"\bcivilian\s+drones?\s+(?:struck|hit|collided\s+with)\b|"
    # a space launch, whatever blew up: "Starship broke apart minutes after Thursday's rocket
    # launch, showering fiery debris"
    r"\b(?:spacex|starship|falcon\s+9|blue\s+origin|into\s+orbit|lift-?off)\b|"
    # seen, not hitting anything: "after two to three large drones were seen flying over it"
    r"\bdrone\s+sightings?\b|\b(?:seen|spotted|sighted|observed)\s+(?:flying|hovering)\s+"
    r"(?:over|above)\b|"
    # an aircraft flown into terrain: "the aircraft caught fire after hitting a height"
    r"\b(?:aircraft|helicopter|plane|airliner)\b[^.;]{0,40}?\b(?:after\s+)?(?:hitting|hit|struck|"
    r"striking|crashed\s+into|slammed\s+into)\s+(?:a|the)\s+(?:height|hill|hillside|mountain|"
    r"mountainside|slope|ridge|power\s+lines?)\b|"
    # a ship seized, not struck: "Houthi fighters had seized the ship by lowering themselves
    # onto its deck from a helicopter"
    r"\b(?:seized|hijacked|seizing|hijacking|seizure\s+of|hijack\s+of)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:ship|vessel|tanker|carrier|freighter){_UNLESS_HIT}|"
    # a hazard faced: "seafarers had been left on the front line, facing missile and drone
    # attacks on the ships they work on"
    r"\bfacing\s+(?:[\w-]+\s+){0,4}?(?:attacks|strikes|shelling|bombardment)\b|"
    # debris found, none of it harmful: "drone fragments have been found on Romanian soil
    # ...; none of them damaged anything"
    r"\b(?:fragments|debris|wreckage)\b[^.]{0,160}?\bnone\s+of\s+(?:them|it)\s+(?:damaged|hit|hurt|"
    r"injured)\s+(?:anything|anyone)\b|"
    # an operation or a campaign launched under a name, not munitions: "NATO launched 'Eastern
    # Sentry', a new operation to reinforce the defence of its eastern flank" (not "launched
    # "Iskander" missiles")
    r"\blaunch(?:ed|es|ing)?\s+['‘\"“][^'’\"”]{1,40}['’\"”](?!\s+(?:[\w-]+\s+)?(?:missiles?|drones?|"
    rf"rockets?|bombs?|shells?|uavs?)\b){_UNLESS_HIT}|"
    # ... or found where no one lives: "debris found the previous day in an uninhabited area of
    # Galati county came from a Russian drone"
    r"\b(?:fragments|debris|wreckage)\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?found\b"
    r"[^.;]{0,80}?\b(?:uninhabited|unpopulated|empty|deserted)\s+(?:areas?|fields?|land|"
    rf"terrain|ground|spot)\b{_UNLESS_HIT}|"
    # a habit: "the Ukrainian bank, which Russia has hit repeatedly since it quit the deal"
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:hit|struck|shelled|bombed|attacked|targeted)\s+"
    rf"(?:\w+\s+)?(?:repeatedly|regularly|routinely|frequently|often){_UNLESS_HIT}|"
    # drones sighted, not striking: "after drones were reported near the runways"; and a
    # disruption's reach: "hitting nearly 3,000 passengers"
    r"\b(?:drones?|uavs?)\s+(?:were|was|had\s+been|have\s+been)\s+(?:reported|spotted|sighted|seen|"
    rf"observed)\s+(?:near|over|above|around|close\s+to)\b{_UNLESS_HIT}"
    # (not when the sentence tells their blasts: "about 15 Shahed drones had been spotted over
    # the port area and residents heard a string of explosions")
    r"(?![^.;]*?\b(?:explosions?|blasts?)\b)|"
    r"\bhitting\s+(?:nearly\s+|about\s+|some\s+|more\s+than\s+|over\s+|around\s+)?[\d,]+\s+"
    r"(?:passengers|travellers|travelers|flights|customers|households)\b|"
    # limbs lost in a war, told of its veterans: "some of whom lost limbs to mines and
    # artillery fire"
    r"\blost\s+(?:limbs|legs|arms|a\s+limb|a\s+leg|an\s+arm|their\s+sight)\s+to\b|"
    # nothing hit: "The alert turned out to be false; nothing struck the base"
    r"\bnothing\s+(?:struck|hit)\b|\bfalse\s+alarm\b|"
    # a raid that made arrests: "troops stormed a building used by the group and detained 14
    # men" (not "stormed the village, killing 12")
    r"\b(?:stormed|raided)\b[^.;]{0,120}?\b(?:detain(?:ed|ing)|arrest(?:ed|ing))\b"
    rf"{_UNLESS_HIT}|"
    # a pattern of attacks a side is accused of, by kinds of target: "the militia, which it
    # accused of genocide and of shelling markets, hospitals and displacement camps"
    r"\baccus(?:e|es|ed|ing)\b[^.;]{0,40}?\bof\s+(?:[\w-]+\s+){0,3}?(?:shelling|bombing|"
    r"attacking|targeting|striking)\s+(?:civilian\s+)?(?:markets|hospitals|schools|camps|homes|"
    r"villages|towns|cities|civilians|residential\s+areas|neighbou?rhoods)\b|"
    # a remnant picked up or found, that went off: "a part of an FPV drone that two girls had
    # picked up and carried home exploded" (an accident, not an attack)
    r"\b(?:picked|picks|pick|picking)\s+(?:it\s+)?up\b[^.;]{0,60}?\b(?:exploded|explodes|went\s+off|"
    r"goes\s+off|detonated)\b|"
    # heard, not seen to hit anything (often air defence at work)
    # ("An explosion rang out in the Dnipro district"; not when the sentence tells a hit:
    # "Explosions were heard in Kyiv as missiles slammed into a power plant")
    # (or in a live post's shorthand: "Loud explosions heard over Doha")
    r"\b(?:explosions?|blasts?)\s+(?:(?:(?:were|was|could\s+be|have\s+been)\s+(?:also\s+)?)?heard|"
    rf"(?:rang|rings|ring)\s+out)\b{_UNLESS_HIT}|"
    # air defence's own launches: "Syrian air defences fired several missiles overnight" (not
    # what it fired at, an attack: "air defences fired at drones over Isfahan"; nor when a hit
    # is told)
    r"\bair[\s-]+defen[cs]es?\s+(?:[\w-]+\s+){0,2}?(?:fired|launched)\b(?!\s+(?:at|on)\b)"
    rf"{_UNLESS_HIT}|"
    # a missile that crossed a country's airspace and left, a drone that came down in an open
    # field: nothing hit
    r"\b(?:violated|violating|entered|entering|crossed|crossing)\s+(?:[\w-]+\s+){0,2}?airspace\b"
    rf"{_UNLESS_HIT}|"
    r"\b(?:came\s+down|fell|crashed|landed)\s+(?:[\w-]+\s+){0,2}?in\s+(?:an?\s+)?(?:open|empty|"
    rf"uninhabited|deserted)\s+(?:field|area|land)s?\b{_UNLESS_HIT}|"
    # an attack denied outright: "no missile attack on Iranian territory had taken place"
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|raid)s?\b[^.;]{0,50}?\b(?:had|has|have)\s+"
    r"(?:taken\s+place|occurred|happened)\b|"
    # sport: "Kane's stoppage-time strike gave Bayern a 2-1 win over Stuttgart"
    r"\bstoppage[\s-]time\b|\b\d+-\d+\s+(?:win|victory|draw|defeat|loss)\b|\bgoalkeeper|"
    r"\b(?:winger|midfielder|centre-back|full-back|play-?off)s?\b|"
    r"\b(?:beat|beats|defeated|edged)\s+\w+\s+\d-\d\b|\bminutes\s+from\s+time\b|"
    r"\bfired\s+\w+\s+(?:ahead|level|into\s+the\s+lead)\b|\blong-range\s+(?:shot|effort)\b|"
    r"\b(?:free[\s-]kick|penalty\s+kick|hat-trick|Bundesliga|Premier\s+League|Champions\s+League)\b|"
    # ... boxing: "a barrage of left hands sent Fury reeling into the ropes"
    r"\b(?:left|right)\s+hands\b|\b(?:punches|jabs|uppercuts|knockdown|standing\s+count|the\s+ropes)\b|"
    # fiction: "The thriller plays out over the 18 minutes between the detection of a single
    # nuclear-armed missile ... and its projected impact on Chicago"
    r"\b(?:thriller|the\s+film|the\s+movie|film\s+festival|box\s+office|screenplay|"
    r"video\s+game|the\s+novel)\b|"
    # a likeness: "some residents likened it to a bomb going off"
    r"\b(?:likened|compared)\s+(?:it|the\s+[\w-]+)\s+to\s+an?\b|\bas\s+if\s+an?\s+(?:bomb|missile)\b|"
    # aid dropped from the air: "a parachute failed to open and aid pallets dropped from an
    # aircraft plunged onto a crowd"
    r"\bair[\s-]?drops?\b|\baid\s+(?:pallets|packages|bundles|parcels|crates)\b|"
    # hurt fleeing to shelter, not by the strike: "hurt on the way to protected spaces"
    r"\b(?:on\s+(?:the|their|her|his)\s+way|while\s+(?:running|rushing|heading|hurrying))\s+"
    r"to\s+(?:a\s+|the\s+)?(?:shelters?|protected\s+(?:spaces?|rooms?|areas?)|safe\s+rooms?|"
    r"bomb\s+shelters?)\b|"
    # "Aymen Hussein struck twice in the first half as Iraq stunned Japan 2-1 at the Asian Cup"
    r"\b(?:Asian|World|Africa|African|Arab|Gulf|Club\s+World)\s+(?:Nations\s+)?Cup\b|"
    r"\bin\s+the\s+(?:first|second)\s+half\b(?!\s+of\b)|\bstruck\s+twice\s+in\s+the\b|"
    r"\b(?:stunned|thrashed|routed|upset)\s+(?:[\w-]+\s+){0,3}?\d-\d\b|"
    # ... and other games: "The Bronx Bombers won the series four games to one"
    r"\b(?:pennant|home\s+runs?|homers?|innings|pitchers?|batters?|World\s+Series|touchdowns?|"
    r"quarterback|wickets?|(?:won|win|wins|lost)\s+the\s+(?:series|game|match|title|final))\b|"
    # ... and boxing: "surviving Tyson Fury's bombardment to the body ... a ninth-round barrage"
    # (not a "Hezbollah heavyweight killed in an Israeli strike")
    r"\b(?:heavyweight|cruiserweight|middleweight|welterweight|featherweight|bantamweight)\s+"
    r"(?:champion\w*|titles?|belts?|bouts?|fights?|division|boxers?)\b|\bboxing\b|\bboxers?\b|"
    r"\bsplit\s+decision\b|\b(?:ninth|tenth|eleventh|twelfth)-round\b|"
    # the doctrine, not an ordinal ("two years after the first strike on the city")
    r"\bnuclear\s+first[\s-]strike\b|\bfirst[\s-]strike\s+(?:capabilit|doctrine|polic|option|weapon)"
)
_NOT_A_STRIKE = compile_word_starts(_NOT_A_STRIKE_WORDS)
# A sentence with none of the rarer words of most of those contexts (``WordGate``) can only
# be in one of the others ("on strike", "years since": gated by their commoner words).
_NOT_A_STRIKE_SPLIT = WordGate(_NOT_A_STRIKE_WORDS, split=True)
_NOT_A_STRIKE_GATE = _LEXICON.add(_NOT_A_STRIKE_SPLIT)
_NOT_A_STRIKE_REST, _NOT_A_STRIKE_REST_GATE = _gated(str(_NOT_A_STRIKE_SPLIT.rest))
# Talk of trade in arms and of sanctions: a clause about it is not a strike, but another
# clause of the sentence may report one ("Missiles hit Zaporizhzhia, killing three, as
# Ukraine waits for deliveries of Patriots"), so only the attack word's clause is searched.
_ARMS_TRADE, _ARMS_TRADE_GATE = _gated(
    r"\bsanctions?\b|\barms\s+(?:sales?|deals?|exports?|package)|"
    # (not a maternity's: "destroying its emergency department and the delivery ward")
    r"\b(?:supply|supplies|supplied|deliver(?:ed|ies|y)?\b(?!\s+(?:wards?|rooms?|units?|suites?)\b)|"
    r"sell(?:s|ing)?|sold|purchase[ds]?|buy(?:ing|s)?|bought|produc(?:e|es|ed)|"
    r"manufactur\w*|assembl(?:e|es|ed|ing|y)|stockpil\w*)\b|"
    # making weapons, not an oil field's output ("setting tanks on fire and halting production")
    r"\bproduction\s+(?:of|lines?|capacity|rates?)\b|"
    r"\b(?:drones?|missiles?|weapons?|arms|shells?|ammunition|munitions?)\s+production\b",
    # (not after a hyphen: "U.S.-supplied ATACMS" names the weapon a strike used)
    r"[\w‑-]",
)
_HOURS_STRIKE = re.compile(r"\b\d+-hour\s+strikes?\b")
# Fallen where nothing was hit (no harm told).
_FELL_HARMLESS_WORDS = (
    r"fell\s+(?:in|into|on)\s+(?:an?\s+)?(?:open|empty|uninhabited|unpopulated|"
    # ("the fragments of the ballistic missiles fell in different areas", no harm told)
    r"different|various|several|separate)\s+"
    r"(?:areas?|ground|fields?|land|terrain|spaces?)\b"
)
# Every missile stopped, and nothing said to be hit: "shot down all 18 missiles Russia fired".
# Everything fired stopped: "air defences destroyed everything that was fired".
_EVERYTHING_FIRED_DOWNED = (
    r"\b(?:shot\s+down|intercepted|downed|destroyed)\s+everything\s+(?:that\s+)?(?:was|were)\s+"
    r"(?:fired|launched)\b"
)
_ALL_DOWNED_WORDS = (
    r"\b(?:shot\s+down|intercepted|downed|destroyed)\s+(?:all|every|each)\b"
    # ("air defences destroyed everything that was fired")
    rf"|{_EVERYTHING_FIRED_DOWNED}"
    # ... or what a warship or air defence shot down, told by its number: "A U.S. Navy
    # destroyer shot down three cruise missiles and several drones" (with no harm told)
    r"|\b(?:shot\s+down|intercepted|downed)\s+(?:and\s+destroyed\s+)?(?:an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|"
    r"rockets?|projectiles?|uavs?)\b"
    # ... or told after them: "seven missiles were launched ... and all were intercepted",
    # "the army said all 24 rockets in that salvo were intercepted"
    r"|\b(?:all|each)\s+(?:of\s+them\s+)?(?:[\w-]+\s+){0,5}?(?:were|was)\s+(?:\w+\s+)?"
    r"(?:intercepted|shot\s+down|downed|destroyed)\b"
    # ... or told before, by their number: "Three rockets launched from southern Lebanon towards
    # the border town of Metula were intercepted"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:missiles|drones|rockets|projectiles|uavs)(?:\s+(?:launched|fired|sent)\s+"
    r"(?:(?!\b(?:and|that|but|while|as)\b)[^.;,]){0,70}?)?\s+(?:were|have\s+been)\s+"
    r"(?:(?!mostly|largely|partly|partially)\w+\s+)?(?:intercepted|shot\s+down|downed)\b"
    # ... or stopped or fallen harmlessly: "the army said the rockets were intercepted or fell
    # in open areas"
    r"|\b(?:were|was)\s+(?:either\s+)?(?:intercepted|shot\s+down)\s+or\s+" + _FELL_HARMLESS_WORDS
)
_ALL_DOWNED = compile_folded(word_start_alternation(_ALL_DOWNED_WORDS))  # (skips to its letters)
# (with what fell: "the fragments of the ballistic missiles fell in different areas")
_FELL_HARMLESS = compile_folded(
    r"\b(?:(?:fragments|debris|wreckage|shrapnel)\b[^.;,]{0,50}?\s)?" + _FELL_HARMLESS_WORDS
)
_ALL_DOWNED_GATE = _LEXICON.add(WordGate(_ALL_DOWNED_WORDS))
_TREND = compile_folded(
    r"\b(?:stepp(?:ed|ing)\s+up|steps?\s+up|intensif(?:y|ies|ied|ying)|ramp(?:ed|s|ing)?\s+up|"
    # "because of increasingly heavy Russian shelling", "amid escalating drone attacks"
    r"increasingly\s+(?:heavy|intense|frequent|fierce|deadly)|"
    r"(?:escalating|mounting)\s+(?:[\w-]+\s+){0,2}?(?:shelling|attacks|strikes|bombardment)|"
    # ... or told as a noun: "The intensification of long-range attacks with missiles", "a surge
    # in drone strikes"
    r"(?:intensification|escalation|surge|upsurge|increase|rise)\s+(?:of|in)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:shelling|attacks|strikes|bombardments?|raids)|"
    # "The enemy significantly increased shelling of settlements near the front line"
    r"increas(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+)?(?:shelling|attacks|strikes|"
    r"bombardment)|(?:continues|continued)\s+to\s+terrori[sz]e|"
    # then against now: "strikes that once hugged the border now reach Mount Lebanon"
    r"(?:strikes|attacks|raids|bombardments?|shelling)\s+that\s+(?:once|used\s+to)\b|"
    # a year's against another's: "Houthi attacks across the border have more than doubled"
    r"(?:attacks|strikes|raids)\s+(?:[\w-]+\s+){0,4}?(?:have|has|had)\s+(?:more\s+than\s+|nearly\s+"
    r"|almost\s+)?(?:doubled|tripled|trebled|quadrupled|halved))\b"
)
_TREND_NEEDS = (  # one is in every match
    "ed up", "p up", "ps up", "ng up", "intensif", "increasingly", "escalating", "mounting",
    "increas", "terrori", "escalation", "surge", "rise ", "that once", "that used to", "doubled",
    "tripled", "trebled", "quadrupled", "halved",
)  # fmt: skip
# A share of a period's casualties, as a report's statistics give it: "Air strikes caused 13%
# of the casualties", "roadside bombs accounted for 40 per cent of civilian deaths".
_SHARE_OF_CASUALTIES = re.compile(
    r"\d(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
    r"(?:casualties|deaths|victims|injuries|fatalities)\b"
)
# A group's attacks, plural and possessed: a campaign, not one attack.
_CAMPAIGN = compile_folded(
    r"\b(?:its|their|the\s+(?:group|movement|militia)['’]s)\s+(?:[\w-]+\s+){0,4}?attacks\s+on\b"
)
# ... or a season's: "Russia's strikes on power generation and gas production this autumn
# would weigh on the economy"
_SEASON_OF_ATTACKS = compile_folded(
    r"\b(?:strikes|attacks|bombardments|raids)\s+(?:on\s+[^,.;]{1,60}?\s+)?this\s+"
    r"(?:spring|summer|autumn|fall|winter)\b"
)
# ... or a week's or a month's: "Russia launched more than 1,580 guided bombs, nearly 1,100
# attack drones and 15 missiles against Ukraine over the past week"
_OVER_THE_PAST = compile_folded(
    r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last|previous)\s+(?:week|month|year|"
    r"(?:seven|\d+|two|three|four|several)\s+(?:days|weeks|months))\b"
    # ("one in every five Palestinians killed by Israeli forces in the West Bank so far this
    # year was a child")
    r"|\bso\s+far\s+this\s+(?:year|month)\b"
)
_OVER_THE_PAST_NEEDS = ("past ", "last ", "previous ", "so far this")  # one is in every match
# Munitions destroyed in flight, told before "destroyed": shot down, not an attack that
# destroyed something ("More than 30 drones were destroyed over the Voronezh region").
_DESTROYED_IN_FLIGHT = re.compile(
    r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?)\s+(?:were|was|(?:have|has|had)\s+been)\s+$"
)
_IN_FLIGHT_REACH = 30  # characters before "destroyed"
_HARM = compile_folded(
    r"\b(?:debris|fragments?|damag\w*|injur\w*|wound\w*|kill\w*|dead|hit|hits|fell|struck|"
    # ("drones set fire to a gas storage tank")
    r"toll|bodies|set\s+fire|caught\s+fire|blaze|ablaze|burn(?:ed|t|ing))\b"
    # ("a fire had broken out at the Lukoil refinery after an overnight attack")
    r"|\bfires?\s+(?:had\s+|has\s+)?(?:broke|broken|breaks)\s+out\b"
)
# Irrealis and denial: the strike did not (yet) happen or is contested as such. (This and
# ``_REQUEST`` run on the padded sentence: a scan word by word, see ``compile_word_starts``.)
_IRREALIS, _IRREALIS_GATE = _gated(
    r"(?:"
    r"would|could|might|may|threat(?:en|ened|ens)?\s+to|plan(?:s|ned)?\s+to|vow(?:s|ed)?\s+to|"
    # ("accusing Kiev of planning an attack on Belarusian territory")
    r"(?:planning|plotting|preparing)\s+(?:an?|the|new|further|more)|"
    # ("after Kyiv pledged not to fire them at targets inside Russia")
    r"(?:pledg|promis)(?:e|es|ed|ing)\s+(?:not\s+)?to|"
    r"attempts?\s+to|tr(?:y|ies|ied|ying)\s+to|prepar(?:e|es|ed|ing)\s+to|intend(?:s|ed)?\s+to|"
    r"fears?|feared|fearing|warn(?:s|ed|ing)?|risk\s+of|(?:danger|threat)\s+of|deni(?:ed|es)|deny|denying|rejected|if|unless|"
    # ("he doubted an attack would come from outside")
    r"doubt(?:s|ed|ing)?|"
    # an attack supposed, not told: "many residents had first assumed the city was under attack"
    r"assum(?:e|es|ed|ing)|"
    # ... or played in a drill: "an exercise simulating a drone attack on the plant", "Under
    # the scenario, a 'hostile UAV' struck a storage tank"
    r"simulat(?:e|es|ed|ing|ion)|scenario|"
    r"capable\s+of|able\s+to|ready\s+to|in\s+case\s+of|will|shall|"
    # an attack to come: "information about a potential significant air attack"
    r"potential|imminent|impending|looming|"
    # what a weapon can do or may be used for: "a missile its maker says can carry a warhead of
    # more than a tonne to targets up to 3,000 km away", "authorised Ukraine to use ATACMS
    # missiles against targets inside Russia"
    r"can|to\s+use|"
    # a halt agreed: "both sides refrain from attacks on energy facilities", "a 30-day pause
    # on strikes against energy sites"
    r"refrain(?:s|ed|ing)?\s+from|(?:pause|moratorium|halt|truce|ceasefire)\s+on|"
    # each side's word against the other's: "with both sides accusing the other of shelling
    # towns and villages"
    r"accus(?:e|es|ed|ing)\s+(?:each\s+other|one\s+another|the\s+other(?:\s+side)?)\s+of|"
    # a plot's recruits: "recruiting Russians online to carry out ... drone attacks"
    r"recruit(?:s|ed|ing)?|"
    # an attack stopped before it was made: "it had prevented a terrorist attack in Crimea"
    r"prevent(?:s|ed|ing)?|foil(?:s|ed|ing)?|thwart(?:s|ed|ing)?|"
    # "Troops repelled drone raids on Kamensk-Shakhtinsky, Donetsk and Novoshakhtinsk"
    r"repell?(?:ed|s)|repulsed|fended\s+off|beat\s+off|"

    # a habit, not a strike: "Moscow has repeatedly targeted Ukrainian military bases"
    r"(?:has|have|had)\s+(?:been\s+)?(?:repeatedly|regularly|routinely|frequently|often)|"
    # "there was no sign of a Russian strike" (not "no sign of life after a missile hit")
    r"no\s+(?:sign|signs|evidence|indication)\s+(?:of|that)\s+(?:a|an|any)|"
    # "Officials gave no sign that the aircraft had been attacked", "No one has suggested the
    # barracks was attacked"
    r"no\s+(?:sign|signs|evidence|indication|suggestion)\s+that\s+(?:the|it|its|they)|"
    r"(?:no\s+one|nobody)\s+(?:has\s+|had\s+)?suggested|"
    # "Japan said there were no reports of damage to ships or aircraft"
    r"no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:damage|casualties|injuries)|"
    # "the first calm night in weeks, with no reports of firing or drone incursions"
    # an alert sent in error: "NHK mistakenly told people that North Korea appeared to have
    # launched a missile" (not a strike made in error: "it mistakenly struck a convoy")
    r"(?:mistakenly|wrongly|erroneously|falsely)\s+(?:told|said|reported|warned|announced|"
    r"alerted|sent|issued|broadcast)|"
    # footage passed off as a strike: "clips had been presented as Pakistani air strikes"
    r"presented\s+as|passed\s+off\s+as|purport(?:s|ed|ing)?\s+to\s+show|"
    r"supposedly\s+show(?:s|ed|ing)?|"
    # what radars or witnesses took for one: "after radars detected what appeared to be a
    # hostile attack on Shayrat airbase"
    r"what\s+(?:appeared|seemed|looked)\s+(?:to\s+be|like)"
    r")\b"
)
# Requests, wishes, permissions and defences: the strike they govern is asked for, allowed or
# to be stopped, not reported ("urged Washington to approve strikes", "asked for permission
# to strike", "lobbied for air strikes", "wants to be allowed to hit", "Patriots to protect
# Kharkiv from missile strikes"). They govern the next few words
# only, up to a mark or a new clause, so "After Washington approved the use of ATACMS,
# Ukraine struck" and "asked for air defence after missiles hit Kyiv" stay strikes.
_REQUEST, _REQUEST_GATE = _gated(
    r"(?:"
    r"(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?|"
    r"plead(?:s|ed|ing)?|pled|beg(?:s|ged|ging)?|appeal(?:s|ed|ing)?|petition(?:s|ed|ing)?|"
    r"request(?:s|ed|ing)?|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|hop(?:e|es|ed|ing)|"
    r"demand(?:s|ed|ing)?|campaign(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
    r"call(?:s|ed|ing)?\s+on|permission|approval|authori[sz]ation|go-ahead|green\s+light|"
    r"pleas?|bid|"
    # what a weapon was for: "drones Russia launched had been meant to strike the pilgrims"
    r"meant|intended|supposed)\s+(?:[\w'’-]+\s+){0,4}?(?:to|for)|"
    r"(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+for|"
    r"approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|"
    # what a weapon makes possible: "the technology lets a single missile strike several targets"
    r"lets|enabl(?:e|es|ed|ing)|"
    r"green-?light(?:s|ed|ing)?|"
    # what defence is for: "air defence to stop the missile attacks on Kyiv", "to protect
    # residents from shelling", "help Ukraine defend Odesa against drone attacks"
    r"(?:to|help|helps|helped|helping|for|at)\s+(?:stop|prevent|counter|repel|fend\s+off|"
    r"intercept|thwart|deter)|stopping|preventing|countering|repelling|intercepting|"
    r"thwarting|deterring|(?:defend|protect|shield|guard)(?:s|ed|ing)?\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:against|from)|defen[cs]es?\s+against|"
    # ... and a fight against them: "support in the fight against missile attacks"
    r"(?:fight(?:s|ing)?|struggle|battle|protection)\s+against"
    r")\b"
)
# "may" as the month: after a preposition or "early", "last"..., or before a day number.
_MONTH_BEFORE = re.compile(
    r"\b(?:in|on|of|by|early|late|mid|since|until|last|this|next|from|through|during)[\s-]+$"
)
_DAY_AFTER = re.compile(r"\s+\d")
_REQUEST_ENDS = compile_folded(
    r"[,;:—–()]|\b(?:after|when|as|because|since|while|before|following|once|until|but|"
    r"which|who|that|where)\b"
)
_REQUEST_REACH = 4  # words between a request and the attack word it governs
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ORDINAL_ATTACK = re.compile(
    r"the\s+(second|third|fourth|fifth|last|final)\b(?:\s+(?:one|strike|attack|raid|bombing))?"
    r"[^.;]{0,60}?\b(?:hit|struck|landed|slammed)\b"
)
# One of the munitions told before, as the subject of a hit: "One slammed into a house".
_ONE_OF_THEM = re.compile(
    r"(?:one|another|a\s+(?:second|third|fourth|fifth))(?:\s+of\s+them)?\s+"
    r"(hit|struck|landed|slammed|crashed|fell|exploded|smashed)\b"
)
_ONE_OF_THEM_OPENINGS = ("one ", "another ", "a second ", "a third ", "a fourth ", "a fifth ")
_SELF_ATTACK = re.compile(
    # ("air strikes", "air-raids"; not "The aircraft ... for precision strikes if needed")
    r"shell(?:ed|ing)|air(?![a-z])|bomb(?:ed|ing)|bombard|barrage|airstrike|"
    # (of ``_HAND_ARMS``: "stabbed three people to death", "drove a car into the crowd")
    r"stabb|firebomb|drove|driven|drives|driving|plough|plow|ramm|mowed|steered"
)
_VEHICLE_BOMB = re.compile(rf"{_BROUGHT_BOMB}\b")
# Literal-first alternatives (no leading class or \b), so ``re`` skips ahead to candidates.
_CLAUSE_BREAK = re.compile(
    r";|:|—|–|,\s+(?:while|but|whereas|as|and|which|where)\b|w(?<!\w.)hile\b|b(?<!\w.)ut\b"
)
_ARMED_WINDOW = 2


@dataclass(frozen=True, slots=True)
class StrikeCue:
    """Why a sentence reads as a strike: the attack word, its means and event type."""

    start: int
    end: int
    event_type: EventType | None
    means_start: int | None
    strength: float


def means_type(text: str, platforms: bool = True) -> tuple[EventType, int] | None:
    """The event type of the munitions named in ``text`` (see ``_means_type``)."""
    low = fold(text)
    return _means_type(low, _LEXICON.mask(low), platforms)


# Missiles a drone fired make a drone strike ("Missiles fired by a pilotless aircraft hit the
# gathering", "an Israeli drone fired a missile at a car"), not a missile attack.
_DRONE_WORDS = dict(_MEANS)["drone"]
# (a match holds a drone word as a munition: the drone gate's words)
_DRONE_GATE = next(gate for etype, _, gate in _MEANS_RE if etype == "drone")
_DRONES_MISSILES = compile_folded(
    word_start_alternation(
        rf"missiles?\s+(?:were\s+)?(?:fired|launched)\s+(?:by|from)\s+(?:an?\s+|the\s+)?"
        rf"(?:[\w.-]+\s+){{0,2}}?(?:{_DRONE_WORDS})\b"
        rf"|(?:{_DRONE_WORDS})\s+(?:had\s+)?(?:fired|launched)\s+(?:[\w-]+\s+){{0,3}}?missiles?\b"
    )
)


def _means_type(text: str, gates: int, platforms: bool = True) -> tuple[EventType, int] | None:
    """The event type of the munitions named in ``text`` (``gates``: its ``_LEXICON`` mask):
    missiles win a combined attack ("drone and missile attack"), unless a drone fired them,
    otherwise the first named; platforms are a fallback."""
    if cyrillic.is_cyrillic(text):
        return cyrillic.means_type(text, platforms)  # type: ignore[return-value]
    downed = _shot_down(text) if "shot down" in text else None
    if downed is not None:
        return "missile", downed.start  # the aircraft named is what was hit, not the means
    best: tuple[EventType, int] | None = None
    padded = pad(text)
    for etype, pattern, gate in _MEANS_RE:
        if not gates & gate:
            continue
        # A match in ``padded`` starts at the word's offset in ``text`` and ends one past its end.
        for m in pattern.finditer(padded):
            start, end = m.start(), m.end() - 1
            if etype == "air_strike" and (
                _NOT_AIR.search(text, max(0, start - 12), end) or _DRONE_BORNE.match(text, end)
            ):
                continue
            if _HELD_MEANS_AFTER.match(text, end) or _HELD_MEANS_BEFORE.search(
                text, max(0, start - 40), start
            ):
                continue
            if (
                etype == "air_strike"
                and _GROUND_BOMB.match(text, start)
                and not (platforms and _platform_named(padded, gates))
            ):
                etype = "other_attack"  # "a bomb exploded outside a mosque": none was dropped
            if (
                etype == "shelling"
                and text.startswith("rocket", start)
                and (_platform_before(text, start) or _FIRED_FROM_AIRCRAFT.match(text, end))
            ):
                # "helicopters fired rockets into a crowd", "rockets fired from an aircraft"
                etype = "air_strike"
            if (
                etype == "shelling"
                and text.startswith("bombard", start)
                and _platform_named(padded, gates)
            ):
                etype = "air_strike"  # "Israeli aircraft struck ... in the heaviest bombardment"
            if etype == "missile":
                drone = _DRONES_MISSILES.search(text) if gates & _DRONE_GATE else None
                return ("drone", drone.start()) if drone else (etype, start)
            if best is None or start < best[1]:
                best = (etype, start)
            break
    if best is None and platforms:
        platform = _platform_at(padded, gates)
        if platform is not None:
            best = ("air_strike", platform)
    return best


# Rockets told as an aircraft's after them: "caused by rockets fired from an aircraft",
# "non-guided rockets shot from an aircraft" (on the folded text).
_FIRED_FROM_AIRCRAFT = re.compile(
    r"s?\s+(?:[\w-]+\s+)?(?:fired|shot|launched)\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:aircraft|jets?|warplanes?|planes?|helicopters?|gunships?)\b"
)


def _platform_before(text: str, position: int) -> bool:
    """Whether an aircraft is named in the 60 characters before ``position`` (what fired)."""
    return _PLATFORMS_RE.search(pad(text[max(0, position - 60) : position])) is not None


def _platform_named(padded: str, gates: int) -> bool:
    return bool(gates & _PLATFORMS_GATE) and _PLATFORMS_RE.search(padded) is not None


# An airliner is no strike aircraft: "hijacked planes hit the towers" is no air strike.
_AIRLINER_BEFORE = compile_folded(
    r"\b(?:hijacked|passenger|commercial|civilian|airliner)\s+(?:[\w-]+\s+)?$"
)


def _platform_at(padded: str, gates: int) -> int | None:
    """Where the first aircraft named as the means is in ``padded``, if one is: not one that
    was destroyed (``_PLATFORM_DESTROYED``), carried people (``_PLATFORM_CARRIED``) or is an
    airliner (``_AIRLINER_BEFORE``)."""
    platform = _PLATFORMS_RE.search(padded) if gates & _PLATFORMS_GATE else None
    if platform is None:
        return None
    at = platform.start()  # (the match opens with the character before the word)
    before = max(0, at - 60)
    if (
        _PLATFORM_DESTROYED.search(padded, max(0, at - 40), at + 1)
        or _PLATFORM_CARRIED.search(padded, before, at + 1)
        or _AIRLINER_BEFORE.search(padded, max(0, at - 30), at + 1)
    ):
        return None
    return at


def other_attack_start(text: str, position: int, end: int) -> int:
    """Where a clause telling of another attack starts in ``text[position:end]`` (see
    ``_OTHER_ATTACK``), else ``end``."""
    if not contains_any(text[position:end].lower(), _OTHER_ATTACK_NEEDS):
        return end
    found = _OTHER_ATTACK.search(text, position, end)
    return end if found is None else found.start()


def _clause_of(text: str, position: int) -> tuple[int, int]:
    return clause_around(text, position, _CLAUSE_BREAK)


# What a weapon is made for, right before the attack word: "which can strike targets 2,000
# km away", "designed to fly at five times the speed of sound and strike targets", "can strike
# a target the size of a pound coin", or what a state builds ("a 'counterstrike' capability to
# hit targets in enemy territory").
_MADE_FOR_WORDS = (
    r"(?:\bcan|\b(?:designed|built|meant)\s+to(?:\s+[\w,-]+){0,12}?\s+(?:and|or))\s+"
    r"(?:(?:strike|hit)\s+(?:an?\s+)?)?$|"
    r"\b(?:designed|built|meant|capabilit(?:y|ies)|ability|capacity)\s+to\s+"
    r"(?:(?:strike|hit)\s+)?$"
)
_MADE_FOR = compile_folded(_MADE_FOR_WORDS)
_MADE_FOR_GATE = _LEXICON.add(WordGate(_MADE_FOR_WORDS))


# What a weapon serves, not an attack made: "Su-34 aircraft used in glide-bomb attacks on
# Ukrainian towns" (but "the missile used in the attack on Kyiv" tells of one)
_PLURAL_ATTACKS = ("attacks", "strikes", "raids", "bombings")
_USED_IN_BEFORE = re.compile(r"\bused\s+(?:in|for)\s+(?:[\w-]+\s+){0,2}?$")


# An attack held in reserve: "drones ... will be used for surveillance, and for precision
# strikes if needed"
_IF_NEEDED_AFTER = re.compile(r"[\w-]+\s+if\s+(?:needed|necessary|required)\b")


# What a weapon is, told in the present: "The Anglo-French missile is launched from aircraft",
# "the bombs are dropped from Su-34 jets" (an attack is told in the past: "was launched from")
_LAUNCHED_FROM = ("launched from", "fired from", "dropped from")
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:(?:usually|typically|normally|often|mostly|generally|also)\s+)?$"
)


# ... or a target to be chosen: "pick a target in Kyiv, concentrate all air defences around it"
_CHOSEN_BEFORE = re.compile(
    r"\b(?:pick(?:s|ed)?|choose|chooses|chose|select(?:s|ed)?|names?|named|designat(?:e|es|ed))"
    r"\s+(?:a|an|any|one)\s+(?:[\w-]+\s+)?$"
)


# ... or firing only heard: "staff heard artillery firing without pause in the distance" (what
# it hit is told with a word of its own)
_HEARD_FIRING = re.compile(r"(?:firing|fire|shelling|gunfire|bombardment)\b")
_HEARD_BEFORE = re.compile(r"\bheard\s+(?:[\w-]+\s+){0,3}$")


# A drill's or a model's story, told from the sentence's start: "In the scenario, a missile
# hits the building's east wing"
_IN_THE_SCENARIO = re.compile(
    r"(?:in|under|according\s+to)\s+(?:the|this|that|a|its)\s+(?:[\w-]+\s+){0,2}?scenario\b"
)


# Attacks foretold: "officials have signalled the long-range strikes will continue through
# the winter" (not "the strike will be investigated")
_WILL_GO_ON_AFTER = re.compile(
    r"[\w-]+\s+(?:[\w-]+\s+){0,2}?will\s+(?:(?:only|likely|probably|certainly)\s+)?"
    r"(?:continue|resume|intensify|increase|go\s+on|persist|keep\s+(?:on|going|coming)|"
    r"not\s+stop|be\s+stepped\s+up)\b"
)


# "attack" as the kind of a platform, not an attack: "launch vehicles for attack drones also
# rolled past", "attack helicopters flew over the parade" (a strike they make has a verb of
# its own: "Russian attack drones hit an apartment block")
_PLATFORM_KIND = re.compile(
    r"attack\s+(?:drones?|helicopters?|aircraft|jets?|planes?|submarines?|boats?|dogs?)\b"
)


def _unreal(reading: _Reading, position: int) -> bool:
    """Whether an irrealis or a request in its clause governs the attack word at ``position``,
    or the word tells what a weapon is made for (``_MADE_FOR``) or a platform's kind
    (``_PLATFORM_KIND``).

    Whether a phrase matches at a place does not depend on where the search starts (``re``
    sees the text before ``pos``), so a search from the sentence start tells whether the
    clause can hold one: most sentences hold none, and their clause is not worked out."""
    if reading.low.startswith("attack ", position) and _PLATFORM_KIND.match(
        reading.low, position
    ):
        return True
    if (
        reading.gates() & _MADE_FOR_GATE
        and _MADE_FOR.search(reading.low, max(0, position - 90), position) is not None
    ):
        return True
    if " if " in reading.low and _IF_NEEDED_AFTER.match(reading.low, position):
        return True
    if "scenario" in reading.low and _IN_THE_SCENARIO.match(reading.low):
        return True
    if (
        reading.low.startswith(_PLURAL_ATTACKS, position)
        and "used " in reading.low
        and _USED_IN_BEFORE.search(reading.low, max(0, position - 40), position)
    ):
        return True
    if reading.low.startswith(_LAUNCHED_FROM, position) and _DESCRIBED_BEFORE.search(
        reading.low, max(0, position - 30), position
    ):
        return True
    if reading.low.startswith("target", position) and _CHOSEN_BEFORE.search(
        reading.low, max(0, position - 30), position
    ):
        return True
    if "heard" in reading.low and _HEARD_FIRING.match(reading.low, position) and (
        _HEARD_BEFORE.search(reading.low, max(0, position - 40), position)
    ):
        return True
    if "no " in reading.low and (
        _NO_REPORTS_OF.search(reading.low, max(0, position - 30), position)
        or _NONE_FIRED.search(reading.low, max(0, position - 50), position)
    ):
        return True  # "with no reports of firing or drone incursions", "No attack followed.",
        # "no missiles were fired"
    if "no " in reading.low and _NO_SIGN_OF.search(reading.low, max(0, position - 60), position):
        return True  # "the alliance had no information pointing to an intentional attack"
    if ("nothing" in reading.low or "nobody" in reading.low or "no one" in reading.low) and (
        _NOTHING_BEFORE.search(reading.low, max(0, position - 30), position)
    ):
        return True  # "nobody was hurt and nothing was damaged"
    if " will " in reading.low and _WILL_GO_ON_AFTER.match(reading.low, position):
        return True
    if contains_any(reading.low, _CHARGED_NEEDS) and _CHARGED_WITH.search(
        reading.low, max(0, position - 80), position
    ):
        return True  # a charge, not a report: "are suspected of the war crimes of directing
        # attacks at civilian objects"
    gates = reading.gates()
    # (a task, "was to", is looked for apart: the gate of "was" would open for most sentences)
    task = " to " in reading.low and _TASK.search(reading.low, 0, position) is not None
    if (
        not task
        and not (gates & _IRREALIS_GATE and _irrealis(reading, 0, position))
        and not (gates & _REQUEST_GATE and _REQUEST.search(reading.padded, 0, position + 1))
    ):
        return False
    start, _ = _clause_of(reading.low, position)
    return (
        _irrealis(reading, start, position)
        or _requested(reading, start, position)
        or (task and _TASK.search(reading.low, start, position) is not None)
    )


# A plot's task: "the man was to prepare a drone ... and strike police officers".
_TASK = compile_folded(
    r"\b(?:was|were)\s+(?:supposed\s+)?to\s+(?!the\b|an?\b|his\b|her\b|their\b|its\b)"
)


_CHARGED_NEEDS = ("suspected", "charged", "indicted", "convicted", "sentenced", "crime")
_CHARGED_WITH = re.compile(
    r"\b(?:suspected|charged|indicted|convicted|sentenced)\s+(?:of|with|for|over)\s+"
    r"(?:[\w-]+\s+){0,6}?$"
    # ... or the crime a court names: "the war crime of intentionally directing attacks against
    # civilians"
    r"|\bcrimes?\s+(?:against\s+humanity\s+)?of\s+(?:[\w-]+\s+){0,3}?$"
)
# ("No attack followed", "no large-scale attack had materialised"; not "no fewer than")
_NO_REPORTS_OF = re.compile(
    r"\bno\s+(?:reports?\s+of\s+(?:any\s+)?|(?!fewer\b|more\b|less\b|other\b)[\w-]+\s+)?$"
)
_NO_SIGN_OF = re.compile(
    r"\bno\s+(?:information|evidence|indication|sign|suggestion|proof)s?\s+(?:pointing\s+to|"
    r"that\s+points?\s+to|suggesting|that\s+suggests?|of)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?$"
)
_NOTHING_BEFORE = re.compile(
    r"\b(?:nothing|nobody|no\s+one)\s+(?:else\s+)?(?:was|were|had\s+been|has\s+been)\s+$"
)
_NONE_FIRED = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|shells?|bombs?|munitions?)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?$"
)


def _irrealis(reading: _Reading, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` holds an ``_IRREALIS`` phrase that is not the month of May
    ("In May last year", "on May 3")."""
    low, padded = reading.low, reading.padded
    # A match in ``padded`` starts at the word's offset in ``low`` and ends one past its end.
    for m in _IRREALIS.finditer(padded, start, end + 1):
        if padded[m.start() + 1 : m.end()] != "may" or not (
            _MONTH_BEFORE.search(low, max(0, m.start() - 12), m.start())
            or _DAY_AFTER.match(low, m.end() - 1)
        ):
            return True
    return False


def _requested(reading: _Reading, start: int, position: int) -> bool:
    """Whether a request or permission in ``low[start:position]`` governs the attack word
    at ``position`` (see ``_REQUEST``)."""
    for m in _REQUEST.finditer(reading.padded, start, position + 1):
        gap = reading.low[m.end() - 1 : position]
        if len(gap.split()) <= _REQUEST_REACH and not _REQUEST_ENDS.search(gap):
            return True
    return False


def _arms_trade(reading: _Reading, position: int) -> bool:
    """Whether the clause of the attack word at ``position`` is about arms trade (the clause
    is only worked out for a sentence that may hold such talk)."""
    if not reading.gates() & _ARMS_TRADE_GATE:
        return False
    start, end = _clause_of(reading.low, position)
    for m in _ARMS_TRADE.finditer(reading.padded, start, end + 1):
        # (not a resource's deliveries: "Oil deliveries to Hungary were halted after drones
        # struck the station", "gas supplies")
        if not _RESOURCE_BEFORE.search(reading.low, max(0, m.start() - 12), m.start()):
            return True
    return False


_RESOURCE_BEFORE = re.compile(r"\b(?:oil|gas|fuel|food|aid|power|water|grain)\s$")


# The cue without an armed context of a bare attack word in a sentence that names no armed
# force: the armed cue if the sentence names an attacker (``find_attacker``, asked on need).
_IF_ATTACKER = StrikeCue(-1, -1, None, None, 0.0)


class _Reading:
    """One sentence, folded once; its named munitions and its cues (without and with an
    armed context) are worked out at most once, as the cue passes ask for them."""

    __slots__ = ("_cues", "_gates", "_munitions", "low", "padded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = fold(text)
        self.padded = pad(self.low)  # for the compile_word_starts patterns
        self._munitions: tuple[EventType, int] | bool | None = False  # False: not yet
        self._cues: tuple[StrikeCue | None, StrikeCue | None] | None = None
        self._gates = -1  # -1: not yet

    def gates(self) -> int:
        """The ``_LEXICON`` mask of the sentence."""
        if self._gates < 0:
            self._gates = _LEXICON.mask(self.low)
        return self._gates

    def munitions(self) -> tuple[EventType, int] | None:
        if self._munitions is False:
            self._munitions = _means_type(self.low, self.gates(), platforms=False)
        return self._munitions  # type: ignore[return-value]

    def means(self) -> tuple[EventType | None, int] | None:
        """``_means_type(low)``: the munitions, else a platform, else arms carried by hand
        (which name no type: the article's other words may, and ``other_attack`` is the
        default)."""
        found: tuple[EventType | None, int] | None = self.munitions()
        if found is None:
            platform = _platform_at(self.padded, self.gates())
            found = (
                ("air_strike", platform)
                if platform is not None
                else _hand_arms(self.low, self.gates())
            )
        return found

    def armed_force(self) -> bool:
        return (
            self.munitions() is not None
            or bool(self.gates() & _ARMED_GATE and _ARMED.search(self.padded))
            or bool(self.gates() & _HAND_ARMS_GATE and _HAND_ARMS_RE.search(self.low))
            or (cyrillic.is_cyrillic(self.low) and cyrillic.is_armed(self.low))
        )

    def strike(self, armed_context: bool) -> StrikeCue | None:
        if self._cues is None:
            self._cues = _cues_of(self)
        plain, armed = self._cues
        if armed_context:
            return armed
        if plain is _IF_ATTACKER:
            plain = armed if find_attacker(self.text) else None
            self._cues = (plain, armed)
        return plain

    def attacker_decides(self) -> bool:
        """Whether the cue without an armed context waits on ``find_attacker`` (the sentence
        has a bare attack word and names no armed force)."""
        if self._cues is None:
            self._cues = _cues_of(self)
        return self._cues[0] is _IF_ATTACKER


def find_strike(text: str, armed_context: bool = False) -> StrikeCue | None:
    """The strike a sentence reports, or None.

    ``armed_context`` says the surrounding article is about armed conflict, which lets a
    bare "attack" or "explosion" with no named means count (as ``other_attack``).
    """
    return _Reading(text).strike(armed_context)


def strike_cues(
    texts: Sequence[str], names_weapon: Callable[[int], bool], title_armed: bool = False
) -> list[StrikeCue | None]:
    """The strike cue of each sentence of an article (``names_weapon(i)``: whether sentence i
    names a weapon system; only asked when it decides a cue). A bare "strike" or "attack"
    only counts where armed conflict is named within two sentences (a strike, a munition,
    an armed force, a named weapon), so a text about lightning or a walkout does not borrow
    the context of an unrelated paragraph."""
    readings = [_Reading(text) for text in texts]
    # Where only ``find_attacker`` (dear) would tell a sentence's own cue, it is left to
    # ``armed``, which asks it after the cheaper signs: the sentence's cue is its armed one
    # exactly when its window is armed, and that window holds the sentence itself.
    waits = [reading.attacker_decides() for reading in readings]
    plain = [
        None if wait else reading.strike(False)
        for reading, wait in zip(readings, waits, strict=True)
    ]
    own: dict[int, bool] = {}

    def armed(j: int) -> bool:
        if j not in own:
            own[j] = (
                plain[j] is not None
                or readings[j].armed_force()
                or (waits[j] and readings[j].strike(False) is not None)
                or names_weapon(j)
            )
        return own[j]

    cues = list(plain)
    for i, reading in enumerate(readings):
        if cues[i] is not None:
            continue
        cue = reading.strike(True)
        window = range(max(0, i - _ARMED_WINDOW), min(len(readings), i + _ARMED_WINDOW + 1))
        if cue is None or not (title_armed or any(armed(j) for j in window)):
            continue
        if reading.low.startswith(("strik", "struck"), cue.start) and any(
            (contains_any(readings[j].low, _WALKOUT_NEEDS) and _WALKOUT.search(readings[j].low))
            or (contains_any(readings[j].low, _SPORT_NEEDS) and _SPORT.search(readings[j].low))
            for j in window
        ):
            continue  # a walkout's or a match's bare "strike" ("It is the first strike at the
            # site since 1996", after machinists "walked off the job"; "Hakimi struck after 12
            # minutes", after "the Champions League final")
        cues[i] = cue
    return cues


# A match told beside a bare "strike" (in the sentences around it).
_SPORT_NEEDS = ("league", "cup", "final", "goal", "match", "minute", "season")
_SPORT = re.compile(
    r"\b(?:champions|premier|europa|nations)\s+league\b|\bworld\s+cup\b|\b\d-\d\b|"
    r"\bgoalkeeper|\bafter\s+\d+\s+minutes\b|\bin\s+the\s+\d+(?:st|nd|rd|th)\s+minute\b"
)
# A walkout told beside a bare "strike" (in the sentences around it).
_WALKOUT_NEEDS = ("walk", "picket", "contract offer", "non-striking", "union")
_WALKOUT = re.compile(
    r"\bwalk(?:ed|s|ing)?\s+off\s+the\s+job\b|\bwalk-?outs?\b|\bpickets?\b|\bpicket\s+lines?\b|"
    r"\b(?:latest|final|contract)\s+(?:contract\s+)?offer\b|\bnon-striking\b|"
    r"\b(?:trade|labou?r|workers['’]?)\s+unions?\b"
)


def _cues_of(reading: _Reading) -> tuple[StrikeCue | None, StrikeCue | None]:
    """The sentence's cue without and with an armed context (they differ only for an attack
    word with no named means)."""
    if not contains_any(reading.low, _ANY_CUE):
        return _cyrillic_cues(reading.low) if cyrillic.is_cyrillic(reading.low) else (None, None)
    plain, armed = _attack_cues(reading)
    if armed is None or _not_a_strike(reading) or _arms_trade(reading, armed.start):
        return None, None
    return plain, armed


def _cyrillic_cues(low: str) -> tuple[StrikeCue | None, StrikeCue | None]:
    """``_cues_of`` for Ukrainian and Russian (``cyrillic.strike_cues``)."""
    plain, armed = cyrillic.strike_cues(low)
    armed_cue = None if armed is None else StrikeCue(*armed)  # type: ignore[arg-type]
    return (armed_cue if plain is not None else None), armed_cue


def _attack_cues(reading: _Reading) -> tuple[StrikeCue | None, StrikeCue | None]:
    low, padded = reading.low, reading.padded
    downed = _shot_down(low)
    if downed is not None:
        return downed, downed
    means = reading.means()
    gates = reading.gates()
    # Matches in ``padded`` start at the word's offset in ``low`` and end one past its end.
    if means is not None:
        for m in _ATTACK_RE.finditer(padded):
            if low.startswith("used", m.start()) and not m.start() < means[1] < m.end():
                continue  # "used tear gas against protesters outside the drone factory"
            if low.startswith("destroyed", m.start()) and _DESTROYED_IN_FLIGHT.search(
                low, max(0, m.start() - _IN_FLIGHT_REACH), m.start()
            ):
                continue  # "More than 30 drones were destroyed over the Voronezh region"
            if not _unreal(reading, m.start()):
                cue = StrikeCue(m.start(), m.end() - 1, means[0], means[1], 1.0)
                return cue, cue
    for m in _BARE_RE.finditer(padded) if gates & _BARE_GATE else ():
        if _unreal(reading, m.start()):
            continue
        if means is not None:
            cue = StrikeCue(m.start(), m.end() - 1, means[0], means[1], 1.0)
            return cue, cue
        # Without a named means the first real attack word is the cue if the context is
        # armed; the sentence itself may say so (an armed force, or an attacker: asked on
        # need, ``_IF_ATTACKER``).
        cue = StrikeCue(m.start(), m.end() - 1, None, None, 0.6)
        armed = (gates & _ARMED_GATE and _ARMED.search(padded)) or _HIT_AND_KILLED.match(
            low, m.end() - 1
        )
        return (cue if armed else _IF_ATTACKER), cue
    ordinal = _ORDINAL_ATTACK.match(low) if low.startswith("the ") else None
    if ordinal is not None:
        # "The first strike hit a cement factory. The second, around midday, hit near the
        # Planet Hotel": an attack told by its number, needing an armed context as a bare one
        cue = StrikeCue(ordinal.start(1), ordinal.end(1), None, None, 0.6)
        return None, cue
    one = _ONE_OF_THEM.match(low) if low.startswith(_ONE_OF_THEM_OPENINGS) else None
    if one is not None:
        # "... some 85 rockets were launched towards the Haifa area. One slammed into a house
        # in Kiryat Bialik": one of the munitions just told, needing an armed context too
        cue = StrikeCue(one.start(1), one.end(1), None, None, 0.6)
        return None, cue
    if means is not None and means[0] != "missile":
        # "heavy shelling", "air raids", "drone strikes": the means word is the attack.
        word = low[means[1] :].split(maxsplit=1)[0]
        vehicle = _VEHICLE_BOMB.match(low, means[1])  # "a truck bomb in Qamishli"
        end = vehicle.end() if vehicle else means[1] + len(word)
        if (vehicle or _SELF_ATTACK.match(word)) and not _unreal(reading, means[1]):
            cue = StrikeCue(means[1], end, means[0], means[1], 0.9)
            return cue, cue
    return None, None


_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+$")
# ... or, in a quote, by its day: '"Today's attack on Tripoli port could have led to a
# disaster," he said' (a narrator's "Saturday's blast went off near the ministry" tells it)
_DAY_BEFORE = re.compile(
    r"\b(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:'s|’s)\s+$"
)
_DETERMINER_REACH = 14  # characters before an attack word that may hold its determiner
_TIME_BY_ATTACK_BEFORE = re.compile(
    r"\b(?:since|after|before|following)\s+the\s+(?:[\w'’-]+\s+){1,2}$"
)
_QUOTES = "\"“‘'«"
# ... or ranks it among others: "It was the deadliest Maoist attack on security forces in the
# Bastar region since 2010".
_RANKED_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:single\s+)?(?:deadliest|worst|bloodiest|biggest|largest|heaviest|"
    r"most\s+\w+)\s+(?:[\w'’-]+\s+){0,3}$"
)


# ... or tells attacks as a habit, not one: "the daily Russian attacks on Ukraine showed how
# essential air defence had become", "because of Russia's continuing attacks on power plants".
_HABITUAL_BEFORE = re.compile(
    r"\b(?:daily|nightly|near-daily|constant|frequent|regular|repeated|relentless|incessant|"
    r"persistent|continuing|ongoing|sustained|systematic|"
    # ("Villagers ... who have spent years running to bunkers whenever the shelling began")
    r"whenever|"
    # anyone's, not one: "every Russian commander who orders strikes on Ukrainian power plants"
    r"(?:who|that)\s+(?:orders|carries\s+out|launches|conducts)|"
    # what is left of past attacks: "The island still bears marks of the bombardment", "the
    # shelling around Mullivaikkal is still a raw memory"
    r"(?:marks|scars|traces|memories|memory)\s+of|"
    # ("Officials have blamed the RSF for earlier drone attacks on power infrastructure in
    # Merowe, Dongola and Atbara")
    r"(?:earlier|previous|prior|past)|"
    # ("Hardly a day passes without shelling here")
    r"(?:hardly|barely|scarcely|rarely|not)\s+a\s+(?:day|night|week)\s+(?:passes|passed|goes\s+by|"
    r"went\s+by)\s+without|"
    # ("a region where years of bombardment had already left millions dependent on aid")
    r"(?:years|months|decades)\s+of|"
    # ("accused the military of carrying on with air strikes in the days after the quake")
    r"carr(?:y|ies|ied|ying)\s+on\s+with|keep(?:s|ing)?\s+up|kept\s+up|"
    # what people run from: "Lebanese fleeing the bombardment of the south"
    r"fleeing|fled|flee|flees|escaping|escaped|escape|"
    # any of them: "a large share of each salvo is now decoys"
    r"each|every|"
    # ("families who had survived air strikes and barrel bombs"; not "survived the strike"; nor
    # "survivors of the attack": "36 survivors of and witnesses to drone attacks")
    r"survived(?!\s+(?:the|a|an|this|that|its|their)\b)|"
    r"(?:survivors?\s+of|witnesses?\s+to)(?!\s+(?:the|a|an|this|that|its|their)\b))"
    r"\s+(?:[\w'’-]+\s+){0,3}?$"
    # a count of attacks, not of munitions: "The coalition carried out hundreds of air strikes
    # in and around Kobani during the siege" (not "hundreds of drones")
    r"|\b(?:hundreds|thousands)\s+of\s+(?:(?:air|drone|missile)\s+)?$"
)


def refers_back(text: str, position: int) -> bool:
    """Whether the bare attack word at ``position`` only refers to an attack told elsewhere
    ("Starmer said the attacks had failed to divide Londoners"): it follows a determiner or a
    superlative ranking it ("the deadliest Maoist attack ... since 2010") or a word of habit
    ("the daily Russian attacks"), and the sentence tells of no harm. Such a sentence joins an
    event; it opens none."""
    low = fold(text)
    return (
        _DETERMINER_BEFORE.search(low, max(0, position - 8), position) is not None
        # ... or a time told by it: "since Israel sealed it two weeks ago after the Hamas attack"
        or _TIME_BY_ATTACK_BEFORE.search(low, max(0, position - 40), position) is not None
        or (
            low[:1] in _QUOTES
            and _DAY_BEFORE.search(low, max(0, position - _DETERMINER_REACH), position) is not None
        )
        or _RANKED_BEFORE.search(low, max(0, position - 60), position) is not None
        or _HABITUAL_BEFORE.search(low, max(0, position - 40), position) is not None
    ) and _HARM.search(low) is None


def told_as_habit(text: str, position: int) -> bool:
    """Whether the attack word at ``position``, means named or not, is a habit ("Russia has
    continued its nightly drone and missile attacks", "the city is hit almost daily by
    artillery") in a sentence that tells of no harm."""
    low = fold(text)
    if (
        _HABITUAL_AFTER.match(low, position) is None
        and _HABITUAL_BEFORE.search(low, max(0, position - 40), position) is None
        and not _counted_attacks_at(low, position)
        and not _told_over_weeks(low, position)
        and not _told_as_campaign(low, position)
    ):
        return False
    # (the habit's own "hit" is no harm told, nor what a disaster struck: "including in areas
    # struck by it", after "the days after the quake")
    return not any(
        m.start() != position and not _STRUCK_BY_DISASTER.match(low, m.start())
        for m in _HARM.finditer(low)
    )


def _told_as_campaign(low: str, position: int) -> bool:
    """Whether the attack word at ``position`` tells how a side has fought, or what a report
    documented, not one attack ("Russian forces have used small, mostly commercial quadcopter
    drones to attack civilians in Kherson", "documented attacks in the city of Kherson and 16
    other settlements")."""
    if ("used" in low or "using" in low) and _USED_TO_BEFORE.search(
        low, max(0, position - _USED_TO_REACH), position
    ):
        return True
    return "document" in low and any(
        m.start() <= position < m.end()
        for m in _DOCUMENTED_ATTACKS.finditer(low, max(0, position - 40), position + 20)
    )


_USED_TO_BEFORE = re.compile(
    # (the present perfect only: "Russia had used S-300 missiles, repurposed to strike ground
    # targets" tells how this attack was made)
    r"\b(?:has|have)\s+(?:been\s+)?us(?:ed|ing)\s+(?:[\w,'’-]+\s+){0,8}?to\s+$"
)
_USED_TO_REACH = 90  # characters between "have used" and the attack word
_DOCUMENTED_ATTACKS = re.compile(
    r"\bdocument(?:ed|s|ing)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|shelling|bombardments)\b"
)


def _told_over_weeks(low: str, position: int) -> bool:
    """Whether the attack word at ``position`` goes on for weeks or longer ("the artillery that
    has been pounding Ukrainian positions around Lysychansk for weeks", "the city has been
    under bombardment for three weeks"), not ranked over that time (``_RANKED_BEFORE``: "the
    deadliest single attack on civilians in Ukraine for months")."""
    return (
        " for " in low
        and _FOR_WEEKS_AFTER.match(low, position) is not None
        and _RANKED_BEFORE.search(low, max(0, position - 40), position) is None
    )


_FOR_WEEKS_AFTER = re.compile(
    # (nor ranked after it: "The shelling on Monday was the first in the town for months")
    r"(?:(?!(?:first|only|deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest|most)\b)"
    r"[\w'’-]+,?\s+){1,10}?for\s+(?:(?:several|many|some|two|three|four|five|six)\s+)?"
    r"(?:weeks|months|years)\b"
)


_STRUCK_BY_DISASTER = re.compile(
    r"(?:hit|struck)\s+by\s+(?:it|the\s+(?:quake|earthquake|storm|cyclone|typhoon|hurricane|"
    r"floods?|flooding|disaster|tremor|landslide))\b"
)


def _counted_attacks_at(low: str, position: int) -> bool:
    """Whether the attack word at ``position`` is in a count of attacks, not of munitions
    ("Hezbollah claimed dozens of rocket and drone attacks on northern Israel")."""
    if "dozens" not in low and "scores" not in low:
        return False
    return any(
        m.start() <= position < m.end()
        for m in _COUNTED_ATTACKS.finditer(low, max(0, position - 60), position + 40)
    )


_COUNTED_ATTACKS = re.compile(
    r"\b(?:dozens|scores)\s+of\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:attacks|strikes|raids)\b"
)


# (up to a few words on in its clause: "has launched drone attacks on Kyiv almost every night")
_HABITUAL_AFTER = re.compile(
    r"(?:[\w'’-]+,?\s+){1,10}?(?:(?:almost|nearly|virtually)\s+)?(?:daily|nightly|"
    r"every\s+(?:single\s+)?(?:day|night)|regularly|repeatedly|constantly|sporadically|"
    r"occasionally|periodically|"
    # "The pipeline has been targeted by saboteurs many times over the years"
    r"(?:many|several|numerous|countless|multiple)\s+times|time\s+and\s+again|"
    # a tally over a time: "struck Russian energy facilities more than 120 times while it
    # was in force" (not one night's hits: "hit the city ten times overnight")
    r"(?:[1-9]\d{2,}|[3-9]\d)\s+times|\d+\s+times\s+(?:while|since|during|over\s+the|"
    r"in\s+the\s+(?:past|last))|"
    r"over\s+the\s+years|"
    # a stretch of time, not one night: "substations knocked out by drone and missile strikes in
    # recent weeks", "has come under near-daily drone attack this autumn"
    r"in\s+recent\s+(?:weeks|months|years)|this\s+(?:autumn|winter|spring|summer)|"
    # ("The water went down, but the shelling never stopped")
    r"never\s+(?:stopped|stops|ended|ends|let\s+up|lets\s+up)|"
    # a season of it: "heavy bombing between late September and November levelled blocks"
    r"between\s+(?:late\s+|early\s+|mid-)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+and|"
    r"(?:are|is|remain|remains)\s+(?:still\s+)?(?:a\s+)?(?:raw|painful|vivid|fresh|bitter|living)\s+"
    r"memor(?:y|ies)|"
    # "Turkish bombardment of Iraq's Kurdistan Region shows no sign of easing"
    r"no\s+signs?\s+of\s+(?:easing|abating|slowing|letting\s+up|ending|stopping))\b"
)


def is_not_a_strike(text: str) -> bool:
    """Whether a sentence is set in a context that is not a strike (lightning, a walkout...)."""
    return _not_a_strike(_Reading(text))


# Weather and other disasters (not a time they tell: "bombed Naungcho ... about three hours
# after the earthquake struck central Myanmar"; lookbehinds, so a pattern of its own: a
# word-start one opens each alternative with a letter)
_DISASTER = compile_folded(
    r"(?<!after\sthe\s)(?<!since\sthe\s)(?<!before\sthe\s)"
    r"\b(?:storms?(?!\s+(?:the|a|an|its|their|into|shadows?)\b)|thunderstorms?|"
    r"tornado(?!\s+(?:jets?|gr\.?\s?4s?|aircraft|fighters?|warplanes?|bombers?)\b|-s\b)|"
    r"hurricane|earthquakes?|quakes?|floods?|typhoon|"
    r"cyclone|landslides?|mudslides?|wildfires?|avalanche)\b"
)
_DISASTER_NEEDS = (
    "storm", "tornado", "hurricane", "quake", "flood", "typhoon", "cyclone", "slide",
    "wildfire", "avalanche",
)  # fmt: skip


def _not_a_strike(reading: _Reading) -> bool:
    low, padded, gates = reading.low, reading.padded, reading.gates()
    if "crash" in low and _MEANS_CRASHED.search(low) is not None:
        # a munition that crashed into a place is an attack, told however far apart: "A ballistic
        # missile fired from Yemen crashed into a children's playground" (same length: offsets
        # hold)
        padded = padded.replace("crash", "smash")
    return (
        (contains_any(low, _DISASTER_NEEDS) and _DISASTER.search(low) is not None)
        # (``_NOT_A_STRIKE`` finds what its rest does, and more)
        or (gates & _NOT_A_STRIKE_GATE and _NOT_A_STRIKE.search(padded) is not None)
        or (gates & _NOT_A_STRIKE_REST_GATE and _NOT_A_STRIKE_REST.search(padded) is not None)
        or ("hour" in low and _HOURS_STRIKE.search(low) is not None)
        or ("since" in low and _STRIKES_SINCE.search(low) is not None)
        or (
            contains_any(low, _ACCIDENTAL_BLAST_NEEDS)
            and _ACCIDENTAL_BLAST.search(low) is not None
            and reading.munitions() is None
        )
        or (gates & _ALL_DOWNED_GATE and _all_shot_down(padded))
        or _trend(padded)
        or (("attacks" in low or "times" in low or "strikes" in low or "raids" in low)
            and _many_attacks(padded))
        or (("%" in low or "cent" in low) and _SHARE_OF_CASUALTIES.search(low) is not None)
        or ("range" in low and _WEAPON_RANGE.search(low) is not None and not _HARM.search(padded))
        or (" from " in low and _HOW_USED.search(low) is not None and not _HARM.search(padded))
        # an abduction with no harm told: "Gunmen stormed the school compound in Kuriga ... and
        # abducted more than 280 pupils"
        or (("abduct" in low or "kidnap" in low) and not _HARM.search(padded))
        or (
            contains_any(low, _FLIGHT_NEEDS)
            and _FLIGHT_TOLD.search(low) is not None
            and not _HARM.search(padded)
        )
        or (cyrillic.is_cyrillic(low) and cyrillic.is_not_a_strike(low))
    )


_MEANS_CRASHED = re.compile(
    r"\b(?:missiles?|rockets?|drones?|shells?|mortars?|bombs?)\b[^.;]{0,40}?\bcrash(?:ed|es)?\s+"
    r"(?:into|onto|on|in)\b"
)


# What a weapon can reach, told with no harm done: a description, not a strike ("The missile
# is launched from aircraft and has a range of more than 250 kilometres, far beyond the 80 km
# of the rockets fired by the HIMARS launchers")
_WEAPON_RANGE = re.compile(r"\b(?:has|have|had|with)\s+an?\s+(?:[\w-]+\s+)?range\s+of\b")
# ... or how it is used, in the present: "The rounds are fired from 155-mm artillery and burst
# over a target to scatter bomblets" (a report's present tells harm: "are fired at Kyiv, killing")
_HOW_USED = re.compile(
    r"\b(?:are|is)\s+(?:typically\s+|usually\s+|normally\s+|generally\s+|often\s+)?"
    r"(?:fired|launched|dropped)\s+from\s+(?!the\b)"
)


# A missile's flight told by its time aloft or its distance, with no harm done: a test's, not a
# strike's ("the missile had been launched on Oct 21 and stayed in the air for about 15 hours,
# covering some 14,000 kilometres").
_FLIGHT_NEEDS = (" air ", "aloft", "airborne", "covering")
_FLIGHT_TOLD = re.compile(
    r"\b(?:stayed|remained|was|were|been)\s+(?:in\s+the\s+air|aloft|airborne)\s+for\b|"
    r"\bcovering\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|nearly\s+)?[\d,]+\s*"
    r"(?:kilomet|km\b|miles\b)"
)


# A campaign's attacks counted in the hundreds: "US forces had been targeted more than 170
# times", "factions carried out more than 170 rocket and drone attacks on US forces".
_MANY_ATTACKS = compile_folded(
    r"\b[1-9]\d{2,}[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|times)\b"
)


def _many_attacks(padded: str) -> bool:
    """Whether the sentence counts attacks in the hundreds, and tells no harm done: a
    campaign's tally, not a strike."""
    return _MANY_ATTACKS.search(padded) is not None and _HARM.search(padded) is None


def _trend(padded: str) -> bool:
    """Whether the sentence tells of a trend in attacks, or a group's attacks as a campaign,
    and of no harm done ("Ukraine has stepped up strikes on Russian territory", "citing the
    group's missile and drone attacks on commercial shipping"; not "Russia intensified its
    strikes on Kharkiv, killing three")."""
    return (
        (
            (contains_any(padded, _TREND_NEEDS) and _TREND.search(padded) is not None)
            or ("attacks on" in padded and _CAMPAIGN.search(padded) is not None)
            or (" this " in padded and _SEASON_OF_ATTACKS.search(padded) is not None)
            or (
                contains_any(padded, _OVER_THE_PAST_NEEDS)
                and _OVER_THE_PAST.search(padded) is not None
            )
        )
        and _HARM.search(padded) is None
    )


def tells_interception(text: str) -> bool:
    """Whether a sentence tells of missiles or drones shot down (``_ALL_DOWNED``): it names
    who fired them, the attacker of what got through ("air defences shot down all 18
    missiles that Russia fired at the country ... Falling debris injured three")."""
    low = fold(text)
    return ("down" in low or "intercept" in low) and _ALL_DOWNED.search(low) is not None


def all_stopped(text: str) -> bool:
    """Whether a sentence tells every missile or drone stopped and nothing hit ("All three
    were shot down and there were no reports of injuries or damage"; not "air defences
    intercepted a ballistic missile", one of them)."""
    low = fold(text)
    if cyrillic.is_cyrillic(low):
        # «Влучань в об'єкти ... не допущено»: no hits let through
        return _CYRILLIC_NO_HITS.search(low) is not None and _CYRILLIC_HARM.search(low) is None
    if "hit" in low and _NOTHING_HIT.match(low) is not None:
        return True  # "There was no confirmation that anything was hit."
    if _stopped_unharmed(low, _EVERY_ONE_STOPPED, harm_denied=True):
        return True
    if "fell" in low and _DOWNED_REST_HARMLESS.search(low) is not None:
        return _HARM.search(_FELL_HARMLESS.sub("", low)) is None
    return "of " in low and _tally_all_stopped(low) and _HARM.search(low) is None


# Some shot down and the rest fallen where they hit nothing: "Air defences shot down 18 of the
# rockets and the other nine fell in open areas".
_DOWNED_REST_HARMLESS = compile_folded(
    r"\b(?:shot\s+down|intercepted|downed|destroyed)\s+(?:\w+\s+){1,2}?of\s+(?:the|them)\b"
    r"[^.;]{0,40}?\b(?:and|while)\s+(?:the\s+)?(?:other|remaining|rest)\b[^.;]{0,30}?\b"
    + _FELL_HARMLESS_WORDS
)


def _tally_all_stopped(low: str) -> bool:
    """Whether an air force's tally stops every munition it counts: "of 48 drones launched
    overnight, 31 were shot down and 17 lost to electronic warfare" (31 + 17 = 48)."""
    tally = _STOPPED_TALLY.search(low)
    if tally is None:
        return False
    stopped = int(tally.group("downed")) + int(tally.group("lost") or 0)
    return stopped == int(tally.group("total"))


_STOPPED_TALLY = re.compile(
    r"\bof\s+(?:the\s+)?(?P<total>\d+)\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|uavs|shaheds|"
    r"targets)\b[^.;]{0,60}?,\s+(?P<downed>\d+)\s+(?:were\s+|had\s+been\s+)?(?:shot\s+down|"
    r"intercepted|downed|destroyed|neutrali[sz]ed)\b(?:\s+and\s+(?:the\s+other\s+|another\s+)?"
    r"(?P<lost>\d+)\s+(?:were\s+|had\s+been\s+)?(?:lost|suppressed|jammed|diverted)\b)?"
)


# Nothing hit, told outright: "There was no confirmation that anything was hit."
_NOTHING_HIT = re.compile(  # (matched at the sentence's start)
    r"(?:there\s+(?:was|were)\s+)?no\s+(?:confirmation|sign|evidence|indication|report)s?\s+that\s+"
    r"(?:anything|any\s+(?:ship|vessel|target|building)s?)\s+(?:was|were|had\s+been)\s+hit\b"
)


def _stopped_unharmed(low: str, stopped: re.Pattern[str], harm_denied: bool) -> bool:
    """Whether ``stopped`` matches the folded sentence and it tells of no harm: debris fallen
    in open areas is none, nor (``harm_denied``) harm said not to be ("no reports of injuries
    or damage")."""
    if not ("down" in low or "intercept" in low or "destroy" in low or "neutrali" in low):
        return False
    if stopped.search(low) is None:
        return False
    if "fell" in low:
        low = _FELL_HARMLESS.sub("", low)
    if harm_denied and _may_deny_harm(low):
        low = _NO_HARM.sub("", low)
    return _HARM.search(low) is None


def _may_deny_harm(low: str) -> bool:
    """Whether ``_NO_HARM`` can match the folded sentence (each match holds one of these)."""
    return "no" in low or "fragments" in low or "debris" in low or "shrapnel" in low


# Harm denied: "there were no reports of injuries or damage", "no casualties".
_NO_HARM = re.compile(
    # "it has no reports of anyone hurt by the missile or by fragments", "no reports of rockets
    # striking buildings or of anyone hit"
    r"\bno\s+reports?\s+of\s+(?:(?:anyone|anybody|people)\s+(?:being\s+)?(?:hurt|injured|killed|"
    r"wounded)|(?:the\s+)?(?:rockets?|missiles?|drones?|shells?)\s+(?:striking|hitting|landing))\b"
    r"[^.;]*|"
    # fragments gathered, not fragments that hit: "Police collected fragments at several spots"
    r"\b(?:collected|gathered|found|recovered|picked\s+up)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fragments|debris|shrapnel)\b|"
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:any\s+)?(?:injuries|damage|casualties|"
    r"deaths|victims|losses)(?:\s+(?:or|and)\s+(?:injuries|damage|casualties|deaths))?\b"
    # "He did not report any damage or casualties"
    r"|\b(?:did\s+not|didn't|did\s+not\s+immediately)\s+(?:report|mention)\s+(?:any\s+)?(?:injuries|damage|"
    r"casualties|deaths|victims)(?:\s+(?:or|and)\s+(?:injuries|damage|casualties|deaths))?\b"
    # "nothing on the ground was damaged and no one was hurt"
    r"|\b(?:no\s+one|nobody)\s+(?:was|were|had\s+been)\s+(?:hurt|injured|killed|wounded|harmed)\b"
    r"|\bnothing\s+(?:on\s+the\s+ground\s+)?(?:was|had\s+been)\s+(?:damaged|hit)\b"
    # "Nothing fell on Polish territory"
    r"|\bnothing\s+(?:fell|landed)\b"
    # the munition's own remains looked at: "specialists were examining the debris"
    r"|\b(?:examin|inspect|stud|recover|collect)\w*\s+(?:the\s+)?(?:debris|wreckage|fragments)\b"
    # a risk, not harm: "sirens sounded because of the risk of falling fragments"
    r"|\b(?:risk|danger|threat)\s+of\s+(?:falling\s+)?(?:fragments|debris|shrapnel)\b"
    # "falling debris had caused neither injuries nor damage"
    r"|\b(?:(?:falling\s+)?(?:debris|fragments|shrapnel|wreckage)\s+(?:had\s+|has\s+)?caused\s+)?"
    r"neither\s+(?:injuries|damage|casualties|deaths)\s+nor\s+(?:injuries|damage|casualties|"
    r"deaths)\b"
    # "There was no loss of life or equipment"
    r"|\bno\s+loss\s+of\s+(?:life|lives)\b"
    # "no falling debris was recorded in any district"
    r"|\bno\s+(?:falling\s+)?debris\s+(?:was|were|has\s+been|had\s+been)\s+(?:recorded|reported|found)\b"
    # "no impacts had been identified", "no reports of a hit"
    r"|\bno\s+(?:impacts?|hits?)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
    r"(?:identified|reported|recorded|found)\b|\bno\s+reports?\s+of\s+(?:a\s+|any\s+)?(?:hits?|impacts?)\b"
    # "No hits and no destruction", "there were no hits, no falls of debris and no casualties"
    r"|\bno\s+(?:hits?|impacts?)(?:\s*(?:,|and|or|,\s*and)\s+no\s+(?:destruction|damage|"
    r"casualties|injuries|victims|(?:falls?\s+of\s+|falling\s+)?(?:debris|fragments)))+\b"
    # "fragments had fallen in several places without causing significant damage or injuring
    # anyone"
    r"|\b(?:(?:fragments?|debris|wreckage)\b[^.;]{0,60}?)?without\s+causing\s+"
    r"(?:any\s+|significant\s+|serious\s+|major\s+)?(?:damage|casualties|"
    r"injuries)(?:\s+or\s+(?:injuring|harming|hurting)\s+anyone)?\b"
    # "No impact sites or damage were reported"
    r"|\bno\s+impact\s+sites?\s+(?:or\s+damage\s+)?(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:identified|reported|recorded|found)\b"
    # hurt on the way to shelter, not by the attack: "a few people were lightly hurt while
    # rushing to protected spaces"
    r"|\b(?:hurt|injured)\s+(?:while|when|as)\s+(?:rushing|running|hurrying|heading|making\s+their\s+way)\s+"
    r"to\s+(?:the\s+)?(?:shelters?|protected\s+(?:spaces|rooms)|safe\s+rooms|bomb\s+shelters?)\b"
)


_EVERY_ONE_STOPPED = re.compile(
    # ("All enemy targets in the airspace over Kyiv were detected and destroyed"; what is
    # stopped is munitions, or a count of them, not "All the houses in the street")
    r"\b(?:all|each|every|both)\b(?:\s+(?:of\s+)?(?:them|these|those))?"
    r"(?:\s+(?:the\s+)?(?:\w+\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))?"
    r"(?:[^.;]{0,60}?\b(?:missiles?|drones?|rockets?|projectiles?|uavs?|shaheds?|targets|"
    r"munitions|warheads|bombs|target)\b[^.;]{0,40}?)?"
    # ("that all had been neutralised")
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+(?:and\s+)?)?(?:intercepted|shot\s+down|"
    r"downed|destroyed|neutrali[sz]ed)\b|\b(?:shot\s+down|intercepted|downed|destroyed)\s+"
    r"(?:all|every|each|both)\b|\bintercepted\s+or\s+" + _FELL_HARMLESS_WORDS + r"|"
    + _EVERYTHING_FIRED_DOWNED + r"|"
    # the one missile told: "The missile, launched from a MiG-31K over Russia's Kaluga region,
    # was intercepted during a night attack on the capital"
    r"\bthe\s+(?:missile|drone|rocket|projectile)\b[^.;]{0,80}?\bwas\s+(?:intercepted|shot\s+down|downed|"
    r"brought\s+down)\b|"
    # what was told before, all of it: "Our forces intercepted them ... and brought them
    # down", "shot every one of them down before they reached their targets"
    r"\b(?:intercepted|downed)\s+them\b|"
    # ("the region's air defences shot them all down")
    r"\b(?:shot|brought)\s+(?:every\s+one\s+of\s+|all\s+of\s+)?them\s+(?:all\s+)?down\b|"
    # "The drones were brought down before reaching their targets"
    r"\b(?:were|was)\s+(?:all\s+)?(?:brought\s+down|shot\s+down|intercepted|downed|destroyed)\s+"
    r"before\s+(?:reaching|hitting|they\s+(?:reached|could))\b"
)


# A munition that fell in the sea: "saw the splash of an unknown projectile in the water close
# to the ship".
_MISSED = compile_folded(
    r"\bsplash(?:es)?\b|\b(?:landed|fell|came\s+down|impacted|exploded)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|into)\s+the\s+(?:water|sea)\b"
)


def missed(text: str) -> bool:
    """Whether a sentence tells a munition fell in the sea, by a ship it missed."""
    return ("splash" in text or "water" in text or "sea" in text) and (
        _MISSED.search(fold(text)) is not None
    )


def downed_some(text: str) -> bool:
    """Whether a sentence tells munitions shot down, some of them or a count, not all ("Units
    of the Ministry of Defence destroyed another 12 UAVs within an hour"): with harm denied
    outright nearby, no strike (``extraction._stopped_all``)."""
    low = fold(text)
    return (
        ("down" in low or "destroy" in low or "intercept" in low)
        and _DOWNED_SOME.search(low) is not None
        and not (("xcept" in low or "but" in low) and _BUT_ONE.search(low) is not None)
    )


# ... not when one got through: "its air defences intercepted the missiles except one, which
# fell inside Al Udeid", "shot down all but two of the drones"
_BUT_ONE = re.compile(
    r"\b(?:except(?:\s+for)?|all\s+but|save\s+for)\s+(?:one|two|three|four|five|a\s+few|\d+)\b"
)


def went_astray(text: str) -> bool:
    """Whether a sentence tells a munition that strayed, off course or back out of a country's
    airspace, or came down where nothing was ("The missile ... flew about two kilometres over
    Polish territory before returning to Ukrainian airspace", "the drone had likely strayed off
    course"): with harm denied outright nearby, no strike (``extraction._stopped_all``)."""
    low = fold(text)
    return ("airspace" in low or "stray" in low or "came down" in low) and (
        _ASTRAY.search(low) is not None
    )


_ASTRAY = re.compile(
    # (not the way in: "the drone crossed into Romanian airspace" and crashed onto a roof)
    r"\b(?:(?:returning|returned|flew\s+back|went\s+back)\s+(?:in)?to\s+(?:[\w'’-]+\s+){0,2}?airspace|"
    r"strayed|came\s+down\s+(?:[\w-]+\s+){0,6}?in\s+(?:an?\s+)?(?:empty\s+|open\s+)?"
    r"(?:fields?|forest|woods?|wasteland))\b"
)


def denies_harm(text: str) -> bool:
    """Whether a sentence says outright that no one was hurt and nothing damaged."""
    if (
        " no " not in text
        and "not " not in text
        and "No " not in text
        and "obody" not in text
        and "othing" not in text
        and "without" not in text
        and "neither" not in text
    ):
        return False  # (every match holds one of these: most sentences hold none)
    low = fold(text)
    return _NO_HARM.search(low) is not None


_DOWNED_SOME = re.compile(
    r"\b(?:shot\s+down|destroyed|intercepted|downed|brought\s+down)\s+(?:[\w-]+\s+){0,4}?"
    # ("Jordan's air defences intercepted a number of 'flying objects'")
    r"(?:uavs?|drones?|missiles?|rockets?|['‘]?flying\s+objects)\b|"
    r"\b(?:uavs?|drones?|missiles?|rockets?|it|they)\b"
    # ("drones seen over Amritsar and Jalandhar during a blackout were shot down")
    # (... or "had been": "state media said three small drones had been shot down")
    r"(?:\s+[\w-]+){0,8}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[\w-]+\s+)?"
    r"(?:shot\s+down|destroyed|intercepted|downed|brought\s+down)\b"
)


def tells_harm(text: str) -> bool:
    """Whether a sentence tells of harm done (a hit, damage, the dead or wounded)."""
    low = fold(text)
    if cyrillic.is_cyrillic(low):
        return _CYRILLIC_HARM.search(low) is not None
    if _may_deny_harm(low):
        # (harm said not to be: "He did not report any damage or casualties"; fragments
        # gathered: "Police collected fragments")
        low = _NO_HARM.sub("", low)
    if "shelter" in low and _HURT_TAKING_SHELTER.search(low):
        return False  # "Two people were lightly injured falling while running to shelters"
    if "retaliation" in low or "revenge" in low or "response to" in low or "reprisal" in low:
        low = _AVENGED.sub("", low)
    if "fell" in low:
        low = _FELL_HARMLESS.sub("", low)  # "the other nine fell in open areas": nothing hit
    return _HARM.search(low) is not None


# What an attack answered, harm done elsewhere: "describing the launch as retaliation for the
# pager explosions and the killing of its commanders" (up to the clause's end).
_AVENGED = re.compile(r"\b(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\b[^,;.]*")


# Hurt on the way to shelter, not by the attack: "lightly injured falling while running to
# shelters", "hurt as they rushed to a shelter".
_HURT_TAKING_SHELTER = re.compile(
    r"\b(?:injured|hurt|wounded)\b[^.;]{0,40}?\b(?:while|as|when)\s+(?:they\s+|he\s+|she\s+)?"
    r"(?:running|rushing|fleeing|heading|hurrying|ran|rushed|fled|headed|hurried)\s+(?:to|for|"
    r"towards?)\s+(?:the\s+|a\s+|bomb\s+)?shelters?\b"
    # "treated more than 20 people who were hurt on their way to shelters"
    r"|\b(?:injured|hurt|wounded)\s+on\s+(?:their|the|his|her)\s+way\s+to\s+(?:the\s+|a\s+)?"
    r"(?:bomb\s+)?shelters?\b"
)


_CYRILLIC_NO_HITS = re.compile(
    r"(?:влучан|попадан)\w*[^.]{0,80}?не\s+допущено|без\s+(?:влучань|попаданий)"
    # every one destroyed: "Усі ворожі БпЛА знищено", "все беспилотники сбиты"
    r"|(?<!\w)(?:усі|всі|все)\s+(?:[\w-]+\s+){0,3}?(?:знищено|знищені|збито|збиті|уничтожены|сбиты)"
)
_CYRILLIC_HARM = re.compile(
    r"загин|загибл|погиб|поранен|ранен|травм|пошкодж|зруйн|поврежд|разруш|влучил|попал[аио]?\b"
)


# A manned aircraft shot down, with people killed: "flight MH17 was shot down over eastern
# Ukraine, killing all 298 people on board", "separatists shot down an Mi-24 helicopter near
# Sloviansk, killing two pilots" (a missile, most often, fired from the ground: the aircraft is
# what was hit, not the means). Drones and missiles shot down are interceptions.
_AIRCRAFT = r"(?:plane|aircraft|airliner|jet|helicopter|flight|airplane|chopper|gunship)s?"
_SHOT_DOWN = re.compile(
    rf"\bshot\s+down\s+(?:an?\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    rf"{_AIRCRAFT}\b|\b{_AIRCRAFT}\b[^.;]{{0,80}}?\b(?:was|were)\s+shot\s+down\b"
)
_KILLED_WORDS = re.compile(r"\b(?:killing|killed|dead|died)\b")


def _shot_down(low: str) -> StrikeCue | None:
    """The cue of a manned aircraft shot down with people killed (``_SHOT_DOWN``)."""
    if "shot down" not in low or _KILLED_WORDS.search(low) is None:
        return None
    found = _SHOT_DOWN.search(low)
    if found is None:
        return None
    start = low.index("shot down", found.start())
    return StrikeCue(start, start + len("shot down"), "missile", None, 0.9)


def shot_down(text: str) -> bool:
    """Whether the sentence tells of a manned aircraft shot down with people killed."""
    low = fold(text)
    return "shot down" in low and _shot_down(low) is not None


def _all_shot_down(padded: str) -> bool:
    """Whether every missile or drone was stopped (or a number of them shot down) and nothing
    is said to be hit."""
    return _stopped_unharmed(padded, _ALL_DOWNED, harm_denied=False)


def names_armed_force(text: str) -> bool:
    """Whether a sentence names a munition or an armed force (cheap; no attack word needed)."""
    return _Reading(text).armed_force()


def is_armed_context(text: str) -> bool:
    """Whether a text is about armed conflict at all (a munition or armed actor is named)."""
    low = fold(text)
    gates = _LEXICON.mask(low)
    if _means_type(low, gates, platforms=False) is not None or (
        gates & _ARMED_GATE and _ARMED.search(pad(low))
    ):
        return True
    if cyrillic.is_cyrillic(text) and cyrillic.is_armed(fold(text)):
        return True
    return any(find_strike(s) for s in _SENTENCE_END.split(text) if find_attacker(s))
