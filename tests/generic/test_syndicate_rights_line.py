"""A feature syndicate's rights line closing the column it distributes stays, as a wire's
does; the columnist's write-in line before it still goes, and a site's own rights line too."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_BLOX_PAGE = (
    "https://www.aldervalleyrecord.example/lifestyles/dear-tobias-roommate-boyfriend-moved-in/"
    "article_5e8c2a10-3a71-11f0-9c4d-1b2a3c4d5e6f.html"
)
_COLUMN_PAGE = "https://www.harrowgazette.example/lifestyles/ask-rosalind-neighbor-dog-barks-every-night/article_7c21e0.html"


def _body(html: bytes, url: str) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_syndicate_s_rights_line_after_the_column_s_block_stays() -> None:
    html = (FIXTURES / "advice_column_syndicate_rights.html").read_bytes()
    body = _body(html, _BLOX_PAGE)
    assert body[-1] == "(c) 2025 Andrews McMeel Syndication"
    assert body[-2].startswith("If your lease limits guests")


def test_a_distributed_by_line_stays_and_the_write_in_line_before_it_goes() -> None:
    html = (FIXTURES / "advice_column_write_in_line.html").read_bytes()
    html = html.replace(
        b"(c) 2025 Kingsmere Features Syndicate",
        b"&copy; 2025 by Rosalind Hartigan. Distributed by Tribune Content Agency.",
    )
    body = _body(html, _COLUMN_PAGE)
    assert body[-1] == "© 2025 by Rosalind Hartigan. Distributed by Tribune Content Agency."
    assert body[-2].startswith("If that fails, most towns")


def test_the_site_s_own_rights_line_closing_the_column_goes() -> None:
    html = (FIXTURES / "advice_column_write_in_line.html").read_bytes()
    html = html.replace(b"(c) 2025 Kingsmere Features Syndicate", b"(c) 2025 Harrow Gazette")
    body = _body(html, _COLUMN_PAGE)
    assert body[-1].startswith("If that fails, most towns")
