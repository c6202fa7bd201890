"""A card between the story's paragraphs whose only label, in its category slot or a heading
of its own, reads "Related" is that label's block: related wherever it stands, not a
"Related:" lead's read-also line (Brightspot's inline ``PromoB`` on a public-radio station)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "brightspot-station-related-promo.html"
_URL = "https://www.kplm.example/local-news/2025-06-03/harbor-county-library-levy-heads-to-november-ballot"
_CARD_LINK = "https://www.kplm.example/local-news/2024-10-14/pell-creek-library-cuts-hours"
_CATEGORY = '<div class="PromoB-category">Related</div>'


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry())


@pytest.mark.parametrize(
    "label",
    [_CATEGORY, '<h3 class="PromoB-category">Related</h3>'],
    ids=["category-line", "heading"],
)
def test_a_card_labelled_related_between_paragraphs_is_related(label: str) -> None:
    article = _parse(_PAGE.read_text("utf-8").replace(_CATEGORY, label))
    assert [link.url for link in article.related] == [_CARD_LINK]
    assert "Pell Creek library cuts hours" not in article.body
    assert "Three afternoons a week is not enough" in article.body


def test_a_cards_kicker_link_to_its_section_is_no_related_label() -> None:
    kicker = (
        '<div class="PromoB-category"><a class="Link" href="https://www.kplm.example/local-news">'
        "Local News</a></div>"
    )
    article = _parse(_PAGE.read_text("utf-8").replace(_CATEGORY, kicker))
    assert article.related == ()
    assert "Pell Creek library cuts hours" not in article.body
