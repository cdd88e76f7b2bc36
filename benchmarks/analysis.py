"""Error analysis of cleantext's output: boilerplate left behind and body missing.

Leaks (``without`` segments in the output) are classified by the filter that
should have caught them, from the segment's vocabulary first (rules below, in
order, over the segment and the block holding it) and, failing that, from its
position in our output: a short segment in the first two body blocks is
``date/byline-ish``, one in the last three is ``footer``; anything else is
``other``. Misses (``with`` segments absent) get a cause from the Document:
which filter removed them (``doc.removed`` tells label, step and reason), or
whether extraction never produced them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .scoring import Page, PageScore

#: Leak kinds in the order their vocabulary rules are tried.
_RULES: tuple[tuple[str, str], ...] = (
    ("comments", r"comment|kommentar|commentaire|comentario|\breply\b|antworten|répondre|leave a reply|\bsays:|\bsagt:"),
    ("newsletter", r"newsletter|sign up|inbox|e-mail-adresse|email address|mailing list|anmeldung"),
    ("paywall", r"subscri|abonn|\babo\b|premium|paywall|registrier|\blog ?in\b|sign in|anmelden|eingeloggt|plus-artikel|read the full|weiterlesen mit|lire la suite|accéder en illimité|cancela cuando|exklusive? (inhalte|vorteile)"),
    ("donation", r"unterstütze|support (our|us)|we need your help|help us|donat|\bspende|mitglied|become a member|hazte miembro|periodismo incómodo|wspieraj|wesprzyj"),
    ("advertisement", r"\banzeige\b|werbung|advertis|affiliate|sponsor|gesponsert|publicidad|publicité|reklama|\bpromo"),
    ("share", r"\bshare|teilen|\btweet|facebook|twitter|whatsapp|pinterest|linkedin|\bxing\b|instagram|youtube|telegram|drucken|\bprint\b|partager|compartir|follow us|folge uns|síguenos"),
    ("related", r"related|relacionad|read more|read next|more stories|more on\b|interessier|weitere beiträge|read also|more from|see also|you may also|recommended|lesen sie (auch|hier)|auch lesen|schon gelesen|weiterlesen|auch interessant|mehr zum thema|weitere artikel|weitere (infos|informationen)|mehr aus|auch auf|könnte sie|top stories|most read|meistgelesen|à lire aussi|más sobre|\bmir[ae]:|lee también|leia também|czytaj (też|także)|zobacz (też|także)|dowiedz się|\bmehr\b.*\bartikel"),
    ("footer", r"impressum|datenschutz|privacy|cookie|\bterms\b|\bagb\b|kontakt|contact|about us|über uns|all rights reserved|alle rechte|copyright|mediadaten|sitemap|disclaimer|haftung|nutzungsbedingungen|telefon|\btel\.|e-mail:|ansprechpartner|pressesprecher"),
    ("credit", r"\bfoto|\bphoto|\bbild\b|beitragsbild|titelbild|bildquelle|abbildung|\bimage|getty|\bdpa\b|reuters|\bafp\b|\bap\b|imago|shutterstock|istock|©|\(c\)|credit|\bquelle|originalpublikation"),
    ("navigation", r"\bhome\b|startseite|\bmen[uü]\b|navigation|skip to|zum inhalt|back to top|nach oben|\bnext\b|previous|zurück|vorherige|nächste|»|›|\btags?:|\btemas\b|schlagw|kategorie|categor|filed under|posted in|inhaltsverzeichnis"),
    ("date/byline-ish", r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\.? \d|\d{1,2}\. ?(jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|^(by|von|par|por) |\bautor|\bauthor|redakteur|journalist|correspondent|reporter|\beditor\b|ist head of|schreibt für|writes for|posted|published|veröffentlich|release date|last modified|letzte änderung|aktualisiert|updated|\buhr\b|min read|lesezeit"),
)  # fmt: skip
_COMPILED = tuple((kind, re.compile(rule, re.IGNORECASE)) for kind, rule in _RULES)
#: Leak kinds, for reports, with the filter that should catch each.
LEAK_KINDS: dict[str, str] = {
    "paywall": "paywall",
    "newsletter": "newsletter",
    "donation": "donation",
    "advertisement": "advertisement",
    "share": "share",
    "related": "related",
    "credit": "photo_credit",
    "navigation": "markup_signals / main_content",
    "footer": "tail / markup_signals",
    "comments": "main_content (comments off) / tail",
    "date/byline-ish": "title / tail (head of article)",
    "other": "-",
}
SHORT_SEGMENT = 100
#: Output shorter than this (characters) counts as "extraction returned nothing/short".
SHORT_OUTPUT = 200
_SPACES = re.compile(r"\s+")
#: Soft hyphen, zero-width spaces and joiners, word joiner, BOM.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def squash(text: str) -> str:
    """Whitespace collapsed, for matching across our block joins."""
    return _SPACES.sub(" ", text).strip()


def visible(text: str) -> str:
    """``squash`` of ``text`` without invisible characters (soft hyphens, ...)."""
    return squash(_INVISIBLE.sub("", text))


@dataclass(frozen=True)
class Leak:
    """A ``without`` segment present in cleantext's output."""

    page_id: str
    segment: str
    kind: str
    rule: str  # "vocabulary" or "position"
    position: str  # "first", "middle", "last" or "spans"
    block: str  # the body block holding it (shortened)
    peer_also: bool | None  # trafilatura standard leaked it too (None: not run)


