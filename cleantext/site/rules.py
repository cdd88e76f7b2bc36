"""Site rules: small TOML files saying what to strip, keep and read as the body on one site.

One file per site (format: docs/site-rules.md)::

    hosts = ["daily-example.com", "*.daily-example.com"]

    [[strip]]                       # elements to take out, with the label removals get
    css = ".promo-box"
    label = "newsletter"

    [[keep]]                        # elements no filter may take out
    css = ".factbox"

    [[body]]                        # the element holding the article (first match wins)
    xpath = "//div[@id='story']"

    [[drop_text]]                   # literal phrases, on blocks (plain text too)
    exact = ["Sign up for the Daily Example newsletter"]
    starts_with = ["Read more:"]
    label = "newsletter"

    [[test]]                        # checked by `cleantext rules test`
    file = "pages/harbour.html"
    url = "https://www.daily-example.com/harbour"
    contains = ["The harbour reopened"]
    not_contains = ["Sign up for"]

`load_rules` reads a file or every ``*.toml`` file of a folder into a picklable
`RuleSet`. Any mistake raises `RulesError` naming the file, the line and the
problem. Text patterns are literal phrases, matched case-insensitively on
normalised text: no user regex ever runs, so none can hang.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union
from ..errors import RulesError
from .hosts import host_matches, site_host, valid_host_pattern
from .locate import KeyLocator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

RulesLike = Union[str, Path, "RuleSet"]

#: Largest rules file read (bytes): a rules file is a page of text, not data.
MAX_FILE_BYTES = 1 << 20
#: Most phrases and selectors one file may hold.
MAX_ENTRIES = 5000
MAX_PHRASE_CHARS = 500
DEFAULT_LABEL = "site_rule"
DEFAULT_BODY_LABEL = "outside_site_body"
TEXT_MODES = ("exact", "starts_with", "contains")

_TOP_KEYS = {"hosts", "name", "strip", "keep", "body", "drop_text", "test"}
_SELECTOR_KEYS = {"css", "xpath", "label", "note"}
_TABLE_KEYS = {
    "strip": _SELECTOR_KEYS,
    "keep": {"css", "xpath", "note"},
    "body": _SELECTOR_KEYS,
    "drop_text": {*TEXT_MODES, "label", "note"},
    "test": {"file", "url", "contains", "not_contains", "note"},
}
_LABEL = re.compile(r"[a-z][a-z0-9_]{0,39}")
_PROBE_PAGE = "<html><head><title>t</title></head><body><div class='a' id='b'><p>x</p></div></body></html>"


@dataclass(frozen=True)
class Selector:
    """One CSS or XPath selector of a ``strip``, ``keep`` or ``body`` entry."""

    kind: str  #: "css" or "xpath"
    expression: str
    label: str
    where: str  #: file and key, e.g. ``daily-example.toml strip[2]``: the removal's reason

    def xpath(self) -> str:
        """The selector as XPath (CSS is translated for HTML)."""
        return css_to_xpath(self.expression) if self.kind == "css" else self.expression


@dataclass(frozen=True)
class TextRule:
    """A literal phrase: a block equal to it, starting with it or containing it is dropped."""

    mode: str  #: one of `TEXT_MODES`
    phrase: str  #: normalised with `normalize_phrase`
    label: str
    where: str


@dataclass(frozen=True)
class RuleTest:
    """A test case: a sample file or a URL, and strings the cleaned body must or must not hold."""

    file: Path | None
    url: str | None
    contains: tuple[str, ...]
    not_contains: tuple[str, ...]
    where: str
    line: int | None


@dataclass(frozen=True)
class SiteRules:
    """The rules of one file."""

    path: Path
    hosts: tuple[str, ...]
    name: str | None = None
    strip: tuple[Selector, ...] = ()
    keep: tuple[Selector, ...] = ()
    body: tuple[Selector, ...] = ()
    drop_text: tuple[TextRule, ...] = ()
    tests: tuple[RuleTest, ...] = ()

    def applies_to(self, host: str | None) -> bool:
        return host is not None and any(host_matches(pattern, host) for pattern in self.hosts)


@dataclass(frozen=True)
class RuleSet:
    """Every rules file loaded from one path, in file-name order (picklable)."""

    files: tuple[SiteRules, ...] = field(default_factory=tuple)
    source: str = ""

    def for_host(self, host: str | None) -> tuple[SiteRules, ...]:
        """The files whose ``hosts`` match ``host`` (a bare host name, see `site_host`)."""
        return tuple(rules for rules in self.files if rules.applies_to(host))

    def __len__(self) -> int:
        return len(self.files)


# -- phrases and selectors ------------------------------------------------------------
def normalize_phrase(text: str) -> str:
    """The form text patterns compare: lower case, straight quotes, single spaces.

    >>> normalize_phrase("  Read   MORE: “Today”  ")
    'read more: "today"'
    """
    from ..patterns import normalize_for_match

    return normalize_for_match(text).strip()


@functools.lru_cache(maxsize=1024)
def css_to_xpath(expression: str) -> str:
    """CSS translated to XPath for HTML (cssselect); raises cssselect's ``SelectorError``."""
    from cssselect import HTMLTranslator

    return HTMLTranslator().css_to_xpath(expression)


