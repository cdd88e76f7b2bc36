"""The headline of plain text: the last headline-like block before the first paragraph.

Runs last, on plain text without a title. The text must open with at most
`MAX_OPENING_LINES` short lines without a closing full stop before its first
paragraph: the last of them is the title, and a line of at most
`MAX_KICKER_WORDS` words, shorter than the headline, right before it is the
kicker ("The Long Read", "Kommentar"), labelled ``kicker``; the page's path there
("Lokalt | Skole og uddannelse", `is_breadcrumb`) goes as ``navigation``. Longer runs of such lines are a list or a
menu, not a headline. Block kinds are not consulted, since ``doc.text`` does
not keep them: this keeps cleaning idempotent (the body cleaned again yields no
new title). A headline that ``block_evidence`` found above a whole page's
article (hint ``headline``) is taken, whatever stands before it.

Must not remove: anything from HTML input, whose title comes from the page.
"""

from __future__ import annotations

from ..document import Block, Document
from ..evidence.cues import tokens
from ..ingest.plaintext import is_breadcrumb, is_title_like
from ..pipeline import register_filter

#: Headline-like lines allowed before the first paragraph (a kicker and the headline).
MAX_OPENING_LINES = 2
MAX_KICKER_WORDS = 4


@register_filter("title")
def title(doc: Document) -> None:
    if doc.source_format != "text" or doc.title:
        return
    body = [block for _, block in doc.body()]
    marked = next((i for i, b in enumerate(body) if "headline" in b.hints), None)
    if marked is not None:
        if marked >= 1 and _is_kicker(body[marked - 1], body[marked]):
            doc.drop(body[marked - 1], "kicker", "a short line right above the headline")
        elif marked >= 1 and _is_path_over(body[marked - 1], body[marked]):
            doc.drop(body[marked - 1], "navigation", "the page's path (short items between separators) right above the headline")
        doc.title = body[marked].text
        _take_out(doc, body[marked])
        return
    first_paragraph = next((i for i, b in enumerate(body) if not is_title_like(b.text)), None)
    if first_paragraph is None or not 1 <= first_paragraph <= MAX_OPENING_LINES:
        return
    headline = body[first_paragraph - 1]
    if first_paragraph == 2:
        if _is_path_over(body[0], headline):
            doc.drop(body[0], "navigation", "the page's path (short items between separators) right above the headline")
        elif not _is_kicker(body[0], headline):
            return  # two headline-like lines, the first not a kicker: no telling which is the title
        else:
            doc.drop(body[0], "kicker", "a short line right above the headline")
    doc.title = headline.text
    _take_out(doc, headline)


def _take_out(doc: Document, block: Block) -> None:
    """Remove ``block`` itself (by identity: comparing blocks by value would word their reasons)."""
    doc.all_blocks[:] = [b for b in doc.all_blocks if b is not block]


def _is_path_over(line: Block, headline: Block) -> bool:
    """The page's path right over the headline (`is_breadcrumb`: "Lokalt | Skole og uddannelse"),
    with at most half of its words the headline's own: "Derek Jarman · The Garden" over "The
    Garden · Derek Jarman (1990)" says the headline again, it is not a path."""
    return is_breadcrumb(line.text) and not says_the_headline(line.text, headline.text)


def says_the_headline(text: str, headline: str) -> bool:
    """Whether more than half of a line's words (of three letters or more) are the headline's own."""
    words = [w for w in tokens(text) if len(w) >= 3]
    told = set(tokens(headline))
    return bool(words) and 2 * sum(w in told for w in words) > len(words)


def _is_kicker(line: Block, headline: Block) -> bool:
    words = len(line.text.split())
    if is_breadcrumb(line.text):
        return False  # the page's path ("Uutiset › Kuohula"), not a kicker
    return is_title_like(line.text) and words <= MAX_KICKER_WORDS and words < len(headline.text.split())
