"""Newsletter sign-up prompts.

Removes short blocks made only of sign-up phrases: "Sign up for our daily
newsletter", "Get the latest news delivered to your inbox", "Enter your email",
"Unsubscribe at any time".

Must not remove: paragraphs about newsletters ("The newsletter reached 2
million subscribers.").
"""

from .base import make_phrase_filter

newsletter = make_phrase_filter("newsletter", "newsletter", __doc__)
