"""A tag list set out one tag a line, under its heading: labelled ``tags``.

"Tags" / "Newspapers" / "Local journalism", "Etiquetas" / "Sequía" /
"Agricultura", "Emner" / "Havnebad": a line that is only a taxonomy label
(the ``taxonomy_labels`` of the ``metadata_line`` phrase data, without the colon
a tag line has) after the article's first paragraph, and the short lines under
it that carry no cue of what follows such a list (a share bar, a related-content
heading, the comments) nor another furniture's phrase. The step runs after the
evidence steps have taken such lines out as navigation or related links, and
only names them: it removes nothing, so the article's text cannot lose a line
to it.
"""

from __future__ import annotations

from ..document import Document
from ..evidence.cues import category_weights
from ..patterns import category, normalize_for_match
from ..pipeline import register_filter
from .base import first_paragraph

#: Labels a tag may have been given by the steps before (as page furniture).
RELABELLED = frozenset({"navigation", "related", "outside_main_content"})
#: Labels of a tags heading this step names (`tags` when a step before named it already).
_HEADING_LABELS = RELABELLED | {"tags"}
#: Words of a tag at most, and tags read under one heading at most.
MAX_TAG_WORDS = 4
MAX_TAGS = 20


def is_tags_heading(text: str) -> bool:
    """A line that is only a taxonomy label ("Tags", "Etiquetas", "Emner"), maybe with a colon.

    >>> is_tags_heading("Etiquetas"), is_tags_heading("Tags:"), is_tags_heading("Tags: budget, roads")
    (True, True, False)
    """
    if len(text) > 40:
        return False
    labels = category("metadata_line").fields.get("taxonomy_labels")
    return labels is not None and labels.fullmatch(normalize_for_match(text).rstrip(" :")) is not None


#: Cue categories of what follows a tag list (a share bar, a related-content heading, the comments):
#: a line with such a cue weighing `AFTER_TAGS_WEIGHT` ends the list.
AFTER_TAGS = frozenset({"share", "related", "comments"})
AFTER_TAGS_WEIGHT = 1.5
#: Other cues this heavy make a line no tag: a phrase ("Subscribe to our newsletter"), not a
#: topic's name. A lighter one is the topic itself ("QR menü", "Newsletter", "Cookies").
PHRASE_WEIGHT = 3.0


def _is_tag(text: str) -> bool:
    """A short line, no sentence, with no cue of what follows a tag list, nor a heavy phrase of
    other furniture (a topic's name, "QR menü", not "Te puede interesar").

    >>> _is_tag("Ticaret Bakanlığı"), _is_tag("QR menü"), _is_tag("Te puede interesar"), _is_tag("Teilen")
    (True, True, False, False)
    """
    if len(text.split()) > MAX_TAG_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return not any(
        weight >= (AFTER_TAGS_WEIGHT if category in AFTER_TAGS else PHRASE_WEIGHT)
        for category, weight in category_weights(text).items()
        if category != "navigation"
    )


@register_filter("tag_list")
def tag_list(doc: Document) -> None:
    blocks = doc.all_blocks
    article = first_paragraph(blocks)  # a heading over the article is a menu's ("Topics" / "Audience" ...)
    for index in range(article + 1, len(blocks)):
        block = blocks[index]
        if block.is_body or block.label not in _HEADING_LABELS or not is_tags_heading(block.text):
            continue
        tags = []
        for item in blocks[index + 1 : index + 1 + MAX_TAGS]:
            if item.is_body or item.label not in RELABELLED or not _is_tag(item.text):
                break
            tags.append(item)
        if not tags:
            continue
        doc.drop(block, "tags", "the heading of the article's tags, one a line under it")
        for item in tags:
            doc.drop(item, "tags", f"one of {len(tags)} short lines under the tags heading")
