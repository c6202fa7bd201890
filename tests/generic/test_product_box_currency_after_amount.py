"""A product's box between a game story's paragraphs (its short name, its price, a
sponsored buy button) goes whole when the price's currency follows the amount as a sign or a
word ("9,980円", "1.299 Kč", "25 zł", "3 000 ₽"); the story's own sentence naming the price
stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import PRICE_LINE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_product_box_priced_in_yen_after_the_amount_goes_whole() -> None:
    body = _body(
        "nextjs_japanese_game_news_product_box.html",
        "https://www.gametsushin.example/article/202606/50211",
    )
    assert not any(line in {"潮騒のランタン 限定版", "9,980円", "Amazonで購入"} for line in body)
    assert body[3].startswith("なお、発売に先駆けて")
    # (the story's own sentence naming the price stays)
    assert body[-1].startswith("限定版の予約は本日より")
    assert len(body) == 5


@pytest.mark.parametrize(
    "line",
    ["13,200円", "1.299 Kč", "1.299,00 Kč", "25 zł", "3 000 ₽", "1 299 kr", "15,000원", "12,50 €"],
)
def test_amounts_followed_by_their_currency_are_price_lines(line: str) -> None:
    assert PRICE_LINE.fullmatch(line) is not None


@pytest.mark.parametrize("line", ["3 kroky", "25 złotych monet", "2026年", "12 rounds"])
def test_amounts_followed_by_other_words_are_no_price_lines(line: str) -> None:
    assert PRICE_LINE.fullmatch(line) is None
