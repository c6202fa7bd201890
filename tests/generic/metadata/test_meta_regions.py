"""The regions metadata reads, found by fast walks, are those the plain XPath would give."""

from __future__ import annotations

import lxml.etree
import pytest
from metadata_pages import FIXTURES

from newsparse.generic.metadata import regions
from newsparse.page import Page

FOLLOWING = lxml.etree.XPath("following::*[position() <= 30]")
FIXTURE_NAMES = sorted(path.name for path in FIXTURES.glob("*.html"))


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_elements_after_the_headline_are_the_following_axis(name: str) -> None:
    page = Page.from_input((FIXTURES / name).read_bytes())
    heading = regions.headline_element(page)
    expected = FOLLOWING(heading) if heading is not None else []
    assert regions.after_headline(page) == expected


@pytest.mark.parametrize(
    ("name", "tag", "text"),
    [
        # the <h1> is the logo, inside a link to the front page; the <dt> matches <title>
        ("korean_portal_no_headline_tag.html", "dt", "지역 도서관 야간 개방 확대"),
        # no <h1>: the paragraph whose text opens <title>
        ("portuguese_city_hall_news.html", "p", "Unidade de saúde amplia"),
        ("german_hubspot_blog.html", "h1", "Digitale Rechnungen"),
    ],
)
def test_headline_element_skips_logo_headings_and_falls_back_to_title(
    name: str, tag: str, text: str
) -> None:
    page = Page.from_input((FIXTURES / name).read_bytes())
    heading = regions.headline_element(page)
    assert heading is not None
    assert heading.tag == tag
    assert (heading.text_content() or "").strip().startswith(text)


def test_elements_after_the_headline_climb_out_of_its_header() -> None:
    page = Page.from_input(
        "<html><body><article><header><h1>Title <span>here</span></h1></header>"
        '<p class="byline">By <a href="/a/jane">Jane Doe</a></p><p>Story.</p>'
        "</article><aside><p>Other</p></aside></body></html>"
    )
    tags = [element.tag for element in regions.after_headline(page)]
    # Not the heading's own <span>; then the byline paragraph, its link, the story, the aside.
    assert tags == ["p", "a", "p", "aside", "p"]


def test_cue_elements_keep_document_order_and_lowercase_marks() -> None:
    page = Page.from_input(
        '<html><body><div class="Site-Header"><span class="Date">Today</span></div>'
        '<article itemprop="articleBody"><p class="BYLINE" id="by">By Jane Doe</p>'
        '<p class="aUthor">not a cue: mixed case</p><time class="entry-date">June 5</time>'
        "</article></body></html>"
    )
    found = [(element.tag, marks) for element, marks in regions.cue_elements(page)]
    assert found == [
        ("span", "date"),
        ("article", "articlebody"),
        ("p", "byline by"),
        ("time", "entry-date"),
    ]
