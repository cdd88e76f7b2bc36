"""Guess a text's language from its most common words (the phrase files' stopwords)."""

from __future__ import annotations

import re

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
    counts = {lang: 0 for lang in stopwords()}
    for match, _ in zip(_WORD.finditer(text[:20000]), range(MAX_WORDS)):
        word = match.group(0).lower()
        for lang, common in stopwords().items():
            if word in common:
                counts[lang] += 1
    lang, hits = max(counts.items(), key=lambda item: item[1], default=(None, 0))
    return lang if hits >= MIN_HITS else None
