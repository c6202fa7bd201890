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


def test_more_and_the_own_section_heads_a_grid_of_story_cards() -> None:
    # Mediahuis's "More <section>" over cards of linked titles ("<div><a><h3>...</h3></a>
    # </div>"), no list element: the cards are the list
    html = (FIXTURES / "more_own_section_teaser_cards.html").read_text("utf-8")
    page = "https://www.dublinledger.example/money/money-matters/water-charges-for-heavy-users-to-start-next-spring/a2034410917.html"
    base = "https://www.dublinledger.example/money/money-matters/"
    related = newsparse.parse(html, url=page, registry=newsparse.Registry()).related
    assert [link.url for link in related] == [
        base + "how-to-read-your-new-electricity-bill/a2031187760.html",
        base + "credit-union-loan-rates-fall-again/a2032905521.html",
        base + "what-the-budget-means-for-renters/a2033776104.html",
    ]
    # another section's name after "More" heads no such list, cards or not
    other = html.replace(">More Money Matters<", ">More Sport<")
    assert newsparse.parse(other, url=page, registry=newsparse.Registry()).related == ()
