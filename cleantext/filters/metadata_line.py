"""Metadata lines left in the body: lone dates and category/tag lines.

Removes a short block that is only a date (and maybe a time): "23.10.2018",
"2021-10-16", "11. April 2018, 14:35 Uhr", "Updated: March 3, 2024"; and a short line
that opens with a taxonomy label: "Kategorie: News", "Tags: politics, budget",
"Filed under: ...". On a page, a date line above the article's first
paragraph may carry a few more words: "Features · September 28, 2026", "By
Tomas Reyes · Nov. 12, 2026" (then a byline). Month names, labels and the
word before a time ("um", "à", "kl.": ``time_connectors``) are per-language
data (the ``metadata_line`` category of the phrase files); a time zone's
abbreviation may follow the time. A bare date fills ``doc.date`` when the
page gave none.

Must not remove: a sentence that contains a date ("On 23.10.2018 the council
voted.") or a heading that starts with a topic word but no colon.
"""

from __future__ import annotations

import re

from ..document import Document
from ..patterns import category, derived, normalize_for_match
from ..pipeline import register_filter
from .base import first_paragraph
from .byline import EDGE_BLOCKS, is_bare_name, is_byline

MAX_DATE_CHARS = 60
MAX_TAXONOMY_CHARS = 200

#: A date in figures: "23.10.2018", "2021-10-16", and with spaces after the points, as Czech and
#: Slovak write it, "18. 6. 2025".
_NUMERIC_DATE = r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\. \d{1,2}\. \d{4})"
#: A time ("14:35", "10h30", "07.12 Uhr"), maybe with a time zone's abbreviation (the same in every language).
_TIME = r"(?:\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h|am|pm|a\.m\.?|p\.m\.?))?(?: (?:gmt|utc|bst|cet|cest|eet|eest|wet|west|est|edt|cst|cdt|pst|pdt))?)"


@derived
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cat = category("metadata_line")
    months = f"(?:{cat.fields['months'].pattern})" if "months" in cat.fields else "(?!)"
    labels = f"(?:{cat.fields['taxonomy_labels'].pattern})" if "taxonomy_labels" in cat.fields else "(?!)"
    worded = rf"(?:\d{{1,2}}\.? (?:de )?{months}\.?,? (?:de )?\d{{4}}|{months}\.? \d{{1,2}},? \d{{4}})"
    date_labels = f"(?:{cat.fields['date_labels'].pattern}) ?:? ?" if "date_labels" in cat.fields else ""
    # "um", "à", "kl.": each language's word before a time, maybe cut short with a full stop.
    connectors = f"(?:{cat.fields['time_connectors'].pattern}\\.? )?" if "time_connectors" in cat.fields else ""
    date = re.compile(
        rf"(?:{date_labels})?(?:[a-z]{{2,12}},? )?(?:{_NUMERIC_DATE}|{worded})"
        rf"(?:,? (?:{connectors}|- |\| ){_TIME})?"
    )
    taxonomy = re.compile(rf"{labels} ?:")
    return date, taxonomy


def is_date_line(text: str) -> bool:
    """True for a block that is only a date, maybe with a weekday and a time.

    >>> is_date_line("23.10.2018"), is_date_line("11. April 2018, 14:35 Uhr"), is_date_line("On 23.10.2018 we met.")
    (True, True, False)
    >>> is_date_line("18. 6. 2025 11:42")
    True
    >>> is_date_line("Aktualisiert am 17.01.2021."), is_date_line("Updated: March 3, 2024")
    (True, True)
    """
    return len(text) <= MAX_DATE_CHARS and _patterns()[0].fullmatch(normalize_for_match(text).strip(" .|-")) is not None


