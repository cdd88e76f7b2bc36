"""Main-content extraction (HTML only) and page metadata."""

from . import main_content  # noqa: F401  (registers the step)
from .metadata import extract_metadata

__all__ = ["extract_metadata"]
