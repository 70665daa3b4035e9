"""Who fired: the perpetrator as the text attributes it, normalised to a small canonical set.

Canonical names (``ACTORS`` keys): "Russian forces", "Ukrainian forces", "Israeli forces",
"Hamas", "Hezbollah", "Houthis", "Islamic Jihad", "Iran", "Syrian government forces",
"Rapid Support Forces", "Sudanese Armed Forces", "Myanmar military", "United States",
"Saudi-led coalition", "Turkey", "Islamic State", "al-Shabaab", "Boko Haram", "Pakistani
Taliban", "Taliban", "al-Qaeda", "JNIM", "Allied Democratic Forces", "Balochistan Liberation
Army", "Kataib Hezbollah", "Pakistan", "India", "Azerbaijan", "Armenia", "M23", and more
armed groups and national forces of the conflicts the labelled cases cover ("Abu Sayyaf",
"PKK", "Libyan National Army", "ELN", "FARC", ...).

An actor counts as the attacker only in agent position: as the modifier of a means or
force ("Russian rocket artillery", "Iranian missile barrage", "RSF artillery fire"), as the
subject of an attack verb ("Russia hit", "Hamas fired"), or after "by" ("fired by
Hezbollah"). Mentions that are speakers ("Russia's defence ministry said", "Moscow
denied"), installed officials ("Russian-installed"), or targets ("strikes on Russian
energy facilities") are not the attacker, and neither is a force that speaks ("Israel's
military said"). Wherever it stands, an actor is attributed the attack when the sentence
blames it, it claims the attack ("the Islamic State group said it carried out",
"Kyiv's drones were responsible") or the means are said to be its ("the warplanes were
believed to be Russian"); a blame after a denial ("Moscow denied responsibility and blamed
Ukrainian forces") is a counter-accusation and attributes nothing.

When the text names nobody, nobody is named: the label convention is "who fired, as the
text attributes it", and an event cannot say that its attacker was guessed.
``normalise_actor`` maps free text (including the dev set's "Russian forces (per ...)"
labels) onto the same canonical names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from processors import cyrillic
from processors.casefold import (
    CaseBlind,
    by_first_letter,
    contains_any,
    flat_alternatives,
    fold,
    split_top,
    word_start_alternation,
)
from processors.sentences import dateline_end

ACTORS: dict[str, str] = {
    "Russian-backed separatists": r"(?:pro-Russian|pro-Russia|Russian-backed|Moscow-backed)\s+"
    r"(?:separatists|rebels|militants|fighters|forces|insurgents)",
    "Russian forces": r"Russians|Russian|Russia|Moscow|Kremlin",
    "Ukrainian forces": r"Ukrainians|Ukrainian|Ukraine|Kyiv|Kiev|SBU",
    # (and as Iranian, Syrian and Palestinian state media name it: "the Zionist regime")
    "Israeli forces": r"Israel\s+Defen[cs]e\s+Forces|Israeli|Israelis|Israel|IDF|"
    r"Zionist\s+(?:regime|enemy|entity|army)",
    "Hamas": r"Hamas|Qassam\s+Brigades|al-Qassam|Al-Qassam",
    "Hezbollah": r"Hezbollah|Hizbollah|Hizballah",
    "Houthis": r"Houthis?|Ansar\s+Allah|Huthis?",
    "Islamic Jihad": r"Islamic\s+Jihad",
    "Iran": r"Iranians?|Iran|IRGC|Revolutionary\s+Guards?",
    "Syrian government forces": r"Syrian\s+(?:government|regime|army|military|air\s+force)|"
    r"Assad(?:\s+regime|\s+government)?|pro-government",
    "Rapid Support Forces": r"Rapid\s+Support\s+Forces|RSF",
    # ("An air strike blamed on Sudan's military tore through the market")
    "Sudanese Armed Forces": r"(?:Sudanese|Sudan['’]s)\s+(?:[Aa]rmed\s+[Ff]orces|army|military|"
    r"[Aa]ir\s+[Ff]orce)|SAF",
    "Myanmar military": r"Myanmar(?:'s)?\s+(?:military|army|junta|air\s+force)|junta|Tatmadaw",
    "United States": r"U\.?S\.?-led\s+coalition|(?:US|U\.S\.|American)-British|"
    r"United\s+States|U\.?S\.?|American",
    # (not another's: "U.S.-led coalition troops")
    # (and as Houthi media name it: "the US-Saudi aggression's massacre in Dahyan")
    "Saudi-led coalition": r"Saudi-led\s+coalition|(?:US|U\.S\.|American)-Saudi|"
    r"Saudi-(?:US|American)|Saudi|coalition(?<!-led\scoalition)",
    "Turkey": r"Turkey|Turkish|Türkiye",
    "Islamic State": r"Islamic\s+State|ISIS|ISIL|ISWAP|ISKP|IS-K|IS",
    "al-Shabaab": r"al-Shabaab|Al-Shabaab|Shabaab|al-Shabab|Al-Shabab|Shabab",
    "Boko Haram": r"Boko\s+Haram",
    # armed groups named with a country's adjective before the country itself: "Pakistani
    # Taliban" is no attack by Pakistan
    "Pakistani Taliban": r"Pakistani\s+Taliban|Tehreek-e-Taliban(?:\s+Pakistan)?|TTP",
    "Taliban": r"Afghan\s+Taliban|Taliban",
    "al-Qaeda": r"al[-\s]Qa(?:e|i)da|Al[-\s]Qa(?:e|i)da|AQAP|AQIM",
    "JNIM": r"JNIM|Jama'at\s+Nusrat\s+al-Islam(?:\s+wal-Muslimin)?",
    "Allied Democratic Forces": r"Allied\s+Democratic\s+Forces",
    "Balochistan Liberation Army": r"Baloch(?:istan)?\s+Liberation\s+Army|BLA",
    "Kataib Hezbollah": r"Kata'?ib\s+Hezbollah",
    "Pakistan": r"Pakistan|Pakistani",
    "India": r"India|Indian",
    "Azerbaijan": r"Azerbaijan|Azerbaijani|Azeri",
    "Armenia": r"Armenia|Armenian",
    "M23": r"M23",
    "Abu Sayyaf": r"Abu\s+Sayyaf",
    "Hayat Tahrir al-Sham": r"Hayat\s+Tahrir\s+al-Sham|HTS|Nusra\s+Front|al-Nusra|Al-Nusra",
    "Syrian Democratic Forces": r"Syrian\s+Democratic\s+Forces|SDF|YPG",
    "PKK": r"PKK|Kurdistan\s+Workers'?\s+Party",
    "Libyan National Army": r"Libyan\s+National\s+Army|LNA|pro-Haftar|Haftar",
    "TPLF": r"TPLF|Tigray\s+People's\s+Liberation\s+Front",
    "Oromo Liberation Army": r"Oromo\s+Liberation\s+Army",
    "Ethiopian military": r"Ethiopian\s+(?:military|army|[Aa]ir\s+[Ff]orce|(?:federal|government|"
    r"National\s+Defen[cs]e)\s+[Ff]orces?)|ENDF",
    "Nigerian military": r"Nigerian\s+(?:military|[Aa]rmy|[Aa]ir\s+[Ff]orce)",
    "Afghan forces": r"Afghan\s+(?:[Aa]ir\s+[Ff]orce|army|[Aa]rmy|(?:security\s+)?forces)",
    "CODECO": r"CODECO",
    "Arakan Army": r"Arakan\s+Army",
    "LTTE": r"LTTE|Tamil\s+Tigers|Liberation\s+Tigers(?:\s+of\s+Tamil\s+Eelam)?",
    "Lashkar-e-Taiba": r"Lashkar-e-Ta(?:i|yyi)ba",
    "Jaish-e-Mohammed": r"Jaish-e-Moh?amm[ae]d",
    "Haqqani network": r"Haqqani\s+network",
    "Jamaat-ul-Ahrar": r"Jamaat-ul-Ahrar",
    "Maoists": r"Maoists?|Naxalites?|Naxals?",
    "ELN": r"ELN|National\s+Liberation\s+Army",
    "FARC": r"FARC|Revolutionary\s+Armed\s+Forces\s+of\s+Colombia",
    "Gulf Clan": r"Gulf\s+Clan|Clan\s+del\s+Golfo",
    "NATO": r"NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation",
    # (not a militia or the Kurds of Iraq: "an Iraqi militia fired rockets at the base")
    "Iraqi forces": r"Iraqi(?!\s+(?:militias?|Shi'ite|Shia|Kurdish|Kurds|Kurdistan))|Iraq",
}
_ACTOR_ALT = "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(ACTORS.values()))
_NAMES = list(ACTORS)
_ACTOR_RE = re.compile(rf"(?<![\w-])(?:{_ACTOR_ALT})(?:'s)?(?![\w-])")
_ACTOR_ALTERNATIVES = flat_alternatives("|".join(ACTORS.values()))


def _actor_scan(alternatives: list[str]) -> re.Pattern[str]:
    """The matches of ``alternatives`` as _ACTOR_RE finds them, found fast
    (``casefold.word_start_alternation``); _ACTOR_RE then names them."""
    return re.compile(
        word_start_alternation("|".join(alternatives), r"[\w-]", folded=False)
        + r"(?:'s)?(?![\w-])"
    )


_ACTOR_SCAN = _actor_scan(_ACTOR_ALTERNATIVES)
# Most sentences hold none of these, and every match of an alternative that opens with a
# lower-case letter ("pro-Russian", "al-Qaeda", "al-Qassam", "al-Shabaab", "junta",
# "coalition", "al-Nusra") holds one, so there the scan tries only the capitalised ones: it
# then stops at capitals only, and finds the same (those alternatives match nowhere, and each
# position tries the others in the same order).
_LOWER_ACTOR_NEEDS = ("pro-", "Qa", "Shaba", "junta", "coalition", "Nusra")
_CAPITALISED_ACTOR_SCAN = _actor_scan([a for a in _ACTOR_ALTERNATIVES if a[0].isupper()])
# (Below, a word before whitespace is matched possessively, ``[\w/-]++\s+``: giving back a
# letter would leave one before ``\s``, so the backtracking it saves finds nothing.)
_FORCE = by_first_letter(split_top(  # (grouped: ``re`` tries one letter's words at a spot)
    r"forces|troops|army|military|soldiers|units|jets?|warplanes?|aircraft|planes?|bombers?|"
    r"helicopters?|drones?|missiles?|rockets?|artillery|shells?|shelling|mortars?|strikes?|"
    r"air[\s-]?strikes?|airstrikes?|attacks?|bombardment|bombings?|fire|gunfire|navy|"
    r"air\s+force|"
    r"positions|side|barrage|salvo|invaders|occupiers|militants|fighters|gunmen|rebels|"
    r"militias?|insurgents|paramilitaries|launchers?|"
    r"offensive|assault|raids?|glide|guided|bombs?|munitions?|warheads?|regime|"
    # (as state media name a side: "the Israeli enemy carried out", "the US-Saudi aggression")
    r"enemy|aggression"
))
_AGENT_AFTER = CaseBlind(
    # (not an actor who only spoke of the attack, or praised or condemned it: "Hamas praised
    # the attack but did not claim it")
    # ("U.S.-led coalition warplanes": the mention "U.S" ends before its last dot)
    rf"\.?\s*(?:(?!said|says|told|called|denied|accused|accuses|blamed|blames|praised|praises|"
    rf"welcomed|welcomes|hailed|hails|celebrated|applauded|lauded|condemned|condemns|"
    rf"denounced|denounces|mourned)"
    # (nor one a clause before the force: "was killed in Ukraine when shelling hit")
    rf"(?!(?:when|as|after|while|before|where|because|since|until|though|although|whereas)\b)"
    rf"[\w/-]++\s+){{0,2}}?"
    rf"(?:{_FORCE})\b"
    # (a force's envoy is a person, often a victim: "India's military attache ... were killed")
    r"(?!\s+(?:attach[eé]s?|advis[eo]rs?|counsell?ors?|doctors?|hospitals?|academ(?:y|ies)|"
    # (nor who writes about it: "Images posted by Russian military bloggers showed")
    r"cemeter(?:y|ies)|courts?|prosecutors?|bloggers?|analysts?|experts?|observers?|"
    r"commentators?|correspondents?)\b)",
)
# The force hit, not the one who fired: "More than 70 Ukrainian soldiers were killed when
# Russian artillery hit a base", "A Russian military air base ... was hit by a Ukrainian
# Tochka-U missile".
_VICTIM_AFTER = CaseBlind(
    # (with another force told with it: "American special forces and Nigerien troops were
    # ambushed")
    rf"(?:'s)?\s*(?:[\w/-]++\s+){{0,2}}?(?:{_FORCE})"
    rf"(?:\s+and\s+(?:[\w/-]++\s+){{0,2}}?(?:{_FORCE}))?\s+(?:were|was|had\s+been|have\s+been|"
    r"are|is)\s+(?:\w++\s+)?(?:killed|wounded|injured|hurt|hit|struck|targeted|shelled|"
    r"attacked|ambushed|damaged|destroyed)\b"
    # ... told as a headline is: "Three Hamas fighters killed in an Israeli strike"
    rf"|(?:'s)?\s*(?:[\w/-]++\s+){{0,2}}?(?:{_FORCE})\s+(?:killed|wounded|injured)\s+(?:in|by|"
    r"when|as|during)\b"
    r"|\s+(?:(?:military|army|naval|air\s+force)\s+)?(?:air\s*bases?|airbases?|airfields?|bases?|"
    r"depots?|barracks|checkpoints?)\b"
    # where the force is, not what it did: "where U.S.-led coalition troops are based",
    # "scorch marks where Russian helicopters had been parked"
    rf"|\.?\s*(?:[\w/.-]++\s+){{0,3}}?(?:{_FORCE})\s+(?:are|were|is|was|had\s+been|have\s+been)\s+"
    r"(?:based|stationed|deployed|housed|parked)\b",
)
# "Israel's military said Hezbollah fired", "Ukraine's army denied": the force is the speaker.
_FORCE_SPEAKS_AFTER = CaseBlind(
    # (its chief who condemned an attack did not fire: "Pakistan's army chief condemned a U.S.
    # drone strike"; nor did a force that came after it)
    rf"(?:'s)?\s*(?:[\w/-]++\s+){{0,2}}?(?:{_FORCE})\s+(?:(?:chief|commander|spokes(?:man|woman|"
    # ("Ukraine's air force had reported earlier that a missile ... had hit Dnipro")
    r"person))\s+)?(?:(?:had|has|have)\s+)?(?:(?:earlier|also|previously|later|first)\s+)?"
    r"(?:said|says|told|denied|denies|reported|announced|added|stated|condemned|"
    r"condemns|denounced|denounces|admits|admitted|acknowledges|acknowledged|warned|warns|"
    # ... or who responded to it: "the Israeli military sent reinforcements to the area"
    r"sent\s+reinforcements|launched\s+a\s+(?:manhunt|search)|searched|sealed\s+off|"
    r"imposed\s+a\s+curfew|took\s+shelter|fired\s+(?:[\w-]+\s+)?interceptors|"
    # ... or hunted or killed the attackers: "Israeli forces killed seven of the gunmen"
    r"(?:were\s+|are\s+)?hunt(?:ed|ing)\s+(?:\w+\s+){0,2}?for|"
    r"(?:killed|shot\s+dead)\s+(?:\w+\s+of\s+)?the\s+"
    r"(?:gunm[ae]n|attackers?|assailants?|bombers?|infiltrators))\b",
)
# The force that killed an attacker, told after him: "The second fled in a car and was later
# killed by Israeli forces".
_ATTACKER_DOWN_BEFORE = CaseBlind(
    r"\b(?:gunm[ae]n|attackers?|assailants?|bombers?|suspects?|the\s+(?:second|first|other))\b"
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:later\s+|also\s+|then\s+)?(?:killed|shot(?:\s+dead)?)\s+"
    r"by\s+(?:the\s+)?$"
)
_VERB_AFTER = CaseBlind(
    # "Yemen's Houthi movement struck", "the Islamic State group attacked"
    r"\s*(?:(?:movement|group|organi[sz]ation)\s+)?"
    r"(?:has\s+|had\s+|have\s+|also\s+|then\s+|again\s+)*(?:hit|struck|strikes|launched|"
    # (not defence: "U.S. forces ... fired Patriot interceptors")
    r"fired(?!\s+(?:[\w-]+\s+)?(?:interceptors?|flares|warning\s+shots|tear\s+gas))|"
    r"shelled|bombed|attacked|pounded|targeted|unleashed|bombarded|sank|was\s+responsible|"
    r"carried\s+out|conducted|dropped|"
    # "the Allied Democratic Forces killed at least 43 people" (not "Hamas fighters killed in
    # an air strike", "killed by", "killed, the army said")
    r"killed(?=\s+(?!(?:in|by|when|as|after|during|on|at(?!\s+least)|while|with|near|and|or|since|"
    r"overnight|last|this|today|yesterday)\b)[\w-])|"
    # what was sent to strike (not "sent reinforcements to the area")
    r"sent\s+(?:[\w'’-]+\s+){0,5}?(?:drones?|missiles?|rockets?|bombers?|jets|warplanes|planes|"
    r"aircraft|helicopters|shells)|"
    # "Israel responded with a wave of air strikes"
    r"(?:responded|retaliated|hit\s+back)\s+with\s+(?:[\w-]+\s+){0,4}?(?:strikes|air\s*strikes|"
    r"shelling|missiles|rockets|drones|bombing|raids|artillery)|"
    r"used\s+(?:[\w/-]+\s+){0,4}?to\s+(?:attack|strike|hit|target|bomb|shell)|"
    r"used\s+(?:[\w./-]+\s+){0,4}?(?:missiles?|drones?|rockets?|bombs?|munitions?|shells?))\b",
)
# Up to two lowercase words (whatever the pattern's flags) between "by" / "blamed" and the
# actor ("by the paramilitary RSF", "from a downed Russian drone"), but no preposition: "hit
# by the war in Ukraine" names a place.
_DESCRIPTORS = (
    r"(?:(?!(?:in|of|at|near|for|from|with|over|across|inside|into|to|against)\b)"
    r"(?-i:[a-z])[\w-]*\s+){0,2}"
)
_BLAMED_BEFORE = re.compile(
    r"\b(?:blamed|blames|blaming|accused|accuses|accusing|attributed\s+(?:it|the\s+\w+)\s+to|"
    # "initial findings pointed to the Islamic State group", "investigations point to"
    r"point(?:s|ed)?\s+to|pointed\s+(?:the\s+finger\s+)?at|"
    # "bore the hallmarks of al-Shabab", "officials suspect Boko Haram"
    r"hallmarks?\s+of|suspect|suspects|suspected)\s+"
    rf"(?:the\s+)?{_DESCRIPTORS}"  # "blaming the paramilitary Rapid Support Forces"
    # ... or its men: "blamed forces loyal to eastern commander Khalifa Haftar", "blaming
    # dissidents of the former FARC guerrilla"
    r"(?:(?:forces|militias?|fighters|troops|gunmen|men|dissidents|members|remnants|"
    r"supporters|followers)\s+(?:loyal\s+to|of)\s+(?:the\s+)?"
    rf"{_DESCRIPTORS}(?:(?-i:[A-Z])[\w-]*\s+)?)?$",
    re.IGNORECASE,
)
# Blamed as a backer, not as who struck: "accused India of backing the attackers".
_BACKER_AFTER = re.compile(
    r"\s+of\s+(?:backing|supporting|sponsoring|arming|funding|financing|harbou?ring|aiding)\b"
)
# "Moscow denied responsibility and blamed Ukrainian forces", "the army said it had not
# targeted civilians and accused the RSF": a denial before the blame makes it a
# counter-accusation, not an attribution.
_DENIED_BEFORE = re.compile(
    r"\b(?:denied|denies|rejected|rejects|(?:said|says)\s+(?:it|they)\s+(?:had|has|have|did|do|"
    r"does|was|were)\s+not)\b",
    re.IGNORECASE,
)
# The claimant may be named with a few words ("The Islamic State group", "Ukraine's SBU security
# service") and speak of its own means ("said its drones had carried out the strike").
_CLAIMED_AFTER = CaseBlind(
    r"(?:'s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|claimed|claims|announced)"
    r"(?:\s+(?:on|late|early)\s+\w+)?\s+(?:that\s+)?(?:it|they|(?:its|their)(?:\s+[\w-]+){1,2})\s+"
    r"(?:had\s+|has\s+|have\s+)?"
    r"(?:launched|fired|struck|attacked|targeted|carried\s+out|hit|shelled|bombed|destroyed)\b",
)
# (The assertions all test the match's start, so their order is free: the cheap "by" / "from"
# lookahead goes first, and the ~50 lookbehinds run only where it holds, not at every position.)
_BY_BEFORE = re.compile(
    r"\b(?=by|from)"
    r"(?<!installed\s)(?<!appointed\s)(?<!backed\s)(?<!controlled\s)(?<!occupied\s)(?<!supported\s)"
    r"(?<!made\s)(?<!supplied\s)(?<!owned\s)(?<!run\s)(?<!operated\s)(?<!funded\s)"
    r"(?<!financed\s)(?<!built\s)"
    # a language: "(translated from Ukrainian)"
    r"(?<!translated\s)"
    # who showed or told it: "Images posted by Russian military bloggers showed"
    r"(?<!posted\s)(?<!published\s)(?<!shared\s)(?<!filmed\s)(?<!released\s)(?<!quoted\s)"
    r"(?<!cited\s)(?<!reported\s)"
    # a deal's brokers: "a ceasefire brokered by Russia and Turkey"
    r"(?<!brokered\s)(?<!mediated\s)(?<!negotiated\s)(?<!sponsored\s)(?<!hosted\s)"
    # ... or its parties: "a de-escalation zone agreed by Russia and Turkey"
    r"(?<!agreed\s)(?<!signed\s)(?<!proposed\s)(?<!approved\s)(?<!guaranteed\s)"
    # ... or who used the site hit: "facilities near Abu Kamal used by Kataib Hezbollah"
    r"(?<!used\s)(?<!housed\s)(?<!manned\s)(?<!frequented\s)(?<!inhabited\s)"
    # people from a country are not its attack: "foreign ministers from the United States"
    + "".join(
        rf"(?<!{noun}\s)"
        for noun in ("ministers", "minister", "officials", "delegates", "delegation", "envoys",
                     "diplomats", "leaders", "tourists", "citizens", "nationals", "visitors",
                     "journalists", "experts",
                     # victims from a country: "killing 16 people, among them four nuns from
                     # India, Rwanda and Kenya"
                     "nuns", "priests", "workers", "students", "pilgrims", "volunteers",
                     # what was supplied from a country: "a hangar holding weapons from the
                     # United States and European countries"
                     "weapons", "arms", "supplies", "equipment", "aid", "deliveries",
                     "shipments",
                     "doctors", "nurses", "engineers", "passengers", "migrants", "refugees",
                     "people", "victims", "residents", "families", "children", "women",
                     # who may strike back later: "braced for possible retaliation from Iran"
                     "retaliation", "reprisals")
    )
    + rf"\b(?:by|from)\s+(?:the\s+|an?\s+)?"
    # "launched by Yemen's Houthis"
    rf"(?:(?-i:[A-Z])[\w-]*['’]s\s+)?{_DESCRIPTORS}$",
    re.IGNORECASE,
)
# Who holds or guards a place, not who fired: "near the shrine that is guarded by
# pro-government militias", "a district controlled by the army".
_HOLDER_BEFORE = re.compile(
    r"\b(?:guarded|protected|defended|held|controlled|patrolled|manned|secured|run|occupied|"
    r"housed)\s+by\s+(?:the\s+)?(?:pro-)?$",
    re.IGNORECASE,
)
# Who used the site hit, told in a relative clause: "a building ... which Turkish units had used
# as an operations centre" (not who struck it).
_USER_OF_SITE_BEFORE = re.compile(r"\b(?:which|that|where)\s+(?:the\s+)?$", re.IGNORECASE)
_USER_OF_SITE_NEEDS = ("which", "that", "where")  # one is in every match (folded)
_DATELINE_REACH = 60  # characters: a mention further on is past any dateline
_USER_OF_SITE_AFTER = CaseBlind(
    r"(?:\s+[\w-]+){0,2}?\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?(?:used|using|occupied|"
    r"occupying|set\s+up|based|stationed|"
    # ... or were not: "hit areas where Islamic State forces were probably not present"
    r"(?:were|was)\s+(?:\w+\s+)?(?:not\s+)?present)\b"
)
# "The Armed Forces of Ukraine struck ...": the country named after its forces fired.
# (These patterns before a mention open at a word: ``word_start_alternation`` lets ``re`` skip
# to the letters they open with instead of trying them at every position of the window.)
_FORCES_OF_BEFORE = CaseBlind(
    word_start_alternation(
        r"\b(?:armed\s+forces|army|military|navy|air\s+force|troops|forces|fighters|militants|"
        r"gunmen|insurgents|rebels|members)\s+of\s+(?:the\s+)?$"
    )
)
# The means an actor fired, told before it: "raids launched by the aircraft of the Zionist
# enemy", "missiles of an Israeli air aggression slammed into a building" (what it flies or
# fires: "the shelling of Ukrainian positions" names a target).
_MEANS_OF_BEFORE = CaseBlind(
    word_start_alternation(
        r"\b(?:warplanes?|aircraft|jets|planes|drones?|missiles?|rockets?|artillery|gunboats|"
        r"helicopters|bombers|raids)\s+of\s+(?:the\s+|an?\s+)?$"
    )
)
# ... unless they came down: "An Il-76 transport aircraft of the Russian Aerospace Forces went
# down in the Belgorod Region".
_DOWNED_AFTER = CaseBlind(
    r"[^.;]{0,60}?\b(?:went\s+down|crashed|came\s+down|was\s+(?:shot\s+)?down(?:ed)?)\b"
)
# "killed in Israeli airstrikes": "in" before the actor's means, not a place hit.
_IN_MEANS_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|died|perished|destroyed|damaged|collapsed|flattened|levell?ed|"
    r"razed|wrecked)\s+in\s+(?:the\s+|an?\s+)?$"
)
# What is left of the attacker's munitions ("Debris of Ukrainian drones downed overnight fell
# on the refinery"): they were its, shot down or not.
_DEBRIS_OF_BEFORE = CaseBlind(
    r"\b(?:debris|fragments|wreckage)\s+(?:from|of)\s+(?:the\s+|an?\s+)?$"
)
_DEBRIS_NEEDS = ("debris", "fragments", "wreckage")
_MUNITIONS_AFTER = CaseBlind(
    r"\s+(?:[\w-]+\s+)?(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)\b"
)
_TARGET_BEFORE = CaseBlind(
    word_start_alternation(
        r"\b(?:on|against|at|towards?|into|over|in|near|of|for|"
        # a side in a fight, not who struck: "after hours of fighting between Taliban fighters
        # and Afghan police"
        r"between|"
        r"(?:response|retaliation|revenge|reply)\s+to|"
        # (and who a place hit hosts: "the airport, which hosts U.S.-led coalition troops")
        r"hosts|hosting|housing|houses|"
        # the force an attack hit: "The strike hit Turkish troops", "the biggest loss for
        # Turkey's military"
        r"hit|struck|targeted|killed|killing|wounded|wounding|shelled|bombed|pounded)"
        # (counted: "it had hit more than 40 Russian military aircraft")
        r"\s+(?:the\s+|(?:(?:more\s+than|at\s+least|about|over|nearly|some)\s+)?\d[\d,]*\s+)?$"
        # whom the victims served: "a vehicle carrying mechanics who worked for a Taliban unit"
        r"|\b(?:worked|working|works)\s+for\s+(?:the\s+|an?\s+)?$"
    )
)
_SPEAKER_AFTER = CaseBlind(
    r"(?:'s)?\s*(?:[\w-]+\s+)?(?:said|says|denied|denies|claimed|ministry|officials?|envoy|"
    # "the figure first given by a Taliban police spokesman"
    r"spokes(?:man|men|woman|women|person|people)|"
    r"authorities|administration|"
    r"media|state|foreign|defen[cs]e\s+ministry|-installed|-appointed|-backed|-controlled|"
    # (but "U.S.-led coalition warplanes struck": the coalition it leads is its force)
    r"-occupied|border|city|capital|territory|president|government\s+said)\b|-(?!led\b)",
)
# A state's news outlet, that only carried the report: "a statement carried by the Saudi Press
# Agency", "Syrian state television said".
_MEDIA_AFTER = CaseBlind(
    r"(?:'s)?\s+(?:state\s+|official\s+)?(?:press\s+agency|news\s+agency|television|tv|radio|"
    r"broadcaster)\b"
)
_MEDIA_NEEDS = ("press", "agency", "televis", "tv", "radio", "broadcast")
# Who served in a force, not the force: "a 42-year-old U.S. Army veteran from Texas".
_VETERAN_AFTER = CaseBlind(r"(?:'s)?(?:\s+[\w-]+){0,2}?\s+veterans?\b")
# Neither who spoke nor who looks into it fired: "Iraqi security and militia sources said",
# "Iraqi forces were leading the investigation into Saturday's attack".
_NOT_ATTACKER_AFTER = CaseBlind(
    r"(?:\s+[\w-]+){0,3}?\s+sources\s+(?:said|say|says|told|reported)\b|"
    r"(?:\s+[\w-]+)?\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:leading|conducting|heading|"
    r"running)\s+(?:the|an)\s+(?:investigation|inquiry|probe)\b"
)
# How many people a figure before a force counts ("a dozen American soldiers").
_HEADCOUNT = (
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozen|"
    r"dozens\s+of|scores\s+of|hundreds\s+of|thousands\s+of"
)
_COUNT_BEFORE = re.compile(rf"\b(?:{_HEADCOUNT})\s+$", re.IGNORECASE)
# Whom victims work for: "mechanics who work for a Taliban military unit".
_MEMBER_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|serv(?:e|es|ed|ing))\s+(?:for|with|in)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# Men, not the weapons or aircraft that are counted too ("Three Russian missiles slammed").
_MEN_END = re.compile(
    r"(?:soldiers?|troops|servicem[ae]n|forces|fighters|police(?:men)?|officers|marines|"
    r"paratroopers|guards(?:men)?|personnel|commandos|peacekeepers|gendarmes)$"
)
# What men on the ground do in an attack: "200 Russian troops stormed the village".
_ASSAULT_AFTER = CaseBlind(
    r"\s+(?:\w+\s+)?(?:stormed|raided|overran|ambushed|assaulted|opened\s+fire|advanced)\b"
)
# People of a force, counted: the attack's victims ("wounding three coalition service members
# and two Iraqi soldiers"), not who fired.
_COUNTED_BEFORE = re.compile(
    rf"\b(?:wound|kill|injur|hurt)\w*\b[^.;]{{0,60}}?\b(?:{_HEADCOUNT})\s+$",
    re.IGNORECASE,
)
_PEOPLE_AFTER = CaseBlind(
    r"\s+(?:soldiers?|troops|servicem[ae]n|service\s+members|policem[ae]n|police\s+officers|"
    r"officers|marines|personnel|contractors)\b"
)
_RESPONSIBILITY_AFTER = CaseBlind(
    # (after an acronym in brackets too: "Muslims (JNIM) claimed the assaults")
    r"\)?(?:'s)?\s+(?:\w+\s+)?(?:claimed|claims|has\s+claimed|took|has\s+taken)\s+responsibility|"
    # "Islamic State later claimed the attack", "claimed the twin suicide bombings"
    r"\)?(?:'s)?\s+(?:\w+\s+){0,2}?(?:claimed|claims|has\s+claimed)\s+(?:the\s+|both\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|strikes?|assaults?|blasts?|explosions?|raids?)\b"
    r"(?!\s+(?:was|were|is|are|had|has|hit|targeted)\b)|"  # "claimed the attack was staged"
    r"(?:'s)?(?:\s+[\w-]+){0,2}?"
    # "the Rapid Support Forces and their ally, the SPLM-North faction, were responsible"
    r"(?:\s+and\s+(?:their|its)\s+(?:[\w-]+\s+)?all(?:y|ies)(?:,[^,.;]{1,80},)?)?"
    r"\s+(?:was|were)\s+(?:responsible|behind)\b|"
    # "No group claimed responsibility, but Boko Haram is the main suspect"
    r"\s+(?:is|was|are|were)\s+(?:the\s+)?(?:main|prime|chief|principal|leading|likely)\s+"
    r"suspects?\b|"
    # "The National Liberation Army (ELN) admitted blowing up the pipeline"
    r"(?:\s+\([\w-]+\))?\s+(?:admitted|admits|acknowledged|acknowledges)\s+(?:to\s+)?"
    r"(?:blowing\s+up|attacking|bombing|shelling|firing|launching|carrying\s+out|planting)\b",
)
# "the warplanes were believed to be Russian": the means identified by whose they were.
_IDENTIFIED_BEFORE = CaseBlind(
    word_start_alternation(
        rf"\b(?:{_FORCE})\s+(?:was|were)\s+"
        r"(?:(?:believed|thought|said|suspected|likely|probably)\s+"
        r"(?:to\s+(?:be|have\s+been)\s+)?)?(?:the\s+)?$"
        # "the aircraft belonged to the Syrian government"
        rf"|\b(?:{_FORCE})\s+(?:(?:was|were)\s+)?belong(?:ed|s|ing)?\s+to\s+(?:the\s+)?$"
    )
)
# "the army" / "the military", read as the struck country's armed forces (``NATIONAL_ARMIES``);
# so are "military jets": in those wars only the state flies them.
_THE_ARMY = re.compile(
    r"(?<=\bthe\s)(?:army|military|armed\s+forces|air\s+force)\b(?:'s)?"
    r"|\b(?:military|army)\s+(?:jets?|warplanes?|aircraft|helicopters?|drones?)\b"
    # ("a government helicopter dropped barrel bombs carrying chlorine on Saraqeb")
    r"|\b(?<!pro-)government\s+(?:jets?|warplanes?|aircraft|helicopters?|planes?|forces|troops)\b",
    re.IGNORECASE,
)
# Literals one of which every match of _THE_ARMY holds, folded ("air force" by "force"; none
# with "i", "s" or "k", which IGNORECASE also matches in a few non-ASCII letters).
_THE_ARMY_NEEDS = ("arm", "tary", "force", "government")
_UNCLEAR = re.compile(
    r"\b(?:not\s+(?:immediately\s+)?clear|unclear|unknown|no\s+(?:group|one)\s+(?:has\s+)?claimed)\b",
    re.IGNORECASE,
)
# Literals one of which every match of _UNCLEAR holds, folded (as for _THE_ARMY: "unknown" by
# "nown", "claimed" by "cla").
_UNCLEAR_NEEDS = ("clear", "nown", "cla")


def normalise_actor(text: str | None) -> str | None:
    """The canonical actor named first in ``text`` (free text or a label), or None."""
    if not text:
        return None
    m = _ACTOR_RE.search(re.sub(r"\(.*?\)", "", text))
    return _name(m) if m else None


# What each mention text names: the first alternative of _ACTOR_RE that matches a text is
# the same wherever the text stands, so it is looked up once per text ("Russia's").
_MENTIONED: dict[str, str] = {}
_MAX_MENTIONS = 10_000
# Literals one of which the text before a mention holds, folded, when the pattern matches
# (none with "i", "s" or "k", which IGNORECASE also matches in a few non-ASCII letters).
_BLAMED_NEEDS = ("blam", "accu", "attr", "point", "hallmark", "suspect")
_BY_NEEDS = ("by", "from")
_IDENTIFIED_NEEDS = ("wa", "wer", "belong")
# Literals one of which the text after a mention holds, folded, when _CLAIMED_AFTER or
# _RESPONSIBILITY_AFTER (_CLAIM_NEEDS) or _FORCE_SPEAKS_AFTER (_SPEAKS_NEEDS) matches there.
# They hold "i", "s" or "k", so they rule a match out only in an ASCII text (``_may_follow``).
_CLAIM_NEEDS = (
    "said", "says", "claim", "announced", "responsib", "behind", "suspect", "admit", "acknowledg",
)
_SPEAKS_NEEDS = (
    "said", "says", "told", "denie", "reported", "announced", "added", "stated", "condemn",
    "denounce", "admit", "acknowledge", "warn", "reinforcement", "manhunt", "launched a search",
    "searched", "sealed", "curfew", "shelter", "interceptor", "hunt", "gunm", "attacker",
    "assailant", "bomber", "infiltrator",
)  # fmt: skip


def _actor_mentions(text: str) -> Iterator[tuple[int, int, str]]:
    """Where ``_ACTOR_RE`` matches and the actor: a match of the scan at a position is the
    match of _ACTOR_RE there (same alternatives, same order)."""
    lower = contains_any(text, _LOWER_ACTOR_NEEDS)
    for found in (_ACTOR_SCAN if lower else _CAPITALISED_ACTOR_SCAN).finditer(text):
        mention = found.group()
        name = _MENTIONED.get(mention)
        if name is None:
            if len(_MENTIONED) > _MAX_MENTIONS:
                _MENTIONED.clear()
            match = _ACTOR_RE.match(text, found.start())
            name = _MENTIONED[mention] = _name(match)  # type: ignore[arg-type]
        yield found.start(), found.end(), name


def _name(match: re.Match[str]) -> str:
    return _NAMES[int(match.lastgroup[1:])]  # type: ignore[index]


# The patterns run on the text before a mention (``search(text, near, start)``: ``$`` is the
# mention) or after it (``match(text, end)``), without copying either part. A match of those
# before (_BLAMED_BEFORE, _IDENTIFIED_BEFORE, _BY_BEFORE, _TARGET_BEFORE) spans at most this
# many words ("the warplanes were believed to have been the"), so the search starts where
# they do: ``re`` still sees the text before ``near`` (lookbehinds, ``\b``), and no match
# can start earlier, so it finds what a search of the whole text before the mention finds.
_BEFORE_WORDS = 8


def _words_start(text: str, end: int) -> int:
    r"""Where the last ``_BEFORE_WORDS`` words of ``text[:end]`` start (words are separated by
    what ``\s`` matches, as they are for ``str.split``)."""
    head = text[:end]
    words = head.rsplit(None, _BEFORE_WORDS)
    if len(words) <= _BEFORE_WORDS:
        return 0
    return head.find(words[1], len(words[0]))


def _attribution(text: str, low: str, near: int, start: int, end: int) -> bool | None:
    """Whether the sentence attributes the attack to the mention wherever it stands: True when
    it blames it, it claims the attack or it is named as whose the means were; False for a
    counter-accusation (a blame after a denial); None when it says neither."""
    if _holds(low, _BLAMED_NEEDS, near, start) and _BLAMED_BEFORE.search(text, near, start):
        return _DENIED_BEFORE.search(text, 0, start) is None and not _BACKER_AFTER.match(low, end)
    if _may_follow(text, low, end, _CLAIM_NEEDS) and (
        _CLAIMED_AFTER.match(text, end, low) or _RESPONSIBILITY_AFTER.match(text, end, low)
    ):
        return True
    if (
        _holds(low, _IDENTIFIED_NEEDS, near, start)
        and not text.startswith("-", end)  # "the drones were Iranian-made"
        and _IDENTIFIED_BEFORE.search(text, near, start, low)
    ):
        return True
    return None


def _may_follow(text: str, low: str, end: int, literals: tuple[str, ...]) -> bool:
    """Whether a pattern each match of which holds one of ``literals`` (folded) may match
    ``text`` from ``end``. IGNORECASE also matches "i", "s" and "k" to a few letters beyond
    ASCII ("ı", "ſ", "K"), so only an ASCII text (``str.isascii`` reads a flag) is ruled out."""
    return not text.isascii() or _holds(low, literals, end, len(low))


def _holds(low: str, literals: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``low[start:end]`` holds one of ``literals``."""
    for literal in literals:  # noqa: SIM110 - a plain loop: any() over a generator costs more
        if low.find(literal, start, end) >= 0:
            return True
    return False


