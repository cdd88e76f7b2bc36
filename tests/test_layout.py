"""The package layout: the document model imports nothing of the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import cleantext
from cleantext import document

PACKAGE = Path(cleantext.__file__).resolve().parent


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
    doc = cleantext.clean("Headline\n\nThe body of the story.\n\nAdvertisement")
    assert set(document._RENDERERS) >= {"markdown", "text", "json", "html", "annotated_html", "annotated_fragment", "explain"}
    assert doc.to_text().startswith("Headline") and '"schema_version"' in doc.to_json(indent=None)
    assert "<html" in doc.to_html() and doc.to_html(annotated=True) != doc.to_html()
    assert "advertisement" in doc.explain() and doc._repr_html_() and doc.to_markdown()


def test_a_missing_renderer_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "_RENDERERS", {})
    with pytest.raises(RuntimeError, match="no 'markdown' renderer registered"):
        cleantext.clean("Some text.").to_markdown()
