"""Prose after the article's end: what stands past its closing tag line or share bar.

An article closes on its furniture: its tags ("Tags: flood, library"), the
share bar ("Share · Post · Copy link"). A paragraph of prose after that line,
when almost all of the text's prose stands before it, is the page's, not the
article's: the outlet's appeal ("Local journalism costs money to produce ..."),
the author's bio, the blog's "about" text, a disclaimer, a form's notice. Each
would stay on its own evidence (prose needs a high score to go); its place
after the article's end is the evidence here. Plain text only: the evidence
step marks the prose blocks and those after the article's core
(`mark_prose`); HTML extraction has placed the article already.

Must not remove: the article's own last paragraphs under a share bar set into
it. The closing line must be short furniture that went (`CLOSING_WORDS` words
at most), the prose before it an article's length (`ARTICLE_WORDS`), and the
prose after it at most `AFTER_SHARE` of that. After a share bar, which pages
also set between paragraphs, a paragraph goes only past the article's core or
with cues that name its kind; after a tag line, which closes the article, any
paragraph goes. The label is the paragraph's strongest cue category
("donation" for an appeal), else ``outside_main_content``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Block, Document
from ..evidence.analysis import cue_category
from ..evidence.features import block_features
from ..pipeline import register_filter
from .byline import cue_label

#: The hints `mark_prose` gives a plain-text block that reads as prose, and one after the
#: article's core (the main run of prose, `cleantext.evidence.layout`).
PROSE_HINT = "prose"
AFTER_CORE_HINT = "after_core"
#: Labels of the lines that close an article.
CLOSING_LABELS = frozenset({"share", "tags"})
#: A closing line has at most this many words (a share bar, a tag line; not a paragraph mislabelled).
CLOSING_WORDS = 12
#: Words of prose before the closing line: an article's length, not a teaser's.
ARTICLE_WORDS = 150
#: The prose after the closing line is at most this share of the prose before it.
AFTER_SHARE = 0.25


def mark_prose(blocks: Sequence[Block], prose: Sequence[bool], after_core: Sequence[bool]) -> None:
    """Hint each block that reads as prose, and each after the article's core (the evidence step's findings)."""
    for block, is_prose, after in zip(blocks, prose, after_core):
        if is_prose or after:
            block.hints = block.hints | {name for name, on in ((PROSE_HINT, is_prose), (AFTER_CORE_HINT, after)) if on}


def _prose_words(block: Block) -> int:
    return len(block.text.split()) if block.is_body and PROSE_HINT in block.hints else 0


def closing_line(blocks: Sequence[Block]) -> int | None:
    """Index of the first short tag or share line that went with nearly all the prose before it."""
    words = [_prose_words(b) for b in blocks]
    total = sum(words)
    seen = 0
    for index, block in enumerate(blocks):
        seen += words[index]
        if block.is_body or block.label not in CLOSING_LABELS or len(block.text.split()) > CLOSING_WORDS:
            continue
        if seen >= ARTICLE_WORDS and total - seen <= AFTER_SHARE * seen:
            return index
    return None


@register_filter("article_end")
def article_end(doc: Document) -> None:
    """Drop the prose paragraphs that stand after the article's closing tag line or share bar."""
    if doc.source_format != "text":
        return
    blocks = doc.all_blocks
    closing = closing_line(blocks)
    if closing is None:
        return
    line = blocks[closing]
    where = f"after the article's closing {line.label} line {line.text[:40]!r}, with most of the prose before it"
    for block in blocks[closing + 1 :]:
        if not _prose_words(block):
            continue
        named = cue_category(block_features(block.text, None, 0.0, True, doc.language))
        label = cue_label(named, block.text, "outside_main_content")
        if line.label == "tags" or AFTER_CORE_HINT in block.hints:
            place = "past the article's core" if AFTER_CORE_HINT in block.hints else "after its tags"
            doc.drop(block, label, f"prose {place}: {where}")
        elif named is not None:
            doc.drop(block, label, f"prose with {named.replace('_', ' ')} cues, {where}")
