"""The HTML path: markup signals and main-content extraction on small pages."""

from __future__ import annotations

from cleantext import clean
from cleantext.extract.engine import using_engine

BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The council met on Tuesday evening to discuss the budget for the coming year, which runs to 40 million.",
        "Several members asked for more money for road repairs and school buildings in the northern districts.",
        "The mayor said a final vote would take place next month after a public hearing at the town hall.",
    )
)


def page(article: str, head: str = "", chrome: str = "") -> str:
    return f"<html><head>{head}</head><body>{chrome}<main><article>{article}</article></main></body></html>"


def test_the_headline_moves_to_the_title_with_its_kicker() -> None:
    doc = clean(page('<p class="kicker">Politics</p><h1>Council delays budget vote</h1>' + BODY,
                     head='<meta property="og:title" content="Council delays budget vote | Example Daily">'))
    assert doc.title == "Council delays budget vote"
    assert doc.blocks[0].text.startswith("The council met")
    assert "Politics" not in doc.text


def test_a_visible_description_becomes_the_dek() -> None:
    dek = "Road repairs and schools compete for the same money, and the mayor wants more time."
    html = page(f'<h1>Council delays budget vote</h1><div class="standfirst">{dek}</div>' + BODY,
                head=f'<meta name="description" content="{dek}">')
    assert clean(html).blocks[0].text == dek


def test_an_invisible_description_is_not_added() -> None:
    blurb = "Read the latest local news, sport and weather from your town on Example Daily."
    doc = clean(page("<h1>Council delays budget vote</h1>" + BODY, head=f'<meta name="description" content="{blurb}">'))
    assert blurb not in doc.text


def test_furniture_classes_are_removed_and_explained() -> None:
    box = '<div class="newsletter-signup"><p>Sign up for our daily newsletter</p></div>'
    doc = clean(page("<h1>Council delays budget vote</h1>" + BODY + box))
    assert "Sign up" not in doc.text
    assert any(b.label == "newsletter" and b.removed_by == "markup_signals" for b in doc.removed)


def test_a_paywall_class_on_the_article_itself_keeps_the_article() -> None:
    html = page('<h1>Council delays budget vote</h1><div class="paywall">' + BODY + "</div>")
    assert "The mayor said a final vote" in clean(html).text


def test_explain_extraction_lists_what_trafilatura_left_out() -> None:
    chrome = "<div><p>Weather: 12 degrees and cloudy over the valley this afternoon</p></div>"
    html = page("<h1>Council delays budget vote</h1>" + BODY, chrome=chrome)
    with using_engine(None):  # trafilatura's path: its left-out text is found by a walk, on request
        assert not any(b.label == "outside_main_content" for b in clean(html).removed)
        doc = clean(html, explain_extraction=True)
    left_out = [b for b in doc.removed if b.label == "outside_main_content"]
    assert [b.text for b in left_out] == ["Weather: 12 degrees and cloudy over the valley this afternoon"]
    assert left_out[0].removed_by == "main_content"
    with using_engine(None):
        assert doc.text == clean(html).text


def test_the_engine_explains_what_it_left_out_without_being_asked() -> None:
    chrome = "<div><p>Weather: 12 degrees and cloudy over the valley this afternoon</p></div>"
    html = page("<h1>Council delays budget vote</h1>" + BODY, chrome=chrome)
    doc = clean(html)
    left_out = [b for b in doc.removed if b.removed_by == "main_content"]
    assert "Weather: 12 degrees and cloudy over the valley this afternoon" in [b.text for b in left_out]
    assert all(b.reason.startswith("not main content: ") for b in left_out)
    assert clean(html, explain_extraction=True).text == doc.text


