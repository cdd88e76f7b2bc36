"""A `Document` as Markdown: title, then the body blocks with their structure."""

from __future__ import annotations

import re

from ..document import Document

_PREFIX = {"list_item": "- ", "quote": "> "}
#: A list item that keeps its number ("2. Attach the data sheets") is Markdown as it stands.
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")


def to_markdown(doc: Document) -> str:
    """Markdown of the title and body blocks (captions and removed blocks left out)."""
    parts = [f"# {doc.title}"] if doc.title else []
    for block in doc.blocks:
        if block.kind == "heading":
            parts.append("#" * min(6, max(2, block.level or 2)) + " " + block.text)
        elif block.kind == "code":
            parts.append(f"```\n{block.text}\n```")
        elif block.kind == "table":
            rows = block.text.split("\n")
            width = rows[0].count(" | ") + 1
            lines = [f"| {row} |" for row in rows]
            lines.insert(1, "|" + " --- |" * width)
            parts.append("\n".join(lines))
        elif block.kind == "list_item" and _NUMBERED.match(block.text):
            parts.append(block.text)
        else:
            parts.append(_PREFIX.get(block.kind, "") + block.text)
    return "\n\n".join(parts) + "\n"
