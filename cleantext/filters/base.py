"""What the text filters share: whole-block phrase matching and a filter factory.

A block is boilerplate of a category only when *every* sentence in it matches
one of the category's phrases, and the block is short. A paragraph that merely
mentions "subscribe" or "cookies" never matches, which is what keeps articles
*about* paywalls or cookies whole.
"""

from __future__ import annotations

from typing import Callable

from ..document import Document
from ..patterns import Category, category, normalize_for_match, sentences
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
    strong = False
    for part in sentences(text):
        if cat.fullmatch("sentences", part):
            strong = True
        elif not cat.fullmatch("weak_sentences", part):
            return False
    return strong


def starts_with_prefix(text: str, cat: Category, max_chars: int = MAX_BOILERPLATE_CHARS) -> bool:
    """True when a short ``text`` opens with one of ``cat``'s line prefixes."""
    return bool(text) and len(text) <= max_chars and cat.prefix("prefixes", normalize_for_match(text))


def make_phrase_filter(
    name: str, label: str, doc: str, *, max_chars: int = MAX_BOILERPLATE_CHARS
) -> Callable[[Document], None]:
    """Build and register a filter that drops short blocks made only of ``name`` phrases."""

    def phrase_filter(document: Document) -> None:
        cat = category(name)
        for _, block in document.body():
            if is_phrase_block(block.text, cat, max_chars) or starts_with_prefix(block.text, cat, max_chars):
                document.drop(block, label, f"short block made only of {label.replace('_', ' ')} phrases")

    phrase_filter.__name__ = name
    phrase_filter.__qualname__ = name
    phrase_filter.__doc__ = doc
    return register_filter(name)(phrase_filter)  # type: ignore[return-value]
