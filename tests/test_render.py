"""Renderers: the JSON schema, clean HTML, and the annotated review view (escaping included)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from cleantext import clean
from cleantext.document import SCHEMA_VERSION, Block, Document
from cleantext.render.annotated import annotated_fragment
from cleantext.render.jsondoc import to_jsonl, to_record
from cleantext.schema import load_schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "en-text-seed-paywall-donation-qr" / "input.txt"

PAGE = """<html lang="en"><head><title>Rates rise again</title><meta name="author" content="Jane Doe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rates rise again</h1>
<p>The central bank raised its main rate on Tuesday, the third rise this year, citing stubborn inflation.</p>
<figure><img src="a.jpg"><figcaption>The bank's headquarters. Photo: AP</figcaption></figure>
<div class="newsletter">Sign up for our newsletter</div>
<h2>What it means</h2>
<p>Borrowers will pay more: a typical mortgage costs about 40 euros a month more than in January.</p>
<ul><li>Mortgages get dearer for new borrowers.</li><li>Savings accounts pay a little more interest.</li></ul>
<blockquote><p>We will do what it takes to bring inflation down, the governor said at the press conference.</p></blockquote>
<p>Economists expect one more rise before the end of the year, though opinions differ on its size.</p>
<p>Subscribe to continue.</p>
</article></body></html>"""

HOSTILE = '<script>alert(1)</script>'
ATTR_BREAK = '" onmouseover="alert(2)'


def _inputs() -> list[tuple[str, bytes | str]]:
    found = [(p.parent.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*/input.*"))]
    return found + [("page", PAGE), ("empty", ""), ("hostile", f"A headline\n\n{HOSTILE}\n\nBody {ATTR_BREAK} text.")]


class _Collect(HTMLParser):
    """Every start tag with its attributes, and all text, of an HTML string."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Collect:
    parser = _Collect()
    parser.feed(markup)
    parser.close()
    return parser


# -- JSON -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "source"), _inputs(), ids=[n for n, _ in _inputs()])
def test_real_output_validates_against_the_schema(name: str, source: bytes | str) -> None:
    doc = clean(source)
    validator = jsonschema.Draft202012Validator(load_schema())
    validator.validate(doc.to_dict())
    validator.validate(json.loads(doc.to_json()))
    validator.validate(json.loads(to_jsonl(doc, source=name)))


def test_the_schema_is_a_valid_schema_of_the_current_version() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION == clean("x").to_dict()["schema_version"]


def test_the_schema_rejects_what_the_layout_does_not_allow() -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    good = to_record(clean(PAGE), source="page.html")
    assert validator.is_valid(good)
    for broken in (
        {k: v for k, v in good.items() if k != "text"},
        {**good, "undocumented": 1},
        {**good, "schema_version": "0.9"},
        {**good, "blocks": [{"kind": "banner", "text": "x"}]},
        {**good, "removed": [{"kind": "paragraph", "text": "x"}]},
    ):
        assert not validator.is_valid(broken)


def test_json_round_trips_to_dict() -> None:
    doc = clean(SEED.read_bytes())
    assert json.loads(doc.to_json()) == doc.to_dict()
    line = to_jsonl(doc, source="seed")
    assert line.endswith("\n") and "\n" not in line[:-1]
    assert json.loads(line) == {**doc.to_dict(), "source": "seed"}


def test_a_reason_given_as_a_function_is_worded_once_when_first_read() -> None:
    import pickle

    calls: list[int] = []
    doc = Document([Block("Subscribe now"), Block("Body text.")])
    doc.drop(doc.all_blocks[0], "paywall", lambda: calls.append(1) or "worded late")
    assert calls == []  # dropping does not word it
    copied = pickle.loads(pickle.dumps(doc))  # pickling words it: a function need not pickle
    assert calls == [1] and copied.removed[0].reason == "worded late"
    assert doc.to_dict()["removed"][0]["reason"] == "worded late" and calls == [1]
    doc.all_blocks[0].reason = "set by a later step"
    assert doc.removed[0].reason == "set by a later step"


def test_the_text_path_words_its_removals_when_read() -> None:
    doc = clean((SAMPLES / "en-page-ereader-review" / "input.txt").read_bytes())
    removed = [b for b in doc.removed if b.removed_by == "block_evidence"]
    unread = [b for b in removed if b.__dict__.get("_explain") is not None]
    assert len(unread) * 2 > len(removed)  # a later step reads a few (button_labels, to relabel them)
    assert all(isinstance(b.reason, str) and "boilerplate score" in b.reason for b in unread)


# -- plain text and clean HTML ------------------------------------------------


def test_text_is_title_then_body() -> None:
    doc = clean(SEED.read_bytes())
    assert doc.to_text() == f"{doc.title}\n\n{doc.text}\n"


