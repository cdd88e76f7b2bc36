"""A `Document` as JSON, in the layout of ``cleantext/schema/document.schema.json``.

The layout is versioned by ``schema_version`` (``cleantext.document.SCHEMA_VERSION``):
a minor version only adds optional fields, a major version changes or removes them.
"""

from __future__ import annotations

import json
from typing import Any

from ..document import Document


def to_record(doc: Document, *, source: str | None = None) -> dict[str, Any]:
    """``doc.to_dict()``, plus ``source`` (where the input came from) when given."""
    data = doc.to_dict()
    if source is not None:
        data["source"] = source
    return data


def to_json(doc: Document, *, indent: int | None = 2, source: str | None = None) -> str:
    """The document as one JSON text (pretty-printed unless ``indent=None``)."""
    return json.dumps(to_record(doc, source=source), ensure_ascii=False, indent=indent)


def to_jsonl(doc: Document, *, source: str | None = None) -> str:
    """The document as one line of JSON Lines (newline-terminated)."""
    return json.dumps(to_record(doc, source=source), ensure_ascii=False, separators=(",", ":")) + "\n"
