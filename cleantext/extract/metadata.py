"""Page metadata: title, byline, date, language, site name, description, URL.

Read from the cheap, reliable places first (Open Graph and other ``<meta>``
tags, JSON-LD, ``<html lang>``), then from the visible page (``<h1>``,
``<time>``, ``<title>``). Pure lookups on the already-parsed tree.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from ..document import normalize_space

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]{2,30})?")
_META = "//meta[@{attr}=$name]/@content"


def _meta(tree: etree._Element, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for value in tree.xpath(_META.format(attr=attr), name=name):
                value = normalize_space(str(value))
                if value:
                    return value
    return None


def _json_ld(tree: etree._Element) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack and len(items) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                items.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph" and isinstance(v, list))
    return items


def _ld_value(items: list[dict[str, Any]], key: str) -> str | None:
    for item in items:
        value = item.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return normalize_space(value)
    return None


def _first_text(tree: etree._Element, xpath: str, max_chars: int = 300) -> str | None:
    for element in tree.xpath(xpath):
        text = normalize_space(element.text_content())
        if 0 < len(text) <= max_chars:
            return text
    return None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    match = _DATE.search(value)
    return match.group(0) if match else None


def extract_metadata(tree: etree._Element, url: str | None = None) -> dict[str, str | None]:
    """Metadata fields found on the page (``None`` where nothing was found)."""
    ld = _json_ld(tree)
    title = (
        _meta(tree, "og:title", "twitter:title")
        or _ld_value(ld, "headline")
        or _first_text(tree, "//h1")
        or _first_text(tree, "//title")
    )
    lang = tree.get("lang") or _meta(tree, "og:locale", "content-language", "language")
    return {
        "title": title,
        "byline": _meta(tree, "author", "article:author", "byl", "parsely-author", "dc.creator")
        or _ld_value(ld, "author")
        or _first_text(tree, '//*[@rel="author" or contains(@class, "byline")]', 120),
        "date": _date(_meta(tree, "article:published_time", "datePublished", "date", "pubdate", "dc.date", "og:published_time"))
        or _date(_ld_value(ld, "datePublished"))
        or _date(next(iter(tree.xpath("//time/@datetime")), None)),
        "language": re.split(r"[-_]", lang.strip())[0].lower()[:3] if lang and lang.strip() else None,
        "sitename": _meta(tree, "og:site_name", "application-name") or _ld_value(ld, "publisher"),
        "description": _meta(tree, "og:description", "description", "twitter:description"),
        "url": url or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None) or _meta(tree, "og:url"),
    }
