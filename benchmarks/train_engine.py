"""Learn the main-content engine's weights on the development set, and report them out-of-fold.

    python benchmarks/train_engine.py [--data PATH] [--folds 5] [--limit N] [--without-context] [--write]

Every page goes through the pipeline up to ``main_content``, exactly as
`clean` would, and is cut into candidate blocks (`cleantext.extract.walk`).
A block that holds one of the page's ``with`` segments is labelled body, one
that holds a ``without`` segment boilerplate; the rest are not trained on.
trafilatura's fast pass runs on every page once, so that the model used on
the pages the engine is unsure of can learn what its vote is worth.

Three models are learned: the first pass on a block's own features; the
context pass on those plus the first-pass scores of the block and its
neighbours (`add_context_features`), taken from first passes fitted on one
half of the training hosts and scoring the other half, so the context pass
learns how far to trust first scores of pages it has not seen; and the
context pass with trafilatura's vote. ``--without-context`` learns the
engine as it was before the context pass (two models), for comparison.

Pages are split into folds by host (as ``train_evidence.py`` does), so no
site is both trained and scored on. Each fold's pages are cleaned by the real
`clean` with models trained on the other folds (`using_engine`); the figures
printed are those out-of-fold results, beside trafilatura's path (no engine)
in the same run, with the share of pages that asked trafilatura. ``--write``
trains on every page and writes ``cleantext/extract/data/engine.json``.

The models are scikit-learn's gradient-boosted trees (a training-time
dependency only, in the ``bench`` extra), converted to `BoostedTrees` data
that cleantext scores without scikit-learn. The run is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scoring import Counts, Page, data_dir, load_pages, score_text  # noqa: E402
from benchmarks.train_evidence import fold_of, host  # noqa: E402
from cleantext import clean, default_pipeline  # noqa: E402
from cleantext.extract import main_content  # noqa: E402
from cleantext.extract.block_features import CONTEXT_FEATURES, add_context_features, add_features  # noqa: E402
from cleantext.extract.containers import score_containers  # noqa: E402
from cleantext.extract.engine import EngineModel, using_engine  # noqa: E402
from cleantext.extract.trees import BoostedTrees  # noqa: E402
from cleantext.extract.walk import CandidateBlock, walk  # noqa: E402
from cleantext.ingest import ingest  # noqa: E402
from cleantext.pipeline import Pipeline  # noqa: E402

WEIGHTS = Path(__file__).resolve().parent.parent / "cleantext" / "extract" / "data" / "engine.json"
#: The blocks kept: chosen out-of-fold (0.5, 0.6 and 0.7 tried; docs/main-content-engine.md).
THRESHOLD = 0.6
#: When the engine asks trafilatura (see `EngineModel`): set by hand, from the
#: trade-off between pages asked and F1 (docs/main-content-engine.md).
GATE = {"unsure_low": 0.3, "unsure_high": 0.7, "unsure_share": 0.15, "min_chars": 1000}


@dataclass
class PageRows:
    """One page's candidate blocks: features (with trafilatura's vote) and labels."""

    page: Page
    features: list[dict[str, float]]
    labels: list[int | None]


def page_rows(page: Page, prefix: Pipeline) -> PageRows:
    doc = prefix(ingest(page.raw(), input_format="html"))
    tree = doc.tree
    other = main_content.trafilatura_text(tree, False) or ""
    found = walk(next(tree.iter("body"), tree))
    add_features(found, score_containers(found))
    features, labels = [], []
    for block in found.blocks:
        body = any(s in block.text for s in page.with_)
        junk = any(s in block.text for s in page.without)
        features.append({**block.features, "trafilatura": float(block.text in other)})
        labels.append(None if body == junk else int(body))
    return PageRows(page, features, labels)


def prepare(pages: list[Page]) -> list[PageRows]:
    pipe = default_pipeline()
    prefix = Pipeline(pipe.steps[: pipe.names.index("main_content")])
    return [page_rows(page, prefix) for page in pages]


#: The boosting run: many shallow trees with a small step (chosen out-of-fold, docs/main-content-engine.md).
TREES = {"n_estimators": 200, "max_depth": 3, "learning_rate": 0.05}


def _significant(value: float, digits: int = 6) -> float:
    return float(f"{value:.{digits}g}")


def boosted_trees(rows: list[dict[str, float]], labels: list[int], names: list[str]) -> BoostedTrees:
    """Fit scikit-learn's gradient boosting on ``rows`` and keep its trees as `BoostedTrees` data.

    Each leaf's value is scaled by the learning rate, so the model is a plain
    sum; an inner node's value is its leaves' mean, weighted by the training
    blocks that reached them (for the explanations).
    """
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    x = np.array([[row.get(name, 0.0) for name in names] for row in rows])
    fitted = GradientBoostingClassifier(**TREES, random_state=0).fit(x, np.array(labels))
    prior = float(fitted.init_.predict_proba(x[:1])[0, 1])
    trees = []
    for estimator in fitted.estimators_[:, 0]:
        tree = estimator.tree_
        weight = tree.weighted_n_node_samples
        value = [TREES["learning_rate"] * float(v) for v in tree.value[:, 0, 0]]
        for node in reversed(range(tree.node_count)):  # children come after their parent
            left, right = tree.children_left[node], tree.children_right[node]
            if left >= 0:
                value[node] = (value[left] * weight[left] + value[right] * weight[right]) / weight[node]
        trees.append(
            [
                [int(tree.feature[i]), _significant(tree.threshold[i]), int(tree.children_left[i]), int(tree.children_right[i]), round(value[i], 6)]
                if tree.children_left[i] >= 0
                else [-1, 0, 0, 0, round(value[i], 6)]
                for i in range(tree.node_count)
            ]
        )
    means = {name: round(float(m), 6) for name, m in zip(names, x.mean(axis=0))}
    model = BoostedTrees(names=names, base=round(math.log(prior / (1 - prior)), 6), trees=trees, means=means)
    drift = max(abs(model.logit(row) - z) for row, z in zip(rows, fitted.decision_function(x)))
    if drift > 1e-3:
        raise RuntimeError(f"the converted trees drift from scikit-learn's by {drift:.2g} log-odds")
    return model


def _labelled(data: list[PageRows]) -> tuple[list[dict[str, float]], list[int]]:
    rows = [f for p in data for f, label in zip(p.features, p.labels) if label is not None]
    labels = [label for p in data for label in p.labels if label is not None]
    return rows, labels


def _half(page: Page) -> int:
    """Which half of the training pages a page's host falls in, for the context pass's first scores."""
    return int(hashlib.sha1(("context:" + host(page)).encode()).hexdigest(), 16) % 2


def _with_context(data: list[PageRows], names: list[str]) -> list[PageRows]:
    """The pages' rows with the context features, from first scores the pages were not trained on.

    The first pass is fitted on one half of the hosts and scores the other
    (and the other way round), so the context pass learns how far to trust
    first scores of unseen pages, not of pages it has seen.
    """
    scored: list[PageRows] = []
    for half in (0, 1):
        first = boosted_trees(*_labelled([p for p in data if _half(p.page) != half]), names)
        for p in data:
            if _half(p.page) != half:
                continue
            blocks = [CandidateBlock("", "p", 0, 0, i, features=dict(f)) for i, f in enumerate(p.features)]
            add_context_features(blocks, [first.probability(f) for f in p.features])
            scored.append(PageRows(p.page, [b.features for b in blocks], p.labels))
    return scored


def train(data: list[PageRows], context: bool = True) -> EngineModel:
    """The engine's models learned on ``data`` (without ``context``: no context pass, as before it)."""
    rows, labels = _labelled(data)
    names = sorted({name for f in rows for name in f})
    alone = [n for n in names if n != "trafilatura"]
    if not context:
        return EngineModel(
            alone=boosted_trees(rows, labels, alone),
            with_trafilatura=boosted_trees(rows, labels, names),
            threshold=THRESHOLD,
            **GATE,
        )
    context_rows, context_labels = _labelled(_with_context(data, alone))
    in_context = alone + list(CONTEXT_FEATURES)
    return EngineModel(
        alone=boosted_trees(rows, labels, alone),
        in_context=boosted_trees(context_rows, context_labels, sorted(in_context)),
        with_trafilatura=boosted_trees(context_rows, context_labels, sorted(in_context + ["trafilatura"])),
        threshold=THRESHOLD,
        **GATE,
    )


