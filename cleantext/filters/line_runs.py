"""Runs of lines that `block_evidence` decides together, as jusText's second pass gives short
blocks their neighbours' class: a list goes or stays as a whole, a menu outside the core goes as
a whole when most of it goes, a share bar's buttons go together, and a photo's caption and
credit are no lines of a menu. A policy's link among a menu's links is named the menu's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..document import Block
from ..evidence import BlockEvidence
from ..evidence.reader import is_call_to_action
from .line_shapes import MENU_SCORE, is_widget_line

def spans(values: Sequence[object]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each maximal run of equal, truthy ``values``, in order.

    >>> list(spans([0, 1, 1, 0, 2, 2, 3]))
    [(1, 3), (4, 6), (6, 7)]
    """
    index = 0
    while index < len(values):
        if not values[index]:
            index += 1
            continue
        end = index + 1
        while end < len(values) and values[end] == values[index]:
            end += 1
        yield index, end
        index = end


#: Dashes that open an item of a list (or a line of speech) the text cut into blocks keeps as written.
DASH_ITEMS = ("– ", "— ")
#: Outside the core, a run of at least this many short lines where this share goes takes with it
#: the lines scoring at least `MENU_SCORE` (a menu: `menus_go_together`; a one-line menu,
#: `line_shapes.is_menu_line`, goes from the same score).
MENU_RUN = 5
MENU_GOING_SHARE = 0.6
#: A line of the run whose score reaches this, going or not, counts as going for that share:
#: a menu's items each lean to boilerplate ("Leichte Sprache", "Kontrast").
MENU_LEANING_SCORE = 0.6


