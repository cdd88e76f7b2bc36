"""Buttons and menu links take the label of the box or menu they belong to (a labelling pass; it removes nothing).

A newsletter box ends in "Suscribirme", a consent banner in "Accetto",
"Rifiuto", "Preferenze", a donation appeal in "Quiero colaborar", a comment
section's prompt in "Log in om te reageren." Each such line is removed on
its own evidence, and labelled by it: a one-word line without cues is
``navigation``, "Log in" is a ``paywall`` cue. Standing right under the box,
the line is the box's button, so it takes the box's label, as jusText's
second pass gives a short block its neighbours' class.

A removed line of at most `MAX_BUTTON_WORDS` words and one sentence, labelled
by its shape (``navigation``, ``outside_main_content``), directly under a
removed block labelled with one of `BOX_LABELS` (or under another button of
it), takes that label when it has no cue of another category ("Home" is a
menu's word); its reason says so. A line with a box label of its own keeps it
("Kommentare (17)" under a paywall box). Body blocks, captions and other
labels are left as they are.

In the page's head, before the article's first paragraph, "Subscribe", "Log
in", "S'abonner Se connecter" or "Colabora" beside menu lines are the menu's
links, not a paywall or an appeal: a removed line of at most
`MAX_MENU_LINK_WORDS` words labelled with an account or appeal label
(`LINK_LABELS`), without a question or a sentence's end, with a removed
``navigation`` line right before or after it, is ``navigation``. "Bereits
Abonnent? Hier anmelden" asks, and stays a ``paywall`` line; so does an offer
with its price ("Subscribe for $1", "Jetzt 1 Monat für 0,99 € testen").
"""

from __future__ import annotations

from ..document import Block, Document
from ..evidence.cues import category_weights
from ..evidence.features import has_price
from ..pipeline import register_filter
from .base import first_paragraph
from .line_shapes import is_name_line

#: Labels of boxes that end in buttons: calls to action and the consent banner.
BOX_LABELS = frozenset({"paywall", "newsletter", "donation", "cookie_notice", "comments", "app_prompt", "qr_code"})
#: Labels a button may carry on its own evidence: those of a box (a button with a cue
#: of its own keeps it), or of a line without a telling cue.
BUTTON_LABELS = BOX_LABELS | {"navigation", "outside_main_content", "boilerplate"}
MAX_BUTTON_WORDS = 5
MAX_BUTTON_CHARS = 40
#: Labels a menu's account and appeal links get from their cues ("Abo", "Log in", "Colabora").
LINK_LABELS = frozenset({"paywall", "newsletter", "donation"})
MAX_MENU_LINK_WORDS = 10


def is_button(block: Block) -> bool:
    """A short removed line that could be a box's button: a few words, one clause at most."""
    text = block.text
    return (
        not block.is_body
        and block.label in BUTTON_LABELS
        and len(text) <= MAX_BUTTON_CHARS
        and len(text.split()) <= MAX_BUTTON_WORDS
        and text.count(".") <= 1
    )


def _menu_links(blocks: list[Block]) -> None:
    """Account and appeal links among the menu lines before the article are navigation."""
    for i in range(first_paragraph(blocks)):
        block = blocks[i]
        text = block.text.rstrip()
        if block.label not in LINK_LABELS or len(text.split()) > MAX_MENU_LINK_WORDS or "?" in text or text.endswith((".", "!")):
            continue
        if block.label == "paywall" and has_price(text):
            continue  # an offer with its price ("Subscribe for $1", "Predplatné od 1,99 €"): the paywall's
        neighbours = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        if any(b.label == "navigation" for b in neighbours):
            own = f"; {block.reason}" if block.reason else ""
            block.reason = f"a link of the menu before the article (was {block.label}){own}"
            block.label = "navigation"


def _is_masthead(block: Block) -> bool:
    """A removed short line that is a name without cues ("Diário da Ria"): the site's masthead."""
    return is_button(block) and block.label not in BOX_LABELS and is_name_line(block.text) and not category_weights(block.text)


@register_filter("button_labels")
def button_labels(doc: Document) -> None:
    _menu_links(doc.all_blocks)
    box: Block | None = None  # the box the lines under it may be buttons of
    for block in doc.all_blocks:
        if box is not None and box.label == "cookie_notice" and _is_masthead(block):
            block.label = "outside_main_content"  # a name under the consent banner: the site's masthead, not a button
            own = f"; {block.reason}" if block.reason else ""
            block.reason = f"the site's name under the consent banner{own}"
            box = None
            continue
        if box is not None and is_button(block):
            if block.label not in BOX_LABELS and set(category_weights(block.text)) <= {box.label}:
                block.label = box.label
                own = f"; {block.reason}" if block.reason else ""
                block.reason = f"a button under a {box.label} box{own}"
            if block.label == box.label:
                continue  # the next line may be another button of the same box
        box = block if not block.is_body and block.label in BOX_LABELS else None
