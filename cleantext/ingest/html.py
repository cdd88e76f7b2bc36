"""Parse HTML once into an lxml tree, whatever form the page comes in."""

from __future__ import annotations

import copy
import re
from typing import Any

import lxml.etree
import lxml.html

# recover from broken markup, never fetch anything, drop comments and PIs early.
_PARSER = lxml.html.HTMLParser(
    recover=True, no_network=True, remove_comments=True, remove_pis=True, remove_blank_text=False, default_doctype=False
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")


def parse_html(text: str) -> lxml.html.HtmlElement | None:
    """Parse ``text`` into an ``<html>`` element; ``None`` when nothing is there."""
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        try:
            root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=_PARSER)
        except (lxml.etree.ParserError, ValueError):
            return None
    return root if isinstance(root, lxml.html.HtmlElement) else None


def tree_from_object(source: Any) -> lxml.html.HtmlElement | None:
    """A private lxml tree from a BeautifulSoup object or an lxml element/tree."""
    if isinstance(source, lxml.etree._ElementTree):
        source = source.getroot()
    if isinstance(source, lxml.etree._Element):
        if isinstance(source, lxml.html.HtmlElement):
            return copy.deepcopy(source)  # steps edit the tree; never the caller's
        return parse_html(lxml.etree.tostring(source, encoding="unicode", method="html"))
    return parse_html(str(source))  # BeautifulSoup / bs4 Tag: its markup


def is_markup_object(source: Any) -> bool:
    """True for lxml elements and trees, and BeautifulSoup objects."""
    if isinstance(source, (lxml.etree._Element, lxml.etree._ElementTree)):
        return True
    return type(source).__module__.startswith("bs4")
