"""A pipeline step that puts blocks of chosen labels back into the body.

``default_pipeline().add(KeepLabels({"caption", "credit"}), "keep")`` keeps photo
captions and credits as body text. Blocks in ``doc.all_blocks`` are relabelled
in place. Blocks removed from the page markup before extraction
(``doc.markup_removed``) have no known position among the body blocks: they are
appended after the body, and a warning says so.

>>> from cleantext import clean, default_pipeline
>>> text = "Headline\\n\\nThe body of the story.\\n\\nAdvertisement"
>>> clean(text, pipeline=default_pipeline().add(KeepLabels({"advertisement"}), "keep")).text
'The body of the story.\\n\\nAdvertisement'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .document import BODY, Block, Document


@dataclass(frozen=True)
class KeepLabels:
    """Step: relabel blocks whose label is in ``labels`` as body (picklable)."""

    labels: frozenset[str]

    def __init__(self, labels: Iterable[str]) -> None:
        object.__setattr__(self, "labels", frozenset(labels))

    def __call__(self, doc: Document) -> None:
        for block in doc.all_blocks:
            if block.label in self.labels:
                _restore(block)
        moved = [b for b in doc.markup_removed if b.label in self.labels]
        if moved:
            doc.markup_removed = [b for b in doc.markup_removed if b.label not in self.labels]
            for block in moved:
                _restore(block)
            doc.all_blocks.extend(moved)
            doc.warnings.append(
                f"kept {len(moved)} block(s) removed from the page markup ({', '.join(sorted({b.label for b in moved}))}); "
                "their position is unknown, so they follow the body"
            )


def _restore(block: Block) -> None:
    block.label, block.removed_by, block.reason = BODY, None, None
