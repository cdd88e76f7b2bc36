"""The extractors compared: cleantext and its peers, each ``input -> Output``.

On HTML input every adapter takes the page's raw bytes (as fetched) and returns
plain text; work a tool needs to turn its own result into text (readability's
HTML) is part of its call. On a plain-text input (``benchmarks.inputs``) the
adapter gets that text: cleantext cleans it, ``raw`` returns it as it is and
``c4`` applies the C4 line filter. A peer whose package does not import is
reported as missing.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .scoring import Page


@dataclass
class Output:
    """A tool's text for one page; ``doc`` is cleantext's Document (else None)."""

    text: str
    doc: Any = None


Extract = Callable[[Any, Page], Output]


@dataclass(frozen=True)
class Tool:
    """A named extractor, the distribution it comes from, and its call."""

    name: str
    package: str
    extract: Extract

    def version(self) -> str:
        try:
            return importlib.metadata.version(self.package)
        except importlib.metadata.PackageNotFoundError:
            return "unknown"


#: Baseline for relative time.
REFERENCE = "trafilatura"
#: Tools that take HTML, and tools that take plain text.
TEXT_TOOLS = ("cleantext", "raw", "c4")
ALL_TOOLS = (
    "cleantext",
    "trafilatura",
    "trafilatura-precision",
    "trafilatura-fast",
    "readability",
    "justext",
    "resiliparse",
)

_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)
_JUSTEXT_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "ru": "Russian", "cs": "Czech",
    "da": "Danish", "sv": "Swedish", "fi": "Finnish", "hu": "Hungarian", "tr": "Turkish",
    "ar": "Arabic", "el": "Greek", "uk": "Ukrainian", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
}  # fmt: skip


def _cleantext() -> Extract:
    from cleantext import clean

    def run(data: bytes | str, page: Page) -> Output:
        doc = clean(data, input_format="text" if isinstance(data, str) else None)
        return Output(doc.text, doc)

    return run


def _raw() -> Extract:
    def run(text: str, page: Page) -> Output:
        return Output(text)

    return run


def _c4() -> Extract:
    from .c4 import c4_lines

    def run(text: str, page: Page) -> Output:
        return Output(c4_lines(text))

    return run


def _trafilatura(**options: Any) -> Callable[[], Extract]:
    def factory() -> Extract:
        import logging

        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

        def run(raw: bytes, page: Page) -> Output:
            return Output(trafilatura.extract(raw, include_comments=False, **options) or "")

        return run

    return factory


def _readability() -> Extract:
    import logging

    from lxml import html as lxml_html
    from readability import Document

    logging.getLogger("readability").setLevel(logging.CRITICAL)
    blocks = "p|div|li|h1|h2|h3|h4|h5|h6|blockquote|pre|tr|br|td|dd|dt"

    def run(raw: bytes, page: Page) -> Output:
        summary = Document(raw).summary(html_partial=True)
        tree = lxml_html.fromstring(summary)
        for element in tree.xpath("//" + " | //".join(blocks.split("|"))):
            element.tail = "\n" + (element.tail or "")
        return Output(tree.text_content().strip())

    return run


def justext_language(raw: bytes) -> str:
    """jusText stoplist for the page's ``<html lang>``, English when unknown."""
    match = _HTML_LANG.search(raw[:20000])
    code = match.group(1).decode("ascii").lower()[:2] if match else "en"
    return _JUSTEXT_LANGUAGES.get(code, "English")


def _justext() -> Extract:
    import justext

    stoplists = {name: justext.get_stoplist(name) for name in set(_JUSTEXT_LANGUAGES.values()) | {"English"}}

    def run(raw: bytes, page: Page) -> Output:
        paragraphs = justext.justext(raw, stoplists[justext_language(raw)])
        return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def _resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(raw: bytes, page: Page) -> Output:
        tree = HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw) or "utf-8"))
        return Output(extract_plain_text(tree, main_content=True))

    return run


_FACTORIES: dict[str, tuple[str, Callable[[], Extract]]] = {
    "cleantext": ("cleantext-articles", _cleantext),
    "trafilatura": ("trafilatura", _trafilatura()),
    "trafilatura-precision": ("trafilatura", _trafilatura(favor_precision=True)),
    "trafilatura-fast": ("trafilatura", _trafilatura(fast=True)),
    "readability": ("readability-lxml", _readability),
    "justext": ("jusText", _justext),
    "resiliparse": ("resiliparse", _resiliparse),
    "raw": ("cleantext-articles", _raw),
    "c4": ("cleantext-articles", _c4),
}


def load_tools(names: list[str]) -> tuple[dict[str, Tool], dict[str, str]]:
    """The importable tools among ``names``, and ``{name: why}`` for the missing ones."""
    tools: dict[str, Tool] = {}
    missing: dict[str, str] = {}
    for name in names:
        if name not in _FACTORIES:
            missing[name] = f"unknown tool (known: {', '.join(ALL_TOOLS)})"
            continue
        package, factory = _FACTORIES[name]
        try:
            tools[name] = Tool(name, package, factory())
        except ImportError as error:
            missing[name] = f"not importable: {error}"
    return tools, missing
