"""Weigh a block's evidence: two logistic passes, and the words that explain a removal.

The weights are data (``cleantext/evidence/data/weights.json``), learned by
``benchmarks/train_evidence.py`` on the development set and reported there
out-of-fold. The first pass scores each block on its own features and its
position; the second adds the first-pass scores of its neighbours (jusText's
revision pass, learned instead of hand-set).

A removal's reason lists the evidence that weighed most for it: each feature's
contribution is its weight times its distance from the training average, so
"3 words" appears only where few words pushed the block out.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Iterator
from itertools import repeat
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .features import CATEGORIES, BlockFeatures


@dataclass(frozen=True)
class Pass:
    """One logistic pass: bias, weights and the training means of its features."""

    bias: float
    weights: dict[str, float]
    means: dict[str, float]

    @functools.cached_property
    def _table(self) -> tuple[tuple[str, ...], tuple[float, ...], tuple[float, ...]]:
        """The feature names, their weights and their means, in the order of ``weights``."""
        names = tuple(self.weights)
        return names, tuple(self.weights.values()), tuple(self.means.get(n, 0.0) for n in names)

    def _column(self, values: dict[str, float]) -> Iterator[float]:
        """``values`` in the order of ``weights`` (0.0 for a missing feature), looked up in C."""
        return map(values.get, self._table[0], repeat(0.0))

    def logit(self, values: dict[str, float]) -> float:
        # Summed in the order of ``weights``, as before: the same float to the last bit.
        return self.bias + sum(map(operator.mul, self._table[1], self._column(values)))

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        names, weights, means = self._table
        return dict(zip(names, map(operator.mul, weights, map(operator.sub, self._column(values), means))))


@dataclass(frozen=True)
class Model:
    """The two passes and the threshold above which a block is boilerplate."""

    first: Pass
    second: Pass
    threshold: float
    neutral_stopwords: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(
            first=Pass(**data["first"]),
            second=Pass(**data["second"]),
            threshold=float(data["threshold"]),
            neutral_stopwords=float(data.get("neutral_stopwords", 0.3)),
        )


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


_OVERRIDES: dict[str, Model] = {}


@functools.lru_cache(maxsize=None)
def _shipped() -> dict[str, Model]:
    path = resources.files("cleantext.evidence") / "data" / "weights.json"
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    return {source: Model.from_dict(data) for source, data in json.loads(text)["models"].items()}


#: The key suffix of a model learned on the evidence a language without phrase data still has.
WITHOUT_LANGUAGE_DATA = ":without-language-data"


def model_for(source: str, language_data: bool = True) -> Model | None:
    """The model for ``source`` (``"text"`` or ``"html"``), or ``None`` when none is shipped.

    Without ``language_data`` (a text in a language without phrase data) it is
    the model learned without common words, cues and reader words, when there is one.
    """
    if not language_data:
        blind = _OVERRIDES.get(source + WITHOUT_LANGUAGE_DATA) or _shipped().get(source + WITHOUT_LANGUAGE_DATA)
        if blind is not None:
            return blind
    return _OVERRIDES.get(source) or _shipped().get(source)


@contextmanager
def using_models(models: dict[str, Model]) -> Iterator[None]:
    """Score with ``models`` inside the block (out-of-fold evaluation uses this)."""
    saved = dict(_OVERRIDES)
    _OVERRIDES.update(models)
    try:
        yield
    finally:
        _OVERRIDES.clear()
        _OVERRIDES.update(saved)


# -- explanations ------------------------------------------------------------------

_PLAIN: dict[str, str] = {
    "terminal": "no closing punctuation",
    "open_short": "a short line without closing punctuation",
    "stopwords": "few common words",
    "no_stopwords": "no common words",
    "capitalised": "mostly capitalised words",
    "capitalised_list": "a list of capitalised words",
    "digits": "mostly digits",
    "price": "a price",
    "separators": "separators like | and »",
    "url": "a web address",
    "date_time": "a date or time",
    "all_caps": "written in capitals",
    "before_core": "before the body",
    "after_core": "after the body",
    "no_core": "no run of prose on the page",
    "prev_junk": "after boilerplate",
    "next_junk": "before boilerplate",
    "window_junk": "among boilerplate",
}
_PLACE = ("before_core", "after_core")
#: (feature name, category) of each cue category's feature.
_CUE_FEATURES = tuple(("cue_" + c, c) for c in CATEGORIES)
_SIZE = frozenset({"log_words", "log_chars", "short", "one_or_two_words"})
_SENTENCES = frozenset({"sentences", "long_sentences"})


def _cue_list(features: BlockFeatures, categories: set[str]) -> str:
    parts = []
    for match in features.cues:
        if match.cue.category in categories:
            note = " (opening call to action)" if match.start == 0 else ""
            text = f'"{match.cue.phrase}"{note}'
            if text not in parts:
                parts.append(text)
    return "cues: " + ", ".join(parts[:4])


#: Features described by their absence ("no closing punctuation"); the others by their presence.
_ABSENCE = frozenset({"terminal", "stopwords", "log_words", "log_chars", "sentences", "long_sentences"})


def _describe(name: str, features: BlockFeatures, cue_categories: set[str], mean: float) -> str | None:
    v = features.values
    if name not in _ABSENCE and not name.startswith("cue_") and name != "opening_cue" and v.get(name, 0.0) <= mean:
        return None  # weighed for removal only by not being there: nothing to say
    if name in _ABSENCE and v.get(name, 0.0) >= mean:
        return None
    if name.startswith("cue_") or name == "opening_cue":
        return _cue_list(features, cue_categories) if cue_categories else None
    if name in _SIZE:
        return f"{features.words} word{'s' * (features.words != 1)}"
    if name in _SENTENCES:
        if features.words <= 3:
            return None  # said by its word count
        count = max(1, round(v["sentences"] * 3))
        return f"{count} short sentence{'s' * (count != 1)}"
    if name == "core_distance":
        return None  # said by before/after the body
    if name in ("cues_outside", "cue_weight_outside") and cue_categories:
        return _cue_list(features, cue_categories)
    if name in ("short_outside", "open_short_outside", "cues_outside", "cue_weight_outside"):
        return "before the body" if v["before_core"] else "after the body"
    if name == "prose_before":
        return "after most of the prose"
    if name == "prose_after":
        return "before most of the prose"
    if name == "position":
        return "near the end of the page" if v["position"] > 0.5 else "near the start of the page"
    if name == "group_lines":
        return "one of several lines in a chunk"
    if name == "short_run":
        return f"in a run of {round(math.expm1(v['short_run'] * 2))} short lines"
    return _PLAIN.get(name)


def explain(model: Model, features: BlockFeatures, score: float, limit: int = 4) -> str:
    """The evidence that weighed most for removing a block, in words, then its score."""
    contributions = model.second.contributions(features.values)
    cue_categories = {c for name, c in _CUE_FEATURES if contributions.get(name, 0.0) > 0.05}
    if any(contributions.get(n, 0.0) > 0.05 for n in ("opening_cue", "cue_word_share", "cues_outside", "cue_weight_outside")):
        cue_categories |= {m.cue.category for m in features.cues}
    parts: list[str] = []
    # Only the contributions above 0.05 can be said: sort those alone (stable, so ties keep their order).
    weighed = [item for item in contributions.items() if item[1] > 0.05]
    for name, _ in sorted(weighed, key=lambda item: -item[1]):
        if len(parts) >= limit:
            break
        text = _describe(name, features, cue_categories, model.second.means.get(name, 0.0))
        if text and text not in parts:
            parts.append(text)
    for name in _PLACE:  # where the block stands is always said when it weighed for removal
        text = _PLAIN[name]
        if contributions.get(name, 0.0) > 0.05 and features.values.get(name) and text not in parts:
            parts.append(text)
    return "; ".join(parts or ["the weighed evidence"]) + f" (boilerplate score {score:.2f})"
