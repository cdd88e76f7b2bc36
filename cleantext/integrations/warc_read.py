"""Reading WARC, ARC and WET records: which to clean, and their payloads decoded.

`read_warc` turns every record into an `HtmlRecord` (an HTML response to
clean), a `TextRecord` (the plain text of a WET ``conversion`` record) or a
skipped/failed `WarcResult`. Records are read with warcio (imported on first
use; see docs/scale.md for why warcio rather than FastWARC). Nothing here
raises for bad input except an unreadable file. `cleantext.integrations.warc`
cleans what this module reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from os import PathLike, fspath
from typing import IO, Any, Union

from ..document import Document
from ..ingest import DEFAULT_MAX_BYTES, looks_like_html
from ..ingest.decode import declared_encoding, web_encoding

Source = Union[str, "PathLike[str]", IO[bytes]]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Content-Types of a WET ``conversion`` record's text (Common Crawl writes ``text/plain``).
TEXT_TYPES = frozenset({"", "text/plain"})
#: Content-Types that say nothing useful: the payload is sniffed instead.
GENERIC_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream", "unknown/unknown", "application/unknown"})
#: Payload starts of common non-HTML files served under an HTML or generic type.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"OggS", b"\x00\x00\x01\x00")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
_HTTP_STATUS_LINES = ["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0", "HTTP/3"]


@dataclass
class WarcResult:
    """What became of one WARC record: a `Document`, a skip reason or an error."""

    record_id: str | None
    url: str | None
    date: str | None  #: the record's WARC-Date, as written in the file
    document: Document | None = None
    error: str | None = None
    skipped_reason: str | None = None

    @property
    def status(self) -> str:
        """``"cleaned"``, ``"failed"`` or ``"skipped"``."""
        return "cleaned" if self.document is not None else "failed" if self.error else "skipped"

    def to_dict(self, source: str | None = None) -> dict[str, Any]:
        """The document's ``to_dict()`` (or just the URL) plus record id, WARC date, error and ``source`` if given."""
        data = self.document.to_dict() if self.document is not None else {"url": self.url}
        if source is not None:
            data["source"] = source
        data.update(record_id=self.record_id, warc_date=self.date, error=self.error)
        return data


@dataclass(frozen=True)
class HtmlRecord:
    """An HTML payload read from a WARC record, ready to clean (picklable)."""

    record_id: str | None
    url: str | None
    date: str | None
    payload: bytes | str  #: str when already decoded (then used as is)
    charset: str | None = None  #: from the HTTP Content-Type header
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextRecord:
    """The plain text of a WET ``conversion`` record, ready to clean as text (picklable)."""

    record_id: str | None
    url: str | None
    date: str | None
    text: str | bytes  #: bytes only when neither the header charset nor UTF-8 fits (`clean` then detects)
    warnings: tuple[str, ...] = ()


#: What `read_warc` hands on for cleaning.
Record = Union[HtmlRecord, TextRecord]


