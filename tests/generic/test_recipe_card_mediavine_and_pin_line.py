"""A Create by Mediavine recipe card's times, yield, nutrition facts and ratings count go, as
WP Recipe Maker's and Tasty Recipes' do, while its ingredients, steps and notes stay; a short
line between the story and the card whose link opens Pinterest's pin dialog is a share
button, and goes (a link to the blog's own page keeps it)."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://willowlanepantry.example/honey-roasted-carrot-salad/"
_PIN_LINK = (
    '<a href="https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fwillowlanepantry'
    '.example%2Fhoney-roasted-carrot-salad%2F">'
)


def _body(html: str | None = None) -> list[str]:
    if html is None:
        html = (FIXTURES / "feast_mediavine_create_card_pin_line.html").read_text(encoding="utf-8")
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_the_cards_times_yield_nutrition_and_ratings_go() -> None:
    body = _body()
    for furniture in (
        "4.7 from 23 ratings",
        "Prep Time15 minutes",
        "Cook Time35 minutes",
        "Total Time50 minutes",
        "Yield: 4 servings",
        "Nutrition Information:",
        "7g",
    ):
        assert furniture not in body


def test_the_cards_ingredients_steps_and_notes_stay() -> None:
    body = _body()
    assert "Ingredients" in body and "Instructions" in body and "Notes" in body
    assert "2 tablespoons runny honey" in body
    assert body[-1].startswith("Roast the carrots a day ahead")


def test_a_pin_it_line_before_the_card_goes() -> None:
    body = _body()
    assert not any(paragraph.startswith("Saving this one?") for paragraph in body)
    assert body[body.index("Ingredients") - 1].startswith("Maple syrup stands in")


def test_a_line_linking_the_blogs_own_page_stays() -> None:
    html = (FIXTURES / "feast_mediavine_create_card_pin_line.html").read_text(encoding="utf-8")
    assert _PIN_LINK in html
    html = html.replace(_PIN_LINK, '<a href="https://willowlanepantry.example/salads/">')
    assert "Saving this one? Pin it to your Salads board for later!" in _body(html)
