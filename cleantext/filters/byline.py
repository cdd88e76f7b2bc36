"""Bylines left in the body: "By Ruth Calloway, Local Democracy Reporter".

Takes a short line that opens with a byline word of any supported language
("By", "Von", "Par", "Por", ...; see the ``byline`` category of the phrase
files) followed by capitalised names, optionally a role or date after a comma
or dot. The first one fills ``doc.byline`` when the page gave none. Only the
first and last few body blocks are looked at: that is where bylines stand. Among the
last `SIGNATURE_REACH` ones of plain text, a name, a comma and a short role with a byline cue signs the
article off ("Jonas Åkerlund, reporter", `is_signature`).
In plain text, a wire story's sign-off, "(Reporting by ...; Editing by
...)", each of its parts opening with a sign-off phrase (``signoff_parts``),
goes wherever it stands (on HTML, extraction has placed it in the article).

Must not remove: sentences that start with "By" ("By the end of the year, ..."
or "By Tuesday, the council had voted."): the word after the prefix must be a
capitalised name and the line must not end like a sentence.
"""

from __future__ import annotations

import re

from ..document import Document
from ..evidence.cues import category_weights
from ..patterns import CAPITALS, category, derived, normalize_for_match
from ..pipeline import register_filter

MAX_BYLINE_CHARS = 120
#: A wire story's sign-off, "(Reporting by ...; Editing by ...)", is at most this long.
MAX_SIGNOFF_CHARS = 300
#: Characters of a sign-off part read for its opening phrase.
SIGNOFF_OPENING = 40
#: Body blocks searched at the start and at the end of the document.
EDGE_BLOCKS = 4

_NAME = rf"[{CAPITALS}][\w'’.-]{{0,30}}(?: (?:[{CAPITALS}][\w'’.-]{{0,30}}|de|van|von|der|da|di|du|le|la|del|y)){{0,4}}"


@derived
def byline_pattern() -> re.Pattern[str] | None:
    """Prefix word(s), then one to four names, then an optional short role or date."""
    prefixes = category("byline").prefixes
    if prefixes is None:
        return None
    joiner = r"(?:,|;| and| und| et| y| e| &)"
    return re.compile(
        rf"(?i:{prefixes.pattern}) ?:? {_NAME}(?:{joiner} (?i:{prefixes.pattern})? ?{_NAME}){{0,3}}"
        rf"(?: ?[,|·•–—/-] ?(?:[^.!?]|\.(?= ?\d)){{0,60}})?"  # a full stop only inside a date ("22. 5. 2024")
    )


def is_byline(text: str) -> bool:
    """True for a byline line.

    >>> is_byline("By Ruth Calloway, Local Democracy Reporter"), is_byline("Von Felix Brandner")
    (True, True)
    >>> is_byline("By the end of the year, prices had doubled."), is_byline("By Tuesday, the council voted.")
    (False, False)
    >>> is_byline("Text a foto: Petra Horáková | 22. 5. 2024"), is_byline("Von Jana Müller | 22.05.2024")
    (True, True)
    """
    pattern = byline_pattern()
    text = text.strip()
    return pattern is not None and len(text) <= MAX_BYLINE_CHARS and pattern.fullmatch(text) is not None


def cue_label(category: str | None, text: str, default: str) -> str:
    """The label a removed line gets from its cue category (``default`` without one): date and
    author cues name it ``byline`` or ``date``, as this step and ``metadata_line`` label such lines."""
    if category == "metadata_line":
        return "byline" if is_byline(text) else "date"
    return category or default


def is_wire_signoff(text: str) -> bool:
    """True for a wire story's sign-off: every part (split at ";") opens with a sign-off phrase.

    >>> is_wire_signoff("(Reporting by Jonah Whitcombe in Port Talvera; Editing by Martin Osei)")
    True
    >>> is_wire_signoff("(Reporting by our correspondents; the talks resume on Monday)")
    False
    """
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if not text or len(text) > MAX_SIGNOFF_CHARS:
        return False
    cat = category("byline")
    # A prefix test needs only each part's opening words (a long paragraph is not lower-cased whole).
    return all(cat.prefix("signoff_parts", normalize_for_match(part.strip()[:SIGNOFF_OPENING]) + " ") for part in text.split(";"))


def is_bare_name(text: str) -> bool:
    """Two or three capitalised words and nothing else: a person's name.

    >>> is_bare_name("Rui Teixeira Calado"), is_bare_name("Budget approved"), is_bare_name("Council Backs Harbour Plan")
    (True, False, False)
    """
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)


#: Last body blocks read for a signature: the page's furniture after it is still body at this step.
SIGNATURE_REACH = 8
#: Words of the role in a signature ("Jonas Åkerlund, reporter") at most.
SIGNATURE_ROLE_WORDS = 4


def is_signature(text: str) -> bool:
    """A name, a comma and a short role holding a byline cue: the author signing the article off.

    >>> is_signature("Jonas Åkerlund, reporter"), is_signature("Anna Berg, Chair"), is_signature("Oslo, Norway")
    (True, False, False)
    """
    name, comma, role = text.strip().partition(",")
    if not comma or not is_bare_name(name) or not 1 <= len(role.split()) <= SIGNATURE_ROLE_WORDS or any(c.isdigit() for c in role):
        return False
    return category_weights(role).get("byline", 0.0) > 0


@register_filter("byline")
def byline(doc: Document) -> None:
    body = [block for _, block in doc.body()]
    edges = body[:EDGE_BLOCKS] + body[max(EDGE_BLOCKS, len(body) - EDGE_BLOCKS) :]
    for block in edges:
        if block.kind != "heading" and is_byline(block.text):
            if not doc.byline:
                doc.byline = block.text
            doc.drop(block, "byline", "a byline line (the author is in doc.byline)")
    if doc.source_format != "text":
        return  # an HTML article keeps its sign-off: extraction placed it in the article (the dev set counts it as body)
    for block in body[max(EDGE_BLOCKS, len(body) - SIGNATURE_REACH) :]:
        if block.is_body and is_signature(block.text):
            doc.drop(block, "byline", "the author's name and role signing the article off")
    for block in body:  # a whole page's text goes on after the article: the sign-off may be far from the end
        if block.is_body and is_wire_signoff(block.text):
            doc.drop(block, "byline", "a wire story's sign-off (reporting and editing)")
