"""Lifestyle publishers' pages: a recipe post's card, whose ingredients and steps are the
story and whose detail rows and nutrition facts are its metadata."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_recipe_card_keeps_its_lists_and_drops_its_detail_rows_and_nutrition() -> None:
    body = _body(
        "recipe_post_with_recipe_card.html",
        "https://www.pantryandpine.example/smoky-black-bean-soup/",
    )
    card = body[body.index("Equipment") :]
    assert card == [
        "Equipment",
        # (a shop's link that is an item of the list, beside an item of plain text)
        "Enameled Dutch oven",
        "Immersion blender",
        "Ingredients",
        "1 pound dried black beans soaked overnight",
        "1 yellow onion diced",
        "1 chipotle pepper in adobo minced",
        "2 teaspoons smoked paprika",
        "6 cups vegetable stock",
        "Instructions",
        "Soften the onion in a little oil over medium heat for eight minutes.",
        "Stir in the chipotle and paprika, then add the drained beans and the stock.",
        "Simmer, partly covered, until the beans are tender, about one hour. Blend half the "
        "soup and stir it back in.",
        "Notes",
        "The soup thickens as it cools; loosen leftovers with a splash of stock.",
    ]
    # (the card's label-and-value rows, wherever its template sets them)
    assert not any(line.startswith(("Servings", "Calories", "Prep Time")) for line in body)
    assert body[0].startswith("This is the soup I make on the first cold Sunday")
