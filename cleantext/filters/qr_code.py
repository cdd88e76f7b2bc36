"""QR-code captions left by print-to-web layouts.

Removes "QR Code to <headline>", "QR-Code zum Artikel", "Scan the QR code" and
the like, labelled ``qr_code`` so that users looking for these captions find
them under that name.

Must not remove: text about QR codes, such as "Restaurants replaced menus with
QR codes." The block must start with a QR-code caption and be short.
"""

from .base import make_phrase_filter

qr_code = make_phrase_filter("qr_code", "qr_code", __doc__, max_chars=250)
