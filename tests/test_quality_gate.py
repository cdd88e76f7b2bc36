"""Quality gate: cleantext's F1 and precision on the development set stay above the floors.

Scores cleantext only (no peers, no timing) with the benchmark's own scoring
(``benchmarks/scoring.py``), on ``../shared/data/trafilatura-eval`` beside the
repository or ``$CLEANTEXT_EVAL_DATA``; skipped when the set is absent. Floors
live in ``benchmarks/quality_floors.json``: raise them in a normal commit when
quality improves; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.runner import PageRun, run_pages  # noqa: E402
from benchmarks.scoring import DATA_ENV, data_dir, has_data, load_pages, total  # noqa: E402

FLOORS = REPO_ROOT / "benchmarks" / "quality_floors.json"
DATA = data_dir()


@pytest.mark.skipif(not has_data(DATA), reason=f"no evaluation set at {DATA} (set {DATA_ENV} to point at one)")
def test_f1_and_precision_stay_above_floors() -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    pages = load_pages(DATA)
    runs = run_pages(pages, ["cleantext"], jobs=2, quiet=True)
    counts = total(run.tools["cleantext"].score for run in runs)
    errors = [run.page_id for run in runs if run.tools["cleantext"].error]
    summary = (
        f"F1 {counts.f1:.4f} (floor {floors['f1']}), precision {counts.precision:.4f} (floor {floors['precision']}), "
        f"recall {counts.recall:.4f}; {counts}; clean() raised on {errors[:10]}"
    )
    assert counts.f1 >= floors["f1"], "F1 fell below the floor: " + summary
    assert counts.precision >= floors["precision"], "precision fell below the floor: " + summary
    _titles_stay_above_floor(runs, "html", floors["titles"]["html"])


def _titles_stay_above_floor(runs: list[PageRun], kind: str, floor: float) -> None:
    """The share of pages naming their headline (``<h1>``, ``og:title``) on which cleantext's title is it."""
    checked = [run.title for run in runs if run.title is not None]
    share = checked.count("right") / len(checked)
    assert share >= floor, f"{kind}: the title is the page's headline on {share:.3f} of {len(checked)} pages (floor {floor})"


@pytest.mark.skipif(not has_data(DATA), reason=f"no evaluation set at {DATA} (set {DATA_ENV} to point at one)")
@pytest.mark.parametrize("kind", ["text:lenient", "text:page"])
def test_text_titles_stay_above_floors(kind: str) -> None:
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))["titles"][kind]
    runs = run_pages(load_pages(DATA), ["cleantext"], jobs=2, quiet=True, kind=kind)
    _titles_stay_above_floor(runs, kind, floor)


@pytest.mark.skipif(not has_data(DATA), reason=f"no evaluation set at {DATA} (set {DATA_ENV} to point at one)")
def test_text_figures_out_of_fold_stay_above_floors() -> None:
    """The plain-text shapes, scored out-of-fold: each fold's pages cleaned by weights learned on the others."""
    from benchmarks.train_evidence import cross_validate, prepare
    from cleantext.evidence.model import WITHOUT_LANGUAGE_DATA

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["text"]
    data, baselines = prepare(load_pages(DATA))
    oof = cross_validate(data)
    for row, floor in floors.items():  # "text:page", and "text:page:without-language-data" weighed without its language's data
        counts, shape = oof[row], row.split(WITHOUT_LANGUAGE_DATA)[0]
        summary = f"{row}: F1 {counts.f1:.4f} (floor {floor['f1']}), recall {counts.recall:.4f} (floor {floor['recall']}); {counts}"
        assert counts.f1 >= floor["f1"], "F1 fell below the floor: " + summary
        assert counts.recall >= floor["recall"], "recall fell below the floor: " + summary
        assert counts.f1 > baselines[shape]["c4"].f1, f"{row}: no better than the C4 line filter"
