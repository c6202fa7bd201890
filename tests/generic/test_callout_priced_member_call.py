"""A callout box between the story's paragraphs whose one line's link is a call to action to
the page where readers pay to back the site, a price per period after it (Ghost's
``kg-callout-card``: "... <a href="/membership/">Become a member</a> for $6 a month."),
goes, though set in no bold and not ended by its link; a callout of the story's own facts,
a figure and a link in it, stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.millbrookcourier.example/orchard-library-sunday-hours/"
_FIXTURE = "ghost_callout_priced_member_call.html"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_callout_calling_readers_to_pay_a_monthly_price_goes() -> None:
    body = _body((FIXTURES / _FIXTURE).read_bytes())
    assert not any("$6 a month" in line for line in body)
    assert body[2].startswith("The lone vote against, trustee Ray Okafor")


def test_a_callout_of_the_story_s_facts_stays() -> None:
    body = _body((FIXTURES / _FIXTURE).read_bytes())
    assert any(line.startswith("New hours: Tuesday to Saturday") for line in body)


def test_the_call_in_a_paragraph_of_the_story_s_block_stays() -> None:
    html = (FIXTURES / _FIXTURE).read_bytes()
    html = html.replace(
        b'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">'
        b"\xf0\x9f\x93\x9a</div><div",
        b"<p",
    ).replace(b" for $6 a month.</span></div></div>", b" for $6 a month.</span></p>")
    body = _body(html)
    assert any("$6 a month" in line for line in body)
