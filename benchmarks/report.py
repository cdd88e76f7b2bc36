"""Summaries of a run: the comparison table, worst pages and the error analysis."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .analysis import LEAK_KINDS, Leak, Miss
from .runner import PageRun
from .scoring import Counts, total
from .tools import REFERENCE


@dataclass(frozen=True)
class Row:
    """One tool's line of the table."""

    tool: str
    counts: Counts
    seconds: float  # total time in the tool's calls
    pages: int
    errors: int
    peak_bytes: int | None


def rows(runs: list[PageRun], names: list[str], peaks: dict[str, int | None]) -> list[Row]:
    """A table row per tool in ``names`` that ran."""
    result = []
    for name in names:
        results = [run.tools[name] for run in runs if name in run.tools]
        if not results:
            continue
        counts = total(r.score for r in results)
        seconds = sum(r.seconds for r in results)
        errors = sum(r.error is not None for r in results)
        result.append(Row(name, counts, seconds, len(results), errors, peaks.get(name)))
    return result


def _mib(value: int | None) -> str:
    return "-" if value is None else f"{value / 2**20:.1f} MiB"


def table(table_rows: list[Row], missing: dict[str, str] | None = None) -> str:
    """The comparison as a Markdown table (``missing`` tools listed with why)."""
    reference = next((r.seconds for r in table_rows if r.tool == REFERENCE), None)
    lines = [
        "| tool | precision | recall | F1 | accuracy | ms/page | time vs trafilatura | peak memory | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in table_rows:
        c = r.counts
        relative = f"{r.seconds / reference:.2f}x" if reference else "-"
        lines.append(
            f"| {r.tool} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.accuracy:.3f} "
            f"| {1000 * r.seconds / r.pages:.1f} | {relative} | {_mib(r.peak_bytes)} | {r.errors} |"
        )
    for name, why in (missing or {}).items():
        lines.append(f"| {name} | missing: {_short(why, 60)} | | | | | | | |")
    return "\n".join(lines)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def why(run: PageRun) -> str:
    """A one-line account of a page's errors, from its leaks and misses."""
    parts = []
    if run.tools["cleantext"].chars < 200:
        parts.append(f"output {run.tools['cleantext'].chars} chars")
    causes = Counter(m.removed_by and f"removed by {m.removed_by}" or m.cause for m in run.misses)
    parts += [f"{n}× {cause}" for cause, n in causes.most_common()]
    kinds = Counter(leak.kind for leak in run.leaks)
    if kinds:
        parts.append("leaked " + ", ".join(f"{kind}×{n}" for kind, n in kinds.most_common()))
    return "; ".join(parts) or "-"


def worst_pages(runs: list[PageRun], count: int) -> str:
    """cleantext's ``count`` pages with the most FN + FP, with why."""
    scored = [r for r in runs if "cleantext" in r.tools]
    scored.sort(key=lambda r: (-(r.tools["cleantext"].score.counts.fn + r.tools["cleantext"].score.counts.fp), r.page_id))
    lines = ["| page | FN | FP | chars | why | url |", "|---|---|---|---|---|---|"]
    for run in scored[:count]:
        c = run.tools["cleantext"].score.counts
        if c.fn + c.fp == 0:
            break
        lines.append(f"| {run.page_id} | {c.fn} | {c.fp} | {run.tools['cleantext'].chars} | {why(run)} | {_short(run.url, 60)} |")
    return "\n".join(lines)


def _flag(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


def _peer_count(counter: Counter[str], key: str | None, ran: bool) -> str:
    if not ran:
        return "-"
    return str(sum(counter.values()) if key is None else counter[key])


def leak_summary(leaks: list[Leak]) -> str:
    """Leaked boilerplate by kind, with the filter that should catch it."""
    kinds = Counter(leak.kind for leak in leaks)
    ran = any(leak.peer_also is not None for leak in leaks)
    peer = Counter(leak.kind for leak in leaks if leak.peer_also)
    by_position = Counter(leak.kind for leak in leaks if leak.rule == "position")
    lines = ["| kind | count | by position only | trafilatura leaks too | should be caught by |", "|---|---|---|---|---|"]
    for kind, n in kinds.most_common():
        lines.append(f"| {kind} | {n} | {by_position[kind]} | {_peer_count(peer, kind, ran)} | {LEAK_KINDS[kind]} |")
    lines.append(f"| **total** | {len(leaks)} | {sum(by_position.values())} | {_peer_count(peer, None, ran)} | |")
    return "\n".join(lines)


def leak_examples(leaks: list[Leak], per_kind: int) -> str:
    """Up to ``per_kind`` leaked segments of each kind."""
    lines = ["| kind | rule | page | position | segment | trafilatura leaks too |", "|---|---|---|---|---|---|"]
    for kind in LEAK_KINDS:
        for leak in [x for x in leaks if x.kind == kind][:per_kind]:
            lines.append(
                f"| {kind} | {leak.rule} | {leak.page_id} | {leak.position} | {_short(leak.segment, 70)} | {_flag(leak.peer_also)} |"
            )
    return "\n".join(lines)


def _cause(miss: Miss) -> str:
    return f"removed by filter: {miss.removed_by} ({miss.label})" if miss.removed_by else miss.cause


def miss_summary(misses: list[Miss]) -> str:
    """Missing body segments by cause (and by removing step)."""
    causes = Counter(_cause(m) for m in misses)
    ran = any(m.peer_has is not None for m in misses)
    peer = Counter(_cause(m) for m in misses if m.peer_has)
    lines = ["| cause | count | trafilatura has it |", "|---|---|---|"]
    for cause, n in causes.most_common():
        lines.append(f"| {cause} | {n} | {_peer_count(peer, cause, ran)} |")
    lines.append(f"| **total** | {len(misses)} | {_peer_count(peer, None, ran)} |")
    return "\n".join(lines)


def removed_misses(misses: list[Miss], limit: int | None = None) -> str:
    """Every body segment our filters removed: label, step and reason."""
    chosen = [m for m in misses if m.removed_by]
    lines = ["| page | label | removed_by | reason | segment |", "|---|---|---|---|---|"]
    for m in chosen[:limit]:
        lines.append(f"| {m.page_id} | {m.label} | {m.removed_by} | {_short(m.reason or '', 60)} | {_short(m.segment, 70)} |")
    return "\n".join(lines)


def other_misses(misses: list[Miss], limit: int | None = None) -> str:
    """Body segments extraction never produced (first ``limit``)."""
    chosen = [m for m in misses if not m.removed_by]
    lines = ["| page | cause | trafilatura has it | segment |", "|---|---|---|---|"]
    for m in chosen[:limit]:
        lines.append(f"| {m.page_id} | {m.cause} | {_flag(m.peer_has)} | {_short(m.segment, 70)} |")
    return "\n".join(lines)


def error_analysis(runs: list[PageRun], limit: int | None) -> str:
    """The whole error analysis as Markdown (``limit`` rows per example list)."""
    leaks = [leak for run in runs for leak in run.leaks]
    misses = [miss for run in runs for miss in run.misses]
    return "\n\n".join(
        [
            "## Boilerplate left behind (cleantext FP) by kind",
            leak_summary(leaks),
            "### Examples",
            leak_examples(leaks, per_kind=limit or 10**6),
            "## Missing body (cleantext FN) by cause",
            miss_summary(misses),
            "### Body removed by our filters",
            removed_misses(misses, limit),
            "### Body extraction never produced",
            other_misses(misses, limit),
        ]
    )
