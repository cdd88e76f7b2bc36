"""Shapes of a line that say what it is in any language, read beside its evidence.

`block_evidence` weighs each block's cues, shape and place with a learned
model; these few shapes are read as they are, since the model sees too few of
them or they hold where it has no language data: a line quoted whole (someone's
words, which stay), a one-line menu before the article, a share bar of the
networks' names, a tag line after the article ("Aiheet: kuulokkeet,
testit, äänentoisto"), a weather widget's line ("Beja 34° Céu limpo"), a
row of links ("Aviso legal | Política de cookies | Contacto") and a name
("Diário da Ria", a site's masthead).
"""

from __future__ import annotations

import re

from ..evidence import BlockEvidence
from ..patterns import CAPITALS

#: Before the core, a line of this many mostly capitalised words and no sentence is a menu
#: (`is_menu_line`) when its score reaches `MENU_SCORE`.
MENU_LINE_WORDS = 5
MENU_SCORE = 0.5
#: A share bar (`is_share_bar`): at most this many words, share cues of this weight making this
#: share of its words.
SHARE_BAR_WORDS = 10
SHARE_BAR_WEIGHT = 3.0
SHARE_BAR_CUE_SHARE = 0.25
#: A tag line (`is_tag_line`): a one-word label, then at least this many items of at most
#: `TAG_WORDS` words each, separated by commas.
TAG_ITEMS = 3
TAG_WORDS = 3
#: A weather widget's line: at most this many words (separators aside) for each temperature it shows.
WEATHER_WORDS = 8
_TEMPERATURE = re.compile(r"(?<!\d)[-−]?\d{1,2} ?[°º][CF]?(?![^\W\d_])")
#: A one-word label and its colon opening a line ("Aiheet: ", "Szerző: "), in any language.
ONE_WORD_LABEL = re.compile(r"[^\W\d_]{2,20} ?: ")  # French sets a space before the colon ("Étiquettes : ...")


def after_label(text: str) -> str:
    """``text`` without the one-word label opening it (`ONE_WORD_LABEL`), if any.

    >>> after_label("Szerző: Kovács Dóra"), after_label("Kovács Dóra")
    ('Kovács Dóra', 'Kovács Dóra')
    """
    label = ONE_WORD_LABEL.match(text)
    return text[label.end() :] if label else text


#: A row of links (`is_link_row`): at least this many items between separators, of this many words at most.
LINK_ROW_ITEMS = 3
LINK_ROW_ITEM_WORDS = 4
_LINK_SEPARATOR = re.compile(r" [|·•] ")
#: A name's line (`is_name_line`): this many words at most, each capitalised but for short
#: lower-case connectors ("Monitorul de Crăiești", "El Eco del Segura").
NAME_WORDS = 5
CONNECTOR_LETTERS = 3


#: Quotation marks that open and close a line quoted whole.
_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'), ("‘", "’"), ("»", "«"))


def is_quotation(text: str) -> bool:
    """A line quoted whole ("« Crédit photo : DR »" as a subheading): someone's words, not the page's.

    >>> is_quotation("« Crédit photo : DR »"), is_quotation("Crédit photo : DR")
    (True, False)
    """
    text = text.strip()
    return len(text) > 2 and any(text.startswith(a) and text.endswith(b) for a, b in _QUOTE_PAIRS)


def is_menu_line(found: BlockEvidence, text: str = "") -> bool:
    """Before the core, a line of `MENU_LINE_WORDS` words or more, four in five capitalised, with no
    sentence's punctuation nor a comma and hardly a common word ("Fútbol LaLiga Tenis Motor Más deportes"):
    a menu in one line, when its score reaches `MENU_SCORE` (the headline is kept apart; a headline
    in title case has its comma: "Pedagang Pasar Legi Pakai QRIS, Uang Kembalian Tak Lagi Jadi Masalah")."""
    values = found.features.values
    return (
        values.get("before_core", 0.0) > 0
        and found.features.words >= MENU_LINE_WORDS
        and "," not in text
        and values["capitalised_list"] > 0
        and found.score >= MENU_SCORE
    )


def is_share_bar(found: BlockEvidence) -> bool:
    """A short line, no sentence, whose share cues weigh `SHARE_BAR_WEIGHT` and make a quarter
    of its words ("Jaa artikkeli Facebook X WhatsApp Kopioi linkki"): the networks' names are
    the same in every language, so this holds where the model has no language data."""
    features = found.features
    return (
        not found.prose
        and features.words <= SHARE_BAR_WORDS
        and features.cue_score("share") >= SHARE_BAR_WEIGHT
        and features.values["cue_word_share"] >= SHARE_BAR_CUE_SHARE
    )


