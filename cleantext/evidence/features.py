"""Shallow features of a block: its cues, its shape and how much it reads like prose.

These are the block-level features of boilerpipe (Kohlschütter et al. 2010):
word counts, sentence lengths, punctuation, capitalisation, plus the block's
cue phrases (`cleantext.evidence.cues`). They need no markup, so they hold for
plain text and for blocks extracted from HTML alike. Position and neighbours
are added by `cleantext.evidence.layout`.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from dataclasses import dataclass, field

from .cues import CueMatch, find_cues, phrase_languages, tokens

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
_QUOTED = re.compile(r'"[^"]{1,60}"|“[^”“]{1,60}”|„[^“”]{1,60}[“”]|«[^»]{1,60}»|»[^«»]{1,60}«|”[^”“]{1,60}”')
_SENTENCE_END = re.compile(r"[.!?…。！？](?=\s|$)")
_SEPARATORS = re.compile(r"(?:^|\s)[|»•·›>/–—](?=\s|$)")
_CURRENCY = re.compile(r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|eur\b|usd\b|zł)", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|uk)\b|@\w", re.IGNORECASE)
_DATE_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b")
#: Runs of characters that are not letters (``[^\W\d_]``): deleting them leaves the letters.
_NON_LETTERS = re.compile(r"[\W\d_]+")
_DIGITS = re.compile(r"\d+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
#: ASCII bytes that are not letters, and the ASCII digits (for `bytes.translate`).
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_ASCII_DIGITS = b"0123456789"
#: Characters without which a pattern cannot match (cheap pre-screens before the regexes).
_SEPARATOR_CHARS = re.compile("[|»•·›>/–—]")
#: The cue features of a block without cues (``log1p(0.0)`` each), in the order of `CATEGORIES`
#: ("cue_share" is the ``share`` category's; the share of a block's words that are cue words is "cue_word_share").
_NO_CUES = {"cue_" + category: 0.0 for category in CATEGORIES}
#: Words per sentence above which a sentence counts as long prose.
LONG_SENTENCE_WORDS = 12


@dataclass
class BlockFeatures:
    """What one block's own text shows; ``values`` feeds the model."""

    words: int
    cues: list[CueMatch]
    values: dict[str, float] = field(default_factory=dict)
    #: Cue weight per category (every one of `CATEGORIES`), summed in the order of ``cues``.
    cue_weights: dict[str, float] = field(default_factory=dict)

    @property
    def total_cue_weight(self) -> float:
        """The weight of all the block's cues, summed in the order they were found."""
        return sum(m.cue.weight for m in self.cues)

    def cue_score(self, category: str) -> float:
        if self.cue_weights:
            return self.cue_weights.get(category, 0.0)
        return sum(m.cue.weight for m in self.cues if m.cue.category == category)


#: In a language without stopword data, the share of short words (three letters at most)
#: stands in for the share of common words, scaled to it: in the dev set's prose the common
#: words are 26% of the words and the short ones 35% (en, de, fr, es, it alike).
SHORT_WORD_LETTERS = 3
SHORT_WORD_SCALE = 0.75
#: Languages that join their function words to the word (Turkish, Finnish, Hungarian) have
#: few short words; there the share of words written in lower case stands in, scaled the
#: same way (prose is about 80% lower-case words, a menu or a headline in title case few).
LOWER_CASE_SCALE = 0.35


def _stopword_share(words: list[str], common: frozenset[str] | None, raw_words: list[str]) -> float | None:
    """The share of common words among ``words``; without ``common``, the larger of its two stand-ins.

    A script without case has no lower-case words: the short words alone stand in there.
    """
    if not words:
        return None
    if common is None:
        short = SHORT_WORD_SCALE * sum(len(w) <= SHORT_WORD_LETTERS for w in words) / len(words)
        lower = LOWER_CASE_SCALE * sum(w[:1].islower() for w in raw_words) / max(len(raw_words), 1)
        return max(short, lower)
    return sum(map(common.__contains__, words)) / len(words)


def has_price(text: str) -> bool:
    """Whether ``text`` names a price ("$1", "0,99 €", "£7.50", "49 zł")."""
    return _CURRENCY.search(text) is not None


def stand_in_share(text: str) -> float | None:
    """The stand-in for the share of common words that a language without data gets (the larger
    of the short words' and the lower-case words' shares, scaled); ``None`` for no words or a script
    written without spaces."""
    return None if _ideographs(text) else _stopword_share(tokens(text), None, text.split())


def _letters_and_digits(text: str) -> tuple[int, int]:
    r"""How many letters (``[^\W\d_]``) and digits (``\d``) ``text`` has.

    The ASCII characters are counted with `bytes.translate` (in C), and only
    the few others with the regexes.
    """
    data = text.encode("ascii", "ignore")
    letters = len(data.translate(None, _ASCII_NON_LETTERS))
    digits = len(data) - len(data.translate(None, _ASCII_DIGITS))
    if len(data) == len(text):
        return letters, digits
    rest = "".join(_NON_ASCII.findall(text))
    return letters + len(_NON_LETTERS.sub("", rest)), digits + len(rest) - len(_DIGITS.sub("", rest))


def _ideographs(text: str) -> int:
    """Characters of the scripts written without spaces (kana, CJK, hangul)."""
    return 0 if text.isascii() else len(text) - len(_IDEOGRAPHS.sub("", text))


_first = operator.itemgetter(0)


def may_quote(text: str) -> bool:
    """Whether ``text`` has a quotation mark that can open a quotation (a cheap pre-screen): "…", “…”,
    „…“, «…» (French), »…« (Danish, German) and ”…” (Swedish, Finnish)."""
    return '"' in text or "“" in text or "«" in text or "„" in text or "»" in text or "”" in text


