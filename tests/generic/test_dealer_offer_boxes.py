"""A dealer's offer box between a car review's paragraphs, around a sponsored button, goes
when its price is led by a word ("Neuwagen ab 54.300 €", "à partir de 23 750 €"), grouped
by spaces, or stands as a discount ("jusqu'à -15 % de remise")."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import DISCOUNT_LINE, PRICE_LINE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_dealer_offer_box_with_a_led_price_goes() -> None:
    body = _body(
        "german_car_review_dealer_offer_box.html",
        "https://www.motorwelt.example/fahrberichte/halvard-norrik-touring-fahrbericht/",
    )
    assert not any(
        "Händlerangebote" in paragraph or "Neuwagen ab" in paragraph for paragraph in body
    )
    assert body[3].startswith("Im Testverbrauch kam der Kombi")
    assert len(body) == 5


def test_dealer_offer_boxes_with_a_discount_or_a_spaced_price_go() -> None:
    body = _body(
        "french_car_review_discount_offer_box.html",
        "https://www.autoplus.example/essai-orvane-kelis-hybride-204518.htm",
    )
    assert not any(
        "Voir les offres" in paragraph or "Orvane Kelis" in paragraph for paragraph in body
    )
    # (the story's own sentence naming prices stays)
    assert body[-1].startswith("La gamme démarre à 23 750 €")
    assert len(body) == 5


@pytest.mark.parametrize(
    "line",
    [
        "22 490 €",
        "22\u00a0490\u202f€",
        "à partir de 22 490 €",
        "Neuwagen ab 58.990 €",
        "desde 19.990 €",
    ],
)
def test_led_and_space_grouped_prices_are_price_lines(line: str) -> None:
    assert PRICE_LINE.fullmatch(line) is not None


@pytest.mark.parametrize("line", ["bis zu 18 % Rabatt", "up to 18% off", "jusqu'à -18 % de remise"])
def test_discounts_are_discount_lines(line: str) -> None:
    assert DISCOUNT_LINE.fullmatch(line) is not None


@pytest.mark.parametrize("line", ["Bis 2025 38 000 €", "18 % des ventes", "-18 %", "ab 2026"])
def test_other_short_lines_are_neither(line: str) -> None:
    assert PRICE_LINE.fullmatch(line) is None
    assert DISCOUNT_LINE.fullmatch(line) is None
