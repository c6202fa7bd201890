"""Generated parts of class and id tokens name nothing: letters written right after digits in
a hex-like id ("asset:19ad") and a styled component's hash of letters ("CardWrapper-kAdQrT")
hold no "ad"; a name before its number ("ad1", "ad300x250") still names an ad slot, and a
component's camelCase name is read by its head noun however its hash follows it
("PullQuoteWrapper-kZmNqR" is a pull quote's box)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import PULL_QUOTE_TOKENS
from newsparse.generic.classes import holds_token, token_kind
from newsparse.generic.cues.kinds import Kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_LIVE_PAGE = "https://www.news.example/live/c3kd92la"


def test_a_live_post_whose_hex_id_ends_in_ad_stays() -> None:
    html = (FIXTURES / "live_page_post_hex_id.html").read_bytes()
    body = newsparse.parse(html, url=_LIVE_PAGE, registry=newsparse.Registry()).body
    lines = body.split("\n\n")
    assert "How is a storm given its name?" in lines
    assert any(line.startswith("Storms are named by the weather services") for line in lines)
    assert any(line.startswith("The names are picked from lists") for line in lines)
    assert len(lines) == 9


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        # (letters after digits in one run: a hex-like id's tail, no word)
        ("asset:19ad", None),
        ("asset:19ads", None),
        ("x19ad", None),
        # (a styled component's hash of letters after its name)
        ("CardWrapper-kAdQrT", None),
        ("Teaser-gAdsNv", None),
        # (a name and its number or size: an ad slot still)
        ("ad1", Kind.AD),
        ("ads2", Kind.AD),
        ("ad300x250", Kind.AD),
        ("ad-300x250", Kind.AD),
        ("div-gpt-ad-1234", Kind.AD),
        ("header-AdBox", Kind.AD),
    ],
)
def test_generated_parts_name_no_kind(token: str, kind: Kind | None) -> None:
    assert token_kind(token) is kind


@pytest.mark.parametrize(
    ("value", "holds"),
    [
        ("PullQuoteWrapper-kZmNqR", True),
        ("PullQuote", True),
        ("Theme-PullQuote", True),
        ("pull-quote", True),
        # (a quote's own box classed as a quote alone is no pull quote by its class)
        ("QuoteWrapper-kZmNqR", False),
        ("PullQuoteCredit-kZmNqR", False),
    ],
)
def test_a_styled_components_pull_quote_class(value: str, holds: bool) -> None:
    assert holds_token(PULL_QUOTE_TOKENS, value) is holds
