"""cleantext.integrations.warc and the ``cleantext warc`` command, on WARC/ARC files written here by hand."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="warcio is needed to read WARC files (pip install 'cleantext-articles[warc]')")

from cleantext import batch, clean
from cleantext.integrations import warc as warc_module
from cleantext.integrations.warc import WarcResult, clean_warc, decode_payload, is_html
from cleantext.cli.warc import main

DATE = "2024-05-01T12:00:00Z"


def page(title: str, sentence: str, meta: str = "") -> str:
    paragraphs = "".join(f"<p>{sentence} Paragraph {n} goes on with more words about it.</p>" for n in range(4))
    return f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"


def http(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    lines = [f"HTTP/1.1 {status}", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def record(kind: str, url: str, block: bytes, n: int, content_type: str | None = None) -> bytes:
    content_type = content_type or f"application/http; msgtype={kind}"
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Date: {DATE}\r\nWARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("latin-1") + block + b"\r\n\r\n"


def write(path: Path, records: list[bytes], compress: bool) -> Path:
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if compress else b"".join(records))
    return path


def chunked(data: bytes, size: int = 50) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


ARTICLE = page("Harbour reopens after storm", "The harbour reopened on Monday after the storm.").encode()


def mixed_records() -> list[bytes]:
    return [
        record("warcinfo", "", b"software: test\r\n", 0, "application/warc-fields"),
        record("request", "https://news.example/a", b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", 1),
        record("response", "https://news.example/a", http(ARTICLE, "Content-Type: text/html"), 2),
        record("response", "https://news.example/logo.png", http(b"\x89PNG\r\n\x1a\n....", "Content-Type: image/png"), 3),
        record("response", "https://news.example/gone", http(ARTICLE, "Content-Type: text/html", status="404 Not Found"), 4),
        record("response", "https://news.example/doc", http(b"%PDF-1.7 binary", "Content-Type: text/html"), 5),
        record("response", "https://news.example/sniffed", http(ARTICLE, "Content-Type: application/octet-stream"), 6),
        record("metadata", "https://news.example/a", b"fetchTimeMs: 12\r\n", 7, "application/warc-fields"),
    ]


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_html_responses_are_cleaned_and_others_skipped(tmp_path: Path, compress: bool) -> None:
    path = write(tmp_path / ("in.warc.gz" if compress else "in.warc"), mixed_records(), compress)
    results = list(clean_warc(path))
    assert [r.status for r in results] == ["skipped", "skipped", "cleaned", "skipped", "skipped", "skipped", "cleaned", "skipped"]
    assert [r.skipped_reason for r in results if r.status == "skipped"] == [
        "record_type:warcinfo",
        "record_type:request",
        "not_html",
        "http_status",
        "not_html",
        "record_type:metadata",
    ]
    cleaned = results[2]
    assert (cleaned.record_id, cleaned.url, cleaned.date) == ("<urn:uuid:00000000-0000-0000-0000-000000000002>", "https://news.example/a", DATE)
    expected = clean(ARTICLE, url="https://news.example/a")
    assert cleaned.document is not None and cleaned.document.to_dict() == expected.to_dict()
    assert "harbour reopened on Monday" in cleaned.document.text
    line = cleaned.to_dict()
    assert line["record_id"] == cleaned.record_id and line["warc_date"] == DATE and line["error"] is None


@pytest.mark.parametrize(
    "encoding",
    ["chunked", "gzip", "deflate", "chunked+gzip", "br"],
)
def test_transfer_and_content_encodings_are_undone(tmp_path: Path, encoding: str) -> None:
    body, headers = ARTICLE, ["Content-Type: text/html; charset=utf-8"]
    if "gzip" in encoding:
        body, headers = gzip.compress(body), headers + ["Content-Encoding: gzip"]
    if encoding == "deflate":
        body, headers = zlib.compress(body), headers + ["Content-Encoding: deflate"]
    if encoding == "br":
        brotli = pytest.importorskip("brotli", reason="brotli decodes Content-Encoding: br")
        body, headers = brotli.compress(body), headers + ["Content-Encoding: br"]
    if "chunked" in encoding:
        body, headers = chunked(body), headers + ["Transfer-Encoding: chunked"]
    path = write(tmp_path / "enc.warc.gz", [record("response", "https://news.example/e", http(body, *headers), 1)], True)
    (result,) = clean_warc(path)
    assert result.document is not None, result
    assert result.document.to_dict() == clean(ARTICLE, url="https://news.example/e").to_dict()


def test_bytes_after_the_last_chunk_are_not_truncation(tmp_path: Path) -> None:
    block = http(chunked(ARTICLE) + b"\r\n\r\n", "Content-Type: text/html", "Transfer-Encoding: chunked")
    (result,) = clean_warc(write(tmp_path / "t.warc", [record("response", "https://news.example/t", block, 1)], False))
    assert result.document is not None and result.document.warnings == []


def test_unsupported_content_encoding_is_an_error_not_garbage(tmp_path: Path) -> None:
    block = http(b"\x28\xb5\x2f\xfd garbage", "Content-Type: text/html", "Content-Encoding: zstd-like")
    path = write(tmp_path / "z.warc", [record("response", "https://news.example/z", block, 1)], False)
    (result,) = clean_warc(path)
    assert result.status == "failed" and "zstd-like" in (result.error or "")


def test_header_charset_used_when_page_declares_none(tmp_path: Path) -> None:
    # Greek ISO-8859-7 and EUC-JP pages that charset detection alone misreads.
    greek = page("Ειδήσεις της ημέρας", "Σήμερα έβρεξε πολύ στην πόλη και οι δρόμοι πλημμύρισαν.")
    japanese = page("東京の天気", "東京では今日も雨が降りました。明日は晴れるでしょう。")
    records = [
        record("response", "https://a.example/1", http(greek.encode("iso-8859-7"), "Content-Type: text/html; charset=ISO-8859-7"), 1),
        record("response", "https://a.example/2", http(japanese.encode("euc-jp"), "Content-Type: text/html; charset=EUC-JP"), 2),
        # the page's own declaration wins over the header
        record(
            "response",
            "https://a.example/3",
            http(page("Café", "Ça va très bien, merci.", '<meta charset="windows-1252">').encode("cp1252"), "Content-Type: text/html; charset=iso-8859-7"),
            3,
        ),
    ]
    first, second, third = clean_warc(write(tmp_path / "cs.warc", records, False))
    assert first.document and first.document.title == "Ειδήσεις της ημέρας"
    assert second.document and "東京では今日も雨が降りました" in second.document.text
    assert third.document and third.document.title == "Café"


def test_decode_payload_rules() -> None:
    assert decode_payload("é".encode("cp1252"), None) == "é".encode("cp1252")  # no header: clean() decides
    assert decode_payload("é".encode("cp1252"), "no-such-charset") == "é".encode("cp1252")
    assert decode_payload("<p>жук".encode("koi8_r"), "koi8-r") == "<p>жук"
    assert decode_payload("<p>café".encode(), "iso-8859-1") == "<p>café".encode()  # valid UTF-8 wins
    assert decode_payload("<p>caf\x81".encode("latin-1"), "windows-1252") == "<p>caf\x81".encode("latin-1")  # header lies
    assert is_html(None, b"  <!DOCTYPE html><html>") and not is_html("application/json", b"<html>")


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_broken_record_is_reported_and_reading_goes_on(tmp_path: Path, compress: bool) -> None:
    good = [record("response", f"https://b.example/{n}", http(ARTICLE, "Content-Type: text/html"), n) for n in range(3)]
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: not-a-number\r\n\r\n<html>junk\r\n\r\n"
    if compress:
        broken = gzip.compress(broken)[:-12] + b"\x00" * 12  # a gzip member with a damaged trailer too
        data = gzip.compress(good[0]) + broken + gzip.compress(good[1]) + gzip.compress(good[2])
    else:
        data = good[0] + broken + good[1] + good[2]
    path = tmp_path / ("broken.warc.gz" if compress else "broken.warc")
    path.write_bytes(data)
    results = list(clean_warc(path))
    assert [r.url for r in results if r.document] == ["https://b.example/0", "https://b.example/1", "https://b.example/2"]
    failed = [r for r in results if r.status == "failed"]
    assert len(failed) >= 1 and all(r.error for r in failed)


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_record_cut_short_is_cleaned_with_a_warning(tmp_path: Path, compress: bool) -> None:
    whole = record("response", "https://t.example/1", http(ARTICLE, "Content-Type: text/html"), 1)
    cut = record("response", "https://t.example/2", http(ARTICLE, "Content-Type: text/html", "X-Cut: yes"), 2)
    cut = gzip.compress(cut)[: len(gzip.compress(cut)) * 2 // 3] if compress else cut[: len(cut) * 2 // 3]
    path = tmp_path / "cut.warc"
    path.write_bytes((gzip.compress(whole) if compress else whole) + cut)
    first, second = clean_warc(path)
    assert first.document is not None and first.document.warnings == []
    assert second.document is not None and any("truncated" in w for w in second.document.warnings)


def test_arc_files_are_read(tmp_path: Path) -> None:
    body = http(ARTICLE, "Content-Type: text/html")
    version = b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://test.arc 0.0.0.0 20240501120000 text/plain %d\n" % len(version) + version + b"\n"
    entry = b"http://arc.example/story 1.2.3.4 20240501120000 text/html %d\n" % len(body) + body + b"\n"
    path = tmp_path / "old.arc.gz"
    path.write_bytes(gzip.compress(filedesc) + gzip.compress(entry))
    cleaned = [r for r in clean_warc(path) if r.document]
    assert [r.url for r in cleaned] == ["http://arc.example/story"]
    assert cleaned[0].document.to_dict() == clean(ARTICLE, url="http://arc.example/story").to_dict()


def stuck(*args: object, **kwargs: object) -> None:
    while True:
        pass


def test_jobs_give_the_same_results(tmp_path: Path) -> None:
    path = write(tmp_path / "j.warc.gz", mixed_records() * 3, True)
    one = [r.to_dict() if r.document else (r.status, r.skipped_reason) for r in clean_warc(path)]
    two = [r.to_dict() if r.document else (r.status, r.skipped_reason) for r in clean_warc(path, jobs=2, timeout=30)]
    assert one == two and len(one) == 24


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the stuck clean() is patched in before workers fork")
def test_record_over_budget_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "clean", stuck)
    path = write(tmp_path / "t.warc.gz", mixed_records(), True)
    results = list(clean_warc(path, timeout=0.3))
    assert [r.status for r in results].count("failed") == 2 and [r.status for r in results].count("skipped") == 6
    assert all((r.error or "").startswith("timed out") for r in results if r.status == "failed")


def test_clean_record_budget_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_module, "clean", stuck)
    result = warc_module.clean_record(warc_module.HtmlRecord("id", "https://s.example/", DATE, ARTICLE), timeout=0.2)
    assert result.status == "failed" and result.error == "timed out after 0.2s"


def test_cli_writes_jsonl_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "c.warc.gz", mixed_records(), True)
    out = tmp_path / "out.jsonl"
    assert main([str(path), str(tmp_path / "missing.warc.gz"), "-o", str(out), "--jobs", "2"]) == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["url"] for line in lines] == ["https://news.example/a", "https://news.example/sniffed"]
    assert lines[0]["record_id"].endswith("000000000002>") and lines[0]["warc_date"] == DATE
    assert {line["source"] for line in lines} == {str(path)}
    err = capsys.readouterr().err
    assert "missing.warc.gz" in err
    assert "records read: 8" in err and "cleaned:      2" in err and "failed:       0" in err
    assert "skipped:      6 (not_html 2, http_status 1, record_type:metadata 1, record_type:request 1, record_type:warcinfo 1)" in err
    assert "\r" not in err  # no progress line when stderr is not a terminal


def test_cli_progress_only_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import re

    from cleantext.cli.warc import _parser, _run

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("cleantext.cli.progress.MININTERVAL", 0)  # draw every record
    path = write(tmp_path / "p.warc", mixed_records(), False)
    size = path.stat().st_size
    err = Terminal()
    assert _run(_parser().parse_args([str(tmp_path / "missing.warc"), str(path)]), io.StringIO(), err) == 1
    shown = err.getvalue()
    # bytes read of the inputs' total, elapsed<left, rate, then the record counts
    assert re.search(r"\| [\d.]+k?B/[\d.]+kB \[\d\d:\d\d<\d\d:\d\d, [^\]]*B/s, 1 records, 0 cleaned \([\d.]+/s\), 1 skipped, 0 failed, unreadable files: 1\]", shown), shown
    assert f"{size / 1000:.2f}kB/{size / 1000:.2f}kB" in shown and "8 records, 2 cleaned (" in shown
    assert "missing.warc: No such file" in shown
    assert shown.rstrip().endswith("pages/s)")  # the summary follows the cleared bar
    quiet = Terminal()
    assert _run(_parser().parse_args([str(path), "-q"]), io.StringIO(), quiet) == 0
    assert "\r" not in quiet.getvalue() and "records read: 8" in quiet.getvalue()


def test_cli_as_module_and_lazy_imports(tmp_path: Path) -> None:
    path = write(tmp_path / "m.warc", mixed_records(), False)
    run = subprocess.run([sys.executable, "-m", "cleantext.cli.warc", str(path)], capture_output=True, text=True, check=True)
    assert len(run.stdout.splitlines()) == 2 and "records read: 8" in run.stderr
    # the old module path still runs too
    piped = subprocess.run([sys.executable, "-m", "cleantext.warc_cli", "-"], input=path.read_bytes(), capture_output=True, check=True)
    assert piped.stdout.decode().replace('"source": "-"', f'"source": "{path}"') == run.stdout
    probe = "import sys, cleantext.warc, cleantext.warc_cli, cleantext.cli.warc, cleantext.spark, cleantext.integrations.spark; print(sorted(m for m in sys.modules if m.split('.')[0] in ('warcio', 'pyspark', 'py4j')))"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_result_statuses() -> None:
    assert WarcResult("id", "u", "d", error="boom").status == "failed"
    assert WarcResult("id", "u", "d", skipped_reason="not_html").to_dict() == {"url": "u", "record_id": "id", "warc_date": "d", "error": None}
