"""Write the templates learned from a batch as site-rules files (``cleantext learn-site``).

Each host with a template gets ``<host>.toml``: its ``hosts`` and one
``[[drop_text]]`` entry of ``exact`` lines labelled ``site_template``, each
with the number of pages it was on. Read it, delete what should stay, and use
it with ``--rules`` on later pages of the site, one at a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..document import Document
from .rules import parse_rules_text
from .templates import LABEL, Spool, TemplateLearner, block_key, document_host


@dataclass(frozen=True)
class LearnedSite:
    """One host's template: how many distinct pages it was learned from, and its lines with their page counts."""

    host: str
    pages: int
    lines: tuple[tuple[str, int], ...]


def learn_templates(documents: Iterable[Document]) -> list[LearnedSite]:
    """The template of every host among ``documents`` (two passes over a spool), by host name."""
    learner = TemplateLearner()
    spool: Spool[Document] = Spool()
    for doc in documents:
        learner.add(doc)
        spool.add(doc)
    templates = learner.templates()
    texts: dict[str, dict[int, str]] = {}
    for doc in spool.drain():
        host = document_host(doc)
        template = templates.hosts.get(host) if host is not None else None
        if template is None:
            continue
        found = texts.setdefault(template.host, {})
        for _, block in doc.body():
            key = block_key(block.text)
            if key in template.counts and (key not in found or block.text < found[key]):
                found[key] = block.text  # the same line in any page order
    learned = []
    for host in sorted(texts):
        template = templates.hosts[host]
        lines = sorted(((text, template.counts[key]) for key, text in texts[host].items()), key=lambda item: (-item[1], item[0]))
        learned.append(LearnedSite(host, template.pages, tuple(lines)))
    return learned


def rules_text(site: LearnedSite) -> str:
    """The rules file for one learned site (checked to load back)."""
    quoted = [json.dumps(text, ensure_ascii=False) for text, _ in site.lines]  # JSON strings are TOML strings
    lines = [
        f"# Learned by `cleantext learn-site` from {site.pages} pages of {site.host}:",
        "# lines repeated on many of its pages (the page counts are in the comments).",
        "# Delete what should stay, then use it: cleantext --rules FOLDER page.html",
        f"name = {json.dumps(site.host + ' (learned template)')}",
        f"hosts = [{json.dumps(site.host)}]",
        "",
        "[[drop_text]]",
        f'label = "{LABEL}"',
        "exact = [",
        *(f"    {text},  # on {count} of {site.pages} pages" for text, (_, count) in zip(quoted, site.lines)),
        "]",
        "",
    ]
    text = "\n".join(lines)
    parse_rules_text(text, Path(f"{site.host}.toml"))  # what is written must load
    return text


def write_rules(sites: Iterable[LearnedSite], folder: str | Path) -> list[Path]:
    """Write ``<host>.toml`` for each site into ``folder`` (created); returns the paths."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for site in sites:
        path = target / f"{site.host}.toml"
        path.write_text(rules_text(site), encoding="utf-8")
        written.append(path)
    return written


def learn_site(items: Iterable[Any], **options: Any) -> list[LearnedSite]:
    """Clean ``items`` (as `clean_many` takes them, with its options) and learn their templates."""
    from ..batch import clean_many

    results = clean_many(items, **{**options, "templates": False})
    return learn_templates(result.document for result in results if result.document is not None)


__all__ = ["LearnedSite", "learn_site", "learn_templates", "rules_text", "write_rules"]
