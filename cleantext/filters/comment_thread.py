"""Readers' comments under the comments heading: lines that open with the commenter's name.

"Gerrit_D: Mijn schoonmoeder is er ook ingetrapt ...", "Jirka_Brno – 24. 5.
2024 14:12: Jeli jsme ...", "Lourdes dice: 13 noviembre, 2023 a las 9:14 —
Las hice ayer ...": once a page's comments heading has gone ("Reacties (14)",
"47 comentarios en «...»", "Komentarze (6)"), the lines after it that open
with a name or a handle, perhaps a date or time, and a colon, are readers'
comments in any language. So is a line naming the commenter and when, alone
("jkress_44 · 2 hours ago") or the name alone over when they wrote ("Sue
Whitcombe" over "2 hours ago"), with the comment's text on the lines under it, and
the thread's buttons between comments ("Reply · 8 likes", "Répondre"; more than `MAX_BUTTONS`
short lines in a row are the footer's links, past the thread, but for one with a comments cue), a handle alone
("Hubert_S.", "mike1987") over the comment's text, and a name and a colon
over when they wrote ("Hannah says: April 17, 2024 at 9:03 am"), the text under it. They go
as ``comments`` (relabelled so when an earlier step took one for a date, a
byline or navigation: "Jim_B · 2 hours ago: ..."). A tag line ("Tagi:
fotografia, ...") is no comment.

A heading removed under another label ("Comentarios" taken for a related
heading) is relabelled. The heading must stand after the article: at least `MIN_ARTICLE_PARAGRAPHS`
paragraphs of prose (`PARAGRAPH_WORDS` words or more) before it. The run of
comments ends at the first line that is neither a comment nor removed; a
paragraph of prose that is no comment before any comment means the heading
was not the thread's, and nothing goes.

Must not remove: the article's own lines shaped "Name: words" (an interview's
questions and answers, "Tip: ..."): only lines after a comments heading that
follows the article are read.
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..evidence.cues import category_weights
from ..pipeline import register_filter
from .line_shapes import is_weather_line
from .metadata_line import is_dateline, is_taxonomy_line
from .related import is_comments_heading

#: Paragraphs of prose (of at least `PARAGRAPH_WORDS` words) the heading must follow.
MIN_ARTICLE_PARAGRAPHS = 3
PARAGRAPH_WORDS = 25
#: Labels an earlier step may give a comment (its time, its name); a comment-shaped line removed
#: under one of them is relabelled. A related headline or a tag line keeps its label.
MISTAKEN_LABELS = frozenset({"date", "byline", "navigation", "outside_main_content"})
#: Labels a commenter's name or handle alone may have been given, the thread's own among them.
_NAME_LABELS = MISTAKEN_LABELS | {"comments"}
#: Words a comment has after its opening.
MIN_COMMENT_WORDS = 3
#: A commenter's opening: a name or handle of one to four words ("Maria do Carmo S.") (no colon or separator in
#: them), perhaps a separator and a date or time ("– 24. 5. 2024 14:12", "· 2 hours ago"),
#: then a colon and a space. Every part is bounded, and each repeated group starts with a
#: space, so a match is tried in bounded time at the line's start only.
_NAME = r"[^\s:·•|–—]{2,40}(?: [^\s:·•|–—]{1,30}){0,3}"
_OPENING = re.compile(rf"{_NAME}(?: [·•|–—-] [^\n·•|–—]{{1,40}}?)?:\s")


#: A commenter's line of its own, the comment's text on the lines under it: a name or handle,
#: a separator and a date or time with a figure ("jkress_44 · 2 hours ago", "Mireille D. —
#: 5 novembre 2024 à 18 h 42"), or the date after the name and a word or two ("jurek 12.04.2026, 08:14",
#: "Sabine K. schrieb am 12.03.2025 um 20:15:"), nothing else. Bounded parts, as `_OPENING`.
_HEADER = re.compile(rf"{_NAME}(?: [·•|–—-] ([^\n·•|–—]{{1,40}})|(?: [^\W\d_]{{1,12}}){{0,2}} (\d[^\n·•|–—]{{0,40}}))")
#: Lines of a comment's text under its header line, and words in each at most.
MAX_COMMENT_LINES = 3
MAX_COMMENT_WORDS = 150
#: A removed line of this many words at most between comments is the thread's own ("Reply · 8 likes"),
#: up to this many in a row (more are the footer's menu after the thread).
MAX_ACTION_WORDS = 5
MAX_BUTTONS = 3


def is_comment_header(text: str) -> bool:
    """A line naming a commenter and when they wrote, the comment under it.

    >>> is_comment_header("jkress_44 · 2 hours ago"), is_comment_header("Mireille D. — 5 novembre 2024 à 18 h 42")
    (True, True)
    >>> is_comment_header("jurek_z_wielkopolski 12.04.2026, 08:14"), is_comment_header("Jana K. | 23. 4. 2026 15:02")
    (True, True)
    >>> is_comment_header("Sabine K. schrieb am 12.03.2025 um 20:15:")
    True
    >>> is_comment_header("Sport · Kultur"), is_comment_header("Reply · 8 likes · Report")
    (False, False)
    """
    match = _HEADER.fullmatch(text.strip())
    if match is None or is_weather_line(text):
        return False  # "Počasie Žilina 12 °C, polooblačno": a place and a temperature
    return any(c.isdigit() for c in match.group(1) or match.group(2))


#: Words of a commenter's name standing on its own line, over the line of when they wrote.
MAX_NAME_WORDS = 3


#: Words of a line saying how long ago a comment was written ("2 hours ago", "vor 3 Stunden").
MAX_AGO_WORDS = 4


def _is_when(text: str) -> bool:
    """A date line, or a short line with a figure and no sentence: how long ago ("2 hours ago")."""
    if is_dateline(text):
        return True
    return len(text.split()) <= MAX_AGO_WORDS and any(c.isdigit() for c in text) and not text.rstrip().endswith((".", "!", "?", ":"))


def is_name_over_time(text: str, below: str) -> bool:
    """A commenter's name or handle on its own line ("Sue Whitcombe", "evaK"), with the date or time
    they wrote on the line under it ("9 January 2026 at 9:02am", "18. 6. 2025 12:17", "2 hours ago").

    >>> is_name_over_time("evaK", "18. 6. 2025 12:17"), is_name_over_time("Sue Whitcombe", "9 January 2026 at 9:02am")
    (True, True)
    >>> is_name_over_time("DaleFromCarnby", "2 hours ago"), is_name_over_time("Ana P.", "5 nov. 2024, 14:05")
    (True, True)
    >>> is_name_over_time("Most read", "Police appeal after lorry sheds load"), is_name_over_time("It rained.", "18. 6. 2025")
    (False, False)
    """
    words = text.split()
    initial = len(words) > 1 and len(words[-1]) == 2 and words[-1][0].isupper() and words[-1][1] == "."  # "Ana P."
    closes = text.rstrip().endswith((".", "!", "?", ":")) and not initial  # a sentence, not a name
    if not 1 <= len(words) <= MAX_NAME_WORDS or closes or any(c.isdigit() for c in text):
        return False
    return any(c.isdigit() for c in below) and _is_when(below)


#: A commenter's handle alone on its line, the comment on the lines under it: one word, letters
#: joined by an underscore or beside figures ("Hubert_S.", "jkress_44", "mike1987").
MAX_HANDLE_CHARS = 30


def is_handle(text: str) -> bool:
    """A commenter's handle on its own line: one word with an underscore or a figure among letters.

    >>> is_handle("Hubert_S."), is_handle("mike1987"), is_handle("Hubert"), is_handle("2024"), is_handle("Top 10")
    (True, True, False, False, False)
    """
    text = text.strip()
    if not 2 < len(text) <= MAX_HANDLE_CHARS or not all(c.isalnum() or c in "_.-" for c in text):
        return False
    return any(c.isalpha() for c in text) and ("_" in text or any(c.isdigit() for c in text))


def is_comment_line(text: str) -> bool:
    """A line opening with a commenter's name (and perhaps a date) and a colon, words after it, or
    with the commenter and when (`is_comment_header`), a dash and the comment.

    >>> is_comment_line("Jirka_Brno – 24. 5. 2024 14:12: Jeli jsme minulý týden, fouká.")
    True
    >>> is_comment_line("Lourdes dice: 13 noviembre, 2023 a las 9:14 — Las hice ayer.")
    True
    >>> is_comment_line("Sign in to comment"), is_comment_line("Reply")
    (False, False)
    >>> is_comment_line("Pirjo K. 12.10.2024 klo 19.22 – Kiitos vinkeistä! Itse olen säilyttänyt turpeessa.")
    True
    """
    match = _OPENING.match(text)
    if match is not None:
        return len(text[match.end() :].split()) >= MIN_COMMENT_WORDS
    for dash in (" – ", " — "):  # the commenter and when, a dash, the comment ("Pirjo K. 12.10.2024 klo 19.22 – Kiitos ...")
        header, found, _ = text[:COMMENT_HEADER_CHARS].partition(dash)
        if found and is_comment_header(header) and len(text[len(header) + len(dash) :].split()) >= MIN_COMMENT_WORDS:
            return True
    return False


#: Characters read for a commenter's header before the dash that opens the comment.
COMMENT_HEADER_CHARS = 80


def _dated_opening(text: str) -> bool:
    """A commenter's opening whose words after the colon are only when they wrote: the comment's
    text is on the lines under it ("Hannah says: April 17, 2024 at 9:03 am").

    >>> _dated_opening("Hannah says: April 17, 2024 at 9:03 am"), _dated_opening("Gerrit_D: Mijn schoonmoeder is er ook ingetrapt")
    (True, False)
    """
    match = _OPENING.match(text)
    return match is not None and is_dateline(text[match.end() :])


def _heading_after_article(blocks: list[Block]) -> int | None:
    """The index of the first removed ``comments`` block after `MIN_ARTICLE_PARAGRAPHS` paragraphs,
    or of a comments heading removed under another label ("Comentarios", "Diskuse (23 příspěvků)")."""
    paragraphs = 0
    for index, block in enumerate(blocks):
        if block.is_body and len(block.text.split()) >= PARAGRAPH_WORDS:
            paragraphs += 1
        elif not block.is_body and paragraphs >= MIN_ARTICLE_PARAGRAPHS and (block.label == "comments" or is_comments_heading(block.text)):
            return index
    return None


@register_filter("comment_thread")
def comment_thread(doc: Document) -> None:
    blocks = doc.all_blocks
    heading = _heading_after_article(blocks)
    if heading is None:
        return
    if blocks[heading].label != "comments":
        doc.drop(blocks[heading], "comments", "the comments heading after the article: comments cues, perhaps with their count")
    comments: list[tuple[Block, str]] = []
    buttons: list[Block] = []  # short removed lines after a comment: the thread's, unless more than MAX_BUTTONS
    text_lines = 0  # lines of a comment's text still to come under its header line
    thread = blocks[heading + 1 :]
    for index, block in enumerate(thread):
        below = thread[index + 1].text if index + 1 < len(thread) else ""
        if (block.is_body or block.label in _NAME_LABELS) and is_handle(block.text) and below:
            _with_buttons(comments, buttons)
            comments.append((block, "a commenter's handle under the comments heading, the comment under it"))
            text_lines = MAX_COMMENT_LINES
            continue
        if (block.is_body or block.label in _NAME_LABELS) and is_name_over_time(block.text, below):
            _with_buttons(comments, buttons)
            comments.append((block, "a commenter's name under the comments heading, over when they wrote"))
            text_lines = 0
            continue
        if comments and comments[-1][0] is thread[index - 1] and is_name_over_time(thread[index - 1].text, block.text):
            _with_buttons(comments, buttons)
            comments.append((block, "when a commenter wrote, under their name"))
            text_lines = MAX_COMMENT_LINES
            continue
        if (block.is_body or block.label in MISTAKEN_LABELS) and not is_taxonomy_line(block.text):
            # removed already as a date or a byline ("Jim_B · 2 hours ago: ..."), it is relabelled
            if is_comment_line(block.text):
                if _dated_opening(block.text):  # "Hannah says: April 17, 2024 at 9:03 am", the text under it
                    _with_buttons(comments, buttons)
                    comments.append((block, "a commenter's name and time under the comments heading"))
                    text_lines = MAX_COMMENT_LINES
                else:
                    _with_buttons(comments, buttons)
                    comments.append((block, "a reader's comment under the comments heading: it opens with a name and a colon"))
                    text_lines = 0
                continue
            if is_comment_header(block.text):
                _with_buttons(comments, buttons)
                comments.append((block, "a commenter's name and time under the comments heading"))
                text_lines = MAX_COMMENT_LINES
                continue
        if block.is_body and text_lines and len(block.text.split()) <= MAX_COMMENT_WORDS:
            _with_buttons(comments, buttons)
            comments.append((block, "a reader's comment under the comments heading, under its commenter's name and time"))
            text_lines -= 1
            continue
        if not block.is_body:
            if block.label == "comments" or not comments:
                continue  # the thread's own prompts ("Add a comment"), or furniture before it
            if block.label in MISTAKEN_LABELS and len(block.text.split()) <= MAX_ACTION_WORDS:
                if len(buttons) == MAX_BUTTONS:
                    # a run of short lines: the footer's menu after the thread; a button with a comments cue ("Reply") is still its
                    buttons[:] = [b for b in buttons if category_weights(b.text).get("comments")]
                    break
                buttons.append(block)  # "Reply · 8 likes": the thread's
                text_lines = 0
                continue
            break  # the page goes on past the thread ("Most read")
        if not comments and len(block.text.split()) >= PARAGRAPH_WORDS:
            return  # prose that is no comment right under the heading: not the thread's heading
        break
    _with_buttons(comments, buttons)
    for block, reason in comments:
        doc.drop(block, "comments", reason)


def _with_buttons(comments: list[tuple[Block, str]], buttons: list[Block]) -> None:
    """The buttons seen since the last comment are the thread's (`MAX_BUTTONS` in a row at most)."""
    comments.extend((button, "a button of the comments thread between comments") for button in buttons)
    buttons.clear()
