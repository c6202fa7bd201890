"""A reporter's line opening the story, the place filed from and the page's author ("<p>
<strong>الشارقة: مريم سالم الحمادي</strong></p>" at the head of a Drupal body field): the
byline repeated, left out of the body. A line naming someone else stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "drupal_arabic_place_and_reporter_line.html"
_LINE = "الشارقة: مريم سالم الحمادي"
_STORY_OPENING = "بدأت عشر مدارس حكومية"


def _article(line: str = _LINE) -> newsparse.Article:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    assert _LINE in html
    return newsparse.parse(html.replace(_LINE, line), registry=newsparse.Registry())


def test_the_place_and_the_author_opening_the_story_go() -> None:
    article = _article()
    assert article.authors == ("مريم سالم الحمادي",)
    assert article.body.startswith(_STORY_OPENING)
    assert _LINE not in article.body


def test_the_place_and_the_author_after_a_dash_go() -> None:
    assert _article("الشارقة - مريم سالم الحمادي").body.startswith(_STORY_OPENING)


@pytest.mark.parametrize(
    "line",
    [
        # (someone other than the page's author, a place and a sentence: the story's)
        "الشارقة: أحمد خليفة المري",
        "الشارقة: أعلنت الإدارة خطة جديدة",
    ],
)
def test_a_line_naming_no_author_stays(line: str) -> None:
    assert _article(line).body.startswith(line)
