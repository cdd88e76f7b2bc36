"""The two pipeline steps that apply site rules (``clean(..., rules=PATH)``).

``site_rules`` runs on the HTML tree before markup signals and extraction;
``site_text_rules`` runs on the blocks (of HTML and plain text) after
extraction. Both record their removals as ``removed_by = "site_rules"``, with
the rule's file and key as the reason, and do nothing without rules or on
pages of other sites.
"""

from __future__ import annotations

from typing import Iterable

from lxml import etree

from ..document import KEEP_HINT, Block, Document, normalize_space
from ..extract.main_content import fallback_blocks
from ..pipeline import register_filter
from .rules import RuleSet, Selector, SiteRules, TextRule, compiled, normalize_phrase, site_host

#: Attribute set on elements a ``keep`` selector matched (read by markup signals).
KEEP_ATTRIBUTE = "data-cleantext-keep"
#: Name recorded as ``removed_by`` by both steps.
STEP_NAME = "site_rules"
#: Most elements one selector may act on in a page (a selector matching every <p> is a mistake).
MAX_MATCHES = 2000
_NEVER_REMOVE = frozenset({"html", "head", "body"})


def page_host(doc: Document) -> str | None:
    """The host whose rules apply: the page's URL, else its canonical or og:url link, else ``options.site``."""
    host = site_host(doc.url)
    if host is None and doc.tree is not None:
        host = site_host(_declared_url(doc.tree))
    return host or site_host(doc.options.site)


def _declared_url(tree: etree._Element) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            return link.get("href")
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url" and meta.get("content"):
            return meta.get("content")
    return None


def rules_for(doc: Document) -> tuple[SiteRules, ...]:
    """The loaded rules files that apply to ``doc``'s site."""
    rules = doc.options.rules
    if not isinstance(rules, RuleSet) or not rules.files:
        return ()
    return rules.for_host(page_host(doc))


def _select(tree: etree._Element, selector: Selector) -> list[etree._Element]:
    try:
        found = compiled(selector)(tree)
    except etree.XPathError:
        return []
    if not isinstance(found, list):
        return []
    return [e for e in found[:MAX_MATCHES] if isinstance(e, etree._Element) and isinstance(e.tag, str)]


def _visible_text(element: etree._Element) -> str:
    return normalize_space(" ".join(t for t in element.itertext() if t))


@register_filter("site_rules")
def site_rules(doc: Document) -> None:
    """Site rules on the page markup: the strip, keep and body selectors of the page's site.

    Removes the elements a ``strip`` selector matches, and with a ``body``
    selector everything on the page outside the element it matches, each
    recorded with the rule's label and its file and key as the reason. Marks
    the elements a ``keep`` selector matches so no later step takes them out.
    Rules apply to pages whose host (``clean(url=...)``, else the page's
    canonical or og:url link, else ``site=``) matches a file's ``hosts``; see
    docs/site-rules.md.

    Must not remove: anything on pages no rules file names, the page's
    ``<html>``, ``<head>`` or ``<body>``, or an element that is or holds a kept one.
    """
    matching = rules_for(doc)
    if not matching or doc.tree is None:
        return
    tree = doc.tree
    root = next(tree.iter("body"), tree)
    kept: set[etree._Element] = set()
    for rules in matching:
        for selector in rules.keep:
            for element in _select(tree, selector):
                element.set(KEEP_ATTRIBUTE, "1")
                kept.add(element)
    guarded = set(kept)
    for element in kept:
        guarded.update(element.iterancestors())
        guarded.update(element.iter())
    positions = {element: i for i, element in enumerate(tree.iter())}  # page order, before removals
    removed: list[tuple[etree._Element, Block]] = []
    body = next((s for rules in matching for s in rules.body if _select(tree, s)), None)
    if body is not None:
        removed += _outside_body(root, _select(tree, body), body, guarded, doc._step)
    stripped: dict[etree._Element, Selector] = {}
    for rules in matching:
        for selector in rules.strip:
            for element in _select(tree, selector):
                if element.tag not in _NEVER_REMOVE and element not in guarded:
                    stripped.setdefault(element, selector)
    for element, selector in stripped.items():
        if any(ancestor in stripped for ancestor in element.iterancestors()):
            continue  # goes with the matched element around it
        text = _visible_text(element)
        if text:
            removed.append((element, Block(text, label=selector.label, removed_by=doc._step, reason=selector.where)))
        element.drop_tree()  # its tail text stays in place
    removed.sort(key=lambda item: positions.get(item[0], 0))
    doc.markup_removed.extend(block for _, block in removed)


