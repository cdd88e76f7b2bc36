"""Lines of an article's head that say who wrote it and when, not what it is about.

Walking back from the article to its headline (`article_head.find_headline`),
such a line is passed by, and the text's first line is no headline when it is
one: the rest of a head line opening on a separator ("| Klaus
Quibeldey-Cirkel"), a short line naming an author beside a date ("Erstellt von
Fabian am Dienstag 6. Mai 2014"), a short line of capitalised words and figures
with a date, a head line's cue or the name said twice ("Christoph Becker 71
Kommentare", "Emmanuelle Ducros Emmanuelle Ducros"), a short line closing on an
author's first and last name ("Blog Beitrag von Margarita Koreneva") and a
comment count ("..., 0 Comment"). The shapes hold in any language with byline
and comment cues; none removes a line by itself.
"""

from __future__ import annotations

import re

from ..evidence.cues import tokens
from ..evidence.features import BlockFeatures

#: The cue categories of the lines a page sets under its headline: the date, the byline, the
#: comment count, the share bar.
HEAD_LINE_CUES = frozenset({"metadata_line", "byline", "comments", "share"})
#: Words up to which a line with byline or date cues is a head line, passed on the way to the headline.
BYLINE_WORDS = 8

#: What a fragment of a head line or a list's item opens on ("| Klaus Quibeldey-Cirkel", the
#: author after a date the scraper dropped; "- Ehemalige Abgeordnete"): a headline opens on a word,
#: a figure or a quotation mark (German »...«, ›...‹ too).
_FRAGMENT_OPENINGS = ("|", "•", "·", "/", "~", ",", ";", "- ", "– ", "— ")


def is_who_and_when(text: str, features: BlockFeatures) -> bool:
    """A line of the article's head that is no headline (the module's docstring). A name's cue
    inside a longer line is no byline alone: "... kippt Cookie-Banner von Brakenstedter
    Versandhändler" is a headline.

    >>> from cleantext.evidence.features import block_features
    >>> [is_who_and_when(t, block_features(t, None, 0.3)) for t in ("| Klaus Quibeldey-Cirkel", "Plex bekommt eine Podcast-Funktion")]
    [True, False]
    """
    if text.lstrip().startswith(_FRAGMENT_OPENINGS):
        return True
    if features.values["date_time"] and features.words <= BYLINE_WORDS + 2 and any(m.cue.category == "byline" for m in features.cues):
        return True
    return _names_and_marks(text, features) or _signed(text, features) or _comment_count(text, features)


#: Words of a line closing on the author's name ("Artikel von Alexa von Heyden", "Blog Beitrag von
#: Margarita Koreneva"), and words before the name's cue.
SIGNED_WORDS = 6
SIGNED_OPENING_WORDS = 2


def _signed(text: str, features: BlockFeatures) -> bool:
    """A short line closing on a name's cue of a first and a last name ("von <name>") that opens
    among its first words: who wrote it ("Blog Beitrag von Margarita Koreneva"), not a product
    and its maker ("Heizjacken von Bosch")."""
    named = [m for m in features.cues if m.cue.category == "byline" and "<name>" in m.cue.phrase]
    return (
        bool(named)
        and features.words <= SIGNED_WORDS
        and named[0].start <= SIGNED_OPENING_WORDS
        and named[-1].end == len(tokens(text))
        and named[-1].end - named[-1].start - named[-1].cue.literal_words >= 2
    )


def _comment_count(text: str, features: BlockFeatures) -> bool:
    """A short line with a comment count ("Martin Clavey Politique scientifique française , 0 Comment"):
    a figure right before a comments cue."""
    if features.words > BYLINE_WORDS + 2:
        return False
    words = tokens(text)
    return any(m.cue.category == "comments" and m.start > 0 and words[m.start - 1].isdigit() for m in features.cues)


_FIGURES = re.compile(r"\d+")


def _names_and_marks(text: str, features: BlockFeatures) -> bool:
    """A short line of capitalised words and figures only, a name's shape, with a date, a cue of
    the head's lines (a comment count, a byline) or the name said twice: who wrote it and when
    ("Christoph Becker 71 Kommentare", "Shana Nys DambrotNovember 6, 2023", "Emmanuelle Ducros
    Emmanuelle Ducros"), not a headline in title case ("Meet Cultural Cultivation Artist Alexandria
    Douziech", "Fünf HR-Trends 2023": a year alone is no date)."""
    words = text.split()
    if not 2 <= len(words) <= BYLINE_WORDS or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    half = len(words) // 2
    said_twice = len(words) % 2 == 0 and words[:half] == words[half:]
    marked = any(m.cue.category in HEAD_LINE_CUES for m in features.cues)
    return said_twice or marked or (bool(features.values["date_time"]) and len(_FIGURES.findall(text)) >= 2)
