"""Main-content extraction: the article's blocks found in the already-cleaned tree.

The engine (`cleantext.extract.engine`, weights in ``data/engine.json``) cuts
the page into candidate blocks in one walk, scores the containers as
Readability does and keeps the blocks its boosted trees score as article
text. When it is unsure of a page, trafilatura's fast pass is asked and its
vote weighed per block. Each block it leaves out is recorded with its
evidence, under the label its cue words name ("Anzeige": advertisement) or
``outside_main_content``. Without weights (or when the engine keeps
nothing), trafilatura alone extracts: its fast mode, a second opinion from
its full mode on a result under 1,000 characters, and a plain walk over the
page's paragraphs and headings when it finds nothing. Either way the step
keeps the structure (headings, lists, quotes, tables, code) and fills the
page metadata.

Must not remove: article text. What it leaves out is page furniture, each block listed
in ``doc.removed`` with its reason; the text filters judge what it keeps.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections import Counter
from typing import TYPE_CHECKING, Iterator

from lxml import etree

from ..document import Block, Document, normalize_space
from ..ingest.language import guess_language
from ..pipeline import register_filter
from .dek import place_dek
from .engine import EngineModel, engine_model, extract
from .walk import MAX_PAGE_CHARS
from .metadata import extract_metadata

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Blocks up to this length are checked for being nothing but a link.
MAX_LINK_BLOCK_CHARS = 120
LINK_HINT = frozenset({"link"})
#: An extraction shorter than this gets a second, slower opinion.
SHORT_EXTRACTION_CHARS = 1000
#: ... which is taken when it is this many times longer.
SECOND_OPINION_GAIN = 2
#: ... and only asked for when the page's whole body text is this many times the
#: fast pass's: a pass that already holds a large share of the page's text has
#: not missed the article (on the dev set every gain came from pages with over
#: five times the text found; the full pass costs about three fast ones).
SECOND_OPINION_PAGE_RATIO = 4
#: Short labels allowed above a headline that is lifted out of the body.
MAX_KICKERS = 2
MAX_KICKER_CHARS = 40
_FALLBACK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")

#: How many documents each extraction path took, for benchmarks ("engine", "engine+trafilatura", "trafilatura").
EXTRACTIONS: Counter[str] = Counter()

LOGGER = logging.getLogger(__name__)
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _text(element: etree._Element, exclude: str | None = None) -> str:
    if exclude is None:  # all of its text, serialised in C
        return normalize_space(etree.tostring(element, method="text", encoding="unicode", with_tail=False))
    parts = [element.text or ""]
    for child in element:
        if child.tag != exclude:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return normalize_space("".join(parts))


def _list_items(element: etree._Element) -> Iterator[Block]:
    for item in element.iterchildren("item"):
        text = _text(item, exclude="list")
        if text:
            yield Block(text, kind="list_item")
        for nested in item.iterchildren("list"):
            yield from _list_items(nested)


def _table(element: etree._Element) -> str:
    rows = []
    for row in element.iter("row"):
        cells = [_text(cell) for cell in row.iterchildren("cell")]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def blocks_from_body(body: etree._Element) -> list[Block]:
    """Map trafilatura's output tree (``head``, ``p``, ``list``, ...) onto blocks."""
    blocks: list[Block] = []
    for child in body:
        tag = child.tag
        if tag == "list":
            blocks.extend(_list_items(child))
        elif tag == "table":
            text = _table(child)
            if text:
                blocks.append(Block(text, kind="table"))
        elif tag == "code":
            text = "".join(child.itertext()).strip("\n")
            if text.strip():
                blocks.append(Block(text, kind="code"))
        else:
            text = _text(child)
            if not text:
                continue
            if tag == "head":
                level = _HEADINGS.get(str(child.get("rend", "")), 2)
                blocks.append(Block(text, kind="heading", level=level))
            else:
                blocks.append(Block(text, kind="quote" if tag == "quote" else "paragraph"))
    return blocks


