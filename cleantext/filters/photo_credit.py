"""Photo credits and the captions that go with them.

Takes out of the body, into ``doc.captions``:

- credit lines: "Mike Segar/Reuters", "Photo: AP", "(Getty Images)",
  "Image credit: NASA", "AP Photo/Evan Vucci", "aja/PAP", "Foto di Anna Neri"
  (the credit words and the words that join them to a name, "by", "von",
  "di", are per-language data, ``photo_credit`` in `cleantext/patterns/data`);
- captions: the line sharing a chunk with a credit (plain text puts them
  together under a single newline), or in plain text a short caption-shaped
  block alone right above a credit that stands alone too (`_lone_caption`;
  in a whole page's text, one chunk of `PAGE_CHUNK_LINES` lines or more, every
  line stands alone),
  a block opening with "FILE PHOTO:" or "Pictured:", a short block that
  ends in a parenthesised photo credit or in a credit word, a colon and a
  name ("... a stagionare Foto: Marco Gori"), and, in plain text, a caption
  sentence whose chunk closes on a bare name ("Tiago Mesquita", "RAMÓN
  IBARRA", "Llun: Dylan Rowlands") after the article's prose began; and, in a
  text whose language has no phrase data, a name after a one-word label standing
  alone under a lone caption ("ARGAZKIA: JON URKIOLA": the label's words are
  unknown there, the shape is not);
- in plain text, an image's alt text: a line alone in its lines right over a
  caption or credit, past the article's first paragraph, shaped as no
  subheading (`_alt_texts_over_captions`); and a line wholly in brackets
  under a caption ("(Image courtesy of ...)") is its credit.

Copyright lines ("© 2024 Reuters", "All rights reserved") are dropped too,
labelled ``copyright`` (they are not captions).

What a credit line, a marked caption and a copyright line look like, one line
at a time, is `credit_lines`'; this step pairs them with their captions.

Must not remove: prose about photographers or agencies ("Reuters reported on
Tuesday.", "The photographer Mike Segar said ..."). A credit is a whole short
line shaped like one; a caption is only taken when tied to a credit or marked.
"""

from __future__ import annotations

from collections import Counter

from ..document import Block, Document
from ..evidence.reader import reader_count
from ..ingest.plaintext import is_bracketed, is_title_like
from ..patterns import sentences
from ..pipeline import register_filter
from .byline import is_byline
from .line_shapes import after_label
from .credit_lines import (  # noqa: F401  (the credit shapes, re-exported for their old import path)
    MAX_CAPTION_CHARS,
    MAX_CREDIT_CHARS,
    MAX_CREDIT_WORDS,
    MAX_PARTNER_CAPTION_CHARS,
    _ends_on_named_credit,
    _patterns,
    is_copyright,
    is_credit,
    is_credited_name,
    is_labelled_name,
    is_marked_caption,
    is_name_credit,
)
from .base import first_paragraph
from .metadata_line import is_date_line, is_dateline

#: A caption standing alone above its credit: at most this many words and sentences.
MAX_LONE_CAPTION_WORDS = 25
MAX_LONE_CAPTION_SENTENCES = 2
#: Words from which a caption without a closing full stop (an image's alt text, "Ruelas de
#: xisto em Vale de Sorgaço ao fim da tarde") is not taken for a subheading.
MIN_ALT_TEXT_WORDS = 8
#: Marks that open someone's words (a dash opens dialogue: "– Nie pamiętam ..."): a line opening
#: with one is speech, never a lone caption.
_QUOTATION_MARKS = ('"', "“", "„", "«", "»", "‘", "'", "–", "—")
#: Blocks under a lone credit read for the article's paragraph going on (a date line may stand between).
LINES_BELOW = 2


