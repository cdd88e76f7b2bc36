"""Blocks whose evidence, weighed as a whole, says boilerplate.

Every block is scored on its cues (category words and phrases found anywhere
in it, `cleantext/patterns/cues`), its shape (length, sentences, punctuation,
capitals, digits, separators), how much it reads like prose (common words,
sentence length), where it stands relative to the article's core (the main
run of prose) and what its neighbours scored. A block goes when the weighed
total passes the model's threshold; its reason names the evidence that weighed
most ("cues: "subscribe" (opening call to action), "sign in"; 2 short
sentences; after the body"). The label is the block's strongest cue category
(``paywall``, ``newsletter``, ``navigation``, ...), else ``navigation`` for a
short line and ``outside_main_content`` for text outside the core.

Must not remove: the article's own prose. Any prose block needs a high score,
and inside the core also strong cue evidence (an article *about*
subscriptions or cookies stays whole) and a score of its own, not only its
neighbours', unless it is a call to action: it
addresses the reader beside call-to-action cues ("Get our newsletter in your
inbox", `cleantext.evidence.reader`), and then a low score is enough (inside
the core only with a call-to-action phrase prose rarely uses, and under 40 words: "If you
already subscribe: thank you" is an editor's prose); so is a consent banner outside
the core (cookie cues, and some words addressing the reader), and a banner's
text right over its consent buttons goes with them whatever its own score, in the core too
(with a paragraph over it holding a consent phrase; before the core, cookie cues over
buttons are a banner in any language: `consent_head`). Outside the core, a price beside
a heavy call-to-action phrase is an offer, which needs no more than any line's score. A
line quoted whole ("« Crédit photo : DR »" as a subheading) is someone's
words and stays, and so does a short line whose words the prose paragraph
right after it takes up (its subheading, `article_lines`), and so does a run of short lines most
of which hold a figure or a list's mark with paragraphs of the article that stay around it (a
results table, price rows, a review's pros and cons: `article_rows`). Before the core, a line of five
mostly capitalised words or more with no sentence goes on a middling score
(a menu in one line); anywhere, a short line of the networks' names and
share words goes from a low score (a share bar, in any language); after the
core, a one-word label over a list of short items goes whatever its score
(a tag line, in any language), and a page's text-size buttons go anywhere ("Tamanho da letra: A− A A+").
These shapes are `line_shapes`'. A short line
ending on a comma (a letter's salutation), and one inside the core ending on a
colon (a lead-in), stays when the block under it stays (`article_lines`).
Other blocks inside the core need cues or a run of short lines (a photo's caption and credit
in it not counted); a list item
goes only with at least half its list; outside the core, a line in a run of
short lines mostly going (or leaning to boilerplate) goes with it if its own score is not low (a menu), and so does a
weather widget's line in it; a short line naming its kind outright (a phrase of weight 4, "...
im App Store und bei Google Play") goes whatever its score.
A first line that is the page's title (the headline and the site's name,
`page_title`) goes, and the line it repeats is the headline.
Else the headline just before the core is kept, and marked for the title step,
and so is the sentence right under it (its standfirst) unless it is a call to action;
byline and date lines at the head of the article go (`cleantext.filters.article_head`
and `cleantext.filters.head_lines`), and so do the short lines over that
headline when it stands right over the core (the page's menu: `over_headline`), and so does a run of headline-shaped lines
after the article with no prose after it (a related list without a heading:
`listed_headlines`). A text of one body
block is left alone, and in a text without prose only blocks with a cue
category's weight go: there is no article to place them against. A text
in a language without phrase data is weighed by a model learned without
common words or reader words, with only the cues every language writes alike
(``mul.txt``) beside shape, place and neighbours. HTML
blocks are left alone while no HTML weights are shipped (they lost F1 out-of-fold, see docs/benchmarks.md).
"""

from __future__ import annotations

import functools

