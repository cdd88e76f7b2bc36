"""Drop what no step reads: scripts (JSON-LD data kept), styles and inline SVG.

Run first on HTML, so the page every later step walks, and the copies
extraction makes of it, are smaller. Removes no text a reader sees: the text
that follows such an element (its tail) stays in place.

Must not remove: JSON-LD blocks (``<script type="application/ld+json">``):
metadata and paywall signals are read from them.
"""

from __future__ import annotations

from lxml import etree

from ..document import Document
from ..pipeline import register_filter

_INERT = etree.XPath("//script[not(@type='application/ld+json')] | //style | //svg | //template")


@register_filter("prune_inert")
def prune_inert(doc: Document) -> None:
    if doc.tree is None:
        return
    for element in _INERT(doc.tree):
        if element.getparent() is not None:
            element.drop_tree()  # its tail text stays in place
