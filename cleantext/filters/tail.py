"""The tail after a paywall or appeal that ends the article (a neighbour pass).

Runs after the phrase filters. When a paywall prompt or appeal letter is
followed mostly by boilerplate, the article ended there: the few remaining body
blocks among that boilerplate ("Real news can be honest ...", a promo line)
are dropped as tail, labelled like the marker that ended the article.

Must not remove: body that continues after a banner inserted mid-article. The
tail is only taken when the boilerplate after the marker outweighs the body
left there, and then only blocks that are not headings.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register_filter

#: Labels of blocks that can end an article.
ENDING_LABELS = frozenset({"paywall", "donation"})
#: Boilerplate weighed against the body after such a block (not related lists, ads, ...,
#: which follow many articles whose last paragraphs come after a mid-article banner).
TAIL_LABELS = ENDING_LABELS | {"app_prompt", "qr_code"}
#: Body characters allowed after the marker, as a share of boilerplate characters.
MAX_BODY_SHARE = 0.5
#: A promo squeezed between two ending markers at the very end: at most this much.
MAX_SANDWICH_BLOCKS = 2
MAX_SANDWICH_CHARS = 400


def _drop_sandwiched_end(doc: Document) -> None:
    """Drop the last few body blocks when markers of one kind stand both before and after them.

    Both sides must carry the same label (paywall lines around a sales pitch):
    a last paragraph between a paywall banner and an appeal letter is body.
    """
    blocks = doc.all_blocks
    body = [i for i, b in enumerate(blocks) if b.is_body]
    after_labels = {b.label for b in blocks[body[-1] + 1 :]} & ENDING_LABELS if body else set()
    if not after_labels:
        return
    run = []
    for i in reversed(body):
        before = blocks[i - 1] if i else None
        run.append(i)
        if len(run) > MAX_SANDWICH_BLOCKS or sum(len(blocks[j].text) for j in run) > MAX_SANDWICH_CHARS:
            return
        if before is not None and before.label in ENDING_LABELS:
            if before.label not in after_labels:
                return
            for j in run:
                if blocks[j].kind != "heading":
                    doc.drop(blocks[j], before.label, f"between {before.label} blocks at the end of the article")
            return


@register_filter("tail")
def tail(doc: Document) -> None:
    _drop_sandwiched_end(doc)
    blocks = doc.all_blocks
    # Body and boilerplate characters after each index, summed once (linear
    # time: thousands of paywall lines between paragraphs were quadratic).
    body_after = [0] * (len(blocks) + 1)
    junk_after = [0] * (len(blocks) + 1)
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        body_after[k] = body_after[k + 1] + (len(block.text) if block.is_body else 0)
        junk_after[k] = junk_after[k + 1] + (len(block.text) if block.label in TAIL_LABELS else 0)
    for i, marker in enumerate(blocks):
        if marker.label not in ENDING_LABELS:
            continue
        body_chars = body_after[i + 1]
        junk_chars = len(marker.text) + junk_after[i + 1]
        if body_chars and body_chars <= MAX_BODY_SHARE * junk_chars:
            after = blocks[i + 1 :]
            for block in after:
                if block.is_body and block.kind != "heading":
                    doc.drop(block, marker.label, f"after the {marker.label} block that ends the article")
            return
