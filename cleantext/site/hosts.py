"""Host names: the host a page belongs to, and whether a rules file's pattern names it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_HOST_LABEL = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def valid_host_pattern(pattern: str) -> bool:
    """A host name of dot-separated labels, optionally starting with ``*.``."""
    name = pattern[2:] if pattern.startswith("*.") else pattern
    return 0 < len(name) <= 253 and all(_HOST_LABEL.fullmatch(label) for label in name.split("."))


def site_host(url_or_host: str | None) -> str | None:
    """The host a URL (or a bare host name) belongs to: lower case, without ``www.``.

    >>> site_host("https://WWW.Daily-Example.com:443/a?b"), site_host("news.example.org"), site_host("/relative")
    ('daily-example.com', 'news.example.org', None)
    """
    if not url_or_host:
        return None
    text = url_or_host.strip()
    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname
    except ValueError:
        return None
    if not host or "." not in host and host != "localhost":
        return None
    host = host.rstrip(".")
    return host[4:] if host.startswith("www.") else host


def host_matches(pattern: str, host: str) -> bool:
    """True when ``host`` is ``pattern`` (``www.`` ignored) or, for ``*.domain``, a subdomain of it.

    >>> host_matches("example.com", "example.com"), host_matches("example.com", "news.example.com")
    (True, False)
    >>> host_matches("*.example.com", "news.example.com"), host_matches("*.example.com", "example.com")
    (True, True)
    """
    pattern = pattern.lower()
    if pattern.startswith("*."):
        base = pattern[2:]
        return host == base or host.endswith("." + base)
    return host == (pattern[4:] if pattern.startswith("www.") else pattern)


__all__ = ["host_matches", "site_host", "valid_host_pattern"]
