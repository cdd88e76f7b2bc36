"""Split already-scraped plain text into blocks, and find its title.

Paragraphs may be separated by blank lines, by single newlines, or be
hard-wrapped. Within a chunk between blank lines, lines that look wrapped
(long, similar lengths, breaking mid-sentence) are joined. Otherwise a line of
prose broken mid-sentence is joined to the line that goes on with it, each
other line is its own block, and the chunk's lines share a ``group`` so
filters know they stood together (a credit line and its caption, say).
"""

from __future__ import annotations

import re

from ..document import Block, normalize_space

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A bullet is markup and goes; a number ("98. Joshua Todd", "1. und Regionalmeister") is content and stays.
_BULLET_MARK = re.compile(r"^[-*•▪◦‣]\s+(?=\S)")
#: A "+" opens the second level of a whole page's nested lists, and a review's pros: the line is
#: a list item that keeps its mark, as a numbered one does ("+ Light to steer").
_PLUS_MARK = re.compile(r"^\+\s+(?=\S)")
#: The third level of a whole page's nested lists ("o Canal+" under "* Telewizja"): a bullet only
#: beside another list item, for "o" is a word in several languages.
_LETTER_BULLET = re.compile(r"^o\s+(?=[^\s\w]|[^\W\d_])(?=\S)")
_NUMBER_MARK = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
_QUOTE_MARK = re.compile(r"^>\s?(?=\S)")
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
#: Tokens that stand between the items of a breadcrumb, and the words an item has at most.
_CRUMB_SEPARATORS = frozenset("/›>»|•·")
CRUMB_WORDS = 3

MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 25
#: Share of letters among the visible characters of a title ("14.35 Uhr" is a time, not a title).
MIN_TITLE_LETTER_SHARE = 0.6
#: Width range of a hard-wrapped paragraph's lines: wrapping under 50 columns is rare, and a
#: 40-character byline over a date line is not one paragraph.
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100


def strip_control(text: str) -> str:
    """Drop control characters (tabs and newlines stay), unify line ends."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def looks_wrapped(lines: list[str]) -> bool:
    """True when ``lines`` are one paragraph hard-wrapped at a fixed width.

    >>> looks_wrapped(["The quick brown fox jumps over the lazy dog and then", "runs."])
    True
    >>> looks_wrapped(["Mike Segar/Reuters", "US Ambassador Nikki Haley speaks."])
    False

    Two lines, the second opening with a capital (or standing in brackets) after a first that
    does not run on (a comma, a dash), are two: a caption over its credit, a headline over its byline.

    >>> looks_wrapped(["Ekran laptopa z sekcją komentarzy pod artykułem internetowym", "Fot. Paweł Siwiec / Głos"])
    False
    >>> looks_wrapped(["Ein Techniker prüft die Wasserqualität an einem Brunnen im Bezirk Gulu", "(Bild mit freundlicher Genehmigung von WASH Uganda)"])
    False
    >>> looks_wrapped(["* Apply to the grid operator as soon as the order is signed", "* Attach the data sheets"])
    False
    """
    if len(lines) < 2 or sum(1 for line in lines if _BULLET_MARK.match(line) or _NUMBER_MARK.match(line)) >= 2:
        return False  # a list's items, one a line, are not a wrapped paragraph
    if len(lines) == 2 and _opens_a_line(lines[1]) and not lines[0].endswith(_CONTINUED):
        return False  # a caption over its credit ("Fot. Paweł Siwiec / Głos"), a headline over its byline
    body = lines[:-1]
    widest = max(len(line) for line in lines)
    if widest > MAX_WRAP_WIDTH or min(len(line) for line in body) < max(MIN_WRAP_WIDTH, 0.6 * widest):
        return False
    open_ended = sum(not _ends_sentence(line, following) for line, following in zip(body, lines[1:]))
    return open_ended * 2 >= len(body)


def _opens_a_line(line: str) -> bool:
    """A line opening with a capital, or standing wholly in brackets (`is_bracketed`)."""
    return line[:1].isupper() or is_bracketed(line)


def is_bracketed(text: str) -> bool:
    """A line standing wholly in one pair of brackets ("(Bild mit freundlicher Genehmigung von WASH Uganda)")."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


#: A line ending on these runs on into the next.
_CONTINUED = (",", "-", "–", "—", ";")
#: A sentence's end inside a line, with more text after it: the line is prose.
_INNER_SENTENCE_END = re.compile(r"[.!?] \S")
#: A line ending on a day's ordinal number ("lørdag den 21.", "am 3."): its full stop ends no
#: sentence when the next line goes on in lower case ("december fra klokken 10").
_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _ends_sentence(line: str, following: str) -> bool:
    """Whether ``line`` closes its sentence, with ``following`` the next line."""
    if not line.endswith(_SENTENCE_END):
        return False
    return not (following[:1].islower() and _ORDINAL_END.search(line) is not None)


