"""A heading naming the page's own section after "More" ("More Region & State", the section
its ``article:section`` meta gives) heads related stories, as "More from ..." does."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = "https://www.eastportdaily.example/region-state/harbor-ferry-weekend-runs"


def _related(html: str) -> list[str]:
    article = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())
    return [link.url for link in article.related]


def test_more_and_the_own_section_heads_related_stories() -> None:
    html = (FIXTURES / "more_own_section_heading.html").read_text("utf-8")
    assert _related(html) == [
        "https://www.eastportdaily.example/region-state/state-parks-free-admission-day",
        "https://www.eastportdaily.example/region-state/coastal-highway-repaving-schedule",
    ]
    # another section's name after "More" is no such heading
    other = html.replace(
        '<h2 class="ListE-title">More Region', '<h2 class="ListE-title">More Travel'
    )
    assert _related(other) == []