from ..document import Block, Document
from ..evidence import BlockEvidence, analyse, label_for, model_for
from ..evidence.analysis import cue_category, has_language_data
from ..evidence.model import Model, explain
from ..evidence.reader import CALL_TO_ACTION, asks_consent, is_call_to_action
from ..pipeline import register_filter
from .article_lines import (
    core_topics,
    facts_stay,
    labels_over_text_stay,
    listed_sentences_stay,
    on_the_topic,
    openers_follow,
    subheadings_stay,
    topic_sentences_stay,
)
from .article_rows import rows_stay
from .article_end import mark_prose
from .article_head import STANDFIRST_WORDS, find_headline
from .head_lines import drop_head_lines
from .byline import cue_label, is_byline
from .consent_head import banners_over_buttons, label_banners
from .listed_headlines import drop_headline_runs, name_headline_runs
from .over_headline import drop_lines_over_headline
from .line_runs import lists_decide_together, menus_go_together, name_policy_links, runs_without_photos, share_buttons_go_together
from .line_shapes import (
    is_link_row,
    is_topic_row,
    is_menu_line,
    is_quotation,
    is_share_bar,
    is_tag_line,
    is_text_size_control,
    is_ticker_item,
    is_widget_line,
)
from .page_title import masthead_line, page_title_line
from .photo_credit import credited_caption, crowded_chunks, stands_alone

#: Inside the article's core, short lines are list items and subheadings more
#: often than furniture: a block there goes only with cue weight or in a run of
#: this many short lines (a menu inside the page), and with a score this much
#: above the threshold.
CORE_CUE_WEIGHT = 1.5
CORE_SHORT_RUN = 3
CORE_MARGIN = 0.1
#: Score any prose block needs, inside the core or not.
PROSE_SCORE = 0.85
#: A prose block inside the core goes only when its own evidence (the first pass, before its
#: neighbours are weighed) reaches this too: the second pass gives short blocks their neighbours'
#: class, as jusText's does, not a paragraph of the article between a credit and a "Read also".
PROSE_OWN_SCORE = 0.5
#: Cue weight and score a *prose* block inside the core needs.
CORE_PROSE_CUE_WEIGHT = 3.0
CORE_PROSE_SCORE = 0.9
#: Weight of a call-to-action cue that, beside a price, makes a prose block outside the core an
#: offer (`_priced_offer`): a phrase prose rarely uses ("kostenlosen Artikeln", "subscribe now").
OFFER_CUE_WEIGHT = 3.0
#: Score a call to action (`cleantext.evidence.reader`) needs, anywhere: the model
#: sees few of them, and addressing the reader beside call-to-action cues is
#: itself the evidence.
CALL_TO_ACTION_SCORE = 0.3
#: Inside the core, a prose call to action takes that low score only with one call-to-action
#: phrase this heavy (one prose rarely uses: "sign up to", "your inbox", "descarga la app"); a
#: paragraph speaking to its readers about subscribing ("If you already subscribe: thank you")
#: is weighed as any prose.
CORE_REQUEST_WEIGHT = 2.0
#: Inside the core, a prose paragraph this long is weighed as any prose even when it addresses
#: the reader beside call-to-action cues: a prompt set into an article is a sentence or two (12
#: to 38 words in the samples), an editor's paragraph about donations or sign-in links is longer.
REQUEST_MAX_WORDS = 40
#: Score a consent banner outside the core needs (`_is_consent_banner`): its cookie cues
#: beside words asking the reader are the evidence, and a long banner has few cue words for its length.
CONSENT_SCORE = 0.15
#: Cookie cue weight with which a paragraph over a consent banner's text goes with it, without
#: addressing the reader: a consent phrase of its own ("store and/or access information on a device").
BANNER_CUE_WEIGHT = 4.0
#: A share bar (`line_shapes.is_share_bar`) goes from this score.
SHARE_BAR_SCORE = 0.15
#: Words beyond which a block with byline cues is the author's bio (``outside_main_content``, as
#: `author_bio` labels one), not a byline line.
BIO_WORDS = 15
#: Marks the headline found before the core, for the title step.
HEADLINE_HINT = frozenset({"headline"})


