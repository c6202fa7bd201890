"""Hosts of URLs, read one way wherever the package needs one (page decoding included, which
comes before a page exists)."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

# A web archive's address of a capture, in the Memento form the Wayback Machine and pywb
# archives use: "/<collection>/<timestamp, and a mode>/<the original URL>"
# ("https://web.archive.org/web/20150312094512/http://site.example/story").
_ARCHIVED = re.compile(r"^/(?:[\w.-]+/)?\d{8,14}(?:[a-z]{2}_)?/(https?:/?/.+)$", re.IGNORECASE)

# An AMP cache's or viewer's address of a publisher's own AMP page: "/c/s/<host>/<path>" on
# the cache's host, "/amp/s/<host>/<path>" on a search engine's viewer ("s": over https).
_AMP_SERVED = re.compile(r"^/(?:[cvir]|amp)/(s/)?([\w-]+(?:\.[\w-]+)+(?:/.*)?)$", re.IGNORECASE)
_AMP_CACHE_SUFFIXES = (".cdn.ampproject.org",)
_AMP_VIEWER_HOST = re.compile(r"^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$")


def host_of(url: str | None) -> str | None:
    """Lowercased host of a URL without a leading ``www.`` or trailing dot; None if none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def archived_original(url: str | None) -> str | None:
    """The original URL a web archive's capture address holds, or None when ``url`` is no
    such address."""
    parts = _split(url)
    if parts is None:
        return None
    found = _ARCHIVED.match(parts.path)
    if found is None:
        return None
    original = found.group(1)
    if not original.lower().startswith(("http://", "https://")):
        original = original.replace(":/", "://", 1)  # (archives may fold the "//")
    return original + (f"?{parts.query}" if parts.query else "")


def amp_served_original(url: str | None) -> str | None:
    """The publisher's URL an AMP cache's or viewer's address serves
    ("https://www-paper-com.cdn.ampproject.org/c/s/www.paper.com/story.amp"), or None when
    ``url`` is no such address."""
    parts = _split(url)
    if parts is None:
        return None
    host = (parts.hostname or "").lower()
    if not host.endswith(_AMP_CACHE_SUFFIXES) and not _AMP_VIEWER_HOST.match(host):
        return None
    found = _AMP_SERVED.match(parts.path)
    if found is None:
        return None
    scheme = "https" if found.group(1) else "http"
    return f"{scheme}://{found.group(2)}" + (f"?{parts.query}" if parts.query else "")


def original_url(url: str | None) -> str | None:
    """The publisher's URL that ``url`` stands for when it is a web archive's capture or an
    AMP cache's copy, else None."""
    return archived_original(url) or amp_served_original(url)


def path_of(url: str | None) -> str:
    """``url``'s path ("" when there is none or it is no URL: "http://[::1/tag/x")."""
    parts = _split(url)
    return parts.path if parts is not None else ""


def path_holds_segment(url: str | None, segments: frozenset[str]) -> bool:
    """Whether a part of ``url``'s path, casefolded, is one of ``segments`` ("/donate/",
    "/matches/2371/...")."""
    return not segments.isdisjoint(path_of(url).casefold().split("/"))


def is_home_page(url: str | None) -> bool:
    """Whether ``url`` is a site's home page: a URL without a path (or with "/" alone)."""
    parts = _split(url)
    return parts is not None and parts.path in ("", "/")


def _split(url: str | None) -> SplitResult | None:
    """``url``'s parts, or None when there is none or it is no URL ("http://[::1")."""
    if not url:
        return None
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None
