"""The main-content engine: classify every candidate block of the page, ask trafilatura only when unsure.

1. `walk` cuts the page into candidate blocks in one pass (no copy of the tree).
2. `score_containers` picks the article's container, as Readability does.
3. `add_features` gives each block its shallow, markup and position features.
4. Boosted decision trees (`BoostedTrees`, in ``data/engine.json``, learned by
   ``benchmarks/train_engine.py`` and reported out-of-fold) score each block.
5. A context pass scores each block again, with its first score and its
   neighbours' (`add_context_features`): jusText's revision, learned.
6. When the page is uncertain (little text kept, or much of it near the
   threshold), trafilatura's fast pass is run once and whether it kept each
   block becomes one more feature, weighed by a third model: the two
   extractors are combined per block, not per page.

Every block left out is returned with the evidence that weighed most against it.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable

from lxml import etree

from ..document import Block
from ..evidence.cues import LABEL_WEIGHT, label_category, weights_of
from .block_features import CONTEXT_FEATURES, add_context_features, add_features
from .containers import score_containers
from .trees import BoostedTrees
from .walk import CandidateBlock, Container, Walk, walk

#: Feature name -> how a removal's reason says it, when the value is above / below the average
#: (``{v}`` is the value, ``{n}`` the characters); ``None``: not said that way.
_EVIDENCE: dict[str, tuple[str | None, str | None]] = {
    "link_density": ("link density {v:.2f}", None),
    "all_link": ("all one link", None),
    "container_links": ("in a container of links (link density {v:.2f})", None),
    "chrome": ("inside page chrome (nav, header, footer, aside, form)", None),
    "furniture_class": ("inside a furniture class/id", None),
    "form_controls": ("beside form controls (a sign-up or search box)", None),
    "content_class": (None, "outside the article's class/id"),
    "in_top": (None, "outside the article container"),
    "in_members": (None, "outside the article container"),
    "ancestor_score": (None, "its container scores {v:.2f} of the article's"),
    "before_top": ("before the article", None),
    "after_top": ("after the article", None),
    "short": ("under 6 words", None),
    "long": (None, "under 30 words"),
    "log_chars": (None, "{n} characters"),
    "terminal": (None, "no closing punctuation"),
    "commas": (None, "few commas"),
    "stopwords": (None, "few common words ({v:.2f})"),
    "capitalised": ("mostly capitalised words", None),
    "digits": ("many digits", None),
    "trafilatura": (None, "trafilatura left it out too"),
    "page_position": ("at {v:.0%} of the page", "at {v:.0%} of the page"),
    "prev_link_density": ("after a link-dense block", None),
    "next_link_density": ("before a link-dense block", None),
    "prev_in_top": (None, "neighbours outside the article"),
    "next_in_top": (None, "neighbours outside the article"),
    "kind_heading": ("a heading", None),
    "kind_li": ("a list item", None),
    "kind_cell": ("a table cell", None),
    "kind_other": ("a bare container's text", None),
    "cue_chrome": ("words of page furniture", None),
    "cue_appeal": ("words of an appeal to the reader", None),
    "cue_meta": ("byline, date or credit words", None),
    "cue_density": ("mostly cue words", None),
    "before_h1": ("before the headline", None),
    "repeated": ("repeated elsewhere on the page", None),
    "prev_form_controls": ("after a form", None),
    "next_form_controls": ("before a form control", None),
}
#: Cue categories that are no label of their own: words addressing the reader, date cues.
_NOT_LABELS = ("reader", "metadata_line")
MAX_REASONS = 3
#: The revision (after jusText's second pass): a left-out block this short, scoring
#: at least `REVISE_FLOOR` (`REVISE_FLOOR_INSIDE` in the article's container), not a link
#: nor page chrome, is kept when it sits among kept blocks (kept ones within
#: `REVISE_REACH` blocks on both sides) or right after a kept sibling. The text
#: filters then judge it with the body around it: a salutation ("Dear readers,")
#: or a subheading that quotes a paywall stays in the article it belongs to. A short
#: line with donation cues inside the article's container is kept for the donation step.
REVISE_CHARS = 200
REVISE_FLOOR = 0.2
REVISE_FLOOR_INSIDE = 0.1
REVISE_REACH = 2


def evidence_against(model: BoostedTrees, values: dict[str, float]) -> list[str]:
    """The features that pushed hardest towards boilerplate, as words (at most `MAX_REASONS`)."""
    pushes = [
        (push, name)
        for name, push in model.contributions(values).items()
        if push < 0 and name in _EVIDENCE
    ]
    said: list[str] = []
    for _, name in sorted(pushes):
        value = values.get(name, 0.0)
        above, below = _EVIDENCE[name]
        phrase = above if value > model.means.get(name, 0.0) else below
        if phrase is None:
            continue
        text = phrase.format(v=value, n=int(math.expm1(value)) if name == "log_chars" else 0)
        if text not in said:
            said.append(text)
            if len(said) == MAX_REASONS:
                break
    return said


@dataclass(frozen=True)
class EngineModel:
    """The engine's models, the threshold and the gate that decides when to ask trafilatura.

    ``alone`` scores each block on its own evidence; ``in_context`` (when
    present) again with its neighbours' first scores; ``with_trafilatura``
    adds trafilatura's vote (and the context, when ``in_context`` is present).
    """

    alone: BoostedTrees
    with_trafilatura: BoostedTrees
    threshold: float
    #: Probabilities in [low, high) are unsure.
    unsure_low: float
    unsure_high: float
    #: Ask trafilatura when unsure blocks hold more than this share of the kept text ...
    unsure_share: float
    #: ... or when less than this many characters are kept.
    min_chars: int
    in_context: BoostedTrees | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EngineModel:
        gate = data["gate"]
        return cls(
            alone=BoostedTrees(**data["alone"]),
            with_trafilatura=BoostedTrees(**data["with_trafilatura"]),
            in_context=BoostedTrees(**data["in_context"]) if data.get("in_context") else None,
            threshold=float(data["threshold"]),
            unsure_low=float(gate["unsure_low"]),
            unsure_high=float(gate["unsure_high"]),
            unsure_share=float(gate["unsure_share"]),
            min_chars=int(gate["min_chars"]),
        )


_OVERRIDE: list[EngineModel | None] = []


@functools.lru_cache(maxsize=None)
def _shipped() -> EngineModel | None:
    path = resources.files(__package__) / "data" / "engine.json"
    if not path.is_file():
        return None
    return EngineModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def engine_model() -> EngineModel | None:
    """The model in use: an override (`using_engine`) or the shipped one; ``None`` when none is shipped."""
    return _OVERRIDE[-1] if _OVERRIDE else _shipped()


@contextmanager
def using_engine(model: EngineModel | None) -> Iterator[None]:
    """Extract with ``model`` inside the block (``None``: trafilatura alone); for training and tests."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


