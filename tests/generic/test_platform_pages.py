"""Posts as publishing platforms write them: Substack's subscribe widgets inside the post,
Wix's hashed classes named by data-hook, Medium's hashed classes named by data-testid, an
AMP page's custom elements. The body is the story alone; the author and date are read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"

# fixture, URL, paragraphs, first words, last words, author, date, related links
CASES = [
    (
        # BLOX/TownNews: the lede's paragraphs alone in "subscriber-preview", a paywall's
        # offer, the rest in "subscriber-only", another offer box after it
        "blox_subscriber_preview.html",
        "https://www.cedarherald.example/news/local/demolition-derby-moves/article_9c.html",
        6,
        "WHEATON — The Cedar County Fair will move its demolition derby",
        "The fair runs July 16-20",
        "Gus Halloran",
        datetime(2024, 6, 5, 18, 30, tzinfo=timezone(timedelta(hours=-5))),
        0,
    ),
    (
        "substack_post.html",
        "https://riverbend.substack.example/p/river-towns",
        5,
        "For thirty years the towns along the lower river",
        "None of this is guaranteed to last.",
        "Lena Ortiz",
        datetime(2024, 3, 12),
        0,
    ),
    (
        "wix_blog_post.html",
        "https://greenpatch.example/post/spring-planting",
        4,
        "Small gardens reward careful planning.",
        "Herbs such as thyme and rosemary",
        None,
        datetime(2024, 3, 12),
        0,
    ),
    (
        "medium_post.html",
        "https://medium.com/@priya/what-i-learned-running-a-night-market-4f2a",
        5,
        "Three summers ago I rented a car park",
        "By the third summer we had sponsors",
        "Priya Nair",
        datetime(2024, 3, 12, 8, 0, tzinfo=timezone.utc),
        2,
    ),
    (
        "amp_article.html",
        "https://harbourherald.example/amp/news/ferry-fares",
        3,
        "Ferry fares between the mainland and the islands",
        "Island councillors said the increase",
        "Tom Becker",
        datetime(2024, 5, 2, 7, 0, tzinfo=timezone.utc),
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "url", "count", "first", "last", "author", "published", "related"), CASES
)
def test_a_platform_post(
    name: str,
    url: str,
    count: int,
    first: str,
    last: str,
    author: str | None,
    published: datetime,
    related: int,
) -> None:
    article = newsparse.parse(
        (FIXTURES / name).read_bytes(), url=url, registry=newsparse.Registry()
    )
    body = article.body.split("\n\n")
    assert len(body) == count
    assert body[0].startswith(first)
    assert body[-1].startswith(last)
    for boilerplate in ("Subscribe", "Leave a comment", "Share", "Advertisement", "Great tips"):
        assert boilerplate not in article.body
    assert article.authors == ((author,) if author else ())
    assert article.published == published
    assert len(article.related) == related
