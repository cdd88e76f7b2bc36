"""Learn the block-evidence weights on the development set, and report them out-of-fold.

    python benchmarks/train_evidence.py [--data PATH] [--folds 5] [--limit N] [--write [--only MODEL,...]]

Training blocks come from the two plain-text shapes of every page
(``benchmarks.inputs``), cut into blocks and run through the pipeline up to
``block_evidence``, exactly as `clean` would. A body block that holds one of
the page's ``with`` segments is labelled body, one that holds a ``without``
segment boilerplate; the rest are unlabelled and not trained on.

Pages are split into folds by host, so no site is both trained and scored on.
Each fold's model cleans that fold's pages through the real ``clean`` (with
`cleantext.evidence.using_models`), and the figures printed are those
out-of-fold predictions, scored with the set's metric. ``--write`` then trains
on every page, with the median of the folds' thresholds, and writes
``cleantext/evidence/data/weights.json`` (``--only`` writes the named models
and keeps the others as shipped). The run is deterministic: same data, same weights.

Each text page is also weighed as if its language had no phrase data (no
common words, cues or reader words): that trains the model a text in such a
language is weighed by (``text:without-language-data``), reported on its own row.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import statistics
import sys
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.c4 import c4_lines  # noqa: E402
from benchmarks.inputs import maker  # noqa: E402
from benchmarks.scoring import Counts, Page, data_dir, load_pages, score_text  # noqa: E402
from cleantext import clean, default_pipeline  # noqa: E402
from cleantext.evidence.analysis import as_if_without_language_data, block_table  # noqa: E402
from cleantext.evidence.layout import neighbour_features  # noqa: E402
from cleantext.evidence.model import WITHOUT_LANGUAGE_DATA, Model, Pass, using_models  # noqa: E402
from cleantext.ingest import ingest  # noqa: E402
from cleantext.pipeline import Pipeline  # noqa: E402

WEIGHTS = Path(__file__).resolve().parent.parent / "cleantext" / "evidence" / "data" / "weights.json"
SHAPES = ("text:lenient", "text:page")
#: Inputs, and the model (``doc.source_format``) each one trains.
INPUTS = {"html": "html", "text:lenient": "text", "text:page": "text"}
NEUTRAL_STOPWORDS = 0.3
#: A body block dropped costs this many junk blocks kept (never lose body), per
#: source format. HTML blocks come out of main-content extraction already: what
#: is left is mostly body, and a wrong removal there costs more.
BODY_COST = {"text": 3.0, "html": 8.0}
L2 = 1.0


@dataclass
class PageBlocks:
    """One page in one shape: its text, and per block the features, label and removed flag.

    Without ``language_data`` the features are those a language without phrase
    data would give (`cleantext.evidence.analysis.as_if_without_language_data`).
    """

    page: Page
    shape: str
    text: bytes | str
    features: list
    labels: list[int | None]
    removed: list[bool]
    language_data: bool = True

    @property
    def model_key(self) -> str:
        """The model these blocks train: one per source format, and its language-blind twin."""
        return INPUTS[self.shape] + ("" if self.language_data else WITHOUT_LANGUAGE_DATA)


def host(page: Page) -> str:
    netloc = urllib.parse.urlsplit(page.url).netloc.lower()
    return netloc[4:] if netloc.startswith("www.") else netloc or page.id


def fold_of(page: Page, folds: int) -> int:
    return int(hashlib.sha1(host(page).encode()).hexdigest(), 16) % folds


def _prefix() -> Pipeline:
    pipe = default_pipeline()
    return Pipeline(pipe.steps[: pipe.names.index("block_evidence")])


def page_blocks(page: Page, shape: str, data: bytes | str, prefix: Pipeline, language_data: bool = True) -> PageBlocks:
    doc = prefix(ingest(data, input_format="html" if shape == "html" else "text"))
    blocks = doc.all_blocks
    links = ["link" in b.hints for b in blocks]
    texts, groups = [b.text for b in blocks], [b.group for b in blocks]
    removed = [not b.is_body for b in blocks]
    features = block_table(texts, groups, doc.language, NEUTRAL_STOPWORDS, links, language_data, removed)
    labels: list[int | None] = []
    for block in doc.all_blocks:
        body = any(s in block.text for s in page.with_)
        junk = any(s in block.text for s in page.without)
        labels.append(None if body == junk or not block.is_body else int(junk))
    return PageBlocks(page, shape, data, features, labels, removed, language_data)


def fit(rows: list[dict[str, float]], labels: list[int], names: list[str]) -> Pass:
    """L2-regularised logistic regression by Newton's method (deterministic)."""
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    means = x.mean(axis=0)
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(design @ w, -30, 30)))
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return Pass(
        bias=round(float(w[0]), 5),
        weights={n: round(float(v), 5) for n, v in zip(names, w[1:])},
        means={n: round(float(m), 5) for n, m in zip(names, means)},
    )


def _present(rows: list[dict[str, float]]) -> list[str]:
    """The features some of ``rows`` have a value for, sorted."""
    return sorted({name for row in rows for name, value in row.items() if value})


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def train(pages: list[PageBlocks], body_cost: float = BODY_COST["text"]) -> Model:
    """Both passes and the threshold, from the labelled blocks of ``pages``.

    A feature no labelled block has (the cues, without language data) is left out of the passes.
    """
    rows, labels = [], []
    for p in pages:
        for f, label in zip(p.features, p.labels):
            if label is not None:
                rows.append(f.values)
                labels.append(label)
    first_names = _present(rows)
    first = fit(rows, labels, first_names)
    for p in pages:
        scores = [1.0 if gone else float(_sigmoid(np.array(first.logit(f.values)))) for f, gone in zip(p.features, p.removed)]
        neighbour_features(p.features, scores)
    second_names = _present(rows)
    second = fit(rows, labels, second_names)
    z = np.array([second.logit(r) for r in rows])
    y = np.array(labels)
    p2 = _sigmoid(z)
    best, threshold = None, 0.5
    for t in np.arange(0.3, 0.99, 0.01):
        cost = body_cost * np.sum((p2 >= t) & (y == 0)) + np.sum((p2 < t) & (y == 1))
        if best is None or cost < best:
            best, threshold = cost, float(t)
    return Model(first, second, round(threshold, 2), NEUTRAL_STOPWORDS)