@dataclass
class Extraction:
    """What the engine decided: kept and left-out blocks in page order, and whether trafilatura was asked."""

    kept: list[Block]
    left_out: list[Block]
    asked_trafilatura: bool
    candidates: int
    #: The page's text ran past `walk.MAX_PAGE_CHARS`: the blocks after it were not read.
    truncated: bool = False


def revise(page: Walk, scores: list[float], threshold: float) -> list[bool]:
    """Which blocks to keep: those scoring ``threshold``, and the short, unsure ones among them."""
    first = [score >= threshold for score in scores]
    keep = list(first)
    blocks, containers = page.blocks, page.containers
    for i, (block, score) in enumerate(zip(blocks, scores)):
        features = block.features
        if first[i] or len(block.text) > REVISE_CHARS:
            continue
        inside = features.get("in_top")
        if inside and _cue_label(block) == "donation":
            # Inside the article, a letter's lines are left to the donation step: its
            # "Dear reader," opens the region that step removes whole, sign-off included.
            keep[i] = True
            continue
        if score < (REVISE_FLOOR_INSIDE if inside else REVISE_FLOOR):
            continue
        if features.get("all_link") or features.get("chrome"):
            continue
        before = any(first[max(i - REVISE_REACH, 0) : i])
        after = any(first[i + 1 : i + 1 + REVISE_REACH])
        sibling = i > 0 and first[i - 1] and _siblings(containers, blocks[i - 1].container, block.container)
        keep[i] = (before and after) or sibling
    return keep


