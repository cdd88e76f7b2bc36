"""Cue phrases: words and phrases that mark a block as one kind of boilerplate.

Cues are data, one plain-text file per language in ``cleantext/patterns/cues``
(see the README there for the format). Each cue belongs to a category
(``paywall``, ``newsletter``, ...) and has a weight. A cue matches as whole
words *anywhere* in a block, case-insensitively, so one unlisted word beside it
does not hide it; whether the block goes is decided by weighing all of its cues
against its prose (`cleantext.evidence.model`), never by one cue alone.

Wildcards in a phrase: ``<n>`` one number ("3", "3,500", "87%"), ``<word>``
any one word, ``<name>`` one to three words (capitalised, where the text is known), ``<words>`` one to four words.
The file ``mul.txt`` (ISO 639's code for several languages) holds the words that
mean the same in every language (the networks' names, "©"): read on every page,
and the only cues read on a page whose language has no data (`find_cues` with
``international``). There, a word ending in ``*`` is a stem: any word opening with
it that no cue names whole ("cookie*": "cookieak", "cookie-kat", "cookiejev"), as
inflected languages write a loanword. A language with data lists its own forms
(a stem would read its compounds too: Dutch "cookiemelding" is a cookie notice's name,
said in an article about one as often as in the notice), so stems are read only there.

Matching walks a token trie: linear in the block's words, no regular
expressions built from the data.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass
from itertools import compress
from importlib import resources
from pathlib import Path

from ..patterns import COMBINING_DOT

_TOKEN = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*%?|[©€$£%]")
_QUOTES = re.compile("[’‘`´]")
_WILDCARD_SPANS = {"<n>": (1, 1), "<word>": (1, 1), "<name>": (1, 3), "<words>": (1, 4)}
_HEADING = re.compile(r"^\[([a-z_]+)\]$")
_EXTRA_FILES: list[Path] = []
#: The heading of the words that address the reader (`reader_words`): kept apart from the cues.
READER = "reader"
#: The language code of the cues that hold in every language (``mul.txt``).
INTERNATIONAL = "mul"
#: Letters a stem (``cookie*``) needs: a shorter one opens too many words.
MIN_STEM_LETTERS = 4


class CueFileError(ValueError):
    """A cue file that cannot be read: names the file and the line."""


@dataclass(frozen=True)
class Cue:
    """One phrase of a category, as written in its file."""

    phrase: str
    category: str
    weight: float
    language: str

    @functools.cached_property
    def literal_words(self) -> int:
        """The phrase's words that are not wildcards ("by <name>": 1)."""
        return sum(word not in _WILDCARD_SPANS for word in self.phrase.split())


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a block: which one, and the words it spans (``start:end``)."""

    cue: Cue
    start: int
    end: int


def tokens(text: str) -> list[str]:
    """The lower-case word tokens cues are matched against.

    >>> tokens("You’ve read 3 of 5 free articles. Subscribe!")
    ["you've", 'read', '3', 'of', '5', 'free', 'articles', 'subscribe']
    >>> tokens("İLGİLİ HABERLER")  # a capital dotted I lower-cases to "i" and a combining dot, dropped
    ['ilgili', 'haberler']
    """
    return _TOKEN.findall(_straightened(text.lower()))


def _straightened(text: str) -> str:
    """``text`` with its quotes straight and a combining dot ("İ".lower()) dropped, as `_TOKEN` reads it."""
    if not text.isascii() or "`" in text:  # the only ASCII quote to straighten is the backtick
        return _QUOTES.sub("'", text).replace(COMBINING_DOT, "")
    return text


def parse_cue_file(text: str, language: str, source: str) -> list[Cue]:
    """The cues of one file's ``text``; `CueFileError` names ``source`` and the line."""
    cues: list[Cue] = []
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading:
            current = heading.group(1)
            continue
        if current is None:
            raise CueFileError(f"{source}, line {number}: a phrase before any [category] heading")
        phrase, _, weight_text = line.partition("=")
        phrase = " ".join(phrase.split())
        if current != READER:  # cut into words as a block's text is ("und/oder", "pr. måned")
            for word in phrase.split():
                if word.endswith("*") and language != INTERNATIONAL:
                    raise CueFileError(f"{source}, line {number}: a stem ({word}) belongs in {INTERNATIONAL}.txt; list this language's own forms")
                if word.endswith("*") and (len(tokens(word)) != 1 or len(tokens(word)[0]) < MIN_STEM_LETTERS):
                    raise CueFileError(f"{source}, line {number}: a stem ({word}) is one word of {MIN_STEM_LETTERS} letters or more before the *")
            phrase = " ".join(t for w in phrase.split() for t in ([w] if w.startswith("<") else _cue_tokens(w)))
        try:
            weight = float(weight_text) if weight_text.strip() else 1.0
        except ValueError:
            raise CueFileError(f"{source}, line {number}: weight {weight_text.strip()!r} is not a number") from None
        words = phrase.split()
        if not words or all(w in _WILDCARD_SPANS for w in words):
            raise CueFileError(f"{source}, line {number}: a cue needs at least one word that is not a wildcard")
        bad = [w for w in words if w.startswith("<") and w not in _WILDCARD_SPANS]
        if bad:
            known = ", ".join(_WILDCARD_SPANS)
            raise CueFileError(f"{source}, line {number}: unknown wildcard {bad[0]} (known: {known})")
        cues.append(Cue(phrase if current == READER else phrase.lower(), current, weight, language))
    return cues


