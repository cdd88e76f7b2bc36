"""Where a block stands: the article's core, position relative to it, and neighbours.

Whole-page text has no markup to say where the article is. Its core is the
longest run of prose: the span of blocks that maximises the words of its
prose blocks less a cost for every other block (a maximum-sum segment, found
in one pass). Blocks before and after the core are page furniture far more
often than blocks inside it.

Neighbour features follow jusText's second pass (`revise_paragraph_classification`):
a block takes evidence from the first-pass scores of the blocks around it, and
from the run of short lines it stands in.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import accumulate

from .features import BlockFeatures
from .reader import asks_consent, is_call_to_action

#: A prose block has at least this many words, common words, and closing
#: punctuation unless it is long.
PROSE_WORDS = 10
PROSE_STOPWORDS = 0.12
LONG_PROSE_WORDS = 30
#: Cost of a block that is not prose, plus a share of its words.
NON_PROSE_COST = 3.0
NON_PROSE_WORD_COST = 0.3
#: Cue weight from which a prose block adds only `CUE_HEAVY_SHARE` of its words to the core.
CUE_HEAVY_WEIGHT = 3.0
CUE_HEAVY_SHARE = 0.5
#: Blocks on each side whose first-pass scores a block's neighbourhood averages.
WINDOW = 2


def is_prose(features: BlockFeatures) -> bool:
    """A block of some length with common words, closing punctuation (or many words) and few cues."""
    v = features.values
    return (
        features.words >= PROSE_WORDS
        and (v["terminal"] > 0 or features.words >= LONG_PROSE_WORDS)
        and v["stopwords"] >= PROSE_STOPWORDS
        and v["cue_word_share"] < 0.3
    )


def _core_value(features: BlockFeatures) -> tuple[float, bool]:
    """What a block adds to the core, and whether the core may start or end on it.

    A prose block adds its words, half of them when heavy with cues, none when
    calling to action or asking consent to cookies; any other block costs. The
    core neither starts nor ends on prose heavy with cues, calling to action or
    asking consent.
    """
    if not is_prose(features):
        return -(NON_PROSE_COST + NON_PROSE_WORD_COST * features.words), True
    if is_call_to_action(features.values) or asks_consent(features.cue_score("cookie_notice"), features.values):
        return 0.0, False
    if features.total_cue_weight >= CUE_HEAVY_WEIGHT:
        return CUE_HEAVY_SHARE * features.words, False
    return float(features.words), True


def heavy_with_cues(features: BlockFeatures) -> bool:
    """Prose the core may not start on for its cue weight alone (`_core_value`), and no call to
    action or consent request: an article's opening on a topic its cues name, or an appeal's."""
    return (
        is_prose(features)
        and not _core_value(features)[1]
        and not is_call_to_action(features.values)
        and not asks_consent(features.cue_score("cookie_notice"), features.values)
    )


def find_core(blocks: Sequence[BlockFeatures]) -> tuple[int, int]:
    """``(first, last)`` indexes of the article's core (``(0, -1)`` when there is no prose).

    Prose heavy with cues (an appeal letter, a cookie banner's paragraph, or a
    paragraph of an article about either) adds half its words, and prose
    calling the reader to act or asking consent (`cleantext.evidence.reader`)
    nothing: all stay inside the core between paragraphs of the article, but
    the core does not start or end on them.
    """
    best, best_span = 0.0, (0, -1)
    running, start = 0.0, 0
    for index, features in enumerate(blocks):
        value, may_bound = _core_value(features)
        if running <= 0:
            if not may_bound or value <= 0:
                running = min(value, 0.0)
                continue
            running, start = value, index
        else:
            running += value
        if may_bound and value > 0 and running > best:  # the core ends on prose of its own
            best, best_span = running, (start, index)
    return _closing_on_the_topic(blocks, _opening_on_the_topic(blocks, best_span))


#: Prose paragraphs of the core that must hold cues of a category for it to be the article's topic.
TOPIC_PARAGRAPHS = 2


def topic_categories(paragraphs: Iterable[Iterable[str]]) -> set[str]:
    """The cue categories the article is about: each that `TOPIC_PARAGRAPHS` of ``paragraphs`` (the
    cue categories of each of the core's prose paragraphs) name.

    >>> sorted(topic_categories([{"cookie_notice"}, {"cookie_notice", "share"}, set()]))
    ['cookie_notice']
    """
    counts = Counter(category for named in paragraphs for category in set(named))
    return {category for category, n in counts.items() if n >= TOPIC_PARAGRAPHS}


def _core_topics(blocks: Sequence[BlockFeatures], first: int, last: int) -> set[str]:
    return topic_categories({m.cue.category for m in f.cues} for f in blocks[first : last + 1] if is_prose(f))


def _opening_on_the_topic(blocks: Sequence[BlockFeatures], span: tuple[int, int]) -> tuple[int, int]:
    """The core reaching back over the prose right before it that is heavy with cues of the
    article's own topic: each of their categories stands in `TOPIC_PARAGRAPHS` of the core's
    prose paragraphs ("Február 1-jétől megváltoznak a hozzászólás szabályai ..." opening an article
    about comment rules, its comment cues the subject, not a thread's), and over a call to action
    or a consent request on that topic without a phrase naming its kind (`_reaches_over`:
    "Impossible d'y échapper : ... pour demander votre consentement ..." opening an article on
    consent banners)."""
    first, last = span
    if last < 0 or first == 0 or not _bounding_prose(blocks[first - 1]):
        return span  # (the common case, tested before the core's cues are gathered)
    topics = _core_topics(blocks, first, last)
    start = first
    while start > 0 and _reaches_over(blocks[start - 1], topics):
        start -= 1
    return start, last


#: A cue of this weight names a block's kind (a phrase prose rarely uses: "Lire aussi", "accept all
#: cookies"): the prose the core reaches over on its topic may hold none.
KIND_CUE_WEIGHT = 3.0


def _closing_on_the_topic(blocks: Sequence[BlockFeatures], span: tuple[int, int]) -> tuple[int, int]:
    """The core reaching on over the prose right after it that speaks to the reader (or asks about
    cookies) with cues only of the article's own topic, each category in `TOPIC_PARAGRAPHS` of the
    core's prose paragraphs, and no phrase of `KIND_CUE_WEIGHT`: an article on cookies closing on
    its advice ("Enfin, pensez à effacer régulièrement vos cookies ..."), not on the site's banner
    ("Nous et nos partenaires utilisons des cookies ...")."""
    first, last = span
    if last < 0 or last + 1 >= len(blocks) or not _bounding_prose(blocks[last + 1]):
        return span  # (the common case, tested before the core's cues are gathered)
    topics = _core_topics(blocks, first, last)
    end = last
    while end + 1 < len(blocks) and _reaches_over(blocks[end + 1], topics, closing=True):
        end += 1
    return first, end


def _bounding_prose(features: BlockFeatures) -> bool:
    """Prose with cues that the core may not start or end on (`_core_value`)."""
    return is_prose(features) and bool(features.cues) and not _core_value(features)[1]


def _reaches_over(features: BlockFeatures, topics: set[str], closing: bool = False) -> bool:
    """Prose the core may not start or end on whose cues are each of the article's ``topics``
    (`topic_categories`), none a phrase of `KIND_CUE_WEIGHT` when it speaks to the reader or asks
    about cookies, or when it follows the core (``closing``: an appeal after an article on
    donations is the outlet's)."""
    if not _bounding_prose(features):
        return False
    if (closing or not heavy_with_cues(features)) and any(m.cue.weight >= KIND_CUE_WEIGHT for m in features.cues):
        return False  # named by its phrase: the page's, not the article's
    return {m.cue.category for m in features.cues} <= topics


def position_features(blocks: Sequence[BlockFeatures], groups: Sequence[int | None], removed: Sequence[bool] | None = None) -> None:
    """Add position, prose-around and group features to every block's ``values``, in place.

    Besides the core, a block is placed by the share of the page's prose words
    that stand before and after it, and by the size of the blocks beside it
    (boilerpipe's previous and next block features). Outside the core, the
    blocks already ``removed`` between a block and the core (a tag line, a
    share bar, a newsletter box after the article) say it stands past the
    article's end: ``furniture_between``.
    """
    first, last = find_core(blocks)
    count = len(blocks)
    gone_before = list(accumulate(removed, initial=0)) if removed is not None else []  # removed blocks before each index
    prose_words = [f.words if is_prose(f) else 0 for f in blocks]
    total_prose = sum(prose_words) or 1
    seen = 0
    group_sizes: dict[int, int] = {}
    for group in groups:
        if group is not None:
            group_sizes[group] = group_sizes.get(group, 0) + 1
    for index, features in enumerate(blocks):
        v = features.values
        before, after = index < first, index > last
        distance = first - index if before else index - last if after else 0
        v["before_core"] = float(before)
        v["after_core"] = float(after)
        v["core_distance"] = math.log1p(distance) / 2
        v["no_core"] = float(last < 0)
        v["position"] = index / max(count - 1, 1)
        v["prose_before"] = seen / total_prose
        seen += prose_words[index]
        v["prose_after"] = (total_prose - seen) / total_prose
        v["prev_words"] = blocks[index - 1].values["log_words"] if index > 0 else 0.0
        v["next_words"] = blocks[index + 1].values["log_words"] if index + 1 < count else 0.0
        outside = v["before_core"] + v["after_core"]
        v["short_outside"] = v["short"] * outside
        v["cues_outside"] = v["cue_word_share"] * outside
        v["cue_weight_outside"] = math.log1p(features.total_cue_weight) * outside
        v["open_short_outside"] = v["open_short"] * outside
        v["prose_inside"] = float(is_prose(features) and not outside)
        v["long_inside"] = v["log_words"] * (1 - outside)
        v["furniture_between"] = _furniture_between(gone_before, index, first, last) if gone_before else 0.0
        group = groups[index]
        v["group_lines"] = math.log1p(group_sizes.get(group, 1) if group is not None else 1) - math.log(2)


def _furniture_between(gone_before: Sequence[int], index: int, first: int, last: int) -> float:
    """The removed blocks between ``index`` and the core ``(first, last)`` (log-scaled; 0 inside
    it), from ``gone_before[i]``, the removed blocks before block ``i``."""
    if last < 0 or first <= index <= last:
        return 0.0
    between = gone_before[index] - gone_before[last + 1] if index > last else gone_before[first] - gone_before[index + 1]
    return math.log1p(between) / 2


def short_runs(blocks: Sequence[BlockFeatures]) -> list[int]:
    """For each block, the length of the run of short non-prose blocks it stands in (0 for prose)."""
    runs = [0] * len(blocks)
    index = 0
    while index < len(blocks):
        if is_prose(blocks[index]) or blocks[index].words > 12:
            index += 1
            continue
        end = index
        while end < len(blocks) and not is_prose(blocks[end]) and blocks[end].words <= 12:
            end += 1
        for j in range(index, end):
            runs[j] = end - index
        index = end
    return runs


def neighbour_features(blocks: Sequence[BlockFeatures], first_pass: Sequence[float]) -> list[int]:
    """Add the neighbours' first-pass scores and the short-run length to ``values``, in place.

    Returns each block's short-run length (`short_runs`).
    """
    runs = short_runs(blocks)
    count = len(blocks)
    for index, features in enumerate(blocks):
        v = features.values
        v["prev_junk"] = first_pass[index - 1] if index > 0 else 0.5
        v["next_junk"] = first_pass[index + 1] if index + 1 < count else 0.5
        window = [first_pass[j] for j in range(max(0, index - WINDOW), min(count, index + WINDOW + 1)) if j != index]
        v["window_junk"] = sum(window) / len(window) if window else 0.5
        v["short_run"] = math.log1p(runs[index]) / 2
    return runs
