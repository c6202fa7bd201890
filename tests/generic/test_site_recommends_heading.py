"""A site's name before "Recommends" ("GameVault Recommends", "EL PAÍS recomienda") heads
related stories, as "We recommend" does (a whole heading: "We recommend booking early" is a
subheading); the site's editors as the subject ("Die Redaktion empfiehlt", an editor's picks)
or a question in title case ("What the Panel Recommends") heads no related block."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "site-recommends-carousel.html"
_RELATED = [
    "https://www.pixelharbor.example/articles/best-cozy-horror-games",
    "https://www.pixelharbor.example/articles/frostbound-review",
]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("GameVault Recommends", Kind.RELATED),
        ("EL PAÍS recomienda", Kind.RELATED),
        ("We Recommend", Kind.RELATED),
        ("Wir empfehlen", Kind.RELATED),
        ("We recommend booking early", None),
        ("Die Redaktion empfiehlt", None),
        ("What the Panel Recommends", None),
    ],
)
def test_recommending_headings(heading: str, kind: Kind | None) -> None:
    assert heading_kind(heading) is kind


def _parse(html: str) -> newsparse.Article:
    url = json.loads(_PAGE.with_suffix(".expected.json").read_text("utf-8"))["url"]
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


@pytest.mark.parametrize("heading", ["PixelHarbor Recommends", "We Recommend"])
def test_a_recommends_carousel_between_paragraphs_is_related(heading: str) -> None:
    html = _PAGE.read_text("utf-8").replace("PixelHarbor Recommends", heading)
    article = _parse(html)
    assert [link.url for link in article.related] == _RELATED
    assert "Frostbound Review" not in article.body
    assert "Where the game falters is its economy." in article.body


def test_a_question_subheading_ending_in_recommends_stays() -> None:
    html = _PAGE.read_text("utf-8").replace("What the Village Needs", "What the Village Recommends")
    assert "What the Village Recommends" in _parse(html).body
