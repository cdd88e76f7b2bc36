"""Site rules and templates through the WARC reader, ``cleantext warc`` and the Spark partition function."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="warcio is needed to write and read WARC files")
from warcio.warcwriter import WARCWriter  # noqa: E402

from cleantext.cli.warc import main as warc_main  # noqa: E402
from cleantext.integrations.spark import clean_partition  # noqa: E402
from cleantext.integrations.warc import clean_warc  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.site_templates import SLOGAN, NEWSLETTER, generate_site  # noqa: E402

SITE = generate_site(15)
RULES = 'hosts = ["gazette.example"]\n[[drop_text]]\ncontains = ["call the newsroom"]\nlabel = "tips_line"\n'


def write_warc(path: Path) -> Path:
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for page in SITE:
            body = page.html.encode()
            response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
            writer.write_record(writer.create_warc_record(page.url, "response", payload=io.BytesIO(response)))
    return path


def test_warc_records_get_templates_and_rules_by_their_target_uri(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "site.warc.gz")
    (tmp_path / "rules.toml").write_text(RULES, encoding="utf-8")
    results = [r for r in clean_warc(warc, rules=tmp_path / "rules.toml") if r.document]
    assert len(results) == len(SITE)
    for result in results:
        assert result.document is not None and SLOGAN not in result.document.text
        labels = {b.label: b.removed_by for b in result.document.removed}
        assert labels.get("site_template") == "site_template" and labels.get("tips_line") == "site_rules"
    untouched = [r for r in clean_warc(warc, templates=False) if r.document]
    assert all(r.document is not None and SLOGAN in r.document.text for r in untouched)
    assert [r.document.url for r in untouched] == [p.url for p in SITE]  # type: ignore[union-attr]


def test_the_warc_command_takes_rules_and_no_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = write_warc(tmp_path / "site.warc.gz")
    (tmp_path / "rules.toml").write_text(RULES, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert warc_main([str(warc), "-o", str(out), "--rules", str(tmp_path / "rules.toml")]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(NEWSLETTER not in row["text"] for row in rows)
    assert all(any(r["label"] == "tips_line" for r in row["removed"]) for row in rows)
    assert warc_main([str(warc), "-o", str(out), "--no-templates"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(SLOGAN in row["text"] for row in rows)
    (tmp_path / "bad.toml").write_text('hosts = ["a.example"]\n[[strip]]\ncss = "p["\n', encoding="utf-8")
    capsys.readouterr()
    assert warc_main([str(warc), "--rules", str(tmp_path / "bad.toml")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad.toml'}:3: bad css selector" in err and "Traceback" not in err


def test_the_spark_partition_function_learns_the_partition_s_templates(tmp_path: Path) -> None:
    pairs = [(page.url, page.html) for page in SITE]
    rows = list(clean_partition(pairs, rules=_rules(tmp_path)))
    assert len(rows) == len(SITE) and all(SLOGAN not in row["text"] for row in rows)
    assert all(any(r["label"] == "tips_line" for r in row["removed"]) for row in rows)
    plain = list(clean_partition(pairs, templates=False))
    assert all(SLOGAN in row["text"] for row in plain)
    assert list(clean_partition(pairs[::-1], rules=_rules(tmp_path))) == rows[::-1]


def _rules(tmp_path: Path) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(RULES, encoding="utf-8")
    return path