def join_broken_lines(lines: list[str]) -> list[str]:
    """Join a line of prose broken mid-sentence to the line that goes on with it.

    The line holds more than one sentence and ends without closing punctuation,
    and the next opens in lower case: "... Dadurch könnt ihr abends kneten," over
    "morgens backen." A headline over "von Lotte Hambrecht" is one sentence, so
    it stays apart.

    >>> join_broken_lines(["It rained. The river rose and", "the bridge closed.", "By Ann Lee"])
    ['It rained. The river rose and the bridge closed.', 'By Ann Lee']
    >>> join_broken_lines(["Mein Rezept für Einsteiger", "von Lotte Hambrecht"])
    ['Mein Rezept für Einsteiger', 'von Lotte Hambrecht']

    A day's ordinal number ends no sentence before a lower-case line:

    >>> join_broken_lines(["Die Sammlung endet am 18. Die Körbe gibt es am 21.", "Dezember ab 10 Uhr."])
    ['Die Sammlung endet am 18. Die Körbe gibt es am 21.', 'Dezember ab 10 Uhr.']
    >>> join_broken_lines(["Indsamlingen slutter den 18. Kurvene deles ud den 21.", "december fra klokken 10."])
    ['Indsamlingen slutter den 18. Kurvene deles ud den 21. december fra klokken 10.']

    A short line of a lower-case word and a name ("di Federica Bonomi") is a
    byline under a dek that lacks its full stop, not the dek's last words.

    >>> join_broken_lines(["Il caldo ha accelerato la maturazione. Rese in calo", "di Federica Bonomi"])
    ['Il caldo ha accelerato la maturazione. Rese in calo', 'di Federica Bonomi']

    Nor does a line opening on a name written with an inner capital (a headline under a consent
    banner's buttons: "... Accetta tutti | Rifiuta | Personalizza" over "iPhone ricondizionati, ...").

    >>> join_broken_lines(["Usiamo cookie. Accetta tutti | Rifiuta", "iPhone ricondizionati, a Bologna apre un laboratorio"])
    ['Usiamo cookie. Accetta tutti | Rifiuta', 'iPhone ricondizionati, a Bologna apre un laboratorio']
    """
    joined = [lines[0]]
    for line in lines[1:]:
        last = joined[-1]
        if (
            line[:1].islower()
            and not _brand_cased(line)
            and not _ends_sentence(last, line)
            and _INNER_SENTENCE_END.search(last)
            and not _is_word_and_name(line)
        ):
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
    return joined


#: Words of a name after its lower-case word ("di Federica Bonomi", "von Anna Maria Lenz").
NAME_WORDS = (1, 4)


def _is_word_and_name(line: str) -> bool:
    """A lower-case word, then one to four capitalised words, no closing punctuation; perhaps
    a second name after a slash, a photo credit's agency ("fot. Paweł Michałek / Gazeta Nadwarciańska").

    >>> _is_word_and_name("di Federica Bonomi"), _is_word_and_name("fot. Paweł Michałek / Gazeta Nadwarciańska")
    (True, True)
    >>> _is_word_and_name("and the bridge / the road closed")
    False
    """
    line, slash, agency = line.partition(" / ")
    if slash and not (NAME_WORDS[0] <= len(agency.split()) <= NAME_WORDS[1] and all(w[:1].isupper() for w in agency.split())):
        return False
    words = line.split()
    return (
        NAME_WORDS[0] <= len(words) - 1 <= NAME_WORDS[1]
        and not line.endswith(_SENTENCE_END)
        and all(w[:1].isupper() for w in words[1:])
    )


#: First characters of a Markdown-style mark (a list mark may also open with a digit).
_MARK_STARTS = frozenset("-*+•▪◦‣>#")


def _may_have_mark(line: str) -> bool:
    """False when ``line`` cannot open with a heading, list or quote mark (a cheap pre-screen)."""
    first = line[:1]
    return first in _MARK_STARTS or first.isdigit()


def _is_item(line: str) -> bool:
    return bool(_BULLET_MARK.match(line) or _PLUS_MARK.match(line) or _LETTER_BULLET.match(line))


def _nested_bullets(lines: list[str]) -> set[int]:
    """Indexes of the lines whose "o" or "+" opening is a nested list's bullet, not text.

    An "o" (`_LETTER_BULLET`) is one beside another list item; a run of "+" lines one beside an
    item marked otherwise ("o Gość" over "+ Telewizja Polska ..."): a run of them alone is a review's pros.

    >>> sorted(_nested_bullets(["* Telewizja", "o Polsat", "o TVN", "+ Nowy program", "Fim"]))
    [1, 2, 3]
    >>> sorted(_nested_bullets(["Ele disse que", "o Brasil venceu."])), sorted(_nested_bullets(["+ Light", "+ Cheap"]))
    ([], [])
    """
    if not any(line.startswith(("o ", "+")) for line in lines):
        return set()  # (the common case, one test per chunk)
    found = set()
    plus = [bool(_PLUS_MARK.match(line)) for line in lines]
    start = 0
    for i, line in enumerate(lines):
        beside = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if _LETTER_BULLET.match(line) and any(_is_item(b) for b in beside):
            found.add(i)
        if not plus[i]:
            start = i + 1
        elif i + 1 == len(lines) or not plus[i + 1]:  # the end of a run of "+" lines: nested beside another mark
            around = [lines[j] for j in (start - 1, i + 1) if 0 <= j < len(lines)]
            if any(_BULLET_MARK.match(b) or _LETTER_BULLET.match(b) for b in around):
                found.update(range(start, i + 1))
    return found


