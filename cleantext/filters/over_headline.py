"""Short lines over the article's headline: the page's furniture, for `block_evidence`.

In a page's text the article starts at its headline: what stands over it is the
site's menu, a language switch, a login link, a ticker, a section label. Each
such line may score under the threshold on its own (a section's name is no
cue: "Productes", "Sala de premsa"); its place over the headline is the
evidence here. A line goes when it is short (`SHORT_WORDS` words at most), not
prose, outside the article's core and not going already, and the headline
found (`article_head.find_headline`, a kicker over it included) stands right
over the core (`HEADLINE_GAP` blocks at most: its byline, date and
standfirst) or opens it. The label is the line's cue category, else ``navigation``.

Prose over the headline goes too when a run of lines that went (the page's
menu, `article_head.MENU_RUN`) stands between them: a consent banner's text,
a teaser.

Must not remove: the article's own lines. A line saying the headline's words
again is the article's (a work's name and its author over a review's headline). Other prose over the headline stays (a
teaser, an intro the page sets first; no headline is found under prose that
stays), and nothing is removed when the headline found stands far from the
core (a subheading taken for it) or is a date line (a blog's photos and
their texts over a comment's date).
"""

from __future__ import annotations

from ..document import Document
from ..evidence import BlockEvidence
from ..evidence.analysis import cue_category
from .article_head import head_start
from .byline import cue_label
from .metadata_line import is_dateline
from .title import says_the_headline

#: Words of a line over the headline that goes as the page's furniture.
SHORT_WORDS = 6
#: Blocks between the headline and the core's start, at most (byline, date, standfirst, a photo).
HEADLINE_GAP = 8


def drop_lines_over_headline(doc: Document, evidence: list[BlockEvidence], core_start: int | None, headline: set[int]) -> None:
    """Drop the short lines over the headline found right over the core."""
    if core_start is None or not headline or max(headline) > core_start or core_start - max(headline) > HEADLINE_GAP:
        return
    blocks = doc.all_blocks
    top = min(headline)
    title = max(headline)
    if is_dateline(blocks[title].text, evidence[title].features.values["date_time"] > 0):
        return  # a date taken for the headline ("18. September um 08:37"): no telling where the article starts
    above_menu = head_start(blocks, evidence, [not b.is_body for b in blocks], top)
    for index in range(top):
        block, found = blocks[index], evidence[index]
        if block.is_body and found.prose and not found.in_core and index < above_menu:
            doc.drop(block, cue_label(cue_category(found.features), block.text, "outside_main_content"), "prose over the page's menu, above the article's headline (a banner, a teaser)")
            continue
        if not block.is_body or found.prose or found.in_core or found.features.words > SHORT_WORDS:
            continue
        if says_the_headline(block.text, blocks[title].text):
            continue  # "Derek Jarman · The Garden" over "The Garden · Derek Jarman (1990) on a new print"
        doc.drop(block, cue_label(cue_category(found.features), block.text, "navigation"), "a short line over the article's headline: the page's furniture (a menu, a switch, a label)")

