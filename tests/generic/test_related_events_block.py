"""A block classed or headed as a list of events ("Related Events", "Upcoming Events",
"Veranstaltungen", a class "related-events") lists events' pages, no related articles, as
topics' hubs and pagers do; the "Related Articles" block beside it keeps its links (a trade
publication's article footer)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "trade-press-related-events.html"
_URL = "https://www.plantworksjournal.example/articles/48213-rail-depot-retrofit-ground-source-loop"
_ARTICLES = [
    "https://www.plantworksjournal.example/articles/47950-tram-depot-solar-canopy-approved",
    "https://www.plantworksjournal.example/articles/47712-borehole-drilling-costs-fall",
]
_EVENT = "https://www.plantworksjournal.example/events/depot-decarbonisation-forum-2025"
_BLOCK = '<div class="related-events"><h3>Related Events</h3>'


def _related(html: str) -> list[str]:
    article = newsparse.parse(html, url=_URL, registry=newsparse.Registry())
    return [link.url for link in article.related]


def test_a_related_events_block_lists_no_related_article() -> None:
    assert _related(_PAGE.read_text("utf-8")) == _ARTICLES


@pytest.mark.parametrize(
    "heading", ["Related Events", "Upcoming Events", "Veranstaltungen", "Prochains événements"]
)
def test_a_heading_naming_events_over_a_related_classed_block_lists_no_article(
    heading: str,
) -> None:
    block = f'<div class="related-items"><h3>{heading}</h3>'
    assert _related(_PAGE.read_text("utf-8").replace(_BLOCK, block)) == _ARTICLES


def test_a_class_naming_events_lists_no_article_whatever_its_heading() -> None:
    block = '<div class="related-events"><h3>Related</h3>'
    assert _related(_PAGE.read_text("utf-8").replace(_BLOCK, block)) == _ARTICLES


def test_a_related_heading_naming_no_events_keeps_its_links() -> None:
    # (guard: the rule reads the block's class and heading, not the single link)
    block = '<div class="related-items"><h3>Related Articles</h3>'
    assert _related(_PAGE.read_text("utf-8").replace(_BLOCK, block)) == [*_ARTICLES, _EVENT]


def test_a_block_classed_as_news_and_events_keeps_its_links() -> None:
    # (guard: a "News & Events" box lists stories as well as events)
    block = '<div class="related-news-events"><h3>More From Plant &amp; Works</h3>'
    assert _related(_PAGE.read_text("utf-8").replace(_BLOCK, block)) == [*_ARTICLES, _EVENT]
