"""'Related:' lines and related-content link lists.

Removes "Related: <headline>" / "Read more: ..." / "Lesen Sie auch: ..." lines,
and a "Related articles" / "Most read" heading together with the run of short,
headline-like items right after it. A heading is one of the listed heading
phrases, or a short line made mostly of related-content cue words
(`cleantext/patterns/cues`: "Mehr aus dem Oberland", "More from Westbay").

Must not remove: a body paragraph after such a heading (a full sentence ends
the run), the article's subheading over a long paragraph or a heading of a
word or two over any text ("Ficha técnica" over the line-ups: they end the
run too), or a paragraph that starts with "Read more" as ordinary prose. A line
of the run whose cues say another kind of furniture ("Impressum Datenschutz
Kontakt", "© Südwestwelle 2025": the footer after the list) goes with that
kind's label, and past the headlines a run of one- or two-word lines is a
menu's ("Impressum", "Kontakt", "Jobs"; "Anasayfa", "Gündem" under a ticker's
label) and goes as ``navigation``; the page's tag line and its comments heading
("Štítky: ...", "Diskuze (3)") end the run, left to their own steps.
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..evidence.cues import category_weights, category_words, find_cues, tokens
from ..patterns import category, page_languages, sentences
from ..pipeline import register_filter
from .base import is_phrase_block, starts_with_prefix
from .line_shapes import is_weather_line
from .metadata_line import is_taxonomy_line

#: Most items taken after a related-content heading.
MAX_LIST_ITEMS = 15
#: Words of a paragraph that makes the headline-like line above it the article's subheading.
ARTICLE_PARAGRAPH_WORDS = 40
#: Cue weight of another category that labels a line of a related list by that category (the footer after it).
OTHER_FURNITURE_WEIGHT = 2.0
#: A heading found by its cues: at most this many words, half of them in
#: related-content cues weighing at least `HEADING_CUE_WEIGHT`.
HEADING_WORDS = 6
HEADING_CUE_WEIGHT = 2.0


#: A list's number before an item: "1. ", "12) ".
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)] ")


#: Words of a headline in two parts (a statement and a question: "... płatny. Ile zapłacimy?"); one
#: opening on a quotation mark is someone's words.
TWO_PART_HEADLINE_WORDS = (6, 16)
_QUOTE_OPENINGS = ('"', "“", "„", "«", "»", "‘", "'", "–", "—", "-")


def is_headline_text(text: str) -> bool:
    """A short link-like line: a headline, not a sentence of body prose.

    A list's number in front ("1. Pool fees rise again", a most-read list) is not a sentence of its own.
    A headline may be in two parts, of `TWO_PART_HEADLINE_WORDS` words, the last not closed by a
    full stop ("Parking przy dworcu będzie płatny. Ile zapłacimy?"), not opening as a quotation.

    >>> is_headline_text("Pool fees rise again"), is_headline_text("The pool opens in May. Fees rise.")
    (True, False)
    >>> is_headline_text("2. Muere a los 91 años el actor Ramón Esteve")
    True
    >>> is_headline_text("Quem vai ser o próximo presidente? Três nomes em cima da mesa")
    True
    """
    text = _LIST_NUMBER.sub("", text.strip(), count=1)
    if not 0 < len(text) <= 150 or text.endswith((".", ":")):
        return False
    parts = len(sentences(text))
    if parts == 1:
        return True
    # two parts, not someone's words ("«Du, Oliver! Weisst du ...?»", "Öh, glaub ja. Weshalb?")
    return parts == 2 and TWO_PART_HEADLINE_WORDS[0] <= len(text.split()) <= TWO_PART_HEADLINE_WORDS[1] and not text.startswith(_QUOTE_OPENINGS)


#: A teaser under a related headline: one or two sentences of this many words at most.
TEASER_WORDS = 30
#: Cues of other furniture weighing this much make a short sentence under a headline no teaser.
TEASER_CUE_WEIGHT = 1.0
#: Teasers are read only after this many sentences of `TEASER_AFTER_WORDS` words or more (the
#: article's paragraphs): a "read more" button over the headline and its dek at the top of the
#: page takes neither.
TEASER_AFTER_PARAGRAPHS = 3
TEASER_AFTER_WORDS = 20


def _is_teaser(text: str, following: str | None) -> bool:
    """A headline's teaser in a related list: a short sentence or two (`TEASER_WORDS`) with the
    list going on under it (another headline, a related-content heading) or nothing after it.

    "More than 600 people have signed a petition ..." under "Parents petition for crossing
    patrol ...", over "Town centre market moves to Sundays". A short paragraph over another
    paragraph is the article's, under its subheading: the run ends there.
    """
    if is_headline_text(text) or not text.rstrip().endswith((".", "!", "?", "…")):
        return False
    if len(text.split()) > TEASER_WORDS or len(sentences(text)) > 2:
        return False
    if sum(weight for category, weight in category_weights(text).items() if category != "related") >= TEASER_CUE_WEIGHT:
        return False  # a newsletter's or an app's prompt between the list and the footer
    if following is None or is_related_heading(following):
        return True
    return is_headline_text(following)


def is_related_heading(text: str) -> bool:
    """True for the heading of a related-content list ("Related articles", "Mehr zum Thema").

    >>> is_related_heading("Mehr zum Thema"), is_related_heading("What the council decided")
    (True, False)
    """
    if len(text) > 60:
        return False
    return any(category("related").fullmatch("headings", s) for s in sentences(text)[:1]) or _cue_heading(text)


def _cue_heading(text: str) -> bool:
    """A short line, no sentence nor separator in it (but a closing colon), made mostly of related-content cues.

    >>> _cue_heading("Mehr aus dem Oberland"), _cue_heading("Read more: Tunnel delayed again"), _cue_heading("Lue aiheesta lisää:")
    (True, False, True)
    >>> _cue_heading("Lesen Sie dazu auch die Pressemitteilungen:")
    False
    """
    text = text.rstrip()
    label = text.endswith(":")
    if label:
        text = text[:-1]  # a label over its list ("Lees ook:"), all but a word of it cues ("Lesen Sie dazu auch die Pressemitteilungen:" leads in)
    if text.count(" ") >= HEADING_WORDS or any(mark in text for mark in ".:|!?"):
        return False
    words = tokens(text)
    if not 0 < len(words) <= HEADING_WORDS or category_words("related").isdisjoint(words):
        return False  # a line with no word of a related-content cue holds none
    cues = [m for m in find_cues(words) if m.cue.category == "related"]
    covered = sum(m.end - m.start for m in cues)
    uncovered = len(words) - covered  # a label with a colon: one word beside its cues at most
    return sum(m.cue.weight for m in cues) >= HEADING_CUE_WEIGHT and (uncovered <= 1 if label else 2 * covered >= len(words))


#: A label opening a line: at most this many words before its colon, covered by related-content
#: cues weighing this much ("Lees ook: ...", "Läs också: ..."), in any language with a cue file.
LABEL_WORDS = 4
LABEL_CUE_WEIGHT = 2.5
#: Words of the headline after such a label at most.
LABELLED_HEADLINE_WORDS = 25


def is_cue_labelled_link(text: str) -> bool:
    """A line opening with a related-content label of the cue files, a colon and a headline.

    >>> is_cue_labelled_link("Lees ook: Steeds meer gemeenten schaffen de parkeerautomaat af – en dan?")
    True
    >>> is_cue_labelled_link("Read also: the council met on Monday. It voted to close the pool.")
    False
    """
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or label.count(" ") >= LABEL_WORDS or len(rest.split()) > LABELLED_HEADLINE_WORDS:
        return False
    words = tokens(label)
    if not 0 < len(words) <= LABEL_WORDS or category_words("related").isdisjoint(words):
        return False
    cues = [m for m in find_cues(words) if m.cue.category == "related"]
    if sum(m.end - m.start for m in cues) != len(words) or max((m.cue.weight for m in cues), default=0.0) < LABEL_CUE_WEIGHT:
        return False
    return is_headline_text(rest) or len(sentences(rest)) == 1


#: Characters of a comments heading at most ("Diskuse (23 příspěvků)", "47 comentarios").
COMMENTS_HEADING_CHARS = 40


def counted_comments(text: str, words: list[str] | None = None) -> bool:
    """A comment section's heading with its count: comments cues and a number, nothing else.

    >>> counted_comments("Comentários (2)"), counted_comments("3 comments"), counted_comments("Comments on the budget")
    (True, True, False)
    """
    if len(text) > COMMENTS_HEADING_CHARS or not any(c.isdigit() for c in text):
        return False
    words = tokens(text) if words is None else words  # ``words``: the text's tokens, when the caller has them
    if not 0 < len(words) <= 3 or not any(w.isdigit() for w in words):
        return False
    cues = [m for m in find_cues(words) if m.cue.category == "comments"]
    return bool(cues) and sum(m.end - m.start for m in cues) + sum(w.isdigit() for w in words) == len(words)


def is_comments_heading(text: str) -> bool:
    """A comment section's heading: comments cues and perhaps their count, nothing else.

    >>> is_comments_heading("Comentarios"), is_comments_heading("Diskuse (23 příspěvků)"), is_comments_heading("Comments on the budget")
    (True, True, False)
    """
    if len(text) > COMMENTS_HEADING_CHARS:
        return False  # a heading is short: no words to cut
    words = tokens(text)
    if category_words("comments").isdisjoint(words):
        return False  # no word of a comments cue
    if counted_comments(text, words):
        return True
    if not 0 < len(words) <= 2:
        return False
    cues = [m for m in find_cues(words) if m.cue.category == "comments"]
    return sum(m.end - m.start for m in cues) == len(words)


def _other_furniture(text: str) -> str | None:
    """The category whose cues weigh `OTHER_FURNITURE_WEIGHT` and more than the related ones, if any.

    >>> _other_furniture("Impressum Datenschutz Barrierefreiheit Kontakt"), _other_furniture("Pool fees rise again")
    ('navigation', None)
    """
    weights = category_weights(text)
    floor = max(OTHER_FURNITURE_WEIGHT, weights.pop("related", 0.0) + 1e-9)
    best = max(weights, key=weights.__getitem__, default=None)
    return best if best is not None and weights[best] >= floor else None


#: Lines of one or two words in a row that make the run after a related-content cue a menu, not a
#: list of headlines ("Son Dakika", then "Anasayfa", "Gündem", "İzmir" ...), or end the list (the
#: footer's "Impressum", "Datenschutz", "Kontakt").
MENU_ITEM_WORDS = 2
MENU_MIN_ITEMS = 3


def _menu_follows(body: list[Block], start: int) -> bool:
    """Whether the `MENU_MIN_ITEMS` lines from ``start`` are a menu's items, of `MENU_ITEM_WORDS` words at most."""
    items = body[start : start + MENU_MIN_ITEMS]
    return len(items) == MENU_MIN_ITEMS and all(
        len(b.text.split()) <= MENU_ITEM_WORDS and is_headline_text(b.text) for b in items
    )


