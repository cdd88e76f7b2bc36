"""`clean`: the one call most users need."""

from __future__ import annotations

import functools
from typing import Any

from .document import Document, Options
from .ingest import DEFAULT_MAX_BYTES, ingest
from .pipeline import Pipeline, default_pipeline


@functools.lru_cache(maxsize=1)
def _default() -> Pipeline:
    return default_pipeline()


def clean(
    source: Any,
    *,
    pipeline: Pipeline | None = None,
    input_format: str | None = None,
    url: str | None = None,
    include_comments: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Separate an article's body from its boilerplate.

    ``source`` is HTML (``str`` or ``bytes`` in any encoding, a BeautifulSoup
    object, an lxml element) or already-scraped plain text; ``input_format``
    (``"html"`` or ``"text"``) overrides the guess. Returns a `Document`.

    Raises `UnsupportedInputError` for other types and `InputTooLargeError`
    past ``max_bytes``; any ``str`` or ``bytes`` within the limit gives a
    Document.

    >>> doc = clean("Headline here\\n\\nThe body of the story.\\n\\nAdvertisement")
    >>> doc.title, doc.text, [b.label for b in doc.removed]
    ('Headline here', 'The body of the story.', ['advertisement'])
    """
    doc = ingest(source, input_format=input_format, max_bytes=max_bytes)
    doc.url = url
    doc.options = Options(include_comments=include_comments)
    doc = (pipeline if pipeline is not None else _default())(doc)
    doc.tree = None  # the parsed page is not needed after the pipeline
    return doc