def test_clean_html_has_the_body_in_order_and_nothing_removed() -> None:
    doc = clean(PAGE)
    page = doc.to_html()
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    parsed = _parse(page)
    text = "".join(parsed.text)
    positions = [text.index(block.text) for block in doc.blocks]
    assert positions == sorted(positions)
    for block in doc.removed:
        if block.label not in ("caption", "credit"):
            assert block.text not in text
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("li") == sum(b.kind == "list_item" for b in doc.blocks)
    if any(b.kind == "list_item" for b in doc.blocks):
        assert tags.index("ul") < tags.index("li")
    assert [c.text for c in doc.captions] == [
        t for t in parsed.text if any(t == c.text for c in doc.captions)
    ]


# -- annotated view -----------------------------------------------------------


def test_annotated_view_shows_body_and_removed_blocks_in_place() -> None:
    doc = clean(SEED.read_bytes())
    parsed = _parse(doc.to_html(annotated=True))
    blocks = [(a.get("data-label"), a) for _, a in parsed.tags if "ct-block" in (a.get("class") or "")]
    assert [label for label, _ in blocks] == [b.label for b in doc.all_blocks]
    for block, (_, attrs) in zip(doc.all_blocks, blocks, strict=True):
        if block.is_body:
            assert "title" not in attrs
        else:
            assert attrs["title"] == f"{block.label}, removed by {block.removed_by}: {block.reason}"
            assert "ct-removed" in (attrs["class"] or "")
            assert ("ct-caption" in (attrs["class"] or "")) == (block.label in ("caption", "credit"))
    legend = [a.get("data-label") for t, a in parsed.tags if t == "li" and "data-label" in a and "ct-block" not in (a.get("class") or "")]
    assert set(legend) == {b.label for b in doc.all_blocks}
    text = "".join(parsed.text)
    for block in doc.all_blocks:
        assert block.text in text


def test_markup_removals_have_their_own_section_and_the_fragment_is_the_notebook_view() -> None:
    doc = clean(PAGE)
    assert doc.markup_removed, "the test page should lose its nav/newsletter/caption to markup signals"
    fragment = doc._repr_html_()
    assert fragment == annotated_fragment(doc) and "<html" not in fragment
    assert fragment in doc.to_html(annotated=True)
    body_end = fragment.index("</article>")
    section = fragment.index('class="ct-markup"')
    assert section > body_end
    for block in doc.markup_removed:
        assert fragment.index(f'data-label="{block.label}"', section) > section


def test_page_text_and_reasons_never_become_markup() -> None:
    blocks = [
        Block(HOSTILE),
        Block(f"caption {ATTR_BREAK}", label="caption", removed_by="photo_credit", reason=f"reason {ATTR_BREAK}"),
        Block("x", label='evil" onclick="alert(3)', removed_by="<b>step</b>", reason=HOSTILE),
        Block("</li></ul><img src=x onerror=alert(4)>", kind="list_item"),
        Block("a | <i>b</i>\n1 | 2", kind="table"),
        Block("if a < b: print('</pre>')", kind="code"),
    ]
    doc = Document(all_blocks=blocks, title=f"<img src=x onerror=alert(5)>{HOSTILE}", byline=ATTR_BREAK,
                   markup_removed=[Block(HOSTILE, label="navigation", removed_by="markup_signals", reason=ATTR_BREAK)],
                   warnings=[HOSTILE])
    for markup in (doc.to_html(), doc.to_html(annotated=True), doc._repr_html_()):
        parsed = _parse(markup)
        tags = {tag for tag, _ in parsed.tags}
        assert not tags & {"script", "img", "b", "i"}, tags
        names = {name for _, attrs in parsed.tags for name in attrs}
        assert not any(name.startswith("on") for name in names), names
        assert HOSTILE in "".join(parsed.text)
    annotated = _parse(doc.to_html(annotated=True))
    titles = [a["title"] for _, a in annotated.tags if a.get("title") and "ct-removed" in (a.get("class") or "")]
    assert f"caption, removed by photo_credit: reason {ATTR_BREAK}" in titles
    assert f'evil" onclick="alert(3), removed by <b>step</b>: {HOSTILE}' in titles


def test_pipeline_text_with_markup_characters_is_escaped() -> None:
    doc = clean("<html><body><article><p>Readers wrote &lt;script&gt;alert(1)&lt;/script&gt; in the comments of "
                "the story about web security, which the editors found quite funny indeed.</p></article></body></html>")
    assert "<script>" in doc.text
    for markup in (doc.to_html(), doc.to_html(annotated=True)):
        assert "<script>" not in markup and "&lt;script&gt;" in markup


def test_numbered_lines_keep_their_numbers_and_bullets_lose_their_marks() -> None:
    steps = "1. Heat the oven to 180C and line a tin with baking paper.\n2. Melt the butter over a low heat, then stir in the sugar."
    bullets = "- Three ripe plums, halved\n- A handful of flaked almonds"
    doc = clean(f"Plum cake\n\n{steps}\n\n{bullets}", input_format="text")
    items = [(b.kind, b.text) for b in doc.blocks]
    assert ("list_item", "1. Heat the oven to 180C and line a tin with baking paper.") in items
    assert ("list_item", "Three ripe plums, halved") in items
    markdown = doc.to_markdown()
    assert "\n2. Melt the butter" in markdown and "- 2." not in markdown
    assert "- A handful of flaked almonds" in markdown
