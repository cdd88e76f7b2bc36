"""The headline of plain text: its first block, when it reads like one.

Runs last, on plain text without a title. The first body block becomes the
title when it is short, has no closing full stop and the block after it does
not look like a headline too (then the text opens with a section heading or a
list, not a title). Block kinds are not consulted, since ``doc.text`` does not
keep them: this keeps cleaning idempotent (the body cleaned again yields no
new title).

Must not remove: anything from HTML input, whose title comes from the page.
"""

from __future__ import annotations

from ..document import Document
from ..ingest.plaintext import is_title_like
from ..pipeline import register_filter


@register_filter("title")
def title(doc: Document) -> None:
    if doc.source_format != "text" or doc.title:
        return
    body = [block for _, block in doc.body()]
    if len(body) < 2:
        return
    if is_title_like(body[0].text) and not is_title_like(body[1].text):
        doc.title = body[0].text
        doc.all_blocks.remove(body[0])