@functools.lru_cache(maxsize=1024)
def compiled(selector: Selector) -> Any:
    """The compiled ``lxml.etree.XPath`` of a selector (cached per process)."""
    from lxml import etree

    return etree.XPath(selector.xpath())


def _selector_problem(kind: str, expression: str) -> str | None:
    """Why ``expression`` is not a usable selector, or ``None``."""
    from lxml import etree, html

    if not expression.strip():
        return f"empty {kind} selector"
    try:
        path = css_to_xpath(expression) if kind == "css" else expression
        result = etree.XPath(path)(html.fromstring(_PROBE_PAGE))
    except Exception as error:  # noqa: BLE001 - cssselect's and lxml's syntax and evaluation errors
        return f"bad {kind} selector {expression!r}: {str(error).strip() or type(error).__name__}"
    if not isinstance(result, list):
        return f"{kind} selector {expression!r} must select elements, not a {type(result).__name__}"
    return None


# -- loading ----------------------------------------------------------------------------
def load_rules(path: RulesLike) -> RuleSet:
    """The `RuleSet` of a rules file or of every ``*.toml`` file in a folder.

    A `RuleSet` is returned as it is. Files are read again only when they change.
    Raises `RulesError` for a missing path, an empty folder or any mistake in a file.
    """
    if isinstance(path, RuleSet):
        return path
    if not isinstance(path, (str, Path)):
        raise TypeError(f"rules must be a path or a RuleSet, not {type(path).__name__}")
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.glob("*.toml") if p.is_file())
        if not files:
            raise RulesError(str(root), None, "no *.toml rules files in this folder")
    elif root.is_file():
        files = [root]
    else:
        raise RulesError(str(root), None, "no such rules file or folder")
    signature = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _load(str(root), signature)


@functools.lru_cache(maxsize=32)
def _load(source: str, signature: tuple[tuple[str, int, int], ...]) -> RuleSet:
    return RuleSet(tuple(parse_rules_file(Path(name)) for name, _, _ in signature), source)


def parse_rules_file(path: Path) -> SiteRules:
    """Read and check one rules file; raises `RulesError`."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RulesError(str(path), None, f"cannot read: {error.strerror or error}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise RulesError(str(path), None, f"larger than {MAX_FILE_BYTES} bytes: not a rules file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RulesError(str(path), line, "not UTF-8 text") from None
    return parse_rules_text(text, path)


def parse_rules_text(text: str, path: Path) -> SiteRules:
    """Check the TOML ``text`` of the rules file at ``path``; raises `RulesError`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else getattr(error, "lineno", None)
        problem = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", message)
        raise RulesError(str(path), line, f"TOML syntax: {problem}") from None
    return _Checker(path, text, data).rules()


