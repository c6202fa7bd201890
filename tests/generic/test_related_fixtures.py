"""Related links and boilerplate on realistic pages of many CMSs, themes and languages.

Each ``fixtures/related/<name>.html`` comes with ``<name>.expected.json``: the URL to parse
with (or null), the exact related links, sentences of the story that must reach the body, and
boilerplate texts that must be gone from both the cleaned tree and the body.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.generic import GenericEngine
from newsparse.page import Page, collapse_whitespace, text_of

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
PAGES = sorted(FIXTURES.glob("*.html"))


def _expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".expected.json").read_text("utf-8"))
    return data


@pytest.fixture(params=PAGES, ids=[page.stem for page in PAGES])
def case(request: pytest.FixtureRequest) -> tuple[newsparse.Article, str, dict[str, Any]]:
    page: Path = request.param
    expected = _expected(page)
    html = page.read_bytes()
    article = newsparse.parse(html, url=expected["url"], registry=newsparse.Registry())
    engine = GenericEngine(Page.from_input(html, expected["url"]))
    cleaned = text_of(engine.clean_tree())
    return article, cleaned, expected


def test_there_are_enough_layouts() -> None:
    assert len(PAGES) >= 10


def test_related_links_are_exactly_the_related_block(
    case: tuple[newsparse.Article, str, dict[str, Any]],
) -> None:
    article, _, expected = case
    assert [link.to_dict() for link in article.related] == expected["related"]


def test_every_story_paragraph_reaches_the_body(
    case: tuple[newsparse.Article, str, dict[str, Any]],
) -> None:
    article, _, expected = case
    body = collapse_whitespace(article.body)
    missing = [sentence for sentence in expected["story"] if sentence not in body]
    assert not missing


def test_no_boilerplate_reaches_the_body(
    case: tuple[newsparse.Article, str, dict[str, Any]],
) -> None:
    article, cleaned, expected = case
    body = collapse_whitespace(article.body)
    assert [text for text in expected["boilerplate"] if text in body] == []
    assert [text for text in expected["boilerplate"] if text in cleaned] == []


def test_jetpack_related_posts_inside_the_post_flair_box() -> None:
    # WordPress.com wraps "Share this", "Like this" and "Related" in one share box
    # (#jp-post-flair.sharedaddy): the related posts inside it are still harvested.
    page = FIXTURES / "wp-jetpack-related.html"
    html = page.read_text("utf-8")
    first, last = '<div class="sharedaddy sd-sharing-enabled">', "<footer"
    start, end = html.index(first), html.index(last)
    closing = html.rindex("</div>", start, end)  # (the entry content's own end)
    wrapped = (
        html[:start]
        + '<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">'
        + html[start:closing]
        + "</div>"
        + html[closing:]
    )
    expected = _expected(page)
    article = newsparse.parse(wrapped, url=expected["url"], registry=newsparse.Registry())
    assert "jp-post-flair" in wrapped
    assert [link.to_dict() for link in article.related] == expected["related"]


@pytest.mark.parametrize(
    ("old", "new"),
    [("explore-more", "block-b"), (">Explore more<", ">Nordwave picks<")],
    ids=["heading-alone", "class-alone"],
)
def test_an_explore_more_block_is_related_by_its_heading_or_its_class(old: str, new: str) -> None:
    page = FIXTURES / "broadcaster-explore-more.html"
    html = page.read_text("utf-8").replace(old, new)
    expected = _expected(page)
    article = newsparse.parse(html, url=expected["url"], registry=newsparse.Registry())
    assert [link.to_dict() for link in article.related] == expected["related"]


def test_a_related_heading_over_a_topics_box_of_titles_gives_no_tags() -> None:
    # "<div class='articleTopics'><h2>関連記事</h2>": stories' titles, not the post's topics
    page = FIXTURES / "ja-topics-box-kanren-kiji.html"
    html, url = page.read_bytes(), _expected(page)["url"]
    article = newsparse.parse(html, url=url, registry=newsparse.Registry())
    assert article.tags == ()
