"""Lines of the article that stay over their own score, read from the line they open.

A short line inside the core whose content words come back in the prose
paragraph right under it is that paragraph's subheading ("Refuser doit être
aussi simple qu'accepter" in an article about consent banners), whatever its
cue words. A short line ending on a comma opens the block under it (a
letter's salutation, "Liebe Leserinnen, liebe Leser,"), and a line inside the
core ending on a colon leads into it (a how-to's "... puedes retirar el
consentimiento así:" over its steps): each stays when that block stays. A
label of a few words over lines of sentences that stay heads them ("Ficha
técnica" over a match report's line-ups), and fact lines right under its
last paragraph are its own (a review's verdict, "Ocena: 7/10"; a case number,
"Aktenzeichen: 12 O 214/24"). (An
article opening on prose heavy with cues of its own topic is read into the core
itself: `evidence.layout`.) The rules only keep a line `block_evidence` would
remove; they remove nothing.
"""

from __future__ import annotations

import re

from ..document import Block
from ..evidence import BlockEvidence
from ..evidence.cues import CueMatch, tokens
from ..evidence.layout import KIND_CUE_WEIGHT, topic_categories
from ..evidence.reader import is_call_to_action
from ..ingest.plaintext import is_path, is_title_like
from ..patterns import common_words

#: A short line inside the core sharing this many content words (of `STEM_LETTERS` letters, cut
#: there) with the prose paragraph after it is its subheading, unless a cue of it names its kind
#: (`KIND_CUE_WEIGHT`, `evidence.layout`'s, wherever the stay rules below read it).
SUBHEADING_SHARED_WORDS = 2
STEM_LETTERS = 5


def _stems(text: str) -> set[str]:
    """The content words of ``text``: words of `STEM_LETTERS` letters or more and no common word,
    cut to that many letters (so "accepter" meets "acceptées"), an elided article dropped ("qu'accepter")."""
    common = common_words()
    words = (w.rsplit("'", 1)[-1] for w in tokens(text))
    return {w[:STEM_LETTERS] for w in words if len(w) >= STEM_LETTERS and w not in common}


