"""App prompts.

Removes "Read this article in the app" (also cut short: "Read this article
in"), "Listen to this article", reading times and app-store prompts. QR-code
captions have their own filter, ``qr_code``.

Must not remove: text about apps, such as "The council's new app lists bin
days." The prompt must be the whole block.
"""

from .base import make_phrase_filter

app_prompt = make_phrase_filter("app_prompt", "app_prompt", __doc__, max_chars=250)
