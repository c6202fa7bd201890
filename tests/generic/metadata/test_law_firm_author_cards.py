"""A law firm's client alert names its writers only on people's cards under a heading
"Authors" ("Autoren", "Auteurs"...), in a block classed as the sidebar beside the story's
column: the cards' names (their parts classed as the name, not the title, office or
e-mail) are the byline; a block headed "Key Contacts" names people to call, and the site's
writers in an ``<aside>`` beside the story are no byline."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "law_firm_alert_author_cards.html"
_URL = (
    "https://www.tennantvale.example/knowledge/publications/2025/03/"
    "fifth-circuit-narrows-arbitration-waiver-doctrine"
)


def _page_with(old: str, new: str) -> str:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    assert old in html
    return html.replace(old, new)


def test_the_names_on_the_cards_under_an_authors_heading_are_the_byline() -> None:
    assert parse_fixture(_PAGE, url=_URL).authors == ("Teresa Okonkwo", "Felix Brandt")


@pytest.mark.parametrize("heading", ["Autoren", "Auteurs", "Autores", "Contributors"])
def test_the_authors_heading_in_other_words(heading: str) -> None:
    html = _page_with('"rail-people__label">Authors<', f'"rail-people__label">{heading}<')
    assert parse_html(html, url=_URL).authors == ("Teresa Okonkwo", "Felix Brandt")


def test_cards_under_a_key_contacts_heading_name_no_author() -> None:
    html = _page_with('"rail-people__label">Authors<', '"rail-people__label">Key Contacts<')
    assert parse_html(html, url=_URL).authors == ()


def test_the_site_s_writers_in_an_aside_beside_the_story_are_no_byline() -> None:
    html = _page_with(
        '<div class="publication-layout__sidebar">', '<aside class="publication-layout__sidebar">'
    ).replace(
        '</div>\n    <div class="publication-layout__main rte">',
        '</aside>\n    <div class="publication-layout__main rte">',
    )
    assert parse_html(html, url=_URL).authors == ()
