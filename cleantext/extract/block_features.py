"""The features of a candidate block: shape, links, markup and place relative to the article's container.

Shallow text features after boilerpipe (Kohlschütter et al. 2010): length,
link density, punctuation, and the same of the neighbours; markup evidence
from the walk (inside page chrome, a furniture or content class, the tag);
Readability's container choice (inside the winning container, its
siblings, or how close its best ancestor scored); the text evidence of the
plain-text path (the cue words of `cleantext.evidence.cues`, pooled in three
groups); the place against the page's headline; and whether the same text
stands elsewhere on the page (menus repeated in header and footer). All are
numbers the boosted trees weigh (`cleantext.extract.engine`); the context
pass adds the first pass's scores of each block and its neighbours
(`add_context_features`).
"""

from __future__ import annotations

from collections import Counter
import math
import re

from ..evidence.cues import find_cues, tokens, weights_of
from ..ingest.language import guess_language
from ..patterns import common_words, stopwords

from .containers import ArticleContainer
from .walk import CandidateBlock, Walk

_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")", "。", "！", "？")
_KIND_OF_TAG = {"p": "p", "li": "li", "td": "cell", "th": "cell", "dd": "li", "dt": "li", "pre": "pre", "blockquote": "quote"}
#: Every kind's feature at 0: a block's features name every kind, so the trees read them without a default.
_NO_KIND = {f"kind_{kind}": 0.0 for kind in {*_KIND_OF_TAG.values(), "heading", "other"}}
NEIGHBOUR_FEATURES = ("link_density", "short", "in_top", "form_controls")
_DIGIT = re.compile(r"\d")


def _chain(page: Walk, index: int) -> list[int]:
    chain = []
    containers = page.containers
    while index >= 0:
        chain.append(index)
        index = containers[index].parent
    return chain


#: Characters of the page's text, from the top, its language is guessed from (2,000 characters
#: of its longer blocks alone, tried for speed, lost 0.001 F1 out-of-fold).
LANGUAGE_SAMPLE_CHARS = 20000


def page_common_words(page: Walk) -> frozenset[str]:
    """The common words of the page's language (guessed from its text), or of every language
    with data when it is unknown: prose reads as prose in its own language's words."""
    sample: list[str] = []
    size = 0
    for block in page.blocks:
        sample.append(block.text)
        size += len(block.text) + 1
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    language = guess_language(" ".join(sample))
    return stopwords().get(language, frozenset()) if language else common_words()


def add_features(page: Walk, article: ArticleContainer | None) -> None:
    """Fill ``features`` of every block of ``page``."""
    blocks = page.blocks
    common = page_common_words(page)
    containers = page.containers
    count = len(blocks)
    top_score = article.score if article and article.score > 0 else 1.0
    first_in = last_in = -1
    memo: dict[int, tuple[float, float, float]] = {}
    for block in blocks:
        inside = members = 0.0
        best = 0.0
        cached = memo.get(block.container)
        if cached is None:
            chain = _chain(page, block.container)
            if article is not None:
                inside = float(article.top in chain)
                members = float(not article.members.isdisjoint(chain))
            best = max((containers[i].score for i in chain[1:4]), default=0.0) / top_score
            cached = memo[block.container] = (inside, members, best)
        inside, members, best = cached
        if inside:
            if first_in < 0:
                first_in = block.position
            last_in = block.position
        text = block.text
        size = len(text)
        words = text.count(" ") + 1
        owner = containers[block.container]
        kind = "heading" if block.headings else _KIND_OF_TAG.get(block.tag, "other")
        block.features = {
            **_NO_KIND,
            "log_chars": math.log1p(size),
            "short": float(words < 6),
            "long": float(words >= 30),
            "link_density": block.link_density,
            "all_link": float(block.link_chars >= size * 0.9),
            "terminal": float(text.endswith(_TERMINAL)),
            "commas": min(text.count(",") / words, 0.5) * 2.0,
            "digits": len(_DIGIT.findall(text, 0, 200)) / min(size, 200),
            "capitalised": _capitalised_share(text),
            "stopwords": _stopword_share(text, common),
            "chrome": float(owner.chrome),
            "furniture_class": float(owner.furniture),
            "content_class": float(owner.article),
            "container_links": owner.link_chars / owner.chars if owner.chars else 0.0,
            "form_controls": float(bool(owner.controls or (owner.parent >= 0 and containers[owner.parent].controls))),
            "in_top": inside,
            "in_members": members,
            "ancestor_score": min(best, 1.5),
            "kind_" + kind: 1.0,
            **_cue_features(block, words),
        }
    headline = next((b.position for b in blocks if b.headings == 1), -1)
    seen = Counter(block.text for block in blocks)
    for block in blocks:
        f = block.features
        f["before_h1"] = float(block.position < headline)
        f["repeated"] = float(seen[block.text] > 1)
        if first_in < 0:
            f["before_top"] = f["after_top"] = 0.0
        else:
            f["before_top"] = float(block.position < first_in)
            f["after_top"] = float(block.position > last_in)
        f["page_position"] = block.position / count
    for i, block in enumerate(blocks):
        f = block.features
        for side, j in (("prev", i - 1), ("next", i + 1)):
            other = blocks[j].features if 0 <= j < count else None
            for name in NEIGHBOUR_FEATURES:
                f[f"{side}_{name}"] = other[name] if other is not None else 0.0


