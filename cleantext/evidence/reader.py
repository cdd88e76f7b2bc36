"""Calls to action: a block that speaks to the reader ("you", "Ihre", "vous") and asks something.

A paywall line, a newsletter box, a donation appeal or a consent banner
addresses the reader and asks them to act; a news paragraph that mentions
subscriptions or cookies mostly does not. The words that address the reader
are data, a ``[reader]`` section in each language's cue file
(`cleantext/patterns/cues`), read for the document's language (they collide
across languages: "je" is you in Dutch, I in French). A word written with a
capital there ("Sie", "Ihre") matches only as written, and not as a block's
first word. Words inside quotation marks are not counted: a quoted "you" is
someone speaking in the article, not the page speaking to its reader. Two
features come of them: how much a block addresses the reader, and its
call-to-action cue weight when it does.
"""

from __future__ import annotations

import math
import re

from .cues import CueMatch, find_cues, reader_endings, reader_words, tokens
from .features import may_quote

#: Cue categories that ask the reader to do something.
CALL_TO_ACTION = frozenset(
    {"paywall", "donation", "newsletter", "app_prompt", "qr_code", "cookie_notice", "comments", "share", "advertisement"}
)
#: Call-to-action cue weight, in a block that addresses the reader, that makes it a call to action.
CALL_TO_ACTION_WEIGHT = 1.5
#: Share of a block's words that must address the reader for it to be a call to action.
READER_SHARE = 0.04
#: A short block that opens with a call-to-action phrase this heavy, of two words or more ("Get
#: our", "Jetzt abonnieren", "Subscribe to"), addresses the reader by that opening, as an
#: imperative does. One word is not enough: "Facebook said ...", or "Cookies erst nach der
#: Einwilligung setzen" in an article's list, opens on a noun.
OPENING_WEIGHT = 1.5
OPENING_MAX_WORDS = 40
#: Categories whose cue opens a call to action (an advertisement label, "Anzeige", is a marker, not a request).
_OPENING = CALL_TO_ACTION - {"advertisement"}
#: Quoted speech, up to a long sentence (the cue features skip only short quotations); a German
#: „ may close on a straight quote, as typed. Single
#: quotes ('...' as Dutch and British papers quote, ‘...’) open only after a non-letter and close
#: only before one, so an apostrophe inside a word ("it's", "Hoogeveen's") opens nothing.
_QUOTED = re.compile(
    r'"[^"]{1,400}"|“[^”“]{1,400}”|„[^“”"]{1,400}[“”"]|«[^»]{1,400}»|»[^«»]{1,400}«|”[^”“]{1,400}”'
    r"|(?<![^\W\d_])'[^'\n]{1,400}'(?![^\W\d_])|(?<![^\W\d_])‘[^‘’\n]{1,400}’(?![^\W\d_])"
)


#: A word as `reader_count` reads it: letters, joined by an apostrophe or a hyphen ("you're",
#: "abonne-toi"); "you" inside "you're" is no word of its own.
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
#: A run of letters, as `reader_endings` reads it ("inscrivez" in "inscrivez-vous").
_LETTERS = re.compile(r"[^\W\d_]+")


def reader_count(text: str, language: str | None = None) -> int:
    """How many words of ``text`` address the reader (in ``language``: all languages' words when unknown).

    >>> reader_count("Get our newsletter in your inbox, if you like.")
    2
    >>> reader_count("Sie sagte, sie habe Ihre Nachricht gelesen.", "de"), reader_count("Sie können sich abmelden.", "de")
    (1, 0)
    >>> reader_count('He called it "your one-stop guide" in January.'), reader_count("You’re in, you’ve won.")
    (0, 2)
    >>> reader_count("Moet je dit? 'Zonder te accepteren kon je niets', zei hij.", "nl"), reader_count("It's your call, isn't it?")
    (1, 1)
    >>> reader_count("Je pense que le maire avait raison.", "fr"), reader_count("Je krijgt elke week een mail.", "nl")
    (0, 1)
    >>> reader_count("Recevez chaque matin la lettre : inscrivez-vous.", "fr"), reader_count("Il a pris rendez-vous chez Martinez.", "fr")
    (2, 0)
    >>> reader_count("Envie de nos recettes ? Inscrivez-vous.", "fr"), reader_count("Il a vu Gomez et Martinez.", "fr")
    (1, 0)
    """
    lower, as_written = reader_words(language)
    if may_quote(text) or "'" in text or "‘" in text:
        text = _QUOTED.sub(" ", text)
    if "’" in text:
        text = text.replace("’", "'")
    count = sum(1 for word in _WORD.findall(text.lower()) if word in lower) if lower else 0
    if as_written:
        count += sum(1 for word in _WORD.findall(text)[1:] if word in as_written)  # not as the first word
    endings, excluded = reader_endings(language)
    if endings:
        count += _ending_count(text, endings, excluded)
    return count


#: Letters a word has before a `reader_endings` ending ("votez", "Flashez"; not "nez", "chez").
MIN_STEM_LETTERS = 3


