"""What a photo credit line, a marked caption and a copyright line look like, one line at a time.

The shapes `photo_credit` reads (it pairs them with their captions): a credit
line ("Mike Segar/Reuters", "Photo: AP", "fot. Paweł Michałek / Gazeta"), a
name credited by shape alone ("© Jeanne Roucayrol"), a bare name closing a
caption's chunk ("Tiago Mesquita"), a block marked as a caption ("FILE PHOTO:
...", "... Picture by Kirra Wallace"), and a copyright line ("© 2024 Reuters").
The credit words and the words that join them to a name are per-language
data (``photo_credit`` in `cleantext/patterns/data`).
"""

from __future__ import annotations

import re

from ..patterns import CAPITALS, category, common_words, derived, normalize_for_match, sentences
from .base import is_phrase_block
from .byline import is_bare_name
from .line_shapes import after_label

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
#: A footer row's last part that is the page's notice: the sign, a name and a year ("... · © Sjöbygdens Tidning AB 2025").
_NOTICE_PART = re.compile(r"[·|•] ?© ?[^·|•©]{0,80}?\b(?:19|20)\d\d\.?$")
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
    >>> is_credit("Divulgação/Pauta Curta"), is_credit("Reprodução/Instagram"), is_credit("Lisboa/Porto")
    (True, True, False)
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
        if patterns["credit_word"].fullmatch(normalize_for_match(left.strip())):
            return True  # a credit word and where from: "Divulgação/Pauta Curta", "Reprodução/Instagram"
        has_agency = patterns["agency_anywhere"].search(norm) is not None
        if has_agency or (len(left.split()) >= 2 and len(right.split()) <= 4):
            return True
        # "MERIDIAN/Andrei Stoica": an agency's name in capitals, then the photographer's
        return left.isupper() and len(left.split()) == 1 and 2 <= len(right.split()) <= 4
    return False


#: Letters of a lower-case word taken for an article or a connector in an outlet's name ("the", "do").
ARTICLE_LETTERS = 3


