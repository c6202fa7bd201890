"""Under a "Related" heading, a card whose address ends in one word ("/fact-sheets/detail/
obesity") is a page as its siblings are when a proven article of the block is filed in the
same folder and linked from the same place in its card ("/fact-sheets/detail/healthy-diet");
a one-word address in a folder no such article shares (a topic's hub) stays out."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "agency-related-cards-one-word-slug.html"
_URL = (
    "https://www.nutritionagency.example/news/item/"
    "17-06-2025-countries-off-track-on-trans-fat-limits"
)
_SITE = "https://www.nutritionagency.example"


def _related(html: str) -> list[str]:
    article = newsparse.parse(html, url=_URL, registry=newsparse.Registry())
    return [link.url for link in article.related]


def test_a_one_word_slug_beside_a_sibling_in_its_folder_is_related() -> None:
    related = _related(_PAGE.read_text("utf-8"))
    assert f"{_SITE}/news-room/fact-sheets/detail/obesity" in related
    assert f"{_SITE}/news-room/fact-sheets/detail/healthy-diet" in related


def test_a_one_word_slug_in_a_folder_of_its_own_is_no_related_page() -> None:
    # (the topic's hub under "/health-topics/", where no proven article of the block is filed)
    assert f"{_SITE}/health-topics/nutrition" not in _related(_PAGE.read_text("utf-8"))


def test_a_one_word_slug_needs_a_heading_saying_related() -> None:
    html = _PAGE.read_text("utf-8").replace(
        '<h2 class="heading text-underline">Related</h2>',
        '<h2 class="heading text-underline">Resources</h2>',
    )
    assert f"{_SITE}/news-room/fact-sheets/detail/obesity" not in _related(html)


def test_a_one_word_slug_linked_from_another_place_in_the_card_stays_out() -> None:
    html = _PAGE.read_text("utf-8").replace(
        '<a class="link-container" href="/news-room/fact-sheets/detail/obesity">',
        '<a class="link-more" href="/news-room/fact-sheets/detail/obesity">',
    )
    assert f"{_SITE}/news-room/fact-sheets/detail/obesity" not in _related(html)
