"""A firm's alert republished on a legal news platform: the box under the headline links
the firm by its name on a line of its own ("Pell Ardent LLP"), then its authors, then a bare
"View original" link to the firm's site. The firm is no author where people are named (an
organisation, by its legal form "LLP"), and it is the story's source: the name set in an
element of its own in the link's box, its letters opening with the host's name."""

from __future__ import annotations

from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "republished_alert_firm_box.html"
_URL = "https://www.lexbrief.example/news/new-overtime-audit-guidance-what-multi-7730412/"


def test_the_firm_beside_its_named_authors_is_no_author() -> None:
    assert parse_fixture(_PAGE, url=_URL).authors == ("Ingrid Solvang", "Rafael Ocampo")


def test_the_firm_named_in_its_own_element_beside_view_original_is_the_source() -> None:
    assert parse_fixture(_PAGE, url=_URL).source == "Pell Ardent LLP"


def test_a_name_beside_the_link_that_is_not_the_host_s_gives_the_host() -> None:
    html = (
        (FIXTURES / _PAGE)
        .read_text("utf-8")
        .replace(">Pell Ardent LLP</a>", ">Workforce Group</a>")
    )
    assert parse_html(html, url=_URL).source == "pellardent.example"
