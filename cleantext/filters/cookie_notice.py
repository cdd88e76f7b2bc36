"""Cookie and consent notices.

Removes short blocks made only of consent phrases ("We use cookies to improve
your experience. Accept all | Manage settings") that name cookies or consent.

Must not remove: articles about cookies, consent law or baking; a lone "Accept"
or "OK" without a cookie word is left alone too.
"""

from ..document import Block
from ..patterns import category, normalize_for_match
from .base import make_phrase_filter


def _names_cookies(block: Block) -> bool:
    return category("cookie_notice").search("anchor_words", normalize_for_match(block.text))


cookie_notice = make_phrase_filter("cookie_notice", "cookie_notice", __doc__, accept=_names_cookies)
