"""Container scores: which element holds the article (Readability.js's ``_grabArticle``).

Each block of prose (25 characters or more) scores one point, one per comma,
and one per 100 characters up to three. The score goes to the block's
parent container in full, half to the grandparent and a third of the level
to the ones above, up to five levels. A container starts from its tag (a
``<div>`` +5, a list or form -3, a heading -5) and its class/id words (+25
for content, -25 for furniture), and ends multiplied by the share of its text
that is not links. The best-scoring container is the article's, and its
siblings that score at least a fifth of it (and 10) join it, as in
Readability.
"""

from __future__ import annotations

from dataclasses import dataclass

from .walk import Walk

MIN_PARAGRAPH_CHARS = 25
MAX_LEVELS = 5
CLASS_WEIGHT = 25.0
_TAG_BASE = {
    "div": 5.0, "section": 2.0, "article": 5.0, "main": 5.0,
    "pre": 3.0, "td": 3.0, "blockquote": 3.0,
    "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0, "dt": -3.0, "li": -3.0, "form": -3.0,
    "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0, "h5": -5.0, "h6": -5.0, "th": -5.0,
}
SIBLING_SHARE = 0.2
MIN_SIBLING_SCORE = 10.0


@dataclass(frozen=True)
class ArticleContainer:
    """The winning container and the ones that join it (indices into ``Walk.containers``)."""

    top: int
    members: frozenset[int]
    score: float


def score_containers(page: Walk) -> ArticleContainer | None:
    """Score every container of ``page`` and pick the article's; ``None`` when no block is prose."""
    containers = page.containers
    scored: dict[int, float] = {}
    for block in page.blocks:
        size = len(block.text)
        if size < MIN_PARAGRAPH_CHARS or block.headings:
            continue
        points = 1.0 + block.text.count(",") + block.text.count("，") + min(size // 100, 3)
        index = containers[block.container].parent
        level = 0
        while index > 0 and level < MAX_LEVELS:
            if index not in scored:
                c = containers[index]
                scored[index] = _TAG_BASE.get(c.tag, 0.0) + CLASS_WEIGHT * c.weight
            scored[index] += points if level == 0 else points / 2 if level == 1 else points / (level * 3)
            index = containers[index].parent
            level += 1
    if not scored:
        return None
    final = {}
    for index, value in scored.items():
        c = containers[index]
        density = c.link_chars / c.chars if c.chars else 0.0
        final[index] = value * (1.0 - density)
        c.score = final[index]
    top = max(final, key=lambda i: (final[i], -i))
    best = final[top]
    threshold = max(MIN_SIBLING_SCORE, best * SIBLING_SHARE)
    parent = containers[top].parent
    members = {top}
    for index, value in final.items():
        if index != top and containers[index].parent == parent and value >= threshold:
            members.add(index)
    return ArticleContainer(top, frozenset(members), best)
