"""Site templates: blocks that recur across many pages of one host in a batch.

Navigation, footers, newsletter boxes and "most read" lists that survive
extraction repeat, word for word, on a site's pages; article text does not.
After a batch is cleaned, each body block is hashed (8 bytes of BLAKE2b over
its normalised text) and counted per host, once per distinct page; a block
that recurs on enough of its host's pages is removed from every page of the
host with the label ``site_template`` (``removed_by = "site_template"``).
This is paragraph-level deduplication as in CCNet (Wenzek et al. 2020),
restricted to one host like template detection (Bar-Yossef and Rajagopalan 2002).

When a block counts as template (the thresholds below):

- its host has at least `MIN_PAGES` distinct pages in the batch: on fewer, a
  line shared by a few pages is as likely a quote or a series as a template;
- it recurs on at least `MIN_RECURRENCE` pages *and* on at least `SHARE` of
  the host's pages, so article text quoted on two or three pages never
  qualifies, however large the batch;
- a long block (over `LONG_BLOCK_CHARS`, prose rather than a menu line) needs
  `LONG_MIN_RECURRENCE` pages and `LONG_SHARE` of them;
- pages with exactly the same body (one story under two URLs) count once;
- removal never leaves a page with less than `MIN_KEPT_SHARE` of its body
  text: a page that would lose more keeps its blocks, with a warning.

The result does not depend on the order of the inputs (of a batch of up to
`MAX_BATCH` items; a longer stream is handled in windows of that size): counts
are over sets of pages, and the memory cap (`MAX_KEYS_PER_HOST` hashes per host) is kept by
sampling hashes below a threshold that depends only on the set of hashes seen.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import pickle
import tempfile
from array import array
from dataclasses import dataclass, field
from typing import IO, Callable, Generic, Iterable, Iterator, TypeVar

from ..document import KEEP_HINT, Document
from .rules import normalize_phrase, site_host

MIN_PAGES = 10
MIN_RECURRENCE = 5
SHARE = 0.5
LONG_BLOCK_CHARS = 200
LONG_MIN_RECURRENCE = 10
LONG_SHARE = 0.8
MIN_KEPT_SHARE = 0.25
#: Hashes kept per host (8 bytes each: 8 MB); past it, a deterministic sample.
MAX_KEYS_PER_HOST = 1_000_000
#: Body blocks of one page that are counted (the first ones, in page order).
MAX_BLOCKS_PER_PAGE = 1000
#: Items of one stream learned from at a time: a batch up to this size is
#: handled as a whole (order-independent); a longer stream window by window.
MAX_BATCH = 200_000
LABEL = "site_template"
STEP_NAME = "site_template"

T = TypeVar("T")


def block_key(text: str) -> int:
    """An 8-byte hash of the block's normalised text; its lowest bit marks a long block.

    >>> block_key("Sign up  for our NEWSLETTER") == block_key("sign up for our newsletter")
    True
    >>> block_key("short") & 1, block_key("x" * 300) & 1
    (0, 1)
    """
    normal = normalize_phrase(text)
    digest = int.from_bytes(hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
    return (digest & ~1) | (len(normal) > LONG_BLOCK_CHARS)


def document_host(doc: Document) -> str | None:
    """The host a document is grouped under: of its URL, else its ``site`` option."""
    return site_host(doc.url) or site_host(doc.options.site)


def page_keys(doc: Document) -> list[int]:
    """The distinct block keys of ``doc``'s body, sorted."""
    keys = {block_key(block.text) for index, (_, block) in zip(range(MAX_BLOCKS_PER_PAGE), doc.body()) if block.text}
    return sorted(keys)


@dataclass
class _HostCounts:
    pages: set[bytes] = field(default_factory=set)  #: fingerprints of distinct pages
    keys: array = field(default_factory=lambda: array("Q"))  # type: ignore[type-arg]
    below: int = 1 << 64  #: only hashes below this are kept (halved when over the cap)


@dataclass(frozen=True)
class HostTemplate:
    """The template of one host: block key to the number of pages it is on."""

    host: str
    pages: int
    counts: dict[int, int]