def _lone_caption(body: list[Block], i: int, language: str | None = None, crowded: frozenset[int] = frozenset()) -> Block | None:
    """The caption of a credit that stands alone (blank lines around it): the block right above,
    when it is alone too, shaped like a caption, and at most half as long as the paragraph under the credit.

    "Idle gantry cranes at the Talvera container terminal on Wednesday." over "Ilse Varga/MPS":
    a sentence or two, not a heading, a byline nor a date line, not opening a list (":") and
    not addressing the reader (a caption describes). A short paragraph above a credit that
    stands under no caption is as short, so the article must go on under the credit with a
    paragraph twice as long at least.
    """
    if i == 0 or i + 1 >= len(body):
        return None
    above = body[i - 1]
    text = above.text
    words = len(text.split())
    # the paragraph under the credit, past a date line standing between them
    longest_below = max(len(b.text.split()) for b in body[i + 1 : i + 1 + LINES_BELOW])
    if not _line_alone(above, crowded) or not above.is_body or words > MAX_LONE_CAPTION_WORDS or longest_below < 2 * words:
        return None
    if _subheading_shaped(text) or (i == 1 and is_title_like(text)):
        return None  # a heading, or the text's first line (its headline)
    if _says_who_or_when(text) or text.rstrip().endswith(":") or reader_count(text, language):
        return None  # a byline or date, a line opening a list; or a line speaking to the reader
    if text.lstrip().startswith(_QUOTATION_MARKS):
        return None  # someone speaking: a quote paragraph, not a description
    return above if len(sentences(text)) <= MAX_LONE_CAPTION_SENTENCES else None


def stands_alone(doc: Document, block: Block, crowded: frozenset[int] = frozenset()) -> bool:
    """A plain-text line alone in its chunk, or in a chunk of many lines (``crowded``,
    `crowded_chunks`: a whole page's text has no blank lines), whose caption, if any, stands
    alone above it (HTML marks its captions: figcaption)."""
    return doc.source_format == "text" and _line_alone(block, crowded)


#: A chunk of this many lines or more is a whole page's text (no blank lines, one line a
#: block), where each line stands as if alone.
PAGE_CHUNK_LINES = 12


def crowded_chunks(blocks: list[Block]) -> frozenset[int]:
    """The groups of `PAGE_CHUNK_LINES` lines or more (counted once, for every line's test)."""
    sizes = Counter(b.group for b in blocks if b.group is not None)
    return frozenset(group for group, size in sizes.items() if size >= PAGE_CHUNK_LINES)


def _line_alone(block: Block, crowded: frozenset[int]) -> bool:
    """Whether ``block`` is alone in its chunk, or one line of a chunk of many (``crowded``)."""
    return block.group is None or block.group in crowded


def credited_caption(
    body: list[Block], i: int, lone: bool, bare: bool = False, language: str | None = None, crowded: frozenset[int] = frozenset()
) -> Block | None:
    """The caption of the credit ``body[i]``: the lone caption above it (``lone``: a credit
    standing alone in plain text), else the line sharing its chunk (`group_neighbour`).
    ``language`` is the text's, for the words that address the reader (a caption does not).

    Only a bare credit (``bare``, or a credit or name credit by this step's
    patterns) takes a caption: a credit line with a caption of its own
    ("Pumps at dusk. Photo: ...") takes none."""
    text = body[i].text
    if not (bare or is_credit(text) or is_name_credit(text)):
        return None
    return _lone_caption(body, i, language, crowded) if lone else group_neighbour(body, i)


def _chunk_partner(blocks: list[Block], line: Block) -> Block | None:
    """The other line of ``line``'s chunk of the text when the chunk has two lines (``blocks`` is
    every block, removed ones too) and it reads like a caption: not shaped like a subheading
    (`_subheading_shaped`: an alt text of `MIN_ALT_TEXT_WORDS` words is none), not a byline or date."""
    group = line.group
    if group is None:
        return None
    i = next(j for j, b in enumerate(blocks) if b is line)
    if sum(b.group == group for b in blocks[max(0, i - 2) : i + 3]) != 2:
        return None
    other = group_neighbour(blocks, i)
    return None if other is None or _subheading_shaped(other.text) else other


