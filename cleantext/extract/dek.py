"""The dek (standfirst): the summary under the headline that extraction often skips.

Pages carry it in ``<meta name="description">`` / ``og:description`` and as
visible text near the headline, often in an element classed ``teaser``,
``standfirst``, ``lead``, ``chapo``... When the description is visible on the
page, or such an element follows the ``<h1>`` within its section, and the
extracted body does not already contain it, it is the dek and goes first in
the body. A description that is not shown on the page (an SEO blurb) is never
added.
"""

from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from ..document import Block, normalize_space
from ..markup.vocabulary import tokens_of, vocabulary

MIN_DEK_CHARS = 30
#: A dek found this far down the extracted blocks is moved to the top.
MAX_DEK_POSITION = 3
#: Elements after the headline searched for a dek by its class.
MAX_ELEMENTS_AFTER_HEADLINE = 40
MAX_DEK_CHARS = 600
#: Characters of the description compared with the page and the body.
KEY_CHARS = 50


_NOT_HEADLINE_CONTAINERS = frozenset({"nav", "li", "ol", "ul", "aside", "footer", "a"})
_TAG = re.compile(r"<[^<>]{0,300}>")
#: Characters of the dek looked for in one text node of the page.
SHOWN_KEY_CHARS = 30
_SHOWN = etree.XPath("boolean(//body//text()[contains(normalize-space(.), $key)][not(parent::script)][not(parent::style)])")


def is_shown(tree: etree._Element, text: str) -> bool:
    """True when the start of ``text`` stands in a visible text node of the page."""
    return bool(_SHOWN(tree, key=text[:SHOWN_KEY_CHARS].strip()))


def _headline(tree: etree._Element) -> etree._Element | None:
    """The article's ``<h1>``: the first with text outside navigation and lists."""
    for heading in tree.iter("h1"):
        if normalize_space(heading.text_content()) and not any(
            a.tag in _NOT_HEADLINE_CONTAINERS for a in heading.iterancestors()
        ):
            return heading
    return None


def _classed_dek(tree: etree._Element) -> str | None:
    """Text of the first dek-classed element after the ``<h1>``, within its section."""
    headline = _headline(tree)
    if headline is None or headline.getparent() is None:
        return None
    section = headline.getparent()
    section = section.getparent() if section.getparent() is not None else section
    wanted = set(vocabulary()["dek_tokens"])
    for element in headline.xpath(f"following::*[position() <= {MAX_ELEMENTS_AFTER_HEADLINE}]"):
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if not wanted.intersection(tokens_of(names)) and not any(
            "-".join(tokens_of(name)) in wanted for name in names.split()
        ):
            continue
        if section in element.iterancestors():
            return normalize_space(element.text_content())
    return None


def _key(dek: str) -> str:
    return dek[:KEY_CHARS].rstrip(".… ")


def _candidates(tree: etree._Element, description: str | None, body_text: str) -> Iterator[str]:
    """Dek texts in order of trust: the description if shown on the page, then a classed element."""
    described = normalize_space(_TAG.sub(" ", description or ""))
    if MIN_DEK_CHARS <= len(described) <= MAX_DEK_CHARS and (
        _key(described) in body_text or is_shown(tree, described)  # in the body: shown, no page search
    ):
        yield described
    classed = _classed_dek(tree)
    if classed and MIN_DEK_CHARS <= len(classed) <= MAX_DEK_CHARS:
        yield classed


def place_dek(tree: etree._Element, description: str | None, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the page's dek first: added when missing, moved up when it came late.

    Extraction can miss the dek or put it after the first entries of a live
    blog; a block equal to the dek within the first few is moved to the top.
    """
    body_text = "\n".join(block.text for block in blocks)
    for dek in _candidates(tree, description, body_text):
        key = _key(dek)
        holders = [i for i, block in enumerate(blocks) if key in block.text]
        if not holders:
            return [Block(dek, kind="paragraph", hints=frozenset({"dek"})), *blocks]
        first = holders[0]
        if 0 < first <= MAX_DEK_POSITION and blocks[first].text == dek:
            return [blocks[first], *blocks[:first], *blocks[first + 1 :]]
        return blocks
    return blocks
