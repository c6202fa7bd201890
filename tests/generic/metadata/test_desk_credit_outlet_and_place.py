"""A credit that opens with a newsroom desk's name, the outlet and its city after it set off
by commas ("न्यूज डेस्क, प्रभात दर्पण, इंदौर" in the JSON-LD author and the byline), names no
author: the site's own desk, never its name split off as a person."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

from newsparse.generic.metadata.bylines import parse_byline

_PAGE = "hindi_portal_desk_credit_with_outlet_and_city.html"


def test_a_desk_credit_with_its_outlet_and_city_names_no_author() -> None:
    assert parse_fixture(_PAGE).authors == ()


def test_a_person_credited_in_place_of_the_desk_is_the_author() -> None:
    html = (
        (FIXTURES / _PAGE)
        .read_text("utf-8")
        .replace("न्यूज डेस्क, प्रभात दर्पण, इंदौर", "अंकित वर्मा, इंदौर")
    )
    assert parse_html(html).authors == ("अंकित वर्मा",)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("News Desk, Valley Post, Fresno", ()),
        # (a desk and one name after it: the name stays, as before)
        ("News Desk, Jo Lind", ("Jo Lind",)),
        ("Ewan Tullis, BBC News, North East Fife", ("Ewan Tullis",)),
    ],
)
def test_a_desk_credit_s_parts_after_it(credit: str, names: tuple[str, ...]) -> None:
    assert parse_byline(credit).names == names
