"""The head of a plain-text article, for `block_evidence`: its headline, byline and date lines.

Before the core (the article's main run of prose) stand the headline, perhaps
a kicker above it and a standfirst under it, and the lines saying who wrote
the article and when. `find_headline` finds the headline walking back from
the core; `head_lines.drop_head_lines` removes the byline and date lines there.
"""

from __future__ import annotations

from ..document import Block, Document
from ..evidence import BlockEvidence
from ..evidence.analysis import cue_category
from ..evidence.features import BlockFeatures
from ..evidence.cues import CueMatch
from ..evidence.layout import KIND_CUE_WEIGHT, heavy_with_cues
from ..ingest.plaintext import MAX_TITLE_WORDS, is_breadcrumb, is_path, is_title_like
from ..patterns import sentences
from .byline import is_byline
from .head_lines import is_name_comma_role, is_role_shaped, name_over_date
from .line_runs import SHARE_BUTTON_WORDS
from .line_shapes import is_text_size_control, is_ticker_item
from .metadata_line import is_dateline
from .related import is_headline_text
from .title import MAX_KICKER_WORDS
from .who_and_when import BYLINE_WORDS, HEAD_LINE_CUES, is_who_and_when

MIN_HEADLINE_WORDS = 3
#: Words from which a line under the opening headline, longer than it, is its standfirst.
STANDFIRST_WORDS = 10
#: Lines that stay walked back from the core to find the headline (lines that go, a byline, a
#: date or share buttons, are passed by uncounted).
HEADLINE_REACH = 6
#: A line half of whose words are cue words is furniture, not the headline.
HEADLINE_MAX_CUE_SHARE = 0.5


def _headline_above(blocks: list[Block], evidence: list[BlockEvidence], index: int) -> bool:
    """Whether the block right above ``index`` is a body line shaped like a headline, not prose nor
    the page's path ("Accueil › Guides › Vie privée" is no headline over a standfirst)."""
    above = index - 1
    if above < 0 or not blocks[above].is_body or evidence[above].prose:
        return False
    text = blocks[above].text
    return is_title_like(text) and not is_breadcrumb(text) and not is_path(text)


#: Separators between a site's name and its motto ("ParkeerVak · Vakblad voor parkeren en
#: mobiliteit"): a line holding one is no headline over a standfirst.
MASTHEAD_SEPARATORS = (" · ", " | ", " • ")


def _headline_over_dek(blocks: list[Block], evidence: list[BlockEvidence], index: int, going: list[bool]) -> bool:
    """Whether the line above ``index`` is the headline and ``index`` its standfirst: both shaped
    like headlines, the one above not a label (`_is_label`) nor a site's name and motto
    (`MASTHEAD_SEPARATORS`), longer than a kicker and shorter than
    the one below, and not itself under a line shaped like a headline (the last of a list of other
    articles' headlines over the article's, staying: a breadcrumb or a menu goes)."""
    if not _headline_above(blocks, evidence, index) or is_text_size_control(blocks[index - 1].text):
        return False  # (the page's text-size buttons above it are no headline)
    if _headline_above(blocks, evidence, index - 1) and not going[index - 2] and evidence[index - 2].features.words > MAX_KICKER_WORDS:
        over = blocks[index - 2].text
        if not is_breadcrumb(over) and not any(mark in over for mark in MASTHEAD_SEPARATORS):
            return False  # (the site's name and motto, or the page's path, over the headline is no list)
    above = evidence[index - 1].features
    return (
        MAX_KICKER_WORDS < above.words < evidence[index].features.words
        and not _is_label(above)
        and not is_ticker_item(blocks[index - 1].text)
        and not is_dateline(blocks[index - 1].text)
        and not is_breadcrumb(blocks[index - 1].text)
        and not any(mark in blocks[index - 1].text for mark in MASTHEAD_SEPARATORS)
    )


