"""No network, no files, no entity expansion: XXE, billion laughs, external DTDs.

The parser is lxml's HTML parser with ``no_network=True``: it loads no DTD and
expands no entity declared in a DOCTYPE. These tests prove it end to end, as
``str`` and as ``bytes`` (with and without an ``<?xml?>`` declaration), with
Python's sockets patched to fail and a local HTTP server that must receive no
request (libxml2 would fetch in C, past any Python patch).
"""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from cleantext import clean

BODY = "<p>The council approved the new budget on Tuesday after a long debate about schools and roads.</p>"
SECRET = "TOP-SECRET-MARKER-4711"


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        payload = f'<!ENTITY leak "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml-dtd")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture()
def secret_file(tmp_path: Path) -> str:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path.as_uri()


@pytest.fixture()
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access during clean()")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _hostile_pages(server: str, secret_uri: str) -> dict[str, str]:
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    xml = '<?xml version="1.0" encoding="utf-8"?>'
    return {
        "xxe_file": f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret_uri}">]><html><body><article>{BODY}<p>&xxe;</p></article></body></html>',
        "xxe_passwd": '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body>' + BODY + "<p>&xxe;</p></body></html>",
        "xxe_http": f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{server}/entity">]><html><body>{BODY}<p>&xxe;</p></body></html>',
        "parameter_entity": f'<!DOCTYPE html [<!ENTITY % dtd SYSTEM "{server}/param.dtd"> %dtd; %leak;]><html><body>{BODY}<p>&leak;</p></body></html>',
        "external_dtd_xhtml": f'{xml}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{server}/xhtml1-strict.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body>{BODY}<p>&leak;</p></body></html>',
        "billion_laughs": f"{xml}<!DOCTYPE html [{laughs}]><html><body>{BODY}<p>&lol9;</p></body></html>",
        "xinclude": f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>{BODY}<xi:include href="{secret_uri}" parse="text"/></body></html>',
        "remote_resources": f'<html><head><link rel="stylesheet" href="{server}/a.css"><script src="{server}/a.js"></script>'
        f'<meta http-equiv="refresh" content="0;url={server}/r"></head><body>{BODY}<img src="{server}/i.png">'
        f'<iframe src="{server}/f"></iframe><object data="{server}/o"></object></body></html>',
        "svg_external": f'<html><body>{BODY}<svg><image href="{server}/svg.png"/><use href="{server}/u.svg#x"/></svg></body></html>',
    }


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_no_fetch_no_entity_expansion(server: str, secret_file: str, no_sockets: list[object], as_bytes: bool) -> None:
    _Recorder.requests.clear()
    for name, page in _hostile_pages(server, secret_file).items():
        start = time.perf_counter()
        doc = clean(page.encode("utf-8") if as_bytes else page)
        elapsed = time.perf_counter() - start
        dump = repr(doc.to_dict())
        assert SECRET not in dump, name
        assert "root:" not in dump, name
        assert "lollollol" not in dump, name  # entities are never expanded
        assert "council approved the new budget" in doc.text, name
        assert len(dump) < 20_000, name
        assert elapsed < 5, f"{name} took {elapsed:.1f} s"
    assert no_sockets == [], "clean() tried to open a connection"
    assert _Recorder.requests == [], f"the parser fetched {_Recorder.requests}"


def test_server_fixture_is_reachable(server: str) -> None:
    """The 'no request received' checks above mean something: a real fetch would land."""
    import urllib.request

    _Recorder.requests.clear()
    with urllib.request.urlopen(server + "/probe", timeout=5) as response:
        assert SECRET in response.read().decode()
    assert _Recorder.requests == ["/probe"]


def test_entities_in_plain_text_are_inert(no_sockets: list[object]) -> None:
    text = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n\nThe story goes on &xxe; here.'
    doc = clean(text, input_format="text")
    assert "root:" not in doc.text
    assert no_sockets == []
