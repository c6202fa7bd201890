"""A block after the story headed as the story's topics to follow ("Follow the topics in this
article", the onward journey of a business paper) links topics' and the writer's streams: none
of its links is related, whatever its class ("onward-journey__related") says; a related card
inside the story stays related."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "onward-journey-follow-topics.html"
_URL = "https://www.ledger.example/content/4e1b7a20-9c3d-4f5e-8a61-2b7d0c9e5f13"
_CARD = "https://www.ledger.example/content/7f20c5d1-3b8a-4e6f-9d12-5a4c3e2b1f07"
_HEADING = "Follow the topics in this article"


def _related(html: str) -> list[str]:
    article = newsparse.parse(html, url=_URL, registry=newsparse.Registry())
    return [link.url for link in article.related]


@pytest.mark.parametrize("heading", [_HEADING, "Follow the topics", "Topics in this article"])
def test_a_follow_the_topics_block_links_no_related_page(heading: str) -> None:
    html = _PAGE.read_text("utf-8").replace(_HEADING, heading)
    assert _related(html) == [_CARD]


def test_a_related_heading_over_the_same_links_keeps_the_writers_stream() -> None:
    # (guard: under a heading offering related reading, the block's story-like links count)
    html = _PAGE.read_text("utf-8").replace(_HEADING, "More from this writer")
    assert "https://www.ledger.example/stream/2c9e41b7-harriet-vale" in _related(html)


def test_a_german_topics_in_this_article_heading_links_no_related_page() -> None:
    html = _PAGE.read_text("utf-8").replace(_HEADING, "Themen dieses Artikels")
    assert _related(html) == [_CARD]