def fallback_blocks(tree: etree._Element) -> list[Block]:
    """Paragraph-level text of the whole page, for when extraction finds nothing."""
    blocks: list[Block] = []
    for element in tree.iter(*_FALLBACK_TAGS):
        if any(ancestor.tag in _FALLBACK_TAGS for ancestor in element.iterancestors()):
            continue
        text = normalize_space(element.text_content())
        if not text:
            continue
        tag = element.tag
        if tag in _HEADINGS:
            blocks.append(Block(text, kind="heading", level=_HEADINGS[tag]))
        else:
            kind = {"li": "list_item", "blockquote": "quote", "pre": "code"}.get(tag, "paragraph")
            blocks.append(Block(text, kind=kind))
    return blocks


def is_headline(block: Block, title: str | None) -> bool:
    """True when ``block`` is a heading repeating the page title (maybe without its site suffix).

    >>> is_headline(Block("Port strike ends", kind="heading"), "Port strike ends | Daily News")
    True
    """
    if block.kind != "heading" or not title:
        return False
    heading, title = block.text.casefold(), normalize_space(title).casefold()
    return heading == title or (len(heading) >= 10 and title.startswith(heading))


def _left_out(tree: etree._Element, doc: Document, step: str) -> list[Block]:
    """The page's paragraph-level blocks whose text is nowhere in ``doc`` yet."""
    kept = "\n".join([doc.title or "", *(b.text for b in doc.all_blocks)])
    return [
        Block(b.text, kind=b.kind, level=b.level, label="outside_main_content", removed_by=step,
              reason="not part of the main content found by extraction")
        for b in fallback_blocks(tree)
        if b.text not in kept
    ]


def _mark_links(tree: etree._Element, blocks: list[Block]) -> None:
    """Hint ``link`` on short blocks whose whole text is one link's text on the page."""
    short = {b.text for b in blocks if len(b.text) <= MAX_LINK_BLOCK_CHARS}
    if not short:
        return
    anchors = {normalize_space(a.text_content()) for a in tree.iter("a")} & short
    for block in blocks:
        if block.text in anchors:
            block.hints = block.hints | LINK_HINT


def _page_text_length(tree: etree._Element) -> int:
    """Characters of text in the page's body (about what any extraction of it can hold)."""
    return len(_text(next(tree.iter("body"), tree)))


def _paragraph_text_length(tree: etree._Element) -> int:
    """Characters of trafilatura's baseline extraction of ``tree`` (which it copies)."""
    import trafilatura

    try:
        body, _, _ = trafilatura.baseline(tree)
    except Exception:  # unknown: let the full pass judge
        return sys.maxsize
    return sum(len(b.text) for b in blocks_from_body(body))


def _second_opinion(tree: etree._Element, doc: Document, blocks: list[Block]) -> list[Block]:
    """Rerun extraction with trafilatura's fallback extractors when the result is short.

    The fast pass misses some articles (unusual layouts); the full pass is
    only paid for on those, and only taken when it finds clearly more. It is
    skipped when the fast pass already holds a large share of the page's text,
    or when trafilatura's baseline (a cheap dump of the page's paragraphs, a
    tenth of the full pass's time) finds no more than that either.
    """
    found = sum(len(b.text) for b in blocks)
    if _page_text_length(tree) <= SECOND_OPINION_PAGE_RATIO * found:
        return blocks
    if found and _paragraph_text_length(tree) <= SECOND_OPINION_GAIN * found:
        return blocks  # not even a plain paragraph dump finds clearly more
    body = run_trafilatura(tree, doc.options.include_comments, fast=False)
    if body is None:
        return blocks
    second = blocks_from_body(body)
    if sum(len(b.text) for b in second) > SECOND_OPINION_GAIN * found:
        return second
    return blocks


