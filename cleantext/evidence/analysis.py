"""Features and scores for every block of a document, in two passes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..patterns import stopwords
from .features import CATEGORIES, BlockFeatures, block_features, stand_in_share
from .layout import PROSE_WORDS, is_prose, neighbour_features, position_features
from .cues import label_category
from .model import Model, sigmoid
from .reader import reader_features

#: The reader features of a text weighed without language data.
_NO_READER = {"reader": 0.0, "call_to_action": 0.0}
#: Words up to which a block without a telling cue is labelled navigation.
NAVIGATION_WORDS = 12


@dataclass
class BlockEvidence:
    """One block's features, its first- and second-pass scores and where it stands."""

    features: BlockFeatures
    first: float = 0.0
    score: float = 0.0
    in_core: bool = False
    prose: bool = False
    #: Length of the run of short non-prose blocks this one stands in (0 for prose).
    short_run: int = 0


def _common_words(language: str | None) -> frozenset[str] | None:
    if language is None:
        return None
    return stopwords().get(language)


_WITHOUT_LANGUAGE_DATA: ContextVar[bool] = ContextVar("without_language_data", default=False)


def has_language_data(language: str | None) -> bool:
    """Whether ``language`` has stopwords (a guessed language always does), outside `as_if_without_language_data`."""
    return not _WITHOUT_LANGUAGE_DATA.get() and _common_words(language) is not None


@contextmanager
def as_if_without_language_data() -> Iterator[None]:
    """Inside the block, weigh every text as one in a language without data: no common
    words, only the cues of every language (``mul.txt``), no words addressing the reader (how the
    benchmarks measure that case)."""
    token = _WITHOUT_LANGUAGE_DATA.set(True)
    try:
        yield
    finally:
        _WITHOUT_LANGUAGE_DATA.reset(token)


def analyse(
    texts: Sequence[str],
    groups: Sequence[int | None],
    removed: Sequence[bool],
    language: str | None,
    model: Model,
    links: Sequence[bool] | None = None,
) -> list[BlockEvidence]:
    """Evidence for each block; blocks already ``removed`` count as boilerplate for their neighbours.

    ``links`` marks blocks that extraction found to be one link each (HTML only).
    """
    blocks = block_table(texts, groups, language, model.neutral_stopwords, links, not _WITHOUT_LANGUAGE_DATA.get(), removed)
    first = [1.0 if gone else sigmoid(model.first.logit(f.values)) for f, gone in zip(blocks, removed)]
    runs = neighbour_features(blocks, first)
    result = []
    for index, (features, gone) in enumerate(zip(blocks, removed)):
        score = 1.0 if gone else sigmoid(model.second.logit(features.values))
        in_core = not (features.values["before_core"] or features.values["after_core"] or features.values["no_core"])
        result.append(BlockEvidence(features, first[index], score, in_core, is_prose(features), runs[index]))
    return result


def block_table(
    texts: Sequence[str],
    groups: Sequence[int | None],
    language: str | None,
    neutral_stopwords: float,
    links: Sequence[bool] | None = None,
    language_data: bool = True,
    removed: Sequence[bool] | None = None,
) -> list[BlockFeatures]:
    """Every block's own and position features (what the first pass reads).

    Without ``language_data`` the features are those of a language without
    phrase data: no common words (short words stand in), only the cues of every
    language (``mul.txt``) and no words addressing the reader. ``removed`` marks blocks the steps before took out
    (furniture between a block and the core says where the article ended).
    """
    common = _common_words(language) if language_data else None
    blocks = _own_features(texts, common, neutral_stopwords, language, language_data)
    if common is not None:
        coverage = _coverage(blocks)
        if coverage < LOW_COVERAGE:
            _floor_with_stand_ins(texts, blocks)
        elif coverage < SENTENCE_COVERAGE:
            _floor_with_stand_ins(texts, blocks, sentences_only=True)
    for index, features in enumerate(blocks):
        features.values["link"] = float(bool(links and links[index]))
    position_features(blocks, groups, removed)
    _repetition(texts, blocks)
    return blocks


def _repetition(texts: Sequence[str], blocks: Sequence[BlockFeatures]) -> None:
    """Mark each block whose text stands on the page more than once (a menu shown at the top and
    the bottom, "Kontakt" in the header and the footer), in place: ``repeated``."""
    counts = Counter(texts)
    for text, features in zip(texts, blocks):
        features.values["repeated"] = float(counts[text] > 1)


#: Share of a page's words below which its language's list of common words covers its prose
#: poorly: Finnish and Hungarian join most function words to the word (a Finnish page: 5 to 8%,
#: an English or German one 20% or more, a Polish whole page 10% at the least).
LOW_COVERAGE = 0.09
#: Below this share (a Hungarian article: 12%), the page's sentences alone are measured with the
#: stand-in too: a long sentence of a language whose list covers few of its words is still prose.
SENTENCE_COVERAGE = 0.14


def _coverage(blocks: Sequence[BlockFeatures]) -> float:
    """The share of common words over the page's words (each block's share weighed by its words)."""
    words = sum(f.words for f in blocks)
    return sum(f.values["stopwords"] * f.words for f in blocks) / words if words else 1.0


def _floor_with_stand_ins(texts: Sequence[str], blocks: Sequence[BlockFeatures], sentences_only: bool = False) -> None:
    """Raise each block's common-word share to its stand-in's (`features.stand_in_share`), in place:
    on a page whose language's common words are few in it, prose still reads as prose.

    With ``sentences_only``, only blocks shaped like prose (`PROSE_WORDS` words or
    more, closing punctuation) are raised.
    """
    for text, features in zip(texts, blocks):
        if sentences_only and (features.words < PROSE_WORDS or not features.values["terminal"]):
            continue
        floor = stand_in_share(text)
        if floor is not None and floor > features.values["stopwords"]:
            features.values["stopwords"] = floor
            features.values["no_stopwords"] = 0.0


def _own_features(
    texts: Sequence[str], common: frozenset[str] | None, neutral_stopwords: float, language: str | None, language_data: bool = True
) -> list[BlockFeatures]:
    """`block_features` and `reader_features` of each text, computed once per distinct text of the document.

    A repeated line ("Share", "Reply", a menu shown twice) gets a copy of the
    first one's features: its own ``values`` (the layout adds to them), the same cues.
    """
    seen: dict[str, BlockFeatures] = {}
    blocks = []
    for text in texts:
        first = seen.get(text)
        if first is None:
            seen[text] = first = block_features(text, common, neutral_stopwords, language_data, language if language_data else None)
            first.values.update(reader_features(text, first.words, first.cues, language) if language_data else _NO_READER)
            blocks.append(first)
        else:
            blocks.append(BlockFeatures(first.words, list(first.cues), dict(first.values), first.cue_weights))
    return blocks


def cue_category(features: BlockFeatures) -> str | None:
    """The category whose cues name the block (`cues.label_category`)."""
    return label_category(features.cue_weights or {category: features.cue_score(category) for category in CATEGORIES})


def label_for(evidence: BlockEvidence) -> str:
    """The label a removed block gets: its strongest cue category, else its shape and place."""
    category = cue_category(evidence.features)
    if category is not None:
        return category
    if evidence.features.words <= NAVIGATION_WORDS and not evidence.prose:
        return "navigation"
    return "boilerplate" if evidence.in_core else "outside_main_content"
