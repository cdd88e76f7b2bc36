"""The benchmark's title check (`benchmarks/titles.py`): the headline the page's markup names."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.titles import reference_titles, summary, verdict  # noqa: E402

PAGE = b"""<html><head><meta property="og:title" content="Harbour bridge to close | Millbrook Gazette"></head>
<body><a href="/"><h1>Millbrook Gazette</h1></a><article><h1>Harbour bridge to close for six months</h1></article></body></html>"""


def test_the_headline_is_read_from_the_h1s_and_og_title() -> None:
    assert reference_titles(PAGE) == ["Millbrook Gazette", "Harbour bridge to close for six months", "Harbour bridge to close | Millbrook Gazette"]
    assert reference_titles(b"") == [] and reference_titles(b"<p>no headline</p>") == []


def test_a_title_is_right_when_it_shares_most_words_with_one_of_them() -> None:
    references = reference_titles(PAGE)
    assert verdict("Harbour bridge to close for six months", references) == "right"
    assert verdict("Bridge to close for six months, harbour office says", references) == "right"
    assert verdict("Buses will take a detour through the old town", references) == "wrong"
    assert verdict(None, references) == "none" and verdict("", references) == "none"
    assert verdict("Harbour bridge to close", []) is None  # the page names no headline: not counted
    assert "2 of 3 pages" in summary(["right", "right", "none", None])