#: Navigation cue weight that makes a row of short items a menu ("Impressum · Kontakt"), not topics
#: (a section's name, "Culture", weighs less).
MENU_CUE_WEIGHT = 1.5
#: Separators of a row of topics after the article ("Saint-Nazaire · Exposition · Photographie").
_TOPIC_SEPARATOR = re.compile(r" [·•|] ")


def is_topic_row(text: str, found: BlockEvidence) -> bool:
    """After the core, `TAG_ITEMS` short items or more (`TAG_WORDS` words each) set apart by
    " · ", " • " or " | ", no sentence and no menu's words (navigation cues of `MENU_CUE_WEIGHT`): the article's
    topics, named ``tags`` (the row goes or stays on its own evidence).

    >>> from cleantext.evidence.features import block_features
    >>> def row(text):
    ...     found = BlockEvidence(block_features(text, None, 0.3), score=0.9, in_core=False)
    ...     found.features.values["after_core"] = 1.0
    ...     return is_topic_row(text, found)
    >>> row("Culemborg · Voedselbank · Armoede · Vrijwilligers"), row("Impressum · Datenschutz · Kontakt")
    (True, False)
    """
    if not found.features.values.get("after_core", 0.0) > 0 or found.prose or found.features.cue_score("navigation") >= MENU_CUE_WEIGHT:
        return False
    items = _TOPIC_SEPARATOR.split(text.strip())
    return len(items) >= TAG_ITEMS and all(0 < len(item.split()) <= TAG_WORDS and item[-1:] not in ".!?:" for item in items)


def is_tag_line(text: str, found: BlockEvidence) -> bool:
    """After the core, a one-word label and a list of `TAG_ITEMS` short items or more, no sentence
    ("Aiheet: kuulokkeet, testit, äänentoisto", "Emner: Mikroplast, Jotunheimen, NTNU"): the
    article's tags in any language. Inside the core the same shape is the article's own list
    ("Plussat: erinomainen akunkesto, hyvä hinta, fyysiset painikkeet").

    >>> from cleantext.evidence.features import block_features
    >>> after = lambda text: BlockEvidence(block_features(text, None, 0.3), score=0.5, in_core=False)
    >>> def tagged(text):
    ...     found = after(text)
    ...     found.features.values["after_core"] = 1.0
    ...     return is_tag_line(text, found)
    >>> tagged("Aiheet: kuulokkeet, testit, äänentoisto"), tagged("Yhteenveto: hyvä, halpa ja kevyt.")
    (True, False)

    So is a line of hashtags alone there (`is_hashtag_line`).
    """
    if not found.features.values.get("after_core", 0.0) > 0:
        return False
    if is_hashtag_line(text):
        return True
    label = ONE_WORD_LABEL.match(text)
    if label is None or found.prose:
        return False
    rest = text[label.end() :].rstrip()
    if rest.endswith((".", "!", "?")):
        return False
    items = rest.split(",")
    return len(items) >= TAG_ITEMS and all(0 < len(item.split()) <= TAG_WORDS for item in items)


#: Hashtags a line of tags holds at least.
HASHTAGS = 2


def is_hashtag_line(text: str) -> bool:
    """A line of `HASHTAGS` hashtags or more and nothing else: a post's tags in any language.

    >>> is_hashtag_line("#escursioni #valcerana #mulini"), is_hashtag_line("#MeToo spread in a week.")
    (True, False)
    """
    words = text.split()
    return len(words) >= HASHTAGS and all(len(w) > 1 and w[0] == "#" and w[1] != "#" for w in words)


def is_weather_line(text: str) -> bool:
    """A short line with a temperature: a weather widget's ("Millbrook, OH 41°F Cloudy", "Počasie Žilina 12 °C",
    "Beja 34º · Ourique 33º" with the ordinal sign many write for the degree).

    >>> is_weather_line("Wetter in Lindenfeld: 4 °C, bedeckt"), is_weather_line("Beja 34° Céu limpo")
    (True, True)
    >>> is_weather_line("Bake at 180 °C for 40 minutes until golden and set in the middle")
    False
    """
    if "°" not in text and "º" not in text:
        return False
    temperatures = len(_TEMPERATURE.findall(text))
    words = sum(1 for word in text.split() if any(c.isalnum() for c in word))  # separators ("·") aside
    return 0 < words <= WEATHER_WORDS * temperatures


#: A market ticker's line: at most this many words, a figure and an arrow up or down.
TICKER_WORDS = 16
_TICKER_ARROWS = frozenset("▲▼△▽↑↓")


def is_ticker_line(text: str) -> bool:
    """A short line of figures with an arrow up or down: a market or exchange-rate ticker's
    ("EUR 4,27 zł ▲ | USD 3,91 zł ▼", "Curs BNR: 1 EUR = 4,9753 lei ▲").

    >>> is_ticker_line("EUR 4,27 zł ▲ | USD 3,91 zł ▼"), is_ticker_line("Prices rose ▲ this year")
    (True, False)
    """
    return (
        not _TICKER_ARROWS.isdisjoint(text)
        and any(c.isdigit() for c in text)
        and len(text.split()) <= TICKER_WORDS
    )


