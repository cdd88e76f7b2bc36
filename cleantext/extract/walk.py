"""One walk over the parsed page into candidate blocks, each with its markup evidence.

A block is the text between two block-level boundaries (``<p>``, ``<li>``,
``<h2>``, ``<div>``, ``<td>``, ...), as boilerpipe cuts a page: inline
markup (``<a>``, ``<b>``, ``<span>``) stays inside the block, and the text of
links is counted apart. Each block keeps the chain of its block-level
ancestors as indices into `Walk.containers`, so container scores
(`cleantext.extract.containers`) need no second walk and no copy of the
tree.

The walk is linear in the page's elements: each element is entered and left
once, and the per-container sums are updated only at a block's end (the
ancestor chain is shared, not copied, between the blocks of a container).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources

from lxml import etree

from ..document import normalize_space
from ..evidence.cues import CueMatch
from ..ingest.html import MAX_TEXT_CHARS
from ..markup.vocabulary import tokens_of

#: Tags that end one block and start another.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul caption legend noscript option select textarea button iframe".split()
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Tags of page chrome: a block inside one carries the flag.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "dialog", "button", "select", "option"})
#: Tags of form controls: text beside them is a widget's (sign-up boxes, search, consent).
CONTROL_TAGS = frozenset({"input", "button", "select", "textarea"})
#: Tags of the article's own container.
ARTICLE_TAGS = frozenset({"article", "main"})
#: Most characters of text read per page: a block past it is not cut. Ingest already keeps
#: at most this much text in the tree, so a page it let through is read whole.
MAX_PAGE_CHARS = MAX_TEXT_CHARS


@functools.lru_cache(maxsize=None)
def _container_words() -> tuple[frozenset[str], frozenset[str]]:
    text = (resources.files(__package__) / "data" / "containers.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return frozenset(data["content"]), frozenset(data["furniture"])


@functools.lru_cache(maxsize=8192)
def class_weight(value: str) -> int:
    """+1 when a class/id value names content, -1 when it names furniture, else 0.

    >>> class_weight("article-body"), class_weight("sidebar widget"), class_weight("wrapper")
    (1, -1, 0)
    """
    content, furniture = _container_words()
    words = set(tokens_of(value))
    score = 0
    if not words.isdisjoint(furniture):
        score -= 1
    if not words.isdisjoint(content):
        score += 1
    return score


@dataclass
class Container:
    """A block-level element: its tag, markup weight and parent, with text sums filled by the walk."""

    tag: str
    parent: int  # index in Walk.containers, -1 for the root
    depth: int
    weight: int  # class/id evidence: +1 content, -1 furniture (see class_weight)
    chrome: bool  # this element or an ancestor is page chrome (nav, footer, ...)
    article: bool  # this element or an ancestor is <article>/<main> or a content class
    furniture: bool  # this element or an ancestor has a furniture class/id
    chars: int = 0
    link_chars: int = 0
    blocks: int = 0
    controls: int = 0  # form controls (input, button, select, textarea) directly inside
    score: float = 0.0


@dataclass
class CandidateBlock:
    """One block of text with the evidence of where it sits."""

    text: str
    tag: str  # the innermost block-level element's tag
    container: int  # index of that element in Walk.containers
    link_chars: int
    position: int  # order on the page
    headings: int = 0  # heading level 1-6, 0 when not a heading
    features: dict[str, float] = field(default_factory=dict)
    #: The cues found in the block's text (filled with its features).
    cues: list[CueMatch] = field(default_factory=list)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Walk:
    """What the walk found: the blocks in page order and the block-level elements above them."""

    blocks: list[CandidateBlock]
    containers: list[Container]
    truncated: bool = False


def _weight_of(element: etree._Element) -> int:
    value = " ".join(v for v in (element.get("class"), element.get("id")) if v)
    return class_weight(value) if value else 0


def walk(root: etree._Element) -> Walk:
    """Cut ``root`` into candidate blocks in one pass over its elements."""
    containers: list[Container] = [Container("#root", -1, 0, 0, False, False, False)]
    blocks: list[CandidateBlock] = []
    parts: list[str] = []
    link_parts: list[str] = []
    stack = [0]  # open block-level containers
    anchor_depth = 0
    total = 0
    truncated = False

    def flush() -> None:
        nonlocal total, truncated
        if not parts:
            return
        text = normalize_space("".join(parts))
        parts.clear()
        links = len(normalize_space("".join(link_parts))) if link_parts else 0
        link_parts.clear()
        if not text or truncated:
            return
        total += len(text)
        if total > MAX_PAGE_CHARS:
            truncated = True
            return
        index = stack[-1]
        owner = containers[index]
        blocks.append(CandidateBlock(text, owner.tag, index, min(links, len(text)), len(blocks), HEADINGS.get(owner.tag, 0)))
        size = len(text)
        while index >= 0:
            c = containers[index]
            c.chars += size
            c.link_chars += links
            c.blocks += 1
            index = c.parent

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions: only their tail is text
            tail = element.tail if event == "end" else None
            if tail:
                parts.append(tail)
                if anchor_depth:
                    link_parts.append(tail)
            continue
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
                parent = containers[stack[-1]]
                weight = _weight_of(element)
                containers.append(
                    Container(
                        tag,
                        stack[-1],
                        parent.depth + 1,
                        weight,
                        parent.chrome or tag in CHROME_TAGS,
                        parent.article or tag in ARTICLE_TAGS or weight > 0,
                        parent.furniture or weight < 0,
                    )
                )
                stack.append(len(containers) - 1)
            elif tag == "a":
                anchor_depth += 1
            elif tag == "br":
                parts.append("\n")
            if tag in CONTROL_TAGS:
                containers[stack[-2] if tag in BLOCK_TAGS and len(stack) > 1 else stack[-1]].controls += 1
            text = element.text
            if text:
                parts.append(text)
                if anchor_depth:
                    link_parts.append(text)
        else:
            if tag in BLOCK_TAGS:
                flush()
                if len(stack) > 1:
                    stack.pop()
            elif tag == "a" and anchor_depth:
                anchor_depth -= 1
            tail = element.tail
            if tail and element is not root:
                parts.append(tail)
                if anchor_depth:
                    link_parts.append(tail)
    flush()
    return Walk(blocks, containers, truncated)