@dataclass(frozen=True)
class Templates:
    """What a `TemplateLearner` found: a `HostTemplate` per host that has one."""

    hosts: dict[str, HostTemplate]

    def remove_from(self, doc: Document) -> int:
        """Drop ``doc``'s template blocks (label ``site_template``); returns how many."""
        host = document_host(doc)
        template = self.hosts.get(host) if host is not None else None
        if template is None:
            return 0
        body = [block for _, block in doc.body()]
        found = [(block, template.counts.get(block_key(block.text))) for block in body if block.text and KEEP_HINT not in block.hints]
        found = [(block, count) for block, count in found if count]
        if not found:
            return 0
        total = sum(len(block.text) for block in body)
        gone = sum(len(block.text) for block, _ in found)
        if total - gone < MIN_KEPT_SHARE * total:
            doc.warnings.append(
                f"site template of {host} not removed: it is {gone} of the page's {total} body characters"
            )
            return 0
        with doc.running(STEP_NAME):
            for block, count in found:
                doc.drop(block, LABEL, f"repeated on {count} of {template.pages} pages of {host} in this batch")
        return len(found)


class TemplateLearner:
    """Counts block keys per host over a batch; `templates` says which recur enough."""

    def __init__(self, max_keys_per_host: int = MAX_KEYS_PER_HOST) -> None:
        self.max_keys = max_keys_per_host
        self.hosts: dict[str, _HostCounts] = {}

    def add(self, doc: Document) -> None:
        """Count the body blocks of one cleaned document."""
        host = document_host(doc)
        keys = page_keys(doc) if host is not None else []
        if not keys:
            return
        counts = self.hosts.setdefault(host, _HostCounts())  # type: ignore[arg-type]
        fingerprint = hashlib.blake2b(array("Q", keys).tobytes(), digest_size=16).digest()
        if fingerprint in counts.pages:
            return  # the same body again
        counts.pages.add(fingerprint)
        counts.keys.extend(key for key in keys if key < counts.below)
        while len(counts.keys) > self.max_keys:
            counts.below //= 2
            counts.keys = array("Q", (key for key in counts.keys if key < counts.below))

    def templates(self) -> Templates:
        """The template of every host with at least `MIN_PAGES` distinct pages."""
        found: dict[str, HostTemplate] = {}
        for host, counts in self.hosts.items():
            pages = len(counts.pages)
            if pages < MIN_PAGES:
                continue
            short_needed = max(MIN_RECURRENCE, math.ceil(SHARE * pages))
            long_needed = max(LONG_MIN_RECURRENCE, math.ceil(LONG_SHARE * pages))
            recurring: dict[int, int] = {}
            for key, count in _runs(sorted(counts.keys)):
                if count >= (long_needed if key & 1 else short_needed):
                    recurring[key] = count
            if recurring:
                found[host] = HostTemplate(host, pages, recurring)
        return Templates(found)


def _runs(keys: list[int]) -> Iterator[tuple[int, int]]:
    """``(key, how many times)`` for each key of a sorted list."""
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            yield keys[start], index - start
            start = index


class Spool(Generic[T]):
    """Items written to a temporary file and read back once, in order (memory stays flat)."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="cleantext-")
        self.count = 0

    def add(self, item: T) -> None:
        pickle.dump(item, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def drain(self) -> Iterator[T]:
        """Each item once, in the order added; the file is closed at the end."""
        try:
            self.file.seek(0)
            for _ in range(self.count):
                yield pickle.load(self.file)
        finally:
            self.file.close()


def remove_templates(
    items: Iterable[T], document_of: Callable[[T], Document | None], *, window: int | None = None
) -> Iterator[T]:
    """``items`` again, in order, with the batch's site templates removed from their documents.

    Two passes: the first counts every document's blocks and spools the items
    to a temporary file; the second reads them back and drops template blocks.
    Nothing is yielded before ``items`` is exhausted, or before ``window``
    items (default `MAX_BATCH`) have been read: a longer stream is handled
    window by window, each learning its own templates.
    """
    window = window or MAX_BATCH
    iterator = iter(items)
    while True:
        learner = TemplateLearner()
        spool: Spool[T] = Spool()
        try:
            for item in itertools.islice(iterator, window):
                doc = document_of(item)
                if doc is not None:
                    learner.add(doc)
                spool.add(item)
        except BaseException:
            spool.file.close()
            raise
        if not spool.count:
            spool.file.close()
            return
        templates = learner.templates()
        for item in spool.drain():
            doc = document_of(item)
            if doc is not None:
                templates.remove_from(doc)
            yield item
        if spool.count < window:
            return


__all__ = [
    "HostTemplate", "LABEL", "MIN_PAGES", "Spool", "TemplateLearner", "Templates",
    "block_key", "document_host", "page_keys", "remove_templates",
]
