"""Whether cleantext's title is the page's headline: checked against the page's own markup.

The dev set's truth files mark body segments, not titles. A page's HTML names
its headline twice over, in its ``<h1>`` and its ``og:title``; the title
cleantext finds (on the page's HTML, or on the text made from it) is counted
right when at least `SAME_WORDS` of the words of the longer of the two are
shared with one of them. Pages naming neither are not counted. The page is
parsed outside the timed call.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import lxml.html
from lxml import etree

#: Share of the longer title's distinct words two titles must share to be the same headline
#: ("Daten von Rheinmetall gehackt - Interne Unterlagen im Netz" and "Interne Unterlagen im Netz Daten
#: von Rheinmetall gehackt" are; a headline and its site's name are not).
SAME_WORDS = 0.6
_WORD = re.compile(r"\w+")


def reference_titles(raw: bytes) -> list[str]:
    """The page's ``<h1>`` texts and its ``og:title``, spaces collapsed (empty when it names neither)."""
    try:
        tree = lxml.html.fromstring(raw)
    except (etree.ParserError, ValueError):
        return []
    found = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    found += [" ".join(str(v).split()) for v in tree.xpath('//meta[@property="og:title"]/@content')]
    return [title for title in found if title]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def same_headline(title: str, reference: str) -> bool:
    """Whether two titles share `SAME_WORDS` of the distinct words of the longer one.

    >>> same_headline("Interne Unterlagen im Netz Daten von Rheinmetall gehackt", "Daten von Rheinmetall gehackt - Interne Unterlagen im Netz")
    True
    >>> same_headline("Internet-Law", "Onlinerecht und Bürgerrechte 2.0")
    False
    """
    a, b = _words(title), _words(reference)
    return bool(a and b) and len(a & b) >= SAME_WORDS * max(len(a), len(b))


def verdict(title: str | None, references: list[str]) -> str | None:
    """``right``, ``wrong`` or ``none`` (no title found); ``None`` when the page names no headline."""
    if not references:
        return None
    if not title or not _words(title):
        return "none"
    return "right" if any(same_headline(title, reference) for reference in references) else "wrong"


def summary(verdicts: Iterable[str | None]) -> str:
    """One line for the report: how often the title is the page's headline."""
    counts = Counter(v for v in verdicts if v is not None)
    checked = sum(counts.values())
    if not checked:
        return "Title: no page names its headline (`<h1>`, `og:title`)."
    share = counts["right"] / checked
    return (
        f"Title (cleantext's against the page's `<h1>` or `og:title`, `benchmarks/titles.py`): the headline on "
        f"{counts['right']} of {checked} pages ({share:.1%}); another line on {counts['wrong']}, none on {counts['none']}."
    )
