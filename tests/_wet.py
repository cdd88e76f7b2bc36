"""WET files for the tests, written with warcio as Common Crawl lays them out, and plain HTML WARC files.

A WET file: a ``warcinfo`` record, then one ``conversion`` record per page:
the page's plain text, ``Content-Type: text/plain``, with ``WARC-Refers-To``
naming the response record it was extracted from.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
#: The plain-text samples: scraped articles with their boilerplate still in.
TEXTS = sorted(ROOT.glob("samples/*/input.txt"))
#: The HTML samples.
PAGES = sorted(ROOT.glob("samples/*/input.html"))
DATE = "2024-05-01T12:00:00Z"


def record_id(n: int) -> str:
    return f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"


def conversion(writer: WARCWriter, url: str, text: bytes, n: int, content_type: str = "text/plain") -> None:
    """Write one WET ``conversion`` record with a fixed id and date."""
    headers = {
        "WARC-Record-ID": record_id(n),
        "WARC-Date": DATE,
        "WARC-Refers-To": record_id(100_000 + n),
        "WARC-Identified-Content-Language": "eng",
    }
    writer.write_record(writer.create_warc_record(url, "conversion", payload=io.BytesIO(text), warc_content_type=content_type, warc_headers_dict=headers))


def write_wet(path: Path, texts: list[Path], *, gzip: bool = True, start: int = 0) -> Path:
    """A WET file with a ``conversion`` record per text file (URL ``https://wet.example/<sample>``)."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "cleantext tests", "format": "WARC File Format 1.0"}))
        for n, text in enumerate(texts, start):
            conversion(writer, f"https://wet.example/{text.parent.name}", text.read_bytes(), n)
    return path


def write_html_warc(path: Path, pages: list[Path]) -> Path:
    """An HTML WARC: a request and a response per page (URL ``https://dt.example/<sample>``), and an image response.

    Responses carry ``WARC-Identified-Payload-Type``, as Common Crawl's do (datatrove's WarcReader reads it).
    """
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for page in pages:
            url = f"https://dt.example/{page.parent.name}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: dt.example\r\n\r\n")))
            response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page.read_bytes()
            headers = {"WARC-Identified-Payload-Type": "text/html"}
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(response), warc_headers_dict=headers))
        image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"
        headers = {"WARC-Identified-Payload-Type": "image/png"}
        writer.write_record(writer.create_warc_record("https://dt.example/logo.png", "response", payload=io.BytesIO(image), warc_headers_dict=headers))
    return path