#: Share of a line's words its cues may cover with the line still a headline: "Wessex Courier
#: Group raises digital subscription price by 40% as it bets on newsletters" (2 of 14) is one,
#: "Article reserved for our subscribers" (1 of 5) is not.
LABEL_CUE_SHARE = 0.2


def _two_part_headline(text: str) -> bool:
    """A headline in two parts, the last not closed by a full stop ("Tramwaj na Zielone Wzgórza
    dopiero w 2027 roku. Miasto unieważniło przetarg", `related.is_headline_text`)."""
    return len(sentences(text)) == 2 and is_headline_text(text)


def _dated_or_signed(features: BlockFeatures) -> bool:
    """A line of `BYLINE_WORDS` words at most with a date cue or one naming the author
    (`_names_the_author`): "Par Théo Marchand", "Veröffentlicht am von Heiko"."""
    return features.words <= BYLINE_WORDS and bool(features.cue_score("metadata_line") or any(map(_names_the_author, features.cues)))


def _names_the_author(match: CueMatch) -> bool:
    """A byline cue, a name's ("von <name>") only when it opens the line: inside a headline
    ("... kippt Cookie-Banner von Brakenstedter Versandhändler") it is no byline."""
    return match.cue.category == "byline" and (match.start == 0 or "<name>" not in match.cue.phrase)


def _is_label(features: BlockFeatures) -> bool:
    """A line of furniture ("Article réservé à nos abonnés"): a cue opens it, or cue words
    (other than a byline or date cue inside it) make up `LABEL_CUE_SHARE` of its words."""
    if any(m.start == 0 for m in features.cues):
        return True
    return any(map(_labels_a_line, features.cues)) and features.values["cue_word_share"] >= LABEL_CUE_SHARE


def _labels_a_line(match: CueMatch) -> bool:
    """A cue that makes a line furniture: any but a byline or date cue inside it ("... ud af
    slutspillet ..." is no byline, "Af Mikkel Holst" opening a line is)."""
    return match.start == 0 or match.cue.category not in ("byline", "metadata_line")


def find_headline(doc: Document, evidence: list[BlockEvidence], start: int | None, going: list[bool]) -> set[int]:
    """The headline nearest before the core, and a kicker above it opening the text.

    Walking back from the core (which starts at ``start``), byline and date
    lines ("Par Théo Marchand"; a short line of capitalised words and figures
    with a date or a comment count, "Christoph Becker 71 Kommentare", and the rest
    of a head line opening on a separator, "| Klaus Quibeldey-Cirkel": `who_and_when`),
    lines half made of cue words (a share bar),
    lines under three words, one paragraph (the standfirst) and a short sentence
    right over the core under a line that goes (a photo's caption) are skipped; the first headline-like
    block is the headline. A headline-like line right above it, longer than a
    kicker and shorter than it, is the headline instead, over its standfirst.
    The short line right above it is kept too when nothing stands before it
    (a kicker, "The Long Read"): the title step labels both.

    No headline stands below prose that stays (``going`` says which blocks
    go): a line there is a subheading or a list's item, and the article's
    core began above it. A page sets its date, byline and comment count under
    the headline: a line found under them, with only a headline-shaped first
    line of the text above, is a photo's alt text, and that first line is the
    headline. Without one, the text's first line is the headline when it is
    shaped like one and its standfirst or prose follows it (past its date and
    byline lines, and a photo's alt text).

    Before the walk: when nothing that stays stands right over the core and the
    core opens on a headline-shaped line over its byline or date
    (`_core_opens_on_headline`), that line is the headline (a menu's item
    further up is not).
    """
    if start is None:
        return set()
    blocks = doc.all_blocks
    if start == 0 or going[start - 1] or not blocks[start - 1].is_body:  # nothing that stays right over the core
        opening = _core_opens_on_headline(blocks, evidence, start, going)
        if opening is not None:
            return {opening}  # (before the walk back: a menu's item over it is no headline)
    found = _headline_before_core(doc, evidence, start, going)
    if found:
        over = _headline_over_head_lines(blocks, evidence, min(found), going)
        if over is None:
            _drop_alt_text_under_byline(doc, evidence, start, going)
            return found
        if any(blocks[i].label == "byline" or is_byline(blocks[i].text) for i in range(over + 1, min(found))):
            _drop_alt_text(doc, evidence, min(found))  # (a date line alone over it: a press release's standfirst, often)
        return {over}
    return _opening_headline(blocks, evidence)


