"""The main-content engine's parts: the walk, the container scores and the per-block decision."""

from __future__ import annotations

import dataclasses

import lxml.html

from cleantext import clean
from cleantext.extract.block_features import add_features
from cleantext.extract.containers import score_containers
from cleantext.extract.engine import EngineModel, extract, using_engine
from cleantext.extract.walk import class_weight, walk

PROSE = "The harbour tunnel opened late, and the city council said the delay cost more than planned, again."
PAGE = f"""<html><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li></ul></nav>
<div class="article-body"><h2>The tunnel</h2><p>{PROSE}</p><p>{PROSE} <b>Really.</b> <a href="/x">More</a></p>
<p>{PROSE}</p></div>
<div><a href="/w">Weather</a> <a href="/j">Jobs</a></div>
<footer><p><a href="/c">Contact</a> <a href="/i">Imprint</a></p></footer>
</body></html>"""


def _root():
    return lxml.html.fromstring(PAGE).find("body")


def test_walk_cuts_blocks_at_block_tags_and_counts_link_text() -> None:
    page = walk(_root())
    texts = [b.text for b in page.blocks]
    assert texts[:3] == ["Home", "News", "Sport"]
    second = next(b for b in page.blocks if b.text.endswith("More"))
    assert "Really." in second.text  # inline markup stays in the block
    assert second.link_chars == len("More")
    assert next(b for b in page.blocks if b.text == "The tunnel").headings == 2
    assert page.containers[page.blocks[0].container].chrome  # inside <nav>


def test_class_words_weigh_containers() -> None:
    assert class_weight("article-body") == 1
    assert class_weight("sidebar") == -1
    assert class_weight("wrapper") == 0


def test_the_article_container_wins() -> None:
    page = walk(_root())
    article = score_containers(page)
    assert article is not None
    assert page.containers[article.top].tag == "div" and page.containers[article.top].weight == 1
    add_features(page, article)
    inside = {b.text[:10]: b.features["in_top"] for b in page.blocks}
    assert inside["Home"] == 0.0 and inside[PROSE[:10]] == 1.0


def _model(threshold: float = 0.5) -> EngineModel:
    """A hand-set model: inside the article container is body, links are not."""
    trees = {
        "names": ["in_top", "link_density"],
        "base": 0.5,
        "trees": [
            [[0, 0.5, 1, 2, 0.0], [-1, 0, 0, 0, -3.0], [-1, 0, 0, 0, 3.0]],
            [[1, 0.5, 1, 2, 0.0], [-1, 0, 0, 0, 1.0], [-1, 0, 0, 0, -2.0]],
        ],
        "means": {"in_top": 0.5, "link_density": 0.3},
    }
    gate = {"unsure_low": 0.3, "unsure_high": 0.7, "unsure_share": 0.15, "min_chars": 0}
    return EngineModel.from_dict({"alone": trees, "with_trafilatura": trees, "threshold": threshold, "gate": gate})


def test_extract_keeps_the_article_and_explains_what_it_leaves_out() -> None:
    asked = []
    result = extract(_root(), _model(), lambda: asked.append(1) or None)
    kept = [b.text for b in result.kept]
    assert kept[0] == "The tunnel" and sum(PROSE in t for t in kept) == 3
    assert "Home" not in kept and "Contact Imprint" not in kept
    home = next(b for b in result.left_out if b.text == "Home")
    assert home.label == "outside_main_content"
    assert "outside the article container" in home.reason and "link density 1.00" in home.reason
    assert not asked  # a sure page does not ask trafilatura


def test_an_unsure_page_asks_trafilatura_once() -> None:
    calls = []
    unsure = dataclasses.replace(_model(), unsure_low=0.0, unsure_high=1.0, unsure_share=0.0)
    result = extract(_root(), unsure, lambda: calls.append(1) or PROSE)
    assert calls == [1] and result.asked_trafilatura