@register_filter("block_evidence")
def block_evidence(doc: Document) -> None:
    model = model_for(doc.source_format, has_language_data(doc.language))
    blocks = doc.all_blocks
    if model is None or not blocks:
        return
    if sum(b.is_body for b in blocks) == 1:
        return  # a lone line ("Sincerely,"): no neighbours and no article to place it against
    evidence = analyse(
        [b.text for b in blocks],
        [b.group for b in blocks],
        [not b.is_body for b in blocks],
        doc.language,
        model,
        ["link" in b.hints for b in blocks],
    )
    core_start = next((i for i, e in enumerate(evidence) if e.in_core), None)
    going = [
        not b.is_body or (_goes(e, model.threshold, b.text, run) and not is_quotation(b.text)) or is_tag_line(b.text, e) or is_text_size_control(b.text)
        for b, e, run in zip(blocks, evidence, runs_without_photos(blocks, evidence))
    ]
    lists_decide_together(blocks, evidence, going)
    menus_go_together(blocks, evidence, going)
    buttons = share_buttons_go_together(blocks, evidence, going)
    topic_sentences_stay(blocks, evidence, going)
    listed_sentences_stay(blocks, evidence, going)
    _banners_go_with_their_buttons(blocks, evidence, going)
    banners = banners_over_buttons(blocks, evidence, going, core_start)
    subheadings_stay(blocks, evidence, going)
    rows_stay(blocks, evidence, going)
    openers_follow(blocks, evidence, going)
    labels_over_text_stay(blocks, evidence, going)
    facts_stay(blocks, evidence, going)
    title, repeated = (page_title_line(blocks) or (None, None)) if doc.source_format == "text" else (None, None)
    if title is not None:  # the page's <title> over the text: the headline is the line it repeats, if it does
        said = "the headline below" if repeated is not None else "the site's name, which the page repeats"
        doc.drop(blocks[title], "outside_main_content", f"the page's title: a headline and the site's name; {said}")
    if repeated is not None:
        headline = {repeated}
    else:
        headline = find_headline(doc, evidence, core_start, going) if doc.source_format == "text" else set()
    if title is None and doc.source_format == "text":
        masthead = masthead_line(blocks, core_start, headline, [e.in_core and e.prose for e in evidence])
        if masthead is not None:
            doc.drop(blocks[masthead], "outside_main_content", "the site's name and motto at the top of the page; the page names the site again further down")
    if headline:
        _standfirst_stays(blocks, evidence, going, max(headline))
    tickers = {
        i for i in range(core_start or 0)
        if blocks[i].is_body and not going[i] and i not in headline and is_ticker_item(blocks[i].text)
    }
    for index in tickers:
        going[index] = True  # a news ticker's item over the article ("PILNE: Utrudnienia na ul. Kolejowej ...")
    if core_start is None:  # no prose to place the lines against: only their cues can tell
        going = [g and cue_category(e.features) is not None for g, e in zip(going, evidence)]
    for index, (block, found) in enumerate(zip(blocks, evidence)):
        if not block.is_body or not going[index]:
            continue
        if index in headline:
            continue  # the headline right before the article: the title step decides
        label = "tags" if is_tag_line(block.text, found) else "share" if index in buttons else label_for(found)
        if index in tickers or is_text_size_control(block.text):
            label = "outside_main_content"
        if label == "metadata_line":  # the labels the byline and metadata_line steps give such lines
            label = cue_label(label, block.text, label)
        elif label == "navigation" and is_byline(block.text):
            label = "byline"  # a byline whose cue weighs too little to name it ("di Federica Bonomi")
        elif label == "byline" and found.features.words > BIO_WORDS:
            label = "outside_main_content"  # an author's bio, not the byline ("Tom Hadley covers business for ...")
        if label in ("navigation", "related") and is_widget_line(block.text):
            label = "outside_main_content"  # a weather widget ("Beja 34° Céu limpo"), a ticker
        elif label != "navigation" and found.features.cue_score("navigation") and is_link_row(block.text):
            label = "navigation"  # a footer's links, one of them to the cookie policy or the ads page
        if label == "navigation" and is_topic_row(block.text, found):
            label = "tags"  # the article's topics in a row ("Saint-Nazaire · Exposition · Photographie")
        doc.drop(block, label, functools.partial(_reason, model, found, block.text))
        if label == "credit":
            _take_caption(doc, block, found)
    label_banners(doc, evidence, banners, going)
    policy_link = "a link to a policy among the links of a menu, no consent banner near"
    name_policy_links(blocks, lambda block: doc.drop(block, "navigation", policy_link))
    if doc.source_format == "text":
        drop_head_lines(doc, evidence, core_start, headline)
        drop_lines_over_headline(doc, evidence, core_start, headline)
        drop_headline_runs(doc, evidence)
        name_headline_runs(doc, evidence)
    if headline:
        top = max(headline)
        blocks[top].hints = blocks[top].hints | HEADLINE_HINT
    if doc.source_format == "text":
        mark_prose(blocks, [e.prose for e in evidence], [e.features.values["after_core"] > 0 for e in evidence])


