"""``cleantext warc IN.warc.gz [...] -o OUT.jsonl``: clean the pages of WARC, ARC and WET files.

HTML responses are cleaned as HTML, WET ``conversion`` records as plain text.
Writes one JSON line per cleaned page (``Document.to_dict()`` plus ``source``,
the input file, ``record_id``, ``warc_date`` and ``error: null``) and per failed
record (``url``, ``source``, ``record_id``, ``warc_date``, ``error``); skipped
records are only counted. ``--rules`` applies site rules; blocks repeated
across a host's pages of one file are removed unless ``--no-templates`` (the
results of a file then come once it is all read). A summary goes to stderr, and a progress bar (bytes
read of the inputs, rate, elapsed time, time left, record counts) too when
stderr is a terminal and ``--quiet`` is not given.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any, TextIO

from ..errors import RulesError
from ..integrations.warc import WarcResult, clean_warc
from ..site.rules import load_rules
from .progress import Progress


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleantext warc",
        description="Clean the HTML pages of WARC/ARC files and the text of WET files (gzip'd or not) into JSON lines.",
    )
    parser.add_argument("inputs", nargs="+", help="WARC, ARC or WET files (.warc, .arc, .wet, also .gz), or - for standard input")
    parser.add_argument("-o", "--output", default="-", help="JSON-lines file to write (default: standard output)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per record; 0 for no limit (default: 60)")
    parser.add_argument("--rules", metavar="PATH", help="site-rules file or folder (docs/site-rules.md); the record's target URI names the site")
    parser.add_argument("--no-templates", dest="templates", action="store_false", help="do not remove blocks repeated across a host's pages of each file")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar (it is drawn only when stderr is a terminal)")
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
        """The counts shown after the progress bar's figures."""
        seconds = time.monotonic() - self.started
        rate = f" ({self.cleaned / seconds:.1f}/s)" if seconds > 0 else ""
        return f"{self.read} records, {self.cleaned} cleaned{rate}, {sum(self.skipped.values())} skipped, {self.failed} failed"

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


class _Counted:
    """A byte stream that counts what was read from it (for standard input, which cannot tell)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.count = raw, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self.raw.readline(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def _total_size(inputs: list[str]) -> int | None:
    """The bytes of all input files; None when one is standard input."""
    if "-" in inputs:
        return None
    return sum(os.path.getsize(name) for name in inputs if os.path.isfile(name))


def _results(
    inputs: list[str], jobs: int, timeout: float | None, errors: list[str], **options: Any
) -> Iterator[tuple[str, WarcResult, int]]:
    """``(input name, result, bytes read of all inputs so far)`` for every record."""
    finished = 0
    for name in inputs:
        try:
            stream: Any = _Counted(sys.stdin.buffer) if name == "-" else open(name, "rb")  # noqa: SIM115 - closed below
        except OSError as error:
            errors.append(f"cleantext warc: {name}: {error.strerror or error}")
            continue
        try:
            for result in clean_warc(stream, jobs=jobs, timeout=timeout, **options):
                yield name, result, finished + _position(stream)
        except OSError as error:
            errors.append(f"cleantext warc: {name}: {error.strerror or error}")
        finally:
            finished += _position(stream)
            if name != "-":
                stream.close()


def _position(stream: Any) -> int:
    try:
        return int(stream.tell())
    except (OSError, ValueError):
        return 0


def _run(args: argparse.Namespace, out: TextIO, err: IO[str]) -> int:
    summary, errors = Summary(), []  # type: ignore[var-annotated]
    progress = Progress(_total_size(args.inputs), err, enabled=not args.quiet, bytes_=True, leave=False)  # type: ignore[arg-type]
    try:
        for name, result, position in _results(args.inputs, max(1, args.jobs), args.timeout or None, errors, templates=args.templates, rules=args.rules):
            summary.add(result)
            if result.document is not None or result.error:
                out.write(json.dumps(result.to_dict(source=name), ensure_ascii=False) + "\n")
            progress.advance(position, summary.line() + (f", unreadable files: {len(errors)}" if errors else ""))
    finally:
        progress.close()
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
