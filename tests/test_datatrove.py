"""cleantext.integrations.datatrove: the extractor alone, then in a LocalPipelineExecutor over WARC and WET files."""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove", reason="datatrove is not installed (pip install 'cleantext-articles[datatrove]')")
pytest.importorskip("warcio", reason="warcio is needed to write the test WARC files")

from datatrove.data import Document as DatatroveDocument
from warcio.archiveiterator import ArchiveIterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wet import PAGES, TEXTS, write_html_warc, write_wet

from cleantext import clean, default_pipeline, register_filter
from cleantext.document import Document
from cleantext.integrations.datatrove import REMOVED_KEY, CleantextExtractor

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "en-text-seed-paywall-donation-qr" / "input.txt"  # a paywall line, a donation letter, QR prompts


@register_filter("test_datatrove_stall")
def stall(doc: Document) -> None:
    """Hangs on documents saying STALL (for the timeout test)."""
    if "STALL" in doc.text:
        time.sleep(30)


def totals(stats: dict[str, Any]) -> dict[str, int]:
    """A datatrove step's stats as name -> total (a stat only ever bumped by 1 is saved as a bare count)."""
    return {name: value if isinstance(value, int) else value["total"] for name, value in stats["stats"].items()}


# -- the extractor alone ----------------------------------------------------------
def test_extract_is_clean_text() -> None:
    page = PAGES[0].read_text(encoding="utf-8")
    extractor = CleantextExtractor(input_format="html")
    assert extractor.extract(page) == clean(page, input_format="html").text
    text = SEED.read_text(encoding="utf-8")
    body, removed = CleantextExtractor(input_format="text").clean_text(text, "https://dt.example/t")
    expected = clean(text, input_format="text", url="https://dt.example/t")
    assert body == expected.text and removed == dict(Counter(b.label for b in expected.removed)) and removed
    with pytest.raises(ValueError, match="input_format"):
        CleantextExtractor(input_format="markdown")


def test_run_sets_metadata_drops_empty_documents_and_survives_errors() -> None:
    texts = [SEED.read_text(encoding="utf-8"), "Advertisement", 42, TEXTS[1].read_text(encoding="utf-8")]
    docs = [DatatroveDocument(text=text, id=str(n), metadata={"url": f"https://dt.example/{n}"}) for n, text in enumerate(texts)]  # type: ignore[arg-type]
    extractor = CleantextExtractor(input_format="text")
    out = list(extractor.run(iter(docs)))
    assert [doc.id for doc in out] == ["0", "3"]  # "1" came out empty, "2" is not text
    for doc in out:
        expected = clean(texts[int(doc.id)], input_format="text", url=doc.metadata["url"])
        assert doc.text == expected.text
        assert doc.metadata[REMOVED_KEY] == dict(Counter(b.label for b in expected.removed))
    stats = totals(extractor.stats.to_dict())
    assert stats["total"] == 4 and stats["forwarded"] == 2 and stats["dropped"] == 1
    assert stats["clean_error"] == 1 and "broken_process" not in stats  # the error came back; the worker lived on
    removed = Counter(label for doc in out for label, n in doc.metadata[REMOVED_KEY].items() for _ in range(n))
    removed["advertisement"] += 1  # the dropped document's
    assert {key: value for key, value in stats.items() if key.startswith("removed_")} == {f"removed_{k}": v for k, v in removed.items()}


def test_a_document_past_the_timeout_is_skipped_and_the_next_one_cleaned() -> None:
    pipeline = default_pipeline().insert_after("paywall", "test_datatrove_stall")
    docs = [DatatroveDocument(text=f"Title {n}\n\nThe body of story {n}, {'STALL' if n == 0 else 'fine'}.", id=str(n)) for n in range(2)]
    extractor = CleantextExtractor(input_format="text", timeout=1.0, pipeline=pipeline, removed_key=None)
    out = list(extractor.run(iter(docs)))
    assert [doc.id for doc in out] == ["1"] and out[0].metadata == {}
    assert totals(extractor.stats.to_dict())["timeout"] == 1


# -- in datatrove's executor --------------------------------------------------------
def _read_jsonl(folder: Path) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            doc = json.loads(line)
            docs[doc["id"]] = doc
    return docs


def _reader_documents(paths: list[Path]) -> list[dict[str, Any]]:
    """What datatrove's WarcReader makes of the files' records (text, id, url, date)."""
    from datatrove.pipeline.readers.warc import process_record

    found = []
    for path in paths:
        with open(path, "rb") as stream:
            found += [data for record in ArchiveIterator(stream) if (data := process_record(record))]
    return found


@pytest.mark.parametrize("kind", ["warc", "wet"])
def test_local_pipeline_executor_output_equals_clean(kind: str, tmp_path: Path) -> None:
    pytest.importorskip("cchardet", reason="datatrove's WarcReader needs faust-cchardet")
    pytest.importorskip("magic", reason="datatrove's WarcReader needs python-magic")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    if kind == "warc":
        half = len(PAGES) // 2
        paths = [write_html_warc(crawl / "a.warc.gz", PAGES[:half]), write_html_warc(crawl / "b.warc.gz", PAGES[half:])]
        input_format, tasks = "html", 2  # two tasks in two worker processes, a file each
    else:
        paths = [write_wet(crawl / "a.warc.wet.gz", TEXTS)]
        input_format, tasks = "text", 1
    executor = LocalPipelineExecutor(
        pipeline=[WarcReader(str(crawl)), CleantextExtractor(input_format=input_format, timeout=30), JsonlWriter(str(tmp_path / "out"))],
        tasks=tasks,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    read = _reader_documents(paths)
    if kind == "warc":
        assert len(read) == len(PAGES)  # the image and the requests are not documents
    else:
        # WET records carry no payload type, so datatrove sniffs each with libmagic, which can
        # take a text for something else (a French sample reads as message/news) and skip it.
        assert len(TEXTS) - 2 <= len(read) <= len(TEXTS)
    expected = {data["id"]: (data, clean(data["text"], input_format=input_format, url=data["url"])) for data in read}
    kept = {ident: pair for ident, pair in expected.items() if pair[1].text}
    got = _read_jsonl(tmp_path / "out")
    assert got.keys() == kept.keys() and len(got) >= len(read) - 2
    for ident, doc in got.items():
        data, cleaned = kept[ident]
        assert doc["text"] == cleaned.text
        assert doc["metadata"][REMOVED_KEY] == dict(Counter(block.label for block in cleaned.removed))
        assert (doc["metadata"]["url"], doc["metadata"]["date"]) == (data["url"], data["date"])
    assert any(doc["metadata"][REMOVED_KEY] for doc in got.values()), "the samples carry boilerplate to remove"
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    step = totals(next(entry for entry in stats if "cleantext" in entry["name"]))
    assert step["forwarded"] == len(got)
    removed = Counter(label for _, cleaned in expected.values() for label in (b.label for b in cleaned.removed))
    assert {k: v for k, v in step.items() if k.startswith("removed_")} == {f"removed_{k}": v for k, v in removed.items()}
