"""Parse HTML once into an lxml tree, whatever form the page comes in, with bounded work.

Safe on hostile input: the parser never touches the network, never loads a DTD
and never expands entities declared in a DOCTYPE (HTML parsing knows only the
HTML character references), so XXE and "billion laughs" documents come out
as inert text. Work is bounded so every later step is too:

- markup over `MAX_PARSE_CHARS` characters or `MAX_PARSE_TAGS` tags first
  loses ``<script>``, ``<style>``, ``<svg>``, ``<template>`` elements and
  comments, and has its attribute values (``data:`` URIs) shortened, then is
  cut;
- the tree keeps at most `MAX_ELEMENTS` elements, `MAX_TEXT_CHARS`
  characters of text, `MAX_DEPTH_SUM` of total nesting and `MAX_DEPTH_TEXT`
  of depth-weighted text, in document order; elements deeper than
  `MAX_DEPTH`, links nested inside links (which HTML forbids and browsers
  never build) and tables nested deeper than `MAX_TABLE_NESTING` are
  unwrapped, their text kept in place;
- attribute values are cut to `MAX_ATTRIBUTE_CHARS` (class, id and style
  tokens are short; megabyte ``data:`` URIs carry no article text);
- characters lxml refuses (C0 controls, lone surrogates) are removed first.

Each cut is reported by `ParsedPage.notes` (the document becomes ``truncated``).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html

#: Most characters of markup given to the parser.
MAX_PARSE_CHARS = 10_000_000
#: Most tags (``<`` characters) of markup given to the parser. Each opens or
#: closes at most one element, so a page cut here still fills `MAX_ELEMENTS`;
#: parsing a million tiny elements only to cut the tree to 100,000 cost 0.8 s
#: and 300 MB.
MAX_PARSE_TAGS = 250_000
#: Most elements kept in the parsed tree.
MAX_ELEMENTS = 100_000
#: Most characters of text (element text and tails) kept in the parsed tree.
MAX_TEXT_CHARS = 5_000_000
#: Deepest nesting kept: elements below it are unwrapped, their text kept in
#: place (the parser itself stops at 2,048 levels; real pages stay under 100).
MAX_DEPTH = 256
#: Most total nesting (the sum of every element's depth) kept: extraction
#: costs about this much, so thousands-deep nests repeated on one page are cut.
#: A large real page (100k elements about 20 deep) is near 2 million.
MAX_DEPTH_SUM = 4_000_000
#: Most text weighted by its depth (characters times nesting level): what
#: extraction pays to read each element's text. 5 MB of text 20 deep is 100M.
MAX_DEPTH_TEXT = 100_000_000
#: Deepest nesting of tables kept: extraction is quadratic in it (680 nested
#: tables took 4-8 s); deeper tables are unwrapped, their text kept in place.
MAX_TABLE_NESTING = 10
_NOT_TEXT = frozenset({"script", "style", "template", "svg", "math", "noscript", "textarea", "select"})
_TABLE_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"})
#: Longest attribute value kept (longer ones are cut).
MAX_ATTRIBUTE_CHARS = 2_000

_XML_DECLARATION = re.compile(r"^[\s\ufeff]*<\?xml[^>]{0,200}\?>")
# Characters an lxml tree cannot hold: C0 controls but tab/newline/CR, lone
# surrogates, and the non-characters U+FFFE/U+FFFF.
_C0_BYTES = bytes(code for code in range(32) if code not in (9, 10, 13))
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LONG_ATTRIBUTES = lxml.etree.XPath(f"//@*[string-length(.) > {MAX_ATTRIBUTE_CHARS}]")
_BULKY_TAGS = ("script", "style", "svg", "template")
_BULKY_OPEN = re.compile(r"<(script|style|svg|template)\b|<!--", re.IGNORECASE | re.ASCII)
_BULKY_OPEN_LOWER = re.compile(r"<(s(?:cript|tyle|vg)|template)\b|<!--")
_BULKY_CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE | re.ASCII) for tag in _BULKY_TAGS}
_BULKY_CLOSE_LOWER = {tag: re.compile(rf"</{tag}\s*>") for tag in _BULKY_TAGS}
# A quoted attribute value longer than MAX_ATTRIBUTE_CHARS (its first part kept);
# each run of non-quotes is scanned from one start only, so linear time.
_LONG_ATTRIBUTE = re.compile(rf"""=\s*(?:"([^"]{{{MAX_ATTRIBUTE_CHARS}}})[^"]*"|'([^']{{{MAX_ATTRIBUTE_CHARS}}})[^']*')""")


@dataclass
class ParsedPage:
    """A parsed page and the notes on any work bound it hit."""

    root: lxml.html.HtmlElement | None
    notes: list[str] = field(default_factory=list)


#: Every element is an ``HtmlElement``, chosen in C: lxml.html's default lookup
#: runs Python for each element touched (about 1 ms a page) to single out form
#: fields, which nothing here uses.
HTML_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    # A fresh parser per document: parsers are not shared between threads and
    # each keeps its own error log. recover from broken markup, never fetch.
    parser = lxml.html.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        default_doctype=False,
        huge_tree=True,  # text nodes over 10 MB; our own bounds keep the work in check
        encoding=encoding,
    )
    parser.set_element_class_lookup(HTML_CLASSES)
    return parser


def xml_safe(text: str) -> str:
    """``text`` without the characters an lxml tree cannot hold.

    >>> xml_safe("a\\x00b\\x1bc\\ud800d\\te")
    'abc\\ufffdd\\te'
    """
    if _is_xml_safe(text):
        return text
    return _XML_INCOMPATIBLE.sub(lambda m: "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else "", text)


def _is_xml_safe(text: str) -> bool:
    """The common case, checked in bulk (under half the time of a regex scan): nothing to remove."""
    if "\ufffe" in text or "\uffff" in text:
        return False
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return len(data.translate(None, _C0_BYTES)) == len(data)


def drop_bulky(text: str) -> str:
    """Remove ``<script>``, ``<style>``, ``<svg>``, ``<template>`` elements and comments (linear time).

    Tags are looked for in a lower-cased copy (a case-sensitive scan, several
    times faster), unless lower-casing changed the text's length.

    >>> drop_bulky("<p>a</p><SCRIPT>x='<p>'</script><!-- c --><p>b</p><style>")
    '<p>a</p><p>b</p><style>'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        haystack, opening_tag, closing_tags = lowered, _BULKY_OPEN_LOWER, _BULKY_CLOSE_LOWER
    else:
        haystack, opening_tag, closing_tags = text, _BULKY_OPEN, _BULKY_CLOSE
    parts: list[str] = []
    pos = 0
    while True:
        opening = opening_tag.search(haystack, pos)
        if opening is None:
            break
        tag = opening.group(1)
        if tag:
            closing = closing_tags[tag.lower()].search(haystack, opening.end())
            end = closing.end() if closing else -1
        else:
            end = haystack.find("-->", opening.end())
            end = end + 3 if end >= 0 else -1
        if end < 0:
            break  # unclosed: leave the rest to the parser (and the cut)
        parts.append(text[pos : opening.start()])
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def shorten_attributes(text: str) -> str:
    """Cut quoted attribute values to `MAX_ATTRIBUTE_CHARS` in raw markup.

    >>> len(shorten_attributes('<img src="data:' + 'A' * 9000 + '">'))
    2012
    """
    return _LONG_ATTRIBUTE.sub(lambda m: f'="{m.group(1)}"' if m.group(1) is not None else f"='{m.group(2)}'", text)