def _reason(model: Model, found: BlockEvidence, text: str) -> str:
    """The evidence that weighed most for removing a block (worded when first read)."""
    reason = explain(model, found.features, found.score)
    if is_call_to_action(found.features.values):
        return f"a call to action, addressing the reader; {reason}"
    if _is_consent_banner(found):
        return f"a consent banner outside the article, addressing the reader; {reason}"
    if found.score < model.threshold and is_menu_line(found, text):
        return f"a one-line menu before the article (capitalised words, no sentence); {reason}"
    if found.score < model.threshold and is_share_bar(found):
        return f"a share bar (the networks' names); {reason}"
    if is_tag_line(text, found):
        return f"a tag line after the article (a label and a list of short items); {reason}"
    return reason


def _plain_words_only(found: BlockEvidence) -> bool:
    """A paragraph of the article's prose whose call-to-action cues are all words prose uses too
    (weight below `CORE_REQUEST_WEIGHT`: "If you already subscribe: thank you. You will receive an email ..."),
    or that is too long for a prompt (`REQUEST_MAX_WORDS`)."""
    if not (found.prose and found.in_core):
        return False
    return found.features.words >= REQUEST_MAX_WORDS or all(
        m.cue.weight < CORE_REQUEST_WEIGHT for m in found.features.cues if m.cue.category in CALL_TO_ACTION
    )


def _goes(found: BlockEvidence, threshold: float, text: str = "", short_run: int | None = None) -> bool:
    """Whether a body block's evidence (and its ``text``) is enough to remove it (the rules in the module's docstring)."""
    if _is_consent_banner(found):
        return found.score >= CONSENT_SCORE
    if is_call_to_action(found.features.values) and not _plain_words_only(found):
        return found.score >= CALL_TO_ACTION_SCORE
    if is_share_bar(found):
        return found.score >= SHARE_BAR_SCORE
    if found.score < threshold:
        return is_menu_line(found, text) or _named_furniture_outside(found)
    if found.prose and found.score < PROSE_SCORE and not _priced_offer(found):
        return False  # a paragraph of prose is the costliest thing to lose: it needs a high score anywhere
    if found.prose and found.in_core and found.first < PROSE_OWN_SCORE:
        return False
    if found.in_core:
        cue_weight = found.features.total_cue_weight
        if found.score < threshold + CORE_MARGIN:
            return False
        if cue_weight < CORE_CUE_WEIGHT and (found.short_run if short_run is None else short_run) < CORE_SHORT_RUN:
            return False
        if found.prose and (cue_weight < CORE_PROSE_CUE_WEIGHT or found.score < CORE_PROSE_SCORE):
            return False
    return True


#: Outside the core, a short block (`NAMED_FURNITURE_WORDS`) holding a phrase of this weight, one
#: that is almost only ever furniture, goes whatever its score.
NAMED_FURNITURE_WEIGHT = 4.0
NAMED_FURNITURE_WORDS = 30


def _named_furniture_outside(found: BlockEvidence) -> bool:
    """Outside the core, a short block with a phrase that names its kind (weight `NAMED_FURNITURE_WEIGHT`:
    "... mobil uygulamasını indirin.", "... im App Store und bei Google Play")."""
    return (
        not found.in_core
        and found.features.words <= NAMED_FURNITURE_WORDS
        and any(m.cue.weight >= NAMED_FURNITURE_WEIGHT for m in found.features.cues)
    )


