"""cleantext.integrations.spark: the mapPartitions function alone, then inside PySpark (local[2]).

The Spark tests need pyspark and Java 17+ (.ci/run installs both); they write
their own WARC and WET files with warcio's writer and check that Spark's rows
equal the single-process rows record by record.
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("warcio", reason="warcio is needed to read WARC files (pip install 'cleantext-articles[warc]')")

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wet import TEXTS, write_wet

from cleantext.integrations.spark import FIELDS, clean_partition, to_row
from cleantext import clean
from cleantext.integrations.warc import clean_warc

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(ROOT.glob("samples/*/input.html"))


def write_warc(path: Path, pages: list[Path], *, extra: bool = True) -> Path:
    """A gzip'd WARC with a request and a response per page, plus non-HTML and a gzip-encoded page."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, page in enumerate(pages):
            url = f"https://pages.example/{page.parent.name}"
            request = b"GET / HTTP/1.1\r\nHost: pages.example\r\n\r\n"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(request)))
            body, encoding = page.read_bytes(), ""
            if number % 3 == 1:
                body, encoding = gzip.compress(body), "Content-Encoding: gzip\r\n"
            response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n%sContent-Length: %d\r\n\r\n" % (encoding.encode(), len(body)) + body
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(response)))
        if extra:
            image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"
            writer.write_record(writer.create_warc_record("https://pages.example/logo.png", "response", payload=io.BytesIO(image)))
            bad = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress\r\n\r\n\x1f\x9d..."
            writer.write_record(writer.create_warc_record("https://pages.example/old", "response", payload=io.BytesIO(bad)))
    return path


def single_process_rows(paths: list[Path]) -> list[dict[str, Any]]:
    return [to_row(r) for path in paths for r in clean_warc(path) if r.document is not None or r.error]


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    assert len(PAGES) >= 4, "samples/*/input.html are the test pages"
    folder = tmp_path_factory.mktemp("warcs")
    half = len(PAGES) // 2
    return [write_warc(folder / "a.warc.gz", PAGES[:half]), write_warc(folder / "b.warc.gz", PAGES[half:])]


