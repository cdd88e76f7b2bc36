"""Clean the HTML pages of WARC and ARC files and the text of WET files (gzip'd or not)::

    from cleantext.integrations.warc import clean_warc

    for result in clean_warc("CC-MAIN-...warc.gz", jobs=2, timeout=30):
        if result.document:
            print(result.url, result.document.title)

Records are read by `cleantext.integrations.warc_read` (its names are
re-exported here). HTML responses are cleaned as HTML; the ``conversion``
records of WET files (Common Crawl's extracted page text) are cleaned as plain
text, ``clean(text, input_format="text")``; a file may mix both. Each result
keeps its record's target URI, WARC-Date and record id. A broken record gives a
`WarcResult` with an ``error`` and reading goes on at the next record; nothing
here raises for bad input except an unreadable file.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..api import clean
from ..ingest import DEFAULT_MAX_BYTES
from ..site.rules import RulesLike, load_rules
from .warc_read import (
    GENERIC_TYPES,
    HTML_TYPES,
    TEXT_TYPES,
    HtmlRecord,
    Record,
    Source,
    TextRecord,
    WarcResult,
    _convert,
    _describe,
    decode_payload,
    decode_text,
    header_charset,
    is_html,
    media_type,
    read_warc,
)


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


def clean_options(record: Record) -> tuple[str | bytes, dict[str, Any]]:
    """What to pass to `clean` for a record: its source and keyword arguments.

    >>> clean_options(TextRecord("id", "https://w.example/", None, "Title\\n\\nBody."))
    ('Title\\n\\nBody.', {'input_format': 'text', 'url': 'https://w.example/'})
    """
    if isinstance(record, TextRecord):
        return record.text, {"input_format": "text", "url": record.url}
    return decode_payload(record.payload, record.charset), {"url": record.url}


def clean_record(record: Record, *, timeout: float | None = None, rules: RulesLike | None = None) -> WarcResult:
    """Clean one `HtmlRecord` or `TextRecord` in this process; failures and timeouts come back as ``error``.

    The time budget is `time_budget`'s alarm (for Spark workers, where forking a
    helper process per record would cost more than the page); `clean_records`
    uses ``clean_many``'s worker processes instead. ``rules``: site rules, as
    for `clean` (the record's target URI names the site).
    """
    result = WarcResult(record.record_id, record.url, record.date)
    try:
        source, options = clean_options(record)
        with time_budget(timeout):
            document = clean(source, rules=rules, **options)
        document.warnings.extend(record.warnings)
        result.document = document
    except RecordTimeout:
        result.error = f"timed out after {timeout:g}s"
    except Exception as error:  # noqa: BLE001 - one bad page must not stop the run
        result.error = _describe(error)
    return result


def clean_records(
    items: Iterable[Record | WarcResult],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    templates: bool = True,
    rules: RulesLike | None = None,
) -> Iterator[WarcResult]:
    """Clean the `HtmlRecord`s and `TextRecord`s among ``items`` (others pass through), in order.

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
    items: Iterable[Record | WarcResult], jobs: int, timeout: float | None, rules: RulesLike | None
) -> Iterator[WarcResult]:
    from ..batch import clean_many

    queue: deque[Record | WarcResult] = deque()

    def sources() -> Iterator[tuple[str | None, str | bytes, dict[str, Any]]]:
        for item in items:
            queue.append(item)
            if not isinstance(item, WarcResult):
                yield (item.record_id, *clean_options(item))

    for outcome in clean_many(sources(), jobs=jobs, timeout=timeout, templates=False, rules=rules):
        while isinstance(queue[0], WarcResult):
            yield queue.popleft()  # type: ignore[misc]
        record = queue.popleft()
        assert not isinstance(record, WarcResult)
        result = WarcResult(record.record_id, record.url, record.date, error=outcome.error)
        if outcome.document is not None and outcome.error is None:
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
    """One `WarcResult` per record of a WARC, ARC or WET file, in file order.

    ``result.document`` is set for cleaned pages (HTML responses and WET
    text); otherwise ``skipped_reason`` (``record_type:request``,
    ``not_html``, ``not_text``, ``http_status``, ``empty``, ``too_large``) or
    ``error`` says why not. ``templates`` and ``rules`` as in `clean_records`
    (templates are learned per file).
    """
    yield from clean_records(read_warc(source, max_bytes=max_bytes), jobs=jobs, timeout=timeout, templates=templates, rules=rules)


def clean_warcs(sources: Iterable[Source], **options: Any) -> Iterator[WarcResult]:
    """`clean_warc` over several files, one after the other."""
    for source in sources:
        yield from clean_warc(source, **options)


__all__ = [
    "GENERIC_TYPES", "HTML_TYPES", "TEXT_TYPES", "HtmlRecord", "Record", "RecordTimeout", "Source", "TextRecord",
    "WarcResult", "clean_options", "clean_record", "clean_records", "clean_warc", "clean_warcs", "decode_payload",
    "decode_text", "header_charset", "is_html", "media_type", "read_warc", "time_budget",
]
