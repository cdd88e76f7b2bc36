"""The C4 line filter (Raffel et al. 2020, section 2.2), the field's text-only baseline.

The line rules of the paper, with the constants of datatrove's
``C4QualityFilter``: keep a line only when it ends in terminal punctuation (not
an ellipsis), has at least three words and no word over 1,000 characters, and
mentions neither javascript nor a cookie or privacy policy; citation marks
("[1]", "[edit]") are removed first. The paper's page-level rules (fewer than
five sentences, "lorem ipsum", a curly bracket) discard a whole page; an
extractor scored on its output would then return nothing, so they are left out
here, as they are when datatrove's filter is asked to keep the page.

>>> c4_lines("Home News Sport\\nThe council met on Monday and voted.\\nWe use cookies to improve this site.")
'The council met on Monday and voted.'
"""

from __future__ import annotations

import re

_CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
_END_PUNCTUATION = (".", "?", "!", '"', "'")
_ELLIPSIS = "..."
_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
MIN_WORDS = 3
MAX_WORD_CHARS = 1000


def keeps_line(line: str) -> bool:
    """True when C4's line rules keep ``line`` (already stripped of citations)."""
    if not line.endswith(_END_PUNCTUATION) or line.endswith(_ELLIPSIS):
        return False
    words = line.split()
    if len(words) < MIN_WORDS or max(len(w) for w in words) > MAX_WORD_CHARS:
        return False
    lowered = line.lower()
    return "javascript" not in lowered and not any(p in lowered for p in _POLICY)


def c4_lines(text: str) -> str:
    """The lines of ``text`` that C4's line rules keep, in order."""
    kept = (_CITATION.sub("", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in kept if line and keeps_line(line))