@pytest.fixture(scope="module")
def wets(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    assert len(TEXTS) >= 4, "samples/*/input.txt are the WET pages"
    folder = tmp_path_factory.mktemp("wets")
    half = len(TEXTS) // 2
    return [write_wet(folder / "a.warc.wet.gz", TEXTS[:half]), write_wet(folder / "b.warc.wet", TEXTS[half:], gzip=False, start=half)]


# -- without Spark ------------------------------------------------------------------
def test_partition_function_takes_paths_records_pairs_and_dicts(warcs: list[Path]) -> None:
    expected = single_process_rows(warcs[:1])
    assert len(expected) == len(PAGES) // 2 + 1  # every page, and the record with an unsupported encoding
    assert list(clean_partition(iter(warcs[:1]))) == expected
    assert list(clean_partition(str(warcs[0]) for _ in range(1))) == expected
    with open(warcs[0], "rb") as stream:
        assert list(clean_partition(ArchiveIterator(stream))) == expected

    page = PAGES[0].read_text(encoding="utf-8")
    by_pair, by_dict, by_bytes = (
        list(clean_partition([item]))
        for item in (("https://u.example/", page), {"url": "https://u.example/", "html": page}, ("https://u.example/", page.encode()))
    )
    assert by_pair == by_dict == by_bytes
    assert by_pair[0]["url"] == "https://u.example/" and by_pair[0]["text"] and by_pair[0]["error"] is None
    assert set(by_pair[0]) == set(FIELDS) and by_pair[0]["record_id"] is None


def test_partition_function_takes_wet_files(wets: list[Path]) -> None:
    rows = list(clean_partition(iter(wets)))
    assert rows == single_process_rows(wets) and len(rows) == len(TEXTS)
    assert [row["url"] for row in rows] == [f"https://wet.example/{t.parent.name}" for t in TEXTS]
    assert all(row["record_id"] and row["warc_date"] and row["error"] is None for row in rows)
    assert rows[0]["text"] == clean(TEXTS[0].read_text(encoding="utf-8"), input_format="text").text
    with open(wets[1], "rb") as stream:  # warcio records of a WET file, read by the caller
        assert list(clean_partition(ArchiveIterator(stream))) == single_process_rows(wets[1:])


def test_partition_function_reports_bad_items() -> None:
    rows = list(clean_partition([42, ("https://n.example/", None), "/no/such/file.warc.gz"]))
    assert [row["error"] is not None for row in rows] == [True, True, True]
    assert rows[1]["url"] == "https://n.example/" and rows[2]["url"] == "/no/such/file.warc.gz"


def test_rows_carry_removed_blocks_and_captions(warcs: list[Path]) -> None:
    rows = single_process_rows(warcs)
    removed = [item for row in rows for item in row["removed"] or []]
    assert removed and all(set(item) == {"label", "text", "removed_by", "reason"} for item in removed)
    assert all(isinstance(caption, str) for row in rows for caption in row["captions"] or [])
    assert [row["error"] for row in rows if row["error"]] == ["unsupported Content-Encoding: compress"] * 2


# -- in Spark -------------------------------------------------------------------------
def _java_ok() -> str | None:
    """Why Spark cannot start here, or None when it can."""
    java = shutil.which("java") or (os.environ.get("JAVA_HOME") and shutil.which("java", path=os.path.join(os.environ["JAVA_HOME"], "bin")))
    if not java:
        return "java is not installed (Spark needs Java 17+; .ci/run installs openjdk-17-jre-headless)"
    run = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    return None if run.returncode == 0 else f"java -version failed: {run.stderr.strip()[:200]}"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'cleantext-articles[spark]')")
    reason = _java_ok()
    if reason:
        pytest.skip(reason)
    from pyspark.sql import SparkSession

    saved = {key: os.environ.get(key) for key in ("PYSPARK_PYTHON", "PYTHONPATH")}
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this Python and import this checkout
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), saved["PYTHONPATH"]]))
    session = (
        SparkSession.builder.master("local[2]")
        .appName("cleantext-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_spark_rows_equal_single_process_rows(spark: Any, warcs: list[Path]) -> None:
    paths = [str(path) for path in warcs]
    rdd = spark.sparkContext.parallelize(paths, len(paths)).mapPartitions(functools.partial(clean_partition, timeout=60))
    assert rdd.collect() == single_process_rows(warcs)


def test_spark_rows_equal_single_process_rows_on_wet_files(spark: Any, warcs: list[Path], wets: list[Path]) -> None:
    paths = [str(path) for path in [*wets, warcs[0]]]  # WET files beside a WARC file
    rdd = spark.sparkContext.parallelize(paths, len(paths)).mapPartitions(functools.partial(clean_partition, timeout=60))
    rows = rdd.collect()
    assert rows == single_process_rows([*wets, warcs[0]])
    assert sum(1 for row in rows if (row["url"] or "").startswith("https://wet.example/")) == len(TEXTS)


def test_spark_dataframe_has_the_schema_and_same_rows(spark: Any) -> None:
    from cleantext.integrations.spark import clean_dataframe, schema

    pages = [(f"https://df.example/{p.parent.name}", p.read_bytes()) for p in PAGES]
    frame = spark.createDataFrame(pages, "url string, html binary").repartition(2)
    cleaned = clean_dataframe(frame)
    assert cleaned.schema == schema()
    assert cleaned.schema.simpleString() == (
        "struct<url:string,title:string,byline:string,date:string,language:string,text:string,captions:array<string>,"
        "removed:array<struct<label:string,text:string,removed_by:string,reason:string>>,error:string,record_id:string,warc_date:string>"
    )
    got = sorted((row.asDict(recursive=True) for row in cleaned.collect()), key=lambda row: row["url"])
    expected = sorted(clean_partition(pages), key=lambda row: row["url"])
    assert got == expected and len(got) == len(PAGES)


def test_spark_worker_enforces_the_per_record_budget(spark: Any) -> None:
    def stuck_partition(items: Any) -> Any:
        import time

        import cleantext.integrations.warc as warc

        original = warc.clean
        warc.clean = lambda *args, **kwargs: time.sleep(60)  # clean() never finishes here
        try:
            yield from clean_partition(items, timeout=0.5)
        finally:
            warc.clean = original  # Spark reuses its Python workers

    pages = [(f"https://slow.example/{n}", "<p>slow</p>") for n in range(2)]
    rows = spark.sparkContext.parallelize(pages, 2).mapPartitions(stuck_partition).collect()
    assert [row["error"] for row in rows] == ["timed out after 0.5s"] * 2


def test_spark_dataframe_groups_a_host_s_pages_for_templates(spark: Any) -> None:
    import sys

    from cleantext.integrations.spark import clean_dataframe

    sys.path.insert(0, str(ROOT))
    from benchmarks.site_templates import SLOGAN, generate_site

    site = generate_site(12)
    other = [(f"https://df.example/{p.parent.name}", p.read_bytes()) for p in PAGES[:3]]
    pages = [(p.url, p.html.encode()) for p in site] + other
    frame = spark.createDataFrame(pages, "url string, html binary").repartition(3)
    rows = {row.url: row.asDict(recursive=True) for row in clean_dataframe(frame).collect()}
    assert all(SLOGAN not in rows[p.url]["text"] for p in site)
    assert any(r["label"] == "site_template" for r in rows[site[0].url]["removed"])
    assert rows == {row["url"]: row for row in clean_partition(pages)}
