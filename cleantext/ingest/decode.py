"""Bytes to text: byte-order mark, then the page's declared charset, then detection.

The order, and what makes it robust on crawled pages:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. UTF-16/32 without a mark is recognised by its pattern of zero bytes;
3. a ``<meta charset>`` / ``http-equiv`` / ``<?xml encoding?>`` declaration in
   the first kilobytes is honoured, mapped the way browsers map labels
   (``iso-8859-1`` is windows-1252, ``shift_jis`` is cp932, ...) and restricted
   to web encodings (never ``utf-7`` or Python-only codecs such as
   ``unicode_escape``), unless it lies: bytes that are valid UTF-8 with
   non-ASCII text are UTF-8 (legacy text practically never is), and bytes the
   declared codec cannot decode go to detection;
4. mostly-UTF-8 bytes with a few stray legacy bytes (mixed encodings) are
   UTF-8, each stray byte read as windows-1252;
5. otherwise ``charset-normalizer`` guesses.

`decode_bytes` never raises.
"""

from __future__ import annotations

import codecs
import logging
import re

_LOG = logging.getLogger("cleantext")

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
#: Bytes given to charset detection at most (it is the slow part).
DETECT_BYTES = 200_000
# Labels browsers map to another (superset) encoding (WHATWG Encoding Standard).
_ALIASES = {
    **dict.fromkeys(
        ("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819", "x-cp1252"),
        "cp1252",
    ),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "iso_8859-9", "latin5", "l5"), "cp1254"),
    **dict.fromkeys(("tis-620", "iso-8859-11", "iso8859-11"), "cp874"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "gb_2312-80"), "gb18030"),
    **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932"), "cp932"),
    **dict.fromkeys(("euc-kr", "euc_kr", "ks_c_5601-1987", "korean", "windows-949", "csksc56011987"), "cp949"),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5"), "big5hkscs"),
    **dict.fromkeys(("macintosh", "mac", "x-mac-roman", "csmacintosh"), "mac_roman"),
    "x-mac-cyrillic": "mac_cyrillic",
    "iso-8859-8-i": "iso8859_8",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
}
# Encodings a web page may declare (Python names). A declared UTF-16/32 on a
# page without a byte-order mark is wrong by definition (browsers read UTF-8).
_WEB_ENCODINGS = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8", "cp866", "koi8-r", "koi8-u", "mac_roman", "mac_cyrillic", "cp874", "gb18030", "big5hkscs",
        "euc_jp", "iso2022_jp", "cp932", "cp949", "euc_kr", "shift_jis", "big5",
        *(f"cp{n}" for n in range(1250, 1259)),
        *(f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    )
)
_ASCII = bytes(range(128))
# A well-formed UTF-8 multi-byte sequence (RFC 3629).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
#: Share of non-ASCII bytes that must form valid UTF-8 for mixed input to be read as UTF-8.
MIXED_UTF8_SHARE = 0.8


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Error handler: read bytes that are not UTF-8 as windows-1252 (latin-1 where undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("cleantext-cp1252", _cp1252_fallback)


def web_encoding(label: str) -> str | None:
    """Python's codec for a charset label a page may use, or ``None``.

    >>> web_encoding("ISO-8859-1"), web_encoding("Shift_JIS"), web_encoding("utf-7"), web_encoding("unicode_escape")
    ('cp1252', 'cp932', None, None)
    """
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return name if name in _WEB_ENCODINGS else None


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first kilobytes, if it is a web encoding.

    >>> declared_encoding(b'<meta charset="Shift_JIS">')
    'cp932'
    """
    match = _DECLARED.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    return web_encoding(match.group(1).decode("ascii"))


def utf16_32_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` or ``utf-32-le``/``-be`` when zero bytes show that layout.

    >>> utf16_32_without_bom("<html>hi</html>".encode("utf-16-le")), utf16_32_without_bom(b"<html>")
    ('utf-16-le', None)
    """
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 4]
    if len(sample) < 4 or sample.count(0) * 4 < len(sample):
        return None
    zeros = [sample[k::4].count(0) / max(1, len(sample[k::4])) for k in range(4)]
    # UTF-32: the top byte of every code point is zero, the next one for all of
    # the BMP; the low byte rarely is.
    if zeros[3] > 0.9 and zeros[2] > 0.7 and zeros[0] < 0.3:
        return "utf-32-le"
    if zeros[0] > 0.9 and zeros[1] > 0.7 and zeros[3] < 0.3:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if odd > 0.4 and even < 0.1:
        return "utf-16-le"
    if even > 0.4 and odd < 0.1:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences (mixed-encoding pages)."""
    non_ascii = len(data.translate(None, _ASCII))
    if not non_ascii:
        return True
    valid = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    return valid >= MIXED_UTF8_SHARE * non_ascii


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and say which encoding was used; never raises.

    >>> decode_bytes("café".encode("cp1252") + b'<meta charset="windows-1252">')[1]
    'cp1252'
    >>> decode_bytes("café ".encode("utf-8") + b'<meta charset="windows-1252">')  # the page lies
    ('café <meta charset="windows-1252">', 'utf-8')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    wide = utf16_32_without_bom(data)
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    declared = declared_encoding(data)
    if utf8 is not None and (declared in (None, "utf-8") or not utf8.isascii()):
        return utf8, "utf-8"
    if declared is not None and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration lied: detect instead
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="cleantext-cp1252"), "utf-8"
    return _detect(data)


# Encodings detection may answer, most used on the web first: the order breaks
# ties between equally good guesses (windows-1252 and windows-1250 read most
# Latin text alike). Rare look-alikes (ISO-8859-3/10/14/16, Mac code pages) are
# left out: detection prefers them over the common encoding on a hair of score.
_DETECTABLE = tuple(
    codecs.lookup(name).name
    for name in (
        "utf-8", "cp1252", "cp1251", "gb18030", "cp932", "cp949", "big5hkscs", "euc_jp", "cp1250", "iso8859_2",
        "cp1254", "cp1256", "cp1253", "iso8859_7", "koi8-r", "koi8-u", "cp1255", "iso8859_8", "cp874", "cp1257",
        "iso8859_15", "iso8859_5", "cp866", "iso2022_jp", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
    )
)
_DETECT_ALIASES = {"big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030", "ascii": "cp1252", "latin_1": "cp1252", "iso8859_9": "cp1254", "iso8859_1": "cp1252"}
#: Scores (coherence minus chaos) closer than this count as a tie.
_TIE = 0.005


def _canonical(label: str) -> str | None:
    try:
        name = codecs.lookup(_DETECT_ALIASES.get(label.lower(), label)).name
    except LookupError:
        return None
    name = codecs.lookup(_DETECT_ALIASES.get(name.replace("-", "_"), name)).name
    return name if name in _DETECTABLE else None


def _detect(data: bytes) -> tuple[str, str]:
    """charset-normalizer's best web-encoding guess; UTF-8 with replacements when it has none."""
    encoding = None
    try:
        from charset_normalizer import from_bytes

        scored = []
        for match in from_bytes(data[:DETECT_BYTES]):
            name = _canonical(match.encoding)
            if name is not None:
                scored.append((match.coherence - match.chaos, name))
        if scored:
            top = max(score for score, _ in scored)
            encoding = min((name for score, name in scored if score >= top - _TIE), key=_DETECTABLE.index)
    except Exception:  # noqa: BLE001  (a detector bug must not fail the document)
        _LOG.warning("charset detection failed; decoding as UTF-8", exc_info=True)
    if encoding is None:
        return data.decode("utf-8", errors="replace"), "utf-8"
    return data.decode(encoding, errors="replace"), encoding
