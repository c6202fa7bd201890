"""Persian headings over related stories in the plural's forms ("خبرهای مرتبط", "related
news"; "گزارش‌های مرتبط", the suffix after a zero-width non-joiner or a space) head related
blocks as "مطالب مرتبط" does; "موضوعات مرتبط", related topics, still heads tags."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("خبرهای مرتبط", Kind.RELATED),
        ("گزارش\u200cهای مرتبط", Kind.RELATED),
        ("گزارش های مرتبط", Kind.RELATED),
        ("مقاله\u200cهای مرتبط", Kind.RELATED),
        ("مطالب مرتبط", Kind.RELATED),
        ("موضوعات مرتبط", Kind.TAGS),
    ],
)
def test_persian_related_headings(heading: str, kind: Kind) -> None:
    assert heading_kind(heading) is kind


def test_related_news_after_the_story_s_main_are_related() -> None:
    article = newsparse.parse(
        (FIXTURES / "fa-khabarha-ye-marbut.html").read_bytes(),
        url="https://darya.example/fa/articles/c8t2lib4ro",
        registry=newsparse.Registry(),
    )
    assert [link.url for link in article.related] == [
        "https://darya.example/fa/articles/c3k9hall7o",
        "https://darya.example/fa/articles/c6m1book2o",
    ]
    assert "تالار شهر تبریز" not in article.body
