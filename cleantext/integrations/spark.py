"""Clean pages inside a Spark job: a stateless, picklable ``mapPartitions`` function.

Common Crawl style, one partition per WARC or WET file (WET text records are
cleaned as plain text, as in `cleantext.integrations.warc`)::

    from cleantext.integrations.spark import clean_partition
    rows = sc.parallelize(warc_paths, len(warc_paths)).mapPartitions(clean_partition)

or from a DataFrame of ``(url, html)``::

    from cleantext.integrations.spark import clean_dataframe
    cleaned = clean_dataframe(pages)      # columns as in `schema()`

pyspark is imported only inside the functions that need it; `clean_partition`
itself needs no pyspark at all, so it can be tested (and used) without Spark.
Patterns compile once per worker process (``lru_cache`` in ``cleantext.patterns``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from os import PathLike, fspath
from typing import IO, Any

from ..ingest import DEFAULT_MAX_BYTES
from ..site.rules import RulesLike, load_rules
from .warc import HtmlRecord, WarcResult, _convert, clean_record, read_warc

#: Output columns, in order: Document.to_dict's metadata, text, captions and removed, plus provenance.
FIELDS = ("url", "title", "byline", "date", "language", "text", "captions", "removed", "error", "record_id", "warc_date")
REMOVED_FIELDS = ("label", "text", "removed_by", "reason")
DEFAULT_TIMEOUT = 60.0

Opener = Callable[[str], IO[bytes]]


def schema() -> Any:
    """The Spark ``StructType`` of the rows `clean_partition` yields.

    Field names and types follow ``Document.to_dict()``: strings (nullable),
    ``captions`` as ``array<string>`` (caption texts) and ``removed`` as
    ``array<struct<label,text,removed_by,reason>>``; ``error`` is set instead of
    the document fields when a page failed; ``record_id`` and ``warc_date`` are
    null for pages that did not come from a WARC file.
    """
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    removed = StructType([StructField(name, StringType(), True) for name in REMOVED_FIELDS])
    types = {"captions": ArrayType(StringType(), False), "removed": ArrayType(removed, False)}
    return StructType([StructField(name, types.get(name, StringType()), True) for name in FIELDS])


def to_row(result: WarcResult) -> dict[str, Any]:
    """A `WarcResult` as a row dictionary with exactly the `FIELDS` keys."""
    doc = result.document
    row: dict[str, Any] = dict.fromkeys(FIELDS)
    row.update(url=result.url, error=result.error, record_id=result.record_id, warc_date=result.date)
    if doc is not None:
        row.update(
            url=doc.url,
            title=doc.title,
            byline=doc.byline,
            date=doc.date,
            language=doc.language,
            text=doc.text,
            captions=[block.text for block in doc.captions],
            removed=[{name: getattr(block, name) for name in REMOVED_FIELDS} for block in doc.removed],
        )
    return row


def clean_partition(
    items: Iterable[Any],
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    include_skipped: bool = False,
    opener: Opener | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    templates: bool = True,
    rules: RulesLike | None = None,
) -> Iterator[dict[str, Any]]:
    """Clean every page in ``items``; for ``rdd.mapPartitions`` (bind options with functools.partial).

    Each item is one of: a WARC/ARC/WET path or URL (every record of the file;
    ``opener(path)`` opens it, by default ``open`` for local paths and
    ``fsspec.open`` for ``scheme://`` URLs); a warcio record; a ``(url, html)``
    pair (tuple, list or Row, html as str or bytes); or a dict with ``url`` and
    ``html`` keys. Yields one `to_row` dictionary per cleaned or failed page
    (skipped WARC records too with ``include_skipped``). Never raises for a bad
    page; each one has ``timeout`` seconds. ``rules``: site rules, as for
    `clean`. ``templates``: remove the blocks repeated across a host's pages
    *of this partition* (`clean_dataframe` puts each host's pages in one
    partition); the rows then come once the partition is cleaned.
    """
    ruleset = load_rules(rules) if rules is not None else None
    results: Iterable[WarcResult] = _partition_results(items, timeout, opener, max_bytes, ruleset)
    if templates:
        from ..site.templates import remove_templates

        results = remove_templates(results, lambda result: result.document)
    for result in results:
        if include_skipped or result.document is not None or result.error:
            yield to_row(result)


def _partition_results(
    items: Iterable[Any], timeout: float | None, opener: Opener | None, max_bytes: int, rules: RulesLike | None
) -> Iterator[WarcResult]:
    for item in items:
        if isinstance(item, (str, PathLike)):
            yield from _warc_file(fspath(item), opener, timeout, max_bytes, rules)
        elif hasattr(item, "rec_headers"):  # a warcio record read by the caller
            converted = _convert(item, max_bytes)
            yield converted if isinstance(converted, WarcResult) else clean_record(converted, timeout=timeout, rules=rules)
        else:
            yield _clean_pair(item, timeout, rules)


def _warc_file(path: str, opener: Opener | None, timeout: float | None, max_bytes: int, rules: RulesLike | None) -> Iterator[WarcResult]:
    try:
        if opener is None and "://" in path and not path.startswith("file://"):
            import fsspec  # type: ignore[import-not-found]

            opener = lambda url: fsspec.open(url, "rb").open()
        if opener is None:
            opener = lambda local: open(local.removeprefix("file://"), "rb")  # noqa: SIM115 - closed by the with below
        with opener(path) as stream:
            # In this process (alarm budget): a Spark worker is already one process per core.
            for item in read_warc(stream, max_bytes=max_bytes):
                yield item if isinstance(item, WarcResult) else clean_record(item, timeout=timeout, rules=rules)
    except (OSError, ImportError) as error:
        yield WarcResult(None, path, None, error=f"cannot read {path}: {type(error).__name__}: {error}")


def _clean_pair(item: Any, timeout: float | None, rules: RulesLike | None = None) -> WarcResult:
    """Clean one ``(url, html)`` pair or ``{"url", "html"}`` dict."""
    try:
        url, html = (item["url"], item["html"]) if isinstance(item, dict) else item
    except (TypeError, ValueError, KeyError):
        return WarcResult(None, None, None, error=f"expected a WARC path, a warcio record, (url, html) or a dict, not {type(item).__name__}")
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (str, bytes)):
        return WarcResult(None, url, None, error=f"no HTML for this page ({type(html).__name__})")
    return clean_record(HtmlRecord(None, url, None, html), timeout=timeout, rules=rules)


def clean_dataframe(
    df: Any,
    *,
    url_col: str = "url",
    html_col: str = "html",
    timeout: float | None = DEFAULT_TIMEOUT,
    templates: bool = True,
    rules: RulesLike | None = None,
) -> Any:
    """A DataFrame of cleaned pages (columns and types as in `schema`) from one of ``(url, html)``.

    ``html_col`` may be a string or binary column. Failed pages are rows with
    ``error`` set. With ``templates`` the pages are first repartitioned by
    host (``www.`` ignored), so each host's repeated blocks are learned from
    all of its pages; ``rules`` is a site-rules path every worker can read,
    or a loaded ``RuleSet`` (sent with the task).
    """
    import functools

    from pyspark.sql import functions as F

    pairs = df.select(F.col(url_col).alias("url"), F.col(html_col).alias("html"))
    if templates:
        host = F.regexp_replace(F.lower(F.expr("parse_url(url, 'HOST')")), r"^www\.", "")
        pairs = pairs.repartition(max(1, pairs.rdd.getNumPartitions()), host)
    ruleset = load_rules(rules) if rules is not None else None
    rows = pairs.rdd.mapPartitions(functools.partial(clean_partition, timeout=timeout, templates=templates, rules=ruleset))
    return df.sparkSession.createDataFrame(rows, schema())


__all__ = ["DEFAULT_TIMEOUT", "FIELDS", "Opener", "REMOVED_FIELDS", "clean_dataframe", "clean_partition", "schema", "to_row"]
