"""An appeal in italics whose link leads to the page where readers pay to back the site and
whose words or sentence name a price per period ("you can <a href="/members/">back it for $4
a month</a>") goes, however the link is worded; a line of the story naming a price with a
link to another page stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://backroadsradiohour.example/episode-48-the-ferry-that-runs-on-a-handshake/"
_PITCH_LINK = b'<a href="https://backroadsradiohour.example/members/">back it for $4 a month</a>'


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_an_italic_pitch_linking_the_support_page_with_a_monthly_price_goes() -> None:
    body = _body((FIXTURES / "podcast_shownotes_priced_support_pitch.html").read_bytes())
    assert body[-1].startswith("The county will hold a public hearing on the bridge plan")
    assert not any("$4 a month" in line for line in body)


def test_a_price_beside_a_support_link_in_its_sentence_goes_too() -> None:
    html = (FIXTURES / "podcast_shownotes_priced_support_pitch.html").read_bytes()
    html = html.replace(
        _PITCH_LINK,
        b'<a href="https://backroadsradiohour.example/members/">become a backer</a> for $4 a month',
    )
    body = _body(html)
    assert not any("$4 a month" in line for line in body)


def test_a_priced_line_linking_a_story_stays() -> None:
    html = (FIXTURES / "podcast_shownotes_priced_support_pitch.html").read_bytes()
    html = html.replace(
        _PITCH_LINK,
        b'<a href="https://backroadsradiohour.example/episode-31-bridge-tolls/">pay $4 a month'
        b" in tolls</a>",
    )
    body = _body(html)
    assert body[-1].endswith("hear new episodes a day early.")