#: A news ticker's item: a label in capitals (one to three words), a colon, then a headline
#: ("SISTE: Rødt farevarsel oppheves fra klokken 18", "PILNE: Utrudnienia na ul. Kolejowej"); each word
#: bounded, so a search is linear on a run of capitals.
_TICKER_LABEL = re.compile(rf"[{CAPITALS}][{CAPITALS}0-9+]{{2,20}}(?: [{CAPITALS}0-9+]{{2,20}}){{0,2}} ?: \S")
TICKER_ITEM_WORDS = 16
#: Words of the headline after the label at least ("PDF: ratschlage-geben" is a file's link).
TICKER_HEADLINE_WORDS = 3


def is_ticker_item(text: str) -> bool:
    """A news ticker's item: a label in capitals and a colon over a headline without a full stop.

    >>> is_ticker_item("SISTE: Rødt farevarsel oppheves fra klokken 18"), is_ticker_item("FULL TIME: Redbridge won 2-1. The whistle goes.")
    (True, False)
    >>> is_ticker_item("PDF: ratschlage-geben")
    False
    """
    label = _TICKER_LABEL.match(text)
    return (
        label is not None
        and TICKER_HEADLINE_WORDS <= len(text[label.end() - 1 :].split()) <= TICKER_ITEM_WORDS
        and not text.rstrip().endswith(".")
    )


#: A button of a text-size control: "A", "A+", "A−", "-A".
_SIZE_BUTTON = frozenset({"A", "A+", "A-", "A−", "+A", "-A", "−A", "A++"})
#: Characters of a line holding a text-size control at most (its label and its buttons), and
#: words of its label.
SIZE_CONTROL_CHARS = 60
SIZE_LABEL_WORDS = 4


def is_text_size_control(text: str) -> bool:
    """A page's text-size buttons, perhaps after a short label ("Tamanho da letra: A− A A+",
    "Schriftgröße A- A A+"): two to four buttons, one with a sign. The letter is the same in every language.

    >>> is_text_size_control("Tamanho da letra: A− A A+"), is_text_size_control("Plan A or plan B")
    (True, False)
    """
    if len(text) > SIZE_CONTROL_CHARS or "A" not in text:
        return False  # (nearly every line: one test)
    words = text.split()
    count = 0  # the buttons closing the line
    while count < len(words) and words[-1 - count] in _SIZE_BUTTON:
        count += 1
    buttons, label = words[len(words) - count :], words[: len(words) - count]
    return 2 <= count <= 4 and len(label) <= SIZE_LABEL_WORDS and any(b != "A" for b in buttons)


def is_widget_line(text: str) -> bool:
    """A weather widget's or a ticker's line (`is_weather_line`, `is_ticker_line`): the page's, not the article's."""
    return is_weather_line(text) or is_ticker_line(text)


def is_link_row(text: str) -> bool:
    """A row of short links between separators, no sentence: a menu or a footer's links.

    >>> is_link_row("Aviso legal | Política de privacidad | Política de cookies | Contacto")
    True
    >>> is_link_row("Privacy Policy · Cookie settings"), is_link_row("Prices rise | Fares go up by 5% in May, the council said.")
    (False, False)
    """
    items = _LINK_SEPARATOR.split(text.strip())
    return (
        len(items) >= LINK_ROW_ITEMS
        and all(0 < len(item.split()) <= LINK_ROW_ITEM_WORDS for item in items)
        and not text.rstrip().endswith((".", "!", "?"))
    )


def is_name_line(text: str) -> bool:
    """A short line that is a name: two to `NAME_WORDS` words, each capitalised but for short
    lower-case connectors, not all in capitals, no figure nor punctuation but a hyphen or an
    apostrophe (a masthead).

    >>> is_name_line("Diário da Ria"), is_name_line("Tri-County Courier"), is_name_line("O Correio Raiano")
    (True, True, True)
    >>> is_name_line("Saber mais"), is_name_line("AGREE MORE OPTIONS"), is_name_line("Heft 32 | 2022"), is_name_line("Most read")
    (False, False, False, False)
    """
    words = text.split()
    if not 2 <= len(words) <= NAME_WORDS or text.isupper():  # a button in capitals ("AGREE MORE OPTIONS")
        return False
    capitalised = 0
    for word in words:
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
        if word[0].isupper():
            capitalised += 1
        elif len(word) > CONNECTOR_LETTERS:
            return False
    return capitalised >= 2 and words[-1][0].isupper()
