"""What a feed copies from the web page around a report, blanked before extraction.

Feed items often carry the page's furniture with the story: boxes of links to other stories
("Read more:", "Related:", "MOST READ" and their items), one-line links ("Related: Houthi
missile hits Jaffa playground (Dec 21)") and photo captions ("[Caption: Emergency workers at
the theatre square after a missile struck it on Aug. 19, 2023. (Archive photo)]"). Their
strikes are other stories' or old ones, so they must not become this report's events. They
are replaced by spaces (line breaks kept), so every offset in the text still holds.

Posts copied from Telegram or X also open their lines with emoji ("⚡️ LISICHANSK (LPR): 28
dead ...", "🔴 CHERNIHIV: 18 dead") and number a thread's posts ("1/3"). They carry no words,
but in front of a dateline or a heading they hide it, so each is replaced by spaces too
(``blank_pictographs``).
"""

from __future__ import annotations

import re

# The label of a box of links, on a line of its own.
_LINK_BOX_LABEL = (
    r"(?:related(?:\s+(?:stories|articles|coverage|content|links|news|reading))?|"
    r"read\s+(?:more|next|also)|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|"
    r"most\s+(?:read|popular|viewed|shared)|top\s+stories|you\s+may\s+also\s+like|"
    r"recommended(?:\s+(?:stories|reading))?)"
)
# Each alternative opens a line. The pattern runs at the text's start and after each line
# break (``_AFTER_BREAK``: a literal first character, so ``re`` skips from break to break,
# where a line-start anchor would be tried at every character).
_CLUTTER = (
    # a box: its label, then its items one a line, up to a blank line
    rf"[ \t]*{_LINK_BOX_LABEL}[ \t]*:?[ \t]*(?:\n[^\n]*[^\s][^\n]*)+"
    # a link on the label's line: "Related: Ukraine marks two years since the invasion (Feb 24)"
    r"|[ \t]*(?:related|read\s+(?:more|next|also)|see\s+also|also\s+read)[ \t]*:[^\n]*"
    # a caption in brackets, on a line of its own: "[Photo: ...]", "[Photo caption: ...]"
    r"|[ \t]*\[(?:photo|photograph|caption|image|picture|pictured)\b[^\]\n]*\][ \t]*(?=\n|$)"
)
_AT_START = re.compile(_CLUTTER, re.IGNORECASE)
_AFTER_BREAK = re.compile(rf"\n(?:{_CLUTTER})", re.IGNORECASE)
_NOT_A_BREAK = re.compile(r"[^\n]")


def blank_page_clutter(text: str) -> str:
    """``text`` with its link boxes, link lines and bracketed captions replaced by spaces."""
    spans = [(m.start() + 1, m.end()) for m in _AFTER_BREAK.finditer(text)]
    first = _AT_START.match(text)
    if first is not None:
        spans.insert(0, first.span())
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        if start < at:
            continue  # (inside a box already blanked)
        parts += [text[at:start], _NOT_A_BREAK.sub(" ", text[start:end])]
        at = end
    return "".join([*parts, text[at:]])


# Emoji and pictographs, one code point each: the emoji planes (faces, symbols, transport,
# flags' regional letters), miscellaneous symbols and dingbats ("⚡", "✅", "❗"), technical
# symbols ("⏰"), geometric shapes ("▪", "🔴" is in the emoji plane), stars and arrows of the
# supplemental block ("⭐"), "‼" and "⁉", and the joiners and variation selectors that
# build them.
_PICTOGRAPH = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u25A0-\u25FF\u2B00-\u2BFF"
    "\u203C\u2049\uFE0E\uFE0F\u200D\u20E3]"
)


def blank_pictographs(text: str) -> str:
    """``text`` with each emoji or pictograph replaced by a space (offsets hold), and a
    thread's post counters ("1/3 🇸🇩 PORT SUDAN — ...") at the start of a line too."""
    if not text.isascii():
        text = _PICTOGRAPH.sub(" ", text)
    if "/" in text:
        text = _THREAD_COUNTER.sub(_blank_counter, text)
    return text


# A thread's post counter opening a line: "1/3", "2/3" (the first no larger than the second,
# so a date such as "12/05" is left alone).
_THREAD_COUNTER = re.compile(r"(?m)^([ \t]*)(\d{1,2})/(\d{1,2})(?=[ \t])")


def _blank_counter(match: re.Match[str]) -> str:
    post, posts = int(match[2]), int(match[3])
    return " " * len(match[0]) if 0 < post <= posts <= 30 else match[0]
