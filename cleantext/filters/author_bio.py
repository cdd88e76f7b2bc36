"""An author's bio after the article: a short paragraph that opens with the byline's name.

"Clemens Ortheil ist Redakteur im Ressort Digitales und schreibt über ...",
"Priya Ramdhanie covers reader revenue ...", "Elin Bergkvist är reporter på
...": a page ends the article with a word on who wrote it, in any language,
and it opens with the name the byline gave. The names are read from the
byline (``doc.byline``, and lines already removed as ``byline``) and from a
bare name standing alone over a date line (or over a role line and the date)
before the article's first paragraph ("Agnieszka Wołodkiewicz" over "12
września 2024, 06:00"). Such a
paragraph of at most `MAX_BIO_WORDS` words in the second half of the body
(a whole page's text goes on after the article), after its first
`MIN_ARTICLE_BLOCKS` blocks, goes as ``outside_main_content``.

An author box needs no byline: a bare name line there ("Jake Goulding"),
then a paragraph opening with that name or its first word and a verb ("Jake
is the co-founder of ...", "Matthias Weber ist ERP-Experte ..."). The
paragraph goes as ``outside_main_content``, the name line as ``byline``.
More than `MAX_AUTHOR_BOXES` such pairs are a list of profiles, the
article itself, and stay. A paragraph there opening with a label and a colon ("Over mij: Ik ben Sanne, ...",
"O autorici: ...", "À propos de l'autrice – ...", a ``byline`` cue of two words or more, `labelled_bio`) is the
author's word about themselves, whoever wrote the article; so is one opening as its writer
introducing themselves ("Hi, I'm Hannah! ...", "Hallo, ich bin Lotte", "Olá! Sou a Inês ...": a
``byline`` cue naming a person, `self_introduction`), unless it opens on a quotation mark. A page naming no author may close on a bio too:
the text's last body block, of at most `CLOSING_BIO_WORDS` words, opening
with a name and a lower-case word and naming a writer's role (a ``byline``
cue of weight `ROLE_CUE_WEIGHT`: "Perry Bacon Jr. is a senior writer for
...", "... ist Redakteurin im Ressort ..."), no word of the name but the
first in any other paragraph, goes as ``outside_main_content``.

Must not remove: the article's own paragraphs about a company or a person
that a byline names as its source ("Signa Development teilte außerdem mit,
..."): the name must appear in no other paragraph, only the second half of
the body is looked at, and only blocks that *open* with the full name (two
words or more, not opening with a common word as "Die Agentur" does).
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..evidence.cues import category_words, cue_index, find_cues, tokens
from ..patterns import category, common_words
from .base import first_paragraph
from .byline import is_bare_name
from .metadata_line import is_date_line
from ..pipeline import register_filter

MAX_BIO_WORDS = 80
#: Name-and-bio pairs on one page beyond which they are the article's profiles, not author boxes.
MAX_AUTHOR_BOXES = 2
#: A closing bio: the last body block of at most this many words, with a role cue this heavy.
CLOSING_BIO_WORDS = 40
ROLE_CUE_WEIGHT = 1.5
MIN_ARTICLE_BLOCKS = 3
#: A block this long naming the author is the article speaking of them (a byline line is shorter).
MENTION_WORDS = 12
#: Capitalised words in a row (two to four): a person's name. Each word is a capital and
#: lower-case letters, hyphens or apostrophes; one space apart. A match starts only where a
#: word starts (the lookbehind): from inside a long word every start would rescan it.
_NAME = re.compile(r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*(?: [^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*){1,3}")


def _names(text: str) -> list[str]:
    """The names in a byline: runs of two to four capitalised words, lower-case words between them.

    >>> _names("By Jonah Whitcombe and Leila Haddad"), _names("Par Céline Marchetti, envoyée spéciale")
    (['Jonah Whitcombe', 'Leila Haddad'], ['Céline Marchetti'])
    >>> _names("Rozmawiała Katarzyna Nowicka")  # a byline cue's word ("interviewed by") opening it
    ['Katarzyna Nowicka']
    """
    prefixes = category("byline").prefixes
    cued = category_words("byline")
    names = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        if (prefixes is not None and prefixes.fullmatch(words[0].lower())) or words[0].lower() in cued:
            words = words[1:]  # "By", "Par", "Von", "Rozmawiała": the byline's word, not the name's
        if len(words) >= 2 and not words[0][0].islower():
            names.append(" ".join(words))
    return names


def author_names(doc: Document) -> set[str]:
    """The names the page gives its author: its byline, byline lines, and a bare name over a
    date line before the article's first paragraph ("Agnieszka Wołodkiewicz" over "12 września
    2024, 06:00"). A name opening with a common word ("Die Agentur") is not a person's."""
    names = set(_names(doc.byline)) if doc.byline else set()
    names.update(n for b in doc.all_blocks if b.label == "byline" for n in _names(b.text))
    blocks = doc.all_blocks
    for i in range(min(first_paragraph(blocks), len(blocks) - 1)):
        block = blocks[i]
        if block.is_body and is_bare_name(block.text) and any(is_date_line(b.text) for b in blocks[i + 1 : i + 3]):
            names.update(_names(block.text))
    common = common_words()
    return {name for name in names if name.split()[0].lower() not in common}