def _may_have_url(text: str) -> bool:
    return "." in text or "@" in text or "://" in text


#: Another language's one-word cues this short are not read in a page of known language.
FOREIGN_WORD_LETTERS = 4


def _own_language(cues: list[CueMatch], language: str) -> list[CueMatch]:
    """``cues`` without another language's short one-word cues (`FOREIGN_WORD_LETTERS`): such
    words collide across languages (Portuguese "doe", donate, is Dutch "do"). English ones
    stay, as web furniture is often written in English whatever the page's language; so do
    longer words and phrases ("Newsletter", "Mehr zum Thema" on a Dutch page), and a word
    the page's language lists too (French and Portuguese "PUB"). A short word beside a
    wildcard is a short word too ("per <name>")."""
    listed = phrase_languages()
    return [m for m in cues if not _short_word(m.cue.phrase) or not listed[m.cue.phrase].isdisjoint((language, "en"))]


@functools.lru_cache(maxsize=4096)
def _short_word(phrase: str) -> bool:
    """A cue of one literal word of `FOREIGN_WORD_LETTERS` letters at most, wildcards aside ("doe",
    "per <name>": Catalan's byline reads German "per Mail")."""
    literal = [w for w in phrase.split() if not w.startswith("<")]
    return len(literal) == 1 and len(literal[0]) <= FOREIGN_WORD_LETTERS


def block_features(text: str, common: frozenset[str] | None, neutral_stopwords: float, with_cues: bool = True, language: str | None = None) -> BlockFeatures:
    """The features of one block of text.

    ``common`` is the page language's stopwords. When the language is unknown
    (``None``), the share of short words stands in for the share of common
    words (`SHORT_WORD_SCALE`): function words are short in most languages
    without data too; where they are not, the share of lower-case words
    (`LOWER_CASE_SCALE`), whichever is larger. A block with no words, or in a
    script written without spaces, takes the ``neutral_stopwords`` value.

    Without ``with_cues`` only the cues of every language are looked for (``mul.txt``: a
    language without phrase data).
    With ``language``, another language's short cue words are not read (`_own_language`).

    Each regex runs only where the characters it needs occur (a price and a
    date need a digit, a web address a dot, an ``@`` or ``://``).
    """
    raw_words = text.split()
    words = tokens(text)
    ideographs = _ideographs(text)
    if ideographs:  # scripts without spaces: about two characters a word
        raw_words = raw_words + ["字"] * (ideographs // 2)
    count = max(len(raw_words), 1)
    quoted = _QUOTED.sub(" ", text) if may_quote(text) else text
    if quoted is text or not quoted.strip():
        cues = find_cues(words, text, international=not with_cues)
    else:
        cues = find_cues(tokens(quoted), quoted, international=not with_cues)
    if cues and language is not None:
        cues = _own_language(cues, language)
    sentence_count = max(1, len(_SENTENCE_END.findall(text)))
    share = _stopword_share(words, common, raw_words) if not ideographs else None
    capitalised = sum(map(str.isupper, map(_first, raw_words))) / count
    terminal = text.rstrip().endswith(_TERMINAL)
    letters, digits = _letters_and_digits(text)
    weights = dict.fromkeys(CATEGORIES, 0.0)
    cue_words = 0
    opening = 0.0
    for match in cues:
        weights[match.cue.category] += match.cue.weight
        cue_words += match.cue.literal_words  # a wildcard's words ("by <name>") are not cue words
        if match.start == 0:
            opening = max(opening, match.cue.weight)
    separators = len(_SEPARATORS.findall(text)) if _SEPARATOR_CHARS.search(text) else 0
    n = len(raw_words)
    per_sentence = n / sentence_count
    # Flags are written ``1.0 if ... else 0.0`` (the same floats as float(bool), without a call).
    values: dict[str, float] = {
        "log_words": math.log1p(n),
        "log_chars": math.log1p(len(text)) / 2,
        "one_or_two_words": 1.0 if n <= 2 else 0.0,
        "short": 1.0 if n <= 6 else 0.0,
        "sentences": (sentence_count if sentence_count < 6 else 6) / 3,
        "long_sentences": (per_sentence if per_sentence <= 40 else 40) / LONG_SENTENCE_WORDS,
        "terminal": 1.0 if terminal else 0.0,
        "open_short": 1.0 if not terminal and n < 12 else 0.0,
        "stopwords": neutral_stopwords if share is None else share,
        "no_stopwords": 1.0 if share == 0.0 and len(words) >= 3 else 0.0,
        "capitalised": capitalised,
        "capitalised_list": 1.0 if n >= 3 and capitalised >= 0.8 and not terminal and (share or 0) < 0.15 else 0.0,
        "digits": min(digits / (letters or 1), 1.0) if digits else 0.0,
        "price": 1.0 if digits and _CURRENCY.search(text) is not None else 0.0,
        "separators": min(separators / count * 4, 2.0) if separators else 0.0,
        "url": 1.0 if _may_have_url(text) and _URL.search(text) is not None else 0.0,
        "date_time": 1.0 if digits and _DATE_TIME.search(text) is not None else 0.0,
        "all_caps": 1.0 if len(text) > 3 and text.isupper() else 0.0,
        "cue_word_share": cue_words / (len(words) or 1),
        "opening_cue": opening / 3,
    }
    values.update(_NO_CUES)
    if cues:
        for category, weight in weights.items():
            if weight:  # log1p(0.0) is 0.0, already there
                values["cue_" + category] = math.log1p(weight)
    return BlockFeatures(n, cues, values, weights)
