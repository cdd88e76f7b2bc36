"""Byline and date lines at the head of a plain-text article, for `block_evidence`.

That is where a page puts who wrote the article and when: between the headline
(`article_head.find_headline`) and the article's first paragraph, or between
the standfirst and the second paragraph. `drop_head_lines` removes them; the
shapes it reads (a bare name over a date, a name with its role) help the walk
up to the headline too.
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..evidence import BlockEvidence
from ..evidence.features import BlockFeatures
from ..ingest.plaintext import is_title_like
from .byline import is_bare_name, is_byline
from .line_shapes import CONNECTOR_LETTERS, after_label
from .metadata_line import is_dateline

#: Blocks before the article searched for byline and date lines.
HEAD_REACH = 6
#: Words of a line under a byline that can be the author's role.
ROLE_WORDS = (1, 5)


def drop_head_lines(doc: Document, evidence: list[BlockEvidence], start: int | None, headline: set[int]) -> None:
    """At the head of the article, byline and date lines go.

    That is where a page puts who wrote the article and when ("Par Théo
    Marchand", "12/08/2025 - 21:40 Actualizado: 13/08/2025"): before its first
    paragraph, or between the standfirst and the second paragraph, where the
    core (which opens on the standfirst) already holds them. A line among the
    `HEAD_REACH` body blocks before the core (lines already removed, a caption
    or a share bar, do not count), or before the core's second prose
    block, goes when it is not prose and is a byline
    (`cleantext.filters.byline`), or holds a date (in figures, or a month's
    name and a year; a time alone is a live blog's entry) or date cues
    ("updated", "min read") beside at most `metadata_line.DATELINE_WORDS` other words (twice
    as many with both), and so does a bare name right over such a date line
    (the author's; maybe with a role: "Fraser McAllister Scotland
    correspondent", or with the role on a line between: "Mette Skovgaard",
    "Lektor i it-ret", then the date), and a short headline-shaped line right
    under a byline with a byline cue or over the date (the author's role,
    "Community Reporter"). A line read as
    prose goes only when it opens on a date cue ("Published Oct. 9, 2024 at
    6:42 p.m. | Updated ..."). The headline itself stays, whatever it holds.
    A line the evidence step removed as navigation for its shape alone is named
    so too ("Javier Montero" over "Castuera" and the date).
    """
    if start is None:
        return
    blocks = doc.all_blocks
    # a paragraph of the article: a removed block (a photo's caption under the standfirst) is none
    prose = [i for i in range(start, len(blocks)) if evidence[i].prose and evidence[i].in_core and blocks[i].is_body and i not in headline]
    # the core may open on the headline itself (a sentence: "Most zamknięty. Jak dojechać?"): it is not its first paragraph
    second = prose[1] if len(prose) > 1 else start
    for index in range(_head_start(blocks, start), second):
        block, found = blocks[index], evidence[index]
        if index in headline or not (block.is_body or _named_by_shape(block)):
            continue  # the headline ("Budget 2025 approved") is the title step's
        date_cues = found.features.cue_score("metadata_line") > 0
        if found.prose and not (_opens_with_date_cue(found) and is_dateline(block.text, date_cues)):
            continue  # a sentence, unless it opens on a date cue ("Published Oct. 9, 2024 at 6:42 p.m. | ...")
        if not found.prose and is_byline(block.text):
            if not doc.byline:
                doc.byline = block.text
            doc.drop(block, "byline", "a byline just before the article")
        elif not found.prose and name_over_date(blocks, index, found.features):
            if not doc.byline:
                doc.byline = block.text
            doc.drop(block, "byline", "the author's name over the date, just before the article")
        elif is_dateline(block.text, date_cues):
            doc.drop(block, "date", "a date line just before the article")
        elif not found.prose and found.features.cue_score("byline") > 0 and _role_under_byline(blocks, index):
            doc.drop(block, "byline", "the author's role, right under the byline")
        elif not found.prose and _role_under_byline(blocks, index) and _over_a_date(blocks, index):
            doc.drop(block, "byline", "the author's role, between the byline and the date")


def _named_by_shape(block: Block) -> bool:
    """A line the evidence step removed as navigation, for its shape (a name over the date is the byline's)."""
    return block.label == "navigation" and block.removed_by == "block_evidence"


def _head_start(blocks: list[Block], start: int) -> int:
    """The index `HEAD_REACH` body blocks before ``start`` (or 0)."""
    seen = 0
    for index in range(start - 1, -1, -1):
        seen += blocks[index].is_body
        if seen == HEAD_REACH:
            return index
    return 0


def _role_under_byline(blocks: list[Block], index: int) -> bool:
    """A short headline-shaped line right under a byline ("Community Reporter"), without figures:
    with a byline cue (a role: "reporter", "correspondent"), the author's role."""
    return index > 0 and blocks[index - 1].label == "byline" and is_role_shaped(blocks[index].text)


#: Labels of the lines beside which a bare name at the article's head is its author's.
_BESIDE_A_BYLINE = frozenset({"date", "share", "byline"})
#: Labels of the lines over which a bare name at the article's head is its author's: a photo's
#: caption, found with its own credit, is not the name's.
_OVER_A_BYLINE = _BESIDE_A_BYLINE | {"caption"}


#: Words of a role after a name ("Fraser McAllister Scotland correspondent").
NAME_ROLE_WORDS = 3


def _is_name_and_role(text: str, features: BlockFeatures) -> bool:
    """A name, then at most `NAME_ROLE_WORDS` words with a byline cue: the author and their role;
    after a comma, the role may be as long as a short title ("Fiona Garvie, Highlands and Islands
    correspondent")."""
    if features.cue_score("byline") <= 0:
        return False
    name, comma, role = text.partition(",")
    if comma and is_bare_name(name) and 1 <= len(role.split()) <= 2 * NAME_ROLE_WORDS:
        return True
    words = text.split()
    return any(1 <= len(words) - size <= NAME_ROLE_WORDS and is_bare_name(" ".join(words[:size])) for size in (2, 3))


def is_name_comma_role(text: str) -> bool:
    """A bare name, a comma and a role of at most `NAME_ROLE_WORDS` words without figures, whatever
    the role's words ("Ingrid Solheim Vatne, journalist"): over a date line, the author."""
    name, comma, role = text.partition(",")
    return bool(comma) and is_bare_name(name) and 1 <= len(role.split()) <= NAME_ROLE_WORDS and not any(c.isdigit() for c in role)


def name_over_date(blocks: list[Block], index: int, features: BlockFeatures | None = None) -> bool:
    """A bare name (perhaps after a one-word label: "Teksti: Juho Nieminen") right over a date
    line ("Kamil Rożek" over "16.03.2025, 20:14"), or beside a
    line already removed as a date, a byline or a share bar ("Erik Lindqvist" over "Dela Facebook
    Mejla Kopiera länk"): the byline. A bare name alone is not enough: "Die Ergebnisse" is one too.
    With its ``features``, the name may go on with a role (`_is_name_and_role`)."""
    text = _without_label(blocks[index].text)
    if not (is_bare_name(text) or is_name_comma_role(text) or (features is not None and _is_name_and_role(text, features))):
        return False
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    above = blocks[index - 1] if index > 0 else None
    if below is not None and below.is_body and is_role_shaped(below.text):
        return _over_a_date(blocks, index + 1)  # "Mette Skovgaard" over "Lektor i it-ret" over the date
    return (below is not None and (is_dateline(below.text) or below.label in _OVER_A_BYLINE)) or (
        above is not None and above.label in _BESIDE_A_BYLINE
    )


#: An e-mail address alone on its line: the author's, under their name.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")


def is_role_shaped(text: str) -> bool:
    """A short headline-shaped line without figures ("Lektor i it-ret", "Community Reporter"), or an
    e-mail address alone ("jonas.akerlund@stromsvikstidning.se")."""
    if _EMAIL.fullmatch(text.strip()):
        return True
    return ROLE_WORDS[0] <= len(text.split()) <= ROLE_WORDS[1] and is_title_like(text) and not any(c.isdigit() for c in text)


def _over_a_date(blocks: list[Block], index: int) -> bool:
    """Whether the line under ``blocks[index]`` is a date line, or one removed as a date."""
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return below is not None and (below.label == "date" or is_dateline(below.text))


def _without_label(text: str) -> str:
    """``text`` without a one-word label (`line_shapes.after_label`) or a short lower-case word
    (a "by" in any language: "di", "nga") opening it: what follows is the name.

    >>> _without_label("Szerző: Kovács Dóra"), _without_label("di Serena Bortolotti"), _without_label("Kovács Dóra")
    ('Kovács Dóra', 'Serena Bortolotti', 'Kovács Dóra')
    """
    name = after_label(text)
    if name != text:
        return name
    first, _, rest = text.partition(" ")
    return rest if first.islower() and first.isalpha() and len(first) <= CONNECTOR_LETTERS else text


def _opens_with_date_cue(found: BlockEvidence) -> bool:
    cues = found.features.cues
    return bool(cues) and cues[0].start == 0 and cues[0].cue.category == "metadata_line"
