"""After the article, a run of headline-shaped lines with no text of the article after it.

A list of other articles without a "Read also" heading to open it (`related`
catches the lists that have one): each line shaped like a headline (4 to 15
words, one clause, no full stop), the article's prose before the run and none
after it. Such a run the evidence step already removed as navigation, for its
shape alone, is named ``related`` (`name_headline_runs`).
"""

from __future__ import annotations

from ..document import Block, Document
from ..evidence import BlockEvidence
from ..ingest.plaintext import is_title_like
from .related import is_comments_heading

#: After the core, this many headline-shaped lines in a row, of this many words, are a related list.
HEADLINE_RUN = 2
HEADLINE_RUN_WORDS = (4, 15)
#: A sentence this long stands for the article's text after a run of headlines, even when its
#: common words are too few to call it prose (a language whose list of them is short).
TEXT_AFTER_WORDS = 20


def _reads_as_text(found: BlockEvidence) -> bool:
    return found.prose or (found.features.words >= TEXT_AFTER_WORDS and found.features.values["terminal"] > 0)


def _is_listed_headline(block: Block, found: BlockEvidence) -> bool:
    """A body line after the core shaped like another article's headline: no prose, 4 to 15
    words, one clause (no ";": "Schlumberger, Lea 1993; Lonsinger, Mona 1992" is a results row;
    no label over a list of items, `is_labelled_list`), not a list item (an article's closing list of tips is marked as one)."""
    return (
        block.is_body
        and block.kind != "list_item"
        and found.features.values["after_core"] > 0
        and not found.prose
        and HEADLINE_RUN_WORDS[0] <= found.features.words <= HEADLINE_RUN_WORDS[1]
        and ";" not in block.text
        and not is_labelled_list(block.text)
        and is_title_like(block.text)
    )


#: Items after a line's colon, of a few words each, that make it a list, not a headline's clause.
LIST_ITEMS = 3
LIST_ITEM_WORDS = 4


def is_labelled_list(text: str) -> bool:
    """A label, a colon and a list of short items without figures: a review's pros or cons, not a
    headline (nor a reference or a contact line, which have figures).

    >>> is_labelled_list("Líbilo se nám: ostrý text, fyzická tlačítka, voděodolnost")
    True
    >>> is_labelled_list("Rail strike: what it means for you, and when it ends")
    False
    >>> is_labelled_list("Journal reference: Halvorsen, M. et al. Subseafloor Biosphere Letters, 2024")
    False
    """
    _, colon, rest = text.partition(":")
    if not colon or any(c.isdigit() for c in rest):
        return False
    items = rest.split(",")
    return len(items) >= LIST_ITEMS and all(0 < len(item.split()) <= LIST_ITEM_WORDS for item in items)


def drop_headline_runs(doc: Document, evidence: list[BlockEvidence]) -> None:
    """After the article, a run of headlines with no prose after it is a list of other articles.

    "Nieuwe speeltuin aan de Dijkweg na één week al beklad" and "Jeugd van VV
    Oosterweide kampioen na spannende slotronde" under the article, with no
    "Read also" heading to open them (`related` catches the lists that have
    one): at least `HEADLINE_RUN` such lines in a row (removed blocks between
    them do not break the run), prose of the article before them and none after them
    but readers' comments under a comments heading ("Reacties (12)"),
    nor a sentence of `TEXT_AFTER_WORDS` words (the rows of a results list under
    "Topscorere" with the article going on under them, in a language whose common
    words are too few to call that sentence prose).
    """
    blocks = doc.all_blocks
    prose = [i for i, e in enumerate(evidence) if blocks[i].is_body and _reads_as_text(e)]
    if not prose:
        return  # no article for the run to stand after
    # Readers' comments under their heading ("Reacties (12)") are prose, not the article's.
    thread = next((i for i in range(prose[0], len(blocks)) if is_comments_heading(blocks[i].text)), len(blocks))
    last_prose = max((i for i in prose if i < thread), default=prose[-1])
    index = prose[0] + 1
    while index < len(blocks):
        if not _is_listed_headline(blocks[index], evidence[index]):
            index += 1
            continue
        end = index
        while end < len(blocks) and (not blocks[end].is_body or _is_listed_headline(blocks[end], evidence[end])):
            end += 1
        run = [i for i in range(index, end) if blocks[i].is_body]
        # headlines of the list a step before took already ("related") count in its length
        size = len(run) + sum(blocks[i].label == "related" for i in range(index, end))
        if size >= HEADLINE_RUN and end > last_prose:
            for i in run:
                doc.drop(blocks[i], "related", f"one of {size} headline-shaped lines in a row after the article, no prose after them")
        index = end


#: Words of the line over a run of headlines that names it as the list's heading ("Popular This Week").
LIST_HEADING_WORDS = 5


def _named_menu_line(block: Block, found: BlockEvidence) -> bool:
    """A removed line labelled ``navigation`` for its shape alone (no navigation cue in it)."""
    return not block.is_body and block.label == "navigation" and not found.features.cue_score("navigation")


def name_headline_runs(doc: Document, evidence: list[BlockEvidence]) -> None:
    """Lines the steps before removed as navigation for their shape alone are relabelled
    ``related`` when they are a list of other articles: after the article, at least
    `HEADLINE_RUN` in a row, each shaped like a headline (`HEADLINE_RUN_WORDS` words, one
    clause: "Creamy Leek and Potato Soup", "Smoky Black Bean Chilli"), and a short line over
    them, the same way removed, with them ("More Soups & Stews"). A menu's items are shorter.
    Nothing is removed here.
    """
    blocks = doc.all_blocks
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _named_menu_line(blocks[end], evidence[end]) and _shaped_as_headline(blocks[end], evidence[end]):
            end += 1
        if end - index < HEADLINE_RUN:
            index = end + 1
            continue
        start = index
        above = index - 1
        if above >= 0 and _named_menu_line(blocks[above], evidence[above]) and evidence[above].features.words <= LIST_HEADING_WORDS:
            start = above
        said = f"{end - index} headline-shaped lines in a row after the article, removed as page furniture"
        for i in range(start, end):
            doc.drop(blocks[i], "related", f"the heading over {said}" if i < index else f"one of {said}")
        index = end


#: Separators of a row of parts (a commenter and when, "Reply · 8 likes", a breadcrumb), not a headline.
_ROW_SEPARATORS = ("·", "|", "•", "»", "›")


def _shaped_as_headline(block: Block, found: BlockEvidence) -> bool:
    return (
        HEADLINE_RUN_WORDS[0] <= found.features.words <= HEADLINE_RUN_WORDS[1]
        and found.features.values["after_core"] > 0
        and not found.prose
        and ";" not in block.text
        and not any(mark in block.text for mark in _ROW_SEPARATORS)
        and is_title_like(block.text)
    )
