"""Section breaks and ornaments: marks with no letter or digit ("* * *", "———").

An ornament is one mark, maybe repeated ("* * *", "•••", "❦"), or a longer
run of marks ("-=-=-"). Two or three different marks are an emoticon
("=)", ":-)", "<3", "^_^"): a reader's reply, kept.

Must not remove: any block with a letter or a digit in it, in any script.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register_filter

#: Runs of different marks up to this long read as emoticons, not ornaments.
MAX_EMOTICON_MARKS = 3


def is_ornament(text: str) -> bool:
    """True when ``text`` has no letter and no digit, and is not an emoticon.

    >>> is_ornament("* * *"), is_ornament("———"), is_ornament("§ 3"), is_ornament("北京")
    (True, True, False, False)
    >>> is_ornament("=)"), is_ornament(":-)"), is_ornament("-=-=-")
    (False, False, True)
    """
    if any(ch.isalnum() for ch in text):
        return False
    marks = "".join(text.split())
    return len(set(marks)) <= 1 or len(marks) > MAX_EMOTICON_MARKS


@register_filter("separator")
def separator(doc: Document) -> None:
    for _, block in doc.body():
        if block.kind != "code" and is_ornament(block.text):
            doc.drop(block, "separator", "a section break with no words")
