"""Guess a text's language from its most common words (the phrase files' stopwords)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from ..patterns import stopwords

_WORD = re.compile(r"[^\W\d_]+")
#: Words read from the text at most; enough for a stable guess.
MAX_WORDS = 2000
MIN_HITS = 3


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the best-matching language, or ``None`` when unsure.

    >>> guess_language("The minister said that the talks were over and that it was time.")
    'en'
    """
    seen = Counter(map(str.lower, islice(_WORD.findall(text[:20000]), MAX_WORDS)))
    # Each distinct word is looked up once per language (in C), weighted by how often it occurs.
    counts = {lang: sum(map(seen.__getitem__, common.intersection(seen))) for lang, common in stopwords().items()}
    lang, hits = max(counts.items(), key=lambda item: item[1], default=(None, 0))
    return lang if hits >= MIN_HITS else None