def _mentions(text: str, low: str, home_army: str | None) -> list[tuple[int, int, str]]:
    """The actor mentions, plus "the army" as ``home_army`` when the struck country's army is
    one side of its war (``national_army``). ``low`` is ``fold(text)``."""
    found = list(_actor_mentions(text))
    if home_army and contains_any(low, _THE_ARMY_NEEDS):
        found += [(m.start(), m.end(), home_army) for m in _THE_ARMY.finditer(text)]
        found.sort()
    return found


# A claim the sentence says others reject: "The Kremlin has suggested the Dnipro block was
# brought down by a Ukrainian air-defence missile, a claim Kyiv and independent analysts reject".
_REJECTED_CLAIM = CaseBlind(
    r"\b(?:suggested|suggests|claimed|claims|alleged|alleges|insisted|insists|asserted)\b[^.;]*?,\s+"
    r"(?:a|an)\s+(?:claim|allegation|assertion|version|account|charge)\s+(?:that\s+)?[^.;]{0,60}?"
    r"\b(?:rejects?|rejected|den(?:y|ies|ied)|dismiss(?:es|ed)?|disputes?|disputed)\b"
)


_REJECTED_NEEDS = (
    ", a claim", ", an allegation", ", an assertion", ", a version", ", an account", ", a charge",
)  # fmt: skip


