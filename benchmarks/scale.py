"""Scale benchmark: WARC reading, and cleaning pages/s per core with 1 and 2 workers, on WARC and WET files.

Builds, in a temporary folder, gzip'd shards from the dev-set pages in two
forms: HTML WARC files (a request and a response record per page, like Common
Crawl's WARC files) and WET files (a ``conversion`` record per page holding the
whole page's text, like Common Crawl's WET files; the text is made before any
timing, with inscriptis as in ``benchmarks/inputs.py``'s ``text:page``, or an
lxml fallback when inscriptis/resiliparse are not installed). Then measures:

1. readers: warcio vs FastWARC, records/s iterating every record of the HTML
   WARCs and reading each response payload (FastWARC only if installed);
2. the WARC CLI (``python -m cleantext.cli.warc``, i.e. clean_many) with
   ``--jobs 1`` and ``--jobs 2``, on the HTML WARCs and on the WET files;
3. Spark ``local[1]`` vs ``local[2]``: ``parallelize(shards).mapPartitions(clean_partition)``,
   timed after a warm-up job (JVM and Python workers started, cleantext imported),
   on both forms too.

Usage: ``python benchmarks/scale.py [--html-dir DIR] [--limit N] [--shards 8] [--forms html,wet] [--skip-spark]``.

On a shared machine wall-clock scaling is only as good as the free cores: each
run also reports pages per CPU-second (which contention barely moves) and the
cores kept busy machine-wide, so a ratio below 2 can be told apart from a
scaling problem in the code.
Nothing is written outside the temporary folder; results go to stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_HTML = ROOT.parent / "shared" / "data" / "trafilatura-eval" / "html"


def build_warcs(html_dir: Path, folder: Path, shards: int, limit: int | None) -> tuple[list[Path], int]:
    """Write ``shards`` gzip'd WARC files from the pages; return their paths and the page count."""
    from warcio.warcwriter import WARCWriter

    pages, urls = _dev_pages(html_dir, limit)
    paths = [folder / f"dev-{n:02d}.warc.gz" for n in range(shards)]
    with contextlib.ExitStack() as stack:
        writers = [WARCWriter(stack.enter_context(open(path, "wb")), gzip=True) for path in paths]
        for number, page in enumerate(pages):
            _write_page(writers[number % shards], page, urls)
    return paths, len(pages)


def _dev_pages(html_dir: Path, limit: int | None) -> tuple[list[Path], dict[str, str]]:
    """The dev-set page files and their URLs by page id."""
    pages = sorted(html_dir.glob("*.html.gz"))[:limit]
    evaldata = html_dir.parent / "evaldata.json"
    urls = {entry["id"]: entry["url"] for entry in json.loads(evaldata.read_text(encoding="utf-8"))} if evaldata.exists() else {}
    return pages, urls


def _url(page: Path, urls: dict[str, str]) -> str:
    ident = page.name.split(".")[0]
    url = urls.get(ident, "").replace(" ", "%20")
    return url if url.startswith(("http://", "https://")) else f"https://dev.invalid/{ident}"


def build_wets(html_dir: Path, folder: Path, shards: int, limit: int | None) -> tuple[list[Path], int, str]:
    """Write ``shards`` gzip'd WET files of the pages' whole text; return their paths, the page count and the text maker."""
    from warcio.warcwriter import WARCWriter

    pages, urls = _dev_pages(html_dir, limit)
    make, maker_name = page_text_maker()
    paths = [folder / f"dev-{n:02d}.warc.wet.gz" for n in range(shards)]
    with contextlib.ExitStack() as stack:
        writers = [WARCWriter(stack.enter_context(open(path, "wb")), gzip=True) for path in paths]
        for writer, path in zip(writers, paths):
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "benchmarks/scale.py", "conversion": maker_name}))
        for number, page in enumerate(pages):
            text = make(gzip.decompress(page.read_bytes()))
            writer = writers[number % shards]
            payload = io.BytesIO(text.encode("utf-8") if isinstance(text, str) else text)
            writer.write_record(writer.create_warc_record(_url(page, urls), "conversion", payload=payload, warc_content_type="text/plain"))
    return paths, len(pages), maker_name


