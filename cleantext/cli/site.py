"""``cleantext rules ...``, ``cleantext learn-site ...`` and ``cleantext filters`` (see docs/cli.md).

- ``cleantext rules test PATH...``: run the ``[[test]]`` cases of rules files;
  exit 1 when one fails, 2 when a file has a mistake;
- ``cleantext rules check PATH...``: only load them, and say what they hold;
- ``cleantext learn-site DIR... -o RULES_DIR``: clean a site's pages, learn its
  template and write it as rules files;
- ``cleantext filters``: every built-in and installed filter, with its package.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Iterator

from ..errors import RulesError
from .io import expand_inputs


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    try:
        return parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2


def rules_main(argv: list[str]) -> int:
    """``cleantext rules test|check PATH...``; returns the exit code."""
    from ..site import load_rules
    from ..site.checks import run_tests

    parser = argparse.ArgumentParser(prog="cleantext rules", description="Check site-rules files (docs/site-rules.md).")
    parser.add_argument("action", choices=("test", "check"), help="test: run the files' [[test]] cases; check: only load them")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="rules files or folders of them")
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    failed = cases = 0
    for path in args.paths:
        try:
            ruleset = load_rules(path)
        except RulesError as error:
            print(f"cleantext rules: error: {error}", file=sys.stderr)
            return 2
        if args.action == "check":
            for rules in ruleset.files:
                counts = f"{len(rules.strip)} strip, {len(rules.keep)} keep, {len(rules.body)} body, {len(rules.drop_text)} phrases, {len(rules.tests)} tests"
                print(f"ok   {rules.path} ({', '.join(rules.hosts)}): {counts}")
            continue
        for outcome in run_tests(ruleset):
            cases += 1
            failed += not outcome.passed
            print(outcome.describe())
    if args.action == "test":
        print(f"{cases - failed} passed, {failed} failed")
    return 1 if failed else 0


def learn_main(argv: list[str]) -> int:
    """``cleantext learn-site DIR... -o RULES_DIR``; returns the exit code."""
    from ..batch import clean_many
    from ..site import load_rules
    from ..site.learn import learn_templates, write_rules
    from ..site.templates import MIN_PAGES

    parser = argparse.ArgumentParser(
        prog="cleantext learn-site",
        description="Learn the template of a site from its pages and write it as site-rules files, one per host.",
    )
    parser.add_argument("inputs", nargs="+", help="page files, directories or globs (as for cleantext)")
    parser.add_argument("-o", "--output", required=True, metavar="RULES_DIR", help="folder to write <host>.toml files into")
    parser.add_argument("--site", metavar="HOST", help="host of pages that name no URL (plain text, pages without a canonical link)")
    parser.add_argument("--rules", metavar="PATH", help="site rules to apply while cleaning")
    parser.add_argument("--input-format", choices=("auto", "html", "text"), default="auto")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0 = one per CPU)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="time allowed per page; 0 = no limit")
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    inputs, failures = expand_inputs(args.inputs)
    options: dict[str, Any] = {"site": args.site, "templates": False}
    if args.input_format != "auto":
        options["input_format"] = args.input_format
    try:
        if args.rules:
            options["rules"] = load_rules(args.rules)
    except RulesError as error:
        print(f"cleantext learn-site: error: {error}", file=sys.stderr)
        return 2
    jobs = args.jobs or os.cpu_count() or 1
    results = clean_many(((i.name, i.path) for i in inputs if i.path is not None), jobs=jobs, timeout=args.timeout or None, **options)

    def documents() -> Iterator[Any]:
        for result in results:
            if result.document is None:
                failures.append((result.name, result.error or "failed"))
            else:
                yield result.document

    sites = learn_templates(documents())
    for name, message in failures:
        print(f"cleantext learn-site: {name}: {message}", file=sys.stderr)
    for path, site in zip(write_rules(sites, args.output), sites):
        print(f"{path}: {len(site.lines)} template lines from {site.pages} pages of {site.host}")
    if not sites:
        print(
            f"cleantext learn-site: no template found (a host needs {MIN_PAGES} distinct pages with repeated blocks; "
            "pages without a URL need --site HOST)",
            file=sys.stderr,
        )
    return 1 if failures else 0


def filters_main(argv: list[str]) -> int:
    """``cleantext filters``: list every filter with its package and one-line description."""
    from .catalogue import filter_listing

    parser = argparse.ArgumentParser(prog="cleantext filters", description="List the built-in and installed filters.")
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    for line in filter_listing():
        print(line)
    return 0


__all__ = ["filters_main", "learn_main", "rules_main"]
