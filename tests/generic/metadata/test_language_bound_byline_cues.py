"""A byline cue bound to one language, a word that opens names in others, goes from a name's
start only on a page declaring that language: Irish "Le" ("by") before "Siobhán Nic Giolla
Bhríde", but not "Le" of "Le Van Thanh" on an English page (data: ``LANGUAGE_BYLINE_CUES``)."""

from __future__ import annotations

from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "irish_language_byline_cue.html"


def test_an_irish_by_opening_the_byline_is_no_part_of_the_name() -> None:
    assert parse_fixture(_PAGE).authors == ("Siobhán Nic Giolla Bhríde",)


def test_le_opening_a_name_stays_on_a_page_in_another_language() -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    html = html.replace('lang="ga"', 'lang="en"').replace('"inLanguage":"ga",', "")
    html = html.replace("Le Siobhán Nic Giolla Bhríde", "Le Van Thanh")
    assert parse_html(html).authors == ("Le Van Thanh",)