def score(pages: list[Page], model: EngineModel | None) -> tuple[Counts, int]:
    """cleantext's counts over ``pages`` with ``model`` (``None``: trafilatura's path), and the pages that asked it."""
    counts = Counts()
    before = main_content.EXTRACTIONS["engine+trafilatura"]
    with using_engine(model):
        for page in pages:
            counts = counts + score_text(clean(page.raw(), input_format="html").text, page).counts
    return counts, main_content.EXTRACTIONS["engine+trafilatura"] - before


def cross_validate(data: list[PageRows], folds: int = 5, context: bool = True) -> tuple[Counts, int]:
    total, asked = Counts(), 0
    for fold in range(folds):
        model = train([p for p in data if fold_of(p.page, folds) != fold], context)
        counts, n = score([p.page for p in data if fold_of(p.page, folds) == fold], model)
        total, asked = total + counts, asked + n
    return total, asked


def to_json(model: EngineModel) -> str:
    """The weights file: readable settings, one tree per line."""
    trees: dict[str, str] = {}

    def placeholder(nodes: list) -> str:
        key = f"@tree{len(trees)}@"
        trees[key] = json.dumps(nodes, separators=(",", ":"))
        return key

    data = {
        "_about": __doc__.split("\n")[0],
        "threshold": model.threshold,
        "gate": GATE,
        "boosting": TREES,
        **{
            side: {**asdict(part), "trees": [placeholder(nodes) for nodes in part.trees]}
            for side, part in (("alone", model.alone), ("in_context", model.in_context), ("with_trafilatura", model.with_trafilatura))
            if part is not None
        },
    }
    text = json.dumps(data, indent=1, sort_keys=True)
    for key, nodes in trees.items():
        text = text.replace(f'"{key}"', nodes)
    return text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--write", action="store_true", help="train on all pages and write the shipped weights")
    parser.add_argument("--without-context", action="store_true", help="no context pass (the engine before it), for comparison")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = load_pages(data_dir(args.data), args.limit)
    data = prepare(pages)
    print(f"blocks ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    oof, asked = cross_validate(data, args.folds, not args.without_context)
    baseline, _ = score(pages, None)
    print("| extraction | precision | recall | F1 | pages asking trafilatura |\n|---|---|---|---|---|")
    print(f"| trafilatura's path (no engine) | {baseline.precision:.3f} | {baseline.recall:.3f} | {baseline.f1:.3f} | 100% |")
    print(f"| **engine (out-of-fold)** | {oof.precision:.3f} | {oof.recall:.3f} | {oof.f1:.3f} | {asked / len(pages):.0%} |")
    if args.write:
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        model = train(data)
        WEIGHTS.write_text(to_json(model), encoding="utf-8")
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