def find_attacker(text: str, home_army: str | None = None) -> str | None:
    """The actor a sentence presents as the one who fired, or None; none that a claim the
    sentence says others reject names."""
    low = fold(text)
    media = contains_any(low, _MEDIA_NEEDS)
    rejected = (
        _REJECTED_CLAIM.search(text, low=low) if contains_any(low, _REJECTED_NEEDS) else None
    )
    filed: int | None = None  # where a dateline ends, looked for only when a mention is early
    for start, end, name in _mentions(text, low, home_army):
        if rejected is not None and start > rejected.start():
            continue
        if start < _DATELINE_REACH:
            if filed is None:
                filed = dateline_end(text) if text[:1].isupper() else 0
            if start < filed:
                continue  # where the report was filed: "IRPIN, Ukraine - Russian mortar ..."
        if media and _MEDIA_AFTER.match(text, end, low):
            continue  # whose news outlet carried the report did not fire
        near = _words_start(text, start)
        attributed = _attribution(text, low, near, start, end)
        if attributed is not None:
            if attributed:
                return name
            continue
        if (
            (
                _may_follow(text, low, end, _SPEAKS_NEEDS)
                and _FORCE_SPEAKS_AFTER.match(text, end, low)
            )
            or (_SPEAKER_AFTER.match(text, end, low) and not _AGENT_AFTER.match(text, end, low))
            or ("veteran" in low and _VETERAN_AFTER.match(text, end, low))
            or (
                ("sources" in low or "investigation" in low or "inquiry" in low or "probe" in low)
                and _NOT_ATTACKER_AFTER.match(text, end, low)
            )
            or (
                _COUNTED_BEFORE.search(text, max(0, start - 90), start)
                and _PEOPLE_AFTER.match(text, end, low)
            )
        ):
            continue
        if (
            _holds(low, _USER_OF_SITE_NEEDS, near, start)
            and _USER_OF_SITE_BEFORE.search(text, near, start)
            and _USER_OF_SITE_AFTER.match(text, end, low)
        ):
            continue
        if _holds(low, _BY_NEEDS, near, start):
            if _HOLDER_BEFORE.search(text, near, start) or _ATTACKER_DOWN_BEFORE.search(
                text, max(0, start - 140), start, low
            ):
                continue
            if _BY_BEFORE.search(text, near, start):
                if _DENIED_BEFORE.search(text, 0, start) is not None:
                    continue  # a denial's counter-claim: "denies responsibility and says
                    # Tochka-U missiles are used only by the Ukrainian army"
                return name
        if _FORCES_OF_BEFORE.search(text, near, start, low) and _VERB_AFTER.match(text, end, low):
            return name
        if (
            _holds(low, (" of ",), near, start)
            and _MEANS_OF_BEFORE.search(text, near, start, low)
            and not _VICTIM_AFTER.match(text, end, low)
            and not _DOWNED_AFTER.match(text, end, low)
        ):
            return name
        if (
            _holds(low, _DEBRIS_NEEDS, near, start)
            and _DEBRIS_OF_BEFORE.search(text, near, start, low)
            and _MUNITIONS_AFTER.match(text, end, low)
        ):
            return name  # "Debris of Ukrainian drones downed overnight fell on the refinery"
        if _TARGET_BEFORE.search(text, near, start, low) and not (
            _IN_MEANS_BEFORE.search(text, near, start) and _AGENT_AFTER.match(text, end, low)
        ):
            continue
        if _VICTIM_AFTER.match(text, end, low) or _MEMBER_BEFORE.search(text, near, start):
            continue
        if _VERB_AFTER.match(text, end, low):
            return name
        agent = _AGENT_AFTER.match(text, end, low)
        if agent is not None and not (
            # counted men are who was there, not who fired, unless they act: "a dozen
            # American soldiers and about 30 Nigerien troops", not "200 Russian troops stormed"
            _COUNT_BEFORE.search(text, max(0, start - 16), start)
            and _MEN_END.search(low, agent.start(), agent.end()) is not None
            and not _VERB_AFTER.match(text, agent.end(), low)
            and not _ASSAULT_AFTER.match(text, agent.end(), low)
        ):
            return name
    return cyrillic.find_attacker(low) if cyrillic.is_cyrillic(text) else None


