"""Renderers: one module per output format of a `Document`.

- `text`: title and body as plain text;
- `markdown`: title and body as Markdown;
- `jsondoc`: the versioned JSON layout (see ``cleantext/schema``);
- `html`: clean article HTML;
- `annotated`: the review view (body with removed blocks in place), used by
  ``Document.to_html(annotated=True)`` and Jupyter's ``_repr_html_``;
- `explain`: a plain-text report of what was removed and why.

`Document`'s methods delegate here; call these directly to pass options.
"""