def test_clean_with_the_engine_lists_left_out_blocks_and_keeps_the_body() -> None:
    with using_engine(_model()):
        doc = clean(PAGE)
    assert doc.text.count(PROSE) == 3
    assert "Home" not in doc.text
    assert any(b.text == "Weather Jobs" and b.removed_by == "main_content" and b.reason for b in doc.removed)


def test_without_engine_weights_trafilatura_decides() -> None:
    with using_engine(None):
        doc = clean(PAGE)
    assert doc.text.count(PROSE) == 3
    assert not any(b.label == "outside_main_content" for b in doc.removed)  # no walk listing left-outs


def test_the_walk_is_bounded_on_deep_pages() -> None:
    deep = "<div>" * 200 + "text" + "</div>" * 200
    page = walk(lxml.html.fromstring(f"<html><body>{deep}</body></html>").find("body"))
    assert [b.text for b in page.blocks] == ["text"]


def test_a_left_out_block_takes_the_label_its_cue_words_name() -> None:
    page = PAGE.replace("<footer>", "<div><p>Advertisement</p></div><footer>")
    result = extract(lxml.html.fromstring(page).find("body"), _model(), lambda: None)
    ad = next(b for b in result.left_out if b.text == "Advertisement")
    assert ad.label == "advertisement"
    assert ad.reason.startswith('not main content: advertisement cues: "advertisement"; ')
    weather = next(b for b in result.left_out if b.text == "Weather Jobs")
    assert weather.label == "outside_main_content"  # no cue word weighs enough


def test_a_left_out_reason_is_worded_when_read_and_survives_pickling() -> None:
    import pickle

    result = extract(_root(), _model(), lambda: None)
    home = next(b for b in result.left_out if b.text == "Home")
    assert home._explain is not None  # not worded yet
    copied = pickle.loads(pickle.dumps(home))
    assert copied.reason == home.reason and "outside the article container" in copied.reason
    home.reason = "set by a later step"
    assert home.reason == "set by a later step"
    assert dataclasses.replace(home, label="navigation").reason == "set by a later step"


def test_context_features_give_each_block_its_neighbours_first_scores() -> None:
    from cleantext.extract.block_features import add_context_features

    page = walk(_root())
    scores = [0.1 * (i % 10) for i in range(len(page.blocks))]
    add_context_features(page.blocks, scores)
    third = page.blocks[2].features
    assert (third["own_score"], third["prev_score"], third["next_score"]) == (0.2, 0.1, 0.3)
    assert third["prev3_score"] == 0.5  # past the page's start
    assert third["best_before"] == 0.1 and third["best_after"] == max(scores[3:])
    assert page.blocks[0].features["best_before"] == 0.0


def _context_model() -> EngineModel:
    """The hand-set model, then a context pass that keeps a block after a block that scored high."""
    context = {
        "names": ["own_score", "prev_score"],
        "base": 0.0,
        "trees": [
            [[1, 0.5, 1, 2, 0.0], [-1, 0, 0, 0, -3.0], [-1, 0, 0, 0, 3.0]],
            [[0, 0.5, 1, 2, 0.0], [-1, 0, 0, 0, -1.0], [-1, 0, 0, 0, 1.0]],
        ],
        "means": {"own_score": 0.5, "prev_score": 0.5},
    }
    from cleantext.extract.trees import BoostedTrees

    return dataclasses.replace(_model(), in_context=BoostedTrees(**context))


def test_the_context_pass_weighs_the_neighbours_and_says_so() -> None:
    after = "A long afterword outside the article's container, " + PROSE + " " + PROSE
    page = PAGE.replace("<div><a href=\"/w\">", f"<div><p>{after}</p></div><div><a href=\"/w\">")
    root = lxml.html.fromstring(page).find("body")
    alone = [b.text for b in extract(root, _model(), lambda: None).kept]
    result = extract(root, _context_model(), lambda: None)
    assert after not in alone
    assert after in [b.text for b in result.kept]  # right after the article's last paragraph
    weather = next(b for b in result.left_out if b.text == "Weather Jobs")
    assert "among blocks left out" in weather.reason and "outside the article container" in weather.reason
