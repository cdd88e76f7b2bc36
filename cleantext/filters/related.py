"""'Related:' lines and related-content link lists.

Removes "Related: <headline>" / "Read more: ..." / "Lesen Sie auch: ..." lines,
and a "Related articles" / "Most read" heading together with the run of short,
headline-like items right after it.

Must not remove: a body paragraph after such a heading (a full sentence ends
the run), or a paragraph that starts with "Read more" as ordinary prose.
"""

from __future__ import annotations

from ..document import Block, Document
from ..patterns import category, sentences
from ..pipeline import register_filter
from .base import starts_with_prefix

#: Most items taken after a related-content heading.
MAX_LIST_ITEMS = 15


def _is_headline_item(block: Block) -> bool:
    """A short link-like line: a headline, not a sentence of body prose."""
    text = block.text.strip()
    return 0 < len(text) <= 150 and not text.endswith((".", ":")) and len(sentences(text)) == 1


@register_filter("related")
def related(doc: Document) -> None:
    cat = category("related")
    body = [block for _, block in doc.body()]
    i = 0
    while i < len(body):
        block = body[i]
        if starts_with_prefix(block.text, cat, max_chars=250):
            doc.drop(block, "related", "a 'Related:' / 'Read more:' line")
        elif len(block.text) <= 60 and any(cat.fullmatch("headings", s) for s in sentences(block.text)[:1]):
            doc.drop(block, "related", "heading of a related-content list")
            j = i + 1
            while j < len(body) and j - i <= MAX_LIST_ITEMS and _is_headline_item(body[j]):
                doc.drop(body[j], "related", "headline in the related-content list after its heading")
                j += 1
            i = j
            continue
        i += 1
