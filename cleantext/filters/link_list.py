"""Lists of links left in the body: two or more blocks in a row that are each just a link.

HTML extraction marks a short block whose whole text is the text of one link
on the page (``link`` hint). Two or more such blocks in a row are a link list
("More stories" rails, tag lists, previous/next links) and leave the body.

Must not remove: a single linked line, a paragraph that contains links among
other words, or anything in plain-text input (it carries no link information).
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register_filter

MIN_RUN = 2


@register_filter("link_list")
def link_list(doc: Document) -> None:
    body = [block for _, block in doc.body()]
    start = 0
    while start < len(body):
        end = start
        while end < len(body) and "link" in body[end].hints:
            end += 1
        if end - start >= MIN_RUN:
            for block in body[start:end]:
                doc.drop(block, "link_list", f"one of {end - start} blocks in a row that are each just a link")
        start = max(end, start + 1)