def _ending_count(text: str, endings: frozenset[str], excluded: frozenset[str]) -> int:
    """Words with a reader ending after `MIN_STEM_LETTERS` letters, in lower case or opening the
    block or a sentence ("Recevez chaque matin ...", "... ? Inscrivez-vous"), and not excluded: a
    capitalised word inside a sentence is a name ("Martinez")."""
    count, any_ending = 0, tuple(endings)
    for index, match in enumerate(_LETTERS.finditer(text)):
        word = match.group()
        if word.endswith(any_ending) and (index == 0 or word.islower() or _opens_sentence(text, match.start())) and any(
            word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LETTERS for ending in endings
        ) and word.lower() not in excluded:
            count += 1
    return count


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a sentence's end ("... dimanche matin ? Inscrivez-vous")."""
    before = text[max(0, at - 3) : at].rstrip()
    return before.endswith((".", "?", "!"))


#: Quotation marks a block may open on: a request inside them is someone's words, quoted ("“You've read
#: 3 free articles this month. Subscribe ...,” the banner said"), not the block's own.
_OPENING_QUOTES = ('"', "“", "„", "«", "»", "‘", "'", "”")


def _opens_with_request(cues: list[CueMatch]) -> bool:
    return any(m.start == 0 and m.end >= 2 and m.cue.weight >= OPENING_WEIGHT and m.cue.category in _OPENING for m in cues)


#: A short block closing on a request of a few words ("Jetzt kostenlos abonnieren.", "Subscribe
#: now.") addresses the reader: the closing sentence has at most this many words and a
#: call-to-action phrase of at least `CLOSING_WEIGHT` (a phrase prose rarely uses).
CLOSING_MAX_WORDS = 4
CLOSING_WEIGHT = 2.0
CLOSING_BLOCK_MAX_WORDS = 25
_LAST_SENTENCE = re.compile(r"[.!?]\s([^.!?]{1,60})[.!]?\s*$")  # after another sentence


def _closes_with_request(text: str) -> bool:
    found = _LAST_SENTENCE.search(text[-64:])
    if found is None or len(found.group(1).split()) > CLOSING_MAX_WORDS:
        return False
    closing = find_cues(tokens(found.group(1)), found.group(1))
    return any(m.cue.weight >= CLOSING_WEIGHT and m.cue.category in _OPENING for m in closing)


def reader_features(text: str, words: int, cues: list[CueMatch], language: str | None = None) -> dict[str, float]:
    """``reader`` (share of ``words`` addressing the reader, times ten, at most 1) and
    ``call_to_action`` (the log call-to-action cue weight, when at least `READER_SHARE` address the reader).

    A short block opening with a heavy call-to-action cue ("Get our morning
    briefing"; not inside a quotation it opens on), or closing on a short request ("... Jetzt kostenlos
    abonnieren."), addresses the reader as an imperative does, without "you".
    Cues inside quotation marks are not weighed: they are named, not asked.

    >>> round(reader_features('Klicken Sie auf „Auswahl speichern“ und nicht auf „Alle akzeptieren“.', 10, find_cues(tokens('Klicken Sie auf „Auswahl speichern“ und nicht auf „Alle akzeptieren“.')), "de")["call_to_action"], 2)
    0.0
    """
    share = reader_count(text, language) / max(words, 1)
    if share < READER_SHARE and words <= OPENING_MAX_WORDS and cues:
        if (_opens_with_request(cues) and not text.startswith(_OPENING_QUOTES)) or (words <= CLOSING_BLOCK_MAX_WORDS and _closes_with_request(text)):
            share = READER_SHARE
    weight = sum(m.cue.weight for m in cues if m.cue.category in CALL_TO_ACTION) if share >= READER_SHARE else 0.0
    if weight and (may_quote(text) or "'" in text or "‘" in text):
        weight = _unquoted_weight(text, weight)
    return {"reader": min(share * 10, 1.0), "call_to_action": math.log1p(weight)}


def _unquoted_weight(text: str, weight: float) -> float:
    """The call-to-action cue weight of ``text`` outside quotation marks (``weight`` when nothing is
    quoted): an article naming a banner's buttons ("Klicken Sie auf „Auswahl speichern"") quotes
    them; the banner itself does not."""
    unquoted = _QUOTED.sub(" ", text)
    if unquoted == text:
        return weight
    return sum(m.cue.weight for m in find_cues(tokens(unquoted), unquoted) if m.cue.category in CALL_TO_ACTION)


#: A consent banner ("We use some essential cookies ... how you use the site") asks the reader
#: with less of its text addressing them: its cookie cues weigh this much and this share of
#: its words address the reader.
CONSENT_COOKIE_WEIGHT = 1.5
CONSENT_READER_SHARE = 0.02


def asks_consent(cookie_weight: float, values: dict[str, float]) -> bool:
    """Cookie cues of ``cookie_weight`` beside some words addressing the reader: a consent banner's text."""
    return cookie_weight >= CONSENT_COOKIE_WEIGHT and values.get("reader", 0.0) >= CONSENT_READER_SHARE * 10  # ``reader`` is the share times ten


def is_call_to_action(values: dict[str, float]) -> bool:
    """True for a block that addresses the reader beside enough call-to-action cue weight."""
    return values.get("call_to_action", 0.0) >= _CALL_TO_ACTION_LOG


_CALL_TO_ACTION_LOG = math.log1p(CALL_TO_ACTION_WEIGHT)
