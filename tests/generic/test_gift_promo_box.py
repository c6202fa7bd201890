"""A box whose component name offers the story as a subscriber's gift ("gift-promo") between
paragraphs is a subscription promo and goes; a box named otherwise stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.harborreview.example/markets/articles/2025-10-14/why-freight-rates-keep-falling"
)


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_gift_promo_box_between_paragraphs_goes() -> None:
    body = _body((FIXTURES / "cssmodule_gift_promo_box.html").read_bytes())
    assert len(body) == 5
    assert not any(line.startswith("Subscribers can share") for line in body)


def test_a_box_named_for_a_gift_guide_stays() -> None:
    html = (FIXTURES / "cssmodule_gift_promo_box.html").read_bytes()
    html = html.replace(b'data-testid="gift-promo"', b'data-testid="gift-guide"')
    assert any(line.startswith("Subscribers can share") for line in _body(html))
