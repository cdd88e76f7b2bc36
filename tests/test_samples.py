"""Every folder in samples/ holds an input and the Document expected from it.

``expected.json`` keys: ``title`` (exact), ``paragraphs`` (the body blocks'
texts, exactly and in order), ``captions`` (exactly, in order), ``removed``
(each ``{label, text}`` must be among the removed blocks) and, optionally,
``adversarial: true`` for articles about boilerplate that must come out whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: Labels of blocks that are structure rather than boilerplate (allowed in adversarial cases).
STRUCTURE_LABELS = {"byline", "caption", "credit", "kicker"}
CASES = sorted(p for p in SAMPLES.iterdir() if (p / "expected.json").exists())


def _input(case: Path) -> bytes:
    (path,) = [p for p in case.iterdir() if p.name.startswith("input.")]
    return path.read_bytes()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_sample(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    doc = clean(_input(case))
    if "title" in expected:
        assert doc.title == expected["title"]
    assert [b.text for b in doc.blocks] == expected["paragraphs"]
    if "captions" in expected:
        assert [b.text for b in doc.captions] == expected["captions"]
    removed = {(b.label, b.text) for b in doc.removed}
    for item in expected.get("removed", []):
        assert (item["label"], item["text"]) in removed, f"not removed as {item['label']}: {item['text']!r}"
    if expected.get("adversarial"):
        # Page furniture (markup) and structure (byline, kicker, captions) are not
        # boilerplate; the exact paragraph check above still guards the body.
        assert [b for b in doc.removed if b.removed_by != "markup_signals" and b.label not in STRUCTURE_LABELS] == [], doc.explain()


def test_there_are_enough_samples() -> None:
    assert len(CASES) >= 30
    assert sum(json.loads((c / "expected.json").read_text())["adversarial"] is True for c in CASES if "adversarial" in json.loads((c / "expected.json").read_text())) >= 8
