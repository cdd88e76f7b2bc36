"""Rows of figures inside the article: a results table, price or level lines, a schedule, a list.

Whole-page and scraped text flattens an article's table into short lines
("1. Martin Kask 2:04.17", "Roxo – 41%", "Weizen 214 zł/t"). Each line alone looks
like a menu item (few words, no sentence, a separator), so the block evidence
would take it; a run of them between the article's paragraphs is the article's
own data. So is a run of lines opening with a list's mark ("+ Bra räckvidd",
"– Korta stänkskärmar"): a review's pros and cons. Menus, share bars and lists of other articles seldom give every line a
figure, and a list of other articles has no paragraph of the article after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Block
from ..evidence import BlockEvidence
from ..ingest.plaintext import is_title_like
from .line_runs import spans

#: A table is at least this many rows in a run of short lines ...
TABLE_ROWS = 3
#: ... that make up at least this share of the run (the rest: lead-ins ending on ":", such
#: as "Naiste paremusjärjestus:", and short labels between the rows).
ROW_SHARE = 2 / 3
#: A run opened by a lead-in ending on ":" (without cue words: not "Read also:") under the
#: article's prose needs this many rows, and no prose after it: the article may close on it
#: ("Termíny uzávery:" over the dates of a road's closures).
LED_ROWS = 2
#: Lines of up to this many words, none of them prose, make up the run.
ROW_WORDS = 12
#: The article's kept prose must stand this close before and after the run (blocks between).
PROSE_GAP = 3


_DIGIT = re.compile(r"\d")
#: A list's mark opening a line that kept it: "+ Bra räckvidd", "– Korta stänkskärmar".
_LIST_MARK = re.compile(r"[+–•▪*-] \S")


def is_row(text: str) -> bool:
    """A short line holding a figure (a result, a price, a level, a time) or opening with a
    list's mark (a pro or a con of a review)."""
    return _DIGIT.search(text) is not None or _LIST_MARK.match(text) is not None


def _is_lead_in(text: str) -> bool:
    return text.rstrip().endswith(":")


def _short(block: Block, found: BlockEvidence) -> bool:
    return block.is_body and not found.prose and found.features.words <= ROW_WORDS


def _kept_prose_near(blocks: Sequence[Block], evidence: Sequence[BlockEvidence], going: Sequence[bool], span: range) -> bool:
    return any(
        0 <= i < len(blocks) and blocks[i].is_body and evidence[i].prose and not going[i]
        for i in span
    )


def rows_stay(blocks: Sequence[Block], evidence: Sequence[BlockEvidence], going: list[bool]) -> None:
    """A run of short lines, `ROW_SHARE` of them holding a figure (`TABLE_ROWS` at least), with a
    paragraph of the article that stays within `PROSE_GAP` blocks before it and after it, is a
    table of the article: its rows and its lead-ins stay, in place. Opened by a lead-in
    (`LED_ROWS`), it needs the paragraph before it only.

    The run is cut at its ends to a row or, at its start, a lead-in ending on ":", so a "Read
    also" line beside the table keeps its own decision; a line without a figure and with cues
    inside it does too (an "Advertisement" marker between two tables). A headline-shaped line
    without cues right above the table is its heading, and stays.
    """
    short = [_short(b, e) for b, e in zip(blocks, evidence)]
    for index, end in spans(short):
        if end - index < LED_ROWS:
            continue  # too short a run to hold a table
        row = {i: is_row(blocks[i].text) for i in range(index, end)}
        first, last = index, end - 1
        while first <= last and not (row[first] or _is_lead_in(blocks[first].text)):
            first += 1
        while last >= first and not row[last]:
            last -= 1
        run = range(first, last + 1)
        rows = sum(row[i] for i in run)
        led = first <= last and _is_lead_in(blocks[first].text) and not evidence[first].features.cues
        if (
            rows >= (LED_ROWS if led else TABLE_ROWS)
            and rows >= ROW_SHARE * (len(run) - led)
            and _kept_prose_near(blocks, evidence, going, range(first - PROSE_GAP - 1, first))
            and (led or _kept_prose_near(blocks, evidence, going, range(last + 1, last + PROSE_GAP + 2)))
        ):
            for i in run:
                if row[i] or not evidence[i].features.cues:
                    going[i] = False
            heading = first - 1  # the table's heading right above it ("Mon bilan"), when it has no cue
            if heading >= 0 and short[heading] and is_title_like(blocks[heading].text) and not evidence[heading].features.cues:
                going[heading] = False
