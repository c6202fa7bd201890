"""A heading over the site's other news, perhaps in the story's section ("Other News in
Streets & Utilities", a CivicPlus city site's sidebar widget), heads related stories as
"More from ..." does; so does a widget classed as other news ("widget otherNews") whatever
its heading says."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "civicplus-other-news-sidebar.html"
_URL = "https://www.ashfordfallswa.example/CivicAlerts.aspx?AID=2214"
_HEADING = '<h3 class="widgetTitle">Other News in Streets &amp; Utilities</h3>'
_WIDGET = '<div class="widget otherNews">'
_NEWS = [
    "https://www.ashfordfallswa.example/CivicAlerts.aspx?AID=2201",
    "https://www.ashfordfallswa.example/CivicAlerts.aspx?AID=2188",
    "https://www.ashfordfallswa.example/CivicAlerts.aspx?AID=2173",
]


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry())


@pytest.mark.parametrize(
    "heading",
    [
        "Other News in Streets &amp; Utilities",
        "Other news",
        "Other stories",
        "Other articles in Streets &amp; Utilities",
        "Weitere Nachrichten",
        "Altre notizie",
        "Autres actualités",
        "Otras noticias",
    ],
)
def test_an_other_news_heading_heads_related_stories(heading: str) -> None:
    html = _PAGE.read_text("utf-8").replace(_WIDGET, '<div class="widget">')
    html = html.replace(_HEADING, f'<h3 class="widgetTitle">{heading}</h3>')
    article = _parse(html)
    assert [link.url for link in article.related] == _NEWS
    assert "Hydrant Testing Starts" not in article.body


def test_a_widget_classed_other_news_is_related_whatever_its_heading() -> None:
    html = _PAGE.read_text("utf-8").replace(
        _HEADING, '<h3 class="widgetTitle">Streets &amp; Utilities</h3>'
    )
    assert [link.url for link in _parse(html).related] == _NEWS


def test_a_plain_widget_under_a_bare_section_name_is_no_related_block() -> None:
    html = _PAGE.read_text("utf-8").replace(_WIDGET, '<div class="widget">')
    html = html.replace(_HEADING, '<h3 class="widgetTitle">Streets &amp; Utilities</h3>')
    assert _parse(html).related == ()
