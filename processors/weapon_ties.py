"""Is a weapon named in a sentence tied to the attack the sentence reports, or background?

News about a strike often names weapons that played no part in it: what a country asks its
allies for ("more Patriots to stop Iskander missiles"), what a plant produces ("where Shahed
drones are assembled"), what an army has used for years, or an earlier strike ("Last month,
Kinzhal missiles hit the port"). Those names must not become the event's weapons, while a
follow-up ("The air force said Iskander-M missiles were used") must. The test is on the
wording around the name, so it holds for any weapon and any war:

- the clause naming the weapon speaks of requests, supplies, production, stocks or storage, air
  defence against it, habitual use ("since 2022", "repeatedly"), other targets, or what the
  attack answered ("a response to Ukraine firing ATACMS") -> background;
- the sentence up to the end of that clause puts it at another time ("last month",
  "two weeks after", "in 2023") -> background.

Dates the text states explicitly are compared with the event's date by the caller.
"""

from __future__ import annotations

import re

from processors.casefold import compile_folded, fold, pad, word_start_alternation


def _word_starts(pattern: str, not_after: str) -> re.Pattern[str]:
    """``(?<!not_after)(?:pattern)``, case-blind, to run on ``pad(fold(sentence))``: as with
    ``casefold.compile_word_starts``, it opens with the character before the word, so ``re``
    tries it once per word instead of at every position; ``[^a-z0-9_]`` is a bitmap test,
    where ``[^\\w]`` asks Unicode (the check after the first letter rejects the few more
    candidates). A match's ``start()`` is the word's offset in the sentence, its ``end()``
    one more than there."""
    return compile_folded(r"[^a-z0-9_]" + word_start_alternation(pattern, not_after))


# Clause breaks (a full stop too: the sentence splitter keeps "Iskander-Ms. President" as one),
# and the conjunctions that open a clause about the attack after a statement ("Zelenskyy
# renewed his appeal for air defence after Iskander missiles killed 20"). Written to open with
# the class of every break's first character, so ``re`` jumps from candidate to candidate in
# C; each candidate character opens only one of the breaks.
_CLAUSE_BREAK = re.compile(
    r"[,;:—–().\s](?:(?<=[,;:—–()])|(?<=\.)\s+(?=[A-Z])|"
    r"(?<=\s)(?=[AaWwBb])(?=(?i:after|when|as|while|before|whereas)\s))"
)
# A weapon in such a clause is the object of a request, a delivery, production, a stock,
# defence against it, or habitual use, not the means of this attack. (These two run on the
# padded folded sentence, so ``re`` tries them once per word, see ``_word_starts``.)
_NOT_THIS_ATTACK = _word_starts(
    r"ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}for|request\w*|appeal\w*|urg(?:e|es|ed|ing)\b|"
    r"plead\w*|call(?:s|ed|ing)?\s+for|need(?:s|ed)?\b|want(?:s|ed)?\b|"
    r"deliver(?:y|ies|ed|ing)?\b|suppl(?:y|ies|ying)\b|provid(?:e|es|ed|ing)\b|"
    r"pledg\w*|promis\w*|transfer\w*|approv\w*|authori[sz]\w*|permission|"
    r"acquir\w*|purchas\w*|buy(?:s|ing)?\b|bought|aid\s+package|package\s+of|shipments?|"
    r"produc(?:e|es|ed|ing|tion)\b|manufactur\w*|assembl(?:e|es|ed|ing)\b|"
    r"stockpil\w*|arsenal|inventor(?:y|ies)|stocks?\s+of|"
    # what was kept at the place hit: "where the army had stored Scud missiles"
    r"stor(?:ed|ing|es|age)\b|housed\b|hid\b|hidden\b|hiding\b|"
    r"to\s+(?:stop|intercept|counter|shoot\s+down|defend\s+against|protect\s+against|"
    r"fend\s+off|repel)|"
    # what it is compared with: "a warhead of close to a tonne, roughly twice that of a Kalibr"
    r"(?:that|those)\s+of\s+(?:an?|the)\b|compared\s+(?:with|to)\b|similar\s+to\b|"
    r"(?:bigger|larger|heavier|faster|slower|smaller|lighter|longer|cheaper|older|newer)\s+than\b|"
    # (not the adverb: "the police chief has since said the supermarket was hit by a Kh-38")
    r"since\b(?!\s+(?:\w+ed|said|told|been|shown|found|made|taken|become|seen|given)\b)|regularly|repeatedly|routinely|frequently|increasingly|often|usually|"
    r"throughout\s+the\s+war|in\s+recent\s+(?:days|weeks|months|years)|"
    # fired elsewhere: "alongside a Kinzhal and seven Kh-101 cruise missiles fired at other
    # targets"; or what the attack answered: "the strike was a response to Ukraine firing US
    # ATACMS and British Storm Shadow missiles into Russian territory"
    r"(?:at|on|against)\s+other\s+(?:targets|cities|towns|regions|areas|places|sites)\b|"
    # ("called it a reply to Ukraine's use of ATACMS and Storm Shadow missiles")
    r"(?:response|reply|answer)\s+to\b|retaliation\s+(?:for|against)\b|revenge\s+for\b",
    r"[\w-]",
)
# Time words that set a strike at another time than the one reported.
_OTHER_TIME = _word_starts(
    r"(?:last|previous|past)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|"
    r"(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year)\b|"
    r"(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:ago|earlier|before|after|later|previously)\b|"
    r"in\s+(?:19|20)\d\d\b|in\s+the\s+past\b|previously\b|the\s+year\s+before\b",
    r"\w",
)


def weapon_clause(sentence: str, position: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``position`` (offsets in the sentence)."""
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() > position:
            end = match.start()
            break
    return start, end


def is_background_weapon(
    sentence: str, start: int, clause: tuple[int, int] | None = None
) -> bool:
    """Whether the weapon named at ``start`` of ``sentence`` is background to the attack the
    sentence reports (see the module doc); ``clause``: its ``weapon_clause``, when the caller
    has it already."""
    clause_start, clause_end = clause or weapon_clause(sentence, start)
    padded = pad(fold(sentence))
    if _NOT_THIS_ATTACK.search(padded, clause_start, clause_end + 1):
        return True
    return _OTHER_TIME.search(padded, 0, clause_end + 1) is not None