# -- deciding and decoding -------------------------------------------------------
def media_type(content_type: str | None) -> str:
    """The lower-cased type/subtype of a Content-Type header.

    >>> media_type("Text/HTML; charset=UTF-8")
    'text/html'
    """
    return (content_type or "").split(";", 1)[0].strip().lower()


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any.

    >>> header_charset('text/html; charset="Shift_JIS"')
    'Shift_JIS'
    """
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def is_html(content_type: str | None, payload: bytes) -> bool:
    """True when the payload should be cleaned as an HTML page.

    >>> is_html("text/html", b"<p>Hi"), is_html(None, b"<!doctype html><p>Hi"), is_html("image/png", b"<p>")
    (True, True, False)
    >>> is_html("text/html", b"%PDF-1.7 ..."), is_html("text/plain", b"just words")
    (False, False)
    """
    kind = media_type(content_type)
    if kind not in HTML_TYPES and kind not in GENERIC_TYPES:
        return False
    head = payload[:4096].lstrip()
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if kind in HTML_TYPES:
        return True
    text = head.decode("utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "latin-1", errors="replace")
    return looks_like_html(text)


def decode_payload(payload: bytes | str, charset: str | None) -> str | bytes:
    """Text decoded with the header ``charset`` when the page declares none, else the bytes.

    A byte-order mark or a ``<meta charset>`` wins over the header, and so does
    valid non-ASCII UTF-8 (as in `clean`; headers often carry a server default);
    bytes are returned for `clean` to decode as usual.

    >>> decode_payload("<p>café</p>".encode("cp1252"), "ISO-8859-1")
    '<p>café</p>'
    >>> decode_payload("<p>café</p>".encode("utf-8"), "ISO-8859-1")
    b'<p>caf\\xc3\\xa9</p>'
    """
    if isinstance(payload, str) or not charset or payload.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return payload
    encoding = web_encoding(charset)
    if encoding is None or declared_encoding(payload) or _utf8_text(payload):
        return payload
    try:
        return payload.decode(encoding)
    except UnicodeDecodeError:
        return payload  # the header lies: let clean() detect


def decode_text(payload: bytes, charset: str | None) -> str | bytes:
    """A WET record's text: in the header ``charset`` if it is a web encoding, else UTF-8.

    Common Crawl writes WET text as UTF-8. Bytes that fit neither come back as
    bytes, for `clean` to detect their encoding.

    >>> decode_text("café".encode(), None), decode_text("café".encode("cp1252"), "ISO-8859-1")
    ('café', 'café')
    >>> decode_text(b"caf\\xe9", None)
    b'caf\\xe9'
    """
    encoding = (web_encoding(charset) if charset else None) or "utf-8"
    if encoding == "utf-8" and payload.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    try:
        return payload.decode(encoding)
    except UnicodeDecodeError:
        return payload


def _utf8_text(payload: bytes) -> bool:
    try:
        return not payload.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


# -- reading ----------------------------------------------------------------------
def read_warc(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record | WarcResult]:
    """Yield an `HtmlRecord` per HTML response, a `TextRecord` per WET text record, else a skipped/failed `WarcResult`.

    Files may mix record types (WARC and WET records alike): each is judged alone.

    ``source`` is a path or a binary file object (seekable ones can be resynced
    after a broken record; from others, reading stops there with an error).
    """
    if isinstance(source, (str, PathLike)):
        with open(fspath(source), "rb") as stream:
            yield from read_warc(stream, max_bytes=max_bytes)
        return
    from warcio.archiveiterator import ArchiveIterator

    while True:
        iterator = ArchiveIterator(source, arc2warc=True)
        try:
            for record in iterator:
                yield _convert(record, max_bytes)  # never raises: errors become results
            return
        except Exception as error:  # noqa: BLE001 - the WARC framing itself is broken here
            failed_at = iterator.offset
            yield WarcResult(None, None, None, error=f"unreadable record at byte {failed_at}: {_describe(error)}")
            if _resync(source, failed_at) is None:
                return


def _resync(stream: IO[bytes], failed_at: int) -> int | None:
    """Seek to the next gzip member or ``WARC/`` line after ``failed_at``; None if none."""
    try:
        stream.seek(failed_at)
        head = stream.read(2)
        compressed = head == b"\x1f\x8b"
        position = failed_at + 1
        stream.seek(position)
        carry = b""
        needle = b"\x1f\x8b\x08" if compressed else b"\nWARC/1."
        while True:
            block = stream.read(1 << 20)
            if not block:
                return None
            found = (carry + block).find(needle)
            if found >= 0:
                target = position - len(carry) + found + (0 if compressed else 1)
                stream.seek(target)
                return target
            carry = block[-(len(needle) - 1) :]
            position += len(block)
    except (OSError, ValueError, AttributeError):
        return None  # not seekable: nothing after the break can be found


def _convert(record: Any, max_bytes: int) -> Record | WarcResult:
    """One warcio record to an `HtmlRecord`, a `TextRecord` or a skipped/failed `WarcResult`."""
    headers = record.rec_headers
    result = WarcResult(
        headers.get_header("WARC-Record-ID"),
        headers.get_header("WARC-Target-URI"),
        headers.get_header("WARC-Date"),
    )
    try:
        if record.rec_type not in ("response", "resource", "conversion"):
            result.skipped_reason = f"record_type:{record.rec_type}"
            return result
        length = (headers.get_header("Content-Length") or "").strip()
        if not length.isdigit():
            result.error = f"invalid WARC Content-Length: {length!r}"
            return result
        if record.rec_type == "conversion":
            return _text_record(record, result, max_bytes)
        http = record.http_headers
        if http is None and record.rec_type == "response":
            http = _late_http_headers(record, max_bytes)
        if http is not None:
            status = http.get_statuscode()
            if not (status or "").startswith("2"):
                result.skipped_reason = "http_status"
                return result
            content_type = http.get_header("Content-Type")
            encoding = (http.get_header("Content-Encoding") or "identity").strip().lower()
            if encoding not in ("identity", "none", "", "gzip", "x-gzip", "deflate", "br"):
                result.error = f"unsupported Content-Encoding: {encoding}"
                return result
        else:
            content_type, encoding = headers.get_header("Content-Type"), "identity"
        payload = _brotli_payload(record, http, max_bytes) if encoding == "br" else record.content_stream().read(max_bytes + 1)
        if not payload.strip():
            result.skipped_reason = "empty"
        elif len(payload) > max_bytes:
            result.skipped_reason = "too_large"
        elif not is_html(content_type, payload):
            result.skipped_reason = "not_html"
        else:
            return HtmlRecord(result.record_id, result.url, result.date, payload, header_charset(content_type), _truncation(record))
    except Exception as error:  # noqa: BLE001 - a broken HTTP header, chunk or compressed stream
        result.error = _describe(error)
    return result


def _text_record(record: Any, result: WarcResult, max_bytes: int) -> TextRecord | WarcResult:
    """A WET ``conversion`` record: its text to clean, or why not (``not_text``, ``empty``, ``too_large``)."""
    content_type = record.rec_headers.get_header("Content-Type")
    if media_type(content_type) not in TEXT_TYPES:
        result.skipped_reason = "not_text"
        return result
    payload = record.content_stream().read(max_bytes + 1)
    if not payload.strip():
        result.skipped_reason = "empty"
    elif len(payload) > max_bytes:
        result.skipped_reason = "too_large"
    else:
        text = decode_text(payload, header_charset(content_type))
        return TextRecord(result.record_id, result.url, result.date, text, _truncation(record))
    return result


def _truncation(record: Any) -> tuple[str, ...]:
    """The warning for a record marked ``WARC-Truncated`` or cut short by the end of the file, if any."""
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if not truncated and _cut_short(record.raw_stream):
        truncated = "file ends inside the record"
    return (f"WARC record truncated ({truncated}): the page may be incomplete",) if truncated else ()


def _cut_short(raw: Any) -> bool:
    """True when the file ended before the record's Content-Length (bytes after the payload are fine)."""
    while getattr(raw, "limit", 0) > 0:
        if not raw.read(1 << 16):
            return True
    return False


