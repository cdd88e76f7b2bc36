"""Scrapy item pipeline (with Scrapy's own Item and crawler objects) and the pandas accessor."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import scrapy
from scrapy.exceptions import DropItem
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

import cleantext.integrations.pandas  # noqa: F401  (registers the accessor)
from cleantext import clean
from cleantext.integrations.fields import DEFAULT_FIELDS
from cleantext.integrations.scrapy import CleantextPipeline

SEED = Path(__file__).resolve().parent.parent / "samples" / "en-text-seed-paywall-donation-qr" / "input.txt"
PAGE = (
    "<html lang='en'><head><title>Rates rise</title><meta name='author' content='Jane Doe'></head><body><article>"
    "<h1>Rates rise</h1><p>The central bank raised its main rate on Tuesday, the third rise this year, citing inflation.</p>"
    "<figure><img src='a.jpg'><figcaption>The bank's headquarters.</figcaption></figure>"
    "<p>Economists expect one more rise before the end of the year, though opinions differ.</p>"
    "<p>Subscribe to continue.</p></article></body></html>"
)


class Article(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()
    page = scrapy.Field()
    title = scrapy.Field()
    text = scrapy.Field()
    byline = scrapy.Field()
    date = scrapy.Field()
    language = scrapy.Field()
    sitename = scrapy.Field()
    description = scrapy.Field()
    captions = scrapy.Field()
    ct_title = scrapy.Field()
    ct_removed = scrapy.Field()
    ct_error = scrapy.Field()


def _pipeline(**settings: object) -> CleantextPipeline:
    return build_from_crawler(CleantextPipeline, get_crawler(settings_dict=settings))


def test_scrapy_item_gets_the_cleaned_fields() -> None:
    item = Article(url="https://example.com/rates", html=PAGE)
    out = _pipeline().process_item(item)
    doc = clean(PAGE, url="https://example.com/rates")
    assert out is item
    assert item["text"] == doc.text and "Subscribe to continue." not in item["text"]
    assert item["title"] == doc.title and item["byline"] == doc.byline and item["language"] == doc.language
    assert item["captions"] == [b.text for b in doc.captions]
    assert item["html"] == PAGE  # kept unless CLEANTEXT_DROP_HTML


def test_scrapy_settings_choose_field_names_and_outputs() -> None:
    pipeline = _pipeline(CLEANTEXT_HTML_FIELD="page", CLEANTEXT_FIELDS=["title", "removed"], CLEANTEXT_FIELD_PREFIX="ct_", CLEANTEXT_DROP_HTML=True)
    item = Article(page=SEED.read_text(encoding="utf-8"))
    pipeline.process_item(item, None)  # older Scrapy passes the spider too
    doc = clean(SEED.read_bytes())
    assert item["ct_title"] == doc.title
    assert [r["label"] for r in item["ct_removed"]] == [b.label for b in doc.removed]
    assert "page" not in item and "text" not in item


def test_scrapy_dict_items_and_items_without_html() -> None:
    pipeline = _pipeline()
    item = {"html": SEED.read_bytes()}
    assert set(pipeline.process_item(item)) == {"html", *DEFAULT_FIELDS}
    untouched = {"url": "https://example.com/"}
    assert pipeline.process_item(untouched) == {"url": "https://example.com/"}


def test_scrapy_undeclared_fields_are_skipped_not_fatal() -> None:
    class Small(scrapy.Item):
        html = scrapy.Field()
        text = scrapy.Field()

    item = Small(html=PAGE)
    _pipeline().process_item(item)
    assert item["text"] == clean(PAGE).text and "title" not in item


def test_scrapy_errors_keep_or_drop() -> None:
    item = Article(html=PAGE * 10)
    _pipeline(CLEANTEXT_FIELD_PREFIX="ct_").process_item(item)
    assert "ct_error" not in item
    big = {"html": "x" * 100}
    strict = CleantextPipeline(on_error="drop", max_bytes=10)
    with pytest.raises(DropItem, match="InputTooLargeError"):
        strict.process_item(big)
    lenient = CleantextPipeline(max_bytes=10)
    assert "InputTooLargeError" in lenient.process_item(dict(big))["error"]
    with pytest.raises(ValueError):
        CleantextPipeline(fields=["nope"])


def test_pandas_accessor_returns_a_frame_aligned_with_the_series() -> None:
    series = pd.Series([PAGE, SEED.read_text(encoding="utf-8"), None, 42], index=["a", "b", "c", "d"])
    frame = series.cleantext.clean()
    assert list(frame.index) == ["a", "b", "c", "d"]
    assert list(frame.columns) == [*DEFAULT_FIELDS, "error"]
    seed = clean(SEED.read_bytes())
    assert frame.loc["b", "title"] == seed.title and frame.loc["b", "text"] == seed.text
    assert frame.loc["b", "captions"] == [c.text for c in seed.captions]
    assert frame.loc["a", "text"] == clean(PAGE).text
    assert pd.isna(frame.loc["a", "error"]) and pd.isna(frame.loc["b", "error"])
    for key in ("c", "d"):
        assert "UnsupportedInputError" in frame.loc[key, "error"]
        assert pd.isna(frame.loc[key, "title"])


def test_pandas_accessor_fields_jobs_and_documents() -> None:
    series = pd.Series([PAGE, SEED.read_text(encoding="utf-8")])
    frame = series.cleantext.clean(["title", "removed_count"], jobs=2, timeout=30)
    assert list(frame.columns) == ["title", "removed_count", "error"]
    assert frame["removed_count"].tolist() == [len(clean(PAGE).removed), len(clean(SEED.read_bytes()).removed)]
    docs = series.cleantext.documents()
    assert docs[1].title == clean(SEED.read_bytes()).title
    with pytest.raises(ValueError):
        series.cleantext.clean(["no_such_field"])


def test_scrapy_runs_it_from_item_pipelines_without_deprecation_warnings() -> None:
    import asyncio
    import warnings

    from scrapy.pipelines import ItemPipelineManager

    if not hasattr(ItemPipelineManager, "process_item_async"):
        pytest.skip("this Scrapy has no process_item_async")
    crawler = get_crawler(settings_dict={"ITEM_PIPELINES": {"cleantext.integrations.scrapy.CleantextPipeline": 300}})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. a process_item that requires the spider argument
        manager = ItemPipelineManager.from_crawler(crawler)
    item = asyncio.run(manager.process_item_async({"html": SEED.read_bytes()}))
    assert item["text"] == clean(SEED.read_bytes()).text