#: Characters counted at a time when looking for the n-th tag.
_TAG_CHUNK = 8192


def nth_tag(text: str, n: int) -> int | None:
    """Index of the ``n``-th ``<`` in ``text`` (counted from 1), ``None`` when there are fewer.

    >>> nth_tag("<a><b></b></a>", 3), nth_tag("<a>", 2)
    (6, None)
    """
    seen = 0
    for start in range(0, len(text), _TAG_CHUNK):
        in_chunk = text.count("<", start, start + _TAG_CHUNK)
        if seen + in_chunk >= n:
            index = start - 1
            for _ in range(n - seen):
                index = text.index("<", index + 1)
            return index
        seen += in_chunk
    return None


def parse_html(text: str) -> ParsedPage:
    """Parse ``text`` into an ``<html>`` element (``None`` when nothing is there), within bounds."""
    notes: list[str] = []
    text = xml_safe(_XML_DECLARATION.sub("", text, count=1))
    size, tags = len(text), text.count("<")
    if size > MAX_PARSE_CHARS or tags > MAX_PARSE_TAGS:
        text = shorten_attributes(drop_bulky(text))
        if len(text) > MAX_PARSE_CHARS:
            text = text[:MAX_PARSE_CHARS]
            notes.append(f"page of {size:,} characters cut to its first {MAX_PARSE_CHARS:,} before parsing")
        cut = nth_tag(text, MAX_PARSE_TAGS + 1)  # the markup up to the next tag after the last kept
        if cut is not None:
            text = text[:cut]
            notes.append(f"page of {tags:,} tags cut to its first {MAX_PARSE_TAGS:,} before parsing")
    if not text.strip():
        return ParsedPage(None, notes)
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        # "Document is empty", or an encoding declaration lxml refuses in a str.
        try:
            forced = _parser(encoding="utf-8")
            root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=forced)
            parser = forced
        except (lxml.etree.LxmlError, ValueError):
            return ParsedPage(None, notes)
    if not isinstance(root, lxml.html.HtmlElement):
        return ParsedPage(None, notes)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in error.message for error in parser.error_log):
        notes.append("page nested deeper than the parser's limit; what followed that point was not read")
    shorten_long_attributes(root)  # common (data: URIs, srcset, JSON), and cheap to find in C
    if not within_bounds(root, text):
        notes.extend(bound_tree(root))
    return ParsedPage(root, notes)