def _opens_with(text: str, names: set[str]) -> str | None:
    return next((name for name in names if text.startswith(name) and text[len(name) : len(name) + 1] in (" ", ",", "")), None)


def _named_elsewhere(name: str, block: Block, body: list[Block]) -> bool:
    """Whether a paragraph of the article other than ``block`` names ``name``: then it is the article's
    subject. An interview's question that the name labels ("Katarzyna Nowicka: Pamięta pan ...")
    is the author speaking, not spoken of."""
    return any(
        name in other.text and not other.text.startswith(name + ":")
        for other in body
        if other is not block and len(other.text.split()) >= MENTION_WORDS
    )


def _box_opening(text: str, name: str) -> str | None:
    """The part of ``name`` (all of it, or its first word) that ``text`` opens with, before a lower-case word."""
    for opening in (name, name.split()[0]):
        rest = text[len(opening) :]
        if text.startswith(opening) and rest[:1] == " " and rest[1:2].islower():
            return opening
    return None


def author_boxes(doc: Document, tail: list[Block], body: list[Block]) -> list[tuple[Block, Block, str]]:
    """Pairs of a bare name line (any label) and the body paragraph right after it opening with
    that name (`_box_opening`), among the ``tail`` blocks; none when there are more than
    `MAX_AUTHOR_BOXES` (a list of profiles) or the article names the person elsewhere."""
    blocks = doc.all_blocks
    in_tail = {id(b) for b in tail}
    pairs = []
    for line, bio in zip(blocks, blocks[1:]):
        if id(bio) not in in_tail or not bio.text.startswith(line.text.split(" ", 1)[0]):
            continue  # (a cheap test first: the paragraph opens with the line's first word)
        if not is_bare_name(line.text) or len(bio.text.split()) > MAX_BIO_WORDS:
            continue
        opening = _box_opening(bio.text, line.text)
        if opening is not None:
            if _named_elsewhere(opening, bio, body):
                return []  # the person is the article's subject: a profile, not its author
            pairs.append((line, bio, line.text))
    return pairs if len(pairs) <= MAX_AUTHOR_BOXES else []


def closing_bio(body: list[Block]) -> tuple[Block, str] | None:
    """The text's last body block when it is an author's bio (the module's docstring), with the name."""
    last = body[-1]
    words = last.text.split()
    if len(words) > CLOSING_BIO_WORDS:
        return None
    opening = _NAME.match(last.text)
    if opening is None or len(opening.group().split()) > 4:
        return None
    rest = last.text[opening.end() :].removeprefix(".")  # "Perry Bacon Jr. is ..."
    if not (rest[:1] == " " and rest[1:2].islower()):
        return None
    name = opening.group()
    if name.split()[0].lower() in common_words():
        return None  # "Die Agentur ist ...": a sentence, not a name
    roles = [m for m in find_cues(tokens(last.text), last.text) if m.cue.category == "byline" and m.cue.weight >= ROLE_CUE_WEIGHT]
    if not any(m.cue.literal_words == len(m.cue.phrase.split()) for m in roles):
        return None  # "by <name>" is no role
    surnames = [w for w in name.split()[1:] if len(w) > 2]  # not "Jr"
    if any(w in other.text for w in surnames for other in body[:-1]):
        return None  # the article speaks of them
    return last, name


#: A label over an author's word about themselves: a ``byline`` cue of this weight and of two
#: words at least ("Over mij", "À propos de moi", "O autorici"), then a colon or a dash.
LABEL_CUE_WEIGHT = 2.0
#: Words of such a label at most, and characters before its colon.
LABEL_WORDS = 5
LABEL_CHARS = 60


