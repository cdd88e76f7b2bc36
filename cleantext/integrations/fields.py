"""Flat fields of a `Document`, shared by the integrations (one value per name).

>>> from cleantext import clean
>>> doc = clean("A short headline\\n\\nThe story itself, in a full sentence.")
>>> fields_of(doc, ("title", "text", "removed_count"))
{'title': 'A short headline', 'text': 'The story itself, in a full sentence.', 'removed_count': 0}
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from ..document import Document

#: Fields written when none are configured.
DEFAULT_FIELDS = ("title", "text", "byline", "date", "language", "sitename", "description", "captions")

_COMPUTED: dict[str, Callable[[Document], Any]] = {
    "captions": lambda d: [b.text for b in d.captions],
    "removed": lambda d: [{"label": b.label, "removed_by": b.removed_by, "reason": b.reason, "text": b.text} for b in d.removed],
    "removed_count": lambda d: len(d.removed),
    "removed_labels": lambda d: sorted({b.label for b in d.removed}),
    "blocks": lambda d: [b.to_dict() for b in d.blocks],
    "markdown": lambda d: d.to_markdown(),
    "html": lambda d: d.to_html(),
    "warnings": lambda d: list(d.warnings),
    "document": lambda d: d.to_dict(),
}
_ATTRIBUTES = ("title", "text", "byline", "date", "language", "url", "sitename", "description", "source_format")
#: Every name `field_value` knows.
FIELDS = tuple(_ATTRIBUTES) + tuple(_COMPUTED)


def field_value(doc: Document, name: str) -> Any:
    """The value of field ``name`` of ``doc`` (see `FIELDS`); lists and dicts are JSON-friendly."""
    if name in _COMPUTED:
        return _COMPUTED[name](doc)
    if name in _ATTRIBUTES:
        return getattr(doc, name)
    raise ValueError(f"unknown field {name!r}; known: {', '.join(FIELDS)}")


def check_fields(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` as a tuple, after checking each is a known field."""
    names = tuple(names)
    unknown = [n for n in names if n not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(map(repr, unknown))}; known: {', '.join(FIELDS)}")
    return names


def fields_of(doc: Document, names: Iterable[str] = DEFAULT_FIELDS) -> dict[str, Any]:
    """``{name: value}`` for each of ``names``."""
    return {name: field_value(doc, name) for name in names}