def page_text_maker() -> tuple[Callable[[bytes], "str | bytes"], str]:
    """Whole-page text as in WET files: ``benchmarks/inputs.py``'s ``text:page`` (inscriptis), else an lxml fallback."""
    try:
        from benchmarks.inputs import maker

        make = maker("text:page")
        make(b"<p>probe</p>")  # imports inscriptis and resiliparse now
        return make, "inscriptis"
    except ImportError:
        return _lxml_page_text, "lxml"


_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol")


def _lxml_page_text(raw: bytes) -> str:
    """Every text of the page, one line per block element (scripts and styles left out)."""
    import lxml.html

    tree = lxml.html.fromstring(raw)
    for node in tree.xpath("//script|//style|//noscript|//template"):
        node.drop_tree()
    for node in tree.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _write_page(writer: Any, page: Path, urls: dict[str, str]) -> None:
    """A request and a response record for one dev-set page."""
    url = _url(page, urls)
    body = gzip.decompress(page.read_bytes())
    request = b"GET / HTTP/1.1\r\nHost: dev.invalid\r\n\r\n"
    writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(request)))
    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(response)))


# -- 1. readers ---------------------------------------------------------------------
def read_warcio(paths: list[Path]) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    for path in paths:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                count += 1
                if record.rec_type == "response":
                    _ = record.http_headers.get_header("Content-Type")
                    record.content_stream().read()
    return count


def read_fastwarc(paths: list[Path]) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    for path in paths:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream, auto_decode="all"):
                count += 1
                if record.record_type == WarcRecordType.response:
                    _ = record.http_content_type
                    record.reader.read()
    return count


def best_of(runs: int, work: Callable[[], int]) -> tuple[int, float]:
    """The count and the fastest wall time of ``runs`` calls."""
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = work()
        times.append(time.perf_counter() - start)
    return count, min(times)


