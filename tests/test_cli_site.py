"""The command line's site options: --rules, --site, --no-templates, --phrases, rules test, learn-site."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext.cli import main
from cleantext.site import load_rules

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples" / "site-rules"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.site_templates import HOST, SLOGAN, generate_site  # noqa: E402

SITE = generate_site(12)


def test_rules_test_passes_on_the_shipped_examples() -> None:
    result = subprocess.run([sys.executable, "-m", "cleantext", "rules", "test", str(EXAMPLES)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASS ") == 2 and "2 passed, 0 failed" in result.stdout


def test_rules_test_fails_on_a_failing_case_and_reports_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "page.txt").write_text("Title\n\nA sentence that is the body of this page.", encoding="utf-8")
    rules = tmp_path / "a.toml"
    rules.write_text('hosts = ["a.example"]\n[[test]]\nfile = "page.txt"\ncontains = ["not there"]\n', encoding="utf-8")
    assert main(["rules", "test", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "FAIL a.toml test[0]" in out and "missing from the body: 'not there'" in out
    rules.write_text('hosts = ["a.example"]\n[[strip]]\ncss = "p"\nlabel = 3\n', encoding="utf-8")
    assert main(["rules", "test", str(rules)]) == 2
    err = capsys.readouterr().err
    assert f"{rules}:4: bad label 3" in err and "Traceback" not in err
    assert main(["rules", "check", str(EXAMPLES)]) == 0
    assert "gazette.example.toml (gazette.example, *.gazette.example): 2 strip, 1 keep, 1 body" in capsys.readouterr().out


def test_clean_with_rules_and_a_bad_rules_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = EXAMPLES / "pages" / "harbour-crane.html"
    assert main([str(page), "--rules", str(EXAMPLES), "-f", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert "Built: 1911" in doc["text"] and "High tide" not in doc["text"]
    assert any(r["removed_by"] == "site_rules" and r["label"] == "tide_table" or r["label"] == "tide_tables" for r in doc["removed"])
    bad = tmp_path / "bad.toml"
    bad.write_text("hosts = [\n", encoding="utf-8")
    assert main([str(page), "--rules", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:" in err and "TOML syntax" in err


def test_text_inputs_take_their_site_from_site(capsys: pytest.CaptureFixture[str]) -> None:
    page = EXAMPLES / "pages" / "harbour-crane.txt"
    assert main([str(page), "--rules", str(EXAMPLES)]) == 0
    assert "Print this story" in capsys.readouterr().out
    assert main([str(page), "--rules", str(EXAMPLES), "--site", "gazette.example"]) == 0
    assert "Print this story" not in capsys.readouterr().out


def _folder(tmp_path: Path, text_too: bool = True) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    for number, page in enumerate(SITE):
        (folder / f"page-{number:02d}.html").write_text(page.html, encoding="utf-8")
        if text_too:
            (folder / f"page-{number:02d}.txt").write_text(page.text, encoding="utf-8")
    return folder


def test_a_folder_gets_its_template_removed_unless_no_templates(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-f", "jsonl", "-o", str(out), "-q", "--site", HOST]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 * len(SITE) and all(SLOGAN not in row["text"] for row in rows)
    assert main([str(folder), "-f", "jsonl", "-o", str(out), "-q", "--no-templates"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(SLOGAN in row["text"] for row in rows)


def test_learn_site_writes_rules_that_work_on_a_single_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, text_too=False)
    rules_dir = tmp_path / "rules"
    assert main(["learn-site", str(folder), "-o", str(rules_dir)]) == 0  # the pages' canonical links name the host
    assert f"template lines from {len(SITE) - 1} pages of {HOST}" in capsys.readouterr().out  # one story is there twice
    written = rules_dir / f"{HOST}.toml"
    text = written.read_text(encoding="utf-8")
    assert SLOGAN in text and "# on 11 of 11 pages" in text and SITE[0].body[0] not in text
    (rules,) = load_rules(rules_dir).files
    assert rules.hosts == (HOST,)
    single = folder / "page-05.html"
    assert main([str(single), "--rules", str(rules_dir), "-f", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert SLOGAN not in doc["text"] and all(p in doc["text"] for p in SITE[5].body)
    assert any(r["label"] == "site_template" and r["removed_by"] == "site_rules" for r in doc["removed"])


def test_learn_site_without_enough_pages_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one.txt").write_text(SITE[0].text, encoding="utf-8")
    assert main(["learn-site", str(tmp_path / "one.txt"), "-o", str(tmp_path / "rules")]) == 0
    assert "no template found" in capsys.readouterr().err


def test_phrases_adds_json_files_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cleantext import patterns

    story = tmp_path / "story.txt"
    story.write_text("Headline here\n\nThe body of the story, with a full sentence.\n\nBeep boop, says the robot.", encoding="utf-8")
    phrases = tmp_path / "phrases"
    phrases.mkdir()
    (phrases / "en-extra.json").write_text(
        json.dumps({"language": "en", "categories": {"advertisement": {"sentences": ["beep boop, says the robot"]}}}), encoding="utf-8"
    )
    before = list(patterns._EXTRA_FILES)
    try:
        assert main([str(story)]) == 0
        assert "Beep boop" in capsys.readouterr().out
        assert main([str(story), "--phrases", str(phrases)]) == 0
        assert "Beep boop" not in capsys.readouterr().out
        (tmp_path / "broken.json").write_text("{", encoding="utf-8")
        assert main([str(story), "--phrases", str(tmp_path / "broken.json")]) == 2
        assert "broken.json" in capsys.readouterr().err
        assert main([str(story), "--phrases", str(tmp_path / "nowhere")]) == 2
        (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
        assert main([str(story), "--phrases", str(tmp_path / "notes.csv")]) == 2
        assert "expected a .json phrase file or a .txt cue file" in capsys.readouterr().err
    finally:
        patterns._EXTRA_FILES[:] = before
        patterns._clear_caches()


def test_phrases_hands_txt_files_to_the_cue_loader_when_there_is_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from cleantext.cli import command
    from cleantext.cli.io import UsageError

    cue = tmp_path / "en.txt"
    cue.write_text("[paywall]\nsubscribe = 2\n", encoding="utf-8")
    seen: list[Path] = []
    monkeypatch.setattr(command, "_cue_loader", lambda: seen.append)
    assert command.add_phrases([str(cue)]) == [cue] and seen == [cue]
    monkeypatch.setattr(command, "_cue_loader", lambda: None)
    with pytest.raises(UsageError, match="cue files"):
        command.add_phrases([str(cue)])
    monkeypatch.undo()
    fake = types.ModuleType("cleantext.evidence")
    fake.add_cue_file = seen.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cleantext.evidence", fake)
    assert command._cue_loader() is fake.add_cue_file  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cleantext.evidence", types.ModuleType("cleantext.evidence"))
    assert command._cue_loader() is None  # an evidence package without cue files


def test_phrases_takes_real_cue_files_when_the_evidence_is_installed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    evidence = pytest.importorskip("cleantext.evidence")
    if not hasattr(evidence, "add_cue_file"):
        pytest.skip("this cleantext.evidence has no add_cue_file")
    broken = tmp_path / "cues"
    broken.mkdir()
    (broken / "en.txt").write_text("[newsletter\nsign up = 2\n", encoding="utf-8")
    page = EXAMPLES / "pages" / "harbour-crane.txt"
    assert main([str(page), "--phrases", str(broken)]) == 2
    err = capsys.readouterr().err
    assert str(broken / "en.txt") in err and "line 1" in err and "Traceback" not in err
