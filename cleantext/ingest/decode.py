"""Bytes to text: byte-order mark, then the page's declared charset, then detection."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml encoding="x"?>; searched in the first few kilobytes only.
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_SNIFF_BYTES = 4096
# Labels pages use that Python knows under another name (WHATWG treats these as supersets).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "x-sjis": "shift_jis"}


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first kilobytes, if Python knows it.

    >>> declared_encoding(b'<meta charset="Shift_JIS">')
    'shift_jis'
    """
    match = _DECLARED.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and say which encoding was used; never raises.

    >>> decode_bytes("café".encode("cp1252") + b'<meta charset="windows-1252">')[1]
    'cp1252'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    candidates = [declared_encoding(data), "utf-8"]
    for encoding in candidates:
        if encoding is None:
            continue
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue  # the declaration lied or the page is not UTF-8: detect instead
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace"), best.encoding
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace"), "utf-8"
