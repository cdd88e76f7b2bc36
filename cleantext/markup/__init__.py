"""Markup signals: HTML evidence used before main-content extraction."""

from . import signals  # noqa: F401  (registers the step)
