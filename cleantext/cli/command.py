"""The ``cleantext`` command (also ``python -m cleantext``); see docs/cli.md.

Exit codes: 0 all inputs cleaned, 1 some inputs failed (each reported on
stderr with its name), 2 usage error. A bad file never stops a batch.
``cleantext warc ...`` is handed to ``cleantext.cli.warc``; ``cleantext rules``,
``cleantext learn-site`` and ``cleantext filters`` to ``cleantext.cli.site``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from pathlib import Path
from typing import Any, Iterator

from .. import __version__
from ..batch import BatchResult, clean_many
from .io import Input, OutputPlan, UsageError, expand_inputs, plan_outputs
from .progress import Progress
from ..document import Document
from ..errors import PipelineError, RulesError
from ..keep import KeepLabels
from ..pipeline import Pipeline, default_pipeline, registered_filters
from ..render.jsondoc import to_json, to_jsonl
from ..site.rules import load_rules

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
        epilog="Also: 'cleantext warc FILE...' cleans the HTML pages of WARC files; 'cleantext rules test PATH' "
        "runs site rules' test cases; 'cleantext learn-site DIR -o RULES_DIR' learns a site's template; "
        "'cleantext filters' lists the filters. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.",
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
    add("--list-filters", action="store_true", help="list the filters and exit (as 'cleantext filters')")
    add("--rules", metavar="PATH", help="site-rules file or folder of them (docs/site-rules.md)")
    add("--site", metavar="HOST", help="host of inputs that name no URL of their own (plain text), for rules and templates")
    add("--no-templates", dest="templates", action="store_false",
        help="do not remove blocks repeated across many pages of one host (results then stream as they are done)")
    add("--phrases", action="append", metavar="PATH",
        help="add phrase files: a .json phrase file, a .txt cue file, or a folder of them (docs/pipelines.md)")
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
    pipeline = default_pipeline()  # the built-ins and installed plug-ins' filters
    known = set(pipeline.names)
    unknown = [name for name in disable + only if name not in known]
    if unknown:
        extra = sorted(set(unknown) & set(registered_filters()))
        hint = f" ({', '.join(extra)} registered but not in the default pipeline)" if extra else ""
        raise UsageError(f"unknown filter {', '.join(map(repr, unknown))}{hint}; steps: {', '.join(pipeline.names)}")
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


_SUBCOMMANDS = {"rules": "rules_main", "learn-site": "learn_main", "filters": "filters_main"}


def add_phrases(paths: list[str]) -> list[Path]:
    """Add each phrase file (``.json``: `add_language_file`; ``.txt``: cue file) or folder of them.

    Raises `UsageError` naming the file for a missing path, an unknown kind or a broken file.
    """
    from ..patterns import add_language_file

    files: list[Path] = []
    for spec in paths:
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".json", ".txt"))
            if not found:
                raise UsageError(f"--phrases {spec}: no .json or .txt files in this folder")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"--phrases {spec}: no such file or folder")
    add_cue_file = _cue_loader()
    for path in files:
        kind = path.suffix.lower()
        try:
            if kind == ".json":
                add_language_file(path)
            elif kind == ".txt" and add_cue_file is not None:
                add_cue_file(path)
            elif kind == ".txt":
                raise UsageError(f"--phrases {path}: cue files (.txt) need cleantext.evidence, which this installation lacks")
            else:
                raise UsageError(f"--phrases {path}: expected a .json phrase file or a .txt cue file")
        except (ValueError, KeyError, TypeError, OSError) as error:  # JSONDecodeError is a ValueError
            raise UsageError(f"--phrases {path}: {type(error).__name__}: {error}") from None
    return files


def _cue_loader() -> Any:
    """``cleantext.evidence.add_cue_file`` when this installation has it, else ``None``."""
    try:
        evidence = importlib.import_module("cleantext.evidence")
    except ModuleNotFoundError as error:
        if error.name not in ("cleantext.evidence", None):
            raise
        return None
    return getattr(evidence, "add_cue_file", None)


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "warc":
        return _run_warc(argv[1:])
    if argv and argv[0] in _SUBCOMMANDS:
        from . import site

        return int(getattr(site, _SUBCOMMANDS[argv[0]])(argv[1:]))
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
        from .catalogue import filter_listing

        print("\n".join(filter_listing()))
        return 0
    if not args.inputs:
        raise UsageError("no inputs given (use - for standard input)")
    if args.jobs < 0 or args.timeout < 0:
        raise UsageError("--jobs and --timeout must not be negative")
    if args.phrases:
        add_phrases(args.phrases)
    pipeline = build_pipeline(_names(args.disable), _names(args.only), _names(args.keep))
    rules = None
    if args.rules:
        try:
            rules = load_rules(args.rules)
        except RulesError as error:
            raise UsageError(str(error)) from None
    inputs, failures = expand_inputs(args.inputs)
    for name, message in failures:
        print(f"cleantext: {name}: {message}", file=sys.stderr)
    plan = plan_outputs(inputs, args.output, args.format, EXTENSIONS[args.format])
    jobs = args.jobs or os.cpu_count() or 1
    kwargs: dict[str, Any] = {"pipeline": pipeline, "include_comments": args.include_comments,
                              "explain_extraction": args.explain, "rules": rules, "site": args.site}
    if args.input_format != "auto":
        kwargs["input_format"] = args.input_format
    results = clean_many(_items(inputs, sys.stdin.buffer), jobs=jobs, timeout=args.timeout or None, templates=False, **kwargs)
    progress = Progress(len(inputs), sys.stderr, enabled=not args.quiet)
    if args.templates:  # the bar follows the cleaning; the writing comes after the whole batch
        from ..site.templates import remove_templates

        results = remove_templates(_counted(results, progress), lambda result: result.document)
    failed = len(failures) + _write_all(results, plan, args, len(inputs), progress, counted=args.templates)
    return 1 if failed else 0


def _counted(results: Iterator[BatchResult], progress: Progress) -> Iterator[BatchResult]:
    for result in results:
        progress.step(result.ok)
        yield result
    progress.close()


def _write_all(
    results: Iterator[BatchResult], plan: OutputPlan, args: argparse.Namespace, total: int, progress: Progress, counted: bool
) -> int:
    failed = written = 0
    stream = plan.open_stream()
    several = total > 1
    if stream is not None and args.format == "json" and several:
        stream.write("[\n")
    try:
        for result in results:
            if not counted:
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
