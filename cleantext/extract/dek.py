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

from lxml import etree

from ..document import Block, normalize_space
from ..markup.signals import tokens_of, vocabulary

MIN_DEK_CHARS = 30
#: Elements after the headline searched for a dek by its class.
MAX_ELEMENTS_AFTER_HEADLINE = 40
MAX_DEK_CHARS = 600
#: Characters of the description compared with the page and the body.
KEY_CHARS = 50


#: Characters of the dek looked for in one text node of the page.
SHOWN_KEY_CHARS = 30
_SHOWN = etree.XPath("boolean(//body//text()[contains(normalize-space(.), $key)][not(parent::script)][not(parent::style)])")


def is_shown(tree: etree._Element, text: str) -> bool:
    """True when the start of ``text`` stands in a visible text node of the page."""
    return bool(_SHOWN(tree, key=text[:SHOWN_KEY_CHARS].strip()))


def _classed_dek(tree: etree._Element) -> str | None:
    """Text of the first dek-classed element after the ``<h1>``, within its section."""
    headline = next(tree.iter("h1"), None)
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


def find_dek(tree: etree._Element, description: str | None, blocks: list[Block]) -> Block | None:
    """A dek block when the page shows one that ``blocks`` do not contain yet."""
    for dek, needs_check in ((normalize_space(description or ""), True), (None, False)):
        if dek is None:
            dek = _classed_dek(tree) or ""
        if not MIN_DEK_CHARS <= len(dek) <= MAX_DEK_CHARS:
            continue
        key = dek[:KEY_CHARS].rstrip(".… ")
        if any(key in block.text for block in blocks):
            return None  # extraction already has it
        if needs_check and not is_shown(tree, dek):
            continue
        return Block(dek, kind="paragraph", hints=frozenset({"dek"}))
    return None
