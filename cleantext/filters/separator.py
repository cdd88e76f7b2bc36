"""Section breaks and ornaments: blocks with no letter or digit ("* * *", "———").

Must not remove: any block with a letter or a digit in it, in any script.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register_filter


def is_ornament(text: str) -> bool:
    """True when ``text`` has no letter and no digit.

    >>> is_ornament("* * *"), is_ornament("§ 3"), is_ornament("北京")
    (True, False, False)
    """
    return not any(ch.isalnum() for ch in text)


@register_filter("separator")
def separator(doc: Document) -> None:
    for _, block in doc.body():
        if block.kind != "code" and is_ornament(block.text):
            doc.drop(block, "separator", "a section break with no words")
