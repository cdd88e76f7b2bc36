"""Text filters: each module is one named step that drops boilerplate blocks.

They run on plain text and on the blocks extracted from HTML alike. Importing
this package registers them all.
"""

from . import (  # noqa: F401  (imported to register the filters)
    advertisement,
    article_end,
    author_bio,
    block_evidence,
    button_labels,
    byline,
    comment_thread,
    comments,
    app_prompt,
    cookie_notice,
    donation,
    link_list,
    metadata_line,
    newsletter,
    paywall,
    photo_credit,
    qr_code,
    related,
    separator,
    share,
    tag_list,
    tail,
    title,
)
from .base import is_phrase_block, make_phrase_filter

__all__ = ["is_phrase_block", "make_phrase_filter"]
