"""The review view: the article as kept, with every removed block shown in place.

Used by ``Document.to_html(annotated=True)`` (a standalone page) and by Jupyter
(``Document._repr_html_``, the same view as a fragment). Blocks appear in
``doc.all_blocks`` order; a removed block is highlighted in its label's colour,
names its label in a badge and shows "label, removed by <step>: <reason>" on
hover (the ``title`` attribute). Captions and credits are styled as captions.
Blocks removed from the page markup before extraction (``doc.markup_removed``)
are listed in a section after the article, since their position relative to
the body is not known.

The view has no script; page text is always escaped (see `html.esc`), and
colours come from a fixed palette, never from page text.
"""

from __future__ import annotations

import zlib
from collections import Counter

from ..document import BODY, CAPTION_LABELS, Block, Document
from .html import attrs, esc, meta_line, page, render_blocks

#: (border, background) per known label; other labels get a palette colour by hash.
COLORS: dict[str, tuple[str, str]] = {
    "paywall": ("#c62828", "#fdecea"),
    "donation": ("#ad1457", "#fce4ec"),
    "qr_code": ("#4a148c", "#ede7f6"),
    "app_prompt": ("#6a1b9a", "#f3e5f5"),
    "newsletter": ("#283593", "#e8eaf6"),
    "share": ("#0277bd", "#e1f5fe"),
    "related": ("#00695c", "#e0f2f1"),
    "advertisement": ("#e65100", "#fff3e0"),
    "cookie_notice": ("#795548", "#efebe9"),
    "caption": ("#546e7a", "#eceff1"),
    "credit": ("#78909c", "#f5f7f8"),
    "navigation": ("#9e9d24", "#f9fbe7"),
    "comments": ("#558b2f", "#f1f8e9"),
    "hidden": ("#757575", "#f5f5f5"),
}
_PALETTE = [("#8d6e63", "#f7f1ee"), ("#5c6bc0", "#eef0fa"), ("#26a69a", "#e6f6f4"), ("#ef6c00", "#fdf0e3"), ("#7e57c2", "#f1ecf9")]
BODY_COLORS = ("#2e7d32", "#ffffff")

_CSS = """
.ct-view{font:15px/1.5 Georgia,serif;color:#222;max-width:46em}
.ct-view .ct-head h1{font-size:1.5em;margin:.2em 0}
.ct-view .ct-meta,.ct-view .ct-summary,.ct-view .ct-note{font:13px/1.4 sans-serif;color:#555;margin:.2em 0}
.ct-view .ct-legend{list-style:none;padding:0;margin:.5em 0 1em;font:12px sans-serif}
.ct-view .ct-legend li{display:inline-block;margin:0 .4em .3em 0;padding:.1em .5em;border-radius:3px}
.ct-view .ct-block{padding:.25em .5em;margin:.35em 0}
.ct-view .ct-removed{color:#444}
.ct-view .ct-removed::before{content:attr(data-label);font:bold 11px sans-serif;text-transform:uppercase;margin-right:.6em;opacity:.8}
.ct-view .ct-caption{font-style:italic;font-size:.92em}
.ct-view ul{padding-left:1.4em}
.ct-view table{border-collapse:collapse}.ct-view td,.ct-view th{border:1px solid #ccc;padding:.2em .4em}
.ct-view .ct-warnings{font:13px sans-serif;color:#8a6d00}
.ct-view .ct-markup{border-top:1px dashed #999;margin-top:1.5em}
.ct-view .ct-markup h2{font:bold 14px sans-serif}
"""


def label_colors(label: str) -> tuple[str, str]:
    """The (border, background) colours of ``label``; stable across runs.

    >>> label_colors("paywall")
    ('#c62828', '#fdecea')
    >>> label_colors("made_up") == label_colors("made_up")
    True
    """
    if label == BODY:
        return BODY_COLORS
    return COLORS.get(label) or _PALETTE[zlib.crc32(label.encode()) % len(_PALETTE)]


def _hover(block: Block) -> str:
    return f"{block.label}, removed by {block.removed_by or 'unknown'}: {block.reason or 'no reason given'}"


def _block_attrs(block: Block) -> dict[str, str]:
    if block.is_body:
        return {"class": "ct-block ct-body", "data-label": BODY}
    border, background = label_colors(block.label)
    kind = " ct-caption" if block.label in CAPTION_LABELS else ""
    return {
        "class": f"ct-block ct-removed{kind}",
        "data-label": block.label,
        "data-removed-by": block.removed_by or "",
        "title": _hover(block),
        "style": f"border-left:4px solid {border};background:{background}",
    }


def _legend(doc: Document) -> str:
    counts: Counter[str] = Counter(b.label for b in doc.all_blocks)
    counts.update(b.label for b in doc.markup_removed)
    items = []
    for label, count in counts.items():
        border, background = label_colors(label)
        name = "body (kept)" if label == BODY else label + (" (caption)" if label in CAPTION_LABELS else "")
        style = {"style": f"border:1px solid {border};background:{background}", "data-label": label}
        items.append(f"<li{attrs(style)}>{esc(name)} {count}</li>")
    return f'<ul class="ct-legend" title="block counts by label">{"".join(items)}</ul>'


def annotated_fragment(doc: Document) -> str:
    """The review view as an HTML fragment (a ``div`` with its own scoped style)."""
    removed = doc.removed
    parts = [f'<div class="ct-view">\n<style>{_CSS}</style>\n<header class="ct-head">']
    parts.append(f"<h1>{esc(doc.title)}</h1>" if doc.title else "<h1><em>(no title)</em></h1>")
    if meta_line(doc):
        parts.append(f'<p class="ct-meta">{meta_line(doc)}</p>')
    summary = f"kept {len(doc.blocks)} blocks ({len(doc.text)} chars), removed {len(removed)}"
    parts.append(f'<p class="ct-summary">{esc(summary)}; hover a highlighted block for the filter and reason</p>')
    parts.append(_legend(doc) + "</header>")
    if doc.warnings:
        parts.append('<ul class="ct-warnings">' + "".join(f"<li>{esc(w)}</li>" for w in doc.warnings) + "</ul>")
    parts.append('<article class="ct-article">\n' + render_blocks(doc.all_blocks, _block_attrs) + "\n</article>")
    if doc.markup_removed:
        parts.append('<section class="ct-markup"><h2>Removed from the page markup before extraction</h2>')
        parts.append('<p class="ct-note">Their position relative to the body is not known; shown in page order.</p>')
        parts.append(render_blocks(doc.markup_removed, _block_attrs) + "</section>")
    parts.append("</div>")
    return "\n".join(parts)


def to_annotated_html(doc: Document) -> str:
    """The review view as a standalone page, to save and open in a browser."""
    return page(annotated_fragment(doc), title=f"cleantext: {doc.title or 'article'}", language=doc.language)
