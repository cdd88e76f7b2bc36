"""What the text filters share: whole-block phrase matching and a filter factory.

A block is boilerplate of a category only when *every* sentence in it matches
one of the category's phrases, and the block is short. A paragraph that merely
mentions "subscribe" or "cookies" never matches, which is what keeps articles
*about* paywalls or cookies whole.
"""

from __future__ import annotations

import re
from typing import Callable

from ..document import Block, Document
from ..patterns import Category, category, normalize_for_match, page_languages, sentences
from ..pipeline import register_filter

#: Longest block (in characters) a phrase filter will consider.
MAX_BOILERPLATE_CHARS = 400


def is_phrase_block(text: str, cat: Category, max_chars: int = MAX_BOILERPLATE_CHARS) -> bool:
    """True when ``text`` is short and each of its sentences is a phrase of ``cat``.

    Phrases listed as ``weak_sentences`` ("Thank you", "Click here") count only
    beside at least one ordinary phrase: alone they are too common in prose.

    >>> from cleantext.patterns import category
    >>> is_phrase_block("Subscribe to continue.", category("paywall"))
    True
    >>> is_phrase_block("Readers hate being told to subscribe to continue.", category("paywall"))
    False
    >>> is_phrase_block("Thank you!", category("donation")), is_phrase_block("Donate now. Thank you!", category("donation"))
    (False, True)
    """
    if not text or len(text) > max_chars:
        return False
    return _all_phrases(text, cat.fields.get("sentences"), cat.fields.get("weak_sentences"))


def _all_phrases(text: str, strong: re.Pattern[str] | None, weak: re.Pattern[str] | None) -> bool:
    """True when each sentence of ``text`` fully matches ``strong`` or ``weak``, and one ``strong``."""
    if strong is None:
        return False  # no sentence can be strong
    found = False
    for part in sentences(text):
        if strong.fullmatch(part):
            found = True
        elif weak is None or not weak.fullmatch(part):
            return False
    return found


#: The article's first paragraph, which ends the page's head: a body block of this many words.
PARAGRAPH_WORDS = 20


def first_paragraph(blocks: list[Block]) -> int:
    """Index of the first body block of `PARAGRAPH_WORDS` words (``len(blocks)`` when none): what stands
    before it is the page's head (menus, byline, date)."""
    return next((i for i, b in enumerate(blocks) if b.is_body and len(b.text.split()) >= PARAGRAPH_WORDS), len(blocks))


def starts_with_prefix(text: str, cat: Category, max_chars: int = MAX_BOILERPLATE_CHARS) -> bool:
    """True when a short ``text`` opens with one of ``cat``'s line prefixes."""
    return bool(text) and len(text) <= max_chars and cat.prefix("prefixes", normalize_for_match(text))


def _starts_with(text: str, prefixes: re.Pattern[str]) -> bool:
    """`starts_with_prefix` with the pattern looked up once (length already checked)."""
    return prefixes.match(normalize_for_match(text)) is not None


def make_phrase_filter(
    name: str,
    label: str,
    doc: str,
    *,
    max_chars: int = MAX_BOILERPLATE_CHARS,
    also: tuple[Callable[[str], bool], str] | None = None,
) -> Callable[[Document], None]:
    """Build and register a filter that drops short blocks made only of ``name`` phrases.

    ``also`` is a second test of a short block's text, with the reason a block it takes gets
    (a shape any language shares, beside the phrases of each).
    """

    def phrase_filter(document: Document) -> None:
        fields = category(name, page_languages(document.language)).fields
        strong, weak, prefixes = fields.get("sentences"), fields.get("weak_sentences"), fields.get("prefixes")
        reason = f"short block made only of {label.replace('_', ' ')} phrases"
        for block in document.all_blocks:  # as `Document.body`, read in one loop
            text = block.text
            if not block.is_body or not text or len(text) > max_chars:
                continue
            # A category without sentence patterns (qr_code) or without prefixes skips that test.
            if (strong is not None and _all_phrases(text, strong, weak)) or (
                prefixes is not None and _starts_with(text, prefixes)
            ):
                document.drop(block, label, reason)
            elif also is not None and also[0](text):
                document.drop(block, label, also[1])

    phrase_filter.__name__ = name
    phrase_filter.__qualname__ = name
    phrase_filter.__doc__ = doc
    return register_filter(name)(phrase_filter)  # type: ignore[return-value]
