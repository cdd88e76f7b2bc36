"""Phrase lists and patterns, kept as data: one JSON file per language.

Each file in ``patterns/data`` maps *categories* (``paywall``, ``newsletter``,
...) to lists of regular-expression fragments. Fragments are written in lower
case and are matched against a whole normalised sentence or line, never
searched for inside a paragraph. The languages are merged into one compiled
pattern per category and field, built once on first use: all of them, or for
the phrase filters on a page of known language, that language's and English
(`page_languages`; fewer alternatives to try, the same matches on the
development set and the samples).

Fragments must stay linear-time: no nested quantifiers over the same text, and
only bounded repetitions (``{0,60}``) for free text.

Users extend the vocabulary with :func:`add_language_file` (a JSON file of the
same shape) without touching the code.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable, TypeVar

_EXTRA_FILES: list[Path] = []

_SINGLE_QUOTES = re.compile("[’‘`´]")
_DOUBLE_QUOTES = re.compile("[“”„«»]")
_SPACES = re.compile(r"\s+")
# Sentence ends, and separators that share bars and menus put between items.
# A match starts only where a run of white space starts (linear time: unanchored,
# long runs of spaces were quadratic). Written to begin with \s, then the
# lookbehinds, so the regex engine skips to white space in C instead of trying
# every position (3x faster; the same splits as the lookbehind-first form).
# An initial ("U.S. Midwest", "John F. Kennedy") ends no sentence.
_SENTENCE_BREAK = re.compile(r"\s(?<!\s\s)(?:(?<=[.!?…]\s)(?<![\s.][A-Z]\.\s)\s*|\s*[|•·/]\s+|(?<=\n)\s*|\s*\n\s*)")
_EDGE_PUNCTUATION = " .!?:;,…-–—|•·>»«\"'()[]*"


#: The capital letters a name may open with, for a regex class: ASCII, Latin-1 and Latin
#: Extended-A's ("Željko", "Łukasz", "Čapek", "İlkay"), Romanian's "Ș" and "Ț".
CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"

#: Texts up to this length are memoised: the filters look at the same short blocks in turn.
_MEMO_CHARS = 1000


def normalize_for_match(text: str) -> str:
    """Lower-case, straighten quotes and collapse spaces: the form patterns see.

    >>> normalize_for_match("You’ve  read\\nOf")
    "you've read of"
    """
    return _normalize_memo(text) if len(text) <= _MEMO_CHARS else _normalize(text)


def _straighten(text: str) -> str:
    """Typographic quotes as ASCII ones, no-break spaces as spaces (regexes: faster than str.translate).

    ASCII text has only the backtick to straighten: a `str.replace`, no regex pass.
    """
    if text.isascii():
        return text.replace("`", "'")
    return _DOUBLE_QUOTES.sub('"', _SINGLE_QUOTES.sub("'", text)).replace("\u00a0", " ")


#: What ``"İ".lower()`` leaves after the "i" (Turkish, Azerbaijani): dropped, or it would split the word.
COMBINING_DOT = "\u0307"


def _normalize(text: str) -> str:
    return " ".join(_straighten(text).split()).lower().replace(COMBINING_DOT, "")


_normalize_memo = functools.lru_cache(maxsize=1024)(_normalize)


def sentences(text: str) -> tuple[str, ...]:
    """Split a short block into normalised sentences, edge punctuation removed.

    >>> sentences("You've read  of  free articles. Subscribe to continue.")
    ("you've read of free articles", 'subscribe to continue')
    >>> sentences("Corn futures slip as U.S. Midwest weather improves")
    ('corn futures slip as u.s. midwest weather improves',)
    """
    return _sentences_memo(text) if len(text) <= _MEMO_CHARS else _sentences(text)


def _sentences(text: str) -> tuple[str, ...]:
    parts = (p.strip(_EDGE_PUNCTUATION) for p in _SENTENCE_BREAK.split(_straighten(text)))
    return tuple(_SPACES.sub(" ", p).lower().replace(COMBINING_DOT, "") for p in parts if p.strip(_EDGE_PUNCTUATION))


_sentences_memo = functools.lru_cache(maxsize=1024)(_sentences)


def add_language_file(path: str | Path) -> None:
    """Merge another phrase file (same layout as the shipped ones) into the patterns."""
    path = Path(path)
    json.loads(path.read_text(encoding="utf-8"))  # fail early on a broken file
    _EXTRA_FILES.append(path)
    _clear_caches()


#: cache_clear of every pattern built from the phrase data (see `derived`).
_DERIVED_CLEARS: list[Callable[[], None]] = []

F = TypeVar("F", bound=Callable[..., Any])


def derived(func: F) -> F:
    """Memoise ``func``, a pattern built from the phrase data; rebuilt after `add_language_file`."""
    cached = functools.lru_cache(maxsize=None)(func)
    _DERIVED_CLEARS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def _clear_caches() -> None:
    language_data.cache_clear()
    category.cache_clear()
    stopwords.cache_clear()
    for clear in _DERIVED_CLEARS:
        clear()


@functools.lru_cache(maxsize=None)
def language_data() -> dict[str, dict[str, Any]]:
    """Every phrase file, keyed by language code (extra files merged in)."""
    data: dict[str, dict[str, Any]] = {}
    folder = resources.files(__package__) / "data"
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=str) if f.name.endswith(".json")]
    texts += [p.read_text(encoding="utf-8") for p in _EXTRA_FILES]
    for text in texts:
        entry = json.loads(text)
        target = data.setdefault(entry["language"], {"language": entry["language"], "stopwords": [], "categories": {}})
        target["stopwords"] += entry.get("stopwords", [])
        for name, fields in entry.get("categories", {}).items():
            merged = target["categories"].setdefault(name, {})
            for key, values in fields.items():
                merged.setdefault(key, []).extend(values)
    return data


@dataclass(frozen=True)
class Category:
    """The compiled patterns of one category, all languages merged.

    Each attribute is a compiled pattern (``None`` when no language has that
    field): use ``.fullmatch`` for whole-sentence fields and ``.match`` for
    prefixes.
    """

    name: str
    fields: dict[str, re.Pattern[str]]

    def __getattr__(self, key: str) -> re.Pattern[str] | None:
        try:
            return self.__dict__["fields"].get(key)
        except KeyError:  # during unpickling
            raise AttributeError(key) from None

    def fullmatch(self, key: str, text: str) -> bool:
        pattern = self.fields.get(key)
        return bool(pattern and pattern.fullmatch(text))

    def prefix(self, key: str, text: str) -> bool:
        pattern = self.fields.get(key)
        return bool(pattern and pattern.match(text))

    def search(self, key: str, text: str) -> bool:
        pattern = self.fields.get(key)
        return bool(pattern and pattern.search(text))


@functools.lru_cache(maxsize=None)
def category(name: str, languages: tuple[str, ...] | None = None) -> Category:
    """The compiled `Category` ``name`` (``paywall``, ``newsletter``, ...), of every language or
    of ``languages`` only (fewer alternatives to try on a page of known language)."""
    fragments: dict[str, list[str]] = {}
    for language, entry in language_data().items():
        if languages is not None and language not in languages:
            continue
        for key, values in entry["categories"].get(name, {}).items():
            fragments.setdefault(key, []).extend(values)
    fields = {}
    for key, values in fragments.items():
        if not values:
            continue
        # Word lists (agencies, credit words, ...) are literal; the rest are regexes.
        alternatives = [re.escape(v) for v in values] if _is_word_list(key) else list(values)
        source = "|".join(f"(?:{a})" for a in alternatives)
        if _is_word_list(key):
            source = rf"\b(?:{source})\b"
        fields[key] = re.compile(source)
    return Category(name, fields)


def page_languages(language: str | None) -> tuple[str, ...] | None:
    """The languages whose phrases a page is read with: its own and English (web furniture is
    often written in English whatever the page's language), or all (``None``) when its language
    is unknown or has no phrase data."""
    if language is None or language not in language_data():
        return None
    return (language,) if language == "en" else (language, "en")


def _is_word_list(key: str) -> bool:
    return key in {"agencies", "credit_words", "credit_connectors", "commission_words", "caption_prefixes", "anchor_words", "time_connectors"}


@functools.lru_cache(maxsize=None)
def stopwords() -> dict[str, frozenset[str]]:
    """Language code to its set of common words (for language guessing)."""
    return {lang: frozenset(entry["stopwords"]) for lang, entry in language_data().items()}


@derived
def common_words() -> frozenset[str]:
    """The common words of every language with data (prose in any of them is full of them)."""
    return frozenset().union(*stopwords().values())