@dataclass(frozen=True)
class Miss:
    """A ``with`` segment missing from cleantext's output, and why."""

    page_id: str
    segment: str
    cause: str
    label: str | None = None
    removed_by: str | None = None
    reason: str | None = None
    peer_has: bool | None = None  # trafilatura standard found it (None: not run)


def _position(segment: str, texts: list[str]) -> tuple[int | None, str]:
    wanted = squash(segment)
    for index, text in enumerate(texts):
        if wanted in squash(text):
            return index, text
    head = wanted[:30]
    for index, text in enumerate(texts):
        if head and head in squash(text):
            return index, text
    return None, ""


def classify_leak(segment: str, block: str, index: int | None, count: int) -> tuple[str, str, str]:
    """``(kind, rule, position)`` of a leaked segment held by ``block`` at ``index`` of ``count``."""
    if index is None:
        position = "spans"
    elif index < 2:
        position = "first"
    elif index >= count - 3:
        position = "last"
    else:
        position = "middle"
    for kind, rule in _COMPILED:
        if rule.search(segment):
            return kind, "vocabulary", position
    for kind, rule in _COMPILED:
        if len(block) <= 2 * SHORT_SEGMENT and rule.search(block):
            return kind, "vocabulary (block)", position
    if len(segment) <= SHORT_SEGMENT and position == "first":
        return "date/byline-ish", "position", position
    if len(segment) <= SHORT_SEGMENT and position == "last":
        return "footer", "position", position
    return "other", "-", position


def _overlaps(segment: str, block: str) -> bool:
    if not block:
        return False
    if segment in block or (len(block) >= 15 and block in segment):
        return True
    return len(segment) >= 40 and (segment[:40] in block or segment[-40:] in block)


def miss_cause(segment: str, doc: Any, page_text: str | None) -> tuple[str, Any]:
    """``(cause, removed block or None)`` for a ``with`` segment absent from ``doc.text``."""
    wanted = squash(segment)
    if wanted and wanted in squash(doc.text):
        return "whitespace / spans blocks", None
    if visible(segment) in visible(doc.text):
        return "invisible characters (soft hyphen, zero-width) in output", None
    for block in doc.removed:
        if _overlaps(wanted, squash(block.text)):
            return "removed by filter", block
    if doc.title and wanted in squash(doc.title):
        return "only in doc.title", None
    if len(doc.text) < SHORT_OUTPUT:
        return "extraction returned nothing/short", None
    if any("found nothing" in w for w in doc.warnings):
        return "fallback extraction", None
    if page_text is not None and visible(segment) not in page_text:
        return "not in page text (script/attribute/encoding)", None
    return "not extracted", None


def page_text_of(raw: bytes | str) -> str:
    """The whole page's visible text, as ``visible`` (for miss causes); a text input as it is."""
    if isinstance(raw, str):
        return visible(raw)
    from trafilatura.utils import load_html  # decodes as trafilatura does

    try:
        tree = load_html(raw)
    except Exception:  # noqa: BLE001  (odd pages: just say unknown)
        tree = None
    if tree is None:
        return ""
    for element in tree.xpath("//script | //style | //noscript"):
        element.drop_tree()
    return visible(tree.text_content())


def analyse_page(page: Page, raw: bytes | str, doc: Any, score: PageScore, peer: PageScore | None) -> tuple[list[Leak], list[Miss]]:
    """The leaks and misses of cleantext on ``page``; ``peer`` is trafilatura standard's score."""
    texts = [b.text for b in doc.blocks]
    leaks = []
    for i, (segment, leaked) in enumerate(zip(page.without, score.leaked, strict=True)):
        if leaked:
            index, block = _position(segment, texts)
            kind, rule, position = classify_leak(segment, block, index, len(texts))
            leaks.append(Leak(page.id, segment, kind, rule, position, block[:160], peer.leaked[i] if peer else None))
    misses = []
    page_text: str | None = None
    for i, (segment, found) in enumerate(zip(page.with_, score.found, strict=True)):
        if found:
            continue
        if page_text is None:
            page_text = page_text_of(raw)
        cause, block = miss_cause(segment, doc, page_text)
        misses.append(
            Miss(
                page.id, segment, cause,
                label=block.label if block else None,
                removed_by=block.removed_by if block else None,
                reason=block.reason if block else None,
                peer_has=peer.found[i] if peer else None,
            )
        )  # fmt: skip
    return leaks, misses
