"""Calls to action: a block that speaks to the reader ("you", "Ihre", "vous") and asks something.

A paywall line, a newsletter box, a donation appeal or a consent banner
addresses the reader and asks them to act; a news paragraph that mentions
subscriptions or cookies mostly does not. The words that address the reader
are data, a ``[reader]`` section in each language's cue file
(`cleantext/patterns/cues`); a word written with a capital there ("Sie",
"Ihre") matches only as written, and not as a block's first word. Two features
come of them: how much a block addresses the reader, and its call-to-action
cue weight when it does. Words inside quotation marks are not counted: a
quoted "you" is someone speaking in the article, not the page speaking to its
reader.
"""

from __future__ import annotations

import math
import re

from .cues import CueMatch, reader_words

#: Cue categories that ask the reader to do something.
CALL_TO_ACTION = frozenset(
    {"paywall", "donation", "newsletter", "app_prompt", "qr_code", "cookie_notice", "comments", "share", "advertisement"}
)
#: Call-to-action cue weight, in a block that addresses the reader, that makes it a call to action.
CALL_TO_ACTION_WEIGHT = 1.5
#: Share of a block's words that must address the reader for it to be a call to action.
READER_SHARE = 0.04
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_QUOTED = re.compile(r'"[^"]{1,400}"|“[^”“]{1,400}”|„[^“”]{1,400}[“”]|«[^»]{1,400}»')


def reader_count(text: str) -> int:
    """How many words of ``text`` address the reader.

    >>> reader_count("Get our newsletter in your inbox, if you like.")
    2
    >>> reader_count("Sie sagte, sie habe Ihre Nachricht gelesen."), reader_count("Sie können sich abmelden.")
    (1, 0)
    >>> reader_count('He called it "your one-stop guide" in January.')
    0
    """
    lower, cased = reader_words()
    if '"' in text or "“" in text or "„" in text or "«" in text:
        text = _QUOTED.sub(" ", text)
    words = _WORD.findall(text.replace("’", "'"))
    return sum(1 for i, w in enumerate(words) if w.lower() in lower or (i and w in cased))


def reader_features(text: str, words: int, cues: list[CueMatch]) -> dict[str, float]:
    """``reader`` (share of ``words`` addressing the reader, times ten, at most 1) and
    ``call_to_action`` (the log call-to-action cue weight, when at least `READER_SHARE` address the reader)."""
    share = reader_count(text) / max(words, 1)
    weight = sum(m.cue.weight for m in cues if m.cue.category in CALL_TO_ACTION) if share >= READER_SHARE else 0.0
    return {"reader": min(share * 10, 1.0), "call_to_action": math.log1p(weight)}


def is_call_to_action(values: dict[str, float]) -> bool:
    """True for a block that addresses the reader beside enough call-to-action cue weight."""
    return values.get("call_to_action", 0.0) >= _CALL_TO_ACTION_LOG


_CALL_TO_ACTION_LOG = math.log1p(CALL_TO_ACTION_WEIGHT)
