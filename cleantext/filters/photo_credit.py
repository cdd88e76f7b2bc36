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
  IBARRA", "Llun: Dylan Rowlands") after the article's prose began.

Copyright lines ("© 2024 Reuters", "All rights reserved") are dropped too,
labelled ``copyright`` (they are not captions).

Must not remove: prose about photographers or agencies ("Reuters reported on
Tuesday.", "The photographer Mike Segar said ..."). A credit is a whole short
line shaped like one; a caption is only taken when tied to a credit or marked.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Block, Document
from ..evidence.reader import reader_count
from ..ingest.plaintext import is_title_like
from ..patterns import CAPITALS, category, derived, normalize_for_match, sentences
from ..pipeline import register_filter
from .base import is_phrase_block
from .byline import is_bare_name, is_byline
from .line_shapes import after_label
from .metadata_line import is_date_line

MAX_CREDIT_CHARS = 100
#: "Photo: Jane Doe/AP" is a credit; "FILE PHOTO: <a sentence>" is a caption.
MAX_CREDIT_WORDS = 8
MAX_CAPTION_CHARS = 600
#: Longest line taken as the caption that shares a chunk with a credit.
MAX_PARTNER_CAPTION_CHARS = 350
#: A figure: a photographer's name credited alone has none.
_DIGIT = re.compile(r"\d")
#: A block opening with "©" is a copyright notice up to this length.
MAX_COPYRIGHT_NOTICE_CHARS = 400
_COPYRIGHT_OPENING = re.compile(r"(?:©|\(c\) ?\d{4}|copyright ©)", re.IGNORECASE)
#: A block ending in "© Agency" is a caption only up to this length.
MAX_COPYRIGHT_CAPTION_CHARS = 300

# Title-case names: "Mike Segar", "Jean-Luc O'Neil". Each word ends at a space
# or the slash, so the repetition is unambiguous (linear time).
_NAME = rf"[{CAPITALS}][\w.'’-]{{0,30}}(?: [{CAPITALS}][\w.'’-]{{0,30}}){{0,4}}"
_NAME_SLASH_NAME = re.compile(rf"\(?(?:{_NAME}) ?/ ?(?:{_NAME})(?: (?:via|for) [\w .'’-]{{1,40}})?\)?")
#: "... during his sentencing hearing Thursday. (Hannah Velasquez/Tri-County Courier)": a caption's
#: sentence, then the photographer and the outlet in brackets (as written: names have capitals).
_TRAILING_NAME_SLASH_NAME = re.compile(rf"[.!?] \((?:{_NAME}) ?/ ?(?:{_NAME})\)$")


@derived
def _patterns() -> dict[str, re.Pattern[str]]:
    cat = category("photo_credit")
    words = cat.fields["credit_words"].pattern
    by = cat.fields["credit_connectors"].pattern
    agencies = cat.fields["agencies"].pattern
    prefixes = cat.fields["caption_prefixes"].pattern
    return {
        # "Photo: AP", "Image credit: NASA", "Foto: dpa", "Photograph by Jane Doe", "Foto di Anna Neri"
        "labelled": re.compile(rf"\(?{words}(?: {words})?(?: ?credits?| {by}| courtesy(?: of)?)? ?(?:[:|]| {by}) ?\S.{{0,80}}"),
        # a credit word's abbreviation, then a name with no sentence of its own: "fot. Paweł Michałek / Gazeta"
        "abbreviated": re.compile(rf"{words}\. [^.!?:]{{2,60}}"),
        # "Reuters", "(Getty Images)", "AFP via Getty Images", "REUTERS/Kevin Lamarque"
        "agency_only": re.compile(rf"\(?{agencies}(?: (?:via|for|/) [\w .'’-]{{1,40}})?\)?"),
        "agency_anywhere": re.compile(agencies),
        # wire-service sign-offs: "aja/PAP", "dpa/lni", "AFP/lpe"
        "wire": re.compile(rf"(?:[a-z]{{2,6}} ?/ ?){{1,3}}{agencies}|{agencies}(?: ?/ ?[a-z]{{2,6}}){{1,3}}"),
        # "FILE PHOTO: ...", "Pictured: ..."
        "caption_prefix": re.compile(rf"{prefixes} ?:"),
        # "(Foto Davide Fumagalli)", "(Photo Jane Doe)": a credit word and a name, no colon (as written)
        "parenthesised_name": re.compile(rf"\((?i:{words}) {_NAME}\)"),
        # "... (Photo: John Smith/AP)" at the end of a caption
        "trailing_credit": re.compile(rf"\((?:{words})[^()]{{0,80}}\)\.?$|\([^()]{{0,60}}/ ?{agencies}\)\.?$"),
        # "... in her studio, in March. Photo: Bastien Rocailles for Méridienne": a credit after the caption's
        # sentence; or with its "by" ("... since the 2022 floods. Picture by Kirra Wallace") or its
        # abbreviation point ("... przy ul. Brzozowej. Fot. materiały prasowe UM Wierzbnica") for the colon
        "trailing_labelled": re.compile(rf"[.!?] (?:{words})(?:(?: ?credits?)? ?: ?|(?: {by}|\.) )[^.!?:()]{{2,60}}$"),
        # "Foto" before "...: Marco Gori" (`_ends_on_named_credit`): a credit word alone
        "credit_word": re.compile(rf"(?:{words})"),
        # "... avec 34 secondes d'avance. Photo Roue Libre Sport / Alexis Brun": no colon, but an outlet and a name
        "trailing_slashed": re.compile(rf"[.!?] (?:{words}) [^.!?:()/]{{2,50}} / [^.!?:()/]{{2,40}}$"),
        # "... Ski star from Switzerland. © AFP / Marco Bertorello"; "(c)" only before a year or words
        # without a sentence's end: "(C)" after a name is a Swedish party ("Lars Hedlund (C).")
        "trailing_copyright": re.compile(r"(?:© ?[^©]{1,60}|\(c\) ?(?:\d{4}\b[^©]{0,55}|[^©.!?]{1,60}))$"),
    }


#: Characters of a credit word's abbreviation with its point ("zdjęcie. " at most) opening a credit.
ABBREVIATION_REACH = 16


def is_credit(text: str) -> bool:
    """True when ``text`` is a photo credit line.

    >>> is_credit("Mike Segar/Reuters"), is_credit("Photo: AP"), is_credit("(Getty Images)")
    (True, True, True)
    >>> is_credit("Reuters reported the talks had stalled."), is_credit("(Foto Davide Fumagalli)")
    (False, True)
    >>> is_credit("fot. Paweł Michałek / Gazeta Nadwarciańska"), is_credit("Foto. The mayor spoke about the plan.")
    (True, False)
    """
    text = text.strip()
    if not text or len(text) > MAX_CREDIT_CHARS:
        return False
    patterns = _patterns()
    norm = normalize_for_match(text)
    if any(patterns[key].fullmatch(norm) for key in ("labelled", "agency_only", "wire")):
        return True
    if ". " in norm[:ABBREVIATION_REACH] and patterns["abbreviated"].fullmatch(norm):
        return True
    if text.startswith("(") and patterns["parenthesised_name"].fullmatch(text):
        return True
    if "/" in text and _NAME_SLASH_NAME.fullmatch(text):
        left, _, right = text.strip("()").partition("/")
        has_agency = patterns["agency_anywhere"].search(norm) is not None
        if has_agency or (len(left.split()) >= 2 and len(right.split()) <= 4):
            return True
        # "MERIDIAN/Andrei Stoica": an agency's name in capitals, then the photographer's
        return left.isupper() and len(left.split()) == 1 and 2 <= len(right.split()) <= 4
    return False


def is_name_credit(text: str) -> bool:
    """True for a line that credits a photographer by shape alone, without a credit word.

    "© Jeanne Roucayrol", "© Mathilde Quéré pour Scènes & Regards" (a sign and a
    name, no year), "CLAIRE VASSEUR POUR « L'INFORMATEUR »" (a name in capitals
    and the outlet it worked for). Such a line is only a credit beside its
    caption (see `photo_credit`): alone it may be a site's notice or a heading.

    >>> is_name_credit("© Jeanne Roucayrol"), is_name_credit("CLAIRE VASSEUR POUR « L'INFORMATEUR »")
    (True, True)
    >>> is_name_credit("© 2025 Example Media"), is_name_credit("VOTE FOR CHANGE"), is_name_credit("Claire Vasseur")
    (False, False, False)
    """
    text = text.strip()
    if len(text) > MAX_CREDIT_CHARS or text.endswith(".") or _DIGIT.search(text) is not None:
        return False
    if text.startswith("©"):
        words = text[1:].split()
        return 1 <= len(words) <= MAX_CREDIT_WORDS and words[0][:1].isupper()
    words = text.split()
    if len(words) < 3 or not (words[0].isupper() and words[1].isupper()):
        return False  # a name in capitals (two words at least), then the commission word
    commission = category("photo_credit").fields.get("commission_words")
    at = next((i for i, w in enumerate(words) if commission is not None and commission.fullmatch(w.lower())), None)
    if at is None or not 2 <= at <= 4 or len(words) - at - 1 > MAX_CREDIT_WORDS // 2:
        return False
    return all(w.isupper() for w in words[:at])


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
    every block, removed ones too) and it reads like a caption: not a heading, not a byline or date."""
    group = line.group
    if group is None:
        return None
    i = next(j for j, b in enumerate(blocks) if b is line)
    if sum(b.group == group for b in blocks[max(0, i - 2) : i + 3]) != 2:
        return None
    other = group_neighbour(blocks, i)
    return None if other is None or is_title_like(other.text) else other


def is_copyright(text: str) -> bool:
    """True for a copyright line ("© 2026 Example Media", "Alle Rechte vorbehalten").

    >>> is_copyright("© 2026 Reuters. All rights reserved."), is_copyright("He owns the copyright.")
    (True, False)
    >>> is_copyright("Example Daily. All rights reserved.")
    True
    """
    if is_phrase_block(text, category("photo_credit"), MAX_CREDIT_CHARS):
        return True
    if len(text) <= MAX_COPYRIGHT_NOTICE_CHARS and _COPYRIGHT_OPENING.match(text.lstrip()):
        return True  # a notice that opens with the sign: "© 2022, Example News. This article is ..."
    # "<Site name>. All rights reserved."
    parts = sentences(text) if len(text) <= MAX_CREDIT_CHARS else ()
    return len(parts) == 2 and category("photo_credit").fullmatch("sentences", parts[-1])


def is_marked_caption(text: str) -> bool:
    """True for a short block marked as a caption ("FILE PHOTO: ...", "... (Photo: AP)").

    >>> is_marked_caption("Marco Odermatt, ski star. © AFP / Marco Bertorello")
    True
    >>> is_marked_caption("The court ruled on Tuesday.")
    False
    >>> is_marked_caption("Wer die Äste auf die Wege zieht, ist unklar (Symbolbild).")
    True
    >>> is_marked_caption("Hélène Marchal dans son atelier, en mars. Photo : Bastien Rocailles pour Méridienne")
    True
    >>> is_marked_caption("Maël Kerbrat passe la ligne seul. Photo Roue Libre / Alexis Brun"), is_marked_caption("Il a pris la photo. Photo de famille / souvenir.")
    (True, False)
    >>> is_marked_caption("– Det här är ett sätt att ge dem möjligheten, säger ordföranden Lars-Göran Hedlund (C).")
    False
    >>> is_marked_caption("Gary Pruett listens as victims speak on Thursday. (Hannah Velasquez/Tri-County Courier)")
    True
    >>> is_marked_caption("Alcune tavole armoniche messe a stagionare Foto: Marco Gori"), is_marked_caption("Sie zeigt das Foto: es ist alt")
    (True, False)
    """
    if len(text) > MAX_CAPTION_CHARS:
        return False
    norm = normalize_for_match(text)
    patterns = _patterns()
    if len(text) <= MAX_COPYRIGHT_CAPTION_CHARS and patterns["trailing_copyright"].search(norm):
        return True
    return bool(
        patterns["caption_prefix"].match(norm)
        or _TRAILING_NAME_SLASH_NAME.search(text.rstrip()) is not None
        or _ends_on_named_credit(text.rstrip(), patterns["credit_word"])
        or patterns["trailing_credit"].search(norm)
        or patterns["trailing_labelled"].search(norm)
        or patterns["trailing_slashed"].search(norm)
    )


#: A name closing a block after a credit word and a colon (as written: its words have capitals).
_CLOSING_NAME = re.compile(_NAME)


def _ends_on_named_credit(text: str, credit_word: re.Pattern[str]) -> bool:
    """Whether ``text`` ends on a credit word, a colon (or the word's abbreviation point) and a
    name, after words of its own ("... messe a stagionare Foto: Marco Gori": an alt text without
    its full stop, then its credit; "... przy ul. Kolejowej Fot. Tomasz Wrzos"). Read from the
    last colon and the last point only: two tests, whatever the block's length."""
    for mark in (":", ". "):
        at = text.rfind(mark)
        if at < 0 or len(text) - at > MAX_CLOSING_NAME_CHARS:
            continue  # no mark, or more after it than a name
        space = text.rfind(" ", 0, at)
        if space < 0:
            continue
        word = text[space + 1 : at].rstrip().lower()
        if credit_word.fullmatch(word) is not None and _CLOSING_NAME.fullmatch(text[at + len(mark) :].strip()) is not None:
            return True
    return False


#: Characters after a caption's closing credit word at most: a name, not a sentence.
MAX_CLOSING_NAME_CHARS = 80


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


def is_credited_name(text: str) -> bool:
    """A line that credits a photographer by name alone, as a caption's last line does in any
    language: a bare name ("Tiago Mesquita"), one in capitals ("RAMÓN IBARRA") or one after a
    one-word label ("Llun: Dylan Rowlands").

    >>> is_credited_name("Tiago Mesquita"), is_credited_name("RAMÓN IBARRA"), is_credited_name("Llun: Dylan Rowlands")
    (True, True, True)
    >>> is_credited_name("Read more"), is_credited_name("THE END OF IT ALL"), is_credited_name("Note: see below")
    (False, False, False)
    """
    name = after_label(text)
    if name.isupper():
        words = name.split()
        return 2 <= len(words) <= 3 and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
    return is_bare_name(name)


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
        elif (above := _name_under_caption(doc, body, i)) is not None:
            # "Tiago Mesquita" closing the chunk of "Cada animal leva uma coleira com GPS ..."
            doc.drop(block, "credit", "a photographer's name closing its caption's lines")
            doc.drop(above, "caption", "the caption that shares its lines with a photo credit")
        elif is_copyright(block.text):
            doc.drop(block, "copyright", "a copyright line")
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