def subheadings_stay(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """A short line whose words come back in the prose paragraph right after it, a paragraph that
    stays, is that paragraph's subheading, and stays, in place (after the core too: a last
    paragraph past a results table is the article's).

    "Refuser doit être aussi simple qu'accepter" over "« ... refuser les
    cookies doit être aussi simple que de les accepter »" in an article about
    consent banners: at least `SUBHEADING_SHARED_WORDS` of its content words,
    and half of them, are the paragraph's (one is enough for a plain phrase,
    `_phrase_shaped`: "Newsletters as a funnel"). A line with one cue of
    `KIND_CUE_WEIGHT` ("Lire aussi : ..." over a paragraph on the same
    subject), a call to action or a page's path (`is_path`) still goes; inside the core, such a cue
    whose words the paragraph takes up is its subject, not its kind, and does not make it go
    ("Publicidad y patrocinios" over "... recurren a la publicidad ...", `_cues_taken_up`), nor
    does speaking to the reader with cues only of the article's own topic (`on_the_topic`: "Logga
    in med Bank-id" in an article on a bus app's sign-in).
    """
    topics: set[str] | None = None
    for index in range(len(blocks) - 1):
        found, after = evidence[index], evidence[index + 1]
        if not going[index] or not blocks[index].is_body or found.prose:
            continue
        if going[index + 1] or not blocks[index + 1].is_body or not after.prose:
            continue
        if is_call_to_action(found.features.values):
            if topics is None:
                topics = core_topics(blocks, evidence, going)
            if not (found.in_core and on_the_topic(found, topics)):
                continue  # (a question to the reader on the article's topic may head its paragraph)
        text = blocks[index].text
        heavy = [m for m in found.features.cues if m.cue.weight >= KIND_CUE_WEIGHT]
        if heavy and not (found.in_core and _cues_taken_up(heavy, text, blocks[index + 1].text)):
            continue  # a cue naming the line's kind ("Lire aussi"), not the subject the paragraph goes on with
        if is_path(text):
            continue  # the page's path ending on the headline it stands over ("Accueil » Recettes » Plats » Tarte fine ...")
        words = _stems(text)
        shared = words & _stems(blocks[index + 1].text)
        headed = len(shared) >= SUBHEADING_SHARED_WORDS or (shared and _phrase_shaped(text))
        if headed and 2 * len(shared) >= len(words):
            going[index] = False


def _cues_taken_up(cues: list[CueMatch], line: str, paragraph: str) -> bool:
    """Whether each of these cues is one word the paragraph takes up ("publicidad" of "Publicidad y
    patrocinios" over "Los que no quieren cobrar ... recurren a la publicidad"): the cue is the
    subject the paragraph goes on with, not the name of the line's kind (a phrase, "Lire aussi"; the
    word alone, "Publicidad")."""
    said, cued = _stems(paragraph), set()
    for match in cues:
        words = match.cue.phrase.split()
        named = _stems(words[0])
        if len(words) > 1 or not named or not named <= said:
            return False  # a phrase ("lire aussi") names a kind; a word too short or common to tell
        cued |= named
    return bool(_stems(line) - cued)  # and the line says more than the cue ("Publicidad" alone is a label)


def _phrase_shaped(text: str) -> bool:
    """A headline-shaped line with no figure or colon ("Newsletters as a funnel", not "Join the
    debate: 187 comments"): one content word of two taken up by the paragraph makes it a subheading."""
    return is_title_like(text) and ":" not in text and not any(c.isdigit() for c in text)


#: Words of a line ending on a comma that opens the next block ("Liebe Leserinnen, liebe Leser,"),
#: and of one ending on a colon that leads into it ("... puedes retirar el consentimiento así:").
SALUTATION_WORDS = 8
LEAD_IN_WORDS = 20


#: A label over text: at most this many words, over at least `LABELLED_LINES` staying lines that
#: close on a full stop ("Ficha técnica" over a match report's line-ups, goals and referee).
LABEL_WORDS = 3
LABELLED_LINES = 3
#: A label with a cue this heavy ("Mehr zum Thema", "Kommentare") is no heading of the article's text.
LABEL_CUE_WEIGHT = 1.5


def labels_over_text_stay(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """A short title-shaped line (`LABEL_WORDS`) after the article's start, with `LABELLED_LINES`
    staying lines of sentences right under it, heads them: it stays, in place.

    "Ficha técnica" over "Castuera: Nacho; Mario Pozo, ...", "Goles: 1-0, min. 12 ...",
    "Árbitro: ...": the lines stay as the article's, and so does their heading, which the
    evidence of a short line after a related list alone would remove. A line with a cue
    of `LABEL_CUE_WEIGHT` goes as its cue says.
    """
    start = next((i for i, found in enumerate(evidence) if found.in_core), None)
    if start is None:
        return
    for index in range(start, len(blocks) - LABELLED_LINES):
        if not going[index] or not blocks[index].is_body or evidence[index].features.words > LABEL_WORDS:
            continue
        under = range(index + 1, index + 1 + LABELLED_LINES)
        if not all(blocks[i].is_body and not going[i] and blocks[i].text.rstrip().endswith((".", "!", "?")) for i in under):
            continue
        text = blocks[index].text
        if is_title_like(text) and not any(m.cue.weight >= LABEL_CUE_WEIGHT for m in evidence[index].features.cues):
            going[index] = False


#: A review's verdict: a short label and a score out of 5, 10 or 100 ("Ocena: 7/10", "Note : 4,5/5").
_SCORE = re.compile(r"(?<![\d/])\d{1,3}(?:[.,]\d)? ?/ ?(?:5|10|100)(?![\d/])")
SCORE_LINE_WORDS = 5


def is_score_line(text: str) -> bool:
    """A short line giving a score out of 5, 10 or 100: a review's verdict.

    >>> is_score_line("Ocena: 7/10"), is_score_line("Note : 4,5/5"), is_score_line("Seite 3/10 weiter"), is_score_line("24/7 Service")
    (True, True, True, False)
    """
    return len(text.split()) <= SCORE_LINE_WORDS and _SCORE.search(text) is not None


#: A fact line closing an article: a label of a few words, a colon, and a value with a figure in it
#: ("Aktenzeichen: 12 O 214/24", "Sędziował: Tomasz Krawczyk (Łódź). Widzów: 420.").
_FACT_LABEL = re.compile(r"[^\W\d_][^\W\d_.-]{0,30}(?: [^\W\d_.-]{1,30}){0,2} ?: \S")  # bounded: linear in a search
FACT_LINE_WORDS = 25
#: A fact line with a cue this heavy ("Cookie-Einstellungen: 3 Anbieter") goes as its cue says.
FACT_CUE_WEIGHT = 1.5


def is_fact_line(text: str) -> bool:
    """A short line of a label, a colon and a value holding a figure, or a review's score.

    >>> is_fact_line("Aktenzeichen: 12 O 214/24"), is_fact_line("Widzów: 420."), is_fact_line("Lesen Sie auch: Datenleck")
    (True, True, False)
    """
    if len(text.split()) > FACT_LINE_WORDS:
        return False
    return is_score_line(text) or (_FACT_LABEL.match(text) is not None and any(c.isdigit() for c in text))


def facts_stay(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """Fact lines right after a line of the article's core that stays, or after one another, stay,
    in place: a review's verdict ("Ocena: 7/10"), a court case's number ("Aktenzeichen: 12 O
    214/24"), a match report's referee and crowd. One with a cue of `FACT_CUE_WEIGHT`, or a date's
    or a menu's cue of any weight (a pager's "Seite 3/10"), goes as its cue says."""
    for index in range(1, len(blocks)):
        before = index - 1
        if not going[index] or going[before] or not (blocks[index].is_body and blocks[before].is_body):
            continue  # a line that goes, right under one that stays
        if not is_fact_line(blocks[index].text):
            continue
        features = evidence[index].features
        if any(m.cue.weight >= FACT_CUE_WEIGHT for m in features.cues) or features.cue_score("metadata_line") or features.cue_score("navigation"):
            continue  # a cue's furniture, the page's date ("News date : 04/21/2022") or its pages ("Seite 3/10")
        if evidence[before].in_core or _FACT_LABEL.match(blocks[before].text):
            going[index] = False  # under the article's last line, or under another line of its facts


def openers_follow(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """A short line ending on a comma opens the block under it, a letter's salutation ("Dear
    readers,", "Liebe Leserinnen, liebe Leser,"), and one inside the core ending on a colon leads
    into it (a how-to's steps): it stays when that block stays (an editor's letter, the article's
    list), in place; over a block that goes (a donation letter's), it keeps its own decision.
    (After the article, "Sharen mit:" or "Weitere Informationen:" over a kept line is furniture.)"""
    for index in range(len(blocks) - 1):
        text = blocks[index].text.rstrip()
        words = len(text.split())
        lead_in = text.endswith(":") and words <= LEAD_IN_WORDS and evidence[index].in_core
        opens = (text.endswith(",") and words <= SALUTATION_WORDS) or lead_in
        if going[index] and blocks[index].is_body and opens:
            following = blocks[index + 1]
            if following.is_body and not going[index + 1]:
                going[index] = False


#: Categories whose cues label a line's kind even in an article on their subject: a photo's credit
#: ("Foto Davide Lanzoni") in an article on photographers is still a credit.
_LABEL_CATEGORIES = frozenset({"credit"})


def core_topics(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> set[str]:
    """The cue categories the article is about: each that `TOPIC_PARAGRAPHS` of the core's prose
    paragraphs that stay name (an article on cookies names them paragraph after paragraph)."""
    staying = (
        {m.cue.category for m in found.features.cues}
        for block, found, goes in zip(blocks, evidence, going)
        if found.in_core and found.prose and not goes and block.is_body
    )
    return topic_categories(staying) - _LABEL_CATEGORIES


def on_the_topic(found: BlockEvidence, topics: set[str]) -> bool:
    """Whether a block has cues, all of ``topics``' categories, none a phrase of `KIND_CUE_WEIGHT`
    (one word inside the line names the subject, whatever its weight: "QR-kod" in an article on
    fake QR codes; opening the line it is a label: "Foto Davide Lanzoni")."""
    cues = found.features.cues
    return bool(cues) and all(
        m.cue.category in topics and (m.cue.weight < KIND_CUE_WEIGHT or (" " not in m.cue.phrase and m.start > 0)) for m in cues
    )


def topic_sentences_stay(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """Sentences inside the core whose cues are all of the article's own topic, none of them a
    phrase of `KIND_CUE_WEIGHT`, beside another such sentence or beside a sentence of the article
    that speaks to the reader, are the article's advice, and stay: the tips closing an article on
    cookies ("Set your browser to block third-party cookies.", "Delete stored cookies regularly
    from the privacy settings.") are no consent prompt, nor is the subheading over such a list
    ("Six checks before you donate" over a checklist in an article on fake charity pages), nor a
    subheading on the topic over a paragraph that stays ("What changes for print subscribers" in
    an article on a paywall). A lone prompt among the paragraphs ("Get our weekly dispatch every
    Friday.") still goes.

    The topic is each cue category that `TOPIC_PARAGRAPHS` of the core's prose paragraphs that
    stay name; a sentence is a line closing on its punctuation."""
    topics = core_topics(blocks, evidence, going)
    if not topics:
        return

    def on_topic(index: int) -> bool:  # a sentence, or a subheading, on the topic
        found = evidence[index]
        if not going[index] or not blocks[index].is_body or not found.in_core:
            return False
        return (found.features.values["terminal"] > 0 or is_title_like(blocks[index].text)) and on_the_topic(found, topics)

    def advice(index: int) -> bool:  # a sentence of the article speaking to the reader that stays
        found = evidence[index]
        return blocks[index].is_body and not going[index] and found.in_core and found.features.values.get("reader", 0.0) > 0

    def heads_prose(index: int) -> bool:  # a subheading over a paragraph of the article that stays
        below = index + 1
        return (
            not evidence[index].features.values["terminal"]
            and below < len(blocks)
            and blocks[below].is_body
            and not going[below]
            and evidence[below].in_core
            and evidence[below].prose
        )

    candidates = [i for i in range(len(blocks)) if on_topic(i)]
    listed = set(candidates)
    for index in candidates:
        if heads_prose(index) or any(j in listed or (0 <= j < len(blocks) and advice(j)) for j in (index - 1, index + 1)):
            going[index] = False


#: Words of a sentence that takes its neighbours' class inside the core (a list's line).
LISTED_SENTENCE_WORDS = 20


def listed_sentences_stay(blocks: list[Block], evidence: list[BlockEvidence], going: list[bool]) -> None:
    """A short sentence inside the core between two lines of the article that stay, the one under
    it a sentence too (the one over it may be the list's heading), stays with them unless a cue of
    `KIND_CUE_WEIGHT` names its kind: a review's cons ("Lo peor" over "Fotografía nocturna por
    debajo de la competencia." and "Solo tres años de actualizaciones."), a list of what changes
    ("Comment boxes will be removed from all news, sport and opinion articles."). Short blocks take
    their neighbours' class, as in jusText's second pass; a call to action is left to its own
    evidence."""
    stays = [b.is_body and not g for b, g in zip(blocks, going)]
    for index in range(1, len(blocks) - 1):
        found = evidence[index]
        if not going[index] or not blocks[index].is_body or not found.in_core:
            continue
        features = found.features
        if not features.values["terminal"] or features.words > LISTED_SENTENCE_WORDS or is_call_to_action(features.values):
            continue
        if any(m.cue.weight >= KIND_CUE_WEIGHT for m in features.cues):
            continue
        below = evidence[index + 1]
        if stays[index - 1] and stays[index + 1] and below.in_core and below.features.values["terminal"]:
            going[index] = False
