"""Reader-comment furniture: "No comments yet", "Leave a comment", "Kommentare insgesamt: 0".

Reader comments are not the article; extraction leaves most of them out, but
their counters and prompts often stay. Removes short blocks made only of such
phrases.

Must not remove: an article's own sentences about comments ("The minister
declined to comment."), since every sentence of the block has to be a prompt.
"""

from .base import make_phrase_filter

comments = make_phrase_filter("comments", "comments", __doc__, max_chars=200)