#: The context pass's features: the first pass's scores of the block and of the blocks around it.
CONTEXT_FEATURES = (
    "own_score", "prev_score", "next_score", "prev2_score", "next2_score", "prev3_score", "next3_score",
    "window_best", "window_mean", "best_before", "best_after",
)  # fmt: skip
#: Blocks on each side read by the context pass, and the score counted past the page's ends.
CONTEXT_REACH = 3
_OFF_PAGE = 0.5


def add_context_features(blocks: list[CandidateBlock], scores: list[float]) -> None:
    """Give each block its neighbours' first-pass scores (`CONTEXT_FEATURES`).

    A block among kept blocks is likelier body, one among left-out blocks
    likelier boilerplate: the second pass learns how much, the way jusText's
    revision lets short blocks take their neighbours' class.
    """
    count = len(blocks)
    scores = [round(score, 3) for score in scores]  # thresholds of the trees stay readable and exact
    padded = [_OFF_PAGE] * CONTEXT_REACH + scores + [_OFF_PAGE] * CONTEXT_REACH
    best_before = [0.0] * count
    best_after = [0.0] * count
    for i in range(1, count):
        best_before[i] = max(best_before[i - 1], scores[i - 1])
    for i in range(count - 2, -1, -1):
        best_after[i] = max(best_after[i + 1], scores[i + 1])
    for i, block in enumerate(blocks):
        window = padded[i : i + 2 * CONTEXT_REACH + 1]
        f = block.features
        f["own_score"] = scores[i]
        f["prev_score"], f["next_score"] = window[2], window[4]
        f["prev2_score"], f["next2_score"] = window[1], window[5]
        f["prev3_score"], f["next3_score"] = window[0], window[6]
        f["window_best"] = max(window)
        f["window_mean"] = sum(window) / len(window)
        f["best_before"], f["best_after"] = best_before[i], best_after[i]


def _stopword_share(text: str, common: frozenset[str]) -> float:
    words = text.lower().split(maxsplit=60)[:60]
    return sum(map(common.__contains__, words)) / len(words) if words else 0.0


def _capitalised_share(text: str) -> float:
    words = text.split(maxsplit=40)[:40]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


#: Cue categories (`cleantext.evidence.cues`) pooled into the engine's three cue features:
#: page furniture, appeals to the reader (walls, sign-ups, ads, consent), and the article's
#: metadata (bylines, dates, credits).
CUE_GROUPS = {
    "navigation": "cue_chrome",
    "share": "cue_chrome",
    "related": "cue_chrome",
    "comments": "cue_chrome",
    "copyright": "cue_chrome",
    "paywall": "cue_appeal",
    "newsletter": "cue_appeal",
    "donation": "cue_appeal",
    "app_prompt": "cue_appeal",
    "qr_code": "cue_appeal",
    "advertisement": "cue_appeal",
    "cookie_notice": "cue_appeal",
    "byline": "cue_meta",
    "metadata_line": "cue_meta",
    "credit": "cue_meta",
}
#: Characters of a block read for cues (a long paragraph's opening is enough to weigh them against its length).
CUE_CHARS = 400


def _cue_features(block: CandidateBlock, words: int) -> dict[str, float]:
    """The block's cue weight per group, and all its cues' weight per word (at most 1).

    The cues found are kept on the block (``cues``), for its label and reason.
    """
    block.cues = find_cues(tokens(block.text[:CUE_CHARS]))
    weights = weights_of(block.cues)
    values = dict.fromkeys(("cue_chrome", "cue_appeal", "cue_meta"), 0.0)
    for category, weight in weights.items():
        values[CUE_GROUPS.get(category, "cue_chrome")] += weight
    values["cue_density"] = min(sum(weights.values()) / min(words, 70), 1.0)
    return values
