"""Score cleantext and peer extractors side by side on the trafilatura evaluation set.

    python benchmarks/evaluate.py [--data PATH] [--input html|text:lenient|text:page]
                                  [--tools cleantext,trafilatura,...] [--limit N] [--jobs N] [--errors]

Prints one table (precision, recall, F1, accuracy, time, peak memory per tool),
cleantext's worst pages and, with ``--errors``, the error analysis; writes all
of it, unabridged, to ``benchmarks/results/`` (git-ignored). On a text input
(``--input text:lenient`` or ``text:page``, see ``benchmarks.inputs``) the tools
are cleantext on that text, the raw text itself and the C4 line filter. Fast dev loop:
``--tools cleantext --jobs 2 --errors --memory-pages 0``. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable, ahead of any installed cleantext
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import memory, report, titles  # noqa: E402
from benchmarks.runner import PageRun, run_pages  # noqa: E402
from benchmarks.scoring import REPO_ROOT, data_dir, has_data, load_pages  # noqa: E402
from benchmarks.inputs import INPUTS  # noqa: E402
from benchmarks.tools import ALL_TOOLS, TEXT_TOOLS, Tool, load_tools  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="the set's folder (default: $CLEANTEXT_EVAL_DATA or ../shared/data/trafilatura-eval)")
    parser.add_argument("--input", default="html", choices=INPUTS, help="what the tools get: the page's HTML or a text made from it")
    parser.add_argument("--tools", help=f"comma-separated, of: {', '.join(ALL_TOOLS)} (HTML), {', '.join(TEXT_TOOLS)} (text)")
    parser.add_argument("--limit", type=int, help="first N pages only")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (1 for the timed comparison)")
    parser.add_argument("--errors", action="store_true", help="print cleantext's error analysis")
    parser.add_argument("--worst", type=int, default=10, help="worst cleantext pages to print")
    parser.add_argument("--examples", type=int, default=8, help="example rows per list in the printed analysis")
    parser.add_argument("--memory-pages", type=int, default=100, help="largest pages for peak memory (0: skip, -1: all)")
    parser.add_argument("--memory-repeats", type=int, default=3, help="fresh processes per tool for peak memory (the median is reported)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the written report")
    return parser.parse_args(argv)


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def versions(tools: dict[str, Tool]) -> dict[str, str]:
    """Tool name to version (cleantext: package version and commit)."""
    result = {}
    for name, tool in tools.items():
        if name == "cleantext":
            import cleantext

            dirty = "+dirty" if _git("status", "--porcelain", "--", "cleantext") else ""
            result[name] = f"{cleantext.__version__} ({_git('rev-parse', '--short', 'HEAD')}{dirty})"
        else:
            result[name] = tool.version()
    return result


def environment() -> dict[str, str]:
    """Where and when the run happened."""
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def measure_memory(tools: dict[str, Tool], pages: list, count: int, repeats: int = 3) -> dict[str, int | None]:
    """Median peak RSS growth per tool over the ``count`` largest pages (see ``memory``).

    Each tool is measured ``repeats`` times in fresh processes, the tools taking
    turns, since one run's peak moves by several MiB with allocator and cache
    state.
    """
    if count == 0 or not pages:
        return {}
    chosen = memory.largest(pages, count)
    samples: dict[str, list[int]] = {name: [] for name in tools}
    for _ in range(max(1, repeats)):
        for name, tool in tools.items():
            peak = memory.peak_rss(tool, chosen, pages[0])
            if peak is not None:
                samples[name].append(peak)
    return {name: int(statistics.median(values)) if values else None for name, values in samples.items()}


def _memory_note(count: int, repeats: int) -> str:
    if count == 0:
        return "not measured"
    scope = "all pages" if count < 0 else f"the {count} largest pages"
    return f"peak RSS growth of a fresh forked process per tool over {scope}, median of {max(1, repeats)}"


def render(args: argparse.Namespace, runs: list[PageRun], header: dict[str, str], table: str, examples: int | None) -> str:
    """The report: header, table, worst pages and (cleantext run) error analysis."""
    lines = [f"- {key}: {value}" for key, value in header.items()]
    parts = ["# cleantext benchmark", "\n".join(lines), table]
    if any(run.title is not None for run in runs):
        parts.append(titles.summary(run.title for run in runs))
    if any("cleantext" in run.tools for run in runs):
        parts += ["## Worst pages for cleantext (FN + FP)", report.worst_pages(runs, args.worst)]
        if args.errors or examples is None:
            parts.append(report.error_analysis(runs, examples))
    return "\n\n".join(parts) + "\n"


def write(out: Path, text: str, runs: list[PageRun], header: dict[str, str]) -> Path:
    """Write the full report (Markdown) and per-page cleantext details (JSON)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.md").write_text(text, encoding="utf-8")
    pages = [
        {
            "id": run.page_id,
            "counts": dataclasses.asdict(run.tools["cleantext"].score.counts),
            "leaks": [dataclasses.asdict(x) for x in run.leaks],
            "misses": [dataclasses.asdict(x) for x in run.misses],
            "warnings": run.warnings,
            "title": run.title,
        }
        for run in runs
        if "cleantext" in run.tools
    ]
    (out / "latest.json").write_text(json.dumps({"header": header, "pages": pages}, ensure_ascii=False, indent=1), encoding="utf-8")
    return out / "latest.md"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    root = data_dir(args.data)
    if not has_data(root):
        print(f"no evaluation set at {root} (give --data or set CLEANTEXT_EVAL_DATA)", file=sys.stderr)
        return 2
    default = ALL_TOOLS if args.input == "html" else TEXT_TOOLS
    names = [n.strip() for n in (args.tools or ",".join(default)).split(",") if n.strip()]
    tools, missing = load_tools(names)
    for name, why in missing.items():
        print(f"missing tool {name}: {why}", file=sys.stderr)
    pages = load_pages(root, args.limit)
    header = environment()
    started = time.perf_counter()
    memory_pages = args.memory_pages if args.input == "html" else 0  # text inputs: time and quality only
    peaks = measure_memory(tools, pages, memory_pages, args.memory_repeats)  # first: before any tool runs here
    runs = run_pages(pages, list(tools), jobs=args.jobs, analyse="cleantext" in tools, kind=args.input)
    header.update(
        input=args.input, pages=str(len(pages)), jobs=str(args.jobs), command="python benchmarks/evaluate.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        memory=_memory_note(memory_pages, args.memory_repeats),
        wall=f"{time.perf_counter() - started:.0f} s", **{"load average at end": " ".join(f"{x:.2f}" for x in os.getloadavg())}, **{f"version {k}": v for k, v in versions(tools).items()},
        **{f"missing {k}": v for k, v in missing.items()},
    )  # fmt: skip
    table = report.table(report.rows(runs, list(tools), peaks), missing)
    print(render(args, runs, header, table, args.examples))
    path = write(args.out, render(args, runs, header, table, None), runs, header)
    print(f"full report: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
