"""Article and Link: frozen, slotted, typed; to_dict() is JSON-ready; from_dict() round-trips."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import attrs
import pytest

from newsparse import Article, Link

TZ = timezone(timedelta(hours=8))


def full_article() -> Article:
    return Article(
        headline="Port of Busan extends night shifts",
        body="First paragraph.\n\nSecond paragraph.",
        related=[Link("https://news.example/a", "A"), Link("https://news.example/b", None)],
        authors=["Kim Min-jun", "Park Ji-woo"],
        published=datetime(2024, 5, 3, 9, 30, tzinfo=TZ),
        modified=datetime(2024, 5, 3, 11, 0, tzinfo=TZ),
        description="Busan adds night shifts.",
        image="https://news.example/busan.jpg",
        site_name="Harbour News",
        language="ko",
        tags=["ports", "shipping"],
        url="https://news.example/busan",
        canonical_url="https://news.example/busan",
        source="Yonhap",
        extractor="example-plugin",
        errors=["example-plugin: tags: ValueError: boom"],
    )


def test_every_design_field_is_present_with_its_default() -> None:
    names = [field.name for field in attrs.fields(Article)]
    assert names == [
        "headline",
        "body",
        "related",
        "authors",
        "published",
        "modified",
        "description",
        "image",
        "site_name",
        "language",
        "tags",
        "url",
        "canonical_url",
        "source",
        "extractor",
        "errors",
    ]
    empty = Article()
    assert (empty.headline, empty.body, empty.related, empty.authors) == (None, "", (), ())
    assert (empty.extractor, empty.errors, empty.tags) == ("generic", (), ())


def test_article_and_link_are_frozen_and_slotted() -> None:
    article = full_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.related[0].url = "https://evil.example/"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert not hasattr(Link("https://a.example/"), "__dict__")
    assert hash(article) == hash(full_article())  # hashable: every field is immutable


def test_sequences_become_tuples_and_one_string_is_one_item() -> None:
    article = full_article()
    assert article.authors == ("Kim Min-jun", "Park Ji-woo")
    assert isinstance(article.related, tuple) and isinstance(article.tags, tuple)
    assert Article(authors="Lee Soo-ah").authors == ("Lee Soo-ah",)


def test_to_dict_is_json_ready() -> None:
    data = full_article().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2024-05-03T09:30:00+08:00"
    assert data["related"] == [
        {"url": "https://news.example/a", "title": "A"},
        {"url": "https://news.example/b", "title": None},
    ]
    assert data["authors"] == ["Kim Min-jun", "Park Ji-woo"]
    assert data["errors"] == ["example-plugin: tags: ValueError: boom"]
    assert Article().to_dict()["published"] is None


def test_from_dict_round_trips_through_json() -> None:
    article = full_article()
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert Article.from_dict(Article().to_dict()) == Article()


def test_from_dict_is_lenient_with_other_producers() -> None:
    article = Article.from_dict(
        {
            "headline": "H",
            "published": "2024-05-03T01:30:00Z",
            "tags": None,
            "related": [{"url": "https://news.example/x"}],
            "unknown_key": 1,
        }
    )
    assert article.published == datetime(2024, 5, 3, 1, 30, tzinfo=timezone.utc)
    assert article.tags == ()
    assert article.related == (Link("https://news.example/x", None),)
