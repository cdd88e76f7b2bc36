"""Markup signals: HTML evidence used before main-content extraction."""

from . import inert, signals  # noqa: F401  (registers the steps)
