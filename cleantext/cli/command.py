"""The ``cleantext`` command (also ``python -m cleantext``); see docs/cli.md.

Exit codes: 0 all inputs cleaned, 1 some inputs failed (each reported on
stderr with its name), 2 usage error. A bad file never stops a batch.
``cleantext warc ...`` is handed to ``cleantext.cli.warc``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from typing import Any, Iterator

from .. import __version__
from ..batch import BatchResult, clean_many
from .io import Input, OutputPlan, UsageError, expand_inputs, plan_outputs
from .progress import Progress
from ..document import Document
from ..errors import PipelineError
from ..keep import KeepLabels
from ..pipeline import DEFAULT_STEPS, Pipeline, default_pipeline, registered_filters
from ..render.jsondoc import to_json, to_jsonl

FORMATS = ("text", "markdown", "json", "jsonl", "html")
EXTENSIONS = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl", "html": ".html"}
#: Steps kept by ``--only`` whatever is named: extraction removes nothing itself.
ALWAYS = ("main_content",)


def _names(values: list[str] | None) -> list[str]:
    return [name.strip() for value in values or [] for name in value.split(",") if name.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description="Strip boilerplate from articles (HTML or plain text, .gz too).",
        epilog="Also: 'cleantext warc FILE...' cleans the HTML pages of WARC files. "
        "Exit codes: 0 ok, 1 some inputs failed, 2 usage error.",
    )
    add = parser.add_argument
    add("inputs", nargs="*", help="files, directories (searched recursively), glob patterns, or - for standard input")
    add("-f", "--format", choices=FORMATS, default="text", help="output format (default: text)")
    add(
        "-o",
        "--output",
        metavar="PATH",
        help="output file, or directory (one file per input; used when PATH is a directory, ends in '/', or there are several inputs)",
    )
    add("--explain", action="store_true", help="print what was removed and why (to stderr)")
    add("--keep", action="append", metavar="LABEL[,LABEL]", help="keep blocks of these labels in the body, e.g. caption,credit")
    add("--disable", action="append", metavar="FILTER[,FILTER]", help="run the default pipeline without these steps")
    add("--only", action="append", metavar="FILTER[,FILTER]", help="run only these steps (and main_content, the extraction)")
    add("--list-filters", action="store_true", help="list the default pipeline's steps and exit")
    add("--input-format", choices=("auto", "html", "text"), default="auto", help="how to read inputs (default: guess per input)")
    add("--include-comments", action="store_true", help="keep reader comments as body")
    add("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1; 0 = one per CPU)")
    add("--timeout", type=float, default=60.0, metavar="SECONDS", help="time allowed per input; 0 = no limit (default: 60)")
    add("-q", "--quiet", action="store_true", help="no progress bar (it is drawn only when stderr is a terminal)")
    add("--version", action="version", version=f"cleantext {__version__}")
    return parser


def build_pipeline(disable: list[str], only: list[str], keep: list[str]) -> Pipeline:
    """The default pipeline edited by ``--disable``, ``--only`` and ``--keep``."""
    if disable and only:
        raise UsageError("give --disable or --only, not both")
    pipeline = default_pipeline()
    known = set(DEFAULT_STEPS)
    unknown = [name for name in disable + only if name not in known]
    if unknown:
        extra = sorted(set(unknown) & set(registered_filters()))
        hint = f" ({', '.join(extra)} registered but not in the default pipeline)" if extra else ""
        raise UsageError(f"unknown filter {', '.join(map(repr, unknown))}{hint}; steps: {', '.join(DEFAULT_STEPS)}")
    try:
        if disable:
            pipeline = pipeline.without(*disable)
        if only:
            pipeline = pipeline.only(*sorted(set(only) | set(ALWAYS)))
    except PipelineError as error:
        raise UsageError(str(error)) from None
    return pipeline.add(KeepLabels(keep), "keep") if keep else pipeline


def render(doc: Document, fmt: str, source: str) -> str:
    """One document in ``fmt`` (newline-terminated)."""
    if fmt == "json":
        return to_json(doc, source=source) + "\n"
    if fmt == "jsonl":
        return to_jsonl(doc, source=source)
    if fmt == "markdown":
        return doc.to_markdown()
    if fmt == "html":
        return doc.to_html()
    return doc.to_text()


def _items(inputs: list[Input], stdin: Any) -> Iterator[tuple[str, Any]]:
    for item in inputs:
        yield (item.name, stdin.read() if item.path is None else item.path)


def _run_warc(argv: list[str]) -> int:
    try:
        module = importlib.import_module("cleantext.cli.warc")
    except ModuleNotFoundError as error:
        if error.name not in ("cleantext.cli.warc", None):
            raise
        print("cleantext: the 'warc' command is not available in this installation", file=sys.stderr)
        return 2
    return int(module.main(argv))


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "warc":
        return _run_warc(argv[1:])
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        return _main(args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"cleantext: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


def _main(args: argparse.Namespace) -> int:
    if args.list_filters:
        from .catalogue import summaries

        for name, summary in summaries():
            print(f"{name:16} {summary}")
        return 0
    if not args.inputs:
        raise UsageError("no inputs given (use - for standard input)")
    if args.jobs < 0 or args.timeout < 0:
        raise UsageError("--jobs and --timeout must not be negative")
    pipeline = build_pipeline(_names(args.disable), _names(args.only), _names(args.keep))
    inputs, failures = expand_inputs(args.inputs)
    for name, message in failures:
        print(f"cleantext: {name}: {message}", file=sys.stderr)
    plan = plan_outputs(inputs, args.output, args.format, EXTENSIONS[args.format])
    jobs = args.jobs or os.cpu_count() or 1
    kwargs: dict[str, Any] = {"pipeline": pipeline, "include_comments": args.include_comments,
                              "explain_extraction": args.explain}
    if args.input_format != "auto":
        kwargs["input_format"] = args.input_format
    results = clean_many(_items(inputs, sys.stdin.buffer), jobs=jobs, timeout=args.timeout or None, **kwargs)
    failed = len(failures) + _write_all(results, plan, args, len(inputs))
    return 1 if failed else 0


def _write_all(results: Iterator[BatchResult], plan: OutputPlan, args: argparse.Namespace, total: int) -> int:
    progress = Progress(total, sys.stderr, enabled=not args.quiet)
    failed = written = 0
    stream = plan.open_stream()
    several = total > 1
    if stream is not None and args.format == "json" and several:
        stream.write("[\n")
    try:
        for result in results:
            progress.step(result.ok)
            if not result.ok or result.document is None:
                failed += 1
                with progress.paused():
                    print(f"cleantext: {result.name}: {result.error}", file=sys.stderr)
                continue
            text = render(result.document, args.format, result.name)
            if stream is None:
                plan.write_file(result.index, text)
            else:
                if args.format == "json" and several:
                    text = ("" if written == 0 else ",\n") + text.rstrip("\n")
                elif several and args.format in ("text", "markdown"):
                    text = f"==> {result.name} <==\n{text}\n"
                # do not mix the bar into output on the same terminal
                with progress.paused() if stream is sys.stdout else contextlib.nullcontext():
                    stream.write(text)
                    stream.flush()
            written += 1
            if args.explain:
                head = f"==> {result.name} <==\n" if several else ""
                with progress.paused():
                    print(head + result.document.explain(), file=sys.stderr)
    finally:
        progress.close()
        if stream is not None:
            if args.format == "json" and several:
                stream.write("\n]\n")
            plan.close_stream(stream)
    return failed


__all__ = ["build_pipeline", "main", "render"]
