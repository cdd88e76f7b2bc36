"""Renderers: a `Document` as Markdown, an explanation report, ..."""