def labelled_bio(text: str) -> str | None:
    """The label a paragraph opens with when it is an author's word about themselves, or ``None``.

    >>> labelled_bio("Over mij: Ik ben Sanne, 34, en sinds 2021 fanatiek hardloper.")
    'over mij'
    >>> labelled_bio("À propos de l'autrice – Moi, c'est Margaux, 34 ans, Lyonnaise exilée dans la Drôme.")
    "à propos de l'autrice"
    >>> labelled_bio("By the end of the year the council had spent it all.") is None
    True
    """
    ends = [at for at in (text.find(mark, 0, LABEL_CHARS) for mark in (":", " – ", " — ")) if at >= 0]
    if not ends:
        return None
    head = text[: min(ends)]
    if len(head.split()) > LABEL_WORDS:
        return None
    words = tokens(head)
    for match in find_cues(words, head):
        cue = match.cue
        if match.start == 0 and match.end == len(words) and cue.category == "byline" and cue.weight >= LABEL_CUE_WEIGHT and cue.literal_words >= 2:
            return cue.phrase
    return None


#: Weight of a ``byline`` cue naming a person that, opening a paragraph, is its writer introducing
#: themselves ("hi i'm <name>", "hallo ich bin <name>", "olá sou a <name>").
INTRODUCTION_CUE_WEIGHT = 3.0
_QUOTE_OPENINGS = ('"', "“", "„", "«", "»", "‘", "'", "–", "—", "-")


def self_introduction(text: str) -> str | None:
    """The cue a paragraph opens with when it is its writer introducing themselves, or ``None``;
    not when it opens on a quotation mark (someone's words in the article).

    >>> self_introduction("Hallo, ich bin Lotte! Hier backe ich Brot."), self_introduction('"Hello, Anna here," she said.')
    ('hallo ich bin <name>', None)
    """
    if text.startswith(_QUOTE_OPENINGS):
        return None
    words = tokens(text[:80])
    if not words or words[0] not in cue_index()[0]:
        return None  # (most paragraphs: their first word opens no cue)
    for match in find_cues(words):
        cue = match.cue
        if match.start == 0 and cue.category == "byline" and cue.weight >= INTRODUCTION_CUE_WEIGHT and "<name>" in cue.phrase:
            return cue.phrase
        break
    return None


@register_filter("author_bio")
def author_bio(doc: Document) -> None:
    body: list[Block] = [b for b in doc.all_blocks if b.is_body]
    if len(body) < MIN_ARTICLE_BLOCKS + 1:
        return
    tail = body[max(MIN_ARTICLE_BLOCKS, len(body) // 2) :]
    for block in tail:
        label = labelled_bio(block.text)
        if label is not None and len(block.text.split()) <= MAX_BIO_WORDS:
            doc.drop(block, "outside_main_content", f"an author's word about themselves after the article, under a label ({label!r})")
        elif label is None and len(block.text.split()) <= MAX_BIO_WORDS:
            introduction = self_introduction(block.text)
            if introduction is not None:
                doc.drop(block, "outside_main_content", f"the author introducing themselves after the post ({introduction!r})")
    for line, bio, name in author_boxes(doc, tail, body):
        doc.drop(bio, "outside_main_content", f"an author box after the article: a paragraph opening with the name line above it ({name})")
        if line.is_body:
            doc.drop(line, "byline", "the name line of an author box after the article")
    names = author_names(doc)
    body = [b for b in body if b.is_body]
    closing = closing_bio(body) if len(body) > MIN_ARTICLE_BLOCKS and not names else None
    if closing is not None:  # (a page naming its author takes only that author's bio, below)
        doc.drop(closing[0], "outside_main_content", f"an author's bio closing the text: a name ({closing[1]}) and a writer's role")
    if not names:
        return
    for block in tail:
        if not block.is_body:
            continue
        name = _opens_with(block.text, names)
        if not name or len(block.text.split()) > MAX_BIO_WORDS or len(block.text.split()) <= len(name.split()):
            continue
        if _named_elsewhere(name, block, body):
            continue  # named in the article's paragraphs too: its subject (a company, a game), not its author
        doc.drop(block, "outside_main_content", f"an author's bio after the article: it opens with the byline's name ({name})")
