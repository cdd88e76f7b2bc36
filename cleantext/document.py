"""The `Document` that flows through every pipeline step, and its `Block`s.

A document holds *all* candidate blocks in reading order. A block is body while
its ``label`` is ``"body"``; a filter that rejects it sets the label (what the
block is: ``paywall``, ``caption``, ...), the filter's name and a human reason.
Nothing is deleted, so every decision can be explained and undone.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

BODY = "body"
#: Labels whose blocks are kept beside the body in ``Document.captions``.
CAPTION_LABELS = frozenset({"caption", "credit"})
#: Block kinds, in the vocabulary of the rendered output.
KINDS = ("heading", "paragraph", "list_item", "quote", "table", "code")
#: Block hint of text a site rule keeps (``[[keep]]``): `Document.drop` leaves such blocks in the body.
KEEP_HINT = "site_keep"
#: Version of the dictionary layout produced by ``Document.to_dict``.
SCHEMA_VERSION = "1.1"

#: Renderers behind ``Document``'s ``to_*`` methods, by name; ``cleantext.render``
#: fills it (so this module imports nothing of the package).
_RENDERERS: dict[str, Callable[..., str]] = {}

# Invisible characters that split words: soft hyphen, zero-width space, word joiner, BOM
# (zero-width joiners stay: Indic and Persian spelling and emoji sequences need them).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def normalize_space(text: str) -> str:
    """Collapse every run of white space to one space, strip the ends, drop soft hyphens.

    >>> normalize_space("  a\\n\\tb  "), normalize_space("Fern\\u00adseher")
    ('a b', 'Fernseher')
    """
    # str.split() and the regex \s agree on what white space is; split is faster.
    return " ".join(_INVISIBLE.sub("", text).split())


def register_renderer(name: str, render: Callable[..., str]) -> None:
    """Make ``render(doc, **options)`` the renderer ``Document`` uses for ``name``."""
    _RENDERERS[name] = render


def _render(name: str, doc: Document, **options: Any) -> str:
    try:
        render = _RENDERERS[name]
    except KeyError:
        raise RuntimeError(f"no {name!r} renderer registered: import cleantext (or cleantext.render) first") from None
    return render(doc, **options)


@dataclass(frozen=True)
class Options:
    """Settings the pipeline steps read from ``doc.options``."""

    #: Keep reader comments as body (off: comments are not the article).
    include_comments: bool = False
    #: Also list, in ``doc.removed``, the page's paragraphs, headings and list
    #: items that extraction left out (costs a walk over the page).
    explain_extraction: bool = False
    #: Site rules (a ``cleantext.site.RuleSet``) the ``site_rules`` steps apply; ``None``: none.
    rules: Any = None
    #: Host assumed for a page that names no URL of its own (for site rules and templates).
    site: str | None = None


@dataclass
class Block:
    """One unit of text: a heading, paragraph, list item, quote, table or code.

    ``hints`` carries evidence from HTML extraction (``"link"``: the whole
    text is one link; ``"dek"``: the page's standfirst) and, on plain text,
    from the evidence step (``"headline"``, ``"prose"``, ``"after_core"``). ``group`` ties blocks that
    stood in one chunk of plain text (lines separated by single newlines).
    ``reason`` may be set to a function that words it: it is called when the
    reason is first read (most removals' reasons never are).
    """

    text: str
    kind: str = "paragraph"
    label: str = BODY
    removed_by: str | None = None
    reason: str | None = None
    level: int | None = None
    hints: frozenset[str] = frozenset()
    group: int | None = None

    @property
    def is_body(self) -> bool:
        return self.label == BODY

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.level is not None:
            data["level"] = self.level
        if not self.is_body:
            data.update(label=self.label, removed_by=self.removed_by, reason=self.reason)
        return data

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (Spark, process pools) with its reason worded."""
        state = dict(self.__dict__)
        state.update(_reason=self.reason, _explain=None)
        return state


def _read_reason(block: Block) -> str | None:
    state = block.__dict__
    explain = state["_explain"]
    if explain is not None:
        state["_reason"], state["_explain"] = explain(), None
    return state["_reason"]  # type: ignore[no-any-return]


def _write_reason(block: Block, value: str | Callable[[], str] | None) -> None:
    state = block.__dict__
    if value is None or isinstance(value, str):
        state["_reason"], state["_explain"] = value, None
    else:
        state["_reason"], state["_explain"] = None, value


# ``reason`` stays a dataclass field (constructor, repr, equality); reading and writing it
# go through these, so a reason can be worded lazily (`Block`'s docstring).
Block.reason = property(_read_reason, _write_reason)  # type: ignore[assignment]


@dataclass
class Document:
    """A cleaned article: metadata, body blocks and what was removed, and why.

    Read ``text``, ``blocks``, ``captions`` and ``removed``; steps use
    ``body()`` to iterate over the blocks still in the body and ``drop()`` to
    take one out.
    """

    all_blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    sitename: str | None = None
    description: str | None = None
    source_format: str = "text"
    #: Parsed page (lxml element) while the pipeline runs on HTML input.
    tree: Any = field(default=None, repr=False, compare=False)
    #: Blocks removed before extraction (markup signals), in page order.
    markup_removed: list[Block] = field(default_factory=list, repr=False)
    options: Options = field(default_factory=Options, repr=False, compare=False)
    #: Notes on best-effort decisions (fallbacks, truncation), for users.
    warnings: list[str] = field(default_factory=list)
    #: True when the result was cut short: input over the work bounds of
    #: ``cleantext.ingest`` or the time budget ran out (``warnings`` says which).
    truncated: bool = False
    #: ``time.monotonic()`` deadline the pipeline checks between steps (set by `clean`).
    deadline: float | None = field(default=None, repr=False, compare=False)
    _step: str = field(default="user", repr=False, compare=False)

    # -- reading ------------------------------------------------------------
    @property
    def blocks(self) -> list[Block]:
        """Body blocks in reading order."""
        return [b for b in self.all_blocks if b.is_body]

    @property
    def captions(self) -> list[Block]:
        """Photo captions and credits, taken out of the body but kept here."""
        return [b for b in self.markup_removed + self.all_blocks if b.label in CAPTION_LABELS]

    @property
    def removed(self) -> list[Block]:
        """Every block taken out of the body (captions included), markup first."""
        return [b for b in self.markup_removed + self.all_blocks if not b.is_body]

    @property
    def text(self) -> str:
        """The body as plain text: one block per paragraph, blank lines between."""
        return "\n\n".join(b.text for b in self.all_blocks if b.is_body and b.text)

    # -- changing (for pipeline steps) ----------------------------------------
    def body(self) -> Iterator[tuple[int, Block]]:
        """Yield ``(index, block)`` for blocks still in the body."""
        for index, block in enumerate(self.all_blocks):
            if block.label == BODY:  # `Block.is_body`, without a property call per block
                yield index, block

    def drop(self, block: Block, label: str, reason: str | Callable[[], str]) -> None:
        """Take ``block`` out of the body, recording the running step's name and why
        (or a function wording why, called when the reason is first read).

        Blocks a site rule keeps (hint `KEEP_HINT`) stay in the body.
        """
        if KEEP_HINT in block.hints:
            return
        block.label = label
        block.removed_by = self._step
        block.reason = reason

    def mark_truncated(self, reason: str) -> None:
        """Record that the result was cut short, and why (in ``warnings``)."""
        self.truncated = True
        self.warnings.append(reason)

    @contextlib.contextmanager
    def running(self, step: str) -> Iterator[Document]:
        """Attribute the drops made inside the ``with`` body to ``step``."""
        previous, self._step = self._step, step
        try:
            yield self
        finally:
            self._step = previous

    # -- rendering ------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dictionary (layout versioned by ``schema_version``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "byline": self.byline,
            "date": self.date,
            "language": self.language,
            "url": self.url,
            "sitename": self.sitename,
            "description": self.description,
            "source_format": self.source_format,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "captions": [b.to_dict() for b in self.captions],
            "removed": [b.to_dict() for b in self.removed],
            "warnings": list(self.warnings),
            "truncated": self.truncated,
        }

    def to_markdown(self) -> str:
        """The title and body as Markdown."""
        return _render("markdown", self)

    def to_text(self) -> str:
        """The title and body as plain text."""
        return _render("text", self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """``to_dict()`` as JSON text (see ``cleantext/schema/document.schema.json``)."""
        return _render("json", self, indent=indent)

    def to_html(self, *, annotated: bool = False) -> str:
        """A standalone HTML page: the clean article, or (``annotated``) the review view."""
        return _render("annotated_html" if annotated else "html", self)

    def _repr_html_(self) -> str:
        """Jupyter's view: the body with the removed blocks in place, highlighted."""
        return _render("annotated_fragment", self)

    def explain(self) -> str:
        """A readable report of what was removed, by which step, and why."""
        return _render("explain", self)

    def __str__(self) -> str:
        return self.text
