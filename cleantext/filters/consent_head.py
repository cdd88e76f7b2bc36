"""A consent banner over its buttons at the top of a page, in any language.

"Webgune honek cookie propioak eta hirugarrenenak erabiltzen ditu ..." over
"Onartu guztiak" / "Ukatu" / "Konfiguratu": where no words of the language say
that the banner asks the reader (`reader.asks_consent`; Basque has no phrase
data), its cookie cues (the word is shared by most languages) and its place say it. A block outside the
article's core and before it, with `BANNER_COOKIE_WEIGHT` of cookie cues,
right over at least `MIN_BUTTONS` short lines that go (buttons), is the
banner; those buttons (at most `MAX_BUTTONS`, up to a line shaped like the
site's name) are labelled with it. Under a banner's prose that goes already,
short lines one of which a cookie cue names ("Alles toestaan", "Alleen
noodzakelijke" over "Instellingen") are its buttons and go with it.

Must not remove: an article about cookies. Its paragraphs are the core, and a
banner is only looked for before it.
"""

from __future__ import annotations

from ..document import Block, Document
from ..evidence import BlockEvidence
from ..evidence.analysis import cue_category
from .line_shapes import is_name_line

#: Cookie cue weight of a banner's text: the word twice, or a consent phrase.
BANNER_COOKIE_WEIGHT = 3.0
#: Short lines that go right under the banner (its buttons): at least, and labelled at most.
MIN_BUTTONS = 2
MAX_BUTTONS = 3
BUTTON_WORDS = 3


def _is_button(block: Block, found: BlockEvidence, going: bool) -> bool:
    """A short line that goes, with no cue of another kind, not shaped like a name (the masthead)."""
    category = cue_category(found.features)
    return (
        going
        and found.features.words <= BUTTON_WORDS
        and category in (None, "cookie_notice", "navigation")
        and not is_name_line(block.text)
    )


def banners_over_buttons(
    blocks: list[Block], evidence: list[BlockEvidence], going: list[bool], core_start: int | None
) -> list[tuple[int, list[int] | None]]:
    """Such banners (set going), each with its buttons when this step set them going (``None``: the
    buttons follow it, as many as `label_banners` finds)."""
    end = len(blocks) if core_start is None else core_start
    found: list[tuple[int, list[int] | None]] = []
    for index in range(end - MIN_BUTTONS):
        here = evidence[index]
        if not blocks[index].is_body or here.in_core:
            continue
        if here.features.cue_score("cookie_notice") < BANNER_COOKIE_WEIGHT:
            continue
        if going[index]:
            buttons = _named_buttons(blocks, evidence, going, index) if here.prose else []
            if buttons:
                for i in buttons:
                    going[i] = True
                found.append((index, buttons))
            continue
        below = range(index + 1, index + 1 + MIN_BUTTONS)
        if all(_is_button(blocks[i], evidence[i], going[i]) for i in below):
            going[index] = True
            found.append((index, None))
    return found


def _named_buttons(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool], index: int) -> list[int]:
    """Under a banner's prose that goes, its short lines (at most `MAX_BUTTONS`, no cue of a menu or
    of another kind) when one of them, going, is named by a cookie cue ("Alles toestaan", "Alleen
    noodzakelijke" over "Instellingen"): its buttons, which go with it."""
    under = []
    for i in range(index + 1, min(index + 1 + MAX_BUTTONS, len(blocks))):
        if not blocks[i].is_body or not _is_button(blocks[i], evidence[i], True) or evidence[i].features.cue_score("navigation"):
            break
        under.append(i)
    named = any(going[i] and evidence[i].features.cue_score("cookie_notice") > 0 for i in under)
    return under if len(under) >= MIN_BUTTONS and named else []


def label_banners(doc: Document, evidence: list[BlockEvidence], banners: list[tuple[int, list[int] | None]], going: list[bool]) -> None:
    """Label each banner, and its buttons under it, ``cookie_notice``."""
    blocks = doc.all_blocks
    for index, buttons in banners:
        doc.drop(blocks[index], "cookie_notice", "a consent banner before the article: cookie cues, over the buttons that go below it")
        if buttons is None:
            buttons = []
            for i in range(index + 1, min(index + 1 + MAX_BUTTONS, len(blocks))):
                if not _is_button(blocks[i], evidence[i], going[i]):
                    break
                buttons.append(i)
        for i in buttons:
            doc.drop(blocks[i], "cookie_notice", "a button of the consent banner above it")
