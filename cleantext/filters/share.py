"""Share and follow bars.

Removes blocks made only of share and follow items: "Share this article",
"Facebook | Twitter | Email", "Follow us on Instagram", "Print", "Copy link".

Must not remove: sentences that mention social networks ("She shared the video
on Facebook.").
"""

from .base import make_phrase_filter

share = make_phrase_filter("share", "share", __doc__, max_chars=200)
