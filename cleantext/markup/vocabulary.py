"""The class/id vocabulary of page furniture, and whole-token matching against it.

The vocabulary (``data/vocabulary.json``) lists, per label, the class/id
words of furniture ("share-bar", "paywall", "newsletter"), the ARIA roles and
tags of page chrome, the qualifiers that negate a word ("has-ads") and the
markers of the article's own container ("entry-content"). Class and id
values are split into lower-case tokens ("article-shareBar" -> article,
share, bar) and matched as whole tokens, never as substrings.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

# Words of a class name: "isPaywall" -> is, Paywall; "HTMLBox" -> HTML, Box; digits split.
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Za-z][a-z]*")


@functools.lru_cache(maxsize=None)
def vocabulary() -> dict[str, Any]:
    """The class/id/role/tag vocabulary (``data/vocabulary.json``)."""
    text = (resources.files(__package__) / "data" / "vocabulary.json").read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class TokenIndex:
    """The vocabulary in the form the class/id matcher reads."""

    #: Entry (tokens joined by '-') to label.
    entries: dict[str, str]
    #: Every entry's first token: a value without one carries no entry.
    first_tokens: frozenset[str]
    qualifiers: frozenset[str]
    content_markers: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def token_index() -> TokenIndex:
    """The vocabulary's class/id entries, indexed for `furniture_label`."""
    vocab = vocabulary()
    entries: dict[str, str] = {}
    for label, words in vocab["tokens"].items():
        for word in words:
            entries["-".join(tokens_of(word))] = label
    return TokenIndex(
        entries,
        frozenset(entry.split("-")[0] for entry in entries),
        frozenset(vocab["qualifiers"]),
        tuple(vocab["content_markers"]),
    )


@functools.lru_cache(maxsize=4096)
def tokens_of(value: str) -> tuple[str, ...]:
    """Lower-case tokens of a class or id value.

    >>> tokens_of("article-shareBar js_sticky")
    ('article', 'share', 'bar', 'js', 'sticky')
    """
    return tuple(map(str.lower, _WORD.findall(value)))


@functools.lru_cache(maxsize=4096)
def furniture_label(value: str) -> tuple[str, str] | None:
    """``(label, entry)`` when a class/id value carries a vocabulary entry as whole tokens.

    An entry right after a qualifier ("has-ads", "non-paywall") does not count,
    and neither does any entry in a value naming the article's own container.

    >>> furniture_label("article-share-bar")
    ('share', 'share-bar')
    >>> furniture_label("shared-content") is None, furniture_label("header") is None
    (True, True)
    >>> furniture_label("section--has-ads") is None, furniture_label("entry-content social") is None
    (True, True)
    >>> furniture_label("TestReport__Section--Ads") is None, furniture_label("ad-slot--top")
    (True, ('advertisement', 'ad-slot'))
    """
    index = token_index()
    first_tokens = index.first_tokens
    if first_tokens.isdisjoint(tokens_of(value)):
        return None
    names = [tokens_of(name.split("--", 1)[0]) for name in value.split()]
    joined = ["-".join(tokens) for tokens in names]
    if any(marker in name for marker in index.content_markers for name in joined):
        return None
    for tokens in names:
        if first_tokens.isdisjoint(tokens):
            continue
        for size in (3, 2, 1):
            for start in range(len(tokens) - size + 1):
                if tokens[start] not in first_tokens:
                    continue  # every entry starts with a first token
                entry = "-".join(tokens[start : start + size])
                if entry in index.entries and not (start and tokens[start - 1] in index.qualifiers):
                    return index.entries[entry], entry
    return None