def _priced_offer(found: BlockEvidence) -> bool:
    """Outside the core, a price beside a heavy call-to-action cue (`OFFER_CUE_WEIGHT`): an offer
    ("Sie haben 3 von 5 kostenlosen Artikeln ... gelesen. Jetzt testen – 4 Wochen für 0,99 €."),
    which goes at the model's threshold, as any line does, not at prose's."""
    values = found.features.values
    return not found.in_core and values.get("price", 0.0) > 0 and any(
        m.cue.weight >= OFFER_CUE_WEIGHT for m in found.features.cues if m.cue.category in CALL_TO_ACTION
    )


def _is_consent_banner(found: BlockEvidence) -> bool:
    """Outside the core: cookie cues and some words that address the reader (`reader.asks_consent`)."""
    return not found.in_core and asks_consent(found.features.cue_score("cookie_notice"), found.features.values)


def _banners_go_with_their_buttons(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """A consent banner's text (cookie cues and words addressing the reader, `reader.asks_consent`)
    right over a line of consent buttons that goes ("Akkoord en doorgaan | Weigeren | Instellingen
    beheren") goes with it, whatever its own score and inside the core too (a banner of prose can
    open the core of a whole page's text): the buttons say what the text above them is. So does a
    paragraph of the banner over that text with a consent phrase of its own (`BANNER_CUE_WEIGHT`:
    "We and our 143 partners store and/or access information on a device ..."), walking up. Not
    a paragraph of the core with cues only of the article's own topic (`on_the_topic`): an article
    on cookies closing on its advice over the cookie-cued line under it."""
    topics: set[str] | None = None
    for index in range(len(evidence) - 2, -1, -1):
        found = evidence[index]
        cookie = found.features.cue_score("cookie_notice")
        if going[index] or not going[index + 1] or not (asks_consent(cookie, found.features.values) or cookie >= BANNER_CUE_WEIGHT):
            continue
        if cue_category(evidence[index + 1].features) != "cookie_notice":
            continue
        if found.in_core and found.prose:
            if topics is None:
                topics = core_topics(blocks, evidence, going)
            if on_the_topic(found, topics):
                continue
        going[index] = True


def _standfirst_stays(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool], headline: int) -> None:
    """The body block right under the headline, a sentence of `STANDFIRST_WORDS` words or more, is
    its standfirst and stays, whatever its cues ("The 140-year-old daily will let readers see five
    free articles a month before asking them to subscribe."), unless it addresses the reader as a
    call to action or a consent banner does."""
    below = next((i for i in range(headline + 1, len(blocks)) if blocks[i].is_body), None)
    if below is None or not going[below]:
        return
    found = evidence[below]
    if is_call_to_action(found.features.values) or _is_consent_banner(found):
        return
    if found.features.words >= STANDFIRST_WORDS and found.features.values["terminal"] > 0:
        going[below] = False


def _take_caption(doc: Document, credit: Block, found: BlockEvidence) -> None:
    """The line sharing a credit's chunk, or the lone caption above a bare lone credit (its
    credit cue opens it: "fot. Bartosz Ciecierski / ..."), is its caption (as in ``photo_credit``).

    A credit with a caption already beside it takes no other: "Bild vergrößern" between a
    paragraph and the photo's captioned caption leaves the paragraph alone."""
    every = doc.all_blocks
    at = next(i for i, b in enumerate(every) if b is credit)
    if any(every[j].label == "caption" for j in (at - 1, at + 1) if 0 <= j < len(every)):
        return
    body = [b for b in every if b.is_body or b is credit]
    cues = found.features.cues
    bare = bool(cues) and cues[0].start == 0 and cues[0].cue.category == "credit"
    in_body = next(i for i, b in enumerate(body) if b is credit)
    crowded = crowded_chunks(every)
    partner = credited_caption(body, in_body, stands_alone(doc, credit, crowded), bare, doc.language, crowded)
    if partner is not None and partner.is_body:
        doc.drop(partner, "caption", "the caption that shares its lines with a photo credit")
