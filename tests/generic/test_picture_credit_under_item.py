"""A short line classed as a credit ("attribution") right after a picture's box or an
embedded post is the picture's credit, no line of the story: a listicle's item credits its
picture so ("<div class="subbuzz-image__wrapper"><img></div><div
class="subbuzz__attribution">Streamwave / Via video.example.com</div>"). A pull quote's
attribution after its quote stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.listfeed.example/rosa-vance/harbor-lights-behind-the-scenes-facts"


def _body() -> list[str]:
    html = (FIXTURES / "listicle_subbuzz_picture_credits.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_the_credit_lines_under_pictures_and_posts_go() -> None:
    body = _body()
    for credit in (
        "Streamwave",
        "Street View / Via maps.example.com",
        "Twitter: @devokafor",
        "Streamwave / Via video.example.com",
    ):
        assert credit not in body
    assert body[2].startswith("1. The lighthouse")
    assert body[3].startswith("The keeper who lives there")


def test_the_items_text_and_a_pull_quotes_attribution_stay() -> None:
    body = _body()
    assert "Showrunner Ines Marlow" in body
    assert any(line.startswith("that water was four degrees") for line in body)
    assert "5. The theme song was recorded in a church hall." in body
    assert body[-1].startswith("Season two starts filming")
