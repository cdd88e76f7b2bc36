"""Site knowledge: rules a user writes for one site, and templates learned from a crawl.

- `rules`: TOML site-rules files (`load_rules`, `RuleSet`), checked with `RulesError`
  (`locate` finds the line of a mistake; `hosts` matches pages to files);
- `apply`: the ``site_rules`` and ``site_text_rules`` pipeline steps that apply them;
- `templates`: blocks repeated across a host's pages in one batch (``site_template``);
- `learn`: templates written out as rules files (``cleantext learn-site``);
- `checks`: running the rules files' own test cases (``cleantext rules test``).

See docs/site-rules.md.
"""

from . import apply  # noqa: F401  (registers the site_rules steps)
from .rules import RuleSet, RulesLike, SiteRules, host_matches, load_rules, site_host

__all__ = ["RuleSet", "RulesLike", "SiteRules", "host_matches", "load_rules", "site_host"]
