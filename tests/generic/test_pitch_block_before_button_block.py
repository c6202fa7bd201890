"""A page builder sets every content block apart, as Squarespace's sibling "sqs-block"s do:
a pitch ("... funded by its readers ... please think about chipping in.") in its own block,
its call to action the next block's button alone ("<a href="/donate">Give to the
Courier</a>"). The pitch's block goes with the button's; the story's paragraphs around them
stay. A story's paragraph before the button that shares no block class with it stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "squarespace_pitch_block_before_button_block.html"
_URL = "https://www.ashfordcourier.example/news/2025/5/2/riverside-library-weekend-hours"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_pitch_block_before_a_button_block_goes() -> None:
    body = _body(_PAGE.read_bytes())
    assert len(body) == 5
    assert body[2].startswith("Families had asked for the change")
    assert body[3].startswith("The branch will also add a homework help table")
    assert not any("chipping in" in paragraph for paragraph in body)
    assert not any("Give to the Courier" in paragraph for paragraph in body)


def test_a_paragraph_before_a_button_of_another_make_stays() -> None:
    # (the button's block no builder block like the paragraph's: the paragraph is the story's)
    html = _PAGE.read_bytes().replace(
        b'<div class="sqs-block button-block sqs-block-button"',
        b'<div class="donate-row"',
    )
    body = _body(html)
    assert any("chipping in" in paragraph for paragraph in body)
    assert not any("Give to the Courier" in paragraph for paragraph in body)


def test_the_story_s_short_last_block_before_a_donation_button_stays() -> None:
    # (a block of the builder's make, short, no link, but no pitch: the story's last lines)
    html = _PAGE.read_bytes().replace(
        b"<em>The Ashford Courier is an independent newsroom funded by its readers. If this"
        b" story helped you, please think about chipping in.</em>",
        b"The library will post the new schedule at the branch and online by May 20.",
    )
    body = _body(html)
    assert "The library will post the new schedule at the branch and online by May 20." in body
    assert not any("Give to the Courier" in paragraph for paragraph in body)