def _says_who_or_when(text: str) -> bool:
    """A byline or a date line ("By Eleanor Vasquez", "14 May 2025"): not a photo's caption."""
    return is_byline(text) or is_date_line(text)


def group_neighbour(body: list[Block], i: int) -> Block | None:
    """The caption line sharing ``body[i]``'s plain-text chunk: the next or previous line, the shorter if both.

    A line that says who wrote the article or when is not a caption.
    """
    group = body[i].group
    if group is None:
        return None
    candidates = [
        body[j]
        for j in (i + 1, i - 1)
        if 0 <= j < len(body)
        and body[j].group == group
        and len(body[j].text) <= MAX_PARTNER_CAPTION_CHARS
        and not _says_who_or_when(body[j].text)
    ]
    # Between two lines of its chunk, a credit's caption is the one not shaped like a subheading
    # (a caption describes, in a sentence or a phrase; "Por qué se dona menos" opens a section;
    # an alt text of eight words or more without a full stop is no subheading), then the
    # shorter: the other is the article going on.
    return min(candidates, key=lambda b: (_subheading_shaped(b.text), len(b.text))) if candidates else None


#: Words of a caption over a bare name in its chunk (`_name_under_caption`): a sentence of some length.
MIN_NAMED_CAPTION_WORDS = 6


def _name_under_caption(doc: Document, body: list[Block], i: int) -> Block | None:
    """The caption of a credited name (`is_credited_name`) closing a two-line chunk of plain
    text: the line above it, a sentence (`MIN_NAMED_CAPTION_WORDS` words, closing punctuation)
    with the article's prose before it. The standfirst over its author's name ("Lucía
    Berrocal") has none before it: that name is a byline."""
    block = body[i]
    if doc.source_format != "text" or i < 2 or block.group is None or len(block.text) > MAX_CREDIT_CHARS or not is_credited_name(block.text):
        return None
    above = body[i - 1]
    if above.group is None or above.group != block.group or not above.is_body:
        return None
    if sum(b.group == block.group for b in body[max(0, i - 2) : i + 2]) != 2:
        return None
    text = above.text
    if len(text.split()) < MIN_NAMED_CAPTION_WORDS or len(text) > MAX_PARTNER_CAPTION_CHARS or not text.rstrip().endswith(".") or _says_who_or_when(text):
        return None
    prose_before = any(len(b.text.split()) >= MIN_NAMED_CAPTION_WORDS and b.text.rstrip().endswith((".", "!", "?")) for b in body[: i - 1])
    return above if prose_before else None


def _labelled_credit_caption(doc: Document, body: list[Block], i: int, crowded: frozenset[int]) -> Block | None:
    """The lone caption over a labelled name (`is_labelled_name`: "Grianghraf: Seán Ó Cualáin")
    standing alone, in a text whose language has no phrase data (where the language is known, its
    data says which labels credit a photo: "Moderator: Hass Chapman" is none). The caption
    itself opens on no label (a row of facts: "Gastgeber: Xing AG" over "Moderator: ...")."""
    if doc.language is not None or not is_labelled_name(body[i].text):
        return None
    above = _lone_caption(body, i, doc.language, crowded)
    return None if above is None or after_label(above.text) != above.text else above


def _subheading_shaped(text: str) -> bool:
    return is_title_like(text) and len(text.split()) < MIN_ALT_TEXT_WORDS


