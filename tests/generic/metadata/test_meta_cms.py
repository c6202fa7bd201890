"""Full metadata of CMS-shaped pages: Drupal microdata and a Blogger post."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from metadata_pages import parse_fixture


def test_drupal_microdata_page() -> None:
    article = parse_fixture("drupal_microdata.html")
    assert article.headline == "Gemeente opent nieuw zwembad in Zuid"
    # Microdata names the reporter; dcterms.creator is the publication; the site footer's
    # "author" is another story's.
    assert article.authors == ("Pieter de Vries",)
    zone = timezone(timedelta(hours=2))
    assert article.published == datetime(2021, 9, 17, 10, 0, tzinfo=zone)
    assert article.modified == datetime(2021, 9, 18, 8, 30, tzinfo=zone)
    assert article.language == "nl"
    assert article.source is None


def test_blogger_post() -> None:
    article = parse_fixture("blogger_post.html")
    # The blog's name is the page's h1; the post title is an h3 confirmed by og:title.
    assert article.headline == "Reviving an old oscilloscope"
    assert article.authors == ("Marta Kowalczyk",)
    assert article.published == datetime(2016, 5, 6, 21, 14, tzinfo=timezone(timedelta(hours=-7)))
    assert article.canonical_url == (
        "https://tinkerlog.blogspot.com/2016/05/reviving-an-old-oscilloscope.html"
    )
    assert article.source is None
