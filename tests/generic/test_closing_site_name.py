"""The site's own name alone on the line closing the story, set in italics under it as a
paper's sign-off ("<p><em>Vanguard News</em></p>"), is no story text; a last paragraph that
only names the site among its words stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = (
    "https://www.savannahcourier.example/2025/04/"
    "kano-farmers-count-losses-as-hailstorm-flattens-tomato-fields/"
)
LAST = (
    "A spokesman for the state Emergency Management Agency said officials had visited the "
    "affected communities to assess the damage."
)


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=URL, registry=newsparse.Registry()).body.split("\n\n")


def test_the_site_s_name_alone_closing_the_story_goes() -> None:
    body = _body((FIXTURES / "site_name_signoff_jannah.html").read_text())
    assert body[-1] == LAST
    assert "Savannah Courier" not in body


def test_a_closing_sentence_naming_the_site_stays() -> None:
    html = (FIXTURES / "site_name_signoff_jannah.html").read_text()
    sentence = "Savannah Courier will publish the full list of affected farms on Friday."
    html = html.replace("<em>Savannah Courier</em>", sentence)
    assert _body(html)[-2:] == [LAST, sentence]
