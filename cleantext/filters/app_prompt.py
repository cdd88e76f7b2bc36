"""QR-code captions and app prompts.

Removes "QR Code to <headline>" captions left by print-to-web layouts, "Scan the
QR code", "Read this article in the app" (also cut short: "Read this article
in") and app-store prompts.

Must not remove: text about QR codes or apps, such as "Restaurants replaced
menus with QR codes." The prompt must be the whole block, or the block must
start with a QR-code caption and be short.
"""

from .base import make_phrase_filter

app_prompt = make_phrase_filter("app_prompt", "app_prompt", __doc__, max_chars=250)
