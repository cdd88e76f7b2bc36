"""App prompts and media players.

Removes "Read this article in the app" (also cut short: "Read this article
in"), "Listen to this article", reading times and app-store prompts. QR-code
captions have their own filter, ``qr_code``.

An audio or video player's controls go too, in any language: a short line
showing the player's position at zero over its duration ("Ouça este conteúdo
0:00 / 4:51 1x", "▶ 00:00 / 12:03"), which is what a page's text keeps of a
player; so does a short link to the audio version, a few words and its
duration in brackets ("Audio: Listen to this article (6:48)", "Kuuntele
artikkeli (7 min)"), and a short line opening on a sign of sound or video ("▶",
"🎧": "🎧 Escucha «La Prórroga», el pódcast ...").

Must not remove: text about apps, such as "The council's new app lists bin
days." The prompt must be the whole block. A line giving a time span ("Ferries
at 10:00 / 10:30") is no player: a player's position starts at zero.
"""

from __future__ import annotations

import re

from ..patterns import sentences
from .base import make_phrase_filter

#: Words up to which a line holding a player's position and duration is the player.
MAX_PLAYER_WORDS = 8
#: The position at zero, a slash, the duration ("0:00 / 4:51", "00:00/1:02:15").
_PLAYER_TIME = re.compile(r"(?<![\d:])0?0:00 ?/ ?\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
#: Words up to which a line ending on a duration in brackets is a link to the audio version.
MAX_AUDIO_LINK_WORDS = 6
#: A duration in brackets closing the line ("(6:48)", "(7 min)").
_BRACKETED_DURATION = re.compile(r"\((?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?(?i:min)\.?(?: \d{1,2} ?s(?:ek|ec)?\.?)?)\)$")
#: Signs of sound and video a player's or a podcast's link opens on, in any language.
MEDIA_SIGNS = ("▶", "►", "🎧", "🔊", "🎙", "📻", "🎬", "📺")
#: Words up to which a line opening on such a sign is that link ("🎧 Escucha «La Prórroga», el pódcast ...").
MAX_MEDIA_LINK_WORDS = 20


def is_player(text: str) -> bool:
    """A media player's controls: a short line showing the position at zero over the duration.

    >>> is_player("Ouça este conteúdo 0:00 / 4:51 1x"), is_player("Listen 00:00/12:03")
    (True, True)
    >>> is_player("The ferry left at 10:00 / 10:30 on weekdays"), is_player("Score 0:00 / 1:05 at half-time in a long report on the match")
    (False, False)
    >>> is_player("Audio: Listen to this article (6:48)"), is_player("Kuuntele artikkeli (7 min)")
    (True, True)
    >>> is_player("The final lap took him longer than ever before (1:48)")
    False
    >>> is_player("▶ Lyssna på inslaget (2 min 48 s)"), is_player("🎧 Escucha el pódcast de la jornada: cada lunes, todo el análisis")
    (True, True)
    """
    words = len(text.split())
    if text.startswith(MEDIA_SIGNS) and words <= MAX_MEDIA_LINK_WORDS and len(sentences(text)) <= 2:
        return True
    if "0:00" in text and words <= MAX_PLAYER_WORDS and _PLAYER_TIME.search(text) is not None:
        return True
    return 1 < words <= MAX_AUDIO_LINK_WORDS and _BRACKETED_DURATION.search(text.rstrip()) is not None


app_prompt = make_phrase_filter(
    "app_prompt",
    "app_prompt",
    __doc__ or "",
    max_chars=250,
    also=(is_player, "a media player's controls or audio link (its duration)"),
)