def _siblings(containers: list[Container], one: int, other: int) -> bool:
    return one == other or containers[one].parent == containers[other].parent


_KIND_OF_TAG = {"li": "list_item", "dd": "list_item", "dt": "list_item", "blockquote": "quote", "pre": "code"}


def _cue_label(candidate: CandidateBlock) -> str | None:
    weights = weights_of([m for m in candidate.cues if m.cue.category not in _NOT_LABELS])
    return label_category(weights)


def label_of(candidate: CandidateBlock) -> tuple[str, str]:
    """A left-out block's label and the cues behind it: its strongest cue category
    (`cues.label_category`; date cues name a ``date``), else ``outside_main_content``."""
    category = _cue_label(candidate)
    if category is not None:
        found = [m.cue.phrase for m in candidate.cues if m.cue.category == category]
        words = ", ".join(f'"{phrase}"' for phrase in dict.fromkeys(found[:MAX_REASONS]))
        return category, f"{category.replace('_', ' ')} cues: {words}"
    if weights_of(candidate.cues).get("metadata_line", 0.0) >= LABEL_WEIGHT:
        return "date", "date cues"
    return "outside_main_content", ""


def _context_against(model: BoostedTrees, features: dict[str, float]) -> bool:
    """True when the neighbours' scores pushed the context pass towards boilerplate."""
    moved = model.contributions(features)
    return sum(moved.get(name, 0.0) for name in CONTEXT_FEATURES if name != "own_score") < 0


def _reason(model: EngineModel, used: BoostedTrees, features: dict[str, float], cues: str, score: float) -> str:
    """Its own evidence (the first pass's), then what the later passes added against it."""
    said = evidence_against(model.alone, features)
    if used is not model.alone:
        if "trafilatura" in used.names and not features.get("trafilatura"):
            said.append("trafilatura left it out too")
        if "own_score" in used.names and _context_against(used, features):
            said.append("among blocks left out")
    evidence = "; ".join(said) or "low content score"
    return f"not main content: {cues + '; ' if cues else ''}{evidence} (content score {score:.2f})"


def _block(candidate: CandidateBlock) -> Block:
    if candidate.headings:
        block = Block(candidate.text, kind="heading", level=candidate.headings)
    else:
        block = Block(candidate.text, kind=_KIND_OF_TAG.get(candidate.tag, "paragraph"))
    if candidate.features.get("all_link"):
        block.hints = frozenset({"link"})
    return block


def extract(
    root: etree._Element,
    model: EngineModel,
    ask_trafilatura: Callable[[], str | None],
    step: str = "main_content",
) -> Extraction:
    """Classify the blocks under ``root``; ``ask_trafilatura`` gives trafilatura's text when called."""
    page = walk(root)
    article = score_containers(page)
    add_features(page, article)
    blocks = page.blocks
    scores = [model.alone.probability(b.features) for b in blocks]
    used = model.alone
    if model.in_context is not None:
        add_context_features(blocks, scores)
        used = model.in_context
        scores = [used.probability(b.features) for b in blocks]
    kept_chars = sum(len(b.text) for b, p in zip(blocks, scores) if p >= model.threshold)
    unsure_chars = sum(len(b.text) for b, p in zip(blocks, scores) if model.unsure_low <= p < model.unsure_high)
    asked = kept_chars < model.min_chars or unsure_chars > model.unsure_share * max(kept_chars, 1)
    if asked:
        other = ask_trafilatura()
        if other is not None:
            for b in blocks:
                b.features["trafilatura"] = float(b.text in other)
            used = model.with_trafilatura
            scores = [used.probability(b.features) for b in blocks]
    keep = revise(page, scores, model.threshold)
    kept: list[Block] = []
    left_out: list[Block] = []
    for candidate, score, keeping in zip(blocks, scores, keep):
        if keeping:
            kept.append(_block(candidate))
            continue
        block = _block(candidate)
        block.label, cues = label_of(candidate)
        block.removed_by = step
        # Worded when first read: most left-out blocks' reasons never are, and wording one walks every tree.
        block.reason = functools.partial(_reason, model, used, candidate.features, cues, score)
        left_out.append(block)
    return Extraction(kept, left_out, asked, len(blocks), page.truncated)
