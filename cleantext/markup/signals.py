"""Markup signals: remove page furniture from the tree before extraction.

What the markup says outweighs what the text says, so this step runs first on
HTML and takes out, recording each as a removed block:

- hidden elements (``hidden``, ``aria-hidden="true"``, inline ``display:none``);
- AMP ``subscriptions-section`` prompts (``content-not-granted``) and actions;
- photo captions: ``figcaption`` and caption/credit classes (to ``doc.captions``);
- small elements whose class or id carries a furniture token (``paywall``,
  ``newsletter``, ``share``, ``related``, ``donate``, ``cookie``, ``ad``, ...,
  see ``data/vocabulary.json``), matched as whole tokens;
- ARIA landmark roles and tags of page chrome (``navigation``, ``nav``, ...);
- a "Related articles" / "Mehr zum Thema" heading with the list or headline
  lines right after it (extraction tends to drop the heading, not the list).

Must not remove: the article. An element is only removed when it is small (a
box, not a wrapper: little text, few paragraphs), is not ``<body>``,
``<article>`` or ``<main>``, and is not part of the content a page marks as
paywalled (schema.org ``hasPart``/``cssSelector``, AMP ``content``), which is
body that happens to sit behind a paywall, nor an element a site rule keeps
(``[[keep]]``, see docs/site-rules.md).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Iterable

from lxml import etree

from ..document import Block, Document, normalize_space
from ..filters.related import is_headline_text, is_related_heading
from ..patterns import category, sentences
from ..pipeline import register_filter
from .vocabulary import furniture_label, token_index, tokens_of, vocabulary

#: Largest element (text characters) the class/id/role rules may remove.
MAX_BOX_CHARS = 2500
#: ... and most paragraphs of body-like length it may contain.
MAX_BOX_LONG_PARAGRAPHS = 1
LONG_PARAGRAPH_CHARS = 200
#: Longer "captions" are narration (galleries, listicles) and stay for extraction to judge.
MAX_CAPTION_CHARS = 250
#: Most elements taken after a related-content heading.
MAX_RELATED_ITEMS = 15

_NEVER_REMOVE = frozenset({"html", "body", "article", "main"})
_SKIP_TAGS = frozenset({"head", "script", "style", "svg", "math"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _has_evidence(label: str, text: str) -> bool:
    """True when ``label`` needs no text evidence, or ``text`` has a phrase of its category."""
    needed = vocabulary()["evidence_required"].get(label)
    if needed is None:
        return True
    cat = category(needed)
    return any(cat.fullmatch("sentences", s) for s in sentences(text[:3000]))


def _is_small_box(element: etree._Element) -> bool:
    if element.tag in _NEVER_REMOVE:
        return False
    long_paragraphs = 0
    for node in element.iter("p"):
        text = node.text_content()  # normalising only shortens it: most paragraphs need no more
        if len(text) >= LONG_PARAGRAPH_CHARS and len(normalize_space(text)) >= LONG_PARAGRAPH_CHARS:
            long_paragraphs += 1
            if long_paragraphs > MAX_BOX_LONG_PARAGRAPHS:
                return False
    if len(etree.tostring(element, method="text", encoding="unicode", with_tail=False)) <= MAX_BOX_CHARS:
        return True  # all of its text, unstripped, in C
    text_length = 0
    for piece in element.itertext():
        text_length += len(piece.strip())
        if text_length > MAX_BOX_CHARS:
            return False
    return True


def _protected(tree: etree._Element, amp_content: list[etree._Element], site_kept: bool = False) -> set[etree._Element]:
    """Elements the page marks as (paywalled) content, and their ancestors.

    ``amp_content``: the AMP ``subscriptions-section="content"`` elements
    (found by the walk); schema.org ``cssSelector`` parts are read here. With
    ``site_kept``, also the elements a site rule keeps (marked ``data-cleantext-keep``).
    """
    marked = list(amp_content)
    if site_kept:
        marked.extend(tree.iterfind(".//*[@data-cleantext-keep]"))
    for script in tree.iter("script"):  # only JSON-LD scripts are left by prune_inert
        text = script.text or ""
        if script.get("type") == "application/ld+json" and "isAccessibleForFree" in text:
            for selector in _paywalled_selectors(text):
                marked.extend(_select(tree, selector))
    keep: set[etree._Element] = set()
    for element in marked:
        keep.update(element.iterancestors())
        keep.update(element.iter())
    return keep


def _paywalled_selectors(json_text: str) -> Iterable[str]:
    try:
        data = json.loads(json_text)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack and len(found) < 20:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if str(item.get("isAccessibleForFree", "")).lower() == "false" and isinstance(item.get("cssSelector"), str):
                found.append(item["cssSelector"])
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return found


def _select(tree: etree._Element, selector: str) -> list[etree._Element]:
    try:
        from lxml.cssselect import CSSSelector

        return list(CSSSelector(selector)(tree))
    except Exception:  # cssselect missing or a selector it cannot parse
        match = re.fullmatch(r"\.([\w-]+)", selector.strip())
        if not match:
            return []
        return list(tree.xpath(f'//*[contains(concat(" ", normalize-space(@class), " "), " {match.group(1)} ")]'))


def _reason_for(element: etree._Element) -> tuple[str, str] | None:
    """``(label, reason)`` when ``element`` is furniture by its markup."""
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(attrib.get("style", "")):
        return "hidden", "hidden element (never shown to readers)"
    section = attrib.get("subscriptions-section")
    if section and section != "content" or "subscriptions-action" in attrib:
        return "paywall", "AMP subscription prompt"
    if element.tag == "figcaption":
        return "caption", "figure caption"
    if element.tag in _HEADING_TAGS:
        return None  # headings are content; a "Related" heading is a text filter's call
    # The most specific evidence names the label: class/id, then role, then tag.
    for name in ("class", "id"):
        value = attrib.get(name)
        if value:
            found = furniture_label(value)
            if found:
                return found[0], f"{name} token {found[1]!r} in {value[:60]!r}"
    vocab = vocabulary()
    role = attrib.get("role", "").strip().lower()
    if role in vocab["roles"]:
        return vocab["roles"][role], f"ARIA role {role!r}"
    if element.tag in vocab["tags"]:
        return vocab["tags"][element.tag], f"<{element.tag}> element"
    return None


_SIGNAL_ATTRIBUTES = frozenset(
    ("class", "id", "role", "style", "hidden", "aria-hidden", "subscriptions-section", "subscriptions-action")
)
#: Pre-check results by (attribute, value): a page repeats its class names. Kept
#: small: at 50,000 entries the memo alone raised peak memory by about 10 MiB.
_FLAGGED: dict[tuple[str, str], bool] = {}
_MAX_FLAGGED = 4096


def _could_flag(attribute: str, value: str) -> bool:
    """Cheap pre-check: could this attribute make its element furniture?"""
    if attribute in ("class", "id"):
        return not token_index().first_tokens.isdisjoint(tokens_of(value))
    if attribute == "style":
        return _HIDDEN_STYLE.search(value) is not None
    if attribute == "aria-hidden":
        return value == "true"
    if attribute == "role":
        return value.strip().lower() in vocabulary()["roles"]
    return True  # hidden, subscriptions-section, subscriptions-action


def _flagged_by(attribute: str, value: str) -> bool:
    """`_could_flag`, memoised in `_FLAGGED` (emptied when full)."""
    key = (attribute, value)
    flagged = _FLAGGED.get(key)
    if flagged is None:
        if len(_FLAGGED) >= _MAX_FLAGGED:
            _FLAGGED.clear()
        flagged = _FLAGGED[key] = _could_flag(attribute, value)
    return flagged


@functools.lru_cache(maxsize=None)
def _rule_tags() -> frozenset[str]:
    return frozenset(("figcaption", *vocabulary()["tags"]))


_DESCENDANTS = etree.XPath("count(.//*)")


def _descendant_count(element: etree._Element) -> int:
    return int(_DESCENDANTS(element))


@dataclass
class _Walk:
    """What one walk of the page found."""

    #: Elements a rule applies to, in page order (ancestors first): (position, element, (label, reason)).
    candidates: list[tuple[int, etree._Element, tuple[str, str]]]
    #: AMP ``subscriptions-section="content"`` elements: body behind a paywall.
    amp_content: list[etree._Element]


def _walk(root: etree._Element) -> _Walk:
    """The elements a rule applies to, in one walk of the page.

    A Python walk reading attributes beats XPath over the attributes here
    (a sibling-index path per element was far worse: 90,000 furniture boxes
    side by side took 26 s).
    """
    rule_tags = _rule_tags()
    flags = _FLAGGED
    walk = _Walk([], [])
    skip_until = -1  # last position inside a <script>, <svg>, ...: nothing in there is a box
    for position, element in enumerate(root.iter(etree.Element)):
        if position <= skip_until:
            continue
        tag = element.tag
        if tag in _SKIP_TAGS:
            skip_until = position + _descendant_count(element)
        if tag not in rule_tags:
            for name, value in element.items():
                if name in _SIGNAL_ATTRIBUTES:
                    flagged = flags.get((name, value))
                    if flagged is None:
                        flagged = _flagged_by(name, value)
                    if flagged:
                        break
            else:
                continue
        if element.get("subscriptions-section") == "content":
            walk.amp_content.append(element)
        if tag not in _NEVER_REMOVE:
            reason = _reason_for(element)
            if reason is not None:
                walk.candidates.append((position, element, reason))
    return walk


@register_filter("markup_signals")
def markup_signals(doc: Document) -> None:
    tree = doc.tree
    if tree is None:
        return
    root = next(tree.iter("body"), tree)  # the page's body; a fragment is all body
    protected: set[etree._Element] | None = None
    gone: set[etree._Element] = set()
    removed: list[tuple[int, Block]] = []
    walk = _walk(root)
    gone_until = -1  # last position inside an element already taken out
    for position, element, found in walk.candidates:
        if position <= gone_until:
            continue
        if not (found[0] == "hidden" or _is_small_box(element)):
            continue
        if protected is None:
            protected = _protected(tree, walk.amp_content, doc.options.rules is not None)
        text = _visible_text(element)
        if element in protected or not _has_evidence(found[0], text):
            continue
        if found[0] == "caption" and len(text) > MAX_CAPTION_CHARS:
            continue  # narration in a gallery or listicle, not a caption
        if text:
            removed.append((position, Block(text, label=found[0], removed_by=doc._step, reason=found[1])))
        gone.add(element)
        gone_until = position + _descendant_count(element)  # page order: descendants follow
    related = _related_lists(root, gone)
    if related:
        # the same walk's positions: nothing has been removed yet
        positions = {element: i for i, element in enumerate(root.iter(etree.Element))}
        for heading, items in related:
            for element in (heading, *items):
                text = _visible_text(element)
                if text:
                    block = Block(text, label="related", removed_by=doc._step, reason="related-content heading and its list")
                    removed.append((positions[element], block))
                gone.add(element)
    for element in gone:
        element.drop_tree()  # its tail text stays in place
    removed.sort(key=lambda item: item[0])  # page order (positions taken before removal)
    doc.markup_removed.extend(block for _, block in removed)


def _related_lists(
    tree: etree._Element, gone: set[etree._Element]
) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Headings like "Related articles" with the link list or headline lines after them."""
    found = []
    for heading in tree.iter(*_HEADING_TAGS):
        if not is_related_heading(normalize_space(heading.text_content())):
            continue  # the rare match is checked for removed ancestors
        if heading in gone or any(a in gone for a in heading.iterancestors()):
            continue
        items: list[etree._Element] = []
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str) or len(items) >= MAX_RELATED_ITEMS:
                break
            text = normalize_space(sibling.text_content())
            if sibling.tag in ("ul", "ol") or (sibling.tag not in _HEADING_TAGS and is_headline_text(text)):
                items.append(sibling)
            else:
                break
        if items:
            found.append((heading, items))
    return found


_INVISIBLE = frozenset({"script", "style"})


def _visible_text(element: etree._Element) -> str:
    """The text under ``element`` outside ``<script>``/``<style>`` (its tail excluded).

    Same text nodes, in the same order, as the XPath
    ``.//text()[not(ancestor::script) and not(ancestor::style)]``, in one walk:
    the XPath checked every node's ancestors (7 s on a 65 KB page nested 1000 deep).
    """
    if next(element.iter(*_INVISIBLE), None) is None:
        return normalize_space(" ".join(element.itertext()))  # the same text nodes, walked in C
    parts: list[str] = []
    hidden = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        invisible = node.tag in _INVISIBLE
        if event == "start":
            hidden += invisible
            if not hidden and node.text and isinstance(node.tag, str):
                parts.append(node.text)
        else:
            hidden -= invisible
            if not hidden and node.tail and node is not element:
                parts.append(node.tail)
    return normalize_space(" ".join(parts))
