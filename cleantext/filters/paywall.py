"""Paywall and subscription prompts.

Removes short blocks made only of subscription prompts: metered banners ("You've
read 3 of 5 free articles", also the scraped form with the numbers missing),
"Subscribe to continue", "Already a subscriber? Log in", "Start your
subscription today", subscription offers and truncation notices.

Must not remove: paragraphs that talk *about* paywalls or quote a banner inside a
sentence; every sentence of a block has to be a prompt for it to go. What
follows a paywall that ends the article is handled by the ``tail`` step.
"""

from .base import make_phrase_filter

paywall = make_phrase_filter("paywall", "paywall", __doc__)