#: Words of a photo's alt text under the head lines: a description, not a label.
ALT_TEXT_WORDS = 6


def _drop_alt_text(doc: Document, evidence: list[BlockEvidence], index: int) -> None:
    """The line under the head lines (a byline among them), below the headline, is a photo's alt text when it is no
    sentence (no closing punctuation, not prose: a standfirst is one) of `ALT_TEXT_WORDS` words
    or more ("The Harwick Gazette newsroom on Mill Street, with printed front pages pinned to the wall")."""
    block, found = doc.all_blocks[index], evidence[index]
    if block.is_body and _alt_text_shaped(found) and found.features.words >= ALT_TEXT_WORDS:
        doc.drop(block, "caption", "a photo's alt text: a description under the article's date and byline, below its headline")


#: Words of a line right under the byline taken for a photo's alt text, not the author's role.
ALT_UNDER_BYLINE_WORDS = 8


def _drop_alt_text_under_byline(doc: Document, evidence: list[BlockEvidence], start: int, going: list[bool]) -> None:
    """The line right over the core, under the byline (or the date under it), is a photo's alt text
    when it is no sentence of `ALT_UNDER_BYLINE_WORDS` words or more ("Min grønne cykel med fyldte
    tasker lænet op ad et Hærvejs-skilt") and no head line itself (a long date line): an author's
    role under the byline is shorter."""
    blocks = doc.all_blocks
    index = start - 1
    if index < 1 or evidence[index].features.words < ALT_UNDER_BYLINE_WORDS or not is_title_like(blocks[index].text):
        return
    features = evidence[index].features
    if going[index] or any(features.cue_score(c) for c in HEAD_LINE_CUES) or is_dateline(blocks[index].text, features.cue_score("metadata_line") > 0):
        return  # a date line with its update, a share bar: a head line itself
    above = blocks[index - 1]
    if above.label == "byline" or is_byline(above.text) or (above.label == "date" and index > 1 and (blocks[index - 2].label == "byline" or is_byline(blocks[index - 2].text))):
        _drop_alt_text(doc, evidence, index)


#: Labels of the lines a page sets under its headline: who wrote it, when, how many comments, the share bar.
_HEAD_LINE_LABELS = frozenset({"date", "byline", "comments", "share"})


#: Words of a head line going with the cues of a date, a byline or a comment count ("12 hozzászólás").
HEAD_LINE_WORDS = 6


#: Words of a head line that goes named by its cues: a date line with its update ("Published 14 March
#: 2026 · Updated 15 March 2026, 09:12"), a share bar ("Share this article: Facebook | X | Email").
NAMED_HEAD_LINE_WORDS = 12
#: The weight of share cues that make a share bar of a head line named by its cues
#: (`HEAD_LINE_CUES`: its name and the networks', not one word: "Print Recipe").
SHARE_BAR_WEIGHT = 3.0
#: Words of the text's first line taken for the headline over head lines: a headline's length, not a
#: logo's alt text or a site's name ("Carrick Sound Herald logo").
OPENING_HEADLINE_WORDS = 6