def score_pages(pages: list[PageBlocks], models: dict[str, Model]) -> dict[str, Counts]:
    """cleantext's counts per input (and per language-blind input) when ``models`` score the blocks."""
    result: dict[str, Counts] = {}
    with using_models(models):
        for p in pages:
            if p.language_data:
                text = clean(p.text, input_format="html" if p.shape == "html" else "text").text
            else:
                with as_if_without_language_data():
                    text = clean(p.text, input_format="text").text
            result[_row(p)] = result.get(_row(p), Counts()) + score_text(text, p.page).counts
    return result


def _row(p: PageBlocks) -> str:
    return p.shape if p.language_data else p.shape + WITHOUT_LANGUAGE_DATA


def _dict(model: Model) -> dict:
    return {
        "first": dataclasses.asdict(model.first),  # the fields only, not cached tables
        "second": dataclasses.asdict(model.second),
        "threshold": model.threshold,
        "neutral_stopwords": model.neutral_stopwords,
    }


def prepare(pages: list[Page], inputs: tuple[str, ...] = SHAPES) -> tuple[list[PageBlocks], dict[str, dict[str, Counts]]]:
    """Every page in each of ``inputs``, cut into blocks; and the raw and C4 counts per text shape.

    Each text page comes twice: with its language's data, and as if its
    language had none (for the model a text in such a language is weighed by).
    """
    prefix = _prefix()
    data: list[PageBlocks] = []
    baselines: dict[str, dict[str, Counts]] = {}
    for shape in inputs:
        make = maker(shape)
        row = baselines.setdefault(shape, {"raw": Counts(), "c4": Counts()})
        for page in pages:
            text = make(page.raw())
            data.append(page_blocks(page, shape, text, prefix))
            if isinstance(text, str):
                data.append(page_blocks(page, shape, text, prefix, language_data=False))
                row["raw"] = row["raw"] + score_text(text, page).counts
                row["c4"] = row["c4"] + score_text(c4_lines(text), page).counts
    return data, baselines


def train_all(data: list[PageBlocks]) -> dict[str, Model]:
    """One model per source format among ``data``'s inputs, and per language-blind twin."""
    keys = sorted({p.model_key for p in data})
    return {key: train([p for p in data if p.model_key == key], BODY_COST[key.split(":")[0]]) for key in keys}


def cross_validate(data: list[PageBlocks], folds: int = 5, thresholds: dict[str, list[float]] | None = None) -> dict[str, Counts]:
    """cleantext's out-of-fold counts per input: each fold cleaned by models trained on the others.

    Each fold's thresholds are appended to ``thresholds`` (per source format) when given.
    """
    oof: dict[str, Counts] = {}
    for fold in range(folds):
        models = train_all([p for p in data if fold_of(p.page, folds) != fold])
        for source, model in models.items():
            if thresholds is not None:
                thresholds.setdefault(source, []).append(model.threshold)
        for shape, counts in score_pages([p for p in data if fold_of(p.page, folds) == fold], models).items():
            oof[shape] = oof.get(shape, Counts()) + counts
    return oof


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--inputs", default="text:lenient,text:page", help="comma-separated inputs to train and score (html: see docs/benchmarks.md)")
    parser.add_argument("--write", action="store_true", help="train on all pages and write the shipped weights")
    parser.add_argument("--only", help="with --write: comma-separated models to write (e.g. text:without-language-data); the others stay as shipped")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = load_pages(data_dir(args.data), args.limit)
    inputs = tuple(i for i in args.inputs.split(",") if i)
    data, baselines = prepare(pages, inputs)
    print(f"blocks ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    thresholds: dict[str, list[float]] = {}
    oof = cross_validate(data, args.folds, thresholds)
    print("| input | tool | precision | recall | F1 |\n|---|---|---|---|---|")
    for shape in inputs:
        rows = {"cleantext (out-of-fold)": oof[shape]}
        if shape != "html":
            rows = {
                "raw text": baselines[shape]["raw"],
                "C4 line filter": baselines[shape]["c4"],
                **rows,
                "cleantext as if without language data (out-of-fold)": oof[shape + WITHOUT_LANGUAGE_DATA],
            }
        for name, c in rows.items():
            print(f"| {shape} | {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
    if args.write:
        # The threshold shipped is the median of the folds' thresholds: one fit's
        # choice moves with a few blocks, and the F1 it gives with it.
        models = {
            source: dataclasses.replace(model, threshold=round(statistics.median(thresholds[source]), 2))
            for source, model in train_all(data).items()
        }
        written = {source: _dict(model) for source, model in models.items()}
        if args.only:
            kept = json.loads(WEIGHTS.read_text(encoding="utf-8"))["models"]
            written = {**kept, **{name: written[name] for name in args.only.split(",")}}
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "about": "Block-evidence weights learned by benchmarks/train_evidence.py on the development set; "
            "see docs/benchmarks.md for the out-of-fold figures.",
            "pages": len(pages),
            "models": dict(sorted(written.items())),
        }
        WEIGHTS.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
