"""An aggregator's copy credits its publisher in a row of its own right above the headline's
block (a logo, the name, a follow button), and links the original after a shortened copy
("Continue reading on The Island Gazette"): either names the source; a list of other
stories above the headline, or a link to the site's own page, names none."""

from __future__ import annotations

import re

from metadata_pages import FIXTURES, parse_html

_URL = "https://www.newsroll.example/en-us/news/us/ferry-fares-to-rise/ar-BB7xQ2"
_ROW = re.compile(r'<div class="articlePage_attribution">.*?</div>', re.S)
_CONTINUE = re.compile(r'<div class="article-end-actions">.*?</div>', re.S)


def _page() -> str:
    return (FIXTURES / "aggregator_credit_row_above_headline.html").read_text(encoding="utf-8")


def test_a_credit_row_above_the_headline_s_block_names_the_source() -> None:
    html = _CONTINUE.sub("", _page())
    article = parse_html(html, _URL)
    assert article.source == "The Island Gazette"
    assert article.site_name == "Newsroll"


def test_a_list_of_other_stories_above_the_headline_credits_no_copy_of_this_one() -> None:
    stories = (
        '<div class="trending">'
        + "".join(
            f'<a href="/en-us/news/us/story-{n}/ar-BB7x{n}"><span class="provider-name">Bayside '
            f"Post</span> Harbour dredging to start next month, and the work will close the "
            f"marina's north basin for six weeks ({n})</a>"
            for n in range(3)
        )
        + "</div>"
    )
    html = _CONTINUE.sub("", _ROW.sub(stories, _page()))
    assert parse_html(html, _URL).source is None


def test_a_continue_reading_link_to_the_original_names_its_publisher() -> None:
    html = _ROW.sub("", _page())
    article = parse_html(html, _URL)
    assert article.source == "The Island Gazette"
    assert "Continue reading" not in article.body


def test_a_continue_reading_link_to_the_site_s_own_page_names_none() -> None:
    html = _ROW.sub("", _page()).replace(
        "https://www.islandgazette.example/news/ferry-fares-rise-june",
        "https://www.newsroll.example/en-us/news/us/ferry-fares-full/ar-BB7xQ3",
    )
    assert parse_html(html, _URL).source is None