def _cue_tokens(word: str) -> list[str]:
    """A phrase's word as tokens; a stem keeps its ``*`` ("Cookie*": "cookie*")."""
    if word.endswith("*"):
        return [tokens(word)[0] + "*"]
    return tokens(word)


def add_cue_file(path: str | Path) -> None:
    """Add a user's cue file (named ``<language>.txt``, same format) to the shipped ones."""
    path = Path(path)
    parse_cue_file(path.read_text(encoding="utf-8"), path.stem, str(path))  # fail early, naming the line
    _EXTRA_FILES.append(path)
    cue_index.cache_clear()
    international_cue_index.cache_clear()
    _stems.cache_clear()
    _compound_words.cache_clear()
    _spread_phrases.cache_clear()
    _spread_lasts.cache_clear()
    category_words.cache_clear()
    phrase_languages.cache_clear()
    reader_words.cache_clear()
    reader_endings.cache_clear()


def _shipped() -> list[tuple[str, str, str]]:
    folder = resources.files("cleantext.patterns") / "cues"
    return [
        (entry.read_text(encoding="utf-8"), entry.name[: -len(".txt")], f"cleantext/patterns/cues/{entry.name}")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".txt")
    ]


@functools.lru_cache(maxsize=1)
def _shipped_cues() -> tuple[Cue, ...]:
    """The shipped files' cues, parsed once per process."""
    return tuple(cue for text, language, source in _shipped() for cue in parse_cue_file(text, language, source))


def all_cues() -> list[Cue]:
    """Every cue, shipped files first, then the user's (read again on each call: they are few)."""
    extra = [cue for p in _EXTRA_FILES for cue in parse_cue_file(p.read_text(encoding="utf-8"), p.stem, str(p))]
    return [*_shipped_cues(), *extra]


@functools.lru_cache(maxsize=1)
def phrase_languages() -> dict[str, frozenset[str]]:
    """The languages each cue phrase is listed in ("pub": French and Portuguese)."""
    languages: dict[str, set[str]] = {}
    for cue in all_cues():
        if cue.category != READER:
            languages.setdefault(cue.phrase, set()).add(cue.language)
    return {phrase: frozenset(found) for phrase, found in languages.items()}


@functools.lru_cache(maxsize=None)
def reader_words(language: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The ``[reader]`` words of ``language``'s files (all files' when ``None`` or without any):
    (matched in any case, matched only as written). Per language, as these short words
    collide across languages (Dutch "je", French "je"; Polish "was", English "was").
    Word endings (``*ez``) and the words they must not count (``!assez``) are `reader_endings`'."""
    words = [w for w in _reader_entries(language) if w[0] not in "*!"]
    return frozenset(w for w in words if w.islower()), frozenset(w for w in words if not w.islower())