def _late_http_headers(record: Any, max_bytes: int) -> Any:
    """Parse HTTP headers warcio left in the payload (it only does for http(s) URIs)."""
    import io

    block = record.raw_stream.read(max_bytes + 1)
    record.raw_stream = io.BytesIO(block)
    if not block.startswith(b"HTTP/"):
        return None
    from warcio.statusandheaders import StatusAndHeadersParser

    record.http_headers = StatusAndHeadersParser(_HTTP_STATUS_LINES, verify=False).parse(record.raw_stream)
    return record.http_headers


def _brotli_payload(record: Any, http: Any, max_bytes: int) -> bytes:
    """The payload of a ``Content-Encoding: br`` response (warcio's own br support breaks with brotli 1.2)."""
    import brotli  # type: ignore[import-untyped]
    from warcio.bufferedreaders import ChunkedDataReader

    chunked = (http.get_header("Transfer-Encoding") or "").strip().lower() == "chunked"
    stream = ChunkedDataReader(record.raw_stream) if chunked else record.raw_stream
    decompressor = brotli.Decompressor()
    payload = bytearray()
    while len(payload) <= max_bytes and (block := stream.read(1 << 16)):
        payload += decompressor.process(block)
    return bytes(payload)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error).strip()[:300]}"


__all__ = [
    "GENERIC_TYPES", "HTML_TYPES", "TEXT_TYPES", "HtmlRecord", "Record", "Source", "TextRecord", "WarcResult",
    "decode_payload", "decode_text", "header_charset", "is_html", "media_type", "read_warc",
]
