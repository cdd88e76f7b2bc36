"""The three inputs a page is scored on: its HTML, and two plain-text shapes made from it.

- ``html``: the raw bytes as fetched.
- ``text:lenient``: what a lenient main-content extractor keeps, image alt texts
  included (resiliparse ``extract_plain_text(main_content=True, alt_texts=True)``),
  the shape of the seed article in ``../shared/seeds``.
- ``text:page``: the whole page's text, as in Common Crawl's WET files
  (inscriptis ``get_text``).

The text is made outside the timed region: tools on a text input are timed on
cleaning the text, not on making it.
"""

from __future__ import annotations

from collections.abc import Callable

INPUTS = ("html", "text:lenient", "text:page")
Maker = Callable[[bytes], "bytes | str"]


def _decode(raw: bytes) -> str:
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    return bytes_to_str(raw, detect_encoding(raw) or "utf-8")


def _lenient() -> Maker:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def make(raw: bytes) -> str:
        return extract_plain_text(HTMLTree.parse(_decode(raw)), main_content=True, alt_texts=True)

    return make


def _page() -> Maker:
    from inscriptis import get_text

    def make(raw: bytes) -> str:
        return get_text(_decode(raw))

    return make


def maker(kind: str) -> Maker:
    """The function that turns a page's raw bytes into input ``kind`` (see `INPUTS`)."""
    if kind == "html":
        return lambda raw: raw
    if kind == "text:lenient":
        return _lenient()
    if kind == "text:page":
        return _page()
    raise ValueError(f"unknown input {kind!r} (known: {', '.join(INPUTS)})")
