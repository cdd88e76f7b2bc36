"""Run the test cases of rules files (``cleantext rules test PATH``).

Each ``[[test]]`` cleans its page (a sample ``file``, else the page at ``url``)
with the whole rule set and checks that the body holds every ``contains``
string and none of the ``not_contains`` ones (compared on normalised text).
The page's URL is ``url`` when given, else the first plain host of the file.
"""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass

from .rules import RuleSet, RuleTest, SiteRules, normalize_phrase, site_host

#: Seconds and bytes allowed when a test case fetches its ``url``.
FETCH_TIMEOUT = 20.0
FETCH_MAX_BYTES = 10_000_000


@dataclass(frozen=True)
class TestOutcome:
    """One test case's result: ``problems`` is empty when it passed."""

    case: RuleTest
    problems: tuple[str, ...]

    __test__ = False  # not a pytest class

    @property
    def passed(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        """``PASS`` or ``FAIL``, where the case is, its page and the problems."""
        page = str(self.case.file) if self.case.file is not None else self.case.url
        head = f"{'PASS' if self.passed else 'FAIL'} {self.case.where} ({page})"
        return "\n".join([head, *(f"    {problem}" for problem in self.problems)])


def fetch(url: str) -> bytes:
    """The bytes at ``url`` (at most `FETCH_MAX_BYTES`); raises ``OSError`` on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": "cleantext-rules-test"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - the user's own test URL
        return bytes(response.read(FETCH_MAX_BYTES))


def _default_host(rules: SiteRules) -> str | None:
    return next((host for host in rules.hosts if not host.startswith("*.")), None) or (
        rules.hosts[0][2:] if rules.hosts else None
    )


def run_case(ruleset: RuleSet, rules: SiteRules, case: RuleTest) -> TestOutcome:
    """Clean the case's page with ``ruleset`` and compare the body with its expectations."""
    from ..api import clean

    problems: list[str] = []
    if case.url is not None and not rules.applies_to(site_host(case.url)):
        problems.append(f"url {case.url!r} is not on this file's hosts ({', '.join(rules.hosts)})")
    try:
        source = case.file.read_bytes() if case.file is not None else fetch(str(case.url))
    except OSError as error:
        what = f"file {case.file}" if case.file is not None else f"url {case.url}"
        return TestOutcome(case, (*problems, f"cannot read {what}: {getattr(error, 'strerror', None) or error}"))
    document = clean(source, url=case.url, rules=ruleset, site=_default_host(rules))
    body = normalize_phrase(document.text)
    problems += [f"missing from the body: {text!r}" for text in case.contains if normalize_phrase(text) not in body]
    problems += [f"should not be in the body: {text!r}" for text in case.not_contains if normalize_phrase(text) in body]
    return TestOutcome(case, tuple(problems))


def run_tests(ruleset: RuleSet) -> list[TestOutcome]:
    """Every test case of every file of ``ruleset``, in file order."""
    return [run_case(ruleset, rules, case) for rules in ruleset.files for case in rules.tests]


__all__ = ["TestOutcome", "fetch", "run_case", "run_tests"]
