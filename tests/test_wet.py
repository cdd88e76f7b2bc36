"""WET input: the ``conversion`` records of Common Crawl's text files, cleaned as plain text."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="warcio is needed to read WET files (pip install 'cleantext-articles[warc]')")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wet import DATE, TEXTS, conversion, record_id, write_wet
from warcio.warcwriter import WARCWriter

from cleantext import clean
from cleantext.cli.warc import main
from cleantext.integrations.warc import TextRecord, clean_warc, decode_text, read_warc

ARTICLE = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>" + "".join(
    f"<p>The harbour reopened on Monday after the storm. Paragraph {n} goes on with more words.</p>" for n in range(4)
) + "</article></body></html>"


def expected(text: Path, url: str) -> dict[str, object]:
    return clean(text.read_text(encoding="utf-8"), input_format="text", url=url).to_dict()


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_wet_records_are_cleaned_as_text(tmp_path: Path, compress: bool) -> None:
    assert len(TEXTS) >= 4, "samples/*/input.txt are the WET pages"
    path = write_wet(tmp_path / ("in.warc.wet.gz" if compress else "in.warc.wet"), TEXTS[:4], gzip=compress)
    results = list(clean_warc(path))
    assert [r.status for r in results] == ["skipped"] + ["cleaned"] * 4
    assert results[0].skipped_reason == "record_type:warcinfo"
    for n, (result, text) in enumerate(zip(results[1:], TEXTS[:4])):
        url = f"https://wet.example/{text.parent.name}"
        assert (result.record_id, result.url, result.date) == (record_id(n), url, DATE)
        assert result.document is not None and result.document.source_format == "text"
        assert result.document.to_dict() == expected(text, url)
        line = result.to_dict(source=str(path))
        assert (line["record_id"], line["warc_date"], line["url"], line["error"]) == (record_id(n), DATE, url, None)
    assert any(r.document and r.document.removed for r in results), "the samples carry boilerplate to remove"


def test_text_with_tags_in_it_stays_text(tmp_path: Path) -> None:
    """A WET page quoting markup must not be re-read as HTML (auto-detection would)."""
    text = b"Writing your first page\n\nEvery page starts with <html> and a <body> tag, then paragraphs in <p> tags.\n\nAdvertisement"
    with open(tmp_path / "tags.wet", "wb") as stream:
        conversion(WARCWriter(stream, gzip=False), "https://wet.example/tags", text, 1)
    (result,) = clean_warc(tmp_path / "tags.wet")
    assert result.document is not None and result.document.source_format == "text"
    assert "<body>" in result.document.text and [b.label for b in result.document.removed] == ["advertisement"]
    assert result.document.to_dict() == clean(text.decode(), input_format="text", url="https://wet.example/tags").to_dict()


def test_a_file_mixing_record_types_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + ARTICLE.encode()
        writer.write_record(writer.create_warc_record("https://mix.example/page", "response", payload=io.BytesIO(http)))
        conversion(writer, "https://mix.example/page", TEXTS[0].read_bytes(), 1)
        conversion(writer, "https://mix.example/data", b'{"not": "text"}', 2, content_type="application/json")
        conversion(writer, "https://mix.example/blank", b"  \n ", 3)
        writer.write_record(writer.create_warc_record("https://mix.example/page", "metadata", payload=io.BytesIO(b"a: b\r\n"), warc_content_type="application/warc-fields"))
    results = list(clean_warc(path))
    assert [(r.status, r.skipped_reason) for r in results] == [
        ("skipped", "record_type:warcinfo"),
        ("cleaned", None),
        ("cleaned", None),
        ("skipped", "not_text"),
        ("skipped", "empty"),
        ("skipped", "record_type:metadata"),
    ]
    html, text = results[1].document, results[2].document
    assert html is not None and html.source_format == "html" and html.to_dict() == clean(ARTICLE, url="https://mix.example/page").to_dict()
    assert text is not None and text.source_format == "text" and text.to_dict() == expected(TEXTS[0], "https://mix.example/page")
    # two workers give the same results, in the same order
    assert [r.to_dict() for r in clean_warc(path, jobs=2, timeout=30)] == [r.to_dict() for r in results]


def test_charset_and_bad_bytes(tmp_path: Path) -> None:
    body = "Café du port\n\nLe café du port a rouvert ses portes lundi matin après les travaux."
    with open(tmp_path / "cs.wet", "wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        conversion(writer, "https://cs.example/1", body.encode("cp1252"), 1, content_type="text/plain; charset=windows-1252")
        conversion(writer, "https://cs.example/2", b"\xef\xbb\xbf" + body.encode(), 2)
        conversion(writer, "https://cs.example/3", b"\xff\xfe\x00junk \x80\x81" * 20, 3)
    records = list(read_warc(tmp_path / "cs.wet"))
    assert all(isinstance(r, TextRecord) for r in records)
    assert records[0].text == body and records[1].text == body  # header charset; UTF-8 byte-order mark dropped
    assert isinstance(records[2].text, bytes)  # neither fits: clean() detects
    results = list(clean_warc(tmp_path / "cs.wet"))
    assert [r.status for r in results] == ["cleaned"] * 3 and results[0].document.title == "Café du port"
    assert decode_text(b"plain", "no-such-charset") == "plain"


def test_record_cut_short_is_cleaned_with_a_warning(tmp_path: Path) -> None:
    whole = write_wet(tmp_path / "whole.wet", TEXTS[:1], gzip=False).read_bytes()
    (tmp_path / "cut.wet").write_bytes(whole[: len(whole) - 200])
    results = list(clean_warc(tmp_path / "cut.wet"))
    assert results[-1].document is not None and any("truncated" in w for w in results[-1].document.warnings)


def test_cli_reads_wet_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wet = write_wet(tmp_path / "c.warc.wet.gz", TEXTS[:3])
    out = tmp_path / "out.jsonl"
    assert main([str(wet), "-o", str(out), "--jobs", "2"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["url"] for line in lines] == [f"https://wet.example/{t.parent.name}" for t in TEXTS[:3]]
    assert [line["record_id"] for line in lines] == [record_id(n) for n in range(3)]
    assert all(line["warc_date"] == DATE and line["source"] == str(wet) and line["source_format"] == "text" for line in lines)
    assert lines[0]["text"] == clean(TEXTS[0].read_text(encoding="utf-8"), input_format="text").text
    err = capsys.readouterr().err
    assert "records read: 4" in err and "cleaned:      3" in err and "record_type:warcinfo 1" in err


def test_cli_reads_wet_from_standard_input(tmp_path: Path) -> None:
    wet = write_wet(tmp_path / "s.wet.gz", TEXTS[:2])
    run = subprocess.run([sys.executable, "-m", "cleantext.cli.warc", "-"], input=wet.read_bytes(), capture_output=True, check=True)
    lines = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert [line["record_id"] for line in lines] == [record_id(0), record_id(1)]
    assert gzip.decompress(wet.read_bytes()).count(b"WARC-Type: conversion") == 2
