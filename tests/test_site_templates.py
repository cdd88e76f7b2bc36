"""Site templates learned from a batch: removal, no body lost, order independence, bounds."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from cleantext import clean, clean_many
from cleantext.document import Document
from cleantext.site import templates as site_templates
from cleantext.site.templates import MIN_PAGES, TemplateLearner, block_key, remove_templates

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.site_templates import HOST, QUOTE, generate_site, measure  # noqa: E402

SITE = generate_site(40)


@pytest.mark.parametrize("kind", ["html", "text"])
def test_the_template_goes_and_no_body_is_lost(kind: str) -> None:
    before, after = measure(SITE, kind, templates=False), measure(SITE, kind, templates=True)
    assert before.template_left > 0.1 * before.template_chars  # the built-in filters leave some of it
    assert after.template_left == 0
    assert after.body_lost == before.body_lost == 0


def _outcome(items: list[tuple[str, str, dict[str, str]]], **options: object) -> dict[str, tuple[str, tuple[str, ...]]]:
    results = clean_many(items, **options)  # type: ignore[arg-type]
    return {r.name: (r.document.text, tuple(b.reason or "" for b in r.document.removed)) for r in results if r.document}


def test_removals_are_explained_and_the_order_does_not_matter() -> None:
    items = [(page.url, page.html, {"url": page.url}) for page in SITE]
    forward = _outcome(items)
    shuffled = items[:]
    random.Random(3).shuffle(shuffled)
    assert _outcome(shuffled) == forward
    assert _outcome(items[::-1], jobs=2, timeout=60) == forward
    doc = next(r.document for r in clean_many(items[:MIN_PAGES + 5]) if r.document)
    template = [b for b in doc.removed if b.label == "site_template"]
    assert template and all(b.removed_by == "site_template" for b in template)
    assert template[0].reason is not None and f"pages of {HOST} in this batch" in template[0].reason


def test_text_quoted_on_two_pages_and_a_story_under_two_urls_stay() -> None:
    results = {r.name: r.document for r in clean_many([(p.url, p.html, {"url": p.url}) for p in SITE])}
    quoting = [doc for doc in results.values() if doc and QUOTE in doc.text]
    assert len(quoting) == 2
    first, again = results[SITE[0].url], results[SITE[-1].url]
    assert first is not None and again is not None and first.text == again.text
    assert all(paragraph in first.text for paragraph in SITE[0].body)


def test_nothing_is_learned_from_too_few_pages_or_when_turned_off() -> None:
    few = [(p.url, p.html, {"url": p.url}) for p in SITE[: MIN_PAGES - 1]]
    assert not any(b.label == "site_template" for r in clean_many(few) for b in r.document.removed)  # type: ignore[union-attr]
    many = [(p.url, p.html, {"url": p.url}) for p in SITE]
    off = list(clean_many(many, templates=False))
    assert not any(b.label == "site_template" for r in off for b in r.document.removed)  # type: ignore[union-attr]
    assert all(r.document.text == clean(p.html, url=p.url).text for r, p in zip(off, SITE))  # type: ignore[union-attr]


def test_pages_without_a_host_are_not_grouped_unless_a_site_is_given() -> None:
    texts = [page.text for page in SITE]
    assert not any(b.label == "site_template" for r in clean_many(texts) for b in r.document.removed)  # type: ignore[union-attr]
    grouped = list(clean_many(texts, site=HOST))
    assert all(any(b.label == "site_template" for b in r.document.removed) for r in grouped)  # type: ignore[union-attr]


def _doc(host: str, title: str, *texts: str) -> Document:
    return clean("\n\n".join([title, *texts]), site=host)


def test_a_page_that_would_be_mostly_template_keeps_it() -> None:
    shared = [f"Our reporters walk harbour beat {n} every single morning, rain or shine." for n in range(8)]
    docs = [_doc("a.example", f"A headline for story {n}", *shared, f"Story {n} has a sentence of its own, long enough to count. " * 5) for n in range(12)]
    docs.append(_doc("a.example", "A headline for a short one", *shared, "Short."))
    learner = TemplateLearner()
    for doc in docs:
        learner.add(doc)
    found = learner.templates()
    assert found.remove_from(docs[0]) == 8
    assert found.remove_from(docs[-1]) == 0 and "not removed" in docs[-1].warnings[-1]


def test_the_memory_cap_holds_and_keeps_the_result_order_independent() -> None:
    docs = [_doc("a.example", f"A headline for story {n}", "Shared footer line of the site, printed in Harbourtown.", *(f"Line {n}-{i} unique" for i in range(30))) for n in range(40)]

    def learned(order: list[Document]) -> dict[int, int]:
        learner = TemplateLearner(max_keys_per_host=200)
        for doc in order:
            learner.add(doc)
        assert len(learner.hosts["a.example"].keys) <= 200
        template = learner.templates().hosts.get("a.example")
        return template.counts if template else {}

    forward = learned(docs)
    assert learned(docs[::-1]) == forward
    assert set(forward) <= {block_key("Shared footer line of the site, printed in Harbourtown.")}


def test_a_long_stream_is_handled_window_by_window() -> None:
    docs = [
        _doc("a.example", f"A headline for story {n}", f"Story {n} is its own and says so.", "Shared footer line of the site, printed in Harbourtown.")
        for n in range(25)
    ]
    out = list(remove_templates(iter(docs), lambda d: d, window=12))
    assert [d.title for d in out] == [d.title for d in docs]
    removed = [any(b.label == "site_template" for b in d.removed) for d in out]
    assert removed == [True] * 24 + [False]  # the last window holds one page: too few to learn from


def test_the_thresholds_are_documented() -> None:
    doc = site_templates.__doc__ or ""
    for name in ("MIN_PAGES", "MIN_RECURRENCE", "SHARE", "LONG_BLOCK_CHARS", "LONG_SHARE", "MIN_KEPT_SHARE", "MAX_KEYS_PER_HOST"):
        assert f"`{name}`" in doc