@functools.lru_cache(maxsize=None)
def reader_endings(language: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The ``[reader]`` word endings of ``language`` (``*ez``: a verb form that addresses the
    reader, French "Recevez", "inscrivez-vous"), and the words ending so that do not (``!assez``)."""
    entries = _reader_entries(language)
    return frozenset(w[1:] for w in entries if w[0] == "*"), frozenset(w[1:].lower() for w in entries if w[0] == "!")


def _reader_entries(language: str | None) -> list[str]:
    every = [cue for cue in all_cues() if cue.category == READER]
    return [cue.phrase for cue in every if cue.language == language] or [cue.phrase for cue in every]


# A trie node: literal children, wildcard children, and the cues ending here.
_Node = tuple[dict[str, "_Node"], dict[str, "_Node"], list[Cue]]


def _new_node() -> _Node:
    return ({}, {}, [])


@functools.lru_cache(maxsize=1)
def cue_index() -> _Node:
    """The trie of every cue's tokens, built once (again after `add_cue_file`)."""
    return _build_index(international=False)


@functools.lru_cache(maxsize=1)
def international_cue_index() -> _Node:
    """The trie of ``mul.txt``'s cues alone, stems included: what a page whose language has no data reads."""
    return _build_index(international=True)


def _build_index(international: bool) -> _Node:
    root = _new_node()
    for cue in all_cues():
        if cue.category == READER or (international and cue.language != INTERNATIONAL):
            continue
        if not international and any(word.endswith("*") for word in cue.phrase.split()):
            continue  # a stem is read only on pages of a language without data
        node = root
        for word in cue.phrase.split():
            table = node[1] if word in _WILDCARD_SPANS else node[0]
            literal = word if word in _WILDCARD_SPANS or word.endswith("*") else (tokens(word) or [word])[0]
            node = table.setdefault(literal, _new_node())
        node[2].append(cue)
    return root


@functools.lru_cache(maxsize=1)
def _stems() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """``mul.txt``'s stems as one pattern over a block's words joined by spaces (``None``
    without stems), and every word its cues name whole (read as themselves)."""
    stems: set[str] = set()
    whole: set[str] = set()
    for cue in all_cues():
        if cue.category == READER or cue.language != INTERNATIONAL:
            continue
        for word in cue.phrase.split():
            if word.endswith("*"):
                stems.add(word[:-1])
            elif word not in _WILDCARD_SPANS:
                whole.add(word)
    if not stems:
        return None, frozenset(whole)
    alternatives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternatives})"), frozenset(whole)


def _read_stems(words: list[str]) -> list[str]:
    """``words`` with each one that opens on a stem and is no cue's whole word read as the stem ("cookieak": "cookie*")."""
    pattern, whole = _stems()
    if pattern is None or pattern.search(" ".join(words)) is None:
        return words
    read = []
    for word in words:
        found = None if word in whole else pattern.match(word)
        read.append(found.group() + "*" if found else word)
    return read


#: A word that is a cue this heavy on its own is no part of a name ("por WhatsApp" is a share
#: button); a lighter one may be ("by Ann Lee": "lee" is a light Spanish cue).
NAME_BLOCKING_WEIGHT = 1.5


class _NameWords:
    """Which of a text's tokens may stand in a name: written with a capital, and not a heavy
    cue on its own (`NAME_BLOCKING_WEIGHT`). Worked out when first asked (only a ``<name>``
    wildcard asks); without the text, any token but such a cue."""

    __slots__ = ("_text", "_words", "_starts", "_flags")

    def __init__(self, text: str | None, words: list[str], starts: dict[str, _Node]) -> None:
        self._text, self._words, self._starts, self._flags = text, words, starts, None

    def __getitem__(self, index: int) -> bool:
        if self._flags is None:
            self._flags = _capitalised(self._text, len(self._words))
        if not self._flags[index]:
            return False
        node = self._starts.get(self._words[index])
        return node is None or all(cue.weight < NAME_BLOCKING_WEIGHT for cue in node[2])


def _capitalised(text: str | None, count: int) -> list[bool]:
    if text is None:
        return [True] * count
    written = _TOKEN.findall(_straightened(text))
    if len(written) != count:  # lower-casing changed the tokens (rare): no telling, as without the text
        return [True] * count
    return [token[:1].isupper() for token in written]


