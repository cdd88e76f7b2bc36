"""The ``cleantext`` command: clean files (or stdin) and print the result."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .api import clean


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleantext", description="Strip boilerplate from articles (HTML or plain text).")
    parser.add_argument("inputs", nargs="+", help="files to clean, or - for standard input")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="output format")
    parser.add_argument("--explain", action="store_true", help="also print what was removed and why (to stderr)")
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return parser


def _render(doc, fmt: str) -> str:  # type: ignore[no-untyped-def]
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return doc.to_markdown()
    return (f"{doc.title}\n\n" if doc.title else "") + doc.text + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    failed = 0
    for name in args.inputs:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            doc = clean(data)
        except (OSError, ValueError, TypeError) as error:
            print(f"cleantext: {name}: {error}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(_render(doc, args.format))
        if args.explain:
            print(doc.explain(), file=sys.stderr)
    return 1 if failed else 0
