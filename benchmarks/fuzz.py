"""Long fuzzing and worst-case figures for `cleantext.clean` (the test suite runs short versions).

Three modes::

    python benchmarks/fuzz.py properties --scale 20        # tests/test_properties.py with 20x the examples
    python benchmarks/fuzz.py mutate --seconds 300         # mutated real and generated pages: never a raw exception
    python benchmarks/fuzz.py worst                        # time and peak RSS per pathological page (one process each)

``mutate`` starts from every ``samples/*/input.*`` and generated articles, and
applies random byte-level mutations (flips, hostile fragments, truncation,
splices, repeats, re-encodings). Any exception that is not a `CleantextError`,
and any document slower than ``--slow`` seconds, is printed with a reproducer
saved under ``benchmarks/results/fuzz/``. Exit status 1 when any was found.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import subprocess
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from cleantext import CleantextError, clean

RESULTS = ROOT / "benchmarks" / "results" / "fuzz"

FRAGMENTS = [
    b"<", b">", b"</", b"<p>", b"</p>", b"<div class='share-bar'>", b"<!--", b"-->", b"<![CDATA[", b"]]>",
    b'<?xml version="1.0" encoding="utf-16"?>', b'<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]>', b"&a;",
    b"&#0;", b"&#xD800;", b"&#99999999;", b"&amp;" * 50, b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
    b'<meta charset="utf-16">', b'<meta charset="undefined">', b'<meta charset="shift_jis">', b"<svg>", b"<math>",
    b"<script>", b"</script>", b"<style>", b"<table><tr><td>", b"<frameset>", b"<template>", b"\xc3", b"\x80", b"\r",
    b"\n\n", b"\x1b", b"Dear reader,\n\n", b"Subscribe now.\n\n", b"Sincerely,\n\n", b"Photo: AP\n", b"<figure><figcaption>",
    b"<div>" * 300, b"</div>" * 300, b" " * 5000, b"a" * 5000, b"(" * 2000, b"\xe6\x97\xa5\xe6\x9c\xac" * 100,
    b"<script type='application/ld+json'>{\"@graph\": [", b"<p hidden>", b"<div aria-hidden='true'>",
]


def _load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- properties -------------------------------------------------------------------------
def run_properties(scale: int) -> int:
    """Run every hypothesis test of tests/test_properties.py with ``scale`` times its examples."""
    os.environ["CLEANTEXT_PROPERTY_SCALE"] = str(scale)
    from hypothesis import settings

    settings.register_profile("fuzz", database=None)
    settings.load_profile("fuzz")
    props = _load_module(ROOT / "tests" / "test_properties.py", "test_properties")
    failures = 0
    for name in dir(props):
        test = getattr(props, name)
        if not (name.startswith("test_") and hasattr(test, "hypothesis")):
            continue
        start = time.perf_counter()
        try:
            test()
            status = "ok"
        except Exception as error:  # noqa: BLE001  (report and go on with the next property)
            failures += 1
            status = f"FAILED: {type(error).__name__}: {str(error)[:2000]}"
        examples = test.hypothesis.inner_test and test._hypothesis_internal_use_settings.max_examples
        print(f"{name}: {examples} examples, {time.perf_counter() - start:.1f} s, {status}", flush=True)
    return failures


# -- mutation ---------------------------------------------------------------------------
def _seeds(rng: random.Random) -> list[bytes]:
    seeds = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*/input.*"))]
    from _articles import articles  # type: ignore[import-not-found]
    from hypothesis import strategies as st

    strategy = articles()
    for _ in range(30):
        article = strategy.example()
        seeds.append(article.to_html().encode("utf-8"))
        seeds.append(article.to_text().encode("utf-8"))
    _ = st  # the strategies module is imported for .example()
    return seeds


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random mutation of ``data`` (several may be stacked)."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(8)
        at = rng.randint(0, len(data))
        if kind == 0 and data:  # flip bytes
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 1:  # insert a hostile fragment
            data[at:at] = rng.choice(FRAGMENTS) * rng.choice((1, 1, 1, 10, 1000))
        elif kind == 2:  # truncate
            del data[at:]
        elif kind == 3 and data:  # repeat a slice
            end = min(len(data), at + rng.randint(1, 200))
            data[at:at] = bytes(data[at:end]) * rng.randint(2, 500)
        elif kind == 4:  # splice random bytes
            data[at:at] = rng.randbytes(rng.randint(1, 500))
        elif kind == 5 and data:  # delete a range
            del data[at : at + rng.randint(1, 500)]
        elif kind == 6:  # re-encode as UTF-16/32, with or without BOM
            text = bytes(data).decode("utf-8", "replace")
            data = bytearray(text.encode(rng.choice(("utf-16", "utf-16-le", "utf-32-be", "utf-8-sig"))))
        else:  # drop to latin-1 bytes for the non-ASCII
            data = bytearray(bytes(data).decode("utf-8", "replace").encode("cp1252", "replace"))
    return bytes(data)


def run_mutations(seconds: float, seed: int, slow: float) -> int:
    rng = random.Random(seed)
    seeds = _seeds(rng)
    RESULTS.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + seconds
    count = failures = 0
    worst = (0.0, b"")
    by_kind: dict[str, int] = {}
    while time.monotonic() < deadline:
        data = mutate(rng.choice(seeds), rng)
        as_str = rng.random() < 0.3
        source: str | bytes = data.decode("utf-8", "surrogateescape") if as_str else data
        start = time.perf_counter()
        try:
            clean(source)
        except CleantextError as error:
            by_kind[type(error).__name__] = by_kind.get(type(error).__name__, 0) + 1
        except Exception:  # noqa: BLE001  (a raw exception: a robustness bug, reported)
            failures += 1
            path = RESULTS / f"crash-{seed}-{count}.bin"
            path.write_bytes(data)
            print(f"CRASH ({'str' if as_str else 'bytes'}) saved to {path}\n{traceback.format_exc()}", flush=True)
        elapsed = time.perf_counter() - start
        if elapsed > worst[0]:
            worst = (elapsed, data)
        if elapsed > slow:
            failures += 1
            path = RESULTS / f"slow-{seed}-{count}.bin"
            path.write_bytes(data)
            print(f"SLOW {elapsed:.1f} s saved to {path}", flush=True)
        count += 1
    (RESULTS / f"slowest-{seed}.bin").write_bytes(worst[1])
    print(f"mutate: {count} inputs from {len(seeds)} seeds in {seconds:.0f} s; raw exceptions or slow: {failures}; "
          f"documented errors: {by_kind or 'none'}; slowest {worst[0]:.2f} s ({len(worst[1]):,} bytes)")
    return failures


# -- worst cases ------------------------------------------------------------------------------
P = "<p>The minister said on Tuesday that the talks were over and that it was time to go home.</p>"
WORST = {
    "100k-deep nesting": "'<html><body>' + '<div>' * 100_000 + 'deep' + '</div>' * 100_000 + '</body></html>'",
    "50 MB one paragraph": "'<html><body><article><p>' + 'word ' * 9_900_000 + '</p></article></body></html>'",
    "1M tiny elements (8 MB)": "'<html><body>' + '<b>a</b>' * 1_000_000 + '</body></html>'",
    "49 MB tiny elements": "'<html><body>' + '<b>a</b>' * 6_100_000 + '</body></html>'",
    "20 nests 1000 deep": f"'<html><body>{P}' + ('<div><p>x</p>' * 1000 + '</div>' * 1000) * 20 + '</body></html>'",
    "20 x 300 nested tables": f"'<html><body>{P}' + ('<table><tr><td>' * 300 + 'c' + '</td></tr></table>' * 300) * 20 + '</body></html>'",
    "16 MB data: URI + 1 MB class": f"\"<html><body><img src='data:image/png;base64,\" + 'iVBORw0KGgo' * 1_500_000 + \"'><div class='\" + 'x' * 1_000_000 + \"'>{P * 3}</div></body></html>\"",
    "2M entities": f"'<html><body><p>' + '&amp;&#x41;&nbsp;&eacute;&#8212;' * 400_000 + '</p>{P}</body></html>'",
    "40 MB script with markup": f"'<html><body><script>' + \"var s='<p>x</p>';\" * 2_500_000 + '</script>{P * 5}</body></html>'",
    "unclosed comment 10 MB": f"'<html><body>{P * 3}<!-- ' + 'x' * 10_000_000",
    "1 MB random bytes": "__import__('random').Random(1).randbytes(1_000_000)",
    "47 MB plain text": "('The minister said the talks were over. ' * 20 + '\\n\\n') * 59_000",
    "5 MB article (33k paragraphs)": "'<html><body><article>' + ''.join('<p>Paragraph %d: the council met again to discuss the budget for roads, schools and the river bridge, and the mayor said the vote would follow soon.</p>' % i for i in range(33_000)) + '</article></body></html>'",
}
#: The process image's own peak resident set, in MB: ``ru_maxrss`` would keep the forking parent's across exec.
_PEAK_MB = "int(__import__('re').search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024"
_WORST_SCRIPT = """
import sys, time, cleantext
source = {expr}
start = time.perf_counter()
doc = cleantext.clean(source, time_budget=None)
elapsed = time.perf_counter() - start
print(len(source), round(elapsed, 2), {peak}, doc.truncated, len(doc.text))
"""


def run_worst() -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    baseline = subprocess.run(
        [sys.executable, "-c", f"import cleantext; cleantext.clean('<p>x</p>'); print({_PEAK_MB})"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout.strip()
    print(f"baseline peak RSS (import + one tiny page): {baseline} MB\n")
    print("| page | input size | time (s) | peak RSS (MB) | truncated | text chars |")
    print("| --- | ---: | ---: | ---: | --- | ---: |")
    for name, expr in WORST.items():
        out = subprocess.run([sys.executable, "-c", _WORST_SCRIPT.format(expr=expr, peak=_PEAK_MB)], capture_output=True, text=True, env=env, timeout=600, check=False)
        if out.returncode:
            print(f"| {name} | FAILED: {out.stderr.strip().splitlines()[-1]} |")
            continue
        size, elapsed, rss, truncated, chars = out.stdout.split()
        print(f"| {name} | {int(size):,} | {elapsed} | {rss} | {truncated} | {int(chars):,} |", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    props = sub.add_parser("properties")
    props.add_argument("--scale", type=int, default=20, help="multiply the test suite's example counts")
    mut = sub.add_parser("mutate")
    mut.add_argument("--seconds", type=float, default=60)
    mut.add_argument("--seed", type=int, default=1)
    mut.add_argument("--slow", type=float, default=10.0, help="seconds past which a document counts as a hang")
    sub.add_parser("worst")
    args = parser.parse_args(argv)
    if args.mode == "properties":
        return 1 if run_properties(args.scale) else 0
    if args.mode == "mutate":
        return 1 if run_mutations(args.seconds, args.seed, args.slow) else 0
    return run_worst()


if __name__ == "__main__":
    sys.exit(main())
