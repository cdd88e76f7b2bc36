"""The command line's inputs and outputs: expanding paths and globs, naming output files."""

from __future__ import annotations

import glob
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

#: File names a directory search picks up (each also with ``.gz``).
SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")
_GLOB_CHARS = set("*?[")


class UsageError(Exception):
    """A command-line mistake: reported on stderr, exit code 2."""


@dataclass(frozen=True)
class Input:
    """One input: its display name, its path (``None`` for stdin), and its output stem."""

    name: str
    path: Path | None
    stem: Path


def _stem(relative: Path) -> Path:
    name = relative.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    lower = name.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return relative.with_name(name)


def _wanted(path: Path) -> bool:
    name = path.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return name.endswith(SUFFIXES) and not path.name.startswith(".")


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(i for i, p in enumerate(parts) if _GLOB_CHARS & set(p))]]
    return Path(*fixed) if fixed else Path(".")


def expand_inputs(specs: list[str]) -> tuple[list[Input], list[tuple[str, str]]]:
    """Inputs for ``specs`` (files, directories, globs, ``-``) and the ``(spec, problem)`` failures."""
    inputs: list[Input] = []
    failures: list[tuple[str, str]] = []
    for spec in specs:
        if spec == "-":
            inputs.append(Input("-", None, Path("stdin")))
            continue
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p.relative_to(path)))
            if not found:
                failures.append((spec, f"no {'/'.join(SUFFIXES)} files (or .gz) in this directory"))
            inputs.extend(Input(str(p), p, _stem(p.relative_to(path))) for p in found)
        elif path.exists() or not (_GLOB_CHARS & set(spec)):
            inputs.append(Input(spec, path, _stem(Path(path.name))))  # a missing file fails when read
        else:
            root = _glob_root(spec)
            found = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not found:
                failures.append((spec, "no file matches this pattern"))
            inputs.extend(Input(str(p), p, _stem(_relative(p, root))) for p in found)
    return inputs, failures


def _relative(path: Path, root: Path) -> Path:
    try:
        return path.relative_to(root)
    except ValueError:
        return Path(path.name)


@dataclass
class OutputPlan:
    """Where results go: standard output, one file, or one file per input in a directory."""

    mode: str  # "stdout" | "file" | "dir"
    target: Path | None
    names: list[Path]

    def open_stream(self) -> TextIO | None:
        if self.mode == "stdout":
            return sys.stdout
        if self.mode == "file" and self.target is not None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            return self.target.open("w", encoding="utf-8")
        return None

    def close_stream(self, stream: TextIO) -> None:
        if stream is not sys.stdout:
            stream.close()

    def write_file(self, index: int, text: str) -> None:
        assert self.target is not None
        path = self.target / self.names[index]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def plan_outputs(inputs: list[Input], output: str | None, fmt: str, extension: str) -> OutputPlan:
    """Decide where each result is written; raises `UsageError` for impossible combinations."""
    names = _unique([item.stem.with_name(item.stem.name + extension) for item in inputs])
    if output is None or output == "-":
        if fmt == "html" and len(inputs) > 1:
            raise UsageError("--format html with several inputs needs -o DIRECTORY")
        return OutputPlan("stdout", None, names)
    target = Path(output)
    as_dir = target.is_dir() or output.endswith(("/", "\\")) or (len(inputs) > 1 and fmt != "jsonl")
    if as_dir and fmt == "jsonl":
        raise UsageError("--format jsonl writes one file: give -o FILE")
    if as_dir and target.exists() and not target.is_dir():
        raise UsageError(f"{output} is a file, but several inputs need an output directory")
    return OutputPlan("dir" if as_dir else "file", target, names)


def _unique(names: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    result = []
    for name in names:
        candidate, n = name, 2
        while candidate in seen:
            candidate = name.with_name(f"{name.stem}-{n}{name.suffix}")
            n += 1
        seen.add(candidate)
        result.append(candidate)
    return result
