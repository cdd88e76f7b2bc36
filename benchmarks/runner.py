"""Run tools side by side over the pages: each page's raw bytes go to every tool in turn.

Pages are processed one after the other (tools interleaved per page, so load on
a shared machine affects every tool alike); with ``jobs > 1`` the pages are
split over forked worker processes, each running every tool. Only the tool's
call is timed (``time.perf_counter``), with the bytes already read; each tool
is warmed up once per process on the first page, untimed.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .analysis import Leak, Miss, analyse_page
from .inputs import Maker, maker
from .scoring import Page, PageScore, score_text
from .titles import reference_titles, verdict
from .tools import REFERENCE, Output, Tool, load_tools


@dataclass
class ToolPage:
    """One tool on one page: time of the call, score, output size, error."""

    seconds: float
    score: PageScore
    chars: int
    error: str | None = None


@dataclass
class PageRun:
    """Every tool's result on one page, and cleantext's error analysis."""

    page_id: str
    url: str
    tools: dict[str, ToolPage]
    leaks: list[Leak] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Whether cleantext's title is the page's headline (`benchmarks.titles.verdict`).
    title: str | None = None


_TOOLS: dict[str, Tool] = {}
_ANALYSE = False
_MAKE: Maker = maker("html")


def _call(tool: Tool, raw: bytes | str, page: Page) -> tuple[Output, float, str | None]:
    start = time.perf_counter()
    try:
        output = tool.extract(raw, page)
    except Exception as error:  # noqa: BLE001  (a failing tool scores an empty output)
        elapsed = time.perf_counter() - start
        return Output(""), elapsed, f"{type(error).__name__}: {error}"
    return output, time.perf_counter() - start, None


def run_page(page: Page) -> PageRun:
    """Every loaded tool on ``page`` (raw bytes read and the input made once, before any timing)."""
    raw = page.raw()
    data = _MAKE(raw)
    results: dict[str, ToolPage] = {}
    outputs: dict[str, Output] = {}
    for name, tool in _TOOLS.items():
        output, seconds, error = _call(tool, data, page)
        outputs[name] = output
        results[name] = ToolPage(seconds, score_text(output.text, page), len(output.text), error)
    run = PageRun(page.id, page.url, results)
    doc = outputs.get("cleantext", Output("")).doc
    if doc is not None:
        run.title = verdict(doc.title, reference_titles(raw))
    if _ANALYSE and doc is not None:
        reference = results.get(REFERENCE) or results.get("c4")  # on text input, C4 is the peer
        peer = reference.score if reference else None
        run.leaks, run.misses = analyse_page(page, data, doc, results["cleantext"].score, peer)
        run.warnings = list(doc.warnings)
    return run


def _init(names: list[str], analyse: bool, warmup: Page | None, kind: str = "html") -> None:
    global _TOOLS, _ANALYSE, _MAKE
    _TOOLS, _ = load_tools(names)
    _ANALYSE = analyse
    _MAKE = maker(kind)
    if warmup is not None:
        data = _MAKE(warmup.raw())
        for tool in _TOOLS.values():
            _call(tool, data, warmup)


def _progress(runs: Iterable[PageRun], total: int, quiet: bool) -> Iterator[PageRun]:
    for done, run in enumerate(runs, 1):
        if not quiet and (done % 100 == 0 or done == total):
            print(f"  {done}/{total} pages", file=sys.stderr, flush=True)
        yield run


def run_pages(
    pages: list[Page], names: list[str], jobs: int = 1, analyse: bool = False, quiet: bool = False, kind: str = "html"
) -> list[PageRun]:
    """Run the tools ``names`` over ``pages`` (in page order) on input ``kind``, in ``jobs`` processes."""
    warmup = pages[0] if pages else None
    if jobs <= 1:
        _init(names, analyse, warmup, kind)
        return list(_progress(map(_run_logged, pages), len(pages), quiet))
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init, initargs=(names, analyse, warmup, kind)) as pool:
        return list(_progress(pool.imap(_run_logged, pages, chunksize=4), len(pages), quiet))


def _run_logged(page: Page) -> PageRun:
    try:
        return run_page(page)
    except Exception:  # say which page broke, then fail
        print(f"page {page.id}: {traceback.format_exc()}", file=sys.stderr)
        raise
