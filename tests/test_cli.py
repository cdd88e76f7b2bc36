"""The command line: inputs, formats, outputs, pipeline options, exit codes, warc dispatch."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import jsonschema
import pytest

from cleantext import DEFAULT_STEPS, __version__, clean
from cleantext.cli import Progress, main
from cleantext.schema import load_schema

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "en-text-seed-paywall-donation-qr" / "input.txt"
PAGE = (
    "<html><head><title>Rates rise</title></head><body><article><h1>Rates rise</h1>"
    "<p>The central bank raised its main rate on Tuesday, the third rise this year, citing inflation.</p>"
    "<p>Economists expect one more rise before the end of the year, though opinions differ.</p>"
    "</article></body></html>"
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/seed.txt, in/sub/page.html, in/sub/seed2.txt.gz and a JSON file a directory search skips."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    (root / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "sub" / "seed2.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (root / "notes.json").write_text("{}", encoding="utf-8")
    return root


def test_one_file_prints_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    assert capsys.readouterr().out == clean(SEED.read_bytes()).to_text()


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["-", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == clean(SEED.read_bytes()).to_markdown()


def test_directory_to_output_directory(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([str(tree), "-o", str(out), "--format", "json", "--jobs", "2", "-q"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["seed.json", "sub/page.json", "sub/seed2.json"]
    seed = json.loads((out / "sub" / "seed2.json").read_text(encoding="utf-8"))
    jsonschema.validate(seed, load_schema())
    assert seed["text"] == clean(SEED.read_bytes()).text and seed["source"].endswith("seed2.txt.gz")


def test_glob_and_jsonl_in_input_order(tree: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    assert main([str(tree / "sub" / "*"), str(tree / "seed.txt"), "-f", "jsonl", "-o", str(target), "-j", "2"]) == 0
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == ["page.html", "seed2.txt.gz", "seed.txt"]
    for record in records:
        jsonschema.validate(record, load_schema())
    assert records[0]["source_format"] == "html" and records[2]["title"] == clean(SEED.read_bytes()).title


def test_several_inputs_to_stdout(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tree / "seed.txt"), str(tree / "sub" / "page.html"), "-f", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [Path(r["source"]).name for r in records] == ["seed.txt", "page.html"]
    assert main([str(tree / "seed.txt"), str(tree / "sub" / "page.html")]) == 0
    out = capsys.readouterr().out
    assert out.index(f"==> {tree / 'seed.txt'} <==") < out.index(f"==> {tree / 'sub' / 'page.html'} <==")


def test_failures_are_reported_and_the_batch_goes_on(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_gz = tree / "broken.txt.gz"
    bad_gz.write_bytes(b"not gzip at all")
    out = tmp_path / "out"
    code = main([str(tree / "missing.html"), str(bad_gz), str(tree / "seed.txt"), str(tree / "none*.html"), "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    for name in ("missing.html", "broken.txt.gz", "none*.html"):
        assert name in err
    assert (out / "seed.txt").read_text(encoding="utf-8") == clean(SEED.read_bytes()).to_text()


def test_html_format_and_explain(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tree / "seed.txt"), "-f", "html", "--explain"]) == 0
    captured = capsys.readouterr()
    assert captured.out == clean(SEED.read_bytes()).to_html()
    assert "[paywall]" in captured.err and "[donation]" in captured.err


def test_keep_disable_and_only_change_the_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    doc = clean(SEED.read_bytes())
    captions = [b.text for b in doc.captions]
    paywall = next(b.text for b in doc.removed if b.removed_by == "paywall")
    letter = next(b.text for b in doc.removed if b.label == "donation")
    assert main([str(SEED), "--keep", "caption,credit"]) == 0
    kept = capsys.readouterr().out
    assert all(c in kept for c in captions) and paywall not in kept
    assert main([str(SEED), "--disable", "paywall,block_evidence"]) == 0
    assert paywall in capsys.readouterr().out
    assert main([str(SEED), "--only", "donation"]) == 0
    only = capsys.readouterr().out
    assert paywall in only and letter not in only


@pytest.mark.parametrize(
    "argv",
    [[], ["--disable", "nope", "x"], ["--disable", "paywall", "--only", "tail", "x"], ["--format", "pdf", "x"], ["a", "b", "-f", "html"], ["--jobs", "-1", "x"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "cleantext" in capsys.readouterr().err


def test_version_and_list_filters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cleantext {__version__}"
    assert main(["--list-filters"]) == 0
    assert capsys.readouterr().out.split()[0] == DEFAULT_STEPS[0]


def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "cleantext", str(SEED), "-f", "jsonl"], capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["text"] == clean(SEED.read_bytes()).text
    assert run.stderr == ""  # no progress bar when stderr is not a terminal


class Tty(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleantext.cli.progress.MININTERVAL", 0)  # draw every step
    for stream, drawn in ((Tty(), True), (io.StringIO(), False)):
        bar = Progress(3, stream, enabled=True)
        for ok in (True, False, True):
            bar.step(ok)
        bar.close()
        assert ("3/3 [" in stream.getvalue() and "1 failed]" in stream.getvalue()) == drawn
        assert bar.done == 3 and bar.failed == 1
    quiet = Tty()
    Progress(3, quiet, enabled=False).step(True)
    assert quiet.getvalue() == ""


def test_progress_on_a_folder_shows_rate_time_and_failures(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleantext.cli.progress.MININTERVAL", 0)
    (tree / "broken.txt.gz").write_bytes(b"not gzip")
    for quiet in (False, True):
        err = Tty()
        monkeypatch.setattr(sys, "stderr", err)
        assert main([str(tree), "-f", "jsonl", "-o", str(tmp_path / f"out-{quiet}.jsonl")] + (["-q"] if quiet else [])) == 1
        shown = err.getvalue()
        assert "cleantext: " in shown and "broken.txt.gz" in shown  # the failure is reported either way
        if quiet:
            assert "doc/s" not in shown and "\r" not in shown
        else:
            last = shown.rstrip("\n").rsplit("\r", 1)[-1]
            assert re.search(r"100%\|.*\| 4/4 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+doc/s, 1 failed\]", last), last
    run = subprocess.run([sys.executable, "-m", "cleantext", str(tree), "-f", "jsonl"], capture_output=True, text=True, check=False)
    assert "doc/s" not in run.stderr and "\r" not in run.stderr  # stderr is a pipe here: no bar


def test_warc_is_dispatched_lazily(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[list[str]] = []
    fake = types.ModuleType("cleantext.cli.warc")
    fake.main = lambda argv: seen.append(argv) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cleantext.cli.warc", fake)
    assert main(["warc", "a.warc.gz", "-o", "x.jsonl"]) == 7
    assert seen == [["a.warc.gz", "-o", "x.jsonl"]]
    monkeypatch.setitem(sys.modules, "cleantext.cli.warc", None)  # as if the module did not exist
    assert main(["warc", "a.warc.gz"]) == 2
    assert "warc" in capsys.readouterr().err