@register_filter("photo_credit")
def photo_credit(doc: Document) -> None:
    body = [block for _, block in doc.body()]
    crowded = crowded_chunks(doc.all_blocks)
    for i, block in enumerate(body):
        if not block.is_body:
            continue  # taken as the caption of the credit before it
        marked = is_marked_caption(block.text)
        name_credit = is_name_credit(block.text)
        partner = _chunk_partner(doc.all_blocks, block) if name_credit else None
        lone = stands_alone(doc, block, crowded)
        if partner is not None and partner.is_body:  # "© Jeanne Roucayrol" under its caption
            doc.drop(block, "credit", "a photographer's name credited beside its caption")
            doc.drop(partner, "caption", "the caption that shares its lines with a photo credit")
        elif partner is None and lone and name_credit and (above := _lone_caption(body, i, doc.language, crowded)) is not None:
            # "© Léa Fournel / Échappée Sport" alone under "Romain Astruc lève les bras ...": no page's copyright
            doc.drop(block, "credit", "a photographer's name credited under its caption")
            doc.drop(above, "caption", "the caption right above its photo credit")
        elif partner is None and lone and (above := _labelled_credit_caption(doc, body, i, crowded)) is not None:
            # "Llun: Dafydd Huws" alone under "Aelodau'r pwyllgor y tu allan i'r Llew Coch ...", in Welsh (no data)
            doc.drop(block, "credit", "a name after a one-word label under its caption, in a language without phrase data")
            doc.drop(above, "caption", "the caption right above its photo credit")
        elif (above := _name_under_caption(doc, body, i)) is not None:
            # "Tiago Mesquita" closing the chunk of "Cada animal leva uma coleira com GPS ..."
            doc.drop(block, "credit", "a photographer's name closing its caption's lines")
            doc.drop(above, "caption", "the caption that shares its lines with a photo credit")
        elif is_copyright(block.text):
            doc.drop(block, "copyright", "a copyright line")
        elif marked and is_bracketed(block.text):
            # "(Image courtesy of the Harrow Valley Courier archive)" under its caption
            doc.drop(block, "credit", "a photo credit in brackets")
            partner = credited_caption(body, i, lone, bare=True, language=doc.language, crowded=crowded)
            if partner is not None and partner.is_body and not is_credit(partner.text):
                doc.drop(partner, "caption", "the caption that shares its lines with a photo credit")
        elif (
            marked
            and len(block.text.split()) > MAX_CREDIT_WORDS
            and (block.text.rstrip().endswith(".") or not is_credit(block.text))
        ):
            # "FILE PHOTO: <a sentence>"; but "Fotografia: Gabinete de Comunicação / CM Vilar do Rio" is a credit
            doc.drop(block, "caption", "a caption marked by a photo prefix or a trailing credit")
        elif is_credit(block.text):
            doc.drop(block, "credit", "a photo credit line")
            partner = credited_caption(body, i, lone, language=doc.language, crowded=crowded)
            if partner is not None and partner.is_body and not is_credit(partner.text):
                doc.drop(partner, "caption", "the caption that shares its lines with a photo credit")
        elif marked:
            doc.drop(block, "caption", "a caption marked by a photo prefix or a trailing credit")
    if doc.source_format == "text":
        _alt_texts_over_captions(doc)


#: Separators of a row of parts (a date and a reading time, a newsletter's number and date): no description.
_ROW_MARKS = (" · ", " | ", " • ")


def _alt_texts_over_captions(doc: Document) -> None:
    """A line alone in its chunk right over a photo's caption or credit, shaped as no subheading (no
    full stop, `MIN_ALT_TEXT_WORDS` words or more), is the photo's alt text: a lenient extraction
    keeps the image's description over its caption ("Pradera de Posidonia oceanica a 15 metros de
    profundidad en la bahía de Pollença" over "Buzos del equipo instalan ... / Fotografía: ..."),
    after the article's first paragraph (over it stand the headline and the dek)."""
    blocks = doc.all_blocks
    start = first_paragraph(blocks)  # over the article's first paragraph stand its headline and dek
    for above, below in zip(blocks[start + 1 :], blocks[start + 2 :]):
        if below.label not in ("caption", "credit") or not above.is_body or above.group is not None:
            continue
        text = above.text.rstrip()
        if _says_who_or_when(text) or is_dateline(text) or any(mark in text for mark in _ROW_MARKS):
            continue  # a date line with its update ("Publié le 9 août 2024 à 07h15, mis à jour à 10h02"), a row of parts
        if is_title_like(text) and not text.endswith(("?", "!")) and len(text.split()) >= MIN_ALT_TEXT_WORDS:
            doc.drop(above, "caption", "a photo's alt text: a description alone in its lines right over the photo's caption")

