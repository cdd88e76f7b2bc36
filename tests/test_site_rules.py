"""Site rules: loading, errors with lines, selectors on the tree, phrases on blocks, hosts, tests."""

from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest

from cleantext import CleantextError, clean, clean_many
from cleantext.document import Document
from cleantext.errors import RulesError
from cleantext.site import RuleSet, load_rules
from cleantext.site.checks import run_tests
from cleantext.site.rules import parse_rules_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples" / "site-rules"
PARAGRAPHS = [
    "The council approved the new sea wall on Tuesday after a debate that went on for most of the evening.",
    "Work starts in spring and should take two years, the harbour master said, if the weather allows it.",
    "Residents asked for the footpath along the quay to stay open while the builders are there.",
]


def page(extra: str = "", head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><head><title>Sea wall</title>{head}</head><body><article><h1>Sea wall</h1>{body}{extra}</article></body></html>"


def write(tmp_path: Path, text: str, name: str = "site.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


RULES = """\
hosts = ["quay.example"]

[[strip]]
css = ".tides"
label = "tide_table"

[[drop_text]]
exact = ["Tide data: Quay Harbour Office"]
contains = ["(a+)+$ [literal]"]
label = "furniture"
"""


def test_strip_and_phrases_apply_on_the_pages_of_their_host(tmp_path: Path) -> None:
    rules = write(tmp_path, RULES)
    html = page("<div class='tides'>High tide 06:12, low tide 12:27.</div><p>Tide data: Quay Harbour Office</p>")
    doc = clean(html, url="https://www.quay.example/sea-wall", rules=rules)
    assert doc.text == "\n\n".join(PARAGRAPHS)
    removed = {b.label: b for b in doc.removed}
    assert removed["tide_table"].removed_by == "site_rules"
    assert removed["tide_table"].reason == "site.toml strip[0] css '.tides'"
    assert removed["furniture"].removed_by == "site_rules"
    assert removed["furniture"].reason == "site.toml drop_text[0] exact 'Tide data: Quay Harbour Office'"
    other = clean(html, url="https://other.example/sea-wall", rules=rules)
    assert "High tide" in other.text and "Tide data: Quay Harbour Office" in other.text
    assert not any(b.removed_by == "site_rules" for b in other.removed)


def test_the_host_comes_from_the_canonical_link_or_site_when_no_url_is_given(tmp_path: Path) -> None:
    rules = write(tmp_path, RULES)
    canonical = page("<p>Tide data: Quay Harbour Office</p>", head='<link rel="canonical" href="https://quay.example/a">')
    assert "Tide data: Quay Harbour Office" not in clean(canonical, rules=rules).text
    og = page("<p>Tide data: Quay Harbour Office</p>", head='<meta property="og:url" content="https://quay.example/a">')
    assert "Tide data: Quay Harbour Office" not in clean(og, rules=rules).text
    text = "Sea wall\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nTide data: Quay Harbour Office"

    def furniture(doc: Document) -> list[str]:  # what the site rule removed (the text's own evidence may remove the line too)
        return [b.text for b in doc.removed if b.removed_by == "site_rules"]

    assert furniture(clean(text, rules=rules)) == []
    assert furniture(clean(text, rules=rules, site="quay.example")) == ["Tide data: Quay Harbour Office"]


def test_phrases_are_literal_and_fast(tmp_path: Path) -> None:
    rules = write(tmp_path, RULES)
    evil = "a" * 50_000 + "!"
    start = time.perf_counter()
    doc = clean(f"Title\n\n{evil}\n\nSo (a+)+$ [literal] it is.", rules=rules, site="quay.example")
    assert time.perf_counter() - start < 5
    assert evil in doc.text and "[literal]" not in doc.text


def test_body_keep_and_the_markup_signals(tmp_path: Path) -> None:
    rules = write(
        tmp_path,
        'hosts = ["*.quay.example"]\n[[body]]\ncss = "div.story"\n[[keep]]\ncss = "aside.facts"\n',
    )
    html = (
        "<html><body><div class='weather'><p>Showers all week long, and a gale on Friday night.</p></div>"
        "<div class='story'><h1>Sea wall</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<aside class='facts sidebar related'><p>Length: 400 metres</p><p>Cost: 12 million</p></aside></div></body></html>"
    )
    plain = clean(html, url="https://news.quay.example/x")
    assert "Length: 400 metres" not in plain.text
    doc = clean(html, url="https://news.quay.example/x", rules=rules)
    assert "Length: 400 metres" in doc.text and "Cost: 12 million" in doc.text
    assert "Showers" not in doc.text
    (outside,) = [b for b in doc.removed if b.label == "outside_site_body"]
    assert outside.removed_by == "site_rules" and "body[0]" in (outside.reason or "")


def test_kept_blocks_survive_the_text_filters(tmp_path: Path) -> None:
    rules = write(tmp_path, 'hosts = ["quay.example"]\n[[keep]]\ncss = ".note"\n')
    html = page("<p class='note'>Subscribe to continue.</p>")
    assert "Subscribe to continue." not in clean(html, url="https://quay.example/").text
    assert "Subscribe to continue." in clean(html, url="https://quay.example/", rules=rules).text


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ('hosts = ["a.example"]\n\n[[strip]\ncss = ".x"\n', 3, "TOML syntax"),
        ('hosts = ["a.example"]\n\n[[strip]]\ncss = ".x"\nlable = "ad"\n', 5, "unknown key 'lable'"),
        ('hosts = ["a.example"]\n\n[[strip]]\ncss = ".x"\n\n[[strip]]\ncss = "div[["\n', 7, "bad css selector"),
        ('hosts = ["a.example"]\n[[keep]]\nxpath = "//div[@class="\n', 3, "bad xpath selector"),
        ('hosts = ["a.example"]\n[[strip]]\nxpath = "count(//p)"\n', 3, "must select elements"),
        ('hosts = ["a.example"]\n[[strip]]\ncss = "p"\nxpath = "//p"\n', 4, "exactly one of"),
        ('hosts = ["a.example"]\n[[strip]]\ncss = "p"\nlabel = "Not A Label"\n', 4, "bad label"),
        ('hosts = ["a.example",\n  "bad host!"]\n', 2, "bad host pattern"),
        ('name = "x"\n', None, "missing 'hosts'"),
        ('hosts = ["a.example"]\nsite = "x"\n', 2, "unknown key 'site'"),
        ('hosts = ["a.example"]\n[[drop_text]]\nlabel = "x"\nexact = [\n  "fine",\n  "   ",\n]\n', 6, "empty phrase"),
        ('hosts = ["a.example"]\n[[test]]\ncontains = ["x"]\n', 2, "needs 'file'"),
    ],
)
def test_mistakes_name_the_file_and_the_line(tmp_path: Path, text: str, line: int | None, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    error = caught.value
    assert isinstance(error, CleantextError)
    assert error.path == str(path) and error.line == line and problem in error.problem
    assert str(error).startswith(f"{path}:{line}:" if line else f"{path}:")


def test_loading_errors_are_typed(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="no such rules file"):
        load_rules(tmp_path / "missing.toml")
    with pytest.raises(RulesError, match="no \\*.toml"):
        load_rules(tmp_path)
    (tmp_path / "bad.toml").write_bytes(b'hosts = ["a.example"]\nname = "\xff"\n')
    with pytest.raises(RulesError, match="not UTF-8") as caught:
        load_rules(tmp_path / "bad.toml")
    assert caught.value.line == 2
    with pytest.raises(RulesError):
        clean("Some text.", rules=tmp_path / "bad.toml")


def test_a_folder_loads_every_file_and_reloads_when_one_changes(tmp_path: Path) -> None:
    write(tmp_path, 'hosts = ["a.example"]\n', "a.toml")
    write(tmp_path, 'hosts = ["b.example"]\n', "b.toml")
    rules = load_rules(tmp_path)
    assert [r.path.name for r in rules.files] == ["a.toml", "b.toml"]
    assert load_rules(tmp_path) is rules  # cached while unchanged
    time.sleep(0.01)
    write(tmp_path, 'hosts = ["c.example"]\n', "b.toml")
    assert load_rules(tmp_path).files[1].hosts == ("c.example",)
    assert [r.path.name for r in rules.for_host("a.example")] == ["a.toml"]


def test_rule_sets_are_picklable_and_work_in_worker_processes(tmp_path: Path) -> None:
    rules = load_rules(write(tmp_path, RULES))
    assert pickle.loads(pickle.dumps(rules)) == rules
    html = page("<p>Tide data: Quay Harbour Office</p>")
    items = [(f"p{i}", html, {"url": f"https://quay.example/{i}"}) for i in range(3)]
    for jobs in (1, 2):
        results = list(clean_many(items, jobs=jobs, timeout=60 if jobs > 1 else None, rules=tmp_path / "site.toml"))
        assert all(r.document and "Tide data: Quay Harbour Office" not in r.document.text for r in results), [r.error for r in results]
        assert all(r.document and r.document.options.rules is None for r in results)  # released after the pipeline


def test_a_bad_rules_path_fails_clean_many_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(RulesError):
        clean_many(["Some text."], rules=tmp_path / "missing")


def test_the_shipped_examples_pass_their_own_tests() -> None:
    outcomes = run_tests(load_rules(EXAMPLES))
    assert outcomes and all(o.passed for o in outcomes), [o.describe() for o in outcomes]


def test_a_failing_case_says_why(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("Title\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    write(
        tmp_path,
        'hosts = ["a.example"]\n[[test]]\nfile = "p.txt"\nurl = "https://b.example/x"\n'
        'contains = ["not in it"]\nnot_contains = ["sea wall"]\n'
        '[[test]]\nfile = "missing.txt"\ncontains = ["x"]\n',
    )
    first, second = run_tests(load_rules(tmp_path / "site.toml"))
    assert not first.passed and not second.passed
    assert any("not on this file's hosts" in p for p in first.problems)
    assert any("missing from the body: 'not in it'" in p for p in first.problems)
    assert any("should not be in the body: 'sea wall'" in p for p in first.problems)
    assert "cannot read file" in second.problems[0] and first.describe().startswith("FAIL site.toml test[0]")


def test_parse_rules_text_without_a_file() -> None:
    rules = parse_rules_text('hosts = ["A.Example"]\n[[drop_text]]\nstarts_with = "Read more:"\n', Path("x.toml"))
    assert rules.hosts == ("a.example",) and rules.drop_text[0].phrase == "read more:"
    assert RuleSet((rules,)).for_host("a.example") == (rules,)
