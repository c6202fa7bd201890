"""Hosts of URLs, read one way wherever the package needs one (page decoding included, which
comes before a page exists)."""

from __future__ import annotations

from urllib.parse import urlsplit


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
