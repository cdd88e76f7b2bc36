"""Guess a text's language from its most common words (the phrase files' stopwords)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from ..patterns import derived, stopwords

#: Words of two letters or more: one-letter words are list bullets ("o", "+") and initials as often
#: as words, and they collide across languages (Polish "i", "w", "o"; Portuguese "o", "e", "a").
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Words read from the text at most; enough for a stable guess.
MAX_WORDS = 2000
MIN_HITS = 3
#: Share of the words the best language's common words must make up. A text in a language with
#: data has 6% or more even as a whole page's text, menus included (one dev-set page of German
#: menus has 3%); a language without data reaches about 3% with the words it shares with
#: others ("de", "en"; Estonian did before it had data): it is left unknown.
MIN_SHARE = 0.04
#: Share of those words, from this many on, that must be the best language's own (listed by no
#: other language): a page of a Slavic language without data can reach 4% with the words it
#: shares with Czech ("na", "je", "za", "od") and none of Czech's own (Croatian did, before it
#: had data); pages of languages with data have 8% and more.
MIN_OWN_SHARE = 0.02
OWN_CHECK_HITS = 10
#: Distinct common words of the best language a text must hold: one word in `WORDS_PER_DISTINCT`
#: of its words, at least `MIN_DISTINCT` and never more than `MAX_DISTINCT` asked. A language
#: without data shares a few short words with one that has data, each many times (Irish "an",
#: "nach", "den" with German; Tagalog "ako", "sa", "na" with Slovak; Maltese "il", "ma", "in"
#: with Italian); a text in that language uses dozens of them (a whole page of German menus: 10).
MIN_DISTINCT = 3
MAX_DISTINCT = 8
WORDS_PER_DISTINCT = 50


@derived
def _own_words() -> dict[str, frozenset[str]]:
    """Each language's common words that no other language lists."""
    every = stopwords()
    return {lang: words.difference(*(w for other, w in every.items() if other != lang)) for lang, words in every.items()}


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the best-matching language, or ``None`` when unsure.

    >>> guess_language("The minister said that the talks were over and that it was time.")
    'en'
    >>> guess_language("Biblioteket i Ljungvik blir meröppet och har öppet på kvällar och helger i vinter.")
    'sv'
    >>> guess_language("Kirjasto on avoinna myös iltaisin ja viikonloppuisin koko talven ajan.") is None
    True

    A language whose words found are all shared with others is not guessed (a neighbour
    without data): `MIN_OWN_SHARE`; nor one of which a long text holds only a few distinct
    common words (`MIN_DISTINCT`):

    >>> guess_language("Tá an stáisiún ag bailiú airgid. Dúirt an bainisteoir nach bhfuil an crann slán, "
    ...                "agus go bhfuil an pobal ag cabhrú. Tá súil acu go mbeidh an crann nua ann roimh an "
    ...                "bhfómhar, agus nach gcaillfear an tseirbhís.") is None  # Irish: "an", "nach" are German words
    True
    """
    words = list(map(str.lower, islice(_WORD.findall(text[:20000]), MAX_WORDS)))
    seen = Counter(words)
    # Each distinct word is looked up once per language (in C), weighted by how often it occurs.
    found = {lang: common.intersection(seen) for lang, common in stopwords().items()}
    counts = {lang: sum(map(seen.__getitem__, common)) for lang, common in found.items()}
    lang, hits = max(counts.items(), key=lambda item: item[1], default=(None, 0))
    if lang is None or hits < MIN_HITS or hits < MIN_SHARE * len(words):
        return None
    distinct = min(MAX_DISTINCT, max(MIN_DISTINCT, len(words) / WORDS_PER_DISTINCT))
    if len(found[lang]) < distinct:
        return None  # a few words shared with it, each often: another language (Irish read as German)
    if hits >= OWN_CHECK_HITS and sum(map(seen.__getitem__, _own_words()[lang].intersection(seen))) < MIN_OWN_SHARE * hits:
        return None  # only words it shares with other languages: a neighbour without data (Croatian for Czech)
    return lang