def _fits(wildcard: str, words: list[str], index: int, name_words: _NameWords) -> bool:
    if wildcard == "<n>":
        return words[index][0].isdigit()
    return name_words[index] if wildcard == "<name>" else True


def _walk(node: _Node, words: list[str], at: int, found: list[tuple[Cue, int]], budget: list[int], name_words: _NameWords) -> None:
    for cue in node[2]:
        found.append((cue, at))
    if at >= len(words) or budget[0] <= 0:
        return
    budget[0] -= 1
    child = node[0].get(words[at])
    if child is not None:
        _walk(child, words, at + 1, found, budget, name_words)
    if node[1]:
        _walk_wildcards(node, words, at, found, budget, name_words)


def _walk_wildcards(node: _Node, words: list[str], at: int, found: list[tuple[Cue, int]], budget: list[int], name_words: _NameWords) -> None:
    for wildcard, sub in node[1].items():
        low, high = _WILDCARD_SPANS[wildcard]
        fitting = at  # words[at:fitting] all fit the wildcard; each word is tested once
        for span in range(low, high + 1):
            end = at + span
            if end > len(words):
                break
            while fitting < end and _fits(wildcard, words, fitting, name_words):
                fitting += 1
            if fitting < end:
                break
            _walk(sub, words, end, found, budget, name_words)


def _head_of_compound(word: str, vocabulary: frozenset[str]) -> str:
    """A hyphenated word's last part when the whole word is in no cue ("veenbode-app" -> "app";
    "sommes-nous" of "qui sommes-nous" stays whole)."""
    if "-" not in word or word in vocabulary:
        return word
    return word.rsplit("-", 1)[1] or word


@functools.lru_cache(maxsize=1)
def _compound_words() -> frozenset[str]:
    """The hyphenated words of every cue ("sommes-nous", "by-sa"): read whole, not as their head."""
    return frozenset(w for cue in all_cues() for w in cue.phrase.split() if "-" in w)


#: Trie steps allowed from one start word: wildcards branch, and hostile text must stay linear.
_STEPS_PER_START = 64


#: A heavy phrase's first and last words with at most this many words put between them count as
#: the phrase ("descarga gratis la app": "descarga la app"; "lataa Kallioniemen Sanomien sovellus":
#: "lataa sovellus"), under a name that shows the gap ("descarga … app").
SPREAD_GAP = 2
SPREAD_WEIGHT = 3.0
#: Only a block this short is read for spread phrases: a prompt is a sentence or two, and a
#: paragraph of prose has room for a phrase's words to meet by chance ("join ... in").
SPREAD_MAX_WORDS = 30


@functools.lru_cache(maxsize=None)
def category_words(category: str) -> frozenset[str]:
    """Every word (not wildcard) of ``category``'s cues: a text with none of them holds none of its cues."""
    return frozenset(w for cue in all_cues() if cue.category == category for w in cue.phrase.split() if w not in _WILDCARD_SPANS)


@functools.lru_cache(maxsize=1)
def _spread_lasts() -> frozenset[str]:
    """The last words of the phrases that may be spread: a block with none of them has none."""
    return frozenset(entry[0] for entries in _spread_phrases().values() for entry in entries)


@functools.lru_cache(maxsize=1)
def _spread_phrases() -> dict[str, list[tuple[str, int, Cue, tuple[str, ...]]]]:
    """The phrases that may be spread: first word -> (last word, phrase's words, cue, the words between)."""
    table: dict[str, list[tuple[str, int, Cue, tuple[str, ...]]]] = {}
    for cue in all_cues():
        words = cue.phrase.split()
        if cue.category == READER or cue.weight < SPREAD_WEIGHT or len(words) < 2 or any(w in _WILDCARD_SPANS for w in words):
            continue
        first, last = words[0], words[-1]
        if len(first) < 3 or len(last) < 3 or first == last:
            continue
        spread = Cue(f"{first} … {last}", cue.category, cue.weight, cue.language)
        table.setdefault(first, []).append((last, len(words), spread, tuple(words[1:-1])))
    return table


