"""The page's title line over a whole page's text: the headline and the site's name.

Text made from a whole page may open with the page's ``<title>``: "Lungomare,
dal 16 marzo partono i lavori - Comune di Marina di Cestra", "Most přes Orlici
se na půl roku zavře | Orlický zpravodaj". The headline itself stands further
down, over the article. The first line is such a title when, cut at its last
separator (" | ", " - ", " – ", " — "), what is left of the site's name (a few
words) and a later line are mostly the same words: that line is the headline.
A title worded apart from the headline (for search engines) is still the page's
title when the site's name after the separator comes back further down as a
line of its own (the masthead). The headline is then found as on any page.

A page may open on its masthead instead: the site's name and its motto ("Kőrösvidéki
Hírlap – a Kőrös-vidék hírportálja", `masthead_line`), the name coming back
further down (its copyright line, a photo's credit).
"""

from __future__ import annotations

import re

from ..document import Block
from ..evidence.cues import category_weights, tokens
from ..ingest.plaintext import is_breadcrumb

#: The separators a page's title puts between the headline and the site's name.
_SEPARATOR = re.compile(r" [|–—-] ")
#: The site's name after the separator: at most this many words.
SITE_WORDS = 6
#: Words the title (before the separator) and the headline share, of the words of both (an
#: image's alt text naming the same subject shares fewer).
SHARED_WORDS = 0.7
#: Lines read below the title for the headline.
REACH = 60


def page_title_line(blocks: list[Block]) -> tuple[int, int | None] | None:
    """``(title, headline)``: indexes of the page's title line and of the headline it repeats (``None``
    when the title is worded apart and only the site's name comes back), or ``None``."""
    first = next((i for i, b in enumerate(blocks) if b.is_body), None)
    if first is None:
        return None
    parts = _SEPARATOR.split(blocks[first].text)
    if len(parts) < 2 or len(parts[-1].split()) > SITE_WORDS:
        return None
    head = set(tokens(" ".join(parts[:-1])))
    if len(head) < 3:
        return None
    for index in range(first + 1, min(len(blocks), first + 1 + REACH)):
        block = blocks[index]
        if not block.is_body:
            continue
        words = set(tokens(block.text))
        if len(head & words) >= SHARED_WORDS * len(head | words):
            return first, index
    site = parts[-1].strip().casefold()
    if len(site) >= 3 and any(block.text.strip().casefold() == site for block in blocks[first + 1 :]):
        return first, None
    return None


#: A masthead's separators: those of a title, and the middle dot.
_MASTHEAD_SEPARATOR = re.compile(r" [|–—·-] ")
#: Words of a masthead line at most, and body lines from the top read for it.
MASTHEAD_WORDS = 12
MASTHEAD_REACH = 3
#: Body lines a masthead stands at least above the core (the article does not open on it).
MASTHEAD_GAP = 3


def masthead_line(blocks: list[Block], core_start: int | None, headline: set[int], article_prose: list[bool] | None = None) -> int | None:
    """The index of the site's name and motto at the top of the page ("Diario del Alto Jalón ·
    El periódico de la comarca"), or ``None``: among the first `MASTHEAD_REACH` body lines, well
    above the core (or above its headline) and not its headline, a short line of two parts, no sentence, whose first part
    (a name of up to `SITE_WORDS` words with a capital, not in capitals, no cue word: "Nyheter ·
    Strömsvik" names a section) comes back in a later line, one no paragraph of the article when
    ``article_prose`` says which lines are the prose of its core: a site names itself again in its
    footer, a photo's credit or a sign-up box, an article the subject of its headline in its
    paragraphs ("Barcamp Graz 2015 – Politcamp Call for Action" over "In nicht mehr ganz 2
    Wochen ist es soweit: das Barcamp Graz ...")."""
    if core_start is None:
        return None
    body = [i for i, b in enumerate(blocks[:core_start]) if b.is_body]
    for index in body[:MASTHEAD_REACH]:
        text = blocks[index].text
        # the headline found below it: no gap needed, but the page's path there is navigation ("Region · Verkehr")
        above_headline = bool(headline) and index < min(headline) and not is_breadcrumb(text)
        if index in headline or (core_start - index < MASTHEAD_GAP and not above_headline):
            continue
        if len(text.split()) > MASTHEAD_WORDS or text.rstrip().endswith("."):
            continue
        parts = _MASTHEAD_SEPARATOR.split(text)
        name = parts[0].strip()
        if len(parts) != 2 or not 1 <= len(name.split()) <= SITE_WORDS or not name[:1].isupper() or name.isupper():
            continue
        if category_weights(name):
            continue  # a section's name ("Nyheter · Strömsvik"), not the site's
        needle = name.casefold()
        later = range(index + 1, len(blocks))
        if any(needle in blocks[i].text.casefold() for i in later if article_prose is None or not article_prose[i]):
            return index
    return None
