"""``cleantext warc IN.warc.gz [...] -o OUT.jsonl``: clean every HTML page of WARC/ARC files.

Writes one JSON line per cleaned page (``Document.to_dict()`` plus ``source``,
the input file, ``record_id``, ``warc_date`` and ``error: null``) and per failed
record (``url``, ``source``, ``record_id``, ``warc_date``, ``error``); skipped
records are only counted. ``--rules`` applies site rules; blocks repeated
across a host's pages of one file are removed unless ``--no-templates``. A
summary goes to stderr, and a progress line too when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any, TextIO

from ..errors import RulesError
from ..integrations.warc import WarcResult, clean_warc
from ..site.rules import load_rules

_PROGRESS_EVERY = 0.5  # seconds between progress-line updates


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleantext warc", description="Clean the HTML pages of WARC/ARC files (gzip'd or not) into JSON lines.")
    parser.add_argument("inputs", nargs="+", help="WARC or ARC files (.warc, .warc.gz, .arc, .arc.gz), or - for standard input")
    parser.add_argument("-o", "--output", default="-", help="JSON-lines file to write (default: standard output)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per record; 0 for no limit (default: 60)")
    parser.add_argument("--rules", metavar="PATH", help="site-rules file or folder (docs/site-rules.md); the record's target URI names the site")
    parser.add_argument("--no-templates", dest="templates", action="store_false", help="do not remove blocks repeated across a host's pages of each file")
    return parser


class Summary:
    """Counts of what became of the records, for the closing report."""

    def __init__(self) -> None:
        self.read = 0
        self.cleaned = 0
        self.failed = 0
        self.skipped: Counter[str] = Counter()
        self.started = time.monotonic()

    def add(self, result: WarcResult) -> None:
        self.read += 1
        if result.document is not None:
            self.cleaned += 1
        elif result.error:
            self.failed += 1
        else:
            self.skipped[result.skipped_reason or "unknown"] += 1

    def line(self) -> str:
        """One line for the progress display."""
        return f"{self.read} records read, {self.cleaned} cleaned, {sum(self.skipped.values())} skipped, {self.failed} failed"

    def report(self) -> str:
        """The closing summary."""
        seconds = time.monotonic() - self.started
        reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        return "\n".join(
            [
                f"records read: {self.read}",
                f"cleaned:      {self.cleaned}",
                f"skipped:      {sum(self.skipped.values())}" + (f" ({reasons})" if reasons else ""),
                f"failed:       {self.failed}",
                f"time:         {seconds:.1f}s ({self.cleaned / seconds if seconds else 0:.1f} pages/s)",
            ]
        )


def _results(inputs: list[str], jobs: int, timeout: float | None, errors: list[str], **options: Any) -> Iterator[tuple[str, WarcResult]]:
    for name in inputs:
        try:
            for result in clean_warc(sys.stdin.buffer if name == "-" else name, jobs=jobs, timeout=timeout, **options):
                yield name, result
        except OSError as error:
            errors.append(f"cleantext warc: {name}: {error.strerror or error}")


def _run(args: argparse.Namespace, out: TextIO, err: IO[str]) -> int:
    summary, errors = Summary(), []  # type: ignore[var-annotated]
    tty = err.isatty()
    last = 0.0
    for name, result in _results(args.inputs, max(1, args.jobs), args.timeout or None, errors, templates=args.templates, rules=args.rules):
        summary.add(result)
        if result.document is not None or result.error:
            out.write(json.dumps(result.to_dict(source=name), ensure_ascii=False) + "\n")
        if tty and time.monotonic() - last > _PROGRESS_EVERY:
            last = time.monotonic()
            err.write("\r" + summary.line())
            err.flush()
    if tty:
        err.write("\r" + " " * len(summary.line()) + "\r")
    for message in errors:
        print(message, file=err)
    print(summary.report(), file=err)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    """Run ``cleantext warc`` with ``argv`` (without the program name); return the exit status."""
    args = _parser().parse_args(argv)
    if args.rules is not None:
        try:
            args.rules = load_rules(args.rules)
        except RulesError as error:
            print(f"cleantext warc: error: {error}", file=sys.stderr)
            return 2
    if args.output == "-":
        return _run(args, sys.stdout, sys.stderr)
    with open(args.output, "w", encoding="utf-8") as out:
        return _run(args, out, sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
