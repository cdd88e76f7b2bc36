"""Site templates on a generated site: how much template text goes, how much body is lost.

    python benchmarks/site_templates.py [--pages 40] [--seed 7]

Generates one invented site (``gazette.example``) of N article pages that
share a template (masthead, navigation, a slogan, a "Most read" list that
rotates, a newsletter box, a tips line and a footer, all inside the article
container where extraction keeps them), each with its own article text. Two
pages quote the same paragraph, and one story is published under two URLs:
neither may be taken for template. Every page is cleaned as HTML and as
scraped plain text, with and without templates, and the figures printed are
the ones docs/site-rules.md reports. ``tests/test_site_templates.py`` uses
the same site.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

HOST = "gazette.example"
NAV = ["Home", "Harbour", "Town", "Ferries", "Weather", "Letters", "Archive"]
SLOGAN = "The Harbourtown Gazette: the voice of the north quay since 1902."
MOST_READ = [
    "Ferry timetable changes from Monday",
    "The fish market opens at a new site",
    "Lighthouse keeper retires after forty years",
    "Council votes on the new sea wall",
    "Regatta results from the weekend",
    "A seal pup in the marina",
    "Bridge closed for repairs until May",
    "School choir wins the county prize",
]
NEWSLETTER = "Get the Gazette letters: the week's harbour news in your inbox every Friday, free of charge."
TIPS = "Seen something on the quay? Call the newsroom on 0123 456 789 or write to tips@gazette.example."
FOOTER = "Harbourtown Gazette is written by volunteers and printed in Harbourtown. All rights reserved."
QUOTE = (
    '"We have waited thirty years for the harbour to be dredged, and now it is happening in one summer," '
    "said the chair of the fishermen's association, standing on the north quay as the first barge arrived."
)
_SUBJECTS = ["The council", "The harbour master", "A local baker", "The ferry company", "Residents of the old town",
             "The school board", "A group of volunteers", "The lifeboat crew", "The museum", "Shop owners on Quay Street"]
_VERBS = ["announced", "questioned", "welcomed", "postponed", "approved", "criticised", "planned", "celebrated"]
_OBJECTS = ["a new timetable", "the cost of the repairs", "plans for a second pier", "the summer festival",
            "a survey of the sea wall", "the opening of the market", "a grant from the region", "the night bus"]
_DETAILS = ["on Tuesday evening", "after a long debate", "despite the rain", "for the third year running",
            "with some reservations", "in front of a full hall", "before the holidays", "at short notice"]


@dataclass(frozen=True)
class Page:
    """One generated page: its URL, HTML, plain text, and the article paragraphs it must keep."""

    url: str
    html: str
    text: str
    body: tuple[str, ...]
    template: tuple[str, ...]


def _paragraph(rng: random.Random, number: int) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        sentences.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_DETAILS)}")
    # the story number and a random figure make every paragraph of every story distinct
    return ". ".join(sentences) + f", in story {number}, with {rng.randint(2, 900)} people there."


def _page(number: int, url: str, title: str, body: list[str], rng: random.Random) -> Page:
    most_read = rng.sample(MOST_READ, 5)
    template = [" ".join(NAV), SLOGAN, "Most read", *most_read, NEWSLETTER, TIPS, FOOTER]
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    items = "".join(f"<li><a href='/story/{i}'>{t}</a></li>" for i, t in enumerate(most_read))
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{url}"></head><body><div id="page">
<p>{' '.join(f"<a href='/{n.lower()}'>{n}</a>" for n in NAV)}</p>
<p><strong>{SLOGAN}</strong></p>
<h1>{title}</h1>
{paragraphs}
<h2>Most read</h2><ul>{items}</ul>
<p>{NEWSLETTER}</p>
<p>{TIPS}</p>
<p><small>{FOOTER}</small></p>
</div></body></html>"""
    text = "\n\n".join([" ".join(NAV), SLOGAN, title, *body, "Most read", "\n".join(most_read), NEWSLETTER, TIPS, FOOTER])
    return Page(url, html, text, tuple(body), tuple(template))


def generate_site(pages: int = 40, seed: int = 7) -> list[Page]:
    """``pages`` pages of one site sharing a template; page 3 and 7 quote one paragraph, the last repeats page 0."""
    rng = random.Random(seed)
    site: list[Page] = []
    for number in range(pages - 1):
        body = [_paragraph(rng, number) for _ in range(rng.randint(4, 7))]
        if number in (3, 7):
            body.insert(2, QUOTE)
        title = f"Story {number}: {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        site.append(_page(number, f"https://www.{HOST}/{2024 + number % 2}/story-{number}", title, body, rng))
    first = site[0]  # the same story under a second URL
    site.append(Page(first.url + "?amp=1", first.html, first.text, first.body, first.template))
    return site


@dataclass(frozen=True)
class Figures:
    """Characters of template and of article text before and after cleaning, for one input kind."""

    template_chars: int
    template_left: int
    body_chars: int
    body_lost: int


def measure(site: list[Page], kind: str, templates: bool) -> Figures:
    """Clean every page of ``site`` as ``kind`` ("html" or "text") and count what is left."""
    from cleantext import clean_many

    items = [(page.url, page.html if kind == "html" else page.text, {"url": page.url}) for page in site]
    results = list(clean_many(items, templates=templates, input_format=kind))
    template_chars = template_left = body_chars = body_lost = 0
    for page, result in zip(site, results):
        assert result.document is not None, result.error
        kept = {block.text for block in result.document.blocks}
        kept_text = "\n".join(kept)
        for line in page.template:
            template_chars += len(line)
            template_left += len(line) if any(line in text for text in kept) else 0
        for paragraph in page.body:
            body_chars += len(paragraph)
            body_lost += 0 if paragraph in kept_text else len(paragraph)
    return Figures(template_chars, template_left, body_chars, body_lost)


def report(pages: int, seed: int) -> Iterable[str]:
    site = generate_site(pages, seed)
    yield f"{len(site)} pages of {HOST} (seed {seed}); characters per input kind, summed over the pages"
    yield ""
    yield "| input | templates | template text left | body lost |"
    yield "| --- | --- | --- | --- |"
    for kind in ("html", "text"):
        for templates in (False, True):
            f = measure(site, kind, templates)
            left = f"{f.template_left:,} of {f.template_chars:,} ({100 * f.template_left / f.template_chars:.0f}%)"
            lost = f"{f.body_lost:,} of {f.body_chars:,}"
            yield f"| {kind} | {'on' if templates else 'off'} | {left} | {lost} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for line in report(args.pages, args.seed):
        print(line)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
