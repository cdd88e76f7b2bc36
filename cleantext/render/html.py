"""A `Document` as clean article HTML, and the block markup the annotated view shares.

All page text goes through `html.escape` (quotes included), so text and reasons
can never become live markup, attributes or script.
"""

from __future__ import annotations

import html
from typing import Callable, Iterable

from ..document import Block, Document

#: Attributes to put on a block's element (already-safe names; values are escaped here).
AttrsFor = Callable[[Block], dict[str, str]]

_TAGS = {"paragraph": "p", "quote": "blockquote", "list_item": "li"}


def esc(text: str | None) -> str:
    """Escape ``text`` for HTML content and quoted attribute values.

    >>> esc('<script>"x"</script>')
    '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
    """
    return html.escape(text or "", quote=True)


def attrs(values: dict[str, str]) -> str:
    """`` name="value"`` pairs, values escaped, in the order given."""
    return "".join(f' {name}="{esc(value)}"' for name, value in values.items())


def heading_level(block: Block) -> int:
    """The HTML heading level of a heading block: 2 to 6 (the title is the ``h1``)."""
    return min(6, max(2, block.level or 2))


def block_element(block: Block, extra: dict[str, str] | None = None) -> str:
    """One block as its HTML element (a ``li`` for list items, without its ``ul``)."""
    at = attrs(extra or {})
    if block.kind == "heading":
        tag = f"h{heading_level(block)}"
        return f"<{tag}{at}>{esc(block.text)}</{tag}>"
    if block.kind == "code":
        return f"<pre{at}><code>{esc(block.text)}</code></pre>"
    if block.kind == "table":
        rows = [row.split(" | ") for row in block.text.split("\n")]
        head = "".join(f"<th>{esc(cell)}</th>" for cell in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
        return f"<table{at}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    tag = _TAGS.get(block.kind, "p")
    return f"<{tag}{at}>{esc(block.text)}</{tag}>"


def render_blocks(blocks: Iterable[Block], attrs_for: AttrsFor | None = None) -> str:
    """Blocks as HTML, runs of list items wrapped in one ``ul``."""
    parts: list[str] = []
    in_list = False
    for block in blocks:
        if (block.kind == "list_item") != in_list:
            parts.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        parts.append(block_element(block, attrs_for(block) if attrs_for else None))
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def meta_line(doc: Document) -> str:
    """Byline, date and site as one escaped line ('' when none is known)."""
    return esc(" · ".join(v for v in (doc.byline, doc.date, doc.sitename) if v))


def page(body: str, *, title: str | None, language: str | None, head: str = "") -> str:
    """A complete, standalone HTML page around ``body``."""
    lang = attrs({"lang": language}) if language else ""
    return (
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title or 'Article')}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def to_html(doc: Document, *, captions: bool = True) -> str:
    """The article as a standalone HTML page: title, byline line, body, then captions.

    Only kept text is rendered; removed blocks are left out (``captions=False``
    leaves out ``doc.captions`` too).
    """
    parts = ["<article>"]
    if doc.title:
        parts.append(f"<h1>{esc(doc.title)}</h1>")
    if meta_line(doc):
        parts.append(f'<p class="byline">{meta_line(doc)}</p>')
    parts.append(render_blocks(doc.blocks))
    if captions and doc.captions:
        parts.append('<aside class="captions">')
        parts.extend(f'<p class="{esc(b.label)}">{esc(b.text)}</p>' for b in doc.captions)
        parts.append("</aside>")
    parts.append("</article>")
    return page("\n".join(parts), title=doc.title, language=doc.language)
