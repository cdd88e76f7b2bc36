"""A `Document` as plain text: the title, a blank line, then the body."""

from __future__ import annotations

from ..document import Document


def to_text(doc: Document) -> str:
    """Title (when known) and body paragraphs separated by blank lines, newline-terminated.

    >>> from cleantext import clean
    >>> print(clean("A short headline\\n\\nThe story itself, in a full sentence.").to_text(), end="")
    A short headline
    <BLANKLINE>
    The story itself, in a full sentence.
    """
    head = f"{doc.title}\n\n" if doc.title else ""
    return head + doc.text + "\n"
