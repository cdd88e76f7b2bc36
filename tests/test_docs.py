"""The docs: the filter catalogue matches the docstrings, and the Python examples run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleantext import patterns
from cleantext.cli import catalogue
from cleantext.document import SCHEMA_VERSION

DOCS = Path(__file__).resolve().parent.parent / "docs"
TESTED = ["getting-started.md", "document-model.md", "pipelines.md", "integrations.md", "site-rules.md", "block-evidence.md"]
_PYTHON = re.compile(r"```python\n(.*?)```", re.DOTALL)


def test_filter_catalogue_matches_the_docstrings() -> None:
    committed = (DOCS / "filters.md").read_text(encoding="utf-8")
    assert committed == catalogue.render(), "docs/filters.md is stale: run `python -m cleantext.cli.catalogue > docs/filters.md`"


def test_the_catalogue_covers_every_default_step() -> None:
    text = catalogue.render()
    from cleantext import DEFAULT_STEPS

    for name in DEFAULT_STEPS:
        assert f"## `{name}`" in text
    assert "(undocumented)" not in text


@pytest.mark.parametrize("name", TESTED)
def test_python_examples_run(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _PYTHON.findall((DOCS / name).read_text(encoding="utf-8"))
    assert blocks, f"{name} has no python example"
    monkeypatch.chdir(tmp_path)  # examples that touch files do it here
    namespace: dict[str, object] = {"__name__": f"docs_{name}"}
    extra_phrase_files = list(patterns._EXTRA_FILES)  # examples may add phrase files: undo it after
    try:
        for index, code in enumerate(blocks):
            exec(compile(code, f"{name} (example {index + 1})", "exec"), namespace)  # noqa: S102
    finally:
        patterns._EXTRA_FILES[:] = extra_phrase_files
        patterns._clear_caches()


def test_document_model_states_the_schema_version() -> None:
    text = (DOCS / "document-model.md").read_text(encoding="utf-8")
    assert f"**`{SCHEMA_VERSION}`**" in text and "cleantext/schema/document.schema.json" in text


@pytest.mark.parametrize("name", [*TESTED, "cli.md", "filters.md", "../README.md"])
def test_relative_links_and_images_exist(name: str) -> None:
    path = (DOCS / name).resolve()
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8")):
        assert (path.parent / target).exists(), f"{name} links to missing {target}"


_MARKED = re.compile(r"<!-- runs in tests/test_docs.py -->\n```python\n(.*?)```", re.DOTALL)


def test_scale_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """docs/scale.md's WET and datatrove examples, on the files they name (written here)."""
    pytest.importorskip("warcio")
    pytest.importorskip("datatrove")
    pytest.importorskip("cchardet", reason="datatrove's WarcReader needs faust-cchardet")
    pytest.importorskip("magic", reason="datatrove's WarcReader needs python-magic")
    import gzip
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _wet import PAGES, TEXTS, write_html_warc, write_wet

    blocks = _MARKED.findall((DOCS / "scale.md").read_text(encoding="utf-8"))
    assert len(blocks) == 2, "docs/scale.md marks its WET and datatrove examples"
    monkeypatch.chdir(tmp_path)
    write_wet(tmp_path / "CC-MAIN-20240101-00000.warc.wet.gz", TEXTS[:3])
    (tmp_path / "crawl").mkdir()
    write_html_warc(tmp_path / "crawl" / "CC-MAIN-00000.warc.gz", PAGES[:3])
    write_html_warc(tmp_path / "crawl" / "CC-MAIN-00001.warc.gz", PAGES[3:6])
    write_wet(tmp_path / "crawl" / "CC-MAIN-00000.warc.wet.gz", TEXTS[3:6])
    for index, code in enumerate(blocks):
        exec(compile(code, f"scale.md (marked example {index + 1})", "exec"), {"__name__": f"docs_scale_{index}"})  # noqa: S102
    printed = capsys.readouterr().out
    assert all(f"https://wet.example/{text.parent.name}" in printed for text in TEXTS[:3]) and "removed:" in printed
    for form, count in (("html", 6), ("wet", 3)):
        lines = [json.loads(line) for path in sorted((tmp_path / "cleaned" / form).glob("*.jsonl.gz")) for line in gzip.decompress(path.read_bytes()).splitlines()]
        assert 0 < len(lines) <= count and all("cleantext_removed" in line["metadata"] for line in lines), form
        prefix = "https://dt.example/" if form == "html" else "https://wet.example/"
        assert all(line["metadata"]["url"].startswith(prefix) for line in lines), form  # each pipeline read its own files only