def _spread_matches(words: list[str], matches: list[CueMatch]) -> list[CueMatch]:
    """``matches`` with the spread phrases found (`SPREAD_GAP`) where no cue of two words or more
    stands: they take the place of the one-word cues inside them. `find_cues` calls it for a
    block of `SPREAD_MAX_WORDS` words at most holding one of their last words."""
    table = _spread_phrases()
    starts = list(compress(range(len(words)), map(table.__contains__, words)))
    if not starts:
        return matches
    taken = [m for m in matches if m.end - m.start > 1]
    added: list[CueMatch] = []
    for at in starts:
        for last, size, cue, inner in table[words[at]]:
            end = next((j + 1 for j in range(at + size - 1, min(at + size + SPREAD_GAP, len(words))) if words[j] == last), None)
            if end is None or end - at == size or any(m.start < end and at < m.end for m in taken + added):
                continue  # not found, found unspread (the trie's own match), or over another phrase
            if inner and not _in_order(inner, words[at + 1 : end - 1]):
                continue  # the phrase's own words between are missing ("this year ... asked for" is no "this feature is for")
            added.append(CueMatch(cue, at, end))
            break
    if not added:
        return matches
    kept = [m for m in matches if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted(kept + added, key=operator.attrgetter("start"))


def _in_order(wanted: tuple[str, ...], words: list[str]) -> bool:
    """Whether ``wanted`` stand in ``words`` in this order, other words between them allowed."""
    found = iter(words)
    return all(word in found for word in wanted)


def find_cues(words: list[str], text: str | None = None, international: bool = False) -> list[CueMatch]:
    """The cues in ``words`` (``tokens(text)``), left to right, none overlapping; with
    ``international``, only the cues that hold in every language (``mul.txt``).

    A ``<name>`` wildcard fits no word that is a heavy cue on its own and, with
    ``text``, only words written with a capital there: "by Ann Lee" is a byline
    cue, "by a third", "Por qué" and "por WhatsApp" are not.

    At each word the longest cue starting there wins (the heavier on a tie),
    and the words it covers start no other cue: "subscribe to continue" counts
    once, not also as "subscribe". A hyphenated compound that is in no cue
    is read as its last part, its head ("Download de Veenbode-app": "app"); one
    a cue holds is read whole:

    >>> [m.cue.phrase for m in find_cues(tokens("Qui sommes-nous ?"))]
    ['qui sommes-nous']

    >>> [m.cue.phrase for m in find_cues(tokens("Subscribe to continue, or sign in."))]
    ['subscribe to continue', 'sign in']
    >>> [m.cue.phrase for m in find_cues(tokens("Cut by a third, by Ann Lee"), "Cut by a third, by Ann Lee")]
    ['by <name>']

    A heavy phrase spread by up to `SPREAD_GAP` words still counts, named with the gap:

    >>> [m.cue.phrase for m in find_cues(tokens("Descarga gratis la app del diario"))]
    ['descarga … app']

    A stem reads a word no cue names whole:

    >>> [m.cue.phrase for m in find_cues(tokens("Cookieak onartu"), international=True)]
    ['cookie*']
    """
    if international:
        root = international_cue_index()
        words = _read_stems(words)
    else:
        root = cue_index()
    if "-" in "".join(words):  # a compound's last part is its head ("Veenbode-app", "Rundschau-Newsletter")
        compounds = _compound_words()
        words = [_head_of_compound(w, compounds) for w in words]
    name_words = _NameWords(text, words, root[0])
    later = _later_wildcards(root)  # the root's wildcards past the first word (a `<name>` opens only a block)
    numbers_only = list(later) == ["<n>"]  # then the root's wildcard fits only a number there
    matches: list[CueMatch] = []
    start = 0
    for at in _starts(root, words):
        if at < start:
            continue  # inside the previous match
        found: list[tuple[Cue, int]] = []
        # The root's step of `_walk`, inlined: the root holds no cue and ``at`` is in range.
        budget = [_STEPS_PER_START - 1]
        child = root[0].get(words[at])
        if child is not None:
            if child[1] or child[2] or (at + 1 < len(words) and words[at + 1] in child[0]):
                _walk(child, words, at + 1, found, budget, name_words)
            elif at + 1 < len(words):
                budget[0] -= 1  # the step that walk would take, finding nothing ("the" not followed by a cue word)
        if at == 0 and len(later) < len(root[1]) and _name_opens(root, words):
            _walk_wildcards(root, words, at, found, budget, name_words)
        elif later and (not numbers_only or words[at][0].isdigit()):
            _walk_wildcards((root[0], later, root[2]), words, at, found, budget, name_words)
        if found:
            cue, end = found[0] if len(found) == 1 else max(found, key=lambda item: (item[1], item[0].weight))
            matches.append(CueMatch(cue, at, end))
            start = end
    if international or len(words) > SPREAD_MAX_WORDS or _spread_lasts().isdisjoint(words):
        return matches
    return _spread_matches(words, matches)


def category_weights(text: str) -> dict[str, float]:
    """The cue weight of each category found in ``text`` (categories without cues are absent).

    >>> category_weights("Impressum Datenschutz Kontakt")
    {'navigation': 6.0}
    """
    return weights_of(find_cues(tokens(text), text))


def weights_of(matches: list[CueMatch]) -> dict[str, float]:
    """The cue weight of each category among ``matches`` (from `find_cues`)."""
    weights: dict[str, float] = {}
    for match in matches:
        weights[match.cue.category] = weights.get(match.cue.category, 0.0) + match.cue.weight
    return weights


#: Cue weight from which a block's strongest category names its label.
LABEL_WEIGHT = 1.5
#: When both weigh enough, the first names the block rather than the second: a consent banner
#: names advertising as what its cookies are for; "subscribe to our newsletter" is a sign-up, not a wall;
#: "Join the conversation – log in or register" asks to sign in to comment, not to read.
_PRECEDENCE = (("cookie_notice", "advertisement"), ("newsletter", "paywall"), ("comments", "paywall"))


def label_category(weights: dict[str, float]) -> str | None:
    """The category that names a block with these cue weights: the strongest, if it weighs `LABEL_WEIGHT`.

    >>> label_category({"paywall": 3.0, "newsletter": 2.0}), label_category({"share": 1.0})
    ('newsletter', None)
    >>> label_category({"comments": 3.0, "paywall": 3.0})  # "Join the conversation – log in or register"
    'comments'
    """
    if not weights:
        return None
    best = max(weights, key=weights.__getitem__)
    for first, second in _PRECEDENCE:
        if best == second and weights.get(first, 0.0) >= LABEL_WEIGHT:
            return first
    return best if weights[best] >= LABEL_WEIGHT else None


def _starts(root: _Node, words: list[str]) -> list[int]:
    """The indexes of the words a cue can start at: a first word of a cue, or a number
    when a cue starts with ``<n>``, the first word when one starts with ``<name>`` (every
    word when one starts with another wildcard).

    The words are tested in C (``map``), not one by one in Python.
    """
    literal, wildcards = root[0], _later_wildcards(root)
    if len(wildcards) > 1 or (wildcards and "<n>" not in wildcards):
        return list(range(len(words)))
    possible = map(literal.__contains__, words)
    if wildcards:
        possible = map(operator.or_, possible, map(str.isdigit, map(operator.itemgetter(0), words)))
    starts = list(compress(range(len(words)), possible))
    if words and "<name>" in root[1] and (not starts or starts[0] != 0):
        starts.insert(0, 0)  # a cue opening on a name is tried at the first word only
    return starts


#: `_later_wildcards` of the indexes read (the whole one and the international one): the index, its wildcards past the first word.
_LATER: list[tuple[_Node, dict[str, _Node]]] = []


def _name_opens(root: _Node, words: list[str]) -> bool:
    """Whether a word a cue opening on ``<name>`` goes on with stands among the block's first words
    (a name has one to three): only then is that cue tried."""
    follows = root[1]["<name>"][0]
    return any(word in follows for word in words[1 : _WILDCARD_SPANS["<name>"][1] + 1])


def _later_wildcards(root: _Node) -> dict[str, _Node]:
    """The root's wildcards a cue may open on past a block's first word: all but ``<name>`` (a
    phrase opening on a name, "<name> covers", reads a bio's opening, and tried at every word it
    would make every word a start). Worked out once per cue index."""
    for index, later in _LATER:
        if index is root:
            return later
    later = {wildcard: node for wildcard, node in root[1].items() if wildcard != "<name>"}
    _LATER[:] = [*_LATER[-1:], (root, later)]  # the last two (a rebuilt index replaces an old one)
    return later