def _block(line: str, group: int | None, nested_bullet: bool = False) -> Block:
    """A block from one line, its Markdown-style marks ("# ", "- ", "> ") taken off.

    A numbered line ("1. Choose the right pot") is a list item that keeps its
    number: the number is part of the text (a rank, a step, German "1." for
    "first").

    >>> _block("- Apply early", None).text, _block("2. Attach the data sheets", None).text
    ('Apply early', '2. Attach the data sheets')
    """
    kind = "paragraph"
    line = normalize_space(line)  # marks read the same before and after cleaning ("> \ta" is "> a")
    if nested_bullet:  # a nested list's "o" or "+" (`_nested_bullets`)
        return Block(normalize_space(line[1:]), kind="list_item", group=group)
    if not _may_have_mark(line):
        return Block(line, kind=kind, group=group)  # normalize_space is idempotent: nothing to redo
    stripped = True
    while stripped:
        stripped = False
        for pattern, mark_kind in ((_HEADING_MARK, "heading"), (_BULLET_MARK, "list_item"), (_QUOTE_MARK, "quote")):
            match = pattern.match(line)
            if match:
                line, kind, stripped = line[match.end() :], mark_kind, True
    if kind == "paragraph" and (_NUMBER_MARK.match(line) or _PLUS_MARK.match(line)):
        kind = "list_item"
    return Block(normalize_space(line), kind=kind, group=group)


def split_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text article, in order."""
    blocks: list[Block] = []
    for group, chunk in enumerate(_BLANK_LINE.split(strip_control(text))):
        lines = [line for line in map(str.strip, chunk.split("\n")) if line]
        if not lines:
            continue
        if looks_wrapped(lines):
            blocks.append(_block(" ".join(lines), None))
            continue
        lines = join_broken_lines(lines)
        shared = group if len(lines) > 1 else None
        nested = _nested_bullets(lines)
        blocks.extend(_block(line, shared, i in nested) for i, line in enumerate(lines))
    return [b for b in blocks if b.text]


def is_breadcrumb(text: str) -> bool:
    """Short items between separators: the page's path, not a headline.

    >>> is_breadcrumb("Startseite / Recht / Datenschutz"), is_breadcrumb("Culture › Expositions")
    (True, True)
    >>> is_breadcrumb("Kestrel Folio 7 review: the buttons are back | Benchmark Lane"), is_breadcrumb("AC/DC play Wembley")
    (False, False)
    """
    items: list[int] = [0]
    for token in text.split():
        if token in _CRUMB_SEPARATORS:
            items.append(0)
        else:
            items[-1] += 1
    return len(items) >= 2 and all(0 < words <= CRUMB_WORDS for words in items)


#: Separators of a page's path whatever its items' lengths; `PATH_SEPARATORS` of them make one.
_PATH_MARKS = frozenset("»›>|/")
PATH_SEPARATORS = 2


def is_path(text: str) -> bool:
    """A page's path ending on any item, even the headline's words: `PATH_SEPARATORS` separators
    standing alone (`is_breadcrumb` wants every item short).

    >>> is_path("Accueil » Recettes » Plats » Tarte fine aux poireaux et au chèvre"), is_path("AC/DC play Wembley")
    (True, False)
    """
    return sum(token in _PATH_MARKS for token in text.split()) >= PATH_SEPARATORS


def is_title_like(text: str) -> bool:
    """A headline: short, no closing full stop, not starting in lower case.

    >>> is_title_like("Threat of North Korea missiles strains US-China relations")
    True
    >>> is_title_like("The talks went on. Nothing came of them."), is_title_like("14.35 Uhr")
    (False, False)
    >>> is_title_like("iMac 5K: Lightroom runs fast again"), is_title_like("and then the talks went on")
    (True, False)
    """
    text = text.strip()
    return (
        0 < len(text) <= MAX_TITLE_CHARS
        and len(text.split()) <= MAX_TITLE_WORDS
        and not text.endswith((".", ",", ";", ":"))
        and not (text[0].islower() and not _brand_cased(text))
        and sum(c.isalpha() for c in text) >= MIN_TITLE_LETTER_SHARE * sum(not c.isspace() for c in text)
    )


def _brand_cased(text: str) -> bool:
    """Whether ``text`` opens on a name written with a capital inside it ("iMac", "eBay", "iOS 18"):
    a headline may open in lower case on such a name, a sentence's continuation does not."""
    first = text.split(maxsplit=1)[0]
    return any(c.isupper() for c in first[1:])
