"""Titles of what a story embeds are no lines of it: a video card's heading between the
story's text blocks, and an embedded card's heading that repeats the story's headline (a
recipe card's name under the post's title)."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_TEAM = "https://www.fairhavenharriers.example/news/harriers-sign-kicker-tobias-lund"
_RECIPE = "https://www.harborledger.example/food/recipes/smoky-black-bean-tacos/"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_video_cards_title_goes_with_the_card() -> None:
    body = _body("team_site_wire_story_video_card.html", _TEAM)
    assert not any("meets the Fairhaven media" in line for line in body)
    assert body[1].startswith("Lund made 31 of 35")
    assert body[2].startswith("The Harriers cycled through")
    assert body[-1] == "Terms of the deal were not disclosed."


def test_a_cards_heading_repeating_the_headline_goes() -> None:
    body = _body("food_post_recipe_card_headline_repeat.html", _RECIPE)
    assert "Smoky Black Bean Tacos With Pickled Onions" not in body
    assert "Make the onions first" in body
    assert "Ingredients" in body
    assert body[-1].startswith("Leftover beans keep")
