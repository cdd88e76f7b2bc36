"""App prompts and media players.

Removes "Read this article in the app" (also cut short: "Read this article
in"), "Listen to this article", reading times and app-store prompts. QR-code
captions have their own filter, ``qr_code``.

An audio or video player's controls go too, in any language: a short line
showing the player's position at zero over its duration ("Ouça este conteúdo
0:00 / 4:51 1x", "▶ 00:00 / 12:03"), which is what a page's text keeps of a
player.

Must not remove: text about apps, such as "The council's new app lists bin
days." The prompt must be the whole block. A line giving a time span ("Ferries
at 10:00 / 10:30") is no player: a player's position starts at zero.
"""

from __future__ import annotations

import re

from .base import make_phrase_filter

#: Words up to which a line holding a player's position and duration is the player.
MAX_PLAYER_WORDS = 8
#: The position at zero, a slash, the duration ("0:00 / 4:51", "00:00/1:02:15").
_PLAYER_TIME = re.compile(r"(?<![\d:])0?0:00 ?/ ?\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def is_player(text: str) -> bool:
    """A media player's controls: a short line showing the position at zero over the duration.

    >>> is_player("Ouça este conteúdo 0:00 / 4:51 1x"), is_player("Listen 00:00/12:03")
    (True, True)
    >>> is_player("The ferry left at 10:00 / 10:30 on weekdays"), is_player("Score 0:00 / 1:05 at half-time in a long report on the match")
    (False, False)
    """
    return "0:00" in text and len(text.split()) <= MAX_PLAYER_WORDS and _PLAYER_TIME.search(text) is not None


app_prompt = make_phrase_filter(
    "app_prompt",
    "app_prompt",
    __doc__ or "",
    max_chars=250,
    also=(is_player, "a media player's controls (its position at 0:00 over the duration)"),
)
