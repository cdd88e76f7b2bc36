"""clean_many: order, failures as results, timeouts, crashes, laziness."""

from __future__ import annotations

import gzip
import itertools
import os
import time
from pathlib import Path

import pytest

from cleantext import BatchResult, PipelineError, clean, clean_many, default_pipeline
from cleantext.document import Document

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "en-text-seed-paywall-donation-qr" / "input.txt"


def _text(n: int) -> str:
    return f"Headline number {n}\n\nThe body of story {n} is one full sentence."


def stall(doc: Document) -> None:
    """A step that hangs on documents saying STALL (for the timeout tests)."""
    if "STALL" in doc.text:
        time.sleep(60)


def crash(doc: Document) -> None:
    """A step that kills its process on documents saying CRASH."""
    if "CRASH" in doc.text:
        os._exit(3)


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_with_failures_in_place(jobs: int, tmp_path: Path) -> None:
    gz = tmp_path / "seed.txt.gz"
    gz.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    items = [_text(0), ("id-1", _text(1)), 42, gz, tmp_path / "nope.html", _text(5)]
    results = list(clean_many(items, jobs=jobs, timeout=30 if jobs > 1 else None))
    assert [r.index for r in results] == list(range(6))
    assert [r.ok for r in results] == [True, True, False, True, False, True]
    assert results[1].source == "id-1" and results[0].source is None and results[0].name == "#0"
    assert results[0].document is not None and results[0].document.title == "Headline number 0"
    assert "UnsupportedInputError" in (results[2].error or "") and results[2].document is None
    assert results[3].source == str(gz)
    assert results[3].document is not None and results[3].document.text == clean(SAMPLE.read_bytes()).text
    assert "FileNotFoundError" in (results[4].error or "")
    assert all(isinstance(r, BatchResult) and r.elapsed >= 0 for r in results)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_past_the_timeout_fails_and_the_batch_goes_on(jobs: int) -> None:
    pipeline = default_pipeline().add(stall, "stall")
    items = [_text(0), "Headline\n\nThis one says STALL and hangs.", _text(2), _text(3)]
    results = list(clean_many(items, jobs=jobs, timeout=1, pipeline=pipeline))
    assert [r.ok for r in results] == [True, False, True, True]
    assert "timed out" in (results[1].error or "")
    assert results[3].document is not None and results[3].document.title == "Headline number 3"


def test_a_crashing_worker_fails_its_document_only() -> None:
    pipeline = default_pipeline().add(crash, "crash")
    items = [_text(0), "Headline\n\nThis one says CRASH and exits.", _text(2)]
    results = list(clean_many(items, jobs=2, timeout=30, pipeline=pipeline))
    assert [r.ok for r in results] == [True, False, True]
    assert "died" in (results[1].error or "")


def test_edited_default_pipelines_reach_the_workers() -> None:
    text = "Headline\n\nThe body of the story.\n\nSubscribe to continue."
    (kept,) = clean_many([text], jobs=2, timeout=30, pipeline=default_pipeline().without("paywall", "block_evidence"))
    (cut,) = clean_many([text], jobs=2, timeout=30)
    assert kept.document is not None and "Subscribe to continue." in kept.document.text
    assert cut.document is not None and "Subscribe to continue." not in cut.document.text


def test_unpicklable_steps_are_refused_with_a_clear_error() -> None:
    pipeline = default_pipeline().add(lambda doc: None, "anonymous")
    with pytest.raises(PipelineError, match="anonymous"):
        list(clean_many([_text(0)], jobs=2, pipeline=pipeline))


def test_items_are_read_lazily() -> None:
    # templates=False: site templates need the whole batch before the first result
    endless = (_text(n) for n in itertools.count())
    first = list(itertools.islice(clean_many(endless, jobs=2, timeout=30, templates=False), 5))
    assert [r.document.title for r in first if r.document] == [f"Headline number {n}" for n in range(5)]


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError):
        list(clean_many([], jobs=0))
    with pytest.raises(ValueError):
        list(clean_many([], timeout=0))


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_item_can_carry_its_own_clean_options(jobs: int) -> None:
    snippet = "<p>Code sample</p>\n\nThe story quotes the tag above in its body, word for word."
    items = [("as-html", snippet), ("as-text", snippet, {"input_format": "text", "url": "https://t.example/x"}), ("next", snippet)]
    results = list(clean_many(items, jobs=jobs, timeout=30 if jobs > 1 else None))
    assert [r.source for r in results] == ["as-html", "as-text", "next"]
    formats = [r.document.source_format for r in results if r.document]
    assert formats == ["html", "text", "html"]  # the options of one item do not leak to the next
    own = results[1].document
    assert own is not None and own.url == "https://t.example/x"
    assert own.to_dict() == clean(snippet, input_format="text", url="https://t.example/x").to_dict()