def bench_readers(paths: list[Path]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, reader in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
        try:
            count, seconds = best_of(3, functools.partial(reader, paths))
        except ImportError:
            results[name] = None
            continue
        results[name] = {"records": count, "seconds": round(seconds, 3), "records_per_s": round(count / seconds)}
    return results


def cpu_ticks() -> tuple[float, float]:
    """Machine-wide (busy, total) CPU seconds so far, from /proc/stat (zeros elsewhere)."""
    try:
        fields = [float(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except OSError:
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    return (sum(fields) - fields[3] - fields[4]) / tick, sum(fields) / tick


def busy_cores(before: tuple[float, float], seconds: float) -> float:
    """Cores kept busy machine-wide since ``before`` (by anyone: this run and other work)."""
    return round((cpu_ticks()[0] - before[0]) / seconds, 2) if seconds else 0.0


# -- 2. CLI / clean_many ------------------------------------------------------------
def bench_cli(paths: list[Path], pages: int, jobs: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "cleantext.cli.warc", *map(str, paths), "-o", os.devnull, "--jobs", str(jobs), "--quiet"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    before, machine = resource.getrusage(resource.RUSAGE_CHILDREN), cpu_ticks()
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # the CLI and its workers
    cleaned = int(next(line.split()[-1] for line in run.stderr.splitlines() if line.startswith("cleaned:")))
    rate = pages / seconds
    return {
        "jobs": jobs,
        "cleaned": cleaned,
        "seconds": round(seconds, 2),
        "pages_per_s": round(rate, 1),
        "per_core": round(rate / jobs, 1),
        "pages_per_cpu_s": round(pages / cpu, 1),
        "cores_used_by_run": round(cpu / seconds, 2),
        "cores_busy_machine_wide": busy_cores(machine, seconds),
    }


# -- 3. Spark -------------------------------------------------------------------------
def _timed_partition(items: Any) -> Any:
    """Clean a partition; yield (rows, CPU seconds this Python worker spent on it)."""
    from cleantext.integrations.spark import clean_partition

    start = time.process_time()
    rows = sum(1 for _ in clean_partition(items))
    yield rows, time.process_time() - start


def bench_spark(paths: list[Path], pages: int, cores: int) -> dict[str, Any]:
    from pyspark.sql import SparkSession

    from cleantext.integrations.spark import clean_partition

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName(f"cleantext-scale-{cores}")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        context = spark.sparkContext
        warm = [("https://warm.invalid/", "<html><body><p>Warm up the worker.</p></body></html>")] * cores
        context.parallelize(warm, cores).mapPartitions(clean_partition).count()
        machine, start = cpu_ticks(), time.perf_counter()
        parts = context.parallelize([str(p) for p in paths], len(paths)).mapPartitions(_timed_partition).collect()
        seconds = time.perf_counter() - start
        busy = busy_cores(machine, seconds)
    finally:
        spark.stop()
    rate, rows, cpu = pages / seconds, sum(p[0] for p in parts), sum(p[1] for p in parts)
    return {
        "cores": cores,
        "rows": rows,
        "seconds": round(seconds, 2),
        "pages_per_s": round(rate, 1),
        "per_core": round(rate / cores, 1),
        "pages_per_cpu_s": round(pages / cpu, 1),
        "cores_used_by_workers": round(cpu / seconds, 2),
        "cores_busy_machine_wide": busy,
    }


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for package in ("warcio", "fastwarc", "pyspark", "trafilatura", "lxml"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False) if not os.system("command -v java >/dev/null") else None
    if java is not None:
        found["java"] = java.stderr.splitlines()[0] if java.stderr else "?"
    return found


def bench_form(paths: list[Path], pages: int, skip_spark: bool) -> dict[str, Any]:
    """CLI (1 and 2 jobs) and, unless skipped, Spark (local[1] and local[2]) on one set of shards."""
    found: dict[str, Any] = {"cli": [bench_cli(paths, pages, jobs) for jobs in (1, 2)]}
    found["cli_scaling"] = round(found["cli"][1]["pages_per_s"] / found["cli"][0]["pages_per_s"], 2)
    print(json.dumps({"cli": found["cli"]}), file=sys.stderr)
    if not skip_spark:
        found["spark"] = [bench_spark(paths, pages, cores) for cores in (1, 2)]
        found["spark_scaling"] = round(found["spark"][1]["pages_per_s"] / found["spark"][0]["pages_per_s"], 2)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html-dir", type=Path, default=DEFAULT_HTML, help="folder of NNNN.html.gz pages")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--shards", type=int, default=8, help="files to split the pages into (per form)")
    parser.add_argument("--forms", default="html,wet", help="comma-separated: html (WARC responses), wet (WET text records)")
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args(argv)
    forms = [form.strip() for form in args.forms.split(",") if form.strip()]
    if not forms or set(forms) - {"html", "wet"}:
        parser.error("--forms takes html, wet or both")
    sys.path.insert(0, str(ROOT))
    report: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(), "versions": _versions()}
    with tempfile.TemporaryDirectory(prefix="cleantext-scale-") as folder:
        if "html" in forms:
            paths, pages = build_warcs(args.html_dir, Path(folder), args.shards, args.limit)
            report["pages"], report["warc_bytes"] = pages, sum(p.stat().st_size for p in paths)
            report["readers"] = bench_readers(paths)
            print(json.dumps({"readers": report["readers"]}), file=sys.stderr)
            report["html"] = bench_form(paths, pages, args.skip_spark)
        if "wet" in forms:
            paths, pages, made_by = build_wets(args.html_dir, Path(folder), args.shards, args.limit)
            report["wet"] = {"pages": pages, "wet_bytes": sum(p.stat().st_size for p in paths), "text_by": made_by}
            report["wet"].update(bench_form(paths, pages, args.skip_spark))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
