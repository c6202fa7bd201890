"""An agency credited in a byline with its bureau's city after it ("Mathieu Lacasse - La
Presse canadienne à Trois-Rivières") is the wire, whatever the case of its name; an
agency's acronym with its desk's country after a name ("Par Hugo PERRIN, AEN Belgique") is
the desk, no second author."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

from newsparse.generic.metadata.bylines import parse_byline

_BUREAU_PAGE = "quebec_daily_wire_byline_bureau_city.html"
_DESK_PAGE = "factcheck_byline_agency_desk.html"


def test_a_wire_credit_with_its_bureau_city_gives_the_source() -> None:
    article = parse_fixture(_BUREAU_PAGE)
    assert article.source == "The Canadian Press"
    assert article.authors == ("Mathieu Lacasse",)


def test_a_byline_with_a_person_s_place_alone_names_no_source() -> None:
    html = (
        (FIXTURES / _BUREAU_PAGE)
        .read_text("utf-8")
        .replace(" - La Presse canadienne à Trois-Rivières", " à Trois-Rivières")
    )
    assert parse_html(html).source is None


@pytest.mark.parametrize(
    ("credit", "wires"),
    [
        ("Jo Roe, The Canadian Press in Ottawa", ("The Canadian Press",)),
        ("Jo Roe - LA PRESSE CANADIENNE à Québec", ("The Canadian Press",)),
        # (a paper's name with its city is no wire)
        ("Jo Roe - La Presse de Montréal", ()),
    ],
)
def test_a_wire_credit_before_its_bureau(credit: str, wires: tuple[str, ...]) -> None:
    assert parse_byline(credit).wires == wires


def test_an_agency_desk_after_the_name_is_no_author() -> None:
    assert parse_fixture(_DESK_PAGE).authors == ("Hugo PERRIN",)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Par Hugo PERRIN, AEN Belgique", ("Hugo PERRIN",)),
        ("By Jo Roe, XYZ Canada", ("Jo Roe",)),
        # (a second person whose initials open the name stays an author)
        ("By Jo Roe and AJ Jordan", ("Jo Roe", "AJ Jordan")),
        ("Par Hugo Perrin, Anne France", ("Hugo Perrin", "Anne France")),
    ],
)
def test_an_agency_desk_s_part(credit: str, names: tuple[str, ...]) -> None:
    assert parse_byline(credit).names == names