def shorten_long_attributes(root: lxml.etree._Element) -> None:
    """Cut attribute values longer than `MAX_ATTRIBUTE_CHARS` (found by one XPath query)."""
    for value in _LONG_ATTRIBUTES(root):
        element, name = value.getparent(), value.attrname
        try:
            element.set(name, value[:MAX_ATTRIBUTE_CHARS])
        except ValueError:  # a name lxml will not write back
            del element.attrib[name]


def within_bounds(root: lxml.etree._Element, source: str) -> bool:
    """True when `bound_tree` would change nothing but attributes: a few XPath queries in C.

    Text is bounded by the source length; the sum of depths and the
    depth-weighted text by the element count and text length times a depth
    that no element reaches. Only a page failing one check is walked.

    The element count is bounded without counting when the source has few
    tags: each ``<`` opens at most one element and lets the parser imply one
    ``<p>``, besides ``<html>``, ``<head>`` and ``<body>``.
    """
    elements = 2 * source.count("<") + 4
    if MAX_DEPTH_SUM // elements < MAX_DEPTH or elements > MAX_ELEMENTS:
        elements = int(root.xpath("count(//*)"))  # the bound could cost a deeper check or a walk
    return _within_bounds(root, elements, len(source))


def _within_bounds(root: lxml.etree._Element, elements: int, source_chars: int) -> bool:
    """`within_bounds` given an upper bound of the element count and of the text's length."""
    if elements > MAX_ELEMENTS or source_chars > MAX_TEXT_CHARS:
        return False
    depth = min(MAX_DEPTH, MAX_DEPTH_SUM // max(1, elements), MAX_DEPTH_TEXT // max(1, source_chars))
    if depth < 1:
        return False
    # In order, each linear in the page once the depth is known to be bounded
    # (chained '//' steps would be polynomial on deep pages).
    checks = (
        "/*" * (depth + 1),  # an element deeper than `depth` (the root is level 1)
        "//a[ancestor::a]",
        f"//table[count(ancestor::table) >= {MAX_TABLE_NESTING}]",
    )
    return not any(root.xpath(f"boolean({check})") for check in checks)


def bound_tree(root: lxml.etree._Element) -> list[str]:
    """Cut ``root`` to the work bounds (elements, text, nesting); shorten huge attributes.

    Extraction reads each element's whole text and each link's inside every
    ancestor, so its cost follows the sum of depths and the depth-weighted
    text; links inside links would multiply it again, so they are unwrapped.
    """
    notes = _cut_to_element_count(root)
    if notes and _fits_once_cut(root):
        return notes
    unwrap: list[lxml.etree._Element] = []
    elements = chars = weighted = depth = depth_sum = links_open = tables_open = 0
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            if depth <= MAX_DEPTH:  # deeper elements were not counted as links or tables
                links_open -= element.tag == "a"
                tables_open -= element.tag == "table"
            depth -= 1
            continue
        depth += 1
        level = min(depth, MAX_DEPTH)  # where the element ends up once deeper ones are unwrapped
        depth_sum += level
        elements += 1
        if depth > MAX_DEPTH:
            unwrap.append(element)
        elif element.tag == "a":
            if links_open:
                unwrap.append(element)
            links_open += 1
        elif element.tag in _TABLE_TAGS:
            if tables_open + (element.tag == "table") > MAX_TABLE_NESTING:
                unwrap.append(element)
            tables_open += element.tag == "table"
        if elements > MAX_ELEMENTS or depth_sum > MAX_DEPTH_SUM:
            _cut_from(element)
            what = f"more than {MAX_ELEMENTS:,} elements" if elements > MAX_ELEMENTS else "too much deep nesting"
            notes.append(f"page has {what}; the rest was not read")
            break
        if element.attrib:
            for key, value in element.attrib.items():
                if len(value) > MAX_ATTRIBUTE_CHARS:
                    element.set(key, value[:MAX_ATTRIBUTE_CHARS])
        text, tail = element.text or "", element.tail or ""
        # the tail is counted early (a conservative bound), one level up
        over_chars = chars + len(text) + len(tail) > MAX_TEXT_CHARS
        over_weight = weighted + level * len(text) + (level - 1) * len(tail) > MAX_DEPTH_TEXT
        if over_chars or over_weight:
            keep = max(0, min(len(text), MAX_TEXT_CHARS - chars, (MAX_DEPTH_TEXT - weighted) // level))
            _cut_after_text(element, keep)
            if keep == len(text) and element.getparent() is not None:
                chars += keep
                weighted += level * keep
                room = min(MAX_TEXT_CHARS - chars, (MAX_DEPTH_TEXT - weighted) // max(1, level - 1))
                element.tail = tail[: max(0, room)]
            what = f"more than {MAX_TEXT_CHARS:,} characters of text" if over_chars else "too much deeply nested text"
            notes.append(f"page has {what}; the rest was not read")
            break
        chars += len(text) + len(tail)
        weighted += level * len(text) + (level - 1) * len(tail)
    for element in unwrap:
        if element.getparent() is None:
            continue
        if element.tag in _NOT_TEXT:
            element.drop_tree()  # unwrapped, its code would read as text
        else:
            element.drop_tag()  # keeps its text and children in place
    return notes


def _cut_to_element_count(root: lxml.etree._Element) -> list[str]:
    """Cut ``root`` after its first `MAX_ELEMENTS` elements, found in C (`bound_tree` would cut there too)."""
    beyond = root.xpath(f"(//*)[{MAX_ELEMENTS + 1}]")
    if not beyond:
        return []
    _cut_from(beyond[0])
    return [f"page has more than {MAX_ELEMENTS:,} elements; the rest was not read"]


def _fits_once_cut(root: lxml.etree._Element) -> bool:
    """`within_bounds` for a tree already cut to `MAX_ELEMENTS`: its text counted in C, not bounded by a source."""
    elements = int(root.xpath("count(//*)"))
    return _within_bounds(root, elements, int(root.xpath("string-length(string())")))


def _drop_following(node: lxml.etree._Element) -> None:
    """Remove what follows ``node`` in document order: its tail, later siblings, ancestors' tails."""
    while node is not None:
        parent = node.getparent()
        node.tail = None
        if parent is not None:
            for sibling in list(node.itersiblings()):
                parent.remove(sibling)
        node = parent


def _cut_from(element: lxml.etree._Element) -> None:
    """Remove ``element`` and everything after it."""
    parent = element.getparent()
    _drop_following(element)
    if parent is not None:
        parent.remove(element)


def _cut_after_text(element: lxml.etree._Element, keep: int) -> None:
    """Keep ``keep`` characters of ``element.text`` and nothing after them."""
    element.text = (element.text or "")[:keep]
    for child in list(element):
        element.remove(child)
    _drop_following(element)


def tree_from_object(source: Any) -> ParsedPage:
    """A private, bounded lxml tree from a BeautifulSoup object or an lxml element/tree."""
    if isinstance(source, lxml.etree._ElementTree):
        source = source.getroot()
    if isinstance(source, lxml.etree._Element):
        if isinstance(source, lxml.html.HtmlElement):
            root = copy.deepcopy(source)  # steps edit the tree; never the caller's
            return ParsedPage(root, bound_tree(root))
        return parse_html(lxml.etree.tostring(source, encoding="unicode", method="html"))
    return parse_html(str(source))  # BeautifulSoup / bs4 Tag: its markup


def is_markup_object(source: Any) -> bool:
    """True for lxml elements and trees, and BeautifulSoup objects."""
    if isinstance(source, (lxml.etree._Element, lxml.etree._ElementTree)):
        return True
    return type(source).__module__.startswith("bs4")
