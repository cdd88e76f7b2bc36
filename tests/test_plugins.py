"""Filters from other packages: a plug-in package installed into a temporary folder on the path.

The package is real as far as ``importlib.metadata`` is concerned (a
``*.dist-info`` folder with ``entry_points.txt``), so the real loading code
runs; each case runs the command in a fresh interpreter, as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = '''
"""A tiny cleantext plug-in."""
import re

DATELINE = re.compile(r"^[A-Z]{3,} \\((?:AP|Reuters)\\)$")


def dateline(doc):
    """Wire datelines on a line of their own: "LONDON (Reuters)"."""
    for _, block in doc.body():
        if DATELINE.match(block.text):
            doc.drop(block, "dateline", "wire-service dateline")


dateline.after = "paywall"


def explodes(doc):
    """Raises on every page."""
    raise RuntimeError("boom")


NOT_CALLABLE = 42
'''
ENTRY_POINTS = """[cleantext.filters]
dateline = cleantext_dateline:dateline
explodes = cleantext_dateline:explodes
missing = cleantext_dateline_nowhere:dateline
paywall = cleantext_dateline:dateline
number = cleantext_dateline:NOT_CALLABLE
"""
TEXT = "Rates rise again\n\nLONDON (Reuters)\n\nThe central bank raised its main rate on Tuesday, the third rise this year."


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site-packages")
    (root / "cleantext_dateline.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "cleantext_dateline-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cleantext-dateline\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    (root / "story.txt").write_text(TEXT, encoding="utf-8")
    return root


def run(plugin_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(plugin_path), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "cleantext", *args], capture_output=True, text=True, env=env, cwd=plugin_path, timeout=120)


def test_cleantext_filters_lists_plug_ins_with_their_package(plugin_path: Path) -> None:
    result = run(plugin_path, "filters")
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert "cleantext-dateline" in lines["dateline"] and "Wire datelines on a line of their own" in lines["dateline"]
    assert "cleantext-articles" in lines["main_content"]
    assert "NOT LOADED" in lines["missing"] and "cleantext_dateline_nowhere" in lines["missing"]
    assert "NOT LOADED" in lines["number"] and "not callable" in lines["number"]
    clash = [line for line in result.stdout.splitlines() if line.startswith("paywall") and "cleantext-dateline" in line]
    assert clash and "built-in" in clash[0]
    assert run(plugin_path, "--list-filters").stdout == result.stdout
    assert "'missing'" in result.stderr and "cleantext-dateline" in result.stderr  # a warning naming it


def test_an_installed_filter_runs_by_default_and_can_be_named(plugin_path: Path) -> None:
    default = run(plugin_path, "story.txt", "-f", "json", "--disable", "explodes")
    assert default.returncode == 0, default.stderr
    doc = json.loads(default.stdout)
    assert doc["text"] == TEXT.split("\n\n")[2]
    assert [(r["label"], r["removed_by"]) for r in doc["removed"]] == [("dateline", "dateline")]
    kept = json.loads(run(plugin_path, "story.txt", "-f", "json", "--disable", "dateline,explodes").stdout)
    assert "LONDON (Reuters)" in kept["text"]
    only = json.loads(run(plugin_path, "story.txt", "-f", "json", "--only", "dateline").stdout)
    assert "LONDON (Reuters)" not in only["text"] and only["title"] is None  # the title step did not run


def test_a_plug_in_that_raises_is_a_warning_and_the_rest_still_runs(plugin_path: Path) -> None:
    result = run(plugin_path, "story.txt", "-f", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["title"] == "Rates rise again" and "LONDON (Reuters)" not in doc["text"]
    (warning,) = [w for w in doc["warnings"] if "explodes" in w]
    assert "cleantext-dateline" in warning and "RuntimeError: boom" in warning
    assert "plug-in filter 'explodes'" in result.stderr


def test_plug_ins_run_in_worker_processes(plugin_path: Path) -> None:
    for name in ("a", "b", "c"):
        (plugin_path / "batch").mkdir(exist_ok=True)
        (plugin_path / "batch" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    result = run(plugin_path, "batch", "-f", "jsonl", "-j", "2", "-q", "--disable", "explodes", "-o", "out.jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in (plugin_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and all(r["removed"][0]["removed_by"] == "dateline" for r in rows)


def test_python_pipelines_name_plug_ins(plugin_path: Path) -> None:
    code = (
        "from cleantext import clean, default_pipeline, DEFAULT_STEPS\n"
        "pipe = default_pipeline().without('explodes')\n"
        "assert 'dateline' in pipe.names and 'dateline' not in DEFAULT_STEPS\n"
        "assert pipe.names.index('dateline') == pipe.names.index('paywall') + 1\n"
        f"doc = clean({TEXT!r}, pipeline=pipe)\n"
        "assert 'LONDON' not in doc.text, doc.text\n"
        "from cleantext.pipeline import Pipeline\n"
        "assert Pipeline.from_names(['dateline'])\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(plugin_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


def test_without_plug_ins_the_default_pipeline_is_the_built_ins() -> None:
    from importlib import metadata

    from cleantext import DEFAULT_STEPS, default_pipeline

    if metadata.entry_points(group="cleantext.filters"):
        pytest.skip("this environment has cleantext plug-ins installed")

    assert default_pipeline().names == list(DEFAULT_STEPS)