def find_blamed(text: str, home_army: str | None = None) -> str | None:
    """The actor a sentence blames or that claims the attack ("officials blamed the al-Shabaab
    militants", "Hamas said it had fired", "Kyiv's drones were responsible"), whatever else
    the sentence is about (but not a claim it says others reject)."""
    low = fold(text)
    rejected = (
        _REJECTED_CLAIM.search(text, low=low) if contains_any(low, _REJECTED_NEEDS) else None
    )
    for start, end, name in _mentions(text, low, home_army):
        if rejected is not None and start > rejected.start():
            continue
        if _attribution(text, low, _words_start(text, start), start, end):
            return name
    return cyrillic.find_blamed(low) if cyrillic.is_cyrillic(text) else None


def is_unattributed(text: str) -> bool:
    """Whether a sentence says the attacker is not known."""
    return contains_any(fold(text), _UNCLEAR_NEEDS) and bool(_UNCLEAR.search(text))


# In these civil wars "the army" is one side (the state's forces; the other side is not an
# army), so a text about a strike in the country that says "blamed the army" names it.
NATIONAL_ARMIES: dict[str, str] = {
    "SD": "Sudanese Armed Forces",
    "MM": "Myanmar military",
    "SY": "Syrian government forces",
}


# The state an actor fires from, for states that strike abroad: a report datelined in its
# capital ("WASHINGTON — The United States bombed three Iranian nuclear sites") tells of a
# strike elsewhere. (Armies fighting at home, ``NATIONAL_ARMIES``, are left out.)
ACTOR_COUNTRIES: dict[str, str] = {
    "Russian forces": "RU",
    "Ukrainian forces": "UA",
    "Israeli forces": "IL",
    "Iran": "IR",
    "United States": "US",
    "Turkey": "TR",
    "Pakistan": "PK",
    "India": "IN",
    "Azerbaijan": "AZ",
    "Armenia": "AM",
    "Saudi-led coalition": "SA",
    "Iraqi forces": "IQ",
}


def national_army(country_code: str | None) -> str | None:
    """What "the army" means in a text about a strike in that country, or None."""
    return NATIONAL_ARMIES.get(country_code or "")
