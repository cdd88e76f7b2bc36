"""Donation and membership letters and appeals.

Removes a "Dear Reader, ..." letter as one region, from the salutation to its
sign-off ("Sincerely," and the name under it), when the region asks for money
or membership. Without a sign-off the letter ends at its last block that asks
(appeal words): an appeal set into an article is followed by the article. Also removes short appeal blocks
("Support independent journalism. Donate now.").

Must not remove: an article that *is* a letter or is about donations. A letter
only goes when body text stands before it and outweighs it (it is an insert,
not the article), and it contains an appeal; a paragraph about fundraising
never matches.
"""

from __future__ import annotations

import itertools
import re

from ..document import Block, Document
from ..patterns import Category, category, derived, normalize_for_match, page_languages
from ..pipeline import register_filter
from .base import is_phrase_block

#: Body needed before a letter for it to count as an insert, not the article.
MIN_BLOCKS_BEFORE = 2
MIN_CHARS_BEFORE = 300
#: Short lines after a sign-off taken as the signer's name and role.
MAX_SIGNATURE_LINES = 2


@derived
def _salutation() -> re.Pattern[str] | None:
    """A salutation closed by punctuation or the end of the block ("Dear Reader,")."""
    words = category("donation").salutations
    return re.compile(rf"(?:{words.pattern})\s?(?:[,!:;]|$)") if words is not None else None


def _opens_with_salutation(text: str) -> bool:
    pattern = _salutation()
    return pattern is not None and pattern.match(normalize_for_match(text[:80])) is not None


def _is_signoff(text: str, cat: Category) -> bool:
    return len(text) <= 80 and cat.fullmatch("signoffs", normalize_for_match(text).strip(" ,.!:-–—"))


def _is_signature(block: Block) -> bool:
    text = block.text.strip()
    return 0 < len(text) <= 80 and len(text.split()) <= 10 and not text.endswith(".")


def _next_signoffs(body: list[Block], cat: Category) -> list[int]:
    """For each index (and ``len(body)``), the first sign-off at or after it; ``len(body)`` when none."""
    following = [len(body)] * (len(body) + 1)
    for k in range(len(body) - 1, -1, -1):
        following[k] = k if _is_signoff(body[k].text, cat) else following[k + 1]
    return following


def _letter_end(body: list[Block], start: int, cat: Category, next_signoff: list[int] | None = None) -> int:
    """Index just past the letter that opens at ``start``."""
    if next_signoff is None:
        next_signoff = _next_signoffs(body, cat)
    k = next_signoff[start + 1] if start + 1 <= len(body) else len(body)
    if k >= len(body):
        return len(body)
    end = k + 1
    while end < len(body) and end - k <= MAX_SIGNATURE_LINES and _is_signature(body[end]):
        end += 1
    return end


def _last_appeal(body: list[Block], cat: Category) -> int:
    """The index of the last block with appeal words (-1 when none)."""
    return next((k for k in range(len(body) - 1, -1, -1) if cat.search("appeal_words", normalize_for_match(body[k].text))), -1)


@register_filter("donation")
def donation(doc: Document) -> None:
    cat = category("donation", page_languages(doc.language))
    body = [block for _, block in doc.body()]
    chars_before = 0
    i = 0
    # Linear time on thousands of salutations (80 s on a fuzzed page before):
    # sign-offs are found once, and a letter sharing its end with an earlier
    # letter that had no appeal words is a suffix of it, so has none either
    # (appeal_words has no anchors or lookarounds).
    next_signoff: list[int] | None = None
    lengths: list[int] | None = None  # prefix sums of block lengths
    no_appeal_end = -1
    last_appeal: int | None = None
    while i < len(body):
        block = body[i]
        if (
            i >= MIN_BLOCKS_BEFORE
            and chars_before >= MIN_CHARS_BEFORE
            and _opens_with_salutation(block.text)
        ):
            if next_signoff is None:
                next_signoff = _next_signoffs(body, cat)
            end = _letter_end(body, i, cat, next_signoff)
            if end == len(body) and next_signoff[i + 1] == len(body):  # no sign-off: up to the last block that asks
                if last_appeal is None:
                    last_appeal = _last_appeal(body, cat)
                end = last_appeal + 1 if last_appeal >= i else i + 1
            if lengths is None:
                lengths = list(itertools.accumulate((len(b.text) for b in body), initial=0))
            outweighed = lengths[end] - lengths[i] <= chars_before  # else the letter is the article
            if outweighed and end != no_appeal_end:
                letter = " ".join(normalize_for_match(b.text) for b in body[i:end])
                if cat.search("appeal_words", letter):
                    for member in body[i:end]:
                        doc.drop(member, "donation", "part of a reader appeal letter (salutation to sign-off)")
                    i = end
                    continue
                no_appeal_end = end
        if is_phrase_block(block.text, cat):
            doc.drop(block, "donation", "short donation or membership appeal")
        else:
            chars_before += len(block.text)
        i += 1
