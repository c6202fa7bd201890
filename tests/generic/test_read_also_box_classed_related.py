"""A box between the story's paragraphs classed as related by a phrase alone ("more-on", not a
word such as "related") and opened by a read-also heading ("اقرأ أيضا", "Read also") is a
read-also box: dropped, its links no related ones; after the story it stays related. A class
that says "related" in a word keeps the box related wherever it stands."""

from __future__ import annotations

import re
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "ar-more-on-inline-read-also.html"
_URL = "https://almawj.example/news/2025/6/9/new-fish-market-opens"
_INLINE_BOX = re.compile(r'<div class="more-on more-on--inline">.*?</ul></div>\n', re.S)
_BOTTOM_RELATED = [
    "تراجع أسعار السمك في أسواق الشاطئ بعد عيد الأضحى",
    "مستثمرون يبنون مخازن تبريد جديدة قرب الساحل",
]
_INLINE_TITLES = [
    "الصيادون يطالبون بدعم أسعار الوقود قبل موسم الصيد",
    "قرض جديد لتوسعة الميناء التجاري في الشاطئ",
]


def _page() -> str:
    return _PAGE.read_text("utf-8")


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry())


def test_a_read_also_box_between_paragraphs_is_dropped_and_not_related() -> None:
    article = _parse(_page())
    assert [link.title for link in article.related] == _BOTTOM_RELATED
    assert "الصيادون يطالبون" not in article.body
    assert "وقال رئيس اتحاد تجار السمك" in article.body


def test_the_same_box_after_the_story_stays_related() -> None:
    html = _page()
    box = _INLINE_BOX.search(html)
    assert box is not None
    html = html.replace(box.group(0), "").replace(
        '<div class="article-tags-wrap">', box.group(0) + '<div class="article-tags-wrap">'
    )
    article = _parse(html)
    assert [link.title for link in article.related] == _INLINE_TITLES + _BOTTOM_RELATED


def test_a_box_whose_class_says_related_stays_related_between_paragraphs() -> None:
    html = _page().replace(
        '<div class="more-on more-on--inline">', '<div class="related-articles">'
    )
    article = _parse(html)
    assert [link.title for link in article.related] == _INLINE_TITLES + _BOTTOM_RELATED
    assert "الصيادون يطالبون" not in article.body
