"""A market price widget between a story's paragraphs (a label, a price, its signed change,
perhaps under a title, closed by a link to the site's price pages: "See all oilseed
prices", "Alle Milchpreise") goes whole, whatever its class; a reporter's table of prices
with its source line stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import MONEY_FIGURE, SIGNED_CHANGE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_price_callout_and_market_table_widgets_go_and_a_reported_table_stays() -> None:
    body = _body(
        "farm_news_market_price_widgets.html",
        "https://www.fieldline.example/arable/oilseed-rape/later-drilling-flea-beetle-20931",
    )
    assert not any(
        "Nov delivery" in line or "w/w" in line or "oilseed prices" in line or "Nov-25" in line
        for line in body
    )
    assert body[2].startswith('"If you can wait')
    assert body[5].startswith("Ms Coombe said")
    # (the reporter's own table, with its source line, is the story's)
    assert body[6:11] == [
        "Merchant bid | July | August | Change",
        "Ex-farm, East Anglia | £381.00/t | £392.00/t | +11.00",
        "Ex-farm, Yorkshire | £377.50/t | £389.00/t | +11.50",
        "Delivered Erith | £391.00/t | £401.50/t | +10.50",
        "Source: Grain Board survey",
    ]
    assert len(body) == 13


def test_a_quote_box_of_labels_and_values_goes() -> None:
    body = _body(
        "german_farm_news_quote_box.html",
        "https://www.hofblatt.example/rind/news/milchpreise-molkereien-juli-30412.html",
    )
    assert not any(
        "Notierungen" in line or "€/kg" in line or "Milchpreise" in line for line in body
    )
    assert body[2].startswith("„Die Marktlage")
    assert len(body) == 4


@pytest.mark.parametrize(
    ("line", "priced", "changed"),
    [
        ("$11.84/MMBtu", True, False),
        ("1,85 €/kg SG ±0,00", True, True),
        ("Live cattle (Aug): $224.675, +$1.25", True, True),
        ("-$0.41 w/w", True, True),
        ("Paris milling wheat Dec-25", False, False),
        ("Green | 22 | +15", False, True),
    ],
)
def test_quote_figures(line: str, priced: bool, changed: bool) -> None:
    assert (MONEY_FIGURE.search(line) is not None) is priced
    assert (SIGNED_CHANGE.search(line) is not None) is changed