def _lift_headline(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move a headline repeated at the top of the body into ``doc.title``.

    Short section labels standing above it ("Media", "Politik") go with it,
    recorded as removed ``kicker`` blocks. A page without a title gets a
    leading level-1 heading as its title.
    """
    if doc.title is None and blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        doc.title = blocks[0].text
    for index, block in enumerate(blocks[: MAX_KICKERS + 1]):
        if is_headline(block, doc.title):
            doc.title = block.text
            if any(len(kicker.text) > MAX_KICKER_CHARS for kicker in blocks[:index]):
                return blocks
            for kicker in blocks[:index]:
                doc.drop(kicker, "kicker", "section label above the headline")
                doc.all_blocks.append(kicker)
            return blocks[index + 1 :]
    return blocks


@functools.lru_cache(maxsize=None)
def _extraction_options(include_comments: bool, fast: bool) -> Extractor:
    """trafilatura's settings for our calls, built once (reading its config costs a little each time).

    XML output: the body tree is all we read, so trafilatura need not render it as text.
    """
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="xml",
        fast=fast,
        comments=include_comments,
        tables=True,
        formatting=False,
        images=False,
        links=False,
        with_metadata=False,
    )


def run_trafilatura(tree: etree._Element, include_comments: bool, fast: bool = True) -> etree._Element | None:
    """trafilatura's main-content tree for ``tree`` (copied by trafilatura), or None.

    ``fast`` skips trafilatura's comparison with its fallback extractors.
    """
    import trafilatura

    try:
        result = trafilatura.bare_extraction(tree, options=_extraction_options(include_comments, fast))
    except Exception:  # trafilatura failing on odd markup must not fail the document
        return None
    return getattr(result, "body", None)


def _drop_read_metadata(tree: etree._Element) -> None:
    """Remove the head's ``<meta>`` and ``<link>`` elements once they are read.

    Extraction never looks at them but copies the tree several times.
    """
    head = tree.find("head")
    if head is not None:
        for element in [e for e in head if e.tag in ("meta", "link")]:
            head.remove(element)


def _trafilatura_blocks(tree: etree._Element, doc: Document) -> list[Block]:
    """trafilatura's fast pass, its second opinion on a short result, and the paragraph fallback."""
    body = run_trafilatura(tree, doc.options.include_comments)
    blocks = blocks_from_body(body) if body is not None else []
    if sum(len(b.text) for b in blocks) < SHORT_EXTRACTION_CHARS:
        blocks = _second_opinion(tree, doc, blocks)
    if not blocks:
        blocks = fallback_blocks(tree)
        if blocks:
            doc.warnings.append("main-content extraction found nothing; kept every paragraph of the page")
    return blocks


def trafilatura_text(tree: etree._Element, include_comments: bool) -> str | None:
    """The text of trafilatura's fast pass over ``tree``, one block a line; ``None`` when it fails."""
    body = run_trafilatura(tree, include_comments)
    return None if body is None else "\n".join(b.text for b in blocks_from_body(body))


def _engine_blocks(tree: etree._Element, doc: Document, model: EngineModel) -> list[Block]:
    """The engine's blocks; what it leaves out goes to ``doc.markup_removed`` with its evidence
    (but for the headline, which the title holds).

    When the engine keeps nothing, trafilatura's path decides alone.
    """
    root = next(tree.iter("body"), tree)
    result = extract(root, model, lambda: trafilatura_text(tree, doc.options.include_comments), doc._step)
    EXTRACTIONS["engine+trafilatura" if result.asked_trafilatura else "engine"] += 1
    if result.truncated:
        doc.mark_truncated(f"main-content extraction read the page's first {MAX_PAGE_CHARS:,} characters of text only")
    if not result.kept:
        EXTRACTIONS["trafilatura"] += 1
        return _trafilatura_blocks(tree, doc)
    # The headline is the title, not boilerplate, wherever the engine put it.
    doc.markup_removed.extend(b for b in result.left_out if not is_headline(b, doc.title))
    return result.kept


@register_filter("main_content")
def main_content(doc: Document) -> None:
    tree = doc.tree
    if doc.source_format != "html" or tree is None:
        return
    try:
        metadata = extract_metadata(tree, doc.url)
    except Exception:  # odd metadata must not cost the body
        LOGGER.warning("metadata extraction failed", exc_info=True)
        doc.warnings.append("page metadata could not be read")
        metadata = {}
    for key, value in metadata.items():
        if value and not getattr(doc, key):
            setattr(doc, key, str(value))
    _drop_read_metadata(tree)
    model = engine_model()
    if model is not None:
        blocks = _engine_blocks(tree, doc, model)
    else:
        blocks = _trafilatura_blocks(tree, doc)
        _mark_links(tree, blocks)
    blocks = _lift_headline(doc, blocks)
    blocks = place_dek(tree, doc.description, blocks)
    doc.all_blocks.extend(blocks)
    if model is None and doc.options.explain_extraction:
        doc.markup_removed.extend(_left_out(tree, doc, doc._step))
    if not doc.language:
        doc.language = guess_language(" ".join(b.text for b in blocks[:20]))