def _head_line(text: str, found: BlockEvidence, goes: bool) -> bool:
    """A short line going with the cues of a date, a byline or a comment count, a line going that
    those cues or a share bar's name outright (`NAMED_HEAD_LINE_WORDS`), or a date line ("2025. április 6.")."""
    features = found.features
    if goes and features.words <= NAMED_HEAD_LINE_WORDS:
        named = cue_category(features)
        if named in HEAD_LINE_CUES and (named != "share" or features.cue_score("share") >= SHARE_BAR_WEIGHT):
            return True
    if features.words > HEAD_LINE_WORDS:
        return False
    if goes and any(features.cue_score(c) for c in ("metadata_line", "byline", "comments")):
        return True
    return not found.prose and is_dateline(text, features.cue_score("metadata_line") > 0)


def _headline_over_head_lines(blocks: list[Block], evidence: list[BlockEvidence], index: int, going: list[bool]) -> int | None:
    """The text's first line (a breadcrumb going over it aside; lines of a site's name or a kicker that
    stay, `MASTHEAD_WORDS`, when the line found is no sentence), shaped like a headline, when only head lines stand between it and the
    line found at ``index`` (removed as `_HEAD_LINE_LABELS`, a date, a byline, a comment count, or
    going with their cues; or a notice going with cues of its own, an affiliate disclosure): those
    lines stand under the headline, so the line under them is a photo's alt text or the standfirst."""
    def under_the_headline(i: int) -> bool:
        if not blocks[i].is_body:
            return blocks[i].label in _HEAD_LINE_LABELS
        text = blocks[i].text
        if is_byline(text) or is_name_comma_role(text):
            return True  # the author, maybe with a role ("Оксана Литвиненко, координаторка притулку")
        # or a notice that goes, named by its cues, not shaped as a headline ("Este artigo contém links de afiliados. ...")
        return _head_line(text, evidence[i], going[i]) or (going[i] and not is_title_like(text) and cue_category(evidence[i].features) is not None)

    above = index - 1
    while above >= 0 and under_the_headline(above):
        above -= 1
    if above == index - 1 or above < 0 or not blocks[above].is_body:
        return None
    over = [i for i in range(above) if blocks[i].is_body and not (going[i] and is_breadcrumb(blocks[i].text))]
    if over and (any(evidence[i].features.words > MASTHEAD_WORDS and not going[i] for i in over) or not _alt_text_shaped(evidence[index])):
        return None  # under longer lines that stay, or over a line that may be its standfirst: no telling
    text = blocks[above].text
    if not is_title_like(text) or evidence[above].features.words < OPENING_HEADLINE_WORDS or is_byline(text) or is_breadcrumb(text) or is_path(text):
        return None
    if evidence[above].features.values["capitalised_list"]:
        return None  # a menu in one line over a dateline ("Nieuws Zwolle Kampen Dalfsen Sport 112 Uitgaan Contact")
    return above


def _core_opens_on_headline(blocks: list[Block], evidence: list[BlockEvidence], start: int, going: list[bool]) -> int | None:
    """The core's first line when it is shaped like a headline (a quotation in it can make it read
    as prose: "De nieuwsbrief als verdienmodel: 'Ik heb meer betalende lezers ...'") and the head
    lines stand right under it, a byline or a date (`_head_line`), with prose under them."""
    first = blocks[start]
    text = first.text
    if not first.is_body or going[start] or not is_title_like(text) or evidence[start].features.words < OPENING_HEADLINE_WORDS:
        return None
    if is_byline(text) or is_breadcrumb(text) or is_path(text):
        return None
    below = start + 1
    while below < len(blocks) and (
        (not blocks[below].is_body and blocks[below].label in _HEAD_LINE_LABELS)
        or (blocks[below].is_body and (is_byline(blocks[below].text) or _head_line(blocks[below].text, evidence[below], going[below])))
    ):
        below += 1
    if below == start + 1 or below >= len(blocks):
        return None
    return start if blocks[below].is_body and evidence[below].prose else None


#: Words of a line that stays over the headline with the headline still the text's first: a site's
#: name, a kicker ("Bramley Vale Courier", "From the Editor").
MASTHEAD_WORDS = 4


