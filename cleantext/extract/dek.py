"""The dek (standfirst): the summary under the headline that extraction often skips.

Pages carry it twice: in ``<meta name="description">`` / ``og:description`` and
as visible text near the headline. When the description is visible on the page
and the extracted body does not already contain it, it is the dek and goes
first in the body. A description that is not shown on the page (an SEO blurb)
is never added.
"""

from __future__ import annotations

from lxml import etree

from ..document import Block, normalize_space

MIN_DEK_CHARS = 30
MAX_DEK_CHARS = 600
#: Characters of the description compared with the page and the body.
KEY_CHARS = 50


def visible_text(tree: etree._Element) -> str:
    """Normalised text of ``<body>``, scripts and styles left out."""
    body = tree.find("body")
    if body is None:
        return ""
    return normalize_space(" ".join(body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")))


def find_dek(tree: etree._Element, description: str | None, blocks: list[Block]) -> Block | None:
    """A dek block for ``description`` when it is shown on the page but not yet in ``blocks``."""
    dek = normalize_space(description or "")
    if not MIN_DEK_CHARS <= len(dek) <= MAX_DEK_CHARS:
        return None
    key = dek[:KEY_CHARS].rstrip(".… ")
    if any(key in block.text for block in blocks):
        return None
    if key not in visible_text(tree):
        return None
    return Block(dek, kind="paragraph", hints=frozenset({"dek"}))
