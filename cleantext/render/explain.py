"""A readable report of a `Document`'s removals: what, by which step, and why."""

from __future__ import annotations

from collections import Counter

from ..document import Document

PREVIEW_CHARS = 70


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def explain(doc: Document) -> str:
    """One line per removed block, grouped in page order, with a summary first."""
    removed = doc.removed
    counts = Counter(block.label for block in removed)
    summary = ", ".join(f"{label} {n}" for label, n in counts.most_common()) or "nothing"
    lines = [f"kept {len(doc.blocks)} blocks ({len(doc.text)} chars); removed {len(removed)}: {summary}"]
    for block in removed:
        lines.append(f"- [{block.label}] by {block.removed_by}: {block.reason}\n    {_preview(block.text)!r}")
    lines.extend(f"! {warning}" for warning in doc.warnings)
    return "\n".join(lines)