def is_name_credit(text: str) -> bool:
    """True for a line that credits a photographer by shape alone, without a credit word.

    "© Jeanne Roucayrol", "© Mathilde Quéré pour Scènes & Regards" (a sign and a
    name, no year), "CLAIRE VASSEUR POUR « L'INFORMATEUR »" (a name in capitals
    and the outlet it worked for), "Priya Raman for the Courier" (a name and an
    outlet written with capitals). Such a line is only a credit beside its
    caption (see `photo_credit`): alone it may be a site's notice or a heading.

    >>> is_name_credit("© Jeanne Roucayrol"), is_name_credit("CLAIRE VASSEUR POUR « L'INFORMATEUR »")
    (True, True)
    >>> is_name_credit("Priya Raman for the Courier"), is_name_credit("Vote Smith for mayor")
    (True, False)
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
    if len(words) < 3 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False  # a name (two words at least), then the commission word
    commission = category("photo_credit").fields.get("commission_words")
    at = next((i for i, w in enumerate(words) if commission is not None and commission.fullmatch(w.lower())), None)
    if at is None or not 2 <= at <= 4:
        return False
    outlet = words[at + 1 :]
    if outlet and outlet[0].islower() and len(outlet[0]) <= ARTICLE_LETTERS:
        outlet = outlet[1:]  # its article ("for the Courier", "para o Jornal ...")
    if len(outlet) > MAX_CREDIT_WORDS // 2:
        return False
    if all(w.isupper() for w in words[:at]):
        return True
    # "Rui Manuel Fonseca para o Jornal do Alto Minho": a name written with capitals, the outlet too
    return (
        all(w[:1].isupper() and w[1:].islower() for w in words[:at])
        and bool(outlet)
        and outlet[0][:1].isupper()
        and all(w[:1].isupper() or len(w) <= ARTICLE_LETTERS for w in outlet)
    )


def is_copyright(text: str) -> bool:
    """True for a copyright line ("© 2026 Example Media", "Alle Rechte vorbehalten").

    >>> is_copyright("© 2026 Reuters. All rights reserved."), is_copyright("He owns the copyright.")
    (True, False)
    >>> is_copyright("Example Daily. All rights reserved.")
    True
    >>> is_copyright("Publisher: Ann Lee · © Example Daily AB 2025"), is_copyright("Ann Lee · Lido, 2025")
    (True, False)
    """
    if is_phrase_block(text, category("photo_credit"), MAX_CREDIT_CHARS):
        return True
    if len(text) <= MAX_COPYRIGHT_NOTICE_CHARS and _COPYRIGHT_OPENING.match(text.lstrip()):
        return True  # a notice that opens with the sign: "© 2022, Example News. This article is ..."
    if len(text) <= MAX_CREDIT_CHARS and _NOTICE_PART.search(text.rstrip()):
        return True  # a footer row closing on the notice: "Ansvarig utgivare: Annika Fröberg · © Sjöbygdens Tidning AB 2025"
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
    >>> is_marked_caption("Els Xicots, amb l'enxaneta dalt del 4 de 8. JORDI CASADEVALL"), is_marked_caption("Prices rose in May. THE END")
    (True, False)
    >>> is_marked_caption("Yann Le Berre dans le chai de la coopérative. Photo Claire Dufresne"), is_marked_caption("Un cliente en la terraza. / IRENE SALCEDO")
    (True, True)
    >>> is_marked_caption("The vote is on Monday. Photo opportunity")
    False
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
        or _ends_on_capitals_name(text.rstrip())
        or patterns["trailing_credit"].search(norm)
        or patterns["trailing_labelled"].search(norm)
        or patterns["trailing_slashed"].search(norm)
    )


def _ends_on_capitals_name(text: str) -> bool:
    """Whether ``text`` ends, after a sentence of its own, on a photographer's name in capitals
    ("... dalt del 4 de 8. JORDI CASADEVALL", "... del Arco. / IRENE SALCEDO", as Spanish and
    Catalan papers credit), none of them a common word."""
    head, point, name = text.rpartition(". ")
    if not point or len(name) > MAX_CLOSING_NAME_CHARS or not name.isupper():
        return False  # (most blocks: no short last sentence in capitals)
    words = name.removeprefix("/ ").split()
    if len(head.split()) < 3 or not 2 <= len(words) <= 3:
        return False
    common = common_words()  # "THE END" is words, not a name
    return all(w.replace("-", "").replace("'", "").isalpha() and w.lower() not in common for w in words)


#: A name closing a block after a credit word and a colon (as written: its words have capitals).
_CLOSING_NAME = re.compile(_NAME)


def _ends_on_named_credit(text: str, credit_word: re.Pattern[str]) -> bool:
    """Whether ``text`` ends on a credit word, a colon (or the word's abbreviation point) and a
    name, after words of its own ("... messe a stagionare Foto: Marco Gori": an alt text without
    its full stop, then its credit; "... przy ul. Kolejowej Fot. Tomasz Wrzos"), or whose last
    sentence is a credit word and a name ("... de la coopérative. Photo Claire Dufresne"). Read from
    the last colon and the last point only: a few tests, whatever the block's length."""
    _, point, last = text.rpartition(". ")
    word, space, name = last.partition(" ")
    if point and space and len(last) <= MAX_CLOSING_NAME_CHARS and len(name.split()) >= 2:  # a last sentence of a word and a name
        if credit_word.fullmatch(word.lower()) is not None and _CLOSING_NAME.fullmatch(name.strip()) is not None:
            return True  # "... de la coopérative. Photo Claire Dufresne"
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


def is_labelled_name(text: str) -> bool:
    """A name after a one-word label (`is_credited_name`): "Llun: Dafydd Huws", "ARGAZKIA: JON
    URKIOLA". Which labels credit a photo is language data; this is the shape alone.

    >>> is_labelled_name("Llun: Dafydd Huws"), is_labelled_name("Dafydd Huws")
    (True, False)
    """
    return after_label(text) != text and is_credited_name(text)
