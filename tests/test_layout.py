"""The package layout: old module paths still work, and no import circles remain."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext import document

PACKAGE = Path(cleantext.__file__).resolve().parent
#: Old module path, its new home, and the names it re-exports.
MOVED = [
    ("cleantext.cli_io", "cleantext.cli.io"),
    ("cleantext.warc_cli", "cleantext.cli.warc"),
    ("cleantext.catalogue", "cleantext.cli.catalogue"),
    ("cleantext.cli", "cleantext.cli.command"),
    ("cleantext.warc", "cleantext.integrations.warc"),
    ("cleantext.spark", "cleantext.integrations.spark"),
]


@pytest.mark.parametrize(("old", "new"), MOVED)
def test_old_module_paths_give_the_same_objects(old: str, new: str) -> None:
    before, after = importlib.import_module(old), importlib.import_module(new)
    assert before.__all__, f"{old} re-exports nothing"
    for name in before.__all__:
        assert getattr(before, name) is getattr(after, name), f"{old}.{name}"


def test_old_paths_still_run_as_modules() -> None:
    listing = subprocess.run([sys.executable, "-m", "cleantext.catalogue"], capture_output=True, text=True, check=True)
    from cleantext.cli import catalogue

    assert listing.stdout == catalogue.render()
    assert subprocess.run([sys.executable, "-m", "cleantext.warc_cli", "--help"], capture_output=True, check=False).returncode == 0


def _package_imports(module: str) -> list[str]:
    """The imports of ``cleantext/<module>.py`` that reach into the package."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            name = "." * node.level + (node.module or "")
            if node.level or name.split(".")[0] == "cleantext":
                found.append(name)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] == "cleantext"]
    return found


def test_the_document_model_imports_nothing_of_the_package() -> None:
    assert _package_imports("document") == []


def test_document_methods_use_the_registered_renderers() -> None:
    doc = cleantext.clean("Council approves new budget\n\nThe body of the story.\n\nAdvertisement")
    assert set(document._RENDERERS) >= {"markdown", "text", "json", "html", "annotated_html", "annotated_fragment", "explain"}
    assert doc.to_text().startswith("Council approves new budget") and '"schema_version"' in doc.to_json(indent=None)
    assert "<html" in doc.to_html() and doc.to_html(annotated=True) != doc.to_html()
    assert "advertisement" in doc.explain() and doc._repr_html_() and doc.to_markdown()


def test_a_missing_renderer_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "_RENDERERS", {})
    with pytest.raises(RuntimeError, match="no 'markdown' renderer registered"):
        cleantext.clean("Some text.").to_markdown()


def test_the_pipeline_imports_no_step_package() -> None:
    assert _package_imports("pipeline") == [".document", ".errors"]


@pytest.mark.parametrize("first", ["cleantext.pipeline", "cleantext"])
def test_builtins_are_registered_whichever_module_is_imported_first(first: str) -> None:
    probe = (
        f"import {first} as m; print(m.get_filter('main_content').__module__, "
        "sorted(set(m.DEFAULT_STEPS) - set(m.registered_filters())), len(m.default_pipeline()))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["cleantext.extract.main_content", "[]", str(len(cleantext.DEFAULT_STEPS))]