def lists_decide_together(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """A list goes as a whole or stays as a whole, in place.

    An article's own list (steps, items, "Cookies erst nach der Einwilligung
    setzen" in an article about consent) has an item or two with cue words
    among items without, and loses nothing of its items when the rest stays.
    So a list item goes only when at least half of its list (the run of list
    items around it) goes, as jusText's second pass gives short blocks their
    neighbours' class; a call to action among them still goes when its cue opens
    it ("Subscribe to our newsletter", not "Never give your password to donate.").
    A menu mostly goes item by item, so it still goes. Lines opening with a dash
    ("– aucun cookie non essentiel déposé ...") are items too, two of them in a
    row at least: the dash marks a list in French and speech in Swedish, and
    both are the article's.
    """
    item = [b.kind == "list_item" or b.text.startswith(DASH_ITEMS) for b in blocks]
    for start, end in spans(item):
        items = range(start, end)
        if len(items) < 2 and blocks[start].kind != "list_item":
            continue  # one line opening with a dash: a quote, on its own evidence
        if sum(going[i] for i in items) * 2 < len(items):
            for i in items:
                values = evidence[i].features.values
                if not (is_call_to_action(values) and values["opening_cue"] > 0):
                    going[i] = False


def menus_go_together(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """Outside the core, a run of short lines goes as a whole when most of it goes, in place.

    A menu or a footer's link list ("Zurück zur Übersicht", "Weitere Nachrichten",
    "Hundeschulen") has items whose words say little on their own; with most of
    their run going on their own evidence, those scoring at least `MENU_SCORE`
    go with it, as jusText's second pass gives short blocks their neighbours'
    class. The run is at least `MENU_RUN` short non-prose lines (`short_runs`)
    outside the core, `MENU_GOING_SHARE` of them going or leaning to boilerplate (a score of
    `MENU_LEANING_SCORE`: a menu's items each say little, "Leichte Sprache", "Kontrast"; a run
    that is a menu only with those takes no line scoring lower); a sentence among them
    ("Ich hoffe euch gefällt der Relaunch.") keeps its own decision, and so does
    a line ending a sentence right after the core (the article's last line,
    "Termín zatím není známý.", common words of its language listed or not). A weather
    widget's or a ticker's line in the run ("Beja 34º · Ourique 33º", "EUR 4,27 zł ▲ | USD 3,91 zł ▼",
    `is_widget_line`) goes with it too. Before the core, a long run of short lines
    (`SITE_MENU_RUN`) holding a menu's sure word (a skip link, "Startseite") and ending
    `SITE_MENU_GAP` lines before the core at least is the site's menu: its short lines go
    whatever their scores.
    """
    outside = [0 if e.in_core or e.short_run < MENU_RUN else e.short_run for e in evidence]
    core_start = next((i for i, e in enumerate(evidence) if e.in_core), len(evidence))
    for index, end in spans(outside):
        run = range(index, end)
        if end + SITE_MENU_GAP <= core_start and _site_menu(evidence, run, going):
            for i in run:
                if evidence[i].features.words <= SITE_MENU_WORDS:
                    going[i] = True
        if len(run) >= MENU_RUN and sum(going[i] or evidence[i].score >= MENU_LEANING_SCORE for i in run) >= MENU_GOING_SHARE * len(run):
            closing = index if index > 0 and evidence[index - 1].in_core and evidence[index].features.values["terminal"] else -1
            # a run that is a menu only with its leaning lines takes lines leaning as much, no lower
            floor = MENU_SCORE if sum(going[i] for i in run) >= MENU_GOING_SHARE * len(run) else MENU_LEANING_SCORE
            for i in run:
                if (evidence[i].score >= floor or is_widget_line(blocks[i].text)) and not is_sentence(evidence[i]) and i != closing:
                    going[i] = True


#: Before the core, a run of this many short lines or more, `SITE_MENU_SHARE` of them of
#: `SITE_MENU_WORDS` words at most and none a sentence, is the site's menu whatever each line's
#: score: section names ("Piłka nożna", "Ekstraklasa", "Siatkówka") say little on their own.
SITE_MENU_RUN = 10
SITE_MENU_WORDS = 3
SITE_MENU_SHARE = 0.8
#: ... and this share of its lines going or leaning to boilerplate (`MENU_LEANING_SCORE`), ending
#: this many lines before the core at least (the headline, a banner between): a run of short lines
#: right over the prose is the article's head ("Urteil", "Aktenzeichen: ...", a recipe's ingredients).
SITE_MENU_LEANING = 0.3
SITE_MENU_GAP = 2
#: One line of the run, going, has a navigation cue this heavy (a skip link, "Startseite"): a menu's.
SITE_MENU_CUE_WEIGHT = 2.0


def _site_menu(evidence: list[BlockEvidence], run: range, going: list[bool]) -> bool:
    if len(run) < SITE_MENU_RUN or any(is_sentence(evidence[i]) for i in run):
        return False
    if sum(going[i] or evidence[i].score >= MENU_LEANING_SCORE for i in run) < SITE_MENU_LEANING * len(run):
        return False  # an article's list before its prose (a recipe's ingredients) leans to staying
    if not any(going[i] and evidence[i].features.cue_score("navigation") >= SITE_MENU_CUE_WEIGHT for i in run):
        return False  # no line of it says "menu" for certain ("Skip to content", "Startseite")
    return sum(evidence[i].features.words <= SITE_MENU_WORDS for i in run) >= SITE_MENU_SHARE * len(run)


#: Labels of an article's photo: a caption and its credit are no items of a run of short lines.
PHOTO_LABELS = frozenset({"caption", "credit"})


def runs_without_photos(blocks: list[Block], evidence: list[BlockEvidence]) -> list[int]:
    """Each block's `BlockEvidence.short_run`, a photo's caption and credit in the run not counted:
    a subheading under a photo is not the third line of a menu."""
    runs = [e.short_run for e in evidence]
    if not any(b.label in PHOTO_LABELS for b in blocks):
        return runs  # (most pages: no photo taken yet)
    for start, end in list(spans(runs)):  # (the spans read before the runs are lowered)
        photos = sum(blocks[i].label in PHOTO_LABELS for i in range(start, end))
        for i in range(start, end):
            runs[i] -= photos
    return runs


def is_sentence(found: BlockEvidence) -> bool:
    """A line of four words or more, with common words, ending a sentence."""
    values = found.features.values
    return bool(values["terminal"]) and found.features.words >= 4 and values["stopwords"] > 0


#: Words of a share button at most ("Deila á Facebook", "Partager sur X").
SHARE_BUTTON_WORDS = 4
SHARE_BUTTON_CHARS = 60


def share_buttons_go_together(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> set[int]:
    """Short lines in a row that say the same but their last word, one of them naming a network
    with a share cue ("Deila á Facebook", "Deila á X"), are a share bar's buttons in any language:
    they go together, in place. Returns their indexes (to be labelled ``share``)."""
    buttons: set[int] = set()
    stems: dict[int, tuple[str, ...] | None] = {}

    def stem(i: int) -> tuple[str, ...] | None:
        if i not in stems:
            stems[i] = _button_stem(blocks[i])
        return stems[i]

    for index, found in enumerate(evidence):
        if index in buttons or not found.features.cue_score("share") or stem(index) is None:
            continue  # (read from the lines with a share cue: few on a page)
        first = last = index
        while first > 0 and stem(first - 1) == stem(index):
            first -= 1
        while last + 1 < len(blocks) and stem(last + 1) == stem(index):
            last += 1
        if last > first:
            for i in range(first, last + 1):
                going[i] = True
                buttons.add(i)
    return buttons


def _button_stem(block: Block) -> tuple[str, ...] | None:
    """A short body line's words but its last, lower-cased (``None`` for a line of one word or a longer one)."""
    if not block.is_body or len(block.text) > SHARE_BUTTON_CHARS:
        return None
    words = block.text.lower().split()
    return tuple(words[:-1]) if 2 <= len(words) <= SHARE_BUTTON_WORDS else None


#: A link of a footer's menu to a policy: at most this many words ("Privacy Policy", "Çerez Politikası").
POLICY_LINK_WORDS = 4
#: Lines around it read for a consent banner's text (a longer line with cookie cues): its buttons stay its own.
BANNER_REACH = 3


def name_policy_links(blocks: list[Block], relabel: Callable[[Block], None]) -> None:
    """Short lines removed as ``cookie_notice`` ("Privacy Policy", "Política de cookies") in a run
    of short removed lines holding two menu links or more (``navigation``: "Kontakt", "Impressum"),
    with no consent banner's text within `BANNER_REACH` lines, are links of the page's menu, not a
    banner's buttons: ``relabel`` names each one so. Nothing is removed here."""
    if not any(b.label == "cookie_notice" for b in blocks):
        return  # (most pages)
    short = [not b.is_body and b.text.count(" ") < POLICY_LINK_WORDS for b in blocks]
    for start, end in spans(short):
        run = blocks[start:end]
        if sum(b.label == "navigation" for b in run) < 2:
            continue
        for index in range(start, end):
            if blocks[index].label != "cookie_notice":
                continue
            near = blocks[max(0, index - BANNER_REACH) : index + BANNER_REACH + 1]
            if not any(b.label == "cookie_notice" and len(b.text.split()) > POLICY_LINK_WORDS for b in near):
                relabel(blocks[index])