_NUMERIC_DATE_ANYWHERE = re.compile(rf"\b{_NUMERIC_DATE}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: A year opening a word, maybe with a case ending (Basque "2024ko", Hungarian "2024-ben").
_YEAR_OPENING = re.compile(r"\b(?:19|20)\d{2}(?!\d)")
#: A day's number, one word and a year ("6 Mawrth 2025", "12. febrúar 2026"): a date in any
#: language, month names listed or not.
_DAY_WORD_YEAR = re.compile(r"\b(?:[12]?\d|3[01])\.? [^\W\d_]{3,12}\.?,? (?:19|20)\d{2}\b")


@derived
def _month_name() -> re.Pattern[str] | None:
    """A month's name as a whole word, in any language of the phrase data."""
    months = category("metadata_line").fields.get("months")
    return re.compile(rf"\b(?:{months.pattern})\b") if months is not None else None


@derived
def _relative_day() -> re.Pattern[str] | None:
    """"Today" or "yesterday" as a whole word, in any language of the phrase data."""
    days = category("metadata_line").fields.get("relative_days")
    return re.compile(rf"\b(?:{days.pattern})\b") if days is not None else None


_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def mentions_date(text: str) -> bool:
    """True when ``text`` holds a date in figures, a month's name and a year (a bare year is not a
    date), a day's number, a word and a year (a month in a language without data), a year and
    a time, or "today"/"yesterday" and a time.

    >>> mentions_date("Agência Atlântica | 15 de julho de 2025, 14:32"), mentions_date("Budget 2025 approved")
    (True, False)
    >>> mentions_date("vandaag, 14:22"), mentions_date("Today the council met")
    (True, False)
    >>> mentions_date("Dydd Iau, 6 Mawrth 2025"), mentions_date("In 2025 the 6 mills closed")
    (True, False)
    >>> mentions_date("2024ko maiatzaren 14a, 11:32")
    True
    """
    if _NUMERIC_DATE_ANYWHERE.search(text) or _DAY_WORD_YEAR.search(text):
        return True
    if _YEAR_OPENING.search(text) is not None and _CLOCK_TIME.search(text) is not None:
        return True  # a year and a time, in any order of the day and month ("2024ko maiatzaren 14a, 11:32")
    lower = text.lower()
    month = _month_name()
    if month is not None and _YEAR.search(text) is not None and month.search(lower) is not None:
        return True
    relative = _relative_day()
    return relative is not None and _CLOCK_TIME.search(text) is not None and relative.search(lower) is not None


#: The most words of a date line besides its figures.
DATELINE_WORDS = 5
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def is_dateline(text: str, date_cues: bool = False) -> bool:
    """A date (in figures, or a month's name and a year) or date cues, with few other words.

    >>> is_dateline("12/08/2025 - 21:40 Actualizado: 13/08/2025 - 08:15")
    True
    >>> is_dateline("Agência Atlântica | 15 de julho de 2025, 14:32")
    True
    >>> is_dateline("Budget 2025 approved after long night")
    False
    >>> is_dateline("1968 bis heute Knabenmusik in der St.-Georgs-Gemeinde Ulm")
    False

    With date cues *and* a date, a line may have twice as many other words:

    >>> is_dateline("Published Oct. 9, 2024 at 6:42 p.m. | Updated Oct. 10, 2024 at 8:15 a.m.", True)
    True
    """
    words = len(_LETTERS.findall(text))
    if words <= DATELINE_WORDS:
        return date_cues or mentions_date(text)
    return date_cues and words <= 2 * DATELINE_WORDS and mentions_date(text)


def is_taxonomy_line(text: str) -> bool:
    """True for "Kategorie: News" / "Tags: a, b" lines.

    >>> is_taxonomy_line("Kategorie: News"), is_taxonomy_line("Topics of the day were dull.")
    (True, False)
    """
    return len(text) <= MAX_TAXONOMY_CHARS and _patterns()[1].match(normalize_for_match(text)) is not None


@register_filter("metadata_line")
def metadata_line(doc: Document) -> None:
    for _, block in doc.body():
        if block.kind == "code":
            continue
        if is_date_line(block.text):
            if doc.date is None and block.text[:1].isdigit():
                doc.date = block.text
            doc.drop(block, "date", "a line that is only a date")
        elif is_taxonomy_line(block.text):
            doc.drop(block, "tags", "a category or tag line")
    if doc.source_format != "text":  # plain text's head is `article_head`'s, weighed with the lines' evidence
        _drop_head_datelines(doc)


#: Blocks at the top of a page's body read for date lines (the byline step's reach).
HEAD_BLOCKS = EDGE_BLOCKS
#: Marks between the parts of a head line ("By Tomas Reyes · Nov. 12, 2026").
_PARTS = re.compile(r"\s[·•|]\s")


def _drop_head_datelines(doc: Document) -> None:
    """Among the article's first blocks (up to its first paragraph after the dek), a line that is
    a date beside a few words (a name, a section) is the article's date line, or its byline
    when its first part is one."""
    body = [block for _, block in doc.body()]
    head = first_paragraph(body)
    head += first_paragraph(body[head + 1 :]) + 1  # a dek may stand above the byline
    for block in body[: min(head, HEAD_BLOCKS)]:
        text = block.text
        if block.kind == "heading" or text.rstrip().endswith((".", "!", "?")) or not is_dateline(text):
            continue
        first = _PARTS.split(text, maxsplit=1)[0]
        if first != text and (is_byline(first) or is_bare_name(first)):
            if not doc.byline:
                doc.byline = first
            doc.drop(block, "byline", "a byline and date line above the article")
        else:
            doc.drop(block, "date", "a date line above the article")
