"""A line set wholly in italics after the story whose link is marked ``rel="sponsored"`` (an
installer-quotes pitch) is an advertiser's line and goes, and so does an affiliate
disclosure saying the site's links earn it money with no "may" ("FTC: We use income earning
auto affiliate links."); a sponsored link inside a plain paragraph of the story stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://voltledger.example/2025/06/03/oregon-co-op-first-community-battery/"
_FIXTURE = "ev_blog_sponsored_italic_promo_and_ftc_line.html"


def _body() -> list[str]:
    html = (FIXTURES / _FIXTURE).read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_an_italic_sponsored_pitch_after_the_story_goes() -> None:
    assert not any("HomeQuotes" in line for line in _body())


def test_a_disclosure_of_income_earning_links_goes() -> None:
    assert not any(line.startswith("FTC:") for line in _body())


def test_a_plain_paragraph_with_a_sponsored_link_stays() -> None:
    body = _body()
    assert len(body) == 6
    assert body[-1].startswith("For more on how utilities use storage, see our storage buyer")
