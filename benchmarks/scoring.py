"""The development set and its scoring, shared by ``evaluate.py`` and the quality gate.

Scoring follows the set's README (and trafilatura's own evaluation script): per
page, each ``with`` string found verbatim in the output is a true positive,
else a false negative; each ``without`` string found is a false positive, else
a true negative. No whitespace normalisation, so figures stay comparable with
the published ones.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: Environment variable that overrides where the development set lives.
DATA_ENV = "CLEANTEXT_EVAL_DATA"
REPO_ROOT = Path(__file__).resolve().parent.parent
#: Default location: ``../shared/data/trafilatura-eval`` beside the repository.
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "trafilatura-eval"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else ``$CLEANTEXT_EVAL_DATA``, else the default."""
    chosen = override or os.environ.get(DATA_ENV) or DEFAULT_DATA
    return Path(chosen).expanduser().resolve()


def has_data(root: Path) -> bool:
    """True when ``root`` holds ``evaldata.json`` and the ``html/`` pages."""
    return (root / "evaldata.json").is_file() and (root / "html").is_dir()


@dataclass(frozen=True)
class Page:
    """One annotated page: its id, URL, wanted and unwanted segments, file."""

    id: str
    url: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    path: Path

    def raw(self) -> bytes:
        """The page as fetched (decompressed, never decoded)."""
        with gzip.open(self.path, "rb") as handle:
            return handle.read()


def load_pages(root: Path, limit: int | None = None) -> list[Page]:
    """The annotated pages of the set in ``root``, in id order (first ``limit``)."""
    entries = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = [
        Page(
            id=e["id"],
            url=e.get("url", ""),
            with_=tuple(e["with"]),
            without=tuple(e["without"]),
            path=root / "html" / f"{e['id']}.html.gz",
        )
        for e in entries
    ]
    pages.sort(key=lambda p: p.id)
    return pages[:limit] if limit else pages


@dataclass(frozen=True)
class Counts:
    """Segment counts; the metrics are those of the set's README."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


@dataclass(frozen=True)
class PageScore:
    """Which ``with`` segments were found and which ``without`` ones leaked."""

    found: tuple[bool, ...]
    leaked: tuple[bool, ...]

    @property
    def counts(self) -> Counts:
        tp, fp = sum(self.found), sum(self.leaked)
        return Counts(tp=tp, fn=len(self.found) - tp, fp=fp, tn=len(self.leaked) - fp)


def score_text(text: str | None, page: Page) -> PageScore:
    """Score one output against ``page`` (``None`` or empty output finds nothing).

    >>> page = Page("0", "", ("body",), ("menu",), Path("x"))
    >>> score_text("the body text", page).counts
    Counts(tp=1, fn=0, fp=0, tn=1)
    """
    text = text or ""
    return PageScore(
        found=tuple(s in text for s in page.with_),
        leaked=tuple(s in text for s in page.without),
    )


def total(scores: Iterable[PageScore]) -> Counts:
    """The summed counts of ``scores``."""
    result = Counts()
    for score in scores:
        result = result + score.counts
    return result
