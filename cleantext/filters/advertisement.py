"""Advertisement and sponsorship markers.

Removes lone markers: "Advertisement", "Sponsored", "Story continues below
advertisement", "Anzeige", "Publicité".

Must not remove: text about advertising ("Advertisement revenue fell 8%.").
"""

from .base import make_phrase_filter

advertisement = make_phrase_filter("advertisement", "advertisement", __doc__, max_chars=120)
