"""Cookie and consent notices.

Removes short blocks made only of consent phrases ("We use cookies to improve
your experience. Accept all | Manage settings") that name cookies or consent.

Consent buttons ("Accept | Manage preferences") go too when they directly
follow such a notice.

Must not remove: articles about cookies, consent law or baking; a lone "Accept"
or "OK" that does not follow a cookie notice is left alone.
"""

from ..document import Document
from ..patterns import category, normalize_for_match, page_languages
from ..pipeline import register_filter
from .base import is_phrase_block


@register_filter("cookie_notice")
def cookie_notice(doc: Document) -> None:
    cat = category("cookie_notice", page_languages(doc.language))
    previous_was_notice = False
    for _, block in doc.body():
        if not is_phrase_block(block.text, cat):
            previous_was_notice = False
            continue
        if cat.search("anchor_words", normalize_for_match(block.text)):
            doc.drop(block, "cookie_notice", "short block made only of cookie-consent phrases")
            previous_was_notice = True
        elif previous_was_notice:
            doc.drop(block, "cookie_notice", "consent buttons right after a cookie notice")