class _Checker:
    """Turns the parsed TOML of one file into `SiteRules`, or a `RulesError` at the right line."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path, self.data, self.locate, self.entries = path, data, KeyLocator(text), 0

    def fail(self, problem: str, table: str | None = None, index: int = 0, key: str | None = None, value: Any = None) -> RulesError:
        line = self.locate.line(table, index, key, value if isinstance(value, str) else None)
        return RulesError(str(self.path), line, problem)

    def where(self, table: str, index: int) -> str:
        return f"{self.path.name} {table}[{index}]"

    def rules(self) -> SiteRules:
        for key in self.data:
            if key not in _TOP_KEYS:
                raise self.fail(f"unknown key {key!r}; known: {', '.join(sorted(_TOP_KEYS))}", key=key)
        hosts = self.data.get("hosts")
        if hosts is None:
            raise self.fail("missing 'hosts': the sites these rules are for, e.g. hosts = [\"example.com\"]")
        hosts = self.strings(hosts, None, 0, "hosts")
        if not hosts:
            raise self.fail("'hosts' is empty", key="hosts")
        for host in hosts:
            if not valid_host_pattern(host.lower()):
                raise self.fail(f"bad host pattern {host!r} (a host name, optionally starting with '*.')", key="hosts", value=host)
        name = self.data.get("name")
        if name is not None and not isinstance(name, str):
            raise self.fail("'name' must be a string", key="name")
        return SiteRules(
            self.path,
            tuple(h.lower() for h in hosts),
            name,
            strip=tuple(self.selector(e, "strip", i, DEFAULT_LABEL) for i, e in enumerate(self.tables("strip"))),
            keep=tuple(self.selector(e, "keep", i, "keep") for i, e in enumerate(self.tables("keep"))),
            body=tuple(self.selector(e, "body", i, DEFAULT_BODY_LABEL) for i, e in enumerate(self.tables("body"))),
            drop_text=tuple(r for i, e in enumerate(self.tables("drop_text")) for r in self.text_rules(e, i)),
            tests=tuple(self.test(e, i) for i, e in enumerate(self.tables("test"))),
        )

    def tables(self, table: str) -> list[dict[str, Any]]:
        value = self.data.get(table, [])
        entries = [value] if isinstance(value, dict) else value
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise self.fail(f"'{table}' must be a table: write [[{table}]] above its keys", key=table)
        for index, entry in enumerate(entries):
            for key in entry:
                if key not in _TABLE_KEYS[table]:
                    known = ", ".join(sorted(_TABLE_KEYS[table]))
                    raise self.fail(f"unknown key {key!r} in [[{table}]]; known: {known}", table, index, key)
        return entries

    def strings(self, value: Any, table: str | None, index: int, key: str) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"'{key}' must be a string or a list of strings", table, index, key)
        self.entries += len(value)
        if self.entries > MAX_ENTRIES:
            raise self.fail(f"more than {MAX_ENTRIES} entries in one file", table, index, key)
        return value

    def label(self, entry: dict[str, Any], table: str, index: int, default: str) -> str:
        label = entry.get("label", default)
        if not isinstance(label, str) or not _LABEL.fullmatch(label):
            raise self.fail(f"bad label {label!r}: lower-case letters, digits and _, starting with a letter", table, index, "label")
        if label == "body":
            raise self.fail("label 'body' would keep the block: name what it is instead", table, index, "label")
        return label

    def selector(self, entry: dict[str, Any], table: str, index: int, default_label: str) -> Selector:
        kinds = [kind for kind in ("css", "xpath") if kind in entry]
        if len(kinds) != 1:
            raise self.fail(f"[[{table}]] needs exactly one of 'css' or 'xpath'", table, index, kinds[1] if kinds else None)
        kind = kinds[0]
        expression = entry[kind]
        if not isinstance(expression, str):
            raise self.fail(f"'{kind}' must be a string", table, index, kind)
        problem = _selector_problem(kind, expression)
        if problem:
            raise self.fail(problem, table, index, kind)
        self.entries += 1
        label = self.label(entry, table, index, default_label) if table != "keep" else "keep"
        return Selector(kind, expression, label, f"{self.where(table, index)} {kind} {expression!r}")

    def text_rules(self, entry: dict[str, Any], index: int) -> list[TextRule]:
        label = self.label(entry, "drop_text", index, DEFAULT_LABEL)
        found: list[TextRule] = []
        for mode in TEXT_MODES:
            for phrase in self.strings(entry.get(mode, []), "drop_text", index, mode):
                normal = normalize_phrase(phrase)
                if not normal or len(normal) > MAX_PHRASE_CHARS:
                    problem = "an empty phrase" if not normal else f"a phrase over {MAX_PHRASE_CHARS} characters"
                    raise self.fail(f"{mode}: {problem}", "drop_text", index, mode, phrase)
                found.append(TextRule(mode, normal, label, f"{self.where('drop_text', index)} {mode} {phrase!r}"))
        if not found:
            raise self.fail("[[drop_text]] needs 'exact', 'starts_with' or 'contains'", "drop_text", index)
        return found

    def test(self, entry: dict[str, Any], index: int) -> RuleTest:
        file, url = entry.get("file"), entry.get("url")
        if file is None and url is None:
            raise self.fail("[[test]] needs 'file' (a sample page) or 'url'", "test", index)
        for key, value in (("file", file), ("url", url)):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise self.fail(f"'{key}' must be a non-empty string", "test", index, key)
        if url is not None and site_host(url) is None:
            raise self.fail(f"'url' has no host: {url!r}", "test", index, "url")
        contains = self.strings(entry.get("contains", []), "test", index, "contains")
        not_contains = self.strings(entry.get("not_contains", []), "test", index, "not_contains")
        if not contains and not not_contains:
            raise self.fail("[[test]] needs 'contains' or 'not_contains'", "test", index)
        return RuleTest(
            (self.path.parent / file) if file is not None else None,
            url,
            tuple(contains),
            tuple(not_contains),
            self.where("test", index),
            self.locate.line("test", index, None),
        )


__all__ = [
    "RuleSet", "RuleTest", "RulesLike", "Selector", "SiteRules", "TextRule",
    "compiled", "host_matches", "load_rules", "normalize_phrase", "parse_rules_file", "parse_rules_text", "site_host",
]
