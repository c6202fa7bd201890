"""A release's contact heading set among its paragraphs ("For more information, please
contact:") takes the short contact lines under it, a name and title, a phone, an e-mail,
to the next heading: the media-contact block leaves the body whole, and the release's notes
after it stay."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "wire_release_contact_block_mid_release.html"
_URL = (
    "https://business.harbourline.example/news/"
    "larchmont-biosystems-opens-second-manufacturing-site-halifax-140000123.html"
)
_HEADING = "For more information, please contact:"


def _body(html: str) -> str:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body


@pytest.mark.parametrize(
    "heading", [_HEADING, "For further information, please contact:", "Media contact:"]
)
@pytest.mark.parametrize("wrapped", [False, True], ids=["one-block", "closing-part-apart"])
def test_a_contact_heading_takes_its_contact_lines(heading: str, wrapped: bool) -> None:
    html = _PAGE.read_text("utf-8").replace(_HEADING, heading)
    if wrapped:
        html = html.replace("<p><strong>About", '</div><div class="body-more"><p><strong>About')
    body = _body(html)
    assert heading not in body
    assert "Tomas Ferreira" not in body
    assert "555-0142" not in body
    assert "investors@larchmontbio.example" not in body
    # (the release's notes after the block, and its paragraphs before it, stay)
    assert "Forward-Looking Statements" in body
    assert "This news release contains forward-looking statements" in body
    assert "sells its products in 31 countries." in body


def test_a_paragraph_of_prose_under_a_contact_heading_stays() -> None:
    prose = (
        "<p>Tomas Ferreira, who leads investor relations, said the Company will host a tour "
        "of the site for analysts in May and will publish a video walkthrough on its web site "
        "the same week.</p>"
    )
    # (the release's closing part in a wrapper of its own, as a collapsed "Story continues"
    # part is: the heading is no notes heading closing the release's block)
    html = _PAGE.read_text("utf-8").replace(
        "<p><strong>About", '</div><div class="body-more"><p><strong>About'
    )
    start = html.index("<p>Tomas Ferreira")
    end = html.index("</p>", start) + len("</p>")
    body = _body(html[:start] + prose + html[end:])
    assert "will host a tour of the site for analysts" in body
    assert "Forward-Looking Statements" in body


def test_a_contact_line_holding_a_pile_of_unclosed_tags_is_read_without_recursion() -> None:
    # (a broken page: a contact line opening some 3,000 bold tags it never closes)
    html = _PAGE.read_text("utf-8").replace("Tomas Ferreira", "Tomas Ferreira" + "<b>" * 3000, 1)
    article = newsparse.parse(html, url=_URL, registry=newsparse.Registry())
    assert article.errors == ()
    assert "Larchmont" in article.body
