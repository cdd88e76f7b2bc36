"""The headline of plain text: the last headline-like block before the first paragraph.

Runs last, on plain text without a title. The text must open with at most
`MAX_OPENING_LINES` short lines without a closing full stop before its first
paragraph: the last of them is the title, and a line of at most
`MAX_KICKER_WORDS` words, shorter than the headline, right before it is the
kicker ("The Long Read", "Kommentar"), labelled ``kicker``. Longer runs of such lines are a list or a
menu, not a headline. Block kinds are not consulted, since ``doc.text`` does
not keep them: this keeps cleaning idempotent (the body cleaned again yields no
new title).

Must not remove: anything from HTML input, whose title comes from the page.
"""

from __future__ import annotations

from ..document import Document
from ..ingest.plaintext import is_title_like
from ..pipeline import register_filter


#: Headline-like lines allowed before the first paragraph (a kicker and the headline).
MAX_OPENING_LINES = 2
MAX_KICKER_WORDS = 4


@register_filter("title")
def title(doc: Document) -> None:
    if doc.source_format != "text" or doc.title:
        return
    body = [block for _, block in doc.body()]
    first_paragraph = next((i for i, b in enumerate(body) if not is_title_like(b.text)), None)
    if first_paragraph is None or not 1 <= first_paragraph <= MAX_OPENING_LINES:
        return
    headline = body[first_paragraph - 1]
    if first_paragraph == 2:
        kicker = body[0]
        words = len(kicker.text.split())
        if words > MAX_KICKER_WORDS or words >= len(headline.text.split()):
            return  # two headline-like lines, the first not a kicker: no telling which is the title
        doc.drop(kicker, "kicker", "a short line right above the headline")
    doc.title = headline.text
    doc.all_blocks.remove(headline)