#: Lines of text in a row (no headline among them) under a label of a word or two that make it a
#: heading of the article's text: a related headline has a teaser of one block under it at most.
TEXT_LINES_UNDER_LABEL = 2


def _text_follows(body: list[Block], start: int) -> bool:
    """Whether the `TEXT_LINES_UNDER_LABEL` lines from ``start`` are text, no headline among them."""
    lines = body[start : start + TEXT_LINES_UNDER_LABEL]
    return len(lines) == TEXT_LINES_UNDER_LABEL and not any(is_headline_text(b.text) for b in lines)


@register_filter("related")
def related(doc: Document) -> None:
    languages = page_languages(doc.language)
    cat = category("related", languages)
    comments_phrases = category("comments", languages)
    body = [block for _, block in doc.body()]
    long_before = 0  # the article's paragraphs before body[i] (`TEASER_AFTER_WORDS`): teasers come after it
    i = 0
    while i < len(body):
        block = body[i]
        if is_related_heading(block.text):
            doc.drop(block, "related", "heading of a related-content list")
            j = i + 1
            menu = False  # past the list's headlines, a menu's links (the footer's): named so
            while j < len(body) and j - i <= MAX_LIST_ITEMS and is_headline_text(body[j].text):
                menu = menu or _menu_follows(body, j)
                if j + 1 < len(body) and len(body[j + 1].text.split()) >= ARTICLE_PARAGRAPH_WORDS:
                    break  # a subheading: the article goes on under it (a teaser is shorter)
                if len(body[j].text.split()) <= MENU_ITEM_WORDS and _text_follows(body, j + 1):
                    break  # a label of a word or two over text ("Ficha técnica" over the line-ups): no headline
                if is_taxonomy_line(body[j].text) or is_phrase_block(body[j].text, comments_phrases) or is_comments_heading(body[j].text):
                    break  # the page's tags or its comments heading ("Štítky: ...", "Diskuze (3)"): the list ended
                other = _other_furniture(body[j].text)
                if is_weather_line(body[j].text):
                    doc.drop(body[j], "outside_main_content", "a weather widget's line (a temperature) after a related-content list")
                elif other:
                    doc.drop(body[j], other, f"{other} cues in the lines of a related-content list")
                elif menu:
                    doc.drop(body[j], "navigation", "a menu's link, one of several short lines in a row, in the lines of a related-content list")
                else:
                    doc.drop(body[j], "related", "headline in the related-content list after its heading")
                j += 1
                after_article = long_before >= TEASER_AFTER_PARAGRAPHS
                same_kind = j < len(body) and body[j].kind == body[j - 1].kind  # a list's item has no paragraph for a teaser
                if after_article and same_kind and _is_teaser(body[j].text, body[j + 1].text if j + 1 < len(body) else None):
                    doc.drop(body[j], "related", "a teaser under a headline of the related-content list")
                    j += 1
            i = j
            continue
        if starts_with_prefix(block.text, cat, max_chars=250):
            doc.drop(block, "related", "a 'Related:' / 'Read more:' line")
        elif is_cue_labelled_link(block.text):
            doc.drop(block, "related", "a line opening with a related-content label of the cue files, then a headline")
        text = block.text  # (spaces counted for words: cheaper than a split of every block)
        long_before += text.count(" ") >= TEASER_AFTER_WORDS - 1 and text.rstrip().endswith((".", "!", "?", "…", '"', "»", "”"))
        i += 1
