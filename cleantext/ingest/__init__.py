"""Ingest: turn what the user passed into a `Document`, parsing HTML exactly once.

Accepted: ``str`` or ``bytes`` (HTML or plain text, any encoding), a
BeautifulSoup object or Tag, an lxml element or tree. Any ``str`` or ``bytes``
up to ``max_bytes`` gives a Document (random bytes, NUL bytes, lone
surrogates, lying charsets included); the work done on it is bounded (see
`cleantext.ingest.html` for HTML; plain text keeps `MAX_TEXT_CHARS`), and a
bound that cut the input marks the document ``truncated``.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Document
from ..errors import InputTooLargeError, UnsupportedInputError
from .decode import decode_bytes
from .html import MAX_TEXT_CHARS, ParsedPage, is_markup_object, parse_html, tree_from_object
from .language import guess_language
from .plaintext import split_blocks

#: Default largest input accepted, in bytes (characters for ``str``).
DEFAULT_MAX_BYTES = 50_000_000

_HTML_TAG = re.compile(
    r"<(?:!doctype|html|head|body|div|p|article|main|section|span|br|meta|title|h[1-6]|table|ul|ol|li|a|img|script|style)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_SNIFF_CHARS = 4096
_SURROGATE = re.compile("[\ud800-\udfff]")


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` contains an HTML tag.

    >>> looks_like_html("<!DOCTYPE html><p>Hi</p>"), looks_like_html("1 < 2 and 3 > 2")
    (True, False)
    """
    return _HTML_TAG.search(text[:_SNIFF_CHARS]) is not None


def ingest(source: Any, *, input_format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Build the starting `Document`: a parsed tree for HTML, blocks for plain text."""
    if input_format not in (None, "html", "text"):
        raise UnsupportedInputError(f"input_format must be 'html', 'text' or None, not {input_format!r}")
    if is_markup_object(source):
        return _html_document(tree_from_object(source))
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), max_bytes)
        text, _ = decode_bytes(data)
    elif isinstance(source, str):
        _check_size(len(source), max_bytes)
        text = source
    else:
        raise UnsupportedInputError(
            f"clean() takes str, bytes, a BeautifulSoup object or an lxml element, not {type(source).__name__}"
        )
    if (input_format or ("html" if looks_like_html(text) else "text")) == "html":
        return _html_document(parse_html(text))
    return _text_document(text)


def _html_document(page: ParsedPage) -> Document:
    doc = Document(source_format="html", tree=page.root)
    for note in page.notes:
        doc.mark_truncated(note)
    return doc


def _text_document(text: str) -> Document:
    notes = []
    if len(text) > MAX_TEXT_CHARS:
        cut = text.rfind("\n\n", 0, MAX_TEXT_CHARS)
        notes.append(f"text of {len(text):,} characters cut to its first {MAX_TEXT_CHARS:,}")
        text = text[: cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS]
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates cannot be written out as UTF-8
    doc = Document(all_blocks=split_blocks(text), source_format="text", language=guess_language(text))
    for note in notes:
        doc.mark_truncated(note)
    return doc


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputTooLargeError(f"input is {size:,} bytes, over the limit of {max_bytes:,} (raise max_bytes to accept it)")