def _count_full_passes(monkeypatch) -> list[bool]:
    """trafilatura's passes on its own path (the engine off), fast or full, as they are called."""
    from cleantext.extract import main_content

    monkeypatch.setattr(main_content, "engine_model", lambda: None)
    calls: list[bool] = []
    real = main_content.run_trafilatura

    def counting(tree, include_comments, fast=True):  # type: ignore[no-untyped-def]
        calls.append(fast)
        return real(tree, include_comments, fast)

    monkeypatch.setattr(main_content, "run_trafilatura", counting)
    return calls


def test_a_short_article_on_a_quiet_page_gets_no_second_pass(monkeypatch) -> None:
    calls = _count_full_passes(monkeypatch)
    doc = clean(page(BODY))
    assert doc.text.startswith("The council met")
    assert calls == [True]  # the page holds no text the fast pass could have missed


def test_a_short_extraction_on_a_long_page_gets_the_full_pass_if_its_paragraphs_say_so(monkeypatch) -> None:
    from cleantext.extract import main_content

    teasers = "".join(f"<div><span>Other story number {i} about the region and its people</span></div>" for i in range(60))
    calls = _count_full_passes(monkeypatch)
    clean(page(BODY, chrome=teasers))  # the baseline's paragraphs hold no more than the fast pass
    assert calls == [True]
    calls.clear()
    monkeypatch.setattr(main_content, "_paragraph_text_length", lambda tree: 10_000)
    clean(page(BODY, chrome=teasers))
    assert calls == [True, False]


def test_the_second_opinion_is_taken_only_when_it_finds_twice_the_text(monkeypatch) -> None:
    from lxml import etree

    from cleantext.document import Block, Document
    from cleantext.extract import main_content

    long_text = "A sentence of the article that the fast pass did not see at all. " * 40
    tree = etree.fromstring(f"<html><body><div>{long_text}</div></body></html>")
    first = [Block("A short first result of some sixty characters in length.")]
    found = etree.fromstring(f"<body><p>{long_text}</p></body>")
    monkeypatch.setattr(main_content, "run_trafilatura", lambda *args, **kwargs: found)
    assert main_content._second_opinion(tree, Document(), first)[0].text == long_text.strip()
    same = etree.fromstring(f"<body><p>{first[0].text}</p></body>")
    monkeypatch.setattr(main_content, "run_trafilatura", lambda *args, **kwargs: same)
    assert main_content._second_opinion(tree, Document(), first) is first


def test_amp_paywalled_content_stays_and_its_prompt_goes() -> None:
    prompt = "This article is for subscribers only. Subscribe to continue reading."
    # a box classed "paywall" holding a paywall phrase would go, were it not marked as content
    content = f'<section subscriptions-section="content" class="paywall">{BODY}<p>{prompt}</p></section>'
    doc = clean(page(f"<h1>Council delays budget vote</h1>{content}"))
    assert doc.text.startswith("The council met") and "public hearing" in doc.text
    unmarked = clean(page(f'<h1>Council delays budget vote</h1><section class="paywall">{BODY}<p>{prompt}</p></section>'))
    assert "public hearing" not in unmarked.text
    html = page(f'<h1>Council delays budget vote</h1>{BODY}<div subscriptions-section="content-not-granted"><p>{prompt}</p></div>')
    assert any(b.label == "paywall" and b.removed_by == "markup_signals" for b in clean(html).removed)


def test_markup_rules_skip_what_is_inside_a_removed_box_or_formula() -> None:
    from cleantext import Pipeline
    from cleantext.ingest import ingest

    html = (
        '<html><body><math><mi class="ad-slot">x</mi></math>'
        '<div class="share-bar"><a class="share-button">Share</a><a class="share-button">Tweet</a></div>'
        f'<article>{BODY}</article><div class="ad-slot">Advertisement</div></body></html>'
    )
    doc = Pipeline.from_names(["markup_signals"])(ingest(html))
    assert [(b.label, b.text) for b in doc.markup_removed] == [("share", "Share Tweet"), ("advertisement", "Advertisement")]
    assert doc.tree is not None and doc.tree.find(".//mi") is not None  # inside <math>: not a box of its own