def _outside_body(
    root: etree._Element, chosen: list[etree._Element], selector: Selector, guarded: set[etree._Element], step: str
) -> list[tuple[etree._Element, Block]]:
    """Remove everything under ``root`` outside the ``chosen`` elements (kept elements stay)."""
    chosen = [e for e in chosen if e is root or root in e.iterancestors()]
    if not chosen or root in chosen:
        return []
    path: set[etree._Element] = set()
    for element in chosen:
        path.update(a for a in element.iterancestors() if a is root or root in a.iterancestors())
    removed: list[tuple[etree._Element, Block]] = []
    reason = f"{selector.where}: outside the page's body"
    for ancestor in sorted(path, key=_depth):
        if ancestor.text and ancestor.text.strip():
            removed.append((ancestor, Block(normalize_space(ancestor.text), label=selector.label, removed_by=step, reason=reason)))
        ancestor.text = None
        for child in list(ancestor):
            if child in path or child in chosen:
                if child.tail and child.tail.strip():
                    removed.append((child, Block(normalize_space(child.tail), label=selector.label, removed_by=step, reason=reason)))
                child.tail = None
                continue
            if child in guarded or not isinstance(child.tag, str):
                continue
            text = normalize_space(" ".join(t for t in [_visible_text(child), child.tail or ""] if t))
            if text:
                removed.append((child, Block(text, label=selector.label, removed_by=step, reason=reason)))
            ancestor.remove(child)  # with its tail: nothing outside the body stays
    return removed


def _depth(element: etree._Element) -> int:
    return sum(1 for _ in element.iterancestors())


@register_filter("site_text_rules")
def site_text_rules(doc: Document) -> None:
    """Site rules on the blocks: the drop_text phrases of the page's site, for HTML and plain text.

    Removes a body block equal to an ``exact`` phrase, starting with a
    ``starts_with`` phrase or containing a ``contains`` phrase (literal,
    case-insensitive, on normalised text), with the rule's label and its file
    and key as the reason (``removed_by`` is ``site_rules``). Also marks the
    blocks that come from elements a ``keep`` selector matched, so that no
    later filter drops them.

    Must not remove: blocks on pages no rules file names, blocks from kept elements.
    """
    matching = rules_for(doc)
    if not matching:
        return
    if doc.tree is not None:
        _pin_kept_blocks(doc)
    rules = [rule for file in matching for rule in file.drop_text]
    if not rules:
        return
    exact = {}
    for rule in rules:
        if rule.mode == "exact":
            exact.setdefault(rule.phrase, rule)
    partial = [rule for rule in rules if rule.mode != "exact"]
    with doc.running(STEP_NAME):
        for _, block in doc.body():
            rule = match_text(normalize_phrase(block.text), exact, partial)
            if rule is not None:
                doc.drop(block, rule.label, rule.where)


def match_text(text: str, exact: dict[str, TextRule], partial: Iterable[TextRule]) -> TextRule | None:
    """The first rule matching the normalised ``text`` (exact phrases first), or ``None``."""
    if not text:
        return None
    found = exact.get(text)
    if found is not None:
        return found
    for rule in partial:
        if (text.startswith(rule.phrase) if rule.mode == "starts_with" else rule.phrase in text):
            return rule
    return None


_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "td")


def _pin_kept_blocks(doc: Document) -> None:
    """Mark the body blocks of kept elements, and put back those extraction left out, in page order."""
    kept = [e for e in doc.tree.iterfind(f".//*[@{KEEP_ATTRIBUTE}]") if not _inside_kept(e)]
    for element in kept[:MAX_MATCHES]:
        pieces = fallback_blocks(element) or [Block(_visible_text(element))]
        texts = {b.text for b in pieces if b.text}
        present = {b.text for b in doc.all_blocks}
        missing = [b for b in pieces if b.text and b.text not in present]
        if missing:
            at = _insertion_point(doc, element)
            doc.all_blocks[at:at] = missing
        for block in doc.all_blocks:
            if block.is_body and block.text in texts:
                block.hints = block.hints | {KEEP_HINT}


def _inside_kept(element: etree._Element) -> bool:
    return any(a.get(KEEP_ATTRIBUTE) for a in element.iterancestors())


def _insertion_point(doc: Document, kept: etree._Element) -> int:
    """The index after the last block whose text stands before ``kept`` on the page (0 if none)."""
    index_of = {}
    for index, block in enumerate(doc.all_blocks):
        index_of.setdefault(block.text, index)
    inside = set(kept.iter())
    point = 0
    for element in doc.tree.iter(*_BLOCK_TAGS):
        if element in inside:
            break
        found = index_of.get(_visible_text(element))
        if found is not None and found + 1 > point:
            point = found + 1
    return point
