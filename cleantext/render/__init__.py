"""Renderers: one module per output format of a `Document`.

- `text`: title and body as plain text;
- `markdown`: title and body as Markdown;
- `jsondoc`: the versioned JSON layout (see ``cleantext/schema``);
- `html`: clean article HTML;
- `annotated`: the review view (body with removed blocks in place), used by
  ``Document.to_html(annotated=True)`` and Jupyter's ``_repr_html_``;
- `explain`: a plain-text report of what was removed and why.

Importing this package registers them as the renderers behind `Document`'s
methods (`cleantext.document` itself imports none of them); call these
directly to pass options.
"""

from ..document import register_renderer
from . import annotated, explain, html, jsondoc, markdown, text

register_renderer("markdown", markdown.to_markdown)
register_renderer("text", text.to_text)
register_renderer("json", jsondoc.to_json)
register_renderer("html", html.to_html)
register_renderer("annotated_html", annotated.to_annotated_html)
register_renderer("annotated_fragment", annotated.annotated_fragment)
register_renderer("explain", explain.explain)
