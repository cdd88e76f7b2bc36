"""`clean`: the one call most users need."""

from __future__ import annotations

import dataclasses
import functools
import time
from typing import Any

from .document import Document, Options
from .ingest import DEFAULT_MAX_BYTES, ingest
from .pipeline import Pipeline, default_pipeline
from .site.rules import RulesLike, load_rules

#: Default seconds `clean` spends on one document before it skips the remaining steps.
DEFAULT_TIME_BUDGET = 10.0


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
    explain_extraction: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    rules: RulesLike | None = None,
    site: str | None = None,
) -> Document:
    """Separate an article's body from its boilerplate.

    ``source`` is HTML (``str`` or ``bytes`` in any encoding, a BeautifulSoup
    object, an lxml element) or already-scraped plain text; ``input_format``
    (``"html"`` or ``"text"``) overrides the guess. Returns a `Document`.

    Raises `UnsupportedInputError` for other types and `InputTooLargeError`
    past ``max_bytes``; any ``str`` or ``bytes`` within the limit gives a
    Document (see `cleantext.errors` for the complete list).

    ``explain_extraction`` also lists in ``doc.removed`` the paragraphs,
    headings and list items of an HTML page that extraction left out (label
    ``outside_main_content``); off by default, as it costs a walk over the page.

    ``time_budget`` (seconds, ``None`` for no limit) bounds the time spent on
    one document: the pipeline checks it between steps and, once it has run
    out, skips the steps left. Ingest also bounds the work on huge pages
    (`cleantext.ingest.html`). Either way ``doc.truncated`` is set and
    ``doc.warnings`` says what was cut. A single step is never interrupted, so
    the budget can be overrun by the step running when it expires.

    ``rules`` is a site-rules file or folder (or a loaded ``RuleSet``): the
    rules whose ``hosts`` match the page's site apply (docs/site-rules.md); a
    mistake in a file raises `RulesError`. The site is the host of ``url``,
    else of the page's canonical or og:url link, else ``site`` (a host name).

    >>> doc = clean("Headline here\\n\\nThe body of the story.\\n\\nAdvertisement")
    >>> doc.title, doc.text, [b.label for b in doc.removed]
    ('Headline here', 'The body of the story.', ['advertisement'])
    """
    if time_budget is not None and not time_budget > 0:
        raise ValueError(f"time_budget must be a positive number of seconds or None, not {time_budget!r}")
    deadline = None if time_budget is None else time.monotonic() + time_budget
    ruleset = load_rules(rules) if rules is not None else None
    doc = ingest(source, input_format=input_format, max_bytes=max_bytes)
    doc.url = url
    doc.options = Options(include_comments=include_comments, explain_extraction=explain_extraction, rules=ruleset, site=site)
    doc.deadline = deadline
    doc = (pipeline if pipeline is not None else _default())(doc)
    doc.tree = None  # the parsed page is not needed after the pipeline
    if ruleset is not None:  # nor the rules: results stay small to send and to store
        doc.options = dataclasses.replace(doc.options, rules=None)
    doc.deadline = None
    return doc