def _alt_text_shaped(found: BlockEvidence) -> bool:
    """No sentence: not prose, no closing punctuation (a photo's description, not a standfirst)."""
    return not found.prose and not found.features.values["terminal"]


def _opening_headline(blocks: list[Block], evidence: list[BlockEvidence]) -> set[int]:
    """The text's first line when it is shaped like a headline and prose follows it, or a longer
    line of `STANDFIRST_WORDS` words or more: the shape of a scraped article (its standfirst or
    first paragraph under it), cue words or not ("Northmoor Media cuts free articles to two a
    month as digital subscriptions stall")."""
    if len(blocks) < 2 or not blocks[0].is_body:
        return set()
    first = evidence[0].features
    text = blocks[0].text
    if not is_title_like(text) or first.words < MIN_HEADLINE_WORDS or is_byline(text) or is_breadcrumb(text):
        return set()
    if is_who_and_when(text, first) or _dated_or_signed(first):
        return set()  # the post's date and author over its headline ("Veröffentlicht am von Heiko")
    if any(m.start == 0 and m.cue.weight >= KIND_CUE_WEIGHT for m in first.cues):
        return set()  # opening on a phrase that names its kind: a skip link ("Skip to main content")
    # under it, past its date, byline and comment count (removed), and perhaps a photo's alt text
    following = [i for i in range(1, len(blocks)) if blocks[i].is_body or blocks[i].label not in _HEAD_LINE_LABELS][:2]
    if not following or not blocks[following[0]].is_body:
        return set()
    second = evidence[following[0]]
    standfirst = second.features.words >= STANDFIRST_WORDS and second.features.words > first.words
    if second.prose or standfirst:
        return {0}
    after_alt_text = following[0] > 1 and len(following) == 2 and blocks[following[1]].is_body and evidence[following[1]].prose
    return {0} if after_alt_text else set()


#: Lines in a row that go or are gone (the page's menu) under which the article's head starts: a
#: little prose that stays above them among the text's first `MENU_RUN` lines (a consent banner's
#: text in a language without data; `MAX_WORDS_OVER_MENU` words at most) does not make the line
#: under them a subheading.
MENU_RUN = 4
MAX_WORDS_OVER_MENU = 60


def head_start(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool], index: int) -> int:
    """The first block of the article's head over ``index``: right under the nearest run of
    `MENU_RUN` lines that go, when what stays over that run stands in the text's first `MENU_RUN`
    lines, `MAX_WORDS_OVER_MENU` words at most (else, or without a run, the text's first block)."""
    run = 0
    for i in range(index - 1, -1, -1):
        if going[i] or not blocks[i].is_body:
            run += 1
            if run == MENU_RUN:
                staying = [j for j in range(i) if blocks[j].is_body and not going[j]]
                opening = all(j < MENU_RUN for j in staying)  # the text's first lines: a banner, not a post above a sidebar
                words = sum(evidence[j].features.words for j in staying)
                return i + MENU_RUN if opening and words <= MAX_WORDS_OVER_MENU else 0
        else:
            run = 0
    return 0


