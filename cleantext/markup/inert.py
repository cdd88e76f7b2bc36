"""Drop what no step reads: scripts (JSON-LD data kept), styles and inline SVG.

Run first on HTML, so the page every later step walks, and the copies
extraction makes of it, are smaller. Removes no text a reader sees: the text
that follows such an element (its tail) stays in place.

Must not remove: JSON-LD blocks (``<script type="application/ld+json">``):
metadata and paywall signals are read from them.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register_filter

_INERT_TAGS = ("script", "style", "svg", "template")


@register_filter("prune_inert")
def prune_inert(doc: Document) -> None:
    if doc.tree is None:
        return
    inert = [
        element
        for element in doc.tree.iter(*_INERT_TAGS)  # a tag scan in C: quicker than the XPath union
        if element.tag != "script" or element.get("type") != "application/ld+json"
    ]
    for element in inert:
        if element.getparent() is not None:
            element.drop_tree()  # its tail text stays in place
