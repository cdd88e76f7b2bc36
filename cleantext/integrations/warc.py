"""Clean the HTML pages of WARC and ARC files (gzip'd or not), record by record::

    from cleantext.integrations.warc import clean_warc

    for result in clean_warc("CC-MAIN-...warc.gz", jobs=2, timeout=30):
        if result.document:
            print(result.url, result.document.title)

Records are read with warcio (imported on first use; see docs/scale.md for why
warcio rather than FastWARC). Only HTML responses are cleaned: the HTTP (or,
for ``resource`` records, WARC) Content-Type must be HTML, or generic and the
payload must look like HTML. Chunked transfer-encoding and gzip, deflate and br
content-encodings are undone. When the page declares no charset, the one in the
HTTP Content-Type header is used. A broken record gives a `WarcResult` with an
``error`` and reading goes on at the next record; nothing here raises for bad
input except an unreadable file.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from os import PathLike, fspath
from typing import IO, Any, Union

from ..api import clean
from ..document import Document
from ..ingest import DEFAULT_MAX_BYTES, looks_like_html
from ..ingest.decode import declared_encoding, web_encoding
from ..site.rules import RulesLike, load_rules

Source = Union[str, "PathLike[str]", IO[bytes]]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
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


def _utf8_text(payload: bytes) -> bool:
    try:
        return not payload.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


# -- reading ----------------------------------------------------------------------
def read_warc(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[HtmlRecord | WarcResult]:
    """Yield an `HtmlRecord` per HTML response and a skipped/failed `WarcResult` per other record.

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


def _convert(record: Any, max_bytes: int) -> HtmlRecord | WarcResult:
    """One warcio record to an `HtmlRecord` or a skipped/failed `WarcResult`."""
    headers = record.rec_headers
    result = WarcResult(
        headers.get_header("WARC-Record-ID"),
        headers.get_header("WARC-Target-URI"),
        headers.get_header("WARC-Date"),
    )
    try:
        if record.rec_type not in ("response", "resource"):
            result.skipped_reason = f"record_type:{record.rec_type}"
            return result
        length = (headers.get_header("Content-Length") or "").strip()
        if not length.isdigit():
            result.error = f"invalid WARC Content-Length: {length!r}"
            return result
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
            truncated = headers.get_header("WARC-Truncated")
            if not truncated and _cut_short(record.raw_stream):
                truncated = "file ends inside the record"
            warnings = (f"WARC record truncated ({truncated}): the page may be incomplete",) if truncated else ()
            return HtmlRecord(result.record_id, result.url, result.date, payload, header_charset(content_type), warnings)
    except Exception as error:  # noqa: BLE001 - a broken HTTP header, chunk or compressed stream
        result.error = _describe(error)
    return result


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


# -- cleaning ---------------------------------------------------------------------
class RecordTimeout(BaseException):
    """A record ran over its time budget (a BaseException, so no ``except Exception`` in a step swallows it)."""


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `RecordTimeout` in the ``with`` body after ``seconds`` (wall clock).

    Uses ``SIGALRM``, so it only acts in the main thread on POSIX (where worker
    processes and Spark's Python workers run); elsewhere it does nothing. Code
    stuck inside one C call is interrupted when the call returns.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def _expire(signum: int, frame: Any) -> None:
        raise RecordTimeout()

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def clean_record(record: HtmlRecord, *, timeout: float | None = None, rules: RulesLike | None = None) -> WarcResult:
    """Clean one `HtmlRecord` in this process; failures and timeouts come back as ``error``.

    The time budget is `time_budget`'s alarm (for Spark workers, where forking a
    helper process per record would cost more than the page); `clean_records`
    uses ``clean_many``'s worker processes instead. ``rules``: site rules, as
    for `clean` (the record's target URI names the site).
    """
    result = WarcResult(record.record_id, record.url, record.date)
    try:
        with time_budget(timeout):
            document = clean(decode_payload(record.payload, record.charset), url=record.url, rules=rules)
        document.warnings.extend(record.warnings)
        result.document = document
    except RecordTimeout:
        result.error = f"timed out after {timeout:g}s"
    except Exception as error:  # noqa: BLE001 - one bad page must not stop the run
        result.error = _describe(error)
    return result


def clean_records(
    items: Iterable[HtmlRecord | WarcResult],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    templates: bool = True,
    rules: RulesLike | None = None,
) -> Iterator[WarcResult]:
    """Clean the `HtmlRecord`s among ``items`` (others pass through), in order.

    Runs on `cleantext.batch.clean_many`: ``jobs`` worker processes, a few
    records in flight each, and ``timeout`` seconds per record (a worker that
    runs over is killed and replaced, so even a page stuck in C code is cut off).
    Each record's target URI is the page's URL, for ``rules`` (site rules) and
    for ``templates`` (each host's repeated blocks, learned from all of
    ``items``: results then come once every record is cleaned, see
    `cleantext.site.templates`).
    """
    results = _cleaned_records(items, jobs, timeout, load_rules(rules) if rules is not None else None)
    if templates:
        from ..site.templates import remove_templates

        results = remove_templates(results, lambda result: result.document)
    return results


def _cleaned_records(
    items: Iterable[HtmlRecord | WarcResult], jobs: int, timeout: float | None, rules: RulesLike | None
) -> Iterator[WarcResult]:
    from ..batch import clean_many

    queue: deque[HtmlRecord | WarcResult] = deque()

    def sources() -> Iterator[tuple[str | None, str | bytes, str | None]]:
        for item in items:
            queue.append(item)
            if isinstance(item, HtmlRecord):
                yield item.record_id, decode_payload(item.payload, item.charset), item.url

    for outcome in clean_many(sources(), jobs=jobs, timeout=timeout, templates=False, rules=rules):
        while isinstance(queue[0], WarcResult):
            yield queue.popleft()  # type: ignore[misc]
        record = queue.popleft()
        assert isinstance(record, HtmlRecord)
        result = WarcResult(record.record_id, record.url, record.date, error=outcome.error)
        if outcome.document is not None and outcome.error is None:
            outcome.document.url = record.url  # what clean(url=...) sets; clean_many has no per-item url
            outcome.document.warnings.extend(record.warnings)
            result.document = outcome.document
        yield result
    while queue:
        yield queue.popleft()  # type: ignore[misc]


def clean_warc(
    source: Source,
    *,
    jobs: int = 1,
    timeout: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    templates: bool = True,
    rules: RulesLike | None = None,
) -> Iterator[WarcResult]:
    """One `WarcResult` per record of a WARC/ARC file, in file order.

    ``result.document`` is set for cleaned pages; otherwise ``skipped_reason``
    (``record_type:request``, ``not_html``, ``http_status``, ``empty``,
    ``too_large``) or ``error`` says why not. ``templates`` and ``rules`` as
    in `clean_records` (templates are learned per file).
    """
    yield from clean_records(read_warc(source, max_bytes=max_bytes), jobs=jobs, timeout=timeout, templates=templates, rules=rules)


def clean_warcs(sources: Iterable[Source], **options: Any) -> Iterator[WarcResult]:
    """`clean_warc` over several files, one after the other."""
    for source in sources:
        yield from clean_warc(source, **options)



__all__ = [
    "GENERIC_TYPES", "HTML_TYPES", "HtmlRecord", "RecordTimeout", "Source", "WarcResult",
    "clean_record", "clean_records", "clean_warc", "clean_warcs", "decode_payload",
    "header_charset", "is_html", "media_type", "read_warc", "time_budget",
]
