"""Shallow features of a block: its cues, its shape and how much it reads like prose.

These are the block-level features of boilerpipe (Kohlschütter et al. 2010):
word counts, sentence lengths, punctuation, capitalisation, plus the block's
cue phrases (`cleantext.evidence.cues`). They need no markup, so they hold for
plain text and for blocks extracted from HTML alike. Position and neighbours
are added by `cleantext.evidence.layout`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .cues import CueMatch, find_cues, tokens

#: The categories cues belong to, in the order of the feature vector.
CATEGORIES = (
    "paywall",
    "donation",
    "qr_code",
    "app_prompt",
    "newsletter",
    "share",
    "related",
    "advertisement",
    "cookie_notice",
    "comments",
    "credit",
    "navigation",
    "copyright",
    "byline",
    "metadata_line",
)
_TERMINAL = (".", "!", "?", "…", ";", '"', "”", "“", "»", "«", "'", "’", ")", "。", "！", "？")
#: A short quotation inside a block: its words are mentioned, not shown ("offer "Reject all" first").
_QUOTED = re.compile(r'"[^"]{1,60}"|“[^”“]{1,60}”|„[^“”]{1,60}[“”]|«[^»]{1,60}»')
_SENTENCE_END = re.compile(r"[.!?…。！？](?=\s|$)")
_SEPARATORS = re.compile(r"(?:^|\s)[|»•·›>/–—](?=\s|$)")
_CURRENCY = re.compile(r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|eur\b|usd\b|zł)", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|uk)\b|@\w", re.IGNORECASE)
_DATE_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: Words per sentence above which a sentence counts as long prose.
LONG_SENTENCE_WORDS = 12


@dataclass
class BlockFeatures:
    """What one block's own text shows; ``values`` feeds the model."""

    words: int
    cues: list[CueMatch]
    values: dict[str, float] = field(default_factory=dict)

    def cue_score(self, category: str) -> float:
        return sum(m.cue.weight for m in self.cues if m.cue.category == category)


def _stopword_share(words: list[str], common: frozenset[str] | None) -> float | None:
    if common is None or not words:
        return None
    return sum(map(common.__contains__, words)) / len(words)


def block_features(text: str, common: frozenset[str] | None, neutral_stopwords: float) -> BlockFeatures:
    """The features of one block of text.

    ``common`` is the page language's stopwords (``None`` when the language is
    unknown: the stopword share then takes the ``neutral_stopwords`` value, so a
    language without data is judged on shape and position alone).
    """
    raw_words = text.split()
    words = tokens(text)
    ideographs = len(_IDEOGRAPHS.findall(text))
    if ideographs:  # scripts without spaces: about two characters a word
        raw_words = raw_words + ["字"] * (ideographs // 2)
    count = max(len(raw_words), 1)
    quoted = _QUOTED.sub(" ", text) if '"' in text or "“" in text or "«" in text or "„" in text else text
    cues = find_cues(words if quoted is text or not quoted.strip() else tokens(quoted))
    sentence_count = max(1, len(_SENTENCE_END.findall(text)))
    share = _stopword_share(words, common)
    capitalised = sum(map(str.isupper, [w[0] for w in raw_words])) / count
    terminal = text.rstrip().endswith(_TERMINAL)
    letters = len(_LETTER.findall(text)) or 1
    weights = dict.fromkeys(CATEGORIES, 0.0)
    cue_words = 0
    opening = 0.0
    for match in cues:
        weights[match.cue.category] += match.cue.weight
        cue_words += match.end - match.start
        if match.start == 0:
            opening = max(opening, match.cue.weight)
    values: dict[str, float] = {
        "log_words": math.log1p(len(raw_words)),
        "log_chars": math.log1p(len(text)) / 2,
        "one_or_two_words": float(len(raw_words) <= 2),
        "short": float(len(raw_words) <= 6),
        "sentences": min(sentence_count, 6) / 3,
        "long_sentences": min(len(raw_words) / sentence_count, 40) / LONG_SENTENCE_WORDS,
        "terminal": float(terminal),
        "open_short": float(not terminal and len(raw_words) < 12),
        "stopwords": neutral_stopwords if share is None else share,
        "no_stopwords": float(share == 0.0 and len(words) >= 3),
        "capitalised": capitalised,
        "capitalised_list": float(len(raw_words) >= 3 and capitalised >= 0.8 and not terminal and (share or 0) < 0.15),
        "digits": min(len(_DIGIT.findall(text)) / letters, 1.0),
        "price": float(_CURRENCY.search(text) is not None),
        "separators": min(len(_SEPARATORS.findall(text)) / count * 4, 2.0),
        "url": float(_URL.search(text) is not None),
        "date_time": float(_DATE_TIME.search(text) is not None),
        "all_caps": float(len(text) > 3 and text.isupper()),
        "cue_share": cue_words / max(len(words), 1),
        "opening_cue": opening / 3,
    }
    for category, weight in weights.items():
        values["cue_" + category] = math.log1p(weight)
    return BlockFeatures(len(raw_words), cues, values)
