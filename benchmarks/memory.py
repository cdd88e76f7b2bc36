"""Peak memory per tool: resident-set growth of a fresh forked process.

For each tool a child is forked from the benchmark process before any tool has
run in it (libraries imported, heap still small, so a child cannot hide its
allocations in memory its parent freed), warms the tool up on one page, reads
its pages, resets the kernel's peak-RSS mark (``/proc/self/clear_refs``), runs
the tool over the pages, and reports
``VmHWM - VmRSS at start``: the most memory the tool's work ever held resident,
C allocations (libxml2, lexbor) included, which ``tracemalloc`` would miss.
Linux only; ``None`` elsewhere.
"""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path
from typing import Any

from .scoring import Page
from .tools import Tool

_STATUS = Path("/proc/self/status")


def _status_kib(key: str) -> int:
    match = re.search(rf"^{key}:\s+(\d+) kB", _STATUS.read_text(), re.MULTILINE)
    return int(match.group(1)) if match else 0


def _measure(tool: Tool, pages: list[Page], warmup: Page, conn: Any) -> None:
    try:
        try:
            tool.extract(warmup.raw(), warmup)
        except Exception:  # noqa: BLE001, S110  (failures are reported by the main pass)
            pass
        raws = [(page, page.raw()) for page in pages]
        Path("/proc/self/clear_refs").write_text("5")
        start = _status_kib("VmRSS")
        for page, raw in raws:
            try:
                tool.extract(raw, page)
            except Exception:  # noqa: BLE001, S112  (failures are reported by the main pass)
                continue
        conn.send((_status_kib("VmHWM") - start) * 1024)
    except OSError:
        conn.send(None)
    finally:
        conn.close()


def largest(pages: list[Page], count: int) -> list[Page]:
    """The ``count`` pages with the most bytes (all when ``count`` is negative)."""
    if count < 0:
        return list(pages)
    return sorted(pages, key=lambda p: p.path.stat().st_size, reverse=True)[:count]


def peak_rss(tool: Tool, pages: list[Page], warmup: Page) -> int | None:
    """Bytes of peak resident-set growth while ``tool`` runs over ``pages`` in a fresh child.

    Call it before the tool runs in this process (see the module's docstring).
    """
    if not _STATUS.exists() or not pages:
        return None
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_measure, args=(tool, pages, warmup, child))
    process.start()
    child.close()
    try:
        result = parent.recv()
    except EOFError:
        result = None
    process.join()
    return result