def _headline_before_core(doc: Document, evidence: list[BlockEvidence], start: int, going: list[bool]) -> set[int]:
    """The walk back from the core of `find_headline`."""
    staying = [b.is_body and e.prose and not g for b, e, g in zip(doc.all_blocks, evidence, going)]
    blocks = doc.all_blocks
    skipped_dek = False
    reach = HEADLINE_REACH
    for index in range(start - 1, -1, -1):
        if blocks[index].is_body and not going[index]:
            reach -= 1  # lines that go (a byline, share buttons, a date) are passed by without counting
            if reach < 0:
                break
        features = evidence[index].features
        text = blocks[index].text
        if not blocks[index].is_body or _dated_or_signed(features) or is_byline(text):
            continue
        if features.values["date_time"] and any(_names_the_author(m) and m.start == 0 for m in features.cues):
            continue  # who and when, however long ("Publicado por Maripaz el 12 de noviembre de 2023 · 47 comentarios")
        if is_who_and_when(text, features):
            continue  # "Erstellt von Fabian am Dienstag 6. Mai 2014", "| Klaus Quibeldey-Cirkel"
        if is_ticker_item(text):
            continue  # a news ticker's item over the article ("SISTE: Rødt farevarsel oppheves ...")
        if going[index] and (not is_title_like(text) or any(m.start == 0 and m.cue.category == "related" for m in features.cues)):
            # a banner or a paywall line that goes ("You've read 2 of 3 free articles ..."), as if removed;
            # or a link to another article ("Lees ook: Hoe weiger je cookies in één klik?")
            continue
        if going[index] and features.words <= SHARE_BUTTON_WORDS and any(
            going[i] and evidence[i].features.cue_score("share") > 0 for i in (index - 1, index, index + 1) if 0 <= i < start
        ):
            continue  # a share button that goes ("Per WhatsApp senden"), or one beside it ("Wyślij przez Messengera")
        if not evidence[index].prose and is_dateline(text, features.cue_score("metadata_line") > 0):
            continue  # "Publié le 3 avril 2025 à 07h00, modifié le 3 avril 2025 à 09h12"
        if features.values["cue_word_share"] >= HEADLINE_MAX_CUE_SHARE or is_breadcrumb(text):
            continue  # a share bar, a button row ("Partilhar Twitter Facebook E-mail") or the page's path
        if name_over_date(blocks, index, features):
            continue  # the author's name over the date ("Rui Teixeira Calado", "15 Jul 2025, 08:30")
        if index > 0 and is_role_shaped(text) and name_over_date(blocks, index - 1):
            continue  # the author's role between the name and the date ("Lektor i it-ret")
        if index + 1 < len(blocks) and blocks[index + 1].label in ("credit", "copyright"):
            continue  # an image's caption over its credit ("Image: Marcus Feld / Gadget Pulse", "© L'Écho du Bocage – C. G.")
        if index > 0 and (blocks[index - 1].label == "byline" or is_byline(blocks[index - 1].text)):
            continue  # the author's role or agency under the byline ("Local Democracy Reporting Service")
        if is_title_like(text) and features.words < MIN_HEADLINE_WORDS:
            continue  # "LONDON (Reuters)", a section name: headlines are longer
        if index == start - 1 and heavy_with_cues(features):
            continue  # the article's opening, heavy with cues of its topic ("... per QR-Code ..."): the core starts below it
        if evidence[index].prose and not skipped_dek and _headline_above(blocks, evidence, index):
            skipped_dek = True  # a standfirst ending in a question mark, under its headline
            continue
        if not (is_title_like(text) or _two_part_headline(text)):
            if (evidence[index].prose or features.words > MAX_TITLE_WORDS) and not skipped_dek:
                skipped_dek = True  # the standfirst between headline and article (maybe without a full stop)
                continue
            if index == start - 1 and index > 0 and going[index - 1] and text.rstrip().endswith(".") and not evidence[index].prose:
                continue  # a photo's caption between the head's furniture and the article ("Pohled z Děvína na ... Pavlov.")
            return set()
        if any(staying[head_start(blocks, evidence, going, index) : index]):
            return set()
        if not skipped_dek and _headline_over_dek(blocks, evidence, index, going):
            index -= 1  # (an article has one standfirst: below a skipped one, this line is the headline)
        kept = {index}
        above = index - 1
        if above >= 0 and all(not b.is_body for b in blocks[:above]) and blocks[above].is_body:
            kicker = blocks[above].text
            if is_title_like(kicker) and len(kicker.split()) <= MAX_KICKER_WORDS and not is_breadcrumb(kicker):
                kept.add(above)
        return kept
    return set()
