"""A supporter box after the story, a heading and a pitch naming a price per period closed by
a button offering the site without adverts ("Go ad-free today", "Werbefrei lesen", "Sans
publicité": call-to-action wordings), goes whole: heading, pitch and button."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "cycling_blog_ad_free_supporter_box.html"
_URL = "https://www.pelotondesk.example/2025/06/14/van-aert-crosswinds-zeeland-stage-three/"
_BUTTON = "Go ad-free today"


def _body(button: str = _BUTTON) -> list[str]:
    html = (FIXTURES / _PAGE).read_text("utf-8").replace(_BUTTON, button)
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_an_ad_free_supporter_box_goes_whole() -> None:
    body = _body()
    assert len(body) == 6
    assert body[-1].startswith("Sunday's fourth stage heads inland")
    assert not any("ad-free" in line or "funded by its readers" in line for line in body)


def test_the_ad_free_button_in_other_languages_closes_the_box_too() -> None:
    for button in ("Werbefrei lesen", "Lire sans publicité", "Browse ad-free"):
        assert _body(button)[-1].startswith("Sunday's fourth stage heads inland")
