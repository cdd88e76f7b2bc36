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
_META_KEYS = ("property", "name", "itemprop", "http-equiv")


def _meta_index(tree: etree._Element) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop (first one wins)."""
    index: dict[str, str] = {}
    for meta in tree.iter("meta"):  # a tag scan in C, quicker than XPath
        content = normalize_space(meta.get("content") or "")
        if content:
            for attr in _META_KEYS:
                key = meta.get(attr)
                if key:
                    index.setdefault(key.strip().lower(), content)
    return index


def _first(index: dict[str, str], *names: str) -> str | None:
    return next((index[name] for name in names if name in index), None)


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


#: Codes a page may declare for a language whose data is filed under another ("no": Norwegian).
_LANGUAGE_ALIASES = {"no": "nb", "nn": "nb"}


def _language_code(lang: str | None) -> str | None:
    """The language's code from a declared tag ("de-AT" -> "de", "no" -> "nb").

    >>> _language_code("de-AT"), _language_code("no"), _language_code(" ")
    ('de', 'nb', None)
    """
    if not lang or not lang.strip():
        return None
    code = re.split(r"[-_]", lang.strip())[0].lower()[:3]
    return _LANGUAGE_ALIASES.get(code, code)


def extract_metadata(tree: etree._Element, url: str | None = None) -> dict[str, str | None]:
    """Metadata fields found on the page (``None`` where nothing was found)."""
    meta = _meta_index(tree)
    ld: list[dict[str, Any]] | None = None

    def linked_data(key: str) -> str | None:
        nonlocal ld
        if ld is None:
            ld = _json_ld(tree)
        return _ld_value(ld, key)

    title = _first(meta, "og:title", "twitter:title") or linked_data("headline") or _first_text(tree, "//h1") or _first_text(tree, "//title")
    lang = tree.get("lang") or _first(meta, "og:locale", "content-language", "language")
    byline = (
        _first(meta, "author", "article:author", "byl", "parsely-author", "dc.creator")
        or linked_data("author")
        or _first_text(tree, '//*[@rel="author" or contains(@class, "byline")]', 120)
    )
    date = (
        _date(_first(meta, "article:published_time", "datepublished", "date", "pubdate", "dc.date", "og:published_time"))
        or _date(linked_data("datePublished"))
        or _date(next((t.get("datetime") for t in tree.iter("time") if t.get("datetime") is not None), None))
    )
    canonical = next(
        (link.get("href") for link in tree.iter("link") if link.get("rel") == "canonical" and link.get("href") is not None), None
    )
    return {
        "title": title,
        "byline": byline,
        "date": date,
        "language": _language_code(lang),
        "sitename": _first(meta, "og:site_name", "application-name") or linked_data("publisher"),
        "description": _first(meta, "og:description", "description", "twitter:description"),
        "url": url or (str(canonical) if canonical else None) or _first(meta, "og:url"),
    }
