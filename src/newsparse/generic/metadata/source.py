"""The original publisher of a syndicated copy."""

from __future__ import annotations

from newsparse.page import Page, host_of


def find_source(page: Page, canonical_url: str | None) -> str | None:
    """The original publisher's name or host when the page is a syndicated copy, else None."""
    declared = page.meta("syndication-source", "original-source")
    if declared:
        return declared
    link = page.link_href("syndication-source") or page.link_href("original-source")
    if link:
        return host_of(link)
    own, canonical = page.host, host_of(canonical_url)
    if own and canonical and own != canonical:
        return canonical
    return None
